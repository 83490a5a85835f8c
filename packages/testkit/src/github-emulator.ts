// A stateful GitHub REST API emulator for tests: node:http on 127.0.0.1 (free port), reached by actions
// through GITHUB_API_URL exactly as on GitHub Enterprise Server (octokit appends the path to the base URL;
// a `/api/v3` prefix is accepted too). Routes are registered by area in ./github-routes/<area>.ts with the
// OpenAPI path templates, so every recorded call maps to its operation in GitHub's description (the
// emulator's tests validate each response against it). State is seeded through `emulator.state`.
//
//   const gh = await startGitHubEmulator();
//   gh.state.addPullRequest({ head: { sha }, merged: true, reviews: [{ state: "APPROVED" }] });
//   runAction({ action: "deploy", env: gh.env(), ... });  // GITHUB_API_URL, GITHUB_REPOSITORY, …
//   expect(gh.calls.filter((c) => c.api)).toHaveLength(5);
//   await gh.stop();

import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eventPayload } from "./events.ts";
import { registerActionsRoutes } from "./github-routes/actions.ts";
import { registerCommitRoutes } from "./github-routes/commits.ts";
import { registerDeploymentRoutes } from "./github-routes/deployments.ts";
import { registerGitRoutes } from "./github-routes/git.ts";
import { registerIssueRoutes } from "./github-routes/issues.ts";
import { registerPullRoutes } from "./github-routes/pulls.ts";
import { registerRepoRoutes } from "./github-routes/repos.ts";
import { DOCS, type EmulatorRequest, errorBody, type RouteContext, Router } from "./github-routes/router.ts";
import type { WorkflowRunRecord } from "./github-routes/state.ts";
import { EmulatorState, type Identity } from "./github-routes/state.ts";
import { registerUserRoutes } from "./github-routes/users.ts";
import { conformanceErrors } from "./openapi.ts";

export * from "./github-routes/router.ts";
export type * from "./github-routes/state.ts";
export { EmulatorState } from "./github-routes/state.ts";

/** One recorded HTTP exchange. */
export interface RecordedCall {
  method: string;
  path: string;
  query: string;
  /** The OpenAPI template of the matched route (undefined when nothing matched). */
  route: string | undefined;
  status: number;
  requestBody: unknown;
  responseBody: unknown;
  /** False for the emulator's own signed URLs (log blobs): not a REST API call, not rate-limited. */
  api: boolean;
  token: string | undefined;
}

/** Fault injection: the next `times` calls matching answer `status` (e.g. 502 to test retries). */
export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  times: number;
  /** Destroy the socket instead of answering (a network error). */
  reset?: boolean;
  body?: unknown;
}

export interface GitHubEmulator {
  /** http://127.0.0.1:port — use as GITHUB_API_URL. */
  url: string;
  state: EmulatorState;
  router: Router;
  calls: RecordedCall[];
  /** The REST API calls only (what rate limits and call budgets count). */
  apiCalls(): RecordedCall[];
  /** Every recorded exchange checked against GitHub's OpenAPI description (requests and responses). */
  conformance(): string[];
  /** Makes the next matching calls fail. */
  fault(f: Fault): void;
  /** Environment for the runner harness: GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY. */
  env(): Record<string, string>;
  stop(): Promise<void>;
}

export type RouteModule = (router: Router) => void;

export const DEFAULT_ROUTES: RouteModule[] = [
  registerRepoRoutes,
  registerCommitRoutes,
  registerPullRoutes,
  registerDeploymentRoutes,
  registerGitRoutes,
  registerActionsRoutes,
  registerIssueRoutes,
  registerUserRoutes,
];

export interface StartOptions {
  /** Extra route modules (added after the defaults; a later route never shadows an earlier one). */
  routes?: RouteModule[];
  /** The default repository (default "octo-org/octo-repo", the runner harness's default). */
  repository?: string;
  /** Rate limit per token (default 5000). */
  rateLimit?: number;
}

