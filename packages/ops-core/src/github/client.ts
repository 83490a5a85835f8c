// The GitHub client: a narrow port (`request(route, params)`, the shape of octokit.request) that every
// typed client in this folder takes, and the factory that builds it over @actions/github — loaded lazily
// so bundles that never call GitHub do not pay for octokit. The factory adds what octokit lacks here: a
// timeout on every request (AbortSignal), bounded retries with backoff and full jitter for idempotent
// requests (GET/HEAD) on 5xx and network errors, the token masked before anything can print it, and
// errors mapped to the action taxonomy (transient / configuration).

import { CancelledError, ConfigurationError, TransientError } from "../action/errors.js";

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

/** The port: `request("GET /repos/{owner}/{repo}", { owner, repo })`, like octokit.request. */
export interface GitHubPort {
  // biome-ignore lint/suspicious/noExplicitAny: responses are narrowed by the typed clients
  request<T = any>(route: string, params?: Record<string, unknown>): Promise<GitHubResponse<T>>;
}

/** Owner and name of a repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export function parseRepo(fullName: string): RepoRef {
  const [owner, repo, extra] = fullName.split("/");
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigurationError(`repository must be "owner/name", got "${fullName}"`, {
      input: "repository",
    });
  }
  return { owner, repo };
}

/** The HTTP status of an error thrown by octokit (RequestError) or by a fake; undefined for network errors. */
export function httpStatus(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === "number" && s > 0 ? s : undefined;
}

/** The API's error message (`{"message": …}`) when there is one. */
export function apiMessage(error: unknown): string {
  const e = error as { response?: { data?: { message?: unknown } }; message?: unknown } | null;
  const m = e?.response?.data?.message ?? e?.message;
  return typeof m === "string" ? m : String(error);
}

export interface RetryPolicy {
  /** Attempts in total, including the first (default 3). */
  attempts: number;
  /** Base delay for exponential backoff with full jitter (default 500 ms). */
  baseMs: number;
  /** Cap on one delay (default 5 s). */
  maxMs: number;
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL (https://api.github.com, or https://host/api/v3 on GHES, or the emulator). */
  apiUrl: string;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** The run's cancellation signal: aborts every in-flight request. */
  signal?: AbortSignal;
  /** Called with the token first (ctx.setSecret). */
  setSecret?: (value: string) => void;
  userAgent?: string;
  /** Injected for tests (default: real timers). */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called before each retry (log it in debug). */
  onRetry?: (info: { route: string; attempt: number; delayMs: number; reason: string }) => void;
}

const IDEMPOTENT = /^(GET|HEAD)\s/i;

/**
 * Wraps a port with per-request timeouts, bounded retries and error mapping. Used by `createGitHub` and
 * usable over any port (tests wrap fakes with an injected sleep).
 */
export function withResilience(
  inner: GitHubPort,
  opts: Omit<GitHubClientOptions, "token" | "apiUrl" | "setSecret" | "userAgent">,
): GitHubPort {
  const policy: RetryPolicy = { attempts: 3, baseMs: 500, maxMs: 5_000, ...opts.retry };
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  return {
    async request(route, params = {}) {
      const retryable = IDEMPOTENT.test(route);
      for (let attempt = 1; ; attempt++) {
        if (opts.signal?.aborted) throw new CancelledError(`GitHub request cancelled: ${route}`);
        const signals = [AbortSignal.timeout(timeoutMs), ...(opts.signal ? [opts.signal] : [])];
        const prev = (params.request as Record<string, unknown> | undefined) ?? {};
        try {
          return await inner.request(route, {
            ...params,
            request: { ...prev, signal: AbortSignal.any(signals) },
          });
        } catch (error) {
          if (opts.signal?.aborted) throw new CancelledError(`GitHub request cancelled: ${route}`);
          const status = httpStatus(error);
          const transient = status === undefined || status >= 500 || status === 429;
          if (retryable && transient && attempt < policy.attempts) {
            const delayMs = Math.floor(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1)));
            opts.onRetry?.({
              route,
              attempt,
              delayMs,
              reason: status ? `HTTP ${status}` : apiMessage(error),
            });
            await sleep(delayMs);
            continue;
          }
          throw mapError(route, error, attempt);
        }
      }
    },
  };
}

/** Maps an API failure to the taxonomy; keeps `status` on the error for callers that branch on it. */
export function mapError(route: string, error: unknown, attempts = 1): Error {
  const status = httpStatus(error);
  const msg = apiMessage(error);
  const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
  let mapped: Error;
  if (status === undefined || status >= 500 || status === 429) {
    const what = status ? `HTTP ${status}` : (error as Error)?.name === "TimeoutError" ? "timed out" : msg;
    mapped = new TransientError(`GitHub API ${route} failed${tries}: ${what}`, { cause: error });
  } else if (status === 401) {
    mapped = new ConfigurationError(`GitHub rejected the token (401 ${msg}) for ${route}`, {
      input: "token",
      cause: error,
    });
  } else if (status === 403 && /not accessible by integration|permission/i.test(msg)) {
    mapped = new ConfigurationError(
      `the token lacks a permission for ${route} (403 ${msg}); add it under \`permissions:\` in the workflow`,
      { input: "token", cause: error },
    );
  } else {
    mapped = new Error(`GitHub API ${route}: ${status} ${msg}`, { cause: error });
  }
  Object.assign(mapped, { status });
  return mapped;
}

/**
 * Builds the client over @actions/github (imported on first use), with the token masked, the base URL
 * from `apiUrl` (GITHUB_API_URL) and the resilience above.
 */
export async function createGitHub(opts: GitHubClientOptions): Promise<GitHubPort> {
  if (!opts.token) throw new ConfigurationError("a GitHub token is required", { input: "token" });
  opts.setSecret?.(opts.token);
  const { getOctokit } = await import("@actions/github");
  const octokit = getOctokit(opts.token, {
    baseUrl: opts.apiUrl.replace(/\/+$/, ""),
    userAgent: opts.userAgent ?? "runbook-ops",
    // octokit's own retry/throttle plugins are not loaded: retries are ours (bounded, idempotent only).
  });
  const port: GitHubPort = {
    request: (route, params) =>
      octokit.request(route, params as never) as unknown as Promise<GitHubResponse<never>>,
  };
  return withResilience(port, opts);
}

/**
 * Every item of a paginated list: follows `per_page=100` pages until a short page or `maxItems`.
 * `key` picks the array out of wrapped bodies (`jobs`, `workflow_runs`, `check_runs`).
 */
export async function paginate<T>(
  gh: GitHubPort,
  route: string,
  params: Record<string, unknown>,
  opts: { key?: string; maxItems?: number; perPage?: number } = {},
): Promise<T[]> {
  const perPage = opts.perPage ?? 100;
  const max = opts.maxItems ?? 10_000;
  const out: T[] = [];
  for (let page = 1; out.length < max; page++) {
    const res = await gh.request(route, { ...params, per_page: perPage, page });
    const data = res.data as unknown;
    const items = (opts.key ? (data as Record<string, unknown>)[opts.key] : data) as T[] | undefined;
    if (!Array.isArray(items))
      throw new Error(`GitHub API ${route}: expected a list${opts.key ? ` in ${opts.key}` : ""}`);
    out.push(...items);
    const link = String(res.headers.link ?? "");
    if (items.length < perPage || (res.headers.link !== undefined && !/rel="next"/.test(link))) break;
  }
  return out.slice(0, max);
}
