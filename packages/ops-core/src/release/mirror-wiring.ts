// Plugs the release mirror into the engines' dependencies (actions and `ops` alike): GitHub behind the
// mirror decorator, both copies of the mirror (the deploy directory's JSON-lines file, the Redis stream),
// and break glass — the gates only GitHub can answer skipped, and said so, when it does not answer.

import { join } from "node:path";
import type { Logger } from "../action/logger.js";
import type { RunContext } from "../action/run-action.js";
import { mdText } from "../action/safe-text.js";
import type { HostConfig } from "./config.js";
import type { GateId } from "./gates.js";
import { fileBackend, type MirrorBackend, ReleaseMirror, redisBackend } from "./mirror.js";
import { githubProbe, type MirroredGitHub, mirroredGitHub } from "./mirrored-github.js";
import type { ReleaseDeps, ReleaseGitHub } from "./ports.js";

/** The gates that need GitHub's answer: what `--break-glass` skips when GitHub does not answer. */
export const GITHUB_GATES: readonly GateId[] = [
  "branch-head",
  "pr-approved",
  "ci-green",
  "migrations-tested",
];

export interface MirrorSettings {
  /** The JSON-lines file (default `OPS_RELEASE_MIRROR`, else `<working-directory>/.ops/releases.jsonl`). */
  file?: string;
  /** Skip the GitHub gates when GitHub does not answer (the terminal's `--break-glass`). */
  breakGlass?: boolean;
  /** GitHub is not to be called at all (no token at the terminal): why. */
  githubDisabled?: string;
  /** Probe timeout (default 5 s). */
  probeTimeoutMs?: number;
  /** Reconcile unsynced records on first contact with GitHub (default true; `ops releases` lists only). */
  autoSync?: boolean;
}

export function mirrorFile(host: HostConfig, env: NodeJS.ProcessEnv, settings: MirrorSettings = {}): string {
  return settings.file ?? env.OPS_RELEASE_MIRROR ?? join(host.workingDirectory, ".ops", "releases.jsonl");
}

export function releaseMirror(o: {
  host: HostConfig;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  onCleanup: (fn: () => unknown) => void;
  settings?: MirrorSettings;
}): ReleaseMirror {
  const backends: MirrorBackend[] = [fileBackend(mirrorFile(o.host, o.env, o.settings))];
  if (o.host.redisUrl)
    backends.push(
      redisBackend({
        url: o.host.redisUrl,
        keyPrefix: o.host.keyPrefix,
        logger: o.logger,
        onClose: o.onCleanup,
      }),
    );
  return new ReleaseMirror(backends, o.logger);
}

export interface Mirrored {
  deps: ReleaseDeps;
  github: MirroredGitHub;
  /** GitHub itself, without the mirror (undefined when disabled): what `ops releases sync` writes to. */
  inner: ReleaseGitHub | undefined;
  mirror: ReleaseMirror;
  /** Set once the deps are prepared: the gates skipped because GitHub did not answer. */
  breakGlass: { skipped: readonly GateId[]; why: string } | undefined;
}

/** The engines' deps with the mirror behind GitHub. Call `prepare()` before the engine runs. */
export function withMirror(
  deps: ReleaseDeps,
  o: {
    host: HostConfig;
    run: RunContext;
    logger: Logger;
    onCleanup: (fn: () => unknown) => void;
    env: NodeJS.ProcessEnv;
    settings?: MirrorSettings;
  },
): Mirrored & { prepare(o?: { dryRun?: boolean }): Promise<void> } {
  const settings = o.settings ?? {};
  const mirror = releaseMirror({ ...o, settings });
  const github = mirroredGitHub({
    inner: settings.githubDisabled ? undefined : deps.github,
    mirror,
    probe: githubProbe({
      token: o.host.token,
      apiUrl: o.run.apiUrl,
      repository: o.run.repository,
      ...(settings.probeTimeoutMs ? { timeoutMs: settings.probeTimeoutMs } : {}),
    }),
    logger: o.logger,
    environment: o.host.environment,
    ...(settings.autoSync === false ? { autoSync: false } : {}),
    ...(settings.githubDisabled ? { disabledReason: settings.githubDisabled } : {}),
  });
  const out: Mirrored & { prepare(o?: { dryRun?: boolean }): Promise<void> } = {
    deps: { ...deps, github },
    github,
    inner: settings.githubDisabled ? undefined : deps.github,
    mirror,
    breakGlass: undefined,
    async prepare(p = {}) {
      if (!settings.breakGlass || (await github.available())) return;
      const why = `break glass: GitHub did not answer (${github.history().reason ?? "unknown"})`;
      out.breakGlass = { skipped: GITHUB_GATES, why };
      out.deps = { ...out.deps, skipGates: { ids: GITHUB_GATES, why } };
      // A dry run decides nothing: only a real break-glass run goes into the audit stream.
      if (p.dryRun) return;
      await deps.state
        .audit({
          action: "break-glass",
          reason: why,
          detail: { skipped: GITHUB_GATES.join(","), actor: o.run.actor },
        })
        .catch((e: unknown) =>
          o.logger.warning(`break glass: could not write the audit entry: ${String(e)}`),
        );
    },
  };
  return out;
}

/** The note the summary and the incident report carry when history or gates did without GitHub. */
export function mirrorNote(m: Pick<Mirrored, "github" | "breakGlass">): string {
  const h = m.github.history();
  const parts: string[] = [];
  if (m.breakGlass)
    parts.push(
      `> 🔨 **Break glass**: GitHub did not answer, so these gates were skipped, not passed: ${m.breakGlass.skipped.join(", ")} (${mdText(m.breakGlass.why)}). Recorded in the audit stream.`,
    );
  if (h.source === "mirror")
    parts.push(
      `> ⚠️ Release history from the host's mirror, not GitHub (${mdText(h.reason ?? "GitHub did not answer")}). The records made here are written to GitHub Deployments by \`ops releases sync\` or the next action run.`,
    );
  return parts.join("\n>\n");
}
