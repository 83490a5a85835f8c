// ReleaseCompose on ops-core's compose adapter (../../compose/): detection of `docker compose` (v2) or
// `docker-compose` (v1), argv only, a timeout on every call, DOCKER_HOST honoured (passed through the
// environment), container state from `docker inspect`, logs from `docker logs`, image presence and
// retention. Release images are tagged by version through a variable the compose file uses
// (`image: app/signal:${RELEASE_VERSION}`), so a rollback starts the old tag and never rebuilds.

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../../action/errors.js";
import { V1_ARGV, V2_ARGV } from "../../compose/command.js";
import { createCompose } from "../../compose/compose.js";
import { type DockerOptions, imageId, imagesPresent, pruneReleases, splitRef } from "../../compose/images.js";
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

export function composeAdapter(o: ComposeAdapterOptions): ReleaseCompose {
  const compose = createCompose({
    run: o.run,
    files: o.files,
    ...(o.project ? { project: o.project } : {}),
    cwd: o.cwd,
    env: o.env,
    ...(o.command === "auto" ? {} : { command: o.command === "docker compose" ? V2_ARGV : V1_ARGV }),
    timeoutMs: o.timeoutMs,
  });
  const docker = (timeoutMs: number): DockerOptions => ({ run: o.run, env: o.env, timeoutMs });
  const release = (version: string) => ({ [o.versionVariable]: version });
  const signalOf = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

  const known = new Map<string, Record<string, string>>();
  const images = async (version: string): Promise<Record<string, string>> => {
    const cached = known.get(version);
    if (cached) return cached;
    const refs = await compose.images({ env: release(version) });
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

  return {
    async prepareRelease(version, signal) {
      const refs = await images(version);
      const call = { env: release(version), ...signalOf(signal), timeoutMs: Math.max(o.timeoutMs, 900_000) };
      if (o.source === "build") await compose.build([], call);
      else await compose.pull([], call);
      const out: ReleaseImages = {};
      for (const [service, ref] of Object.entries(refs)) {
        const id = await imageId(docker(20_000), ref);
        if (!id) throw new Error(`image ${ref} for ${service} is missing after ${o.source}`);
        out[service] = { ref, id };
      }
      return out;
    },
    async imagesPresent(refs) {
      const { present, missing } = await imagesPresent(docker(20_000), refs);
      return { present, missing };
    },
    async up(version, { strategy, services, signal }) {
      const call = { env: release(version), ...signalOf(signal) };
      if (strategy === "down-up" && !services?.length) await compose.down(call);
      await compose.up({ ...call, ...(services ? { services } : {}) });
    },
    async restart(services, signal) {
      // `restart` with no service restarts them all (Compose.restart insists on naming one).
      await compose.exec(["restart", ...(services ?? [])], signalOf(signal));
    },
    async runningImages() {
      const out: Record<string, string> = {};
      for (const [service, list] of Object.entries(await compose.state())) {
        const live = list.find((c) => c.running || c.restarting);
        if (live) out[service] = live.image;
      }
      return out;
    },
    async logs(services, sinceIso, tail) {
      return compose.logs(services, { since: sinceIso, tail, timeoutMs: 20_000 });
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
      const repositories = [...new Set(Object.values(await images(current)).map((r) => splitRef(r)[0]))];
      const { removed } = await pruneReleases(docker(60_000), { repositories, keep, protectTags: protect });
      return removed;
    },
  };
}
