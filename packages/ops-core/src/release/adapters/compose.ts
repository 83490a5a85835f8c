// ReleaseCompose on ops-core's compose adapter (../../compose/): detection of `docker compose` (v2) or
// `docker-compose` (v1), argv only, a timeout on every call, DOCKER_HOST honoured (passed through the
// environment), container state from `docker inspect`, logs from `docker logs`, image presence and
// retention. Release images are tagged by version through a variable the compose file uses
// (`image: app/signal:${RELEASE_VERSION}`, `${RELEASE_VERSION:?}` included), so a rollback starts the old
// tag and never rebuilds. Every compose call gets that variable: `config` and `ps` fail without it when
// the file uses the required form.
// Accessories (a database, Redis, a broker adapter with a volume, Grafana): services the release does not
// own, named by the `accessories` input or recognised because their `image:` does not use the variable
// and they have no `build:`. They are never built, pulled, stopped, recreated, retagged or pruned; both
// strategies stop and start the release services only (`--no-deps`), so a Redis holding the deploy lock
// and `cb:state` in the same project keeps running through every deploy and rollback.

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../../action/errors.js";
import { V1_ARGV, V2_ARGV } from "../../compose/command.js";
import { createCompose, type ServiceSpec, servicesFromConfig } from "../../compose/compose.js";
import { type DockerOptions, imagesPresent, pruneReleases, splitRef } from "../../compose/images.js";
import type { CommandRunner } from "../../process/run-command.js";
import type { AccessoryState, ReleaseCompose, ReleaseImages, ServicePlan } from "../ports.js";

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
  /** Services named by the `accessories` input (added to the auto-detected ones). */
  accessories?: readonly string[];
  timeoutMs: number;
  run: CommandRunner;
}

/** The port, and every service of the file from the run's one `config` read (for the smoke checks). */
export type ComposeAdapter = ReleaseCompose & {
  serviceNames(): Promise<string[]>;
  /** The release services' image refs of `version` (service → `repo:version`), from the one `config` read. */
  releaseRefs(version: string): Promise<Record<string, string>>;
};

