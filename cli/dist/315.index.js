export const id = 315;
export const ids = [315];
export const modules = {

/***/ 315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ../packages/ops-core/dist/github/client.js
// The GitHub client: a narrow port (`request(route, params)`, the shape of octokit.request) that every
// typed client in this folder takes, and the factory that builds it over @actions/github — loaded lazily
// so bundles that never call GitHub do not pay for octokit. The factory adds what octokit lacks here: a
// timeout on every request (AbortSignal), bounded retries with backoff and full jitter for idempotent
// requests (GET/HEAD) on 5xx and network errors, the token masked before anything can print it, and
// errors mapped to the action taxonomy (transient / configuration).

function parseRepo(fullName) {
    const [owner, repo, extra] = fullName.split("/");
    if (!owner || !repo || extra !== undefined) {
        throw new ConfigurationError(`repository must be "owner/name", got "${fullName}"`, {
            input: "repository",
        });
    }
    return { owner, repo };
}
/** The HTTP status of an error thrown by octokit (RequestError) or by a fake; undefined for network errors. */
function client_httpStatus(error) {
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
                    throw new CancelledError(`GitHub request cancelled: ${route}`);
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
                        throw new CancelledError(`GitHub request cancelled: ${route}`);
                    const status = client_httpStatus(error);
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
    const status = client_httpStatus(error);
    const msg = apiMessage(error);
    const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
    let mapped;
    if (status === undefined || status >= 500 || status === 429) {
        const what = status ? `HTTP ${status}` : error?.name === "TimeoutError" ? "timed out" : msg;
        mapped = new TransientError(`GitHub API ${route} failed${tries}: ${what}`, { cause: error });
    }
    else if (status === 401) {
        mapped = new ConfigurationError(`GitHub rejected the token (401 ${msg}) for ${route}`, {
            input: "token",
            cause: error,
        });
    }
    else if (status === 403 && /not accessible by integration|permission/i.test(msg)) {
        mapped = new ConfigurationError(`the token lacks a permission for ${route} (403 ${msg}); add it under \`permissions:\` in the workflow`, { input: "token", cause: error });
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
        throw new ConfigurationError("a GitHub token is required", { input: "token" });
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ../packages/ops-core/dist/github/logs.js
// A job's log: the API answers 302 to a short-lived URL; we take the Location without following it and
// stream the body from there with a byte cap, so a 200 MB log never sits in memory.



/** The short-lived URL of a job's log (1 API call); undefined when the log is gone (404/410). */
async function jobLogUrl(gh, repo, jobId) {
    try {
        const res = await gh.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
            ...repo,
            job_id: jobId,
            request: { redirect: "manual" },
        });
        const loc = res.headers.location;
        if (typeof loc === "string" && loc)
            return loc;
        throw new Error(`job ${jobId} logs: expected a redirect, got HTTP ${res.status}`);
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 404 || status === 410)
            return undefined;
        throw error;
    }
}
/**
 * Streams a job's log with a byte cap. Returns undefined when GitHub has no log for the job (expired or
 * never written). The download has its own timeout (default 60 s) and follows the run's signal.
 */
