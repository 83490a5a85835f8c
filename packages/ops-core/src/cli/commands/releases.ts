// `ops releases`: the release history of the environment as a table (or --json): version, when, who,
// outcome, database revision, whether its images are on this host, faulty marks, which one is current
// and which is last good — from GitHub when it answers (with records GitHub does not have yet), from the
// host's release mirror when it does not, and it says which.
// `ops releases sync`: writes the records made while GitHub did not answer to GitHub Deployments
// (statuses in order, faulty marks), exactly once; a second sync writes nothing.

import { ConfigurationError, errorMessage } from "../../action/errors.js";
import { StreamLogger } from "../../action/logger.js";
import { inertLine, stripControl } from "../../action/safe-text.js";
import { readHost, wire } from "../../release/config.js";
import { currentRelease, effectiveState, lastKnownGood, newestFirst } from "../../release/history.js";
import { payloadObject } from "../../release/mirror.js";
import { withMirror } from "../../release/mirror-wiring.js";
import { recordImageRefs } from "../../release/plan.js";
import { FAULTY_PREFIX, parseRecord, shortSha } from "../../release/record.js";
import { syncLines, syncMirror } from "../../release/sync.js";
import { prepareEngine } from "../../remote/engine.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo } from "../io.js";
import { HOST_OPTIONS, optionSpec, terminalRun } from "../release-run.js";

const HELP = `usage: ops releases [sync] [options]

  (none)   the history: version, when, who, outcome, database revision, images on this host, faulty
           marks; which release is current and which is last good. From GitHub when it answers, else from
           the host's release mirror (it says which).
  sync     write the records made while GitHub did not answer to GitHub Deployments, statuses in order;
           exactly once (a second sync writes nothing)

options (also read from OPS_<NAME>, like ops deploy / ops rollback):
  --environment NAME      (default production)
  --working-directory DIR the deploy directory (compose file, .ops/releases.jsonl)
  --compose-file FILE, --compose-project NAME, --compose-command CMD   to see which images are here
  --redis-url URL, --key-prefix P    the Redis holding the mirror's stream
  --token TOKEN, --repository OWNER/NAME, --api-url URL   GitHub (default GITHUB_TOKEN, GITHUB_REPOSITORY)
  --mirror-file FILE      (default <working-directory>/.ops/releases.jsonl)
  --probe-timeout DUR     how long GitHub gets to answer (default 5s)
  --json                  machine-readable

Exit status: 0 listed (or synced), 1 sync not possible or incomplete, 2 bad usage.
`;

