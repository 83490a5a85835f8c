export const id = 58;
export const ids = [58,566];
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


/***/ }),

/***/ 4058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseGitHub: () => (/* binding */ releaseGitHub)
});

// EXTERNAL MODULE: ../packages/ops-core/dist/github/client.js
var client = __webpack_require__(5566);
;// CONCATENATED MODULE: ../packages/ops-core/dist/github/checks.js
// A commit's CI verdict from check runs and commit statuses combined: green, red, pending (with the
// failing and pending names), or none when nothing reported. The deploy workflow's own check is ignored.

const PASS = new Set(["success"]);
const NEUTRAL = new Set(["neutral", "skipped"]);
function checkRunState(status, conclusion) {
    if (status !== "completed")
        return "pending";
    if (conclusion && PASS.has(conclusion))
        return "success";
    if (conclusion && NEUTRAL.has(conclusion))
        return conclusion;
    return "failure"; // failure, timed_out, cancelled, action_required, startup_failure, stale
}
/** Pure: combines checks into a verdict. `ignore` names are dropped; with `required`, only those count. */
function combineChecks(all, opts = {}) {
    const ignore = new Set(opts.ignore ?? []);
    let checks = all.filter((c) => !ignore.has(c.name));
    const required = opts.required?.length ? opts.required : undefined;
    if (required)
        checks = checks.filter((c) => required.includes(c.name));
    const failing = checks.filter((c) => c.state === "failure").map((c) => c.name);
    const pending = checks.filter((c) => c.state === "pending").map((c) => c.name);
    const passed = checks.filter((c) => c.state !== "failure" && c.state !== "pending").map((c) => c.name);
    const missing = required ? required.filter((r) => !checks.some((c) => c.name === r)) : [];
    const verdict = failing.length > 0
        ? "red"
        : pending.length > 0 || missing.length > 0
            ? "pending"
            : checks.length === 0
                ? "none"
                : "green";
    return { verdict, checks, failing, pending: [...pending, ...missing], passed, missing };
}
/**
 * Reads check runs (latest per name, paginated) and the combined commit status of `sha` (2+ API calls)
 * and combines them.
 */
