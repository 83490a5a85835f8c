export const id = 566;
export const ids = [566];
export const modules = {

/***/ 5566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiMessage: () => (/* binding */ apiMessage),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   mapError: () => (/* binding */ mapError),
/* harmony export */   paginate: () => (/* binding */ paginate),
/* harmony export */   parseRepo: () => (/* binding */ parseRepo),
/* harmony export */   withResilience: () => (/* binding */ withResilience)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
// The GitHub client: a narrow port (`request(route, params)`, the shape of octokit.request) that every
// typed client in this folder takes, and the factory that builds it over @actions/github — loaded lazily
// so bundles that never call GitHub do not pay for octokit. The factory adds what octokit lacks here: a
// timeout on every request (AbortSignal), bounded retries with backoff and full jitter for idempotent
// requests (GET/HEAD) on 5xx and network errors, the token masked before anything can print it, and
// errors mapped to the action taxonomy (transient / configuration).

function parseRepo(fullName) {
    const [owner, repo, extra] = fullName.split("/");
    if (!owner || !repo || extra !== undefined) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`repository must be "owner/name", got "${fullName}"`, {
            input: "repository",
        });
    }
    return { owner, repo };
}
/** The HTTP status of an error thrown by octokit (RequestError) or by a fake; undefined for network errors. */
function httpStatus(error) {
    const s = error?.status;
    return typeof s === "number" && s > 0 ? s : undefined;
}
/** The API's error message (`{"message": …}`) when there is one. */
function apiMessage(error) {
    const e = error;
    const m = e?.response?.data?.message ?? e?.message;
    return typeof m === "string" ? m : String(error);
}
const IDEMPOTENT = /^(GET|HEAD)\s/i;
/**
 * Wraps a port with per-request timeouts, bounded retries and error mapping. Used by `createGitHub` and
 * usable over any port (tests wrap fakes with an injected sleep).
 */
function withResilience(inner, opts) {
    const policy = { attempts: 3, baseMs: 500, maxMs: 5_000, ...opts.retry };
    const timeoutMs = opts.timeoutMs ?? 15_000;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = opts.random ?? Math.random;
    return {
        async request(route, params = {}) {
            const retryable = IDEMPOTENT.test(route);
            for (let attempt = 1;; attempt++) {
                if (opts.signal?.aborted)
                    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`GitHub request cancelled: ${route}`);
                const signals = [AbortSignal.timeout(timeoutMs), ...(opts.signal ? [opts.signal] : [])];
                const prev = params.request ?? {};
                try {
                    return await inner.request(route, {
                        ...params,
                        request: { ...prev, signal: AbortSignal.any(signals) },
                    });
                }
                catch (error) {
                    if (opts.signal?.aborted)
                        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`GitHub request cancelled: ${route}`);
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
function mapError(route, error, attempts = 1) {
    const status = httpStatus(error);
    const msg = apiMessage(error);
    const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
    let mapped;
    if (status === undefined || status >= 500 || status === 429) {
        const what = status ? `HTTP ${status}` : error?.name === "TimeoutError" ? "timed out" : msg;
        mapped = new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`GitHub API ${route} failed${tries}: ${what}`, { cause: error });
    }
    else if (status === 401) {
        mapped = new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub rejected the token (401 ${msg}) for ${route}`, {
            input: "token",
            cause: error,
        });
    }
    else if (status === 403 && /not accessible by integration|permission/i.test(msg)) {
        mapped = new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the token lacks a permission for ${route} (403 ${msg}); add it under \`permissions:\` in the workflow`, { input: "token", cause: error });
    }
    else {
        mapped = new Error(`GitHub API ${route}: ${status} ${msg}`, { cause: error });
    }
    Object.assign(mapped, { status });
    return mapped;
}
/**
 * Builds the client over @actions/github (imported on first use), with the token masked, the base URL
 * from `apiUrl` (GITHUB_API_URL) and the resilience above.
 */
async function createGitHub(opts) {
    if (!opts.token)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("a GitHub token is required", { input: "token" });
    opts.setSecret?.(opts.token);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 1075));
    const octokit = getOctokit(opts.token, {
        baseUrl: opts.apiUrl.replace(/\/+$/, ""),
        userAgent: opts.userAgent ?? "runbook-ops",
        // octokit's own retry/throttle plugins are not loaded: retries are ours (bounded, idempotent only).
    });
    const port = {
        request: (route, params) => octokit.request(route, params),
    };
    return withResilience(port, opts);
}
/**
 * Every item of a paginated list: follows `per_page=100` pages until a short page or `maxItems`.
 * `key` picks the array out of wrapped bodies (`jobs`, `workflow_runs`, `check_runs`).
 */
async function paginate(gh, route, params, opts = {}) {
    const perPage = opts.perPage ?? 100;
    const max = opts.maxItems ?? 10_000;
    const out = [];
    for (let page = 1; out.length < max; page++) {
        const res = await gh.request(route, { ...params, per_page: perPage, page });
        const data = res.data;
        const items = (opts.key ? data[opts.key] : data);
        if (!Array.isArray(items))
            throw new Error(`GitHub API ${route}: expected a list${opts.key ? ` in ${opts.key}` : ""}`);
        out.push(...items);
        const link = String(res.headers.link ?? "");
        if (items.length < perPage || (res.headers.link !== undefined && !/rel="next"/.test(link)))
            break;
    }
    return out.slice(0, max);
}


/***/ })

};
