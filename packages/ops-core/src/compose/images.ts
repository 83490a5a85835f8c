// Release images on the engine: presence checks (a rollback must not start before its images are known
// to be there), tags, and retention (keep the newest N releases, never one that is protected or in use).

import type { CommandResult, CommandRunner } from "../process/run-command.js";
import { checkResult } from "./compose.js";

export interface DockerOptions {
  run: CommandRunner;
  env?: NodeJS.ProcessEnv;
  /** The docker CLI argv prefix; default ["docker"]. */
  docker?: readonly string[];
  timeoutMs?: number;
  signal?: AbortSignal;
}

async function docker(o: DockerOptions, args: readonly string[], check = true): Promise<CommandResult> {
  const argv = [...(o.docker ?? ["docker"]), ...args];
  const result = await o.run(argv, {
    timeoutMs: o.timeoutMs ?? 60_000,
    ...(o.env ? { env: o.env } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  return check ? checkResult(result, argv.slice(0, 3).join(" ")) : result;
}

/** The image id (sha256:…) of a reference or id, or undefined when the engine does not have it. */
export async function imageId(o: DockerOptions, ref: string): Promise<string | undefined> {
  const result = await docker(o, ["image", "inspect", "--format", "{{.Id}}", ref], false);
  if (result.timedOut) checkResult(result, "docker image inspect");
  return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}

/** Which of the references (or ids) exist on the engine. */
export async function imagesPresent(
  o: DockerOptions,
  refs: readonly string[],
): Promise<{ present: string[]; missing: string[]; ids: Record<string, string> }> {
  const found = await Promise.all(refs.map(async (ref) => [ref, await imageId(o, ref)] as const));
  const ids: Record<string, string> = {};
  for (const [ref, id] of found) if (id) ids[ref] = id;
  return {
    present: found.filter(([, id]) => id).map(([ref]) => ref),
    missing: found.filter(([, id]) => !id).map(([ref]) => ref),
    ids,
  };
}

/** `docker tag source target`. */
export async function tagImage(o: DockerOptions, source: string, target: string): Promise<void> {
  await docker(o, ["tag", source, target]);
}

export interface RepositoryImage {
  /** `repository:tag`. */
  ref: string;
  repository: string;
  tag: string;
  id: string;
  /** RFC 3339 creation time. */
  created: string;
}

/** `repository:tag` → [repository, tag] (a registry port such as `host:5000/app` stays in the repository). Pure. */
export function splitRef(ref: string): [string, string] {
  const at = ref.indexOf("@");
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const colon = name.lastIndexOf(":");
  if (colon > name.lastIndexOf("/")) return [name.slice(0, colon), name.slice(colon + 1)];
  return [name, "latest"];
}

/** The tagged images of a repository, newest first. */
export async function listRepository(o: DockerOptions, repository: string): Promise<RepositoryImage[]> {
  const listing = await docker(o, ["image", "ls", repository, "--format", "{{.Tag}}\t{{.ID}}"]);
  const rows = listing.stdout
    .split("\n")
    .map((l) => l.trim().split("\t"))
    .filter((r): r is [string, string] => r.length === 2 && r[0] !== "" && r[0] !== "<none>");
  if (rows.length === 0) return [];
  const refs = rows.map(([tag]) => `${repository}:${tag}`);
  const inspected = await docker(o, ["image", "inspect", "--format", "{{.Id}}\t{{.Created}}", ...refs]);
  const lines = inspected.stdout.trim().split("\n");
  const images = refs.map((ref, i) => {
    const [id = "", created = ""] = (lines[i] ?? "").split("\t");
    return { ref, repository, tag: splitRef(ref)[1], id, created };
  });
  return images.sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.tag.localeCompare(a.tag));
}

export interface RetentionInput {
  /** Tagged images of one repository (any order). */
  images: readonly RepositoryImage[];
  /** How many of the newest releases to keep (in addition to the protected ones). */
  keep: number;
  /** Tags never removed (the release running now, the last known good one, the one being deployed). */
  protectTags?: readonly string[];
  /** Image ids used by containers (never removed). */
  inUseIds?: readonly string[];
}

/** Which references to remove: everything beyond the newest `keep`, except protected or in-use ones. Pure. */
export function planRetention(input: RetentionInput): { keep: string[]; remove: string[] } {
  const sorted = [...input.images].sort(
    (a, b) => Date.parse(b.created) - Date.parse(a.created) || b.tag.localeCompare(a.tag),
  );
  const protect = new Set(input.protectTags ?? []);
  const inUse = new Set(input.inUseIds ?? []);
  const keep: string[] = [];
  const remove: string[] = [];
  let kept = 0;
  for (const image of sorted) {
    if (protect.has(image.tag) || inUse.has(image.id)) {
      keep.push(image.ref);
    } else if (kept < Math.max(0, input.keep)) {
      kept += 1;
      keep.push(image.ref);
    } else {
      remove.push(image.ref);
    }
  }
  return { keep, remove };
}

/** Removes images by reference (untagging when another tag shares the id). Never forces. */
export async function removeImages(
  o: DockerOptions,
  refs: readonly string[],
): Promise<{ removed: string[]; failed: Array<{ ref: string; error: string }> }> {
  const removed: string[] = [];
  const failed: Array<{ ref: string; error: string }> = [];
  for (const ref of refs) {
    const result = await docker(o, ["image", "rm", ref], false);
    if (result.code === 0) removed.push(ref);
    else failed.push({ ref, error: (result.stderr.trim() || `exit ${result.code}`).split("\n")[0] ?? "" });
  }
  return { removed, failed };
}

/** Ids of the images every container on the engine uses (running or not). */
export async function imagesInUse(o: DockerOptions): Promise<string[]> {
  const ids = (await docker(o, ["ps", "-a", "-q", "--no-trunc"])).stdout.split("\n").filter(Boolean);
  if (ids.length === 0) return [];
  const out = await docker(o, ["inspect", "--format", "{{.Image}}", ...ids]);
  return [...new Set(out.stdout.split("\n").filter(Boolean))];
}

/**
 * Release retention for several repositories (e.g. one per service): keeps the newest `keep` releases plus
 * the protected tags and anything a container uses; removes the rest. Returns what was removed.
 */
export async function pruneReleases(
  o: DockerOptions,
  input: { repositories: readonly string[]; keep: number; protectTags?: readonly string[] },
): Promise<{ removed: string[]; kept: string[]; failed: Array<{ ref: string; error: string }> }> {
  const inUseIds = await imagesInUse(o);
  // The repositories side by side (each a list then a removal: one after the other they were a run's
  // last ~0.3 s), the answer in their order.
  const each = await Promise.all(
    input.repositories.map(async (repository) => {
      const images = await listRepository(o, repository);
      const plan = planRetention({
        images,
        keep: input.keep,
        protectTags: input.protectTags ?? [],
        inUseIds,
      });
      return { kept: plan.keep, ...(await removeImages(o, plan.remove)) };
    }),
  );
  return {
    removed: each.flatMap((r) => r.removed),
    kept: each.flatMap((r) => r.kept),
    failed: each.flatMap((r) => r.failed),
  };
}