async function downloadJobLog(gh, repo, jobId, opts = {}) {
    const url = await jobLogUrl(gh, repo, jobId);
    if (!url)
        return undefined;
    return logs_streamUrl(url, opts);
}
/** Streams a URL's body with a byte cap (job logs, artifact zips; exported for the CLI and tests). */
async function logs_streamUrl(url, opts = {}) {
    const maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
    const signals = [AbortSignal.timeout(opts.timeoutMs ?? 60_000), ...(opts.signal ? [opts.signal] : [])];
    const doFetch = opts.fetch ?? ((u, init) => fetch(u, init));
    const res = await doFetch(url, { signal: AbortSignal.any(signals), redirect: "follow" });
    if (!res.ok || !res.body) {
        const what = opts.what ?? "job log";
        throw new TransientError(`${what} download failed: HTTP ${res.status} from the ${what} storage URL`);
    }
    let total = 0;
    let cut = false;
    const body = Readable.fromWeb(res.body);
    async function* capped() {
        try {
            for await (const chunk of body) {
                const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
                if (total + buf.length > maxBytes) {
                    const room = maxBytes - total;
                    if (room > 0)
                        yield buf.subarray(0, room);
                    total = maxBytes;
                    cut = true;
                    return;
                }
                total += buf.length;
                yield buf;
            }
        }
        finally {
            body.destroy();
        }
    }
    return { chunks: capped(), truncated: () => cut, bytes: () => total };
}
/** Reads a whole (capped) log into a string: for small logs and tests only. */
async function readAll(log) {
    const parts = [];
    for await (const c of log.chunks)
        parts.push(c);
    return Buffer.concat(parts).toString("utf8");
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/github/artifacts.js
// A workflow run's artifacts: the list (one call, up to 100), one artifact's zip (one call answering 302 to
// a short-lived storage URL, fetched WITHOUT the token, with a timeout and a byte cap, like job logs), and
// its entries unzipped in memory with fflate, bounded against zip bombs: the entry count, each entry's and
// the total uncompressed bytes are counted while inflating (headers can lie), so inflation stops at the cap.
// Nothing from an artifact is ever run: callers get bytes.




/** An artifact that cannot be read (gone, too large, not a zip, a bomb); the message says which. */
class artifacts_ArtifactError extends (/* unused pure expression or super */ null && (Error)) {
    name = "ArtifactError";
}
/** The artifacts of a run (1 API call: the first 100, newest first as the API gives them). */
async function listRunArtifacts(gh, repo, runId) {
    const res = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
        ...repo,
        run_id: runId,
        per_page: 100,
    });
    // biome-ignore lint/suspicious/noExplicitAny: API JSON, narrowed field by field
    const list = (res.data?.artifacts ?? []);
    return list.map((a) => ({
        id: Number(a.id),
        name: String(a.name ?? ""),
        sizeInBytes: Number(a.size_in_bytes ?? 0),
        expired: a.expired === true,
        createdAt: String(a.created_at ?? ""),
    }));
}
const ARTIFACT_MAX_BYTES = (/* unused pure expression or super */ null && (20 * 1024 * 1024));
/** An artifact's zip: 1 API call (the redirect) and the storage download, capped. */
async function downloadArtifactZip(gh, repo, artifact, opts = {}) {
    const maxBytes = opts.maxBytes ?? ARTIFACT_MAX_BYTES;
    if (artifact.expired)
        throw new artifacts_ArtifactError("expired: GitHub no longer keeps it");
    if (artifact.sizeInBytes > maxBytes)
        throw new artifacts_ArtifactError(`${mib(artifact.sizeInBytes)} is over the ${mib(maxBytes)} limit; not downloaded`);
    let location;
    try {
        const res = await gh.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
            ...repo,
            artifact_id: artifact.id,
            archive_format: "zip",
            request: { redirect: "manual" },
        });
        location = res.headers.location;
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 410 || status === 404)
            throw new artifacts_ArtifactError(`gone (HTTP ${status})`);
        throw error;
    }
    if (typeof location !== "string" || location === "")
        throw new artifacts_ArtifactError("the API gave no download URL (expected a redirect)");
    const body = await streamUrl(location, {
        maxBytes: maxBytes + 1,
        timeoutMs: opts.timeoutMs ?? 60_000,
        what: "artifact",
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
    const parts = [];
    for await (const chunk of body.chunks)
        parts.push(chunk);
    if (body.truncated() || body.bytes() > maxBytes)
        throw new artifacts_ArtifactError(`the download is over the ${mib(maxBytes)} limit; not read`);
    return new Uint8Array(Buffer.concat(parts));
}
/** Slices pushed to the inflater: a bomb overshoots the cap by at most what one slice inflates to. */
const SLICE = (/* unused pure expression or super */ null && (16 * 1024));
/**
 * The entries of a zip whose names `keep` accepts, inflated in memory within the limits. Throws
 * ArtifactError for something that is not a zip, a corrupt one, too many entries or too many bytes.
 */
function artifacts_unzipEntries(zip, keep, limits = {}) {
    const maxEntries = limits.maxEntries ?? 2_000;
    const maxEntry = limits.maxEntryBytes ?? 32 * 1024 * 1024;
    const maxTotal = limits.maxTotalBytes ?? 64 * 1024 * 1024;
    if (zip.length < 4 || zip[0] !== 0x50 || zip[1] !== 0x4b || (zip[2] !== 3 && zip[2] !== 5))
        throw new artifacts_ArtifactError("not a zip archive");
    const entries = [];
    const skipped = [];
    let count = 0;
    let total = 0;
    let stop;
    const unzip = new Unzip((file) => {
        count++;
        if (count > maxEntries) {
            stop = `more than ${maxEntries} entries (a zip bomb?)`;
            return;
        }
        if (file.name.endsWith("/") || !keep(file.name))
            return; // never inflated
        if (file.originalSize !== undefined && file.originalSize > maxEntry) {
            skipped.push(`${file.name}: ${mib(file.originalSize)} uncompressed is over the ${mib(maxEntry)} limit`);
            return;
        }
        const parts = [];
        let size = 0;
        file.ondata = (error, chunk, final) => {
            if (stop)
                return;
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
            if (final)
                entries.push({ name: file.name, data: concat(parts, size) });
        };
        file.start();
    });
    unzip.register(UnzipInflate);
    try {
        for (let i = 0; i < zip.length && !stop; i += SLICE)
            unzip.push(zip.subarray(i, i + SLICE), i + SLICE >= zip.length);
    }
    catch (error) {
        stop ??= `corrupt zip: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (stop)
        throw new artifacts_ArtifactError(stop);
    if (count === 0)
        throw new artifacts_ArtifactError("corrupt zip: no entries found");
    return { entries, skipped };
}
function concat(parts, size) {
    if (parts.length === 1 && parts[0])
        return parts[0];
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/** Case-insensitive glob match of an artifact name against any of the patterns (`*junit*`). */
function artifacts_artifactNameMatches(name, patterns) {
    const n = name.toLowerCase();
    return patterns.some((p) => matchesGlob(n, p.toLowerCase()));
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MiB`;
}
/** The triage's TestReportSource over the API: the list, and each zip downloaded within the caps. */
function gitHubTestReportSource(gh, repo, opts = {}) {
    return {
        listArtifacts: (runId) => listRunArtifacts(gh, repo, runId),
        downloadArtifact: (artifact) => downloadArtifactZip(gh, repo, artifact, opts),
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/advice.js
var advice = __webpack_require__(8148);
// EXTERNAL MODULE: ../packages/ops-core/dist/triage/junit-report.js
var junit_report = __webpack_require__(1729);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/junit-artifacts.js
// Test reports from a failed run's artifacts: which artifacts are test reports (name patterns), which failed
// job each belongs to (its name in the artifact's, else the failing tests the log named, else the only
// failed job), reading them within the API budget (1 list + at most MAX_REPORT_ARTIFACTS downloads), and
// merging them into the job's triage: the report's exact test ids, messages and file:line replace the
// log's guesses, the reproduce command narrows to those tests, and the summary names the artifact. When a
// run has no report, or a report cannot be read (corrupt zip, too large, a DTD), the log stays the source
// and a note says why. Pure over the TestReportSource port.



const DEFAULT_REPORT_PATTERNS = (/* unused pure expression or super */ null && (["*junit*", "*test-results*", "*test-report*"]));
/**
 * Artifact name globs as given (the `test-report-artifacts` input), checked: `*` and `?` wildcards and the
 * characters artifact names may hold (upload-artifact refuses `" : < > | \\ /` and control characters).
 * Throws an Error saying which pattern is wrong; none given → the defaults.
 */
function reportPatterns(list) {
    if (list.length === 0)
        return [...DEFAULT_REPORT_PATTERNS];
    for (const p of list) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
        if (p.length > 200 || /[":<>|\\/\u0000-\u001f]/.test(p))
            throw new Error(`${JSON.stringify(p.slice(0, 60))} is not an artifact name pattern: use the name with * and ? wildcards (no " : < > | \\ /)`);
    }
    return [...list];
}
/** Artifacts downloaded per run at most (the API budget's K). */
const MAX_REPORT_ARTIFACTS = 3;
/** Lower-case words of a job or artifact name (`Test (3.12)` → `test-3-12`). */
function slug(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
}
/**
 * The failed job whose name the artifact's name holds (the longest such name), else the one matrix job
 * whose matrix values do (`test (3.12)` → `junit-3.12`), if any.
 */
function jobByName(artifact, jobs) {
    const a = `-${slug(artifact)}-`;
    let best;
    for (const j of jobs) {
        const s = slug(j.name);
        if (s !== "" && a.includes(`-${s}-`) && (!best || s.length > slug(best.name).length))
            best = j;
    }
    if (best)
        return best;
    const byMatrix = jobs.filter((j) => {
        const values = slug(/\(([^)]*)\)\s*$/.exec(j.name)?.[1] ?? "");
        return values !== "" && a.includes(`-${values}-`);
    });
    return byMatrix.length === 1 ? byMatrix[0] : undefined;
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Reads the test-report artifacts of a run and ties each to a failed job. `logTests` are the tests each
 * job's log named (to tie a report by its failing tests when its name says nothing).
 */
async function readTestReports(runId, failed, logTests, source, opts) {
    const out = { byJob: new Map(), notes: [], calls: 0 };
    if (failed.length === 0 || opts.patterns.length === 0)
        return out;
    let listed;
    try {
        out.calls++;
        listed = await source.listArtifacts(runId);
    }
    catch (error) {
        out.notes.push(`test reports: the run's artifacts could not be listed (${message(error)}); the logs were used`);
        return out;
    }
    // the newest artifact per name (a re-run uploads again), test reports only
    const seen = new Set();
    const candidates = [...listed]
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
        .filter((a) => artifactNameMatches(a.name, opts.patterns) && !seen.has(a.name) && seen.add(a.name));
    if (candidates.length === 0)
        return out;
    const expired = candidates.filter((a) => a.expired);
    for (const a of expired)
        out.notes.push(`test report artifact "${a.name}" has expired; the log was used`);
    const live = candidates.filter((a) => !a.expired);
    // Artifacts named after a failed job first; the others only matter when some job has none.
    const named = live.filter((a) => jobByName(a.name, failed));
    const covered = new Set(named.map((a) => jobByName(a.name, failed)?.id));
    const wanted = failed.some((j) => !covered.has(j.id))
        ? [...named, ...live.filter((a) => !named.includes(a))]
        : named;
    const max = opts.maxArtifacts ?? MAX_REPORT_ARTIFACTS;
    const chosen = wanted.slice(0, max);
    if (wanted.length > max)
        out.notes.push(`test reports: ${wanted.length - max} more artifact(s) not read (${wanted
            .slice(max)
            .map((a) => `"${a.name}"`)
            .join(", ")}): at most ${max} per run (API budget)`);
    for (const artifact of chosen) {
        const files = await readArtifact(artifact, source, out);
        if (files.length === 0)
            continue;
        const job = tieToJob(artifact.name, files, failed, logTests);
        if (!job) {
            out.notes.push(`test report artifact "${artifact.name}" matches no failed job (by name, tests, or a single failed job): not used`);
            continue;
        }
        const list = out.byJob.get(job.job.id) ?? [];
        for (const f of files)
            list.push({ ...f, matchedBy: job.by });
        out.byJob.set(job.job.id, list);
    }
    return out;
}
async function readArtifact(artifact, source, out) {
    let zip;
    try {
        out.calls++;
        zip = await source.downloadArtifact(artifact);
    }
    catch (error) {
        out.notes.push(`test report artifact "${artifact.name}" not read: ${message(error)}; the log was used`);
        return [];
    }
    let entries;
    try {
        entries = unzipEntries(zip, (name) => /\.xml$/i.test(name));
    }
    catch (error) {
        const why = error instanceof ArtifactError ? error.message : `unreadable (${message(error)})`;
        out.notes.push(`test report artifact "${artifact.name}" not read: ${why}; the log was used`);
        return [];
    }
    for (const s of entries.skipped)
        out.notes.push(`test report artifact "${artifact.name}": ${s}`);
    if (entries.entries.length === 0) {
        out.notes.push(`test report artifact "${artifact.name}" holds no .xml file; the log was used`);
        return [];
    }
    const files = [];
    for (const e of entries.entries) {
        try {
            const xml = new TextDecoder("utf-8", { fatal: false }).decode(e.data);
            files.push({ artifact: artifact.name, file: e.name, report: parseJunitReport(xml) });
        }
        catch (error) {
            const why = error instanceof JunitReportError ? error.message : `unreadable (${message(error)})`;
            out.notes.push(`test report "${artifact.name}/${e.name}" not read: ${why}`);
        }
    }
    return files;
}
function tieToJob(artifact, files, failed, logTests) {
    const byName = jobByName(artifact, failed);
    if (byName)
        return { job: byName, by: "name" };
    const ids = new Set(files.flatMap((f) => failingCases(f.report).flatMap((c) => [c.id, c.name])));
    const byTests = failed.filter((j) => (logTests.get(j.id) ?? []).some((t) => ids.has(t) || [...ids].some((i) => i !== "" && t.endsWith(i))));
    if (byTests.length === 1 && byTests[0])
        return { job: byTests[0], by: "tests" };
    if (failed.length === 1 && failed[0])
        return { job: failed[0], by: "only failed job" };
    return undefined;
}
const MAX_TESTS = 50;
const MAX_LOCATIONS = 30;
/**
 * Merges a job's test reports into its triage (in place) and says what was used. Failing tests of the
 * reports take the lead: their ids, messages and locations first, the log's after; when the log's cause is
 * a test failure (or the log said nothing), the summary, tool and reproduce command come from the report.
 */
function mergeTestReports(result, files, logUnavailable) {
    const used = [];
    const byArtifact = new Map();
    for (const f of files)
        byArtifact.set(f.artifact, [...(byArtifact.get(f.artifact) ?? []), f]);
    for (const [artifact, list] of byArtifact) {
        const sum = (k) => list.reduce((n, f) => n + f.report[k], 0);
        used.push({
            artifact,
            files: list.map((f) => f.file),
            tool: list[0]?.report.tool ?? "unknown",
            tests: sum("tests"),
            failures: sum("failures"),
            errors: sum("errors"),
            skipped: sum("skipped"),
            flaky: sum("flaky"),
            matchedBy: list[0]?.matchedBy ?? "name",
        });
    }
    const failing = [];
    const seen = new Set();
    for (const f of files)
        for (const c of f.report.problems) {
            if (c.outcome === "flaky") {
                if (!result.details.flakyHints.includes(c.id))
                    result.details.flakyHints.push(c.id);
                continue;
            }
            if (seen.has(c.id))
                continue;
            seen.add(c.id);
            failing.push({ ...c, artifact: f.artifact, reportFile: f.file, tool: f.report.tool });
        }
    // jest-junit and mocha-junit-reporter join describe titles with spaces; where the log named the same test
    // with its separators (`file > describe > test`), keep the log's clearer form
    // (the same test named without its file, or the bare file, is dropped: the report's id says both)
    const joined = (id) => id.replace(/\s+(?:>|›)\s+/g, " ");
    let logTests = [...result.tests];
    for (const c of failing) {
        if (c.tool !== "jest" && c.tool !== "mocha")
            continue;
        const same = logTests.find((t) => t !== c.id && joined(t) === joined(c.id));
        if (same)
            c.id = same;
        logTests = logTests.filter((t) => t === c.id || (joined(t) !== joined(c.name) && t !== c.file));
    }
    const first = failing[0];
    if (!first)
        return used;
    result.tests = unique([...failing.map((c) => c.id), ...logTests]).slice(0, MAX_TESTS);
    result.locations = unique([...failing.flatMap((c) => c.locations.slice(0, 1)), ...result.locations]).slice(0, MAX_LOCATIONS);
    result.evidence = unique([
        ...failing.slice(0, 5).map((c) => `${c.artifact || c.reportFile}: ${c.id}: ${c.message}`),
        ...result.evidence,
    ]);
    const leads = logUnavailable || result.category === "test_failure" || result.category === "other";
    if (!leads)
        return used;
    const tool = first.tool;
    const sameTool = failing.filter((c) => c.tool === tool);
    const n = failing.length;
    if (result.category !== "test_failure") {
        // the log said nothing (or was unreadable): the runbook's advice for a test failure
        result.fix = (0,advice/* adviceFor */.c)({
            category: "test_failure",
            primary: undefined,
            count: n,
            tests: failing.map((c) => c.id),
            locations: [],
            diagnostics: [],
            facts: {},
            cancelled: false,
        }).fix;
    }
    result.category = "test_failure";
    if (tool !== "unknown")
        result.tool = tool;
    // one annotation per failing test, with its own message
    result.details.diagnostics = [
        ...failing.flatMap((c) => {
            const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(c.locations[0] ?? "");
            if (!m)
                return [];
            return [
                {
                    path: m[1] ?? "",
                    line: Number(m[2]),
                    ...(m[3] ? { column: Number(m[3]) } : {}),
                    message: `${c.id}: ${c.message}`,
                    category: "test_failure",
                },
            ];
        }),
        ...result.details.diagnostics,
    ];
    result.summary = `${n} failing test${n === 1 ? "" : "s"}: ${first.id}${first.message ? ` — ${first.message}` : ""} (JUnit report ${first.artifact ? `in artifact "${first.artifact}"` : `"${first.reportFile}"`})`;
    result.reproduce = (0,junit_report/* reproduceCommand */.nB)(tool, sameTool) ?? result.reproduce;
    return used;
}
function unique(list) {
    return [...new Set(list)];
}

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/scanner.js + 2 modules
var scanner = __webpack_require__(2476);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/junit-file.js
// `ops triage report.xml`: a JUnit XML report read from a local file gives the same triage as one from a
// run's artifact (exact tests, messages, file:line, the tool, the narrowed reproduce command). The file is
// size-checked before it is read, parsed as data (junit-report.ts), never run.




/** A path that names a JUnit XML report rather than a log. */
function isJunitPath(path) {
    return /\.xml$/i.test(path);
}
/** The triage of a JUnit report's text; `file` names it in the summary. Throws when it is not readable. */
function triageJunitXml(xml, file) {
    const report = (0,junit_report/* parseJunitReport */.GR)(xml);
    const result = new scanner/* TriageScanner */.d4({}).end();
    mergeTestReports(result, [{ artifact: "", file, report }], true);
    if (result.category === "test_failure")
        result.details.rule = "junit.failure";
    else
        result.summary = `JUnit report "${file}": ${report.tests} tests, none failed${report.flaky ? ` (${report.flaky} passed on a rerun)` : ""}`;
    return result;
}
async function triageJunitFile(path, label = path) {
    const { size } = await (0,promises_.stat)(path);
    if (size > junit_report/* JUNIT_MAX_CHARS */.mA)
        throw new Error(`${label} is larger than ${junit_report/* JUNIT_MAX_CHARS */.mA / 1024 / 1024} MiB`);
    return triageJunitXml(await (0,promises_.readFile)(path, "utf8"), label);
}

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/triage.js
var triage = __webpack_require__(276);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/types.js
// The triage report model: what `ops triage --json` prints per file, and what the action renders.
const CATEGORIES = (/* unused pure expression or super */ null && ([
    "mypy",
    "ruff",
    "test_failure",
    "import_error",
    "timeout",
    "coverage_drop",
    "flaky",
    "typescript",
    "eslint",
    "dependency_install",
    "oom",
    "infrastructure",
    "other",
]));
function toJson(file, r) {
    return {
        file,
        category: r.category,
        summary: r.summary,
        locations: r.locations,
        tests: r.tests,
        fix: r.fix,
        reproduce: r.reproduce,
        evidence: r.evidence,
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/cli/args.js
var cli_args = __webpack_require__(5563);
;// CONCATENATED MODULE: ../packages/ops-core/dist/cli/commands/triage.js
// `ops triage FILE... [--json]`: classify CI failure logs (raw API job logs, `gh run view --log-failed`
// output, or pasted logs). With --json: one JSON array, one object per file, in order (ARCHITECTURE.md).
// Exit codes: 0 when no file shows a failure, 1 when at least one does (the JSON is printed either way),
// 2 for bad usage or an unreadable file.






const HELP = `usage: ops triage FILE... [--json]

Reads CI failure logs (raw job logs from the API, \`gh run view --log-failed\` output, or pasted text; "-"
reads standard input), or JUnit XML test reports (FILE.xml: pytest --junitxml, jest-junit, vitest, go,
nextest, surefire; parsed, never run) and prints, per file: the category of the first real cause, a summary, the
locations (path:line[:col]), failing tests, the likely fix and a command to reproduce it.

  --json   one JSON array, one object per file, in order:
           {file, category, summary, locations, tests, fix, reproduce, evidence}

Exit status: 0 no failure found, 1 a failure was found in at least one file, 2 bad usage.
`;
async function run(argv, io) {
    const args = (0,cli_args/* parseCommandArgs */.Q)(argv, { json: { type: "boolean" } });
    if (args.help) {
        io.stdout(HELP);
        return 0;
    }
    if (args.positionals.length === 0)
        throw new errors/* ConfigurationError */.j1("give at least one log FILE (or - for stdin)");
    const json = args.values.json === true;
    const results = [];
    let failures = 0;
    for (const file of args.positionals) {
        let r;
        try {
            const path = resolvePath(io.cwd, file);
            r =
                file === "-"
                    ? await triageStdin()
                    : isJunitPath(file)
                        ? await triageJunitFile(path, file) // a JUnit XML report: its exact tests
                        : await (0,triage/* triageFile */.Z)(path);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot read ${file}: ${error.message}`);
        }
        if (r.details.rule !== "none")
            failures++;
        const j = toJson(file, r);
        results.push(j);
        if (!json)
            io.stdout(human(j, r.details.step));
    }
    if (json)
        io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return failures > 0 ? 1 : 0;
}
async function triageStdin() {
    const { triageStream } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 276));
    return triageStream(process.stdin);
}
function resolvePath(cwd, file) {
    return file.startsWith("/") ? file : `${cwd}/${file}`;
}
function human(j, step) {
    const out = [`${(0,safe_text/* inertLine */.Fq)(j.file)}: ${j.category}`, `  ${(0,safe_text/* inertLine */.Fq)(j.summary)}`];
    if (step)
        out.push(`  step: ${(0,safe_text/* inertLine */.Fq)(step)}`);
    if (j.locations.length > 0)
        out.push(`  locations: ${j.locations.slice(0, 10).map(safe_text/* inertLine */.Fq).join(", ")}`);
    if (j.tests.length > 0)
        out.push(`  tests: ${j.tests.slice(0, 10).map(safe_text/* inertLine */.Fq).join(", ")}`);
    out.push(`  fix: ${(0,safe_text/* inertLine */.Fq)(j.fix)}`, `  reproduce: ${(0,safe_text/* inertLine */.Fq)(j.reproduce)}`);
    for (const e of j.evidence.slice(0, 5))
        out.push(`  | ${(0,safe_text/* inertLine */.Fq)(e)}`);
    return `${out.join("\n")}\n\n`;
}


/***/ }),

/***/ 8148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ adviceFor)
/* harmony export */ });
/* unused harmony export testCommand */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5438);
// The runbook's §3 table as code: for the first real cause, a one-line summary, the likely cause and fix,
// and a command to reproduce it locally. Commands are for display (quoted for a POSIX shell), never run.

function uniqueFiles(diagnostics, max = 5) {
    const out = [];
    for (const d of diagnostics)
        if (!out.includes(d.path) && out.length < max)
            out.push(d.path);
    return out;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function first(list) {
    return list[0];
}
/** How to run one failing test, by the shape of its id. */
function testCommand(id) {
    if (id.includes("::"))
        return `pytest ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(id)}`;
    const js = /^(\S+\.[cm]?[jt]sx?) > (.+)$/.exec(id);
    if (js) {
        const name = (js[2] ?? "").split(" > ").pop() ?? "";
        return `npx vitest run ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(js[1] ?? "")} -t ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(name)}`;
    }
    if (/^Test[A-Z0-9_]\w*(\/\S+)?$/.test(id))
        return `go test ./... -run ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(`^${id.split("/")[0]}$`)}`;
    if (/\.py$/.test(id))
        return `pytest ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(id)}`;
    if (id.includes(" › "))
        return `npx jest -t ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(id.split(" › ").pop() ?? id)}`;
    if (/^[\w./-]+$/.test(id))
        return `python test/run_test.py -i ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(id)}`;
    return `# run the test: ${id}`;
}
function adviceFor(a) {
    const p = a.primary;
    const msg = p?.message ?? "";
    const loc = first(a.locations);
    const at = loc ? ` at ${loc}` : "";
    const files = uniqueFiles(a.diagnostics);
    const fileArgs = files.length > 0 ? files.map(_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7).join(" ") : ".";
    switch (a.category) {
        case "mypy":
            return {
                summary: `mypy: ${plural(a.count, "type error")}${at}: ${msg}`,
                fix: "Fix the type errors shown. If they appear only in CI, CI runs `mypy --strict` (and its own config): run it locally with the same flags, then annotate or narrow the types rather than ignoring them.",
                reproduce: `mypy --strict ${fileArgs}`,
            };
        case "ruff": {
            const format = a.facts.formatter === "ruff" || a.facts.formatter === "black";
            return {
                summary: format ? `formatting: ${msg}` : `ruff: ${plural(a.count, "lint error")}${at}: ${msg}`,
                fix: format
                    ? "Run `make fmt` (ruff format / black) and commit the result."
                    : "Run `make fmt` (ruff check --fix, ruff format) and fix what remains by hand; commit the result.",
                reproduce: format ? `ruff format --check ${fileArgs}` : `ruff check ${fileArgs}`,
            };
        }
        case "typescript":
            return {
                summary: `TypeScript: ${plural(a.count, "type error")}${at}: ${msg}`,
                fix: "Fix the type errors shown (the error code names the rule). Run the same `tsc` command as CI; a different TypeScript version or tsconfig locally explains errors seen only in CI.",
                reproduce: "npx tsc --noEmit -p tsconfig.json",
            };
        case "eslint":
            return {
                summary: `ESLint: ${plural(a.count, "problem")}${at}: ${msg}`,
                fix: "Fix the lint problems (the rule name is given); `npx eslint --fix` fixes the mechanical ones.",
                reproduce: `npx eslint ${fileArgs}`,
            };
        case "test_failure": {
            const t = first(a.tests);
            const n = a.tests.length;
            return {
                summary: `${n > 0 ? plural(n, "failing test") : "tests failed"}: ${t && !msg.startsWith(t) ? `${t} — ` : ""}${msg}`,
                fix: "Read the assertion and the location; fix the code or the test. If it passes locally, look for order dependence or shared state (`pytest -p random_order --random-order`) or flakiness (`pytest --count=10`), and for time- or environment-dependent assertions.",
                reproduce: t ? testCommand(t) : "pytest -x",
            };
        }
        case "import_error": {
            const conflict = a.facts.conflictMarkers === "yes";
            const t = first(a.tests);
            return {
                summary: `import error${at}: ${msg}`,
                fix: conflict
                    ? "A merge-conflict marker (<<<<<<< / >>>>>>>) was committed: resolve the conflict in the file named and commit."
                    : "A module could not be imported: check the dependency is declared in `pyproject.toml` (or requirements) and installed in CI, the package layout and paths (`PYTHONPATH`, `packages`/`src` layout), and that installed and source versions agree.",
                reproduce: t && /\.py$/.test(t)
                    ? `pytest --collect-only ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(t)}`
                    : loc
                        ? `python -X importtime -c 'import …'  # module failing at ${loc}`
                        : "pytest --collect-only -q",
            };
        }
        case "timeout": {
            const limit = a.facts.limit !== undefined ? ` (limit ${a.facts.limit})` : "";
            const t = first(a.tests);
            return {
                summary: `timeout${limit}: ${msg || `the job ended as ${a.conclusion ?? "timed out"}`}`,
                fix: "Something ran past its time limit: slow tests or a deadlock/hang. Find the last test or command that started (timestamps jump), profile it (`pytest --durations=20`), fix the hang; raise the limit only if the work really grew.",
                reproduce: t ? `timeout 30m ${testCommand(t)}` : "pytest --durations=20 -x",
            };
        }
        case "coverage_drop":
            return {
                summary: `coverage below the gate: ${msg}`,
                fix: `Add tests for the new or changed code (the coverage report's Missing column lists the lines); do not lower the threshold${a.facts.required !== undefined ? ` (${a.facts.required})` : ""} to pass.`,
                reproduce: `pytest --cov --cov-report=term-missing${a.facts.required !== undefined ? ` --cov-fail-under=${String(a.facts.required).replace("%", "")}` : ""}`,
            };
        case "dependency_install":
            return {
                summary: `dependency installation failed: ${msg}`,
                fix: /lock|in sync/i.test(msg)
                    ? "The lock file is out of sync with the manifest: run `npm install` (or the package manager's lock command) and commit the updated lock file."
                    : "A dependency could not be resolved, downloaded or built: check the version pins and lock file, the package index, and native build prerequisites named in the log (env vars, system libraries).",
                reproduce: /npm|package-lock|EUSAGE|ERESOLVE/i.test(msg)
                    ? "npm ci"
                    : /pnpm/i.test(msg)
                        ? "pnpm install --frozen-lockfile"
                        : "pip install -r requirements.txt  # or: pip install -e .",
            };
        case "oom":
            return {
                summary: `out of memory${at}: ${msg}`,
                fix: "The process ran out of memory (exit 137 is the OOM killer's SIGKILL). Reduce parallelism or batch sizes, fix leaks, or use a larger runner; for Node raise `--max-old-space-size` only knowingly.",
                reproduce: "/usr/bin/time -v <the failing command>  # watch 'Maximum resident set size'",
            };
        case "infrastructure":
            return {
                summary: `infrastructure: ${msg}`,
                fix: "Nothing in the code: the runner, GitHub or the network failed. Re-run the failed jobs; if it repeats, check GitHub status, runner capacity, rate limits and disk space.",
                reproduce: "gh run rerun <run-id> --failed",
            };
        case "flaky":
            return {
                summary: `flaky: ${msg}`,
                fix: "The same commit both failed and passed: a flaky test or environment. Re-run, then make it deterministic (shared state, ordering, time, network) — track it rather than ignore it.",
                reproduce: first(a.tests)
                    ? `pytest --count=10 -p random_order ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(first(a.tests) ?? "")}`
                    : "pytest --count=10 --random-order",
            };
        default: {
            if (a.cancelled)
                return {
                    summary: `cancelled: ${msg || "the job was cancelled"} — no failure of its own in the log (a newer push, a manual cancel, or a limit)`,
                    fix: "Nothing to fix in the code from this log: it only shows a cancellation. Check the run's conclusion (cancelled vs timed out) and re-run if needed.",
                    reproduce: "gh run rerun <run-id> --failed",
                };
            if (a.facts.formatter === "prettier")
                return {
                    summary: msg,
                    fix: "Run `npx prettier --write .` and commit the result.",
                    reproduce: "npx prettier --check .",
                };
            return {
                summary: p ? `${msg}${at}` : "no known failure pattern found in the log",
                fix: p
                    ? "Read the evidence lines and the step's log around them."
                    : "Open the job log; no rule recognised the failure.",
                reproduce: "gh run view <run-id> --log-failed",
            };
        }
    }
}


/***/ }),

