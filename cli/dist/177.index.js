export const id = 177;
export const ids = [177];
export const modules = {

/***/ 4177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTable: () => (/* binding */ renderTable),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _action_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2498);
/* harmony import */ var _action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8291);
/* harmony import */ var _release_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8209);
/* harmony import */ var _release_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1535);
/* harmony import */ var _release_mirror_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(360);
/* harmony import */ var _release_mirror_wiring_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7833);
/* harmony import */ var _release_plan_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6712);
/* harmony import */ var _release_record_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8862);
/* harmony import */ var _release_sync_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5976);
/* harmony import */ var _remote_engine_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3560);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5563);
/* harmony import */ var _release_run_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6959);
// `ops releases`: the release history of the environment as a table (or --json): version, when, who,
// outcome, database revision, whether its images are on this host, faulty marks, which one is current
// and which is last good — from GitHub when it answers (with records GitHub does not have yet), from the
// host's release mirror when it does not, and it says which.
// `ops releases sync`: writes the records made while GitHub did not answer to GitHub Deployments
// (statuses in order, faulty marks), exactly once; a second sync writes nothing.













const HELP = `usage: ops releases [sync] [options]

  (none)   the history: version, when, who, outcome, database revision, images on this host, faulty
           marks; which release is current and which is last good. From GitHub when it answers, else from
           the host's release mirror (it says which).
  sync     write the records made while GitHub did not answer to GitHub Deployments, statuses in order;
           exactly once (a second sync writes nothing)

options (also read from OPS_<NAME>, like ops deploy / ops rollback):
  --environment NAME      (default production)
  --working-directory DIR the deploy directory (compose file, .ops/releases.jsonl)
  --compose-file FILE, --compose-project NAME, --compose-command CMD   to see which images are here
  --redis-url URL, --key-prefix P    the Redis holding the mirror's stream
  --token TOKEN, --repository OWNER/NAME, --api-url URL   GitHub (default GITHUB_TOKEN, GITHUB_REPOSITORY)
  --mirror-file FILE      (default <working-directory>/.ops/releases.jsonl)
  --probe-timeout DUR     how long GitHub gets to answer (default 5s)
  --json                  machine-readable

Exit status: 0 listed (or synced), 1 sync not possible or incomplete, 2 bad usage.
`;
async function run(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Q)(argv, (0,_release_run_js__WEBPACK_IMPORTED_MODULE_10__/* .optionSpec */ .HE)(_release_run_js__WEBPACK_IMPORTED_MODULE_10__/* .HOST_OPTIONS */ .A));
    if (args.help) {
        io.stdout(HELP);
        return 0;
    }
    const [sub, ...extra] = args.positionals;
    if ((sub !== undefined && sub !== "sync") || extra.length > 0)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unexpected argument ${JSON.stringify(sub === "sync" ? extra[0] : sub)}`);
    const values = args.values;
    const t = (0,_release_run_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalRun */ .yl)(values, io);
    const host = await (0,_release_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readHost */ .rk)(t.inputs, "master");
    const logger = new _action_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .StreamLogger */ .r((text) => io.stderr((0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(text)), values.verbose === true);
    const cleanups = [];
    const onCleanup = (fn) => cleanups.push(fn);
    const probe = t.inputs.duration("probe-timeout", { min: 100, max: 60_000 });
    try {
        // --docker-host (OPS_DOCKER_HOST, OPS_SSH_KEY): "images here" are the remote engine's.
        const engine = await (0,_remote_engine_js__WEBPACK_IMPORTED_MODULE_8__/* .prepareEngine */ .m5)({
            inputs: t.inputs,
            env: t.env,
            logger,
            setSecret: () => undefined,
            onCleanup,
        });
        const deps = (0,_release_config_js__WEBPACK_IMPORTED_MODULE_3__/* .wire */ .O4)({
            host,
            run: t.run,
            logger,
            signal: new AbortController().signal,
            kind: "rollback",
            sha: "",
            onCleanup,
            env: engine.env,
        });
        const m = (0,_release_mirror_wiring_js__WEBPACK_IMPORTED_MODULE_6__/* .withMirror */ .M6)(deps, {
            host,
            run: t.run,
            logger,
            onCleanup,
            env: t.env,
            settings: {
                autoSync: false,
                ...(typeof values["mirror-file"] === "string" ? { file: values["mirror-file"] } : {}),
                ...(t.githubDisabled ? { githubDisabled: t.githubDisabled } : {}),
                ...(probe !== undefined ? { probeTimeoutMs: probe } : {}),
            },
        });
        if (sub === "sync") {
            if (!m.inner || !(await m.github.available())) {
                io.stderr(`ops releases sync: GitHub does not answer (${m.github.history().reason ?? "unknown"}); nothing was written. Run it again when GitHub is back.\n`);
                return 1;
            }
            const report = await (0,_release_sync_js__WEBPACK_IMPORTED_MODULE_7__/* .syncMirror */ .X)(m.inner, m.mirror, { environment: host.environment, logger });
            if (values.json === true)
                io.stdout(`${JSON.stringify({ schema: 1, ...report }, null, 2)}\n`);
            else {
                const lines = (0,_release_sync_js__WEBPACK_IMPORTED_MODULE_7__/* .syncLines */ .r)(report);
                io.stdout(lines.length === 0
                    ? "nothing to sync: every record of this host is on GitHub\n"
                    : `${lines.map((l) => (0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)((0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(l))).join("\n")}\n`);
                for (const e of report.errors)
                    io.stderr(`not synced: ${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)((0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(e))}\n`);
            }
            return report.errors.length > 0 ? 1 : 0;
        }
        const deployments = (0,_release_history_js__WEBPACK_IMPORTED_MODULE_4__/* .newestFirst */ .ll)(await m.github.listDeployments(host.environment));
        // compose needs a version to read the stack (`${VAR:?}`): the newest recorded release's, as the
        // rollback engine does, until the running containers say which release is current.
        const newest = (0,_release_history_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRelease */ .BX)(deployments);
        const running = newest
            ? await deps.compose.runningImages(newest.record.version).catch(() => undefined)
            : undefined;
        const current = (0,_release_history_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRelease */ .BX)(deployments, running);
        const good = (0,_release_history_js__WEBPACK_IMPORTED_MODULE_4__/* .lastKnownGood */ .zf)(deployments, current ? { id: current.deployment.id, sha: current.record.sha } : undefined);
        const pending = new Set((await m.mirror.read().catch(() => ({ deployments: [] }))).deployments
            .filter((d) => d.statuses.some((s) => !s.synced))
            .map((d) => d.githubId ?? d.localId));
        const rows = [];
        for (const d of deployments) {
            const record = (0,_release_record_js__WEBPACK_IMPORTED_MODULE_11__/* .parseRecord */ .Hh)(d.payload);
            if (!record)
                continue;
            const refs = (0,_release_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .recordImageRefs */ .dt)(record.imageRefs);
            const present = new Set(refs.length > 0
                ? (await deps.compose.imagesPresent(refs).catch(() => ({ present: [] }))).present
                : []);
            const faulty = d.statuses.find((s) => s.description.startsWith(_release_record_js__WEBPACK_IMPORTED_MODULE_11__/* .FAULTY_PREFIX */ .L6));
            const recordId = (0,_release_mirror_js__WEBPACK_IMPORTED_MODULE_5__/* .payloadObject */ .Eq)(d.payload)?.recordId;
            rows.push({
                id: d.id,
                synced: d.id > 0 && !pending.has(d.id),
                recordId: typeof recordId === "string" ? recordId : null,
                kind: record.kind,
                version: record.version,
                sha: record.sha,
                createdAt: d.createdAt,
                actor: record.actor,
                outcome: (0,_release_history_js__WEBPACK_IMPORTED_MODULE_4__/* .effectiveState */ .Jt)(d),
                faulty: faulty ? faulty.description : null,
                dbRevision: record.alembic.after,
                images: Object.fromEntries(Object.entries(record.imageRefs).map(([s, ref]) => [s, { ref, present: present.has(ref) }])),
                current: current?.deployment.id === d.id,
                lastGood: good?.deployment.id === d.id,
                reason: record.reason ?? null,
            });
        }
        const history = m.github.history();
        if (values.json === true) {
            io.stdout(`${JSON.stringify({ schema: 1, environment: host.environment, source: history.source, ...(history.reason ? { reason: history.reason } : {}), releases: rows }, null, 2)}\n`);
            return 0;
        }
        io.stdout(renderTable(rows, host.environment, history.source, history.reason));
        return 0;
    }
    finally {
        for (const fn of cleanups.reverse())
            await Promise.resolve(fn()).catch((e) => logger.warning((0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)));
    }
}
function renderTable(rows, environment, source, reason) {
    const safe = (s) => (0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)((0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(s)).replace(/\s+/g, " ");
    const header = ["", "id", "kind", "version", "when (UTC)", "who", "outcome", "db", "images here", "notes"];
    const body = rows.map((r) => {
        const images = Object.values(r.images);
        const here = images.filter((i) => i.present).length;
        const notes = [r.faulty ? safe(r.faulty).slice(0, 60) : "", r.synced ? "" : "not on GitHub yet"].filter(Boolean);
        return [
            r.current ? "▶ current" : r.lastGood ? "✔ last good" : "",
            r.id > 0 ? `#${r.id}` : `local${r.id}`,
            r.kind,
            safe(r.version.length === 40 ? (0,_release_record_js__WEBPACK_IMPORTED_MODULE_11__/* .shortSha */ .Fu)(r.version) : r.version),
            r.createdAt.replace("T", " ").slice(0, 19),
            safe(r.actor).slice(0, 32),
            r.outcome,
            r.dbRevision ?? "base",
            images.length === 0 ? "—" : here === images.length ? `all ${here}` : `${here}/${images.length}`,
            notes.join("; "),
        ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd();
    const from = source === "github"
        ? "from GitHub Deployments (and the host's mirror for records GitHub does not have yet)"
        : `from the host's release mirror — GitHub did not answer (${safe(reason ?? "unknown")})`;
    return [
        `releases in ${safe(environment)}, ${from}`,
        "",
        line(header),
        ...body.map(line),
        rows.length === 0 ? "(no release recorded)" : "",
        "",
    ].join("\n");
}


/***/ })

};