async function commitChecks(gh, repo, sha, opts = {}) {
    // biome-ignore lint/suspicious/noExplicitAny: API JSON
    const runs = await (0,client.paginate)(gh, "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ...repo, ref: sha, filter: "latest" }, { key: "check_runs" });
    const combined = await gh.request("GET /repos/{owner}/{repo}/commits/{ref}/status", {
        ...repo,
        ref: sha,
        per_page: 100,
    });
    const checks = runs.map((r) => ({
        name: r.name,
        kind: "check-run",
        state: checkRunState(r.status, r.conclusion),
        detail: r.status === "completed" ? String(r.conclusion) : r.status,
        url: r.html_url ?? r.details_url ?? undefined,
    }));
    // biome-ignore lint/suspicious/noExplicitAny: API JSON
    for (const s of (combined.data?.statuses ?? [])) {
        checks.push({
            name: s.context,
            kind: "status",
            state: s.state === "success" ? "success" : s.state === "pending" ? "pending" : "failure",
            detail: s.state,
            url: s.target_url ?? undefined,
        });
    }
    return combineChecks(checks, opts);
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/github/deployments.js
// GitHub Deployments as the release record: create one per deploy/rollback (auto_merge off, explicit
// required_contexts, a versioned JSON payload), statuses within 140 characters with the run's URL,
// earlier deployments marked inactive explicitly (GitHub's auto_inactive skips production environments),
// a deployment marked faulty, and the last known good release.

const STATUS_DESCRIPTION_LIMIT = 140;
/** The description prefix of the status that marks a deployment faulty. */
const FAULTY_PREFIX = "faulty:";
// biome-ignore lint/suspicious/noExplicitAny: API JSON
function toDeployment(d) {
    return {
        id: d.id,
        sha: d.sha,
        ref: d.ref,
        task: d.task,
        environment: d.environment,
        createdAt: d.created_at,
        payload: d.payload,
        creator: d.creator?.login,
    };
}
// biome-ignore lint/suspicious/noExplicitAny: API JSON
function toStatus(s) {
    return {
        id: s.id,
        state: s.state,
        description: s.description ?? "",
        logUrl: s.log_url ?? s.target_url ?? "",
        environmentUrl: s.environment_url ?? "",
        createdAt: s.created_at,
    };
}
/** A status description that fits GitHub's 140-character limit (visibly truncated). */
function statusDescription(text) {
    const oneLine = text.replace(/\s+/g, " ").trim();
    return oneLine.length <= STATUS_DESCRIPTION_LIMIT
        ? oneLine
        : `${oneLine.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}
/**
 * Creates a deployment (auto_merge false). A 409 (required contexts not green) is thrown with `status`
 * kept, so callers can refuse with evidence.
 */
async function createDeployment(gh, repo, input) {
    const res = await gh.request("POST /repos/{owner}/{repo}/deployments", {
        ...repo,
        ref: input.ref,
        environment: input.environment,
        task: input.task ?? "deploy",
        auto_merge: false,
        required_contexts: input.requiredContexts ?? [],
        payload: input.payload,
        description: statusDescription(input.description),
        ...(input.productionEnvironment === undefined
            ? {}
            : { production_environment: input.productionEnvironment }),
    });
    if (res.status === 202)
        throw new Error(`GitHub merged the default branch into ${input.ref} instead of deploying`);
    return toDeployment(res.data);
}
async function setDeploymentStatus(gh, repo, deploymentId, input) {
    const res = await gh.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        ...repo,
        deployment_id: deploymentId,
        state: input.state,
        description: statusDescription(input.description),
        ...(input.logUrl ? { log_url: input.logUrl } : {}),
        ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
        ...(input.environment ? { environment: input.environment } : {}),
        auto_inactive: input.autoInactive ?? false,
    });
    return toStatus(res.data);
}
/** Deployments newest first (filters as the API's), up to `maxItems` (default 100). */
async function listDeployments(gh, repo, filter = {}) {
    const { maxItems = 100, ...q } = filter;
    const items = await (0,client.paginate)(gh, "GET /repos/{owner}/{repo}/deployments", { ...repo, ...q }, { maxItems });
    return items.map(toDeployment);
}
async function getDeployment(gh, repo, id) {
    try {
        const res = await gh.request("GET /repos/{owner}/{repo}/deployments/{deployment_id}", {
            ...repo,
            deployment_id: id,
        });
        return toDeployment(res.data);
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}
/** Statuses newest first. */
async function listDeploymentStatuses(gh, repo, deploymentId, maxItems = 100) {
    const items = await (0,client.paginate)(gh, "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { ...repo, deployment_id: deploymentId }, { maxItems });
    return items.map(toStatus);
}
/**
 * How a deployment ended, from its statuses (newest first): the newest of success/failure/error decides;
 * `inactive` (superseded) after a success keeps it good; a later failure (e.g. marked faulty) makes it bad.
 */
function deploymentVerdict(statusesNewestFirst) {
    for (const s of statusesNewestFirst) {
        if (s.state === "success")
            return "good";
        if (s.state === "failure" || s.state === "error")
            return "bad";
    }
    return "unfinished";
}
function isFaulty(statusesNewestFirst) {
    return statusesNewestFirst.some((s) => s.description.startsWith(FAULTY_PREFIX));
}
/** Marks a deployment faulty: a `failure` status whose description starts with `faulty:`. */
async function markFaulty(gh, repo, deploymentId, reason, logUrl) {
    return setDeploymentStatus(gh, repo, deploymentId, {
        state: "failure",
        description: `${FAULTY_PREFIX} ${reason}`,
        logUrl,
    });
}
/**
 * Marks every earlier deployment of the environment whose newest status is `success` as `inactive`
 * (GitHub does this only for non-production environments). Returns the ids marked.
 */
async function markInactive(gh, repo, input) {
    const deployments = await listDeployments(gh, repo, {
        environment: input.environment,
        maxItems: input.maxScan ?? 30,
    });
    const marked = [];
    for (const d of deployments) {
        if (d.id === input.exceptId || d.id > input.exceptId)
            continue;
        const [latest] = await listDeploymentStatuses(gh, repo, d.id, 1);
        if (latest?.state !== "success")
            continue;
        await setDeploymentStatus(gh, repo, d.id, {
            state: "inactive",
            description: `superseded by deployment ${input.exceptId}`,
            logUrl: input.logUrl,
        });
        marked.push(d.id);
    }
    return marked;
}
/**
 * The last known good release: the newest deployment in `environment` (older than `olderThanId` when
 * given, and excluding `excludeIds`) that ended in success and was not later marked faulty. Scans at most
 * `maxScan` deployments (default 30): 1 + N API calls.
 */
async function lastKnownGood(gh, repo, input) {
    const deployments = await listDeployments(gh, repo, {
        environment: input.environment,
        maxItems: input.maxScan ?? 30,
    });
    for (const d of deployments) {
        if (input.olderThanId !== undefined && d.id >= input.olderThanId)
            continue;
        if (input.excludeIds?.includes(d.id))
            continue;
        const statuses = await listDeploymentStatuses(gh, repo, d.id);
        if (deploymentVerdict(statuses) === "good" && !isFaulty(statuses))
            return { deployment: d, statuses };
    }
    return undefined;
}
/** Parses a payload that may be an object or a JSON string; undefined when neither. */
function payloadObject(payload) {
    if (payload && typeof payload === "object" && !Array.isArray(payload))
        return payload;
    if (typeof payload === "string") {
        try {
            const v = JSON.parse(payload);
            return v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/github/git.js
// Branches and files through the API: a branch's head, a hotfix branch at a commit, a file committed to a
// branch (the incident report), and the repository's default branch.

async function defaultBranch(gh, repo) {
    const res = await gh.request("GET /repos/{owner}/{repo}", { ...repo });
    return String(res.data.default_branch);
}
/** The sha at the head of a branch; undefined when the branch does not exist. */
async function branchHead(gh, repo, branch) {
    try {
        const res = await gh.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
            ...repo,
            ref: `heads/${branch}`,
        });
        return String(res.data.object.sha);
    }
    catch (error) {
        if ((0,client.httpStatus)(error) === 404)
            return undefined;
        throw error;
    }
}
/** Creates `refs/heads/<branch>` at `sha`; `false` when it already exists (422). */
async function createBranch(gh, repo, branch, sha) {
    try {
        await gh.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/heads/${branch}`, sha });
        return true;
    }
    catch (error) {
        if ((0,client.httpStatus)(error) === 422 && /already exists/i.test(String(error.message)))
            return false;
        throw error;
    }
}
/** Commits a new file (or an update when `sha` of the current blob is given) to a branch. */
async function putFile(gh, repo, input) {
    const res = await gh.request("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...repo,
        path: input.path,
        message: input.message,
        content: Buffer.from(input.content, "utf8").toString("base64"),
        branch: input.branch,
        ...(input.sha ? { sha: input.sha } : {}),
    });
    return { commitSha: String(res.data.commit.sha), url: String(res.data.content?.html_url ?? "") };
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/github/pulls.js
// Pull requests: the one that brought a commit (merged, with approvals), the PR of a head sha (fork PRs
// included: workflow_run.pull_requests is empty for them), and opening one.