/***/ 2476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d4: () => (/* binding */ TriageScanner)
});

// UNUSED EXPORTS: MAX_LINE_CHARS, PREFILTER_SOURCES

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/advice.js
var triage_advice = __webpack_require__(8148);
// EXTERNAL MODULE: ../packages/ops-core/dist/triage/paths.js
var paths = __webpack_require__(5438);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/reader.js
// The log reader: bytes or text in, normalized lines out, in bounded memory. It accepts the three shapes a
// CI log comes in and makes them look alike:
//   - raw job logs from the API: a UTF-8 BOM, every line `2024-01-01T00:00:00.0000000Z text`, ANSI codes,
//     `##[group]` / `##[endgroup]` / `##[error]` markers; continuation lines of a multi-line `##[error]`
//     carry no timestamp;
//   - `gh run view --log-failed`: `job<TAB>step<TAB>timestamp text` (gh prints ESC as a literal `^[`);
//   - plain pasted logs (no timestamp, maybe ANSI).
// A line longer than MAX_LINE_CHARS is cut (the rest is counted, never held): hostile input cannot make the
// reader, or the regular expressions after it, do more than linear work.
/** Characters of one line kept for matching; the rest of a longer line is dropped (and counted). */
const MAX_LINE_CHARS = 4096;
const BOM = "\ufeff";
function isDigit(c) {
    return c >= 48 && c <= 57;
}
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
/**
 * Length of a GitHub timestamp prefix `YYYY-MM-DDTHH:MM:SS[.fffffff]Z ` at `at` (including the space), or 0.
 * Checked by character codes: no regular expression, constant work for a non-match.
 */
