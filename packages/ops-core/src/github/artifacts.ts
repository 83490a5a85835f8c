// A workflow run's artifacts: the list (one call, up to 100), one artifact's zip (one call answering 302 to
// a short-lived storage URL, fetched WITHOUT the token, with a timeout and a byte cap, like job logs), and
// its entries unzipped in memory with fflate, bounded against zip bombs: the entry count, each entry's and
// the total uncompressed bytes are counted while inflating (headers can lie), so inflation stops at the cap.
// Nothing from an artifact is ever run: callers get bytes.

import { matchesGlob } from "node:path";
import { Unzip, UnzipInflate } from "fflate";
import { type GitHubPort, httpStatus, type RepoRef } from "./client.js";
import { type FetchPort, streamUrl } from "./logs.js";

export interface ArtifactInfo {
  id: number;
  name: string;
  /** The zip's size as the API reports it. */
  sizeInBytes: number;
  expired: boolean;
  createdAt: string;
}

/** An artifact that cannot be read (gone, too large, not a zip, a bomb); the message says which. */
export class ArtifactError extends Error {
  override name = "ArtifactError";
}

/** The artifacts of a run (1 API call: the first 100, newest first as the API gives them). */
export async function listRunArtifacts(
  gh: GitHubPort,
  repo: RepoRef,
  runId: number,
): Promise<ArtifactInfo[]> {
  const res = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
    ...repo,
    run_id: runId,
    per_page: 100,
  });
  // biome-ignore lint/suspicious/noExplicitAny: API JSON, narrowed field by field
  const list = ((res.data as any)?.artifacts ?? []) as any[];
  return list.map((a) => ({
    id: Number(a.id),
    name: String(a.name ?? ""),
    sizeInBytes: Number(a.size_in_bytes ?? 0),
    expired: a.expired === true,
    createdAt: String(a.created_at ?? ""),
  }));
}

export interface DownloadOptions {
  /** Refuse a zip larger than this (default 20 MiB); checked on the listed size and while downloading. */
  maxBytes?: number;
  /** The storage download's timeout (default 60 s); the API call has the client's own. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetch?: FetchPort;
}

export const ARTIFACT_MAX_BYTES = 20 * 1024 * 1024;

/** An artifact's zip: 1 API call (the redirect) and the storage download, capped. */
export async function downloadArtifactZip(
  gh: GitHubPort,
  repo: RepoRef,
  artifact: ArtifactInfo,
  opts: DownloadOptions = {},
): Promise<Uint8Array> {
  const maxBytes = opts.maxBytes ?? ARTIFACT_MAX_BYTES;
  if (artifact.expired) throw new ArtifactError("expired: GitHub no longer keeps it");
  if (artifact.sizeInBytes > maxBytes)
    throw new ArtifactError(
      `${mib(artifact.sizeInBytes)} is over the ${mib(maxBytes)} limit; not downloaded`,
    );
  let location: unknown;
  try {
    const res = await gh.request(
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
      {
        ...repo,
        artifact_id: artifact.id,
        archive_format: "zip",
        request: { redirect: "manual" },
      },
    );
    location = res.headers.location;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 410 || status === 404) throw new ArtifactError(`gone (HTTP ${status})`);
    throw error;
  }
  if (typeof location !== "string" || location === "")
    throw new ArtifactError("the API gave no download URL (expected a redirect)");
  const body = await streamUrl(location, {
    maxBytes: maxBytes + 1,
    timeoutMs: opts.timeoutMs ?? 60_000,
    what: "artifact",
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const parts: Buffer[] = [];
  for await (const chunk of body.chunks) parts.push(chunk);
  if (body.truncated() || body.bytes() > maxBytes)
    throw new ArtifactError(`the download is over the ${mib(maxBytes)} limit; not read`);
  return new Uint8Array(Buffer.concat(parts));
}

export interface UnzipLimits {
  /** Entries in the archive (default 2,000). */
  maxEntries?: number;
  /** Uncompressed bytes of one kept entry (default 32 MiB). */
  maxEntryBytes?: number;
  /** Uncompressed bytes of all kept entries (default 64 MiB). */
  maxTotalBytes?: number;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export interface UnzipResult {
  entries: ZipEntry[];
  /** Entries kept by `keep` but not read, each with why. */
  skipped: string[];
}

/** Slices pushed to the inflater: a bomb overshoots the cap by at most what one slice inflates to. */
const SLICE = 16 * 1024;

/**
 * The entries of a zip whose names `keep` accepts, inflated in memory within the limits. Throws
 * ArtifactError for something that is not a zip, a corrupt one, too many entries or too many bytes.
 */
export function unzipEntries(
  zip: Uint8Array,
  keep: (name: string) => boolean,
  limits: UnzipLimits = {},
): UnzipResult {
  const maxEntries = limits.maxEntries ?? 2_000;
  const maxEntry = limits.maxEntryBytes ?? 32 * 1024 * 1024;
  const maxTotal = limits.maxTotalBytes ?? 64 * 1024 * 1024;
  if (zip.length < 4 || zip[0] !== 0x50 || zip[1] !== 0x4b || (zip[2] !== 3 && zip[2] !== 5))
    throw new ArtifactError("not a zip archive");
  const entries: ZipEntry[] = [];
  const skipped: string[] = [];
  let count = 0;
  let total = 0;
  let stop: string | undefined;
  const unzip = new Unzip((file) => {
    count++;
    if (count > maxEntries) {
      stop = `more than ${maxEntries} entries (a zip bomb?)`;
      return;
    }
    if (file.name.endsWith("/") || !keep(file.name)) return; // never inflated
    if (file.originalSize !== undefined && file.originalSize > maxEntry) {
      skipped.push(`${file.name}: ${mib(file.originalSize)} uncompressed is over the ${mib(maxEntry)} limit`);
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (stop) return;
      if (error) {
        stop = `corrupt entry ${file.name}: ${error.message}`;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > maxEntry || total > maxTotal) {
        file.terminate();
        stop =
          size > maxEntry
            ? `${file.name} inflates past ${mib(maxEntry)} (a zip bomb?)`
            : `the entries inflate past ${mib(maxTotal)} in total (a zip bomb?)`;
        return;
      }
      parts.push(chunk);
      if (final) entries.push({ name: file.name, data: concat(parts, size) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < zip.length && !stop; i += SLICE)
      unzip.push(zip.subarray(i, i + SLICE), i + SLICE >= zip.length);
  } catch (error) {
    stop ??= `corrupt zip: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (stop) throw new ArtifactError(stop);
  if (count === 0) throw new ArtifactError("corrupt zip: no entries found");
  return { entries, skipped };
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Case-insensitive glob match of an artifact name against any of the patterns (`*junit*`). */
export function artifactNameMatches(name: string, patterns: readonly string[]): boolean {
  const n = name.toLowerCase();
  return patterns.some((p) => matchesGlob(n, p.toLowerCase()));
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MiB`;
}

/** The triage's TestReportSource over the API: the list, and each zip downloaded within the caps. */
export function gitHubTestReportSource(
  gh: GitHubPort,
  repo: RepoRef,
  opts: DownloadOptions = {},
): {
  listArtifacts(runId: number): Promise<ArtifactInfo[]>;
  downloadArtifact(artifact: ArtifactInfo): Promise<Uint8Array>;
} {
  return {
    listArtifacts: (runId) => listRunArtifacts(gh, repo, runId),
    downloadArtifact: (artifact) => downloadArtifactZip(gh, repo, artifact, opts),
  };
}
