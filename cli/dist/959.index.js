export const id = 959;
export const ids = [959];
export const modules = {

/***/ 4959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _release_actions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7475);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5563);
/* harmony import */ var _release_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6959);
// `ops rollback [--to last-good|SHA|ID] [--db-revision …] --reason …`: actions/rollback at the terminal
// on the production host — the same engine and wiring (release/actions.ts rollbackAction): the plan and
// its refusals, the lock, the database to the target's recorded revision, the target's images (never
// rebuilt), verification, the records (also in the host's release mirror), the incident report as a file.
// When GitHub does not answer, the target is resolved from the mirror, and the summary says so.




const HELP = `usage: ops rollback --reason TEXT [--to last-good|SHA|ID] [options]

Rolls production back exactly as actions/rollback does (the Rollback button): the database downgraded to
the target's recorded revision with the current code, the target's images started without rebuilding,
verified, recorded, with an incident report written under the deploy directory. Options are the action's
inputs (--compose-file, --redis-url, --endpoints…), each also read from OPS_<NAME>; see
actions/rollback/README.md.

  --engine compose|swarm  swarm: docker stack deploy on this Swarm manager (see actions/deploy/README.md)
  --to TARGET             last-good (default), a commit sha, or a deployment id
  --reason TEXT           why (required; it goes into the records and the incident report)
  --db-revision REV       recorded (default) | none | a revision to downgrade to
  --db-only true          only the database, services untouched
  --confirm-destructive true   allow undoing migrations whose downgrade drops data
  --dry-run               show the plan; change nothing
  --token TOKEN           GitHub token (or OPS_TOKEN / GITHUB_TOKEN); without one, the mirror only
  --repository OWNER/NAME (or GITHUB_REPOSITORY)     --api-url URL (or GITHUB_API_URL)
  --mirror-file FILE      the release mirror (default <working-directory>/.ops/releases.jsonl)
  --probe-timeout DUR     how long GitHub gets to answer before the mirror is used (default 5s)
  --summary FILE          where the Markdown summary goes (default .ops/summaries/rollback-<time>.md)
  --json                  print the report JSON instead of the summary

Exit status: 0 rolled back (or dry run), 1 refused or failed, 2 bad usage.
`;
async function run(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Q)(argv, {
        ...(0,_release_run_js__WEBPACK_IMPORTED_MODULE_3__/* .optionSpec */ .HE)([..._release_run_js__WEBPACK_IMPORTED_MODULE_3__/* .HOST_OPTIONS */ .A, ..._release_run_js__WEBPACK_IMPORTED_MODULE_3__/* .ROLLBACK_OPTIONS */ .CY]),
        to: { type: "string" },
        reason: { type: "string" },
    });
    if (args.help) {
        io.stdout(HELP);
        return 0;
    }
    if (args.positionals.length > 0)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unexpected argument ${JSON.stringify(args.positionals[0])}; give the target with --to`);
    const values = {
        ...args.values,
        ...(args.values.to !== undefined ? { target: args.values.to } : {}),
    };
    const t = (0,_release_run_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalRun */ .yl)(values, io);
    return (0,_release_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runAtTerminal */ .P4)("rollback", t, io, {
        summaryPath: (0,_release_run_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryPath */ .e8)("rollback", values.summary),
        verbose: values.verbose === true,
        json: values.json === true,
    }, (ctx) => {
        const probe = probeMs(ctx.inputs);
        return (0,_release_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .rollbackAction */ .RF)(ctx, {
            mirror: {
                ...(typeof values["mirror-file"] === "string" ? { file: values["mirror-file"] } : {}),
                ...(t.githubDisabled ? { githubDisabled: t.githubDisabled } : {}),
                ...(probe !== undefined ? { probeTimeoutMs: probe } : {}),
            },
        });
    });
}
function probeMs(inputs) {
    return inputs.duration("probe-timeout", { min: 100, max: 60_000 });
}


/***/ })

};