// biome-ignore lint/suspicious/noExplicitAny: API JSON
function toPullRequest(p) {
    return {
        number: p.number,
        title: p.title,
        url: p.html_url,
        state: p.state,
        merged: p.merged === true || Boolean(p.merged_at),
        mergeCommitSha: p.merge_commit_sha ?? null,
        headSha: p.head?.sha,
        headRef: p.head?.ref,
        headRepo: p.head?.repo?.full_name ?? undefined,
        baseRef: p.base?.ref,
        author: p.user?.login,
    };
}
/** The PR that brought `sha` to its branch: a merged PR whose merge commit (or head) is `sha`. 1 call. */
async function pullRequestForCommit(gh, repo, sha) {
    const res = await gh.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
        ...repo,
        commit_sha: sha,
        per_page: 100,
    });
    const prs = (res.data ?? []).map(toPullRequest);
    return (prs.find((p) => p.merged && p.mergeCommitSha === sha) ??
        prs.find((p) => p.merged) ??
        prs.find((p) => p.headSha === sha));
}
/** Reviews in order. */
async function listReviews(gh, repo, pullNumber) {
    // biome-ignore lint/suspicious/noExplicitAny: API JSON
    const items = await (0,client.paginate)(gh, "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        ...repo,
        pull_number: pullNumber,
    });
    return items.map((r) => ({
        user: r.user?.login ?? "",
        state: r.state,
        commitId: r.commit_id,
        submittedAt: r.submitted_at,
    }));
}
/**
 * Pure: the logins whose latest deciding review is APPROVED (a later CHANGES_REQUESTED or DISMISSED
 * cancels it; COMMENTED and PENDING do not decide).
 */
