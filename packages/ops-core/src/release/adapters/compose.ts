// ReleaseCompose on the docker CLI: `docker compose` (v2) or `docker-compose` (v1), argv only, a timeout
// on every call, DOCKER_HOST honoured (it is passed through the environment). Release images are tagged
// by version through a variable the compose file uses (`image: app/signal:${RELEASE_VERSION}`), so a
// rollback starts the old tag and never rebuilds.
// TODO(H-docker): switch to ops-core/src/compose/ once it lands; this adapter keeps the port's contract.

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../../action/errors.js";
import type { CommandRunner } from "../../process/run-command.js";
import type { ReleaseCompose, ReleaseImages } from "../ports.js";

export interface ComposeAdapterOptions {
  command: "auto" | "docker compose" | "docker-compose";
  files: string[];
  project: string | undefined;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The variable the compose file reads the image tag from. */
  versionVariable: string;
  /** Build the images from the checkout, or pull them from a registry. */
  source: "build" | "pull";
  timeoutMs: number;
  run: CommandRunner;
}

/** Service → image from `compose config` output (normalised YAML, two-space indent). Pure. */
export function imagesFromConfig(yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  let inServices = false;
  let service: string | undefined;
  for (const line of yaml.split("\n")) {
    if (/^\S/.test(line)) {
      inServices = /^services:\s*$/.test(line);
      service = undefined;
      continue;
    }
    if (!inServices) continue;
    const svc = /^ {2}([A-Za-z0-9][\w.-]*):\s*$/.exec(line);
    if (svc) {
      service = svc[1];
      continue;
    }
    const img = /^ {4}image:\s*['"]?([^'"\s]+)['"]?\s*$/.exec(line);
    if (img && service) out[service] = img[1] as string;
  }
  return out;
}

