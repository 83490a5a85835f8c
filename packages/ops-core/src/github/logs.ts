// A job's log: the API answers 302 to a short-lived URL; we take the Location without following it and
// stream the body from there with a byte cap, so a 200 MB log never sits in memory.

import { Readable } from "node:stream";
import { TransientError } from "../action/errors.js";
import { type GitHubPort, httpStatus, type RepoRef } from "./client.js";

export interface JobLog {
  /** The log's bytes, chunk by chunk, stopping at `maxBytes`. */
  chunks: AsyncIterable<Buffer>;
  /** True once the stream stopped at the cap (check after consuming `chunks`). */
  truncated(): boolean;
  /** Bytes delivered so far. */
  bytes(): number;
}

export type FetchPort = (
  url: string,
  init: { signal?: AbortSignal; redirect?: "follow" | "manual" },
) => Promise<Response>;

/** The short-lived URL of a job's log (1 API call); undefined when the log is gone (404/410). */
export async function jobLogUrl(gh: GitHubPort, repo: RepoRef, jobId: number): Promise<string | undefined> {
  try {
    const res = await gh.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
      ...repo,
      job_id: jobId,
      request: { redirect: "manual" },
    });
    const loc = res.headers.location;
    if (typeof loc === "string" && loc) return loc;
    throw new Error(`job ${jobId} logs: expected a redirect, got HTTP ${res.status}`);
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 410) return undefined;
    throw error;
  }
}

/**
 * Streams a job's log with a byte cap. Returns undefined when GitHub has no log for the job (expired or
 * never written). The download has its own timeout (default 60 s) and follows the run's signal.
 */
export async function downloadJobLog(
  gh: GitHubPort,
  repo: RepoRef,
  jobId: number,
  opts: { maxBytes?: number; timeoutMs?: number; signal?: AbortSignal; fetch?: FetchPort } = {},
): Promise<JobLog | undefined> {
  const url = await jobLogUrl(gh, repo, jobId);
  if (!url) return undefined;
  return streamUrl(url, opts);
}

/** Streams a URL's body with a byte cap (job logs, artifact zips; exported for the CLI and tests). */
export async function streamUrl(
  url: string,
  opts: {
    maxBytes?: number;
    timeoutMs?: number;
    signal?: AbortSignal;
    fetch?: FetchPort;
    what?: string;
  } = {},
): Promise<JobLog> {
  const maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
  const signals = [AbortSignal.timeout(opts.timeoutMs ?? 60_000), ...(opts.signal ? [opts.signal] : [])];
  const doFetch: FetchPort = opts.fetch ?? ((u, init) => fetch(u, init));
  const res = await doFetch(url, { signal: AbortSignal.any(signals), redirect: "follow" });
  if (!res.ok || !res.body) {
    const what = opts.what ?? "job log";
    throw new TransientError(`${what} download failed: HTTP ${res.status} from the ${what} storage URL`);
  }
  let total = 0;
  let cut = false;
  const body = Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>);
  async function* capped(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of body) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        if (total + buf.length > maxBytes) {
          const room = maxBytes - total;
          if (room > 0) yield buf.subarray(0, room);
          total = maxBytes;
          cut = true;
          return;
        }
        total += buf.length;
        yield buf;
      }
    } finally {
      body.destroy();
    }
  }
  return { chunks: capped(), truncated: () => cut, bytes: () => total };
}

/** Reads a whole (capped) log into a string: for small logs and tests only. */
export async function readAll(log: JobLog): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of log.chunks) parts.push(c);
  return Buffer.concat(parts).toString("utf8");
}