export async function startGitHubEmulator(opts: StartOptions = {}): Promise<GitHubEmulator> {
  const state = new EmulatorState(opts.repository ?? "octo-org/octo-repo");
  const router = new Router();
  for (const mod of [...DEFAULT_ROUTES, ...(opts.routes ?? [])]) mod(router);
  const calls: RecordedCall[] = [];
  const faults: Fault[] = [];
  const blobs = new Map<
    string,
    { body: string | Uint8Array; type: string; expires: number; refuseAuthorization: boolean }
  >();
  const used = new Map<string, number>();
  const limit = opts.rateLimit ?? 5000;
  const reset = Math.floor(Date.now() / 1000) + 3600;
  let url = "";

  const ctx: RouteContext = {
    state,
    get url() {
      return url;
    },
    signedUrl(body, type = "text/plain", ttlMs = 60_000, opts = {}) {
      const key = randomBytes(12).toString("hex");
      blobs.set(key, {
        body,
        type,
        expires: Date.now() + ttlMs,
        refuseAuthorization: opts.refuseAuthorization ?? false,
      });
      return `${url}/_blob/${key}?sig=${randomBytes(8).toString("hex")}`;
    },
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { message: `emulator error: ${String(error)}`, documentation_url: DOCS });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const full = new URL(req.url ?? "/", "http://emulator");
    const path = full.pathname.replace(/^\/api\/v3(?=\/)/, "").replace(/\/+$/, "") || "/";
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const record = (call: Omit<RecordedCall, "method" | "path" | "query" | "requestBody">) =>
      calls.push({ method, path, query: full.search, requestBody: body, ...call });

    // The emulator's own short-lived URLs (job logs, artifact zips): no auth, like a signed blob URL; the
    // artifact blobs refuse an Authorization header, as blob storage does when a client forwards the token.
    if (path.startsWith("/_blob/")) {
      const blob = blobs.get(path.slice("/_blob/".length));
      const alive = blob && blob.expires > Date.now();
      const forwarded = Boolean(blob?.refuseAuthorization && req.headers.authorization);
      record({
        route: "/_blob",
        status: forwarded ? 400 : alive ? 200 : 403,
        responseBody: undefined,
        api: false,
        token: forwarded ? parseToken(req.headers.authorization) : undefined,
      });
      if (forwarded) {
        res.writeHead(400, { "content-type": "application/xml" });
        res.end(
          "<Error><Code>InvalidAuthenticationInfo</Code><Message>Authentication information is not given in the correct format.</Message></Error>",
        );
        return;
      }
      if (!blob || !alive) {
        res.writeHead(403, { "content-type": "application/xml" });
        res.end(
          "<Error><Code>AuthenticationFailed</Code><Message>Signature expired or invalid</Message></Error>",
        );
        return;
      }
      res.writeHead(200, { "content-type": blob.type, "content-length": Buffer.byteLength(blob.body) });
      res.end(blob.body);
      return;
    }

    const token = parseToken(req.headers.authorization);
    const fault = faults.find(
      (f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path) && f.times > 0,
    );
    if (fault) {
      fault.times--;
      record({
        route: undefined,
        status: fault.reset ? 0 : fault.status,
        responseBody: fault.body,
        api: true,
        token,
      });
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      send(res, fault.status, fault.body ?? errorBody("Server Error", fault.status));
      return;
    }

    const matched = router.match(method, path);
    if (!matched || matched === "method") {
      const status = matched === "method" ? 404 : 404;
      const out = errorBody("Not Found", status);
      record({ route: undefined, status, responseBody: out, api: true, token });
      send(res, status, out);
      return;
    }
    const { route, params } = matched;
    let identity: Identity | undefined;
    const headers: Record<string, string> = {};
    if (route.auth) {
      if (!req.headers.authorization) {
        const out = errorBody("Requires authentication", 401);
        record({ route: route.template, status: 401, responseBody: out, api: true, token });
        send(res, 401, out);
        return;
      }
      identity = token ? state.identityFor(token) : undefined;
      if (!identity || !token) {
        const out = errorBody("Bad credentials", 401);
        record({ route: route.template, status: 401, responseBody: out, api: true, token });
        send(res, 401, out);
        return;
      }
      const n = (used.get(token) ?? 0) + 1;
      used.set(token, n);
      Object.assign(headers, {
        "x-ratelimit-limit": String(limit),
        "x-ratelimit-remaining": String(Math.max(0, limit - n)),
        "x-ratelimit-used": String(n),
        "x-ratelimit-reset": String(reset),
        "x-ratelimit-resource": "core",
      });
      if (n > limit) {
        const out = errorBody(`API rate limit exceeded for ${identity.login}.`, 403);
        record({ route: route.template, status: 403, responseBody: out, api: true, token });
        send(res, 403, out, headers);
        return;
      }
    }
    const request: EmulatorRequest = {
      method,
      path,
      query: full.searchParams,
      params,
      headers: req.headers,
      body,
      identity,
      token,
    };
    const out = await route.handler(request, ctx);
    record({ route: route.template, status: out.status, responseBody: out.body, api: true, token });
    if (out.raw !== undefined) {
      res.writeHead(out.status, { "content-type": "text/plain", ...headers, ...out.headers });
      res.end(out.raw);
      return;
    }
    send(res, out.status, out.body, { ...headers, ...out.headers });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.apiUrl = url;

  return {
    url,
    state,
    router,
    calls,
    apiCalls: () => calls.filter((c) => c.api),
    conformance: () => conformanceErrors(calls),
    fault: (f) => faults.push({ ...f }),
    env: () => ({
      GITHUB_API_URL: url,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: state.defaultRepo,
    }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A real `workflow_run` webhook payload (from @octokit/webhooks-examples) describing an emulator run, for
 * GITHUB_EVENT_PATH: ids, shas, branch, attempt, conclusion, pull_requests (empty for fork PRs) and the
 * head repository match the emulator's state, so an action reading the event finds the same run via the API.
 */
export function workflowRunEvent(
  gh: Pick<GitHubEmulator, "state">,
  run: WorkflowRunRecord,
  action: "completed" | "requested" | "in_progress" = "completed",
): Record<string, unknown> {
  const api = gh.state.workflowRun(run);
  const repository = gh.state.repository(run.repo, "repository");
  return eventPayload("workflow_run", action, {
    workflow_run: { ...api, repository, head_repository: gh.state.repository(run.headRepo, "repository") },
    repository,
    workflow: { id: run.workflowId, name: run.name, path: run.path },
  });
}

function parseToken(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
  return m?.[1];
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const base = {
    "x-github-media-type": "github.v3; format=json",
    "x-github-api-version-selected": "2022-11-28",
    "x-github-request-id": randomBytes(8).toString("hex").toUpperCase(),
  };
  if (status === 204 || status === 304 || body === undefined) {
    res.writeHead(status, { ...base, ...headers });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    ...base,
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