export function composeAdapter(o: ComposeAdapterOptions): ComposeAdapter {
  const compose = createCompose({
    run: o.run,
    files: o.files,
    ...(o.project ? { project: o.project } : {}),
    cwd: o.cwd,
    env: o.env,
    ...(o.command === "auto" ? {} : { command: o.command === "docker compose" ? V2_ARGV : V1_ARGV }),
    timeoutMs: o.timeoutMs,
    // A run reads the containers before its change and after it; between its own calls nothing of the
    // release changes them, so a read is reused for a few seconds (any up/stop/rm/restart forgets it).
    stateMaxAgeMs: 10_000,
  });
  const docker = (timeoutMs: number): DockerOptions => ({ run: o.run, env: o.env, timeoutMs });
  const release = (version: string) => ({ [o.versionVariable]: version });
  const signalOf = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

  // A value no image ref holds by chance: a service whose image holds it uses the variable. The
  // configuration is read once per run, with the variable set to it; each version's refs are that text
  // with the version in its place (what compose's own interpolation would give), so a run asks `config`
  // one question however many versions it plans (the current, the new, a rollback target).
  const PROBE = "ops-version-probe-0";
  let probed: Promise<Record<string, ServiceSpec>> | undefined;
  const configOnce = () => {
    probed ??= compose
      .config({ env: release(PROBE) })
      .then(servicesFromConfig)
      .catch((e: unknown) => {
        probed = undefined;
        throw e;
      });
    return probed;
  };
  const plans = new Map<string, ServicePlan & { refs: Record<string, string> }>();
  const plan = async (version: string): Promise<ServicePlan & { refs: Record<string, string> }> => {
    const cached = plans.get(version);
    if (cached) return cached;
    const probe = await configOnce();
    const specs: Record<string, ServiceSpec> = {};
    for (const [service, spec] of Object.entries(probe)) {
      specs[service] = { ...spec, image: spec.image?.replaceAll(PROBE, version) };
    }
    const named = o.accessories ?? [];
    const unknown = named.filter((s) => !(s in specs));
    if (unknown.length > 0) {
      throw new ConfigurationError(
        `input \`accessories\`: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not a service of the compose file (services: ${Object.keys(specs).join(", ")})`,
        { input: "accessories" },
      );
    }
    const result: ServicePlan & { refs: Record<string, string> } = { release: [], accessories: [], refs: {} };
    for (const [service, spec] of Object.entries(specs)) {
      const usesVariable = probe[service]?.image?.includes(PROBE) === true;
      if (named.includes(service)) {
        result.accessories.push({ service, image: spec.image, why: "accessories input" });
      } else if (spec.image !== undefined && !usesVariable && !spec.build) {
        result.accessories.push({
          service,
          image: spec.image,
          why: `auto-detected: image ${spec.image} does not use \${${o.versionVariable}} and has no build`,
        });
      } else {
        result.release.push(service);
        if (spec.image !== undefined) result.refs[service] = spec.image;
      }
    }
    if (result.release.length === 0) {
      throw new ConfigurationError(
        `the compose file has no release service: every service is an accessory (${result.accessories.map((a) => a.service).join(", ")}); tag the release's images with the version, e.g. image: app/signal:\${${o.versionVariable}}`,
        { input: "compose-file" },
      );
    }
    const missing = result.release.filter((s) => result.refs[s] === undefined);
    if (missing.length > 0) {
      throw new ConfigurationError(
        `${missing.join(", ")}: no \`image:\`; tag the release's images with the version, e.g. image: app/signal:\${${o.versionVariable}}`,
        { input: "compose-file" },
      );
    }
    const untagged = Object.entries(result.refs).filter(([, ref]) => !ref.endsWith(`:${version}`));
    if (untagged.length > 0) {
      throw new ConfigurationError(
        `release images must be tagged by version through \${${o.versionVariable}}: ${untagged.map(([s, r]) => `${s} → ${r}`).join(", ")} (or name the service in \`accessories\` if deploys must not touch it)`,
        { input: "compose-file" },
      );
    }
    plans.set(version, result);
    return result;
  };
  const images = async (version: string) => (await plan(version)).refs;

  return {
    serviceNames: async () => Object.keys(await configOnce()),
    releaseRefs: images,
    imageSource: o.source,
    async prefetch() {
      // The configuration (one `config`), and the containers by project label (`docker ps` + `docker
      // inspect`, reused for a few seconds): neither depends on the version being planned. Without a
      // project name the state is a `compose ps`, which needs the version: not read ahead then.
      await Promise.all([configOnce(), ...(o.project ? [compose.state({ env: release(PROBE) })] : [])]);
    },
    async services(version) {
      const { release: services, accessories } = await plan(version);
      return { release: services, accessories };
    },
    async accessories(version) {
      const { accessories } = await plan(version);
      if (accessories.length === 0) return [];
      const state = await compose.state({ env: release(version) });
      return accessories.map((a): AccessoryState => {
        const list = state[a.service] ?? [];
        const c = list.find((x) => x.running) ?? list[0];
        return {
          ...a,
          containerId: c?.id,
          running: c?.running === true,
          health: c?.health ?? "none",
          startedAt: c?.startedAt,
        };
      });
    },
    async prepareRelease(version, signal) {
      const { release: services, refs } = await plan(version);
      const call = { env: release(version), ...signalOf(signal), timeoutMs: Math.max(o.timeoutMs, 900_000) };
      // Only the release services: an accessory's pinned image is never rebuilt or pulled.
      if (o.source === "build") await compose.build(services, call);
      else await compose.pull(services, call);
      const out: ReleaseImages = {};
      // One `docker image inspect` per image, side by side (not one after the other).
      const { ids } = await imagesPresent(docker(20_000), Object.values(refs));
      for (const [service, ref] of Object.entries(refs)) {
        const id = ids[ref];
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
      const targets = services?.length ? services : (await plan(version)).release;
      // `down-up` is the runbook's `down && up -d` for the release services only: `down` would stop the
      // accessories too (Redis, and the deploy lock in it, gone mid-deploy). `rm -f -s` stops and removes
      // them in one compose call, as `down` does: two calls, like the runbook.
      if (strategy === "down-up") await compose.remove(targets, { ...call, stop: true });
      await compose.up({ ...call, services: targets, noDeps: true });
    },
    async restart(services, signal, version) {
      const v = version ?? o.env[o.versionVariable];
      const call = { ...(v !== undefined ? { env: release(v) } : {}), ...signalOf(signal) };
      const targets = services?.length ? services : v !== undefined ? (await plan(v)).release : [];
      await compose.exec(["restart", ...targets], call);
    },
    async runningImages(version) {
      const out: Record<string, string> = {};
      for (const [service, list] of Object.entries(await compose.state({ env: release(version) }))) {
        const live = list.find((c) => c.running || c.restarting);
        if (live) out[service] = live.image;
      }
      return out;
    },
    async logs(services, sinceIso, tail, version) {
      return compose.logs(services, { since: sinceIso, tail, timeoutMs: 20_000, env: release(version) });
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
      // The release services' repositories only: an accessory's image is never a release to prune.
      const repositories = [...new Set(Object.values(await images(current)).map((r) => splitRef(r)[0]))];
      const { removed } = await pruneReleases(docker(60_000), { repositories, keep, protectTags: protect });
      return removed;
    },
  };
}