function approvers(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        if (r.state === "COMMENTED" || r.state === "PENDING")
            continue;
        latest.set(r.user, r.state);
    }
    return [...latest].filter(([, s]) => s === "APPROVED").map(([u]) => u);
}
async function approvingReviewers(gh, repo, pullNumber) {
    return approvers(await listReviews(gh, repo, pullNumber));
}
/**
 * The open PR whose head is `headSha`, for fork PRs too: lists PRs by `head=<owner>:<branch>` when the
 * head repository and branch are known (from workflow_run.head_repository / head_branch), else scans
 * open PRs (bounded). 1 call with the head known.
 */
async function findPullRequestByHead(gh, repo, input) {
    const params = { ...repo, state: input.state ?? "open" };
    if (input.headOwner && input.headBranch)
        params.head = `${input.headOwner}:${input.headBranch}`;
    const items = await paginate(gh, "GET /repos/{owner}/{repo}/pulls", params, {
        maxItems: input.maxScan ?? 300,
    });
    return items.map(toPullRequest).find((p) => p.headSha === input.headSha);
}
async function createPullRequest(gh, repo, input) {
    const res = await gh.request("POST /repos/{owner}/{repo}/pulls", { ...repo, ...input });
    return toPullRequest(res.data);
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/github/release-port.js
// The release engines' GitHub port (release/ports.ts ReleaseGitHub) over this folder's typed clients:
// retries and timeouts from the client, pagination, statuses within 140 characters, auto_merge off and
// explicit (empty) required_contexts — CI is a gate the engine evaluates itself, with evidence.




function releaseGitHub(gh, repo, opts = {}) {
    return {
        async listDeployments(environment) {
            const deployments = await listDeployments(gh, repo, { environment, maxItems: opts.historyLimit ?? 30 });
            return Promise.all(deployments.map(async (d) => ({
                id: d.id,
                sha: d.sha,
                environment: d.environment,
                createdAt: d.createdAt,
                payload: d.payload,
                statuses: (await listDeploymentStatuses(gh, repo, d.id, 30))
                    .sort((a, b) => b.id - a.id)
                    .map((s) => ({
                    state: s.state,
                    description: s.description,
                    createdAt: s.createdAt,
                })),
            })));
        },
        async createDeployment({ sha, environment, payload, description }) {
            const d = await createDeployment(gh, repo, {
                ref: sha,
                environment,
                payload: { schema: 1, ...payload },
                description,
                requiredContexts: [],
                productionEnvironment: environment === "production",
            });
            return { id: d.id };
        },
        async setDeploymentStatus(id, { state, description, logUrl, environment }) {
            await setDeploymentStatus(gh, repo, id, {
                state,
                description,
                logUrl,
                environment,
                autoInactive: false,
            });
        },
        async branchHead(branch) {
            const sha = await branchHead(gh, repo, branch);
            if (!sha)
                throw new Error(`branch ${branch} does not exist in ${repo.owner}/${repo.repo}`);
            return sha;
        },
        async pullRequestForCommit(sha) {
            const pr = await pullRequestForCommit(gh, repo, sha);
            if (!pr)
                return undefined;
            return {
                number: pr.number,
                title: pr.title,
                url: pr.url,
                merged: pr.merged,
                approvedBy: await approvingReviewers(gh, repo, pr.number),
            };
        },
        async commitChecks(sha) {
            const { checks } = await commitChecks(gh, repo, sha);
            return checks.map((c) => ({ name: c.name, state: c.state, ...(c.url ? { url: c.url } : {}) }));
        },
        async createBranch(branch, sha) {
            await createBranch(gh, repo, branch, sha);
        },
        async proposeFile({ base, branch, path, content, title, body }) {
            const head = await branchHead(gh, repo, base);
            if (!head)
                throw new Error(`base branch ${base} does not exist`);
            await createBranch(gh, repo, branch, head);
            await putFile(gh, repo, { path, content, message: title, branch });
            return (await createPullRequest(gh, repo, { title, head: branch, base, body })).url;
        },
    };
}


/***/ })

};