function timestampLength(s, at = 0) {
    if (s.length < at + 21)
        return 0;
    const c = (i) => s.charCodeAt(at + i);
    for (const i of DIGIT_POSITIONS)
        if (!isDigit(c(i)))
            return 0;
    if (c(4) !== 45 || c(7) !== 45 || c(10) !== 84 || c(13) !== 58 || c(16) !== 58)
        return 0;
    let i = 19;
    if (c(i) === 46) {
        i++;
        const start = i;
        while (i < start + 9 && isDigit(c(i)))
            i++;
        if (i === start)
            return 0;
    }
    if (c(i) !== 90)
        return 0; // Z
    i++;
    if (at + i === s.length)
        return i;
    return c(i) === 32 ? i + 1 : 0;
}
function parseTime(s, at, len) {
    const t = Date.parse(s.slice(at, at + len).trim());
    return Number.isNaN(t) ? undefined : t;
}
// ESC [ params letter, and gh's literal rendering `^[[…`. Bounded classes, no nesting: linear.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what this removes
const ANSI = /\u001b\[[0-9;?]{0,32}[A-Za-z]|\^\[\[[0-9;?]{0,32}[A-Za-z]|\u001b[()][AB012]|\u001b[=>]/g;
/** Removes ANSI colour/cursor codes (real ESC or gh's literal `^[`). */
function stripAnsi(s) {
    if (s.indexOf("\u001b") < 0 && s.indexOf("^[") < 0)
        return s;
    return s.replace(ANSI, "");
}
const MARKERS = [
    ["##[group]", "group"],
    ["##[endgroup]", "endgroup"],
    ["##[error]", "error"],
    ["##[warning]", "warning"],
    ["##[notice]", "notice"],
    ["##[command]", "command"],
    ["##[debug]", "debug"],
    ["[command]", "command"],
];
/** Stateful normalizer: feed raw lines in order, get LogLines. Remembers whether the log is timestamped. */
class LineNormalizer {
    options;
    /** `times: false` leaves `time` out (Date.parse per line is a cost the scanner has no use for). */
    constructor(options = {}) {
        this.options = options;
    }
    n = 0;
    timestamped = false;
    inError = false;
    /** Lines were skipped (not read) since the last call: no continuation can span them. */
    skipped() {
        this.inError = false;
    }
    normalize(rawLine, cut = false, n) {
        this.n = n ?? this.n + 1;
        let s = rawLine.length > MAX_LINE_CHARS ? rawLine.slice(0, MAX_LINE_CHARS) : rawLine;
        if (s.length !== rawLine.length)
            cut = true;
        if (s.charCodeAt(s.length - 1) === 13)
            s = s.slice(0, -1);
        if (s.startsWith(BOM))
            s = s.slice(1);
        let job;
        let step;
        // gh run view --log-failed: job TAB step TAB (BOM)timestamp text
        const tab1 = s.indexOf("\t");
        if (tab1 >= 0 && tab1 < 512) {
            const tab2 = s.indexOf("\t", tab1 + 1);
            if (tab2 > 0 && tab2 - tab1 < 512) {
                let at = tab2 + 1;
                if (s.charCodeAt(at) === 0xfeff)
                    at++;
                if (timestampLength(s, at) > 0) {
                    job = s.slice(0, tab1);
                    step = s.slice(tab1 + 1, tab2);
                    s = s.slice(at);
                }
            }
        }
        let time;
        const tl = timestampLength(s);
        let continuation = false;
        if (tl > 0) {
            this.timestamped = true;
            if (this.options.times !== false)
                time = parseTime(s, 0, tl);
            s = s.slice(tl);
        }
        else if (this.timestamped && this.inError) {
            continuation = true;
        }
        // \r redraws (progress bars): what stays on screen is the last non-empty segment.
        const cr = s.lastIndexOf("\r");
        if (cr >= 0) {
            const parts = s.split("\r").filter((p) => p.trim() !== "");
            s = parts[parts.length - 1] ?? "";
        }
        s = stripAnsi(s);
        let kind = "text";
        if (s.charCodeAt(0) === 35 /* # */ || s.charCodeAt(0) === 91 /* [ */) {
            for (const [marker, k] of MARKERS) {
                if (s.startsWith(marker)) {
                    kind = k;
                    s = s.slice(marker.length);
                    break;
                }
            }
        }
        if (kind === "error")
            this.inError = true;
        else if (!continuation)
            this.inError = false;
        const line = { n: this.n, text: s, kind, continuation, cut };
        if (time !== undefined)
            line.time = time;
        if (job !== undefined)
            line.job = job;
        if (step !== undefined)
            line.step = step;
        return line;
    }
}
/** The text of a raw line without gh columns, BOM, timestamp, ANSI codes and `##[…]` marker (stateless). */
function cleanText(rawLine) {
    return new LineNormalizer({ times: false }).normalize(rawLine).text;
}
/**
 * Splits chunks into raw lines, holding at most MAX_LINE_CHARS of a line: the rest of a longer line is
 * skipped until the next newline. Bytes are decoded as UTF-8 (streaming, so a character split across chunks
 * survives). Synchronous: the caller's per-line work runs in the same loop (no promise per line).
 */
class LineSplitter {
    decoder = new TextDecoder("utf-8");
    carry = "";
    cut = false;
    push(chunk, onLine) {
        const text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true });
        let start = 0;
        for (;;) {
            const nl = text.indexOf("\n", start);
            if (nl < 0)
                break;
            if (this.carry !== "" || this.cut) {
                const room = MAX_LINE_CHARS - this.carry.length;
                const piece = room > 0 ? text.slice(start, Math.min(nl, start + room)) : "";
                const cut = this.cut || nl - start > room;
                const whole = this.carry + piece;
                this.carry = "";
                this.cut = false;
                onLine(whole, cut);
            }
            else if (nl - start > MAX_LINE_CHARS) {
                onLine(text.slice(start, start + MAX_LINE_CHARS), true);
            }
            else {
                onLine(text.slice(start, nl), false);
            }
            start = nl + 1;
        }
        if (start < text.length) {
            const room = MAX_LINE_CHARS - this.carry.length;
            if (room > 0)
                this.carry += text.slice(start, Math.min(text.length, start + room));
            if (text.length - start > room)
                this.cut = true;
        }
    }
    end(onLine) {
        const tail = this.decoder.decode();
        if (tail !== "")
            this.carry += tail.slice(0, Math.max(0, MAX_LINE_CHARS - this.carry.length));
        if (this.carry !== "" || this.cut)
            onLine(this.carry, this.cut);
        this.carry = "";
        this.cut = false;
    }
}
/** Raw chunks → normalized LogLines (convenience for tests and small inputs). */
async function* readLog(chunks) {
    const normalizer = new LineNormalizer();
    const splitter = new LineSplitter();
    const out = [];
    const take = (raw, cut) => out.push(normalizer.normalize(raw, cut));
    for await (const chunk of chunks) {
        splitter.push(chunk, take);
        yield* out.splice(0);
    }
    splitter.end(take);
    yield* out.splice(0);
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/rules.js
// Line rules: what each tool really prints when it fails, mapped to a category and a weight (types.ts).
// Every expression is anchored at the start of the (already cut) line or begins with a literal, and has
// bounded repetitions with no nested quantifiers: matching is linear in the line's length. A rule runs only
// when its `needle` (a plain substring) is in the line, so most lines cost one combined pre-filter test.
const PY = String.raw `[^\s:"'()]{1,400}\.pyi?`;
function num(s) {
    return s === undefined ? 0 : Number(s);
}
function exitCodeHit(code, text) {
    if (code === 137)
        return {
            category: "oom",
            weight: 2,
            message: `exit code 137: the process was killed (SIGKILL), most often by the out-of-memory killer`,
            facts: { exitCode: code },
        };
    if (code === 124)
        return {
            category: "timeout",
            weight: 3,
            message: `exit code 124: a \`timeout\` limit stopped the command`,
            facts: { exitCode: code },
        };
    if (code === 143)
        return {
            category: "other",
            weight: 1,
            message: `exit code 143: the process was terminated (SIGTERM), e.g. by a cancellation or a timeout`,
            facts: { exitCode: code },
        };
    return { category: "other", weight: 1, message: text.trim(), facts: { exitCode: code } };
}
const RULES = [
    // ---- mypy
    {
        id: "mypy.error",
        needle: ": error:",
        re: new RegExp(String.raw `^(${PY}):(\d{1,7})(?::(\d{1,5}))?: error: (.{0,2000})$`),
        hit: (m) => {
            const [, path = "", line, col, rest = ""] = m;
            const code = / {2}\[([a-z0-9-]{1,60})\]$/.exec(rest);
            const message = code ? rest.slice(0, code.index) : rest;
            return {
                category: "mypy",
                weight: 3,
                message: rest,
                location: { path, line: num(line), column: num(col), message, code: code?.[1] },
            };
        },
    },
    {
        id: "mypy.found",
        needle: "source file",
        re: /^Found (\d{1,7}) errors? in (\d{1,7}) files? \(checked (\d{1,7}) source files?\)/,
        hit: (m) => ({ category: "mypy", weight: 2, message: m[0], facts: { errors: num(m[1]) } }),
    },
    // ---- ruff / flake8 (concise: path:line:col: CODE message)
    {
        id: "ruff.concise",
        needle: ".py",
        re: new RegExp(String.raw `^(${PY}):(\d{1,7}):(\d{1,5}): ([A-Z]{1,4}\d{1,4}) (?:\[\*\] )?(.{0,2000})$`),
        hit: (m) => ({
            category: "ruff",
            weight: 3,
            message: `${m[4]} ${m[5]}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
        }),
    },
    {
        id: "ruff.format",
        needle: "eformat",
        re: /^(?:Would reformat: |would reformat )(\S{1,400})$/,
        hit: (m) => ({
            category: "ruff",
            weight: 3,
            message: `formatting: ${m[1]} would be reformatted`,
            facts: { formatter: m[0].startsWith("Would") ? "ruff" : "black" },
        }),
    },
    // ---- TypeScript (tsc plain and --pretty)
    {
        id: "tsc.error",
        needle: "error TS",
        re: /^([^\s():]{1,400})\((\d{1,7}),(\d{1,5})\): error (TS\d{1,6}): (.{0,2000})$/,
        hit: (m) => ({
            category: "typescript",
            weight: 3,
            message: `${m[4]}: ${m[5]}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
        }),
    },
    {
        id: "tsc.pretty",
        needle: "error TS",
        re: /^([^\s():]{1,400}):(\d{1,7}):(\d{1,5}) - error (TS\d{1,6}): (.{0,2000})$/,
        hit: (m) => ({
            category: "typescript",
            weight: 3,
            message: `${m[4]}: ${m[5]}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
        }),
    },
    {
        id: "tsc.global",
        needle: "error TS",
        re: /^error (TS\d{1,6}): (.{0,2000})$/,
        hit: (m) => ({
            category: "typescript",
            weight: 3,
            message: `${m[1]}: ${m[2]}`,
            facts: { code: m[1] ?? "" },
        }),
    },
    // ---- eslint summary (the per-file lines are stateful: see scanner.ts)
    {
        id: "eslint.problems",
        needle: "problem",
        re: /^✖ (\d{1,7}) problems? \((\d{1,7}) errors?, (\d{1,7}) warnings?\)/,
        hit: (m) => num(m[2]) > 0 || num(m[3]) > 0
            ? { category: "eslint", weight: 2, message: m[0], facts: { errors: num(m[2]), warnings: num(m[3]) } }
            : undefined,
    },
    // ---- pytest
    {
        id: "pytest.failed",
        needle: "FAILED",
        re: /^FAILED (?:\[[\d.]{1,20}m?s\] )?(\S{1,1000})(?: - (.{0,2000}))?$/,
        hit: (m) => {
            const id = m[1] ?? "";
            if (!id.includes("::") && !/\.py$/.test(id))
                return undefined;
            return {
                category: "test_failure",
                weight: 3,
                message: `${id}${m[2] ? ` - ${m[2]}` : ""}`,
                tests: [id],
            };
        },
    },
    {
        id: "pytest.error",
        needle: "ERROR",
        re: /^ERROR (?:\[[\d.]{1,20}m?s\] )?(\S{1,1000})(?: - (.{0,2000}))?$/,
        hit: (m) => {
            const id = m[1] ?? "";
            if (id.includes("::"))
                return {
                    category: "test_failure",
                    weight: 3,
                    message: `${id} (error)${m[2] ? ` - ${m[2]}` : ""}`,
                    tests: [id],
                };
            if (/\.py$/.test(id))
                return {
                    category: "import_error",
                    weight: 3,
                    message: `collection error in ${id}${m[2] ? ` - ${m[2]}` : ""}`,
                    tests: [id],
                };
            return undefined;
        },
    },
    {
        id: "pytest.progress",
        needle: "::",
        re: /^(\S{1,1000}) (?:<- \S{1,1000} )?(FAILED|ERROR|RERUN)(?: |$)/,
        hit: (m) => {
            const id = m[1] ?? "";
            if (!id.includes("::"))
                return undefined;
            if (m[2] === "RERUN")
                return { category: "flaky", weight: 0, message: `${id} was rerun`, flaky: [id] };
            return { category: "test_failure", weight: 3, message: `${id} ${m[2]}`, tests: [id] };
        },
    },
    {
        id: "pytest.collecting",
        needle: "ERROR collecting",
        re: /^_{0,200} ?ERROR collecting (\S{1,1000})/,
        hit: (m) => ({
            category: "import_error",
            weight: 3,
            message: `pytest could not collect ${m[1]}`,
            tests: [m[1] ?? ""],
        }),
    },
    {
        id: "pytest.import",
        needle: "ImportError while importing test module",
        re: /^ImportError while importing test module '([^']{1,1000})'/,
        hit: (m) => ({ category: "import_error", weight: 3, message: m[0] }),
    },
    {
        id: "pytest.totals",
        needle: " failed",
        re: /^=+ (?:.{0,200}?)(\d{1,7}) failed\b/,
        hit: (m) => ({
            category: "test_failure",
            weight: 2,
            message: `${m[1]} test(s) failed`,
            facts: { failed: num(m[1]) },
        }),
    },
    {
        id: "unittest.fail",
        needle: ": test",
        re: /^(FAIL|ERROR): (\w{1,300}) \(([\w.]{1,500})\)/,
        hit: (m) => {
            const name = m[2] ?? "";
            const where = m[3] ?? "";
            const id = where.endsWith(`.${name}`) ? where : `${where}.${name}`;
            return { category: "test_failure", weight: 3, message: `${id} ${m[1]}`, tests: [id] };
        },
    },
    {
        id: "pytest.timeout",
        needle: "Timeout",
        re: /^(?:E\s{1,10})?(?:Failed: )?Timeout >?([\d.]{1,12})s/,
        hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: `${m[1]}s` } }),
    },
    {
        id: "tests.failed-then-passed",
        needle: "failed and then succeeded",
        re: /failed and then succeeded.{0,40}?\[(.{0,2000})\]/,
        hit: (m) => {
            const ids = (m[1] ?? "")
                .split(",")
                .map((s) => s.trim().replace(/^['"]|['"]$/g, ""))
                .filter((s) => s !== "");
            return { category: "flaky", weight: 0, message: "tests failed and then passed on rerun", flaky: ids };
        },
    },
    {
        id: "runner.shard-failed",
        needle: "failed!",
        re: /^([\w./-]{1,300}) \d{1,4}\/\d{1,4} failed!?$/,
        hit: (m) => ({ category: "test_failure", weight: 2, message: m[0], tests: [m[1] ?? ""] }),
    },
    // ---- coverage gates
    {
        id: "coverage.pytest-cov",
        needle: "Required test coverage",
        re: /Required test coverage of ([\d.]{1,8})% not reached\. Total coverage: ([\d.]{1,8})%/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `coverage ${m[2]}% is below the required ${m[1]}%`,
            facts: { required: `${m[1]}%`, actual: `${m[2]}%` },
        }),
    },
    {
        id: "coverage.fail-under",
        needle: "fail-under",
        re: /Coverage failure: total of ([\d.]{1,8}) is less than fail-under=([\d.]{1,8})/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `coverage ${m[1]}% is below the required ${m[2]}%`,
            facts: { required: `${m[2]}%`, actual: `${m[1]}%` },
        }),
    },
    {
        id: "coverage.jest",
        needle: "coverage threshold",
        re: /coverage threshold for (\w{1,20}) \(([\d.]{1,8})%\) not met: ([\d.]{1,8})%/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `${m[1]} coverage ${m[3]}% is below the required ${m[2]}%`,
            facts: { metric: m[1] ?? "", required: `${m[2]}%`, actual: `${m[3]}%` },
        }),
    },
    {
        id: "coverage.vitest",
        needle: "does not meet",
        re: /Coverage for (\w{1,20}) \(([\d.]{1,8})%\) does not meet (?:global )?threshold \(([\d.]{1,8})%\)/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `${m[1]} coverage ${m[2]}% is below the required ${m[3]}%`,
            facts: { metric: m[1] ?? "", required: `${m[3]}%`, actual: `${m[2]}%` },
        }),
    },
    // ---- vitest / jest
    {
        id: "vitest.fail",
        needle: "FAIL",
        re: /^\s{0,4}FAIL\s{1,4}(\S{1,500}\.[cm]?[jt]sx?)(?: > (.{1,2000}))?$/,
        hit: (m) => {
            const file = m[1] ?? "";
            const name = (m[2] ?? "").replace(/\s{1,4}\[[^\]]{0,500}\]$/, "").trim();
            if (name === "")
                return { category: "test_failure", weight: 2, message: `${file} failed`, tests: [file] };
            const id = `${file} > ${name}`;
            return { category: "test_failure", weight: 3, message: id, tests: [id] };
        },
    },
    {
        id: "jest.test",
        needle: "●",
        re: /^\s{0,8}● (.{1,2000})$/,
        hit: (m) => {
            const name = (m[1] ?? "").trim();
            if (/^Console\b|^Test suite failed to run/.test(name))
                return undefined;
            return { category: "test_failure", weight: 3, message: name, tests: [name] };
        },
    },
    // ---- cargo test, maven surefire, gradle
    {
        id: "cargo.test",
        needle: "FAILED",
        re: /^test (\S{1,500}) \.\.\. FAILED$/,
        hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
    },
    {
        id: "maven.test",
        needle: "[ERROR]",
        re: /^\[ERROR\]\s{1,8}(?:Run \d{1,4}: )?([A-Za-z_$][\w$.]{0,300})\.(\w{1,200}):(\d{1,7})(?: (.{0,2000}))?$/,
        hit: (m) => {
            const id = `${m[1]}.${m[2]}`;
            return { category: "test_failure", weight: 3, message: `${id}${m[4] ? ` ${m[4]}` : ""}`, tests: [id] };
        },
    },
    {
        id: "maven.totals",
        needle: "Tests run:",
        re: /^\[ERROR\] Tests run: \d{1,7}, Failures: (\d{1,7}), Errors: (\d{1,7})/,
        hit: (m) => num(m[1]) + num(m[2]) > 0
            ? { category: "test_failure", weight: 2, message: m[0], facts: { failed: num(m[1]) + num(m[2]) } }
            : undefined,
    },
    {
        id: "gradle.test",
        needle: " FAILED",
        re: /^(\S{1,300}) > (.{1,300}) FAILED$/,
        hit: (m) => {
            const id = `${m[1]} > ${m[2]}`;
            return { category: "test_failure", weight: 3, message: `${id} failed`, tests: [id] };
        },
    },
    // ---- go test
    {
        id: "go.fail",
        needle: "--- FAIL",
        re: /^\s{0,40}--- FAIL: (\S{1,500}) \(/,
        hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
    },
    {
        id: "go.timeout",
        needle: "test timed out",
        re: /^panic: test timed out after (\S{1,40})/,
        hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: m[1] ?? "" } }),
    },
    // ---- timeouts
    {
        id: "gha.step-timeout",
        needle: "has timed out after",
        re: /has timed out after (\d{1,6}) minutes/,
        hit: (m, text) => ({
            category: "timeout",
            weight: 3,
            message: text.trim(),
            facts: { limit: `${m[1]} min` },
        }),
    },
    {
        id: "gha.job-timeout",
        needle: "maximum execution time",
        re: /exceeded the maximum execution time of (\d{1,6}) minutes/,
        hit: (m, text) => ({
            category: "timeout",
            weight: 3,
            message: text.trim(),
            facts: { limit: `${m[1]} min` },
        }),
    },
    {
        id: "timeout.returning-124",
        needle: "returning 124",
        re: /took >\s?([\w.]{1,20}), returning 124/,
        hit: (m, text) => ({
            category: "timeout",
            weight: 3,
            message: text.trim(),
            facts: { limit: m[1] ?? "", exitCode: 124 },
        }),
    },
    // ---- exit codes
    {
        id: "exit.code",
        needle: "exit code",
        re: /(?:exit code|exitcode) (-?\d{1,4})\b/,
        hit: (m, text) => exitCodeHit(num(m[1]), text),
    },
    {
        id: "exit.status",
        needle: "exit status",
        re: /exit status (\d{1,4})\b/,
        hit: (m, text) => (m[1] === "137" || m[1] === "124" ? exitCodeHit(num(m[1]), text) : undefined),
    },
    {
        id: "exit.killed",
        needle: "Killed",
        re: /^(?:\S[^:]{0,300}: )?Killed\b/,
        hit: (_m, text) => ({
            category: "oom",
            weight: 2,
            message: `${text.trim()} (killed, most often by the OOM killer)`,
        }),
    },
    // ---- out of memory
    ...[
        "out of memory",
        "Out of memory",
        "OutOfMemoryError",
        "MemoryError",
        "heap out of memory",
        "std::bad_alloc",
        "OOMKilled",
        "Cannot allocate memory",
    ].map((needle) => ({
        id: "oom.message",
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => {
            // a memory error named inside a test id or a path is not an OOM
            if (needle === "MemoryError" && !/(?:^|[\s.:])MemoryError\b/.test(text))
                return undefined;
            return { category: "oom", weight: 3, message: text.trim() };
        },
    })),
    // ---- dependency installation
    {
        id: "npm.code",
        needle: " code E",
        re: /^npm (?:ERR!|error) code (E[A-Z0-9_]{1,40})/,
        hit: (m, text) => m[1] === "ELIFECYCLE"
            ? undefined
            : { category: "dependency_install", weight: 3, message: text.trim(), facts: { code: m[1] ?? "" } },
    },
    {
        id: "npm.lockfile",
        needle: "can only install packages when",
        re: /can only install packages when your package\.json and package-lock\.json/,
        hit: () => ({
            category: "dependency_install",
            weight: 3,
            message: "npm ci: package.json and package-lock.json are out of sync",
        }),
    },
    ...[
        "Could not find a version that satisfies",
        "No matching distribution found",
        "Failed building wheel for",
        "Failed to build one or more wheels",
        "Failed to build installable wheels",
        "ResolutionImpossible",
        "Could not install packages due to",
        "SolverProblemError",
        "version solving failed",
        "No solution found when resolving dependencies",
        "ERR_PNPM_",
        "Couldn't find any versions for",
        "The lockfile would have been modified",
        "missing go.sum entry",
        "Unable to locate package",
        "lockfile needs to be updated",
    ].map((needle) => ({
        id: "deps.install",
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({ category: "dependency_install", weight: 3, message: text.trim() }),
    })),
    // ---- infrastructure (the runner, GitHub, the network: nothing in the code)
    ...[
        "runner has received a shutdown signal",
        "lost communication with the server",
        "An action could not be found at the URI",
        "Failed to download archive",
        "Failed to resolve action download info",
        "API rate limit exceeded",
        "secondary rate limit",
        "failed to come online",
        "custom container implementation failed",
        "No space left on device",
        "no enabled runners online",
        "was not acquired by Runner",
        "toomanyrequests",
        "The hosted runner encountered an error",
    ].map((needle) => ({
        id: "infra.runner",
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({ category: "infrastructure", weight: 3, message: text.trim() }),
    })),
    ...[
        "Could not resolve host",
        "Temporary failure in name resolution",
        "502 Bad Gateway",
        "503 Service Unavailable",
    ].map((needle) => ({
        id: "infra.network",
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({ category: "infrastructure", weight: 2, message: text.trim() }),
    })),
    // ---- formatters that are not ruff
    {
        id: "prettier.check",
        needle: "Code style issues found",
        re: /Code style issues found in (?:the above file|\d{1,7} files)/,
        hit: (_m, text) => ({
            category: "other",
            weight: 3,
            message: `formatting (prettier): ${text.trim()}`,
            facts: { formatter: "prettier" },
        }),
    },
    // ---- cancellation: honest, not a cause
    ...["The operation was canceled", "A task was canceled", "The job was canceled", "was cancelled"].map((needle) => ({
        id: "gha.cancelled",
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({
            category: "other",
            weight: 1,
            message: text.trim(),
            facts: { cancelled: "yes" },
        }),
    })),
];
/** A literal string as a regular expression source. */
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
const RULE_NEEDLES = [...new Set(RULES.map((r) => r.needle))];

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/scanner.js
// The triage engine: normalized lines in, one TriageResult out. Streaming and bounded: it keeps the first
// signal of each weight and of each category, a capped list of locations, diagnostics and tests, and a few
// lines of context — never the log. Per line it runs the reader's normalization, one combined pre-filter
// and only the rules whose needle is present, plus a small state machine for multi-line formats (Python
// tracebacks, eslint's stylish output, ruff's full format, CMake call stacks).




const MAX_TESTS = 50;
const MAX_LOCATIONS = 30;
const MAX_DIAGNOSTICS = 50;
const MAX_EVIDENCE_CHARS = 300;
/** Lines before/after a cause within which a generic traceback's locations belong to it. */
const ATTACH_AFTER = 400;
const ATTACH_BEFORE = 60;
/** A traceback whose frames stopped this many lines ago is abandoned. */
const FRAME_GAP = 80;
// The pre-filter: a few passes of literal alternations over each chunk (decoded as latin1, one byte per
// character, so V8's fast one-byte regexp paths apply; the few lines kept are decoded as UTF-8 again).
// Two passes, split by measurement: V8 scans a literal alternation at about 1 GB/s until some needle
// added to it (which one depends on the others, not on their number) makes it 3-4× slower; the split
// below is the fastest found on both the generated bench log and real CI logs (the corpus). Passes cost
// about the same whatever they hold, so more of them is slower. A line no pass matches is never
// sliced, decoded or normalized: it is only counted.
// Lines right after a match (continuations, call stacks, code frames, traceback frames) are read too.
const literals = (needles) => needles.map(escapeRe).join("|");
/** The needles of the pre-filter, for `grep -E` comparisons (bench) and tests. */
const PREFILTER_SOURCES = [
    [
        literals([
            "rror",
            "ERR",
            "FAIL",
            "Fail",
            "fail",
            "##[",
            "Killed",
            "memory",
            "imed out",
            "Timeout",
            "xit code",
        ]),
        literals([
            "xit status",
            "threshold",
            "rate limit",
            "Code style",
            "ould reformat",
            "Traceback",
            "-->",
            "_test.go:",
        ]),
        literals(["RERUN"]),
        latin1Of("❯"),
        latin1Of("●"),
        literals(['File "', "bad_alloc"]),
    ].join("|"),
    [
        literals(["No solution found", "lockfile", "go.sum", "o space left", "resolve host"]),
        literals(["many warnings", "returning 124"]),
    ].join("|"),
];
const PASSES = PREFILTER_SOURCES.map((src) => new RegExp(src, "g"));
/** How far back (characters of the log) a look-back may read. */
const LOOKBACK_CHARS = 64 * 1024;
/** Walks lines back from `pos` (a line start) down to `floor`, nearest first; `floorIsLineStart` says
 * whether the line at the floor is whole (else it is left out). */
function walkBack(text, floor, pos, floorIsLineStart, out, max) {
    let end = pos - 1; // the newline ending the previous line
    while (out.length < max && end >= floor && end >= 0) {
        const start = Math.max(floor, text.lastIndexOf("\n", end - 1) + 1);
        if (start === floor && !floorIsLineStart)
            return;
        let raw = text.slice(start, Math.min(end, start + MAX_LINE_CHARS));
        if (NON_ASCII.test(raw))
            raw = Buffer.from(raw, "latin1").toString("utf8");
        out.push(cleanText(raw));
        if (start <= floor)
            return;
        end = start - 1;
    }
}
/** Lines read back for lint output without the word "error". */
const LINT_LOOKBACK = 300;
const LINT_END = /^Found \d{1,7} errors?\.|^\[\*\] \d{1,7} fixable|Process completed with exit code [1-9]/;
const RUFF_CONCISE = RULES.find((r) => r.id === "ruff.concise");
/** `path:line:col: message` from compilers that do not say "error" (go build, gcc notes…), read back too. */
const COMPILER_DIAGNOSTIC = /^((?:\.{1,2}\/)?[\w./-]{1,400}\.(go|rs|c|cc|cpp|h|hpp|java|kt|swift|zig)):(\d{1,7}):(\d{1,5}): (.{1,2000})$/;
/** Lines read after a jest `●` test name (its message, code frame and stack). */
const JEST_CONTEXT = 40;
/** Rules grouped by needle: one substring test per distinct needle. */
const RULES_BY_NEEDLE = (() => {
    const by = new Map();
    for (const r of RULES) {
        const list = by.get(r.needle);
        if (list)
            list.push(r);
        else
            by.set(r.needle, [r]);
    }
    return [...by.entries()];
})();
/** Any rule's needle; stepped one character past each match it finds every place a needle starts. */
const NEEDLE_STARTS = new RegExp(RULES_BY_NEEDLE.map(([n]) => escapeRe(n)).join("|"), "g");
/** Indexes into RULES_BY_NEEDLE by the needle's first character. */
const NEEDLES_BY_FIRST = (() => {
    const by = new Map();
    RULES_BY_NEEDLE.forEach(([needle], i) => {
        const c = needle.charCodeAt(0);
        by.set(c, [...(by.get(c) ?? []), i]);
    });
    return by;
})();
/** Lines up to this long are searched by one regexp scan; longer ones (where the big alternation is
 * slower than a substring search per needle) and lines with more needle starts than the cap by substring
 * searches. */
const SCAN_CHARS = 400;
const MAX_NEEDLE_STARTS = 32;
/**
 * Marks in `present` the needles found in `text` and says whether there is any: one regexp scan instead
 * of one substring search per needle (most lines the pre-filter keeps, a word "error" in passing, hold
 * one needle or none). Linear: each step is bounded by the longest needle.
 */
function markNeedles(text, present) {
    present.fill(0);
    if (text.length <= SCAN_CHARS) {
        let any = false;
        let starts = 0;
        NEEDLE_STARTS.lastIndex = 0;
        for (let m = NEEDLE_STARTS.exec(text); m !== null; m = NEEDLE_STARTS.exec(text)) {
            if (++starts > MAX_NEEDLE_STARTS)
                return searchNeedles(text, present);
            const at = m.index;
            for (const i of NEEDLES_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
                if (present[i] === 0 && text.startsWith(RULES_BY_NEEDLE[i]?.[0] ?? "", at)) {
                    present[i] = 1;
                    any = true;
                }
            }
            NEEDLE_STARTS.lastIndex = at + 1;
        }
        return any;
    }
    return searchNeedles(text, present);
}
function searchNeedles(text, present) {
    let any = false;
    RULES_BY_NEEDLE.forEach(([needle], i) => {
        present[i] = text.includes(needle) ? 1 : 0;
        any ||= present[i] === 1;
    });
    return any;
}
/** A UTF-8 string as the latin1 string of its bytes (how it appears in a latin1-decoded chunk). */
function latin1Of(s) {
    return escapeRe(Buffer.from(s, "utf8").toString("latin1"));
}
/** Bytes ≥ 0x80 (as latin1 characters): the line needs UTF-8 decoding. */
const NON_ASCII = /[\u0080-\u00ff]/;
const RE = {
    frame: /^\s{0,12}File "([^"]{1,1000})", line (\d{1,7})(, in )?/,
    pytestFrame: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): in \S/,
    pytestLocation: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): ([A-Z]\w{0,100})$/,
    exception: /^(?:E\s{1,10})?([A-Za-z_][\w.]{0,200})(?::(?: (.{0,2000}))?)?$/,
    vitestLocation: /^\s{0,8}❯ ([^\s:()]{1,400}):(\d{1,7}):(\d{1,5})$/,
    jsStack: /^\s{1,20}at (?:[^()]{0,300} \()?([^\s()]{1,500}):(\d{1,7}):(\d{1,5})\)?$/,
    goLocation: /^\s{4,12}([\w./-]{1,400}_test\.go):(\d{1,7}): /,
    eslintFile: /^(?:[A-Za-z]:\\|\/)?[^\s:]{0,400}\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/,
    eslintProblem: /^\s{2,}(\d{1,7}):(\d{1,5})\s{1,20}(error|warning)\s{1,20}(.{1,2000})$/,
    ruffArrow: /^\s{0,8}--> ([^\s:]{1,400}):(\d{1,7}):(\d{1,5})$/,
    ruffCode: /^([A-Z]{1,4}\d{1,4}) (?:\[\*\] )?(.{1,2000})$/,
    cmakeError: /^\s{0,20}(?:[│|]\s{1,4})?CMake Error at ([^\s:()]{1,400}):(\d{1,7}) \(/,
    cmakeStack: /^\s{0,20}(?:[│|]\s{1,4})?\s{1,8}([^\s:()]{1,400}):(\d{1,7}) \(\w{1,100}\)$/,
    conflict: /^\s{0,40}(?:<{7}|>{7}) /,
};
const EXCEPTION_SUFFIX = /(?:Error|Exception|Exit|Interrupt|Failure|Warning)$/;
function clip(s, max = MAX_EVIDENCE_CHARS) {
    const t = s.trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
function pushUnique(list, value, max) {
    if (value === "" || list.length >= max || list.includes(value))
        return;
    list.push(value);
}
class TriageScanner {
    options;
    normalizer = new LineNormalizer({ times: false });
    /** Scratch for markNeedles: which of RULES_BY_NEEDLE the current line holds. */
    needles = new Uint8Array(RULES_BY_NEEDLE.length);
    firstByWeight = [undefined, undefined, undefined, undefined];
    categories = new Map();
    tests = [];
    flakyHints = [];
    attach = [];
    recentLoose = [];
    frames;
    eslintFile;
    cmake;
    currentStep;
    firstErrorStep;
    firstErrorMessage;
    errorJoin;
    inPytestFailures = false;
    /** Lines up to this number were read back for lint output; lines recorded as lint diagnostics. */
    lintReadUpTo = 0;
    lintLines = new Set();
    lineNo = 0;
    bytes = 0;
    cutLines = 0;
    /** The start of a line split across chunks (latin1), at most MAX_LINE_CHARS of it. */
    carry = "";
    carryCut = false;
    /** Lines up to this number are read whatever the pre-filter says (context after a match). */
    forceUntil = 0;
    /** The chunk being read and where the current line starts in it (for look-backs). */
    chunkText = "";
    chunkStart = 0;
    linePos = 0;
    /** The end (LOOKBACK_CHARS) of the lines read before the current chunk, and whether it is all of them. */
    before = "";
    beforeAll = true;
    constructor(options = {}) {
        this.options = options;
    }
    /** Feeds a chunk of the log (bytes or text). */
    write(chunk) {
        const buf = typeof chunk === "string"
            ? Buffer.from(chunk, "utf8")
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        this.bytes += buf.length;
        const text = buf.toString("latin1");
        let start = 0;
        if (this.carry !== "" || this.carryCut) {
            const nl = text.indexOf("\n");
            const room = MAX_LINE_CHARS - this.carry.length;
            if (nl < 0) {
                if (room > 0)
                    this.carry += text.slice(0, room);
                if (text.length > room)
                    this.carryCut = true;
                return;
            }
            const whole = this.carry + (room > 0 ? text.slice(0, Math.min(nl, room)) : "");
            const cut = this.carryCut || nl > room;
            this.carry = "";
            this.carryCut = false;
            this.single(whole, cut);
            start = nl + 1;
        }
        const last = text.lastIndexOf("\n");
        if (last >= start) {
            this.scan(text, start, last + 1);
            start = last + 1;
        }
        if (start < text.length) {
            this.carry = text.slice(start, start + MAX_LINE_CHARS);
            this.carryCut = text.length - start > MAX_LINE_CHARS;
        }
    }
    /** One complete line outside a chunk body (the carried one, or the last one without a newline). */
    single(raw, cut) {
        this.chunkText = `${raw}\n`;
        this.chunkStart = 0;
        let matched = false;
        for (const re of PASSES) {
            re.lastIndex = 0;
            if (re.test(raw))
                matched = true;
        }
        this.lineNo++;
        if (cut)
            this.cutLines++;
        if (matched || this.lineNo <= this.forceUntil)
            this.process(raw, cut, 0);
        else
            this.normalizer.skipped();
        this.remember(`${raw}\n`);
    }
    /** Complete lines text[start, end): end is just after a newline. */
    scan(text, start, end) {
        this.chunkText = text;
        this.chunkStart = start;
        const candidates = [];
        for (const re of PASSES) {
            re.lastIndex = start;
            for (;;) {
                const m = re.exec(text);
                if (!m || m.index >= end)
                    break;
                candidates.push(m.index > start ? text.lastIndexOf("\n", m.index - 1) + 1 : start);
                const nl = text.indexOf("\n", m.index);
                re.lastIndex = nl < 0 ? end : nl + 1;
            }
        }
        candidates.sort((x, y) => x - y);
        let ci = 0;
        let pos = start;
        while (pos < end) {
            if (this.lineNo + 1 > this.forceUntil) {
                while (ci < candidates.length && (candidates[ci] ?? 0) < pos)
                    ci++;
                const target = ci < candidates.length ? (candidates[ci] ?? end) : end;
                if (target > pos) {
                    // skipped lines are only counted (and checked for length)
                    let p = pos;
                    while (p < target) {
                        const nl = text.indexOf("\n", p);
                        if (nl - p > MAX_LINE_CHARS)
                            this.cutLines++;
                        this.lineNo++;
                        p = nl + 1;
                    }
                    this.normalizer.skipped();
                    pos = target;
                    if (pos >= end)
                        break;
                }
            }
            const nl = text.indexOf("\n", pos);
            const cut = nl - pos > MAX_LINE_CHARS;
            this.lineNo++;
            if (cut)
                this.cutLines++;
            this.process(text.slice(pos, cut ? pos + MAX_LINE_CHARS : nl), cut, pos);
            pos = nl + 1;
        }
        this.remember(text.slice(Math.max(start, end - LOOKBACK_CHARS), end));
        if (end - start > LOOKBACK_CHARS)
            this.beforeAll = false;
    }
    process(latin1, cut, pos) {
        const raw = NON_ASCII.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1;
        this.linePos = pos;
        const l = this.normalizer.normalize(raw, cut, this.lineNo);
        this.line(l);
        // continuations of an ##[error], the rest of a traceback or of a CMake call stack are read too
        const inError = (l.kind === "error" || l.continuation) && (this.errorJoin?.length ?? 0) < 20;
        if (this.frames || this.cmake || inError)
            this.forceUntil = Math.max(this.forceUntil, this.lineNo + 1);
        // a jest failure: its stack (`at … (file:line:col)`) comes some lines below the test name
        if (l.text.includes("●"))
            this.forceUntil = Math.max(this.forceUntil, this.lineNo + JEST_CONTEXT);
    }
    /** Up to `max` lines before the current one in this chunk, nearest first, cleaned. */
    previousLines(max) {
        // The window is the LOOKBACK_CHARS before the line, across chunks (`before` holds the end of what was
        // read), so the answer does not depend on where chunks were cut; a line cut by the window is left out.
        const out = [];
        const inChunk = this.linePos - this.chunkStart;
        const floor = Math.max(this.chunkStart, this.linePos - LOOKBACK_CHARS);
        const floorWhole = floor === this.chunkStart || this.chunkText[floor - 1] === "\n";
        walkBack(this.chunkText, floor, this.linePos, floorWhole, out, max);
        if (out.length < max && floor === this.chunkStart && inChunk < LOOKBACK_CHARS) {
            const b = this.before;
            const from = Math.max(0, b.length - (LOOKBACK_CHARS - inChunk));
            walkBack(b, from, b.length, from === 0 ? this.beforeAll : b[from - 1] === "\n", out, max);
        }
        return out;
    }
    remember(text) {
        this.beforeAll = this.beforeAll && this.before.length + text.length <= LOOKBACK_CHARS;
        // a whole window of new text replaces the old one without a copy (a concatenation would be flattened)
        if (text.length >= LOOKBACK_CHARS) {
            this.before = text.slice(text.length - LOOKBACK_CHARS);
            return;
        }
        const b = this.before + text;
        this.before = b.length > LOOKBACK_CHARS ? b.slice(b.length - LOOKBACK_CHARS) : b;
    }
    /** Processes one normalized line (the pre-filter already chose it). */
    line(l) {
        const text = l.text;
        if (LINT_END.test(text))
            this.lintLookback(l.n);
        this.trackStep(l);
        this.trackErrorMessage(l);
        const lineLocations = this.stateful(l, text);
        if (markNeedles(text, this.needles))
            for (let i = 0; i < RULES_BY_NEEDLE.length; i++) {
                // in the rules' order: the first signal recorded on a line wins ties
                if (this.needles[i] === 0)
                    continue;
                for (const rule of RULES_BY_NEEDLE[i]?.[1] ?? []) {
                    const m = rule.re.exec(text);
                    if (!m)
                        continue;
                    const hit = rule.hit(m, text);
                    if (hit)
                        this.record(rule.id, hit, l, lineLocations);
                }
            }
        if (l.kind === "error" && !l.continuation && !this.hasSignalAt(l.n)) {
            this.record("gha.error", { category: "other", weight: 1, message: text }, l, lineLocations);
        }
    }
    lastSignalLine = 0;
    hasSignalAt(n) {
        return this.lastSignalLine === n;
    }
    trackStep(l) {
        if (l.step !== undefined)
            this.currentStep = l.step;
        else if (l.kind === "group" && l.text.startsWith("Run "))
            this.currentStep = l.text.slice(4, 204).trim();
    }
    trackErrorMessage(l) {
        if (l.kind === "error" && !l.continuation) {
            this.errorJoin = [l.text];
            if (this.firstErrorMessage === undefined) {
                this.firstErrorMessage = this.errorJoin;
                this.firstErrorStep = this.currentStep;
            }
        }
        else if (l.continuation && this.errorJoin && this.errorJoin.length < 20) {
            this.errorJoin.push(l.text);
        }
        else if (!l.continuation) {
            this.errorJoin = undefined;
        }
    }
    /**
     * Lint lines without the word "error" (ruff/flake8 concise: `path.py:1:8: F401 message`) are not kept
     * by the pre-filter: at the lines that end such output (`Found N errors.`, `[*] N fixable`, the runner's
     * exit-code line) the lines above are read back, once each, and recorded at their own line numbers.
     */
    lintLookback(n) {
        const from = Math.max(this.lintReadUpTo, n - LINT_LOOKBACK);
        const before = this.previousLines(n - 1 - from);
        this.lintReadUpTo = n;
        for (let i = before.length - 1; i >= 0; i--) {
            const text = before[i] ?? "";
            const line = n - i - 1;
            if (this.lintLines.has(line))
                continue;
            const m = RUFF_CONCISE.re.exec(text);
            const c = m ? null : COMPILER_DIAGNOSTIC.exec(text);
            const hit = m
                ? RUFF_CONCISE.hit(m, text)
                : c
                    ? {
                        category: "other",
                        weight: 2,
                        message: `${c[5]}`,
                        location: { path: c[1] ?? "", line: Number(c[3]), column: Number(c[4]), message: c[5] ?? "" },
                    }
                    : undefined;
            if (!hit)
                continue;
            const l = { n: line, text, kind: "text", continuation: false, cut: false };
            if (this.currentStep !== undefined)
                l.step = this.currentStep;
            this.record(m ? RUFF_CONCISE.id : "compiler.diagnostic", hit, l, undefined);
        }
    }
    /** eslint's stylish output: the file line above a block of problem lines. */
    findEslintFile(n) {
        // the line right after a problem line of a known file: same block, same file (no look-back: linear)
        if (this.eslintFile && this.eslintFile.line === n - 1) {
            this.eslintFile.line = n;
            return;
        }
        // a bounded look-back (a known file is kept when only problem lines are found: a block of warnings)
        const before = this.previousLines(this.eslintFile ? 20 : 200);
        for (let i = 0; i < before.length; i++) {
            const t = before[i] ?? "";
            if (RE.eslintProblem.test(t))
                continue;
            this.eslintFile = RE.eslintFile.test(t) ? { path: t, line: n - i - 1 } : undefined;
            return;
        }
    }
    /** Multi-line formats. Returns the locations a line closes (a traceback's exception line). */
    stateful(l, text) {
        const n = l.n;
        if (this.cmake && n - this.cmake.line > 16)
            this.cmake = undefined;
        // Python tracebacks
        // CPython's header, and pytest's own (`Traceback:` before `path.py:12: in f` frames)
        if (text.startsWith("Traceback (most recent call last)") || text === "Traceback:") {
            this.frames = { moduleFrame: false, count: 0, lastLine: n, conflictMarkers: false };
            return undefined;
        }
        let m = RE.frame.exec(text) ?? RE.pytestFrame.exec(text);
        if (m) {
            this.addFrame(m[1] ?? "", Number(m[2]), text.endsWith("<module>") || (m[3] === undefined && m === null), n);
            if (text.endsWith("in <module>") && this.frames)
                this.frames.moduleFrame = true;
            return undefined;
        }
        if (text.includes("Error") || text.includes("Exception") || text.includes("Interrupt")) {
            const ex = RE.exception.exec(text);
            if (ex && EXCEPTION_SUFFIX.test(ex[1] ?? ""))
                return this.exceptionLine(l, ex[1] ?? "", ex[2] ?? "");
        }
        m = RE.pytestLocation.exec(text);
        if (m) {
            const loc = (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]));
            this.addCategoryLocation("test_failure", loc);
            this.frames = undefined;
            return undefined;
        }
        this.closeFrames(l);
        if (text.includes("FAILURES")) {
            if (/^=+ FAILURES =+$/.test(text))
                this.inPytestFailures = true;
        }
        else if (text.includes("short test summary"))
            this.inPytestFailures = false;
        // vitest / jest / go test locations
        m = RE.vitestLocation.exec(text);
        if (m) {
            this.addCategoryLocation("test_failure", (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]), Number(m[3])));
            return undefined;
        }
        m = text.includes(" at ") ? RE.jsStack.exec(text) : null;
        if (m) {
            const path = m[1] ?? "";
            if (!path.startsWith("/") &&
                !/^[A-Za-z]:\\/.test(path) &&
                (0,paths/* isProjectPath */.Rw)(path) &&
                (0,paths/* isFilePath */.ig)(path) &&
                !path.includes("://"))
                this.addCategoryLocation("test_failure", (0,paths/* formatLocation */.j$)(path, Number(m[2]), Number(m[3])));
            return undefined;
        }
        m = RE.goLocation.exec(text);
        if (m) {
            this.addCategoryLocation("test_failure", (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2])));
            return undefined;
        }
        // eslint stylish: a file line, then indented `line:col  error  message  rule`
        m = RE.eslintProblem.exec(text);
        if (m)
            this.findEslintFile(n);
        if (m && this.eslintFile) {
            const rest = (m[4] ?? "").trimEnd();
            const cut = rest.lastIndexOf("  ");
            const rule = cut > 0 ? rest.slice(cut).trim() : "";
            const isRule = /^[@\w/-]{1,100}$/.test(rule);
            const message = isRule ? rest.slice(0, cut).trim() : rest;
            const hit = {
                category: "eslint",
                weight: m[3] === "error" ? 3 : 1,
                message: `${message}${isRule ? ` (${rule})` : ""}`,
                location: {
                    path: this.eslintFile.path,
                    line: Number(m[1]),
                    column: Number(m[2]),
                    message,
                    ...(isRule ? { code: rule } : {}),
                },
            };
            this.eslintFile.line = n;
            this.record(m[3] === "error" ? "eslint.error" : "eslint.warning", hit, l, undefined);
            return undefined;
        }
        if (text.includes("too many warnings")) {
            this.record("eslint.max-warnings", { category: "eslint", weight: 3, message: text.trim() }, l, undefined);
        }
        // ruff's full format: `F401 [*] message` then ` --> path:line:col`
        m = text.includes("-->") ? RE.ruffArrow.exec(text) : null;
        if (m) {
            const code = RE.ruffCode.exec(this.previousLines(1)[0] ?? "");
            if (code) {
                this.record("ruff.full", {
                    category: "ruff",
                    weight: 3,
                    message: `${code[1]} ${code[2]}`,
                    location: {
                        path: m[1] ?? "",
                        line: Number(m[2]),
                        column: Number(m[3]),
                        message: code[2],
                        code: code[1],
                    },
                }, l, undefined);
            }
            return undefined;
        }
        // CMake: `CMake Error at file:line (fn):` and its call stack
        m = text.includes("CMake Error") ? RE.cmakeError.exec(text) : null;
        if (m) {
            const loc = (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]));
            this.cmake = this.record("cmake.error", { category: "other", weight: 1, message: text.trim() }, l, [
                loc,
            ]);
            this.loose(n, loc);
            return undefined;
        }
        m = this.cmake ? RE.cmakeStack.exec(text) : null;
        if (m && this.cmake) {
            const loc = (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]));
            pushUnique(this.cmake.locations, loc, 10);
            this.loose(n, loc);
        }
        return undefined;
    }
    addFrame(path, line, _module, n) {
        if (!this.frames || n - this.frames.lastLine > FRAME_GAP)
            this.frames = { moduleFrame: false, count: 0, lastLine: n, conflictMarkers: false };
        const f = this.frames;
        f.count++;
        f.lastLine = n;
        if (!(0,paths/* isFilePath */.ig)(path))
            return;
        const loc = (0,paths/* formatLocation */.j$)(path, line);
        f.deepest = loc;
        if ((0,paths/* isProjectPath */.Rw)(path))
            f.deepestProject = loc;
    }
    groupLocations(f) {
        const out = [];
        if (f.deepestProject)
            out.push(f.deepestProject);
        if (f.deepest && f.deepest !== f.deepestProject)
            out.push(f.deepest);
        return out;
    }
    /** A line that is not part of a traceback ends a frame group without an exception line. */
    closeFrames(l) {
        const f = this.frames;
        if (!f)
            return;
        const t = l.text;
        if (t !== "" && (t.charCodeAt(0) === 32 || t.charCodeAt(0) === 9) && l.n - f.lastLine <= FRAME_GAP) {
            if (RE.conflict.test(t))
                f.conflictMarkers = true;
            return; // code lines, carets, `...<N lines>...`
        }
        if (f.count > 0)
            for (const loc of this.groupLocations(f))
                this.loose(l.n, loc);
        this.frames = undefined;
    }
    exceptionLine(l, name, message) {
        const f = this.frames;
        this.frames = undefined;
        const locations = f ? this.groupLocations(f) : [];
        const short = name.slice(name.lastIndexOf(".") + 1);
        if (short === "KeyboardInterrupt" || short === "SystemExit")
            return undefined;
        const text = `${name}${message ? `: ${message}` : ""}`;
        if (short === "ImportError" || short === "ModuleNotFoundError") {
            this.record("python.import", { category: "import_error", weight: 3, message: text }, l, locations);
        }
        else if (short === "SyntaxError" || short === "IndentationError" || short === "TabError") {
            const during = (f?.moduleFrame ?? false) || this.inPytestFailures;
            const facts = f?.conflictMarkers ? { conflictMarkers: "yes" } : {};
            this.record("python.syntax", { category: during ? "import_error" : "other", weight: during ? 3 : 2, message: text, facts }, l, locations);
        }
        else if (/OutOfMemory|^MemoryError$/.test(short)) {
            // the oom rules record it with these locations
        }
        else if (f && f.count > 0) {
            this.record("python.exception", { category: "other", weight: 1, message: text }, l, locations);
        }
        if (f && this.inPytestFailures)
            for (const loc of locations)
                this.addCategoryLocation("test_failure", loc);
        for (const loc of locations)
            this.loose(l.n, loc);
        return locations;
    }
    loose(n, location) {
        this.recentLoose.push({ line: n, location });
        if (this.recentLoose.length > 16)
            this.recentLoose.shift();
        for (const a of this.attach) {
            if (n <= a.until)
                pushUnique(a.signal.locations, location, 10);
        }
        // drop expired windows
        for (let i = this.attach.length - 1; i >= 0; i--)
            if ((this.attach[i]?.until ?? 0) < n)
                this.attach.splice(i, 1);
    }
    addCategoryLocation(category, location) {
        const c = this.categories.get(category);
        if (c)
            pushUnique(c.locations, location, MAX_LOCATIONS);
        else {
            // remembered for when the category's first signal arrives
            this.pendingCategoryLocations.push({ category, location });
            if (this.pendingCategoryLocations.length > MAX_LOCATIONS)
                this.pendingCategoryLocations.shift();
        }
    }
    pendingCategoryLocations = [];
    record(rule, hit, l, lineLocations) {
        const locations = [];
        let diagnostic;
        if (hit.location && (0,paths/* isFilePath */.ig)(hit.location.path)) {
            const { path, line, column } = hit.location;
            locations.push((0,paths/* formatLocation */.j$)(path, line, column));
            diagnostic = {
                path: (0,paths/* repoRelative */.Ne)(path),
                line,
                message: hit.location.message ?? hit.message,
                category: hit.category,
                ...(column ? { column } : {}),
                ...(hit.location.code ? { code: hit.location.code } : {}),
            };
        }
        for (const loc of lineLocations ?? [])
            pushUnique(locations, loc, 10);
        const signal = {
            category: hit.category,
            weight: hit.weight,
            rule,
            line: l.n,
            message: clip(hit.message, 500),
            evidence: clip(l.text),
            locations,
            tests: hit.tests ?? [],
            facts: hit.facts ?? {},
        };
        const step = l.step ?? this.currentStep;
        if (step !== undefined)
            signal.step = step;
        this.lastSignalLine = l.n;
        if (rule === RUFF_CONCISE.id && this.lintLines.size < 10_000)
            this.lintLines.add(l.n);
        for (const t of hit.tests ?? [])
            pushUnique(this.tests, t, MAX_TESTS);
        for (const t of hit.flaky ?? [])
            pushUnique(this.flakyHints, t, MAX_TESTS);
        if (hit.weight === 0)
            return signal;
        let isNew = false;
        const first = this.firstByWeight[hit.weight];
        // earliest by line: look-backs record lines above ones already read
        if (first === undefined || signal.line < first.line) {
            this.firstByWeight[hit.weight] = signal;
            isNew = true;
        }
        let c = this.categories.get(hit.category);
        if (!c) {
            c = { first: signal, count: 0, locations: [], diagnostics: [], evidence: [] };
            this.categories.set(hit.category, c);
            for (const p of this.pendingCategoryLocations)
                if (p.category === hit.category)
                    pushUnique(c.locations, p.location, MAX_LOCATIONS);
            isNew = true;
        }
        else if (signal.line < c.first.line)
            c.first = signal;
        c.count++;
        for (const loc of locations)
            pushUnique(c.locations, loc, MAX_LOCATIONS);
        if (diagnostic && c.diagnostics.length < MAX_DIAGNOSTICS)
            c.diagnostics.push(diagnostic);
        pushUnique(c.evidence, signal.evidence, 5);
        if (isNew) {
            for (const r of this.recentLoose)
                if (l.n - r.line <= ATTACH_BEFORE)
                    pushUnique(signal.locations, r.location, 10);
            this.attach.push({ signal, until: l.n + ATTACH_AFTER });
            if (this.attach.length > 32)
                this.attach.shift();
        }
        return signal;
    }
    /** Ends the input and returns the result. */
    end() {
        if (this.carry !== "" || this.carryCut) {
            const raw = this.carry;
            const cut = this.carryCut;
            this.carry = "";
            this.carryCut = false;
            this.single(raw, cut);
        }
        if (this.frames)
            this.closeFrames({
                n: this.lineNo + 1,
                text: "",
                kind: "text",
                continuation: false,
                cut: false,
            });
        let primary;
        for (const w of [3, 2, 1]) {
            primary = this.firstByWeight[w];
            if (primary)
                break;
        }
        const cancelled = primary?.facts.cancelled === "yes" || (!primary && this.options.conclusion === "cancelled");
        let category = primary?.category ?? "other";
        if (primary?.weight === 1 && this.options.conclusion === "timed_out")
            category = "timeout";
        const state = primary ? this.categories.get(primary.category) : undefined;
        const locations = [];
        if (primary && category !== "infrastructure" && !cancelled) {
            const diagnosticCategories = ["mypy", "ruff", "typescript", "eslint"];
            if (diagnosticCategories.includes(category)) {
                for (const d of state?.diagnostics ?? [])
                    pushUnique(locations, (0,paths/* formatLocation */.j$)(d.path, d.line, d.column), MAX_LOCATIONS);
            }
            for (const loc of state?.locations ?? [])
                pushUnique(locations, loc, MAX_LOCATIONS);
            for (const loc of primary.locations)
                pushUnique(locations, loc, MAX_LOCATIONS);
        }
        const diagnostics = [];
        for (const c of this.categories.values())
            for (const d of c.diagnostics)
                diagnostics.push(d);
        const alsoSeen = [...this.categories.entries()]
            .filter(([cat]) => cat !== category)
            .map(([cat, c]) => ({ category: cat, rule: c.first.rule, line: c.first.line }))
            .slice(0, 12);
        const evidence = [];
        if (primary)
            pushUnique(evidence, primary.evidence, 10);
        for (const e of state?.evidence ?? [])
            pushUnique(evidence, e, 10);
        if (this.firstErrorMessage && this.firstErrorMessage.length > 1)
            pushUnique(evidence, clip(this.firstErrorMessage.filter((s) => s.trim() !== "").join(" ⏎ "), 600), 10);
        const facts = { ...(primary?.facts ?? {}) };
        if (state)
            facts.count = state.count;
        const step = primary?.step ?? this.firstErrorStep;
        const advice = (0,triage_advice/* adviceFor */.c)({
            category,
            primary,
            count: state?.count ?? 0,
            tests: this.tests,
            locations,
            diagnostics: state?.diagnostics ?? [],
            facts,
            cancelled,
            conclusion: this.options.conclusion,
        });
        return {
            category,
            summary: advice.summary,
            locations,
            tests: [...this.tests],
            fix: advice.fix,
            reproduce: advice.reproduce,
            evidence,
            details: {
                rule: primary?.rule ?? "none",
                line: primary?.line ?? 0,
                ...(step !== undefined ? { step } : {}),
                diagnostics: diagnostics.slice(0, 200),
                facts,
                flakyHints: [...this.flakyHints],
                alsoSeen,
                cancelled,
                lines: this.lineNo,
                bytes: this.bytes,
                cutLines: this.cutLines,
            },
        };
    }
}



/***/ }),

/***/ 276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ triageFile),
/* harmony export */   triageStream: () => (/* binding */ triageStream)
/* harmony export */ });
/* unused harmony export triageText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2476);
// Entry points: triage a string, a stream of chunks, or a file (read in chunks: memory stays flat).


function triageText(text, options = {}) {
    const s = new TriageScanner(options);
    s.write(text);
    return s.end();
}
async function triageStream(chunks, options = {}) {
    const s = new _scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TriageScanner */ .d4(options);
    for await (const chunk of chunks)
        s.write(chunk);
    return s.end();
}
const READ_BYTES = 1 << 20;
async function triageFile(path, options = {}) {
    const s = new _scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TriageScanner */ .d4(options);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r");
    // Two buffers, reused (the scanner copies what it keeps): the next megabyte is read while this one is
    // scanned, and no fresh buffer is allocated, zeroed and collected per chunk as a stream would.
    let spare = Buffer.allocUnsafe(READ_BYTES);
    let pending = file.read(Buffer.allocUnsafe(READ_BYTES), 0, READ_BYTES, null);
    try {
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            pending = file.read(spare, 0, READ_BYTES, null);
            spare = buffer;
            s.write(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await pending.catch(() => undefined);
        await file.close();
    }
    return s.end();
}


/***/ })

};
