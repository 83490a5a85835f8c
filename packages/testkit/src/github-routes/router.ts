// The emulator's router and the helpers route modules use (errors shaped like GitHub's, pagination with
// Link headers). Route modules (./<area>.ts) export `register…Routes(router)`.

import type { IncomingMessage } from "node:http";
import type { EmulatorState, Identity } from "./state.ts";

export const DOCS = "https://docs.github.com/rest";

/** A request as a route handler sees it. */
export interface EmulatorRequest {
  method: string;
  /** Path without the `/api/v3` prefix and without the query string. */
  path: string;
  query: URLSearchParams;
  /** Path template parameters, URL-decoded. */
  params: Record<string, string>;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body (undefined when none). */
  body: unknown;
  /** The caller's identity (from the token); undefined on unauthenticated (internal) routes. */
  identity: Identity | undefined;
  token: string | undefined;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (log text). */
  raw?: string;
}

export interface RouteContext {
  state: EmulatorState;
  /** The emulator's base URL (http://127.0.0.1:port). */
  url: string;
  /**
   * Registers a short-lived URL served by the emulator itself, without auth (signed-URL style). With
   * `refuseAuthorization`, a request carrying an Authorization header is refused, as blob storage does
   * (a client must not send the API token there).
   */
  signedUrl(
    body: string | Uint8Array,
    contentType?: string,
    ttlMs?: number,
    opts?: { refuseAuthorization?: boolean },
  ): string;
}

export type RouteHandler = (
  req: EmulatorRequest,
  ctx: RouteContext,
) => RouteResponse | Promise<RouteResponse>;

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
  auth: boolean;
}

/** Params that may contain slashes when last in a template (`contents/{path}`, `git/ref/{ref}`). */
const GREEDY = new Set(["path", "ref"]);

/** A small router keyed by the OpenAPI path templates. */
export class Router {
  readonly routes: Route[] = [];

  /** Adds a route; `template` is the OpenAPI path (e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`). */
  add(method: string, template: string, handler: RouteHandler, opts: { auth?: boolean } = {}): this {
    const names: string[] = [];
    const segments = template.split("/");
    const pattern = segments
      .map((seg, i) =>
        seg.replace(/\{([^}]+)\}|[^{]+/g, (m, name: string | undefined) => {
          if (!name) return m.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
          names.push(name);
          return GREEDY.has(name) && i === segments.length - 1 ? "(.+)" : "([^/]+)";
        }),
      )
      .join("/");
    this.routes.push({
      method: method.toUpperCase(),
      template,
      regex: new RegExp(`^${pattern}$`),
      names,
      handler,
      auth: opts.auth ?? true,
    });
    return this;
  }

  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | "method" | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1] ?? "");
      });
      return { route, params };
    }
    return pathMatched ? "method" : undefined;
  }
}

export function errorBody(message: string, status: number, docs = DOCS): Record<string, unknown> {
  return { message, documentation_url: docs, status: String(status) };
}

export function notFound(): RouteResponse {
  return { status: 404, body: errorBody("Not Found", 404) };
}

export function validationFailed(
  message: string,
  errors: Array<Record<string, unknown>> = [],
  status = 422,
): RouteResponse {
  return {
    status,
    body: {
      message: "Validation Failed",
      errors: errors.length ? errors : [{ resource: "Request", code: "custom", message }],
      documentation_url: DOCS,
      status: String(status),
    },
  };
}

/**
 * Paginates `items` by `per_page` (default 30, max 100) and `page`, with GitHub's Link header.
 * `wrap` builds wrapped bodies (`{ total_count, jobs }`).
 */
export function paginate(
  req: EmulatorRequest,
  ctx: RouteContext,
  items: unknown[],
  wrap?: (page: unknown[], total: number) => unknown,
): RouteResponse {
  const perPage = Math.min(100, Math.max(1, Number(req.query.get("per_page") ?? 30) || 30));
  const page = Math.max(1, Number(req.query.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(req.query);
    q.set("per_page", String(perPage));
    q.set("page", String(p));
    return `<${ctx.url}${req.path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return {
    status: 200,
    body: wrap ? wrap(slice, items.length) : slice,
    headers: links.length ? { link: links.join(", ") } : {},
  };
}

/** Keeps the first item per key (lists sorted newest first → the latest per key). */
export function firstPerKey<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