export interface ReleaseRow {
  id: number;
  /** On GitHub (a positive id, statuses all written) or only on this host so far. */
  synced: boolean;
  recordId: string | null;
  kind: "deploy" | "rollback";
  version: string;
  sha: string;
  createdAt: string;
  actor: string;
  outcome: string;
  faulty: string | null;
  dbRevision: string | null;
  images: Record<string, { ref: string; present: boolean }>;
  current: boolean;
  lastGood: boolean;
  reason: string | null;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, optionSpec(HOST_OPTIONS));
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  const [sub, ...extra] = args.positionals;
  if ((sub !== undefined && sub !== "sync") || extra.length > 0)
    throw new ConfigurationError(`unexpected argument ${JSON.stringify(sub === "sync" ? extra[0] : sub)}`);
  const values = args.values;
  const t = terminalRun(values, io);
  const host = await readHost(t.inputs, "master");
  const logger = new StreamLogger((text) => io.stderr(stripControl(text)), values.verbose === true);
  const cleanups: Array<() => unknown> = [];
  const onCleanup = (fn: () => unknown) => cleanups.push(fn);
  const probe = t.inputs.duration("probe-timeout", { min: 100, max: 60_000 });
  try {
    // --docker-host (OPS_DOCKER_HOST, OPS_SSH_KEY): "images here" are the remote engine's.
    const engine = await prepareEngine({
      inputs: t.inputs,
      env: t.env,
      logger,
      setSecret: () => undefined,
      onCleanup,
    });
    const deps = wire({
      host,
      run: t.run,
      logger,
      signal: new AbortController().signal,
      kind: "rollback",
      sha: "",
      onCleanup,
      env: engine.env,
    });
    const m = withMirror(deps, {
      host,
      run: t.run,
      logger,
      onCleanup,
      env: t.env,
      settings: {
        autoSync: false,
        ...(typeof values["mirror-file"] === "string" ? { file: values["mirror-file"] } : {}),
        ...(t.githubDisabled ? { githubDisabled: t.githubDisabled } : {}),
        ...(probe !== undefined ? { probeTimeoutMs: probe } : {}),
      },
    });

    if (sub === "sync") {
      if (!m.inner || !(await m.github.available())) {
        io.stderr(
          `ops releases sync: GitHub does not answer (${m.github.history().reason ?? "unknown"}); nothing was written. Run it again when GitHub is back.\n`,
        );
        return 1;
      }
      const report = await syncMirror(m.inner, m.mirror, { environment: host.environment, logger });
      if (values.json === true) io.stdout(`${JSON.stringify({ schema: 1, ...report }, null, 2)}\n`);
      else {
        const lines = syncLines(report);
        io.stdout(
          lines.length === 0
            ? "nothing to sync: every record of this host is on GitHub\n"
            : `${lines.map((l) => inertLine(stripControl(l))).join("\n")}\n`,
        );
        for (const e of report.errors) io.stderr(`not synced: ${inertLine(stripControl(e))}\n`);
      }
      return report.errors.length > 0 ? 1 : 0;
    }

    const deployments = newestFirst(await m.github.listDeployments(host.environment));
    // compose needs a version to read the stack (`${VAR:?}`): the newest recorded release's, as the
    // rollback engine does, until the running containers say which release is current.
    const newest = currentRelease(deployments);
    const running = newest
      ? await deps.compose.runningImages(newest.record.version).catch(() => undefined)
      : undefined;
    const current = currentRelease(deployments, running);
    const good = lastKnownGood(
      deployments,
      current ? { id: current.deployment.id, sha: current.record.sha } : undefined,
    );
    const pending = new Set(
      (await m.mirror.read().catch(() => ({ deployments: [] }))).deployments
        .filter((d) => d.statuses.some((s) => !s.synced))
        .map((d) => d.githubId ?? d.localId),
    );
    const rows: ReleaseRow[] = [];
    for (const d of deployments) {
      const record = parseRecord(d.payload);
      if (!record) continue;
      const refs = recordImageRefs(record.imageRefs);
      const present = new Set(
        refs.length > 0
          ? (await deps.compose.imagesPresent(refs).catch(() => ({ present: [] as string[] }))).present
          : [],
      );
      const faulty = d.statuses.find((s) => s.description.startsWith(FAULTY_PREFIX));
      const recordId = payloadObject(d.payload)?.recordId;
      rows.push({
        id: d.id,
        synced: d.id > 0 && !pending.has(d.id),
        recordId: typeof recordId === "string" ? recordId : null,
        kind: record.kind,
        version: record.version,
        sha: record.sha,
        createdAt: d.createdAt,
        actor: record.actor,
        outcome: effectiveState(d),
        faulty: faulty ? faulty.description : null,
        dbRevision: record.alembic.after,
        images: Object.fromEntries(
          Object.entries(record.imageRefs).map(([s, ref]) => [s, { ref, present: present.has(ref) }]),
        ),
        current: current?.deployment.id === d.id,
        lastGood: good?.deployment.id === d.id,
        reason: record.reason ?? null,
      });
    }
    const history = m.github.history();
    if (values.json === true) {
      io.stdout(
        `${JSON.stringify({ schema: 1, environment: host.environment, source: history.source, ...(history.reason ? { reason: history.reason } : {}), releases: rows }, null, 2)}\n`,
      );
      return 0;
    }
    io.stdout(renderTable(rows, host.environment, history.source, history.reason));
    return 0;
  } finally {
    for (const fn of cleanups.reverse())
      await Promise.resolve(fn()).catch((e: unknown) => logger.warning(errorMessage(e)));
  }
}

export function renderTable(
  rows: readonly ReleaseRow[],
  environment: string,
  source: "github" | "mirror",
  reason: string | undefined,
): string {
  const safe = (s: string) => inertLine(stripControl(s)).replace(/\s+/g, " ");
  const header = ["", "id", "kind", "version", "when (UTC)", "who", "outcome", "db", "images here", "notes"];
  const body = rows.map((r) => {
    const images = Object.values(r.images);
    const here = images.filter((i) => i.present).length;
    const notes = [r.faulty ? safe(r.faulty).slice(0, 60) : "", r.synced ? "" : "not on GitHub yet"].filter(
      Boolean,
    );
    return [
      r.current ? "▶ current" : r.lastGood ? "✔ last good" : "",
      r.id > 0 ? `#${r.id}` : `local${r.id}`,
      r.kind,
      safe(r.version.length === 40 ? shortSha(r.version) : r.version),
      r.createdAt.replace("T", " ").slice(0, 19),
      safe(r.actor).slice(0, 32),
      r.outcome,
      r.dbRevision ?? "base",
      images.length === 0 ? "—" : here === images.length ? `all ${here}` : `${here}/${images.length}`,
      notes.join("; "),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const from =
    source === "github"
      ? "from GitHub Deployments (and the host's mirror for records GitHub does not have yet)"
      : `from the host's release mirror — GitHub did not answer (${safe(reason ?? "unknown")})`;
  return [
    `releases in ${safe(environment)}, ${from}`,
    "",
    line(header),
    ...body.map(line),
    rows.length === 0 ? "(no release recorded)" : "",
    "",
  ].join("\n");
}
