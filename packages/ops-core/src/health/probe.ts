// One HTTP health request: a per-request timeout, the status and JSON expectations, the latency, and an
// excerpt of the body kept as evidence (untrusted text: callers escape it wherever it is shown).

import { checkJson, type JsonCondition, type StatusExpectation, statusMatches } from "./expect.js";
import type { Clock } from "./time.js";

/** What an HTTP GET gave: the status and the start of the body. Throws when there was no answer. */
export interface HttpAnswer {
  status: number;
  body: string;
}

/** The HTTP port: a GET with a timeout; rejects on network errors and timeouts. */
export type HttpGet = (
  url: string,
  options: { timeoutMs: number; signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<HttpAnswer>;

export interface ProbeExpectation {
  status: StatusExpectation;
  json: readonly JsonCondition[];
}

export interface ProbeResult {
  ok: boolean;
  /** The HTTP status, or undefined when there was no answer. */
  status: number | undefined;
  latencyMs: number;
  /** Why the probe failed (undefined when ok). */
  error: string | undefined;
  /** The start of the body (untrusted). */
  body: string | undefined;
}

/** At most this much of a body is read and kept. */
export const BODY_LIMIT = 64 * 1024;
export const BODY_EXCERPT = 300;

export async function probe(
  url: string,
  expect: ProbeExpectation,
  options: {
    timeoutMs: number;
    signal?: AbortSignal;
    headers?: Record<string, string>;
    get: HttpGet;
    clock: Clock;
  },
): Promise<ProbeResult> {
  const started = options.clock();
  let answer: HttpAnswer;
  try {
    answer = await options.get(url, {
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      ...(options.headers ? { headers: options.headers } : {}),
    });
  } catch (error) {
    return {
      ok: false,
      status: undefined,
      latencyMs: options.clock() - started,
      error: describeNetworkError(error, options.timeoutMs),
      body: undefined,
    };
  }
  const latencyMs = options.clock() - started;
  const body = answer.body.slice(0, BODY_EXCERPT);
  if (!statusMatches(answer.status, expect.status)) {
    return {
      ok: false,
      status: answer.status,
      latencyMs,
      error: `answered ${answer.status}, expected ${expect.status.text}`,
      body,
    };
  }
  const jsonProblem = checkJson(answer.body, expect.json);
  return { ok: jsonProblem === undefined, status: answer.status, latencyMs, error: jsonProblem, body };
}

/** A short, stable description of why a request got no answer. */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
    if (error.name === "AbortError") return "request aborted";
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (cause.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
      return code ? `${code}: ${cause.message}` : cause.message;
    }
    return error.message;
  }
  return String(error);
}

/**
 * The real HTTP port, on node's fetch: no redirects followed silently (a 3xx is an answer), no caching,
 * a timeout on the whole request including the body, and at most BODY_LIMIT bytes read.
 */
export const fetchGet: HttpGet = async (url, { timeoutMs, signal, headers }) => {
  const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const response = await fetch(url, {
    method: "GET",
    redirect: "manual",
    signal: combined,
    headers: {
      accept: "application/json, text/plain;q=0.9, */*;q=0.5",
      "user-agent": "ops-smoke",
      ...headers,
    },
    cache: "no-store",
  });
  const body = await readLimited(response, BODY_LIMIT);
  return { status: response.status, body };
};

async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    // Stop reading a huge body; the connection is released.
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, limit));
}