export function composeAdapter(o: ComposeAdapterOptions): ReleaseCompose {
  let resolved: Promise<string[]> | undefined;
  const command = () => {
    resolved ??= (async () => {
      if (o.command === "docker compose") return ["docker", "compose"];
      if (o.command === "docker-compose") return ["docker-compose"];
      const v2 = await o
        .run(["docker", "compose", "version"], { timeoutMs: 10_000, env: o.env })
        .catch(() => undefined);
      return v2?.code === 0 ? ["docker", "compose"] : ["docker-compose"];
    })();
    return resolved;
  };
  const envFor = (version?: string): NodeJS.ProcessEnv =>
    version ? { ...o.env, [o.versionVariable]: version } : o.env;
  const exec = async (
    argv: string[],
    opts: { version?: string; signal?: AbortSignal; timeoutMs?: number } = {},
  ) => {
    const r = await o.run(argv, {
      cwd: o.cwd,
      env: envFor(opts.version),
      timeoutMs: opts.timeoutMs ?? o.timeoutMs,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    if (r.code !== 0 || r.timedOut) {
      const tail = (r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ");
      throw new Error(
        `${argv.slice(0, 3).join(" ")} … ${r.timedOut ? "timed out" : `exited ${r.code}`}: ${tail}`,
      );
    }
    return r.stdout;
  };
  const compose = async (
    args: string[],
    opts: { version?: string; signal?: AbortSignal; timeoutMs?: number } = {},
  ) => {
    const cmd = await command();
    const files = o.files.flatMap((f) => ["-f", f]);
    const project = o.project ? ["-p", o.project] : [];
    return exec([...cmd, ...files, ...project, ...args], opts);
  };
  const imageId = async (ref: string): Promise<string | undefined> => {
    const r = await o.run(["docker", "image", "inspect", "--format", "{{.Id}}", ref], {
      env: o.env,
      timeoutMs: 20_000,
    });
    return r.code === 0 ? r.stdout.trim() : undefined;
  };
  const known = new Map<string, Record<string, string>>();
  const images = async (version: string): Promise<Record<string, string>> => {
    const cached = known.get(version);
    if (cached) return cached;
    const refs = imagesFromConfig(await compose(["config"], { version }));
    if (Object.keys(refs).length === 0) {
      throw new ConfigurationError(
        `the compose file names no \`image:\` for its services; tag them with the release version, e.g. image: app/signal:\${${o.versionVariable}}`,
        { input: "compose-file" },
      );
    }
    const untagged = Object.entries(refs).filter(([, ref]) => !ref.endsWith(`:${version}`));
    if (untagged.length > 0) {
      throw new ConfigurationError(
        `images must be tagged by release version through \${${o.versionVariable}}: ${untagged.map(([s, r]) => `${s} → ${r}`).join(", ")}`,
        { input: "compose-file" },
      );
    }
    known.set(version, refs);
    return refs;
  };
  const containers = async (): Promise<Array<{ id: string; service: string; image: string }>> => {
    // With a known project, the docker CLI lists its containers by label (compose v1 is a slow Python start).
    const listing = o.project
      ? await exec(["docker", "ps", "-q", "--filter", `label=com.docker.compose.project=${o.project}`])
      : await compose(["ps", "-q"]);
    const ids = listing
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length === 0) return [];
    const out = await exec([
      "docker",
      "inspect",
      "--format",
      '{{.Id}}\t{{index .Config.Labels "com.docker.compose.service"}}\t{{.Config.Image}}',
      ...ids,
    ]);
    return out
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => {
        const [id = "", service = "", image = ""] = l.split("\t");
        return { id, service, image };
      });
  };

  return {
    async prepareRelease(version, signal) {
      const refs = await images(version);
      await compose([o.source === "build" ? "build" : "pull"], {
        version,
        signal,
        timeoutMs: Math.max(o.timeoutMs, 900_000),
      });
      const out: ReleaseImages = {};
      for (const [service, ref] of Object.entries(refs)) {
        const id = await imageId(ref);
        if (!id) throw new Error(`image ${ref} for ${service} is missing after ${o.source}`);
        out[service] = { ref, id };
      }
      return out;
    },
    async imagesPresent(refs) {
      const ids = await Promise.all(refs.map(async (r) => [r, await imageId(r)] as const));
      return {
        present: ids.filter(([, id]) => id).map(([r]) => r),
        missing: ids.filter(([, id]) => !id).map(([r]) => r),
      };
    },
    async up(version, { strategy, services, signal }) {
      if (strategy === "down-up" && !services?.length) await compose(["down"], { version, signal });
      await compose(["up", "-d", "--no-build", ...(services ?? [])], { version, signal });
    },
    async restart(services, signal) {
      await compose(["restart", ...(services ?? [])], { ...(signal ? { signal } : {}) });
    },
    async runningImages() {
      return Object.fromEntries((await containers()).map((c) => [c.service, c.image]));
    },
    async logs(services, sinceIso, tail) {
      const out: Record<string, string> = {};
      for (const c of await containers()) {
        if (services && !services.includes(c.service)) continue;
        const r = await o.run(["docker", "logs", "--since", sinceIso, "--tail", String(tail), c.id], {
          env: o.env,
          timeoutMs: 20_000,
        });
        out[c.service] = [r.stdout, r.stderr].filter((s) => s.trim()).join("\n");
      }
      return out;
    },
    async composeFileHash() {
      const hash = createHash("sha256");
      for (const f of o.files.length ? o.files : ["docker-compose.yml"])
        hash.update(await readFile(resolve(o.cwd, f)));
      return `sha256:${hash.digest("hex")}`;
    },
    async pruneReleases(keep, protect) {
      const current = protect[0];
      if (!current) return [];
      const repos = [
        ...new Set(Object.values(await images(current)).map((r) => r.slice(0, r.lastIndexOf(":")))),
      ];
      const removed: string[] = [];
      for (const repo of repos) {
        const listing = await exec(["docker", "image", "ls", repo, "--format", "{{.Tag}}\t{{.CreatedAt}}"]);
        const tags = listing
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((l) => l.split("\t") as [string, string])
          .sort((a, b) => b[1].localeCompare(a[1]));
        for (const [tag] of tags.slice(keep)) {
          if (protect.includes(tag) || tag === "<none>") continue;
          const r = await o.run(["docker", "image", "rm", `${repo}:${tag}`], {
            env: o.env,
            timeoutMs: 60_000,
          });
          if (r.code === 0) removed.push(`${repo}:${tag}`);
        }
      }
      return removed;
    },
  };
}
