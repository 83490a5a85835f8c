export const id = 372;
export const ids = [372];
export const modules = {

/***/ 1372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5422);
/* harmony import */ var _release_actions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7475);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5563);
/* harmony import */ var _release_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6959);
// `ops deploy [SHA]`: actions/deploy at the terminal on the production host — the same engine, wiring and
// inputs (release/actions.ts deployAction): gates, lock, migrations, verification, the automatic rollback,
// the incident report, the breaker; every record also in the host's release mirror. Live progress on
// stderr, the summary for the terminal on stdout (the report JSON with --json) and as Markdown in a file.
// GitHub's gates (branch head, PR approved, CI green, migrations tested) are evaluated when GitHub answers;
// when it does not, --break-glass skips exactly those, says so, and records it in the audit stream.





const HELP = `usage: ops deploy [SHA] [options]

Deploys SHA (default: the deploy directory's git HEAD) exactly as actions/deploy does: every gate with its
evidence, the deploy lock, images built and tagged by version, migrations, restart, verification and watch
window, automatic rollback with an incident report on failure. Options are the action's inputs
(--compose-file, --redis-url, --endpoints, --watch…), each also read from OPS_<NAME>
(e.g. OPS_REDIS_URL, OPS_WORKING_DIRECTORY); see actions/deploy/README.md.

  --engine compose|swarm  swarm: docker stack deploy on this Swarm manager (see actions/deploy/README.md)
  --dry-run               evaluate every gate and show the plan; change nothing
  --break-glass           GitHub does not answer: skip the gates only GitHub can answer (branch head,
                          PR approved, CI green, migrations tested), say so in the summary, audit it
  --token TOKEN           GitHub token (or OPS_TOKEN / GITHUB_TOKEN); without one, the mirror only
  --repository OWNER/NAME (or GITHUB_REPOSITORY)     --api-url URL (or GITHUB_API_URL)
  --mirror-file FILE      the release mirror (default <working-directory>/.ops/releases.jsonl)
  --probe-timeout DUR     how long GitHub gets to answer before the mirror is used (default 5s)
  --summary FILE          where the Markdown summary goes (default .ops/summaries/deploy-<time>.md)
  --json                  print the report JSON instead of the summary
  --verbose               debug lines on stderr

Exit status: 0 deployed (or dry run), 1 refused, failed or rolled back, 2 bad usage.
`;
async function run(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)(argv, (0,_release_run_js__WEBPACK_IMPORTED_MODULE_4__/* .optionSpec */ .HE)([..._release_run_js__WEBPACK_IMPORTED_MODULE_4__/* .HOST_OPTIONS */ .A, ..._release_run_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPLOY_OPTIONS */ .NL]));
    if (args.help) {
        io.stdout(HELP);
        return 0;
    }
    if (args.positionals.length > 1)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unexpected argument ${JSON.stringify(args.positionals[1])}`);
    const values = { ...args.values };
    const t0 = (0,_release_run_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalRun */ .yl)(values, io);
    let sha = args.positionals[0];
    if (sha === undefined) {
        const head = await (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)(["git", "rev-parse", "HEAD"], {
            cwd: t0.workingDirectory,
            env: io.env,
            timeoutMs: 10_000,
        });
        sha = head.code === 0 ? head.stdout.trim() : undefined;
        if (!sha)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`give the commit to deploy: ops deploy SHA (${t0.workingDirectory} is not a git checkout)`);
    }
    const t = (0,_release_run_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalRun */ .yl)({ ...values, sha }, io);
    t.run.sha = sha;
    return (0,_release_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runAtTerminal */ .P4)("deploy", t, io, {
        summaryPath: (0,_release_run_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryPath */ .e8)("deploy", values.summary),
        verbose: values.verbose === true,
        json: values.json === true,
    }, (ctx) => (0,_release_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .deployAction */ .K8)(ctx, {
        mirror: {
            ...(typeof values["mirror-file"] === "string" ? { file: values["mirror-file"] } : {}),
            breakGlass: values["break-glass"] === true,
            ...(t.githubDisabled ? { githubDisabled: t.githubDisabled } : {}),
            ...(probeMs(ctx.inputs) !== undefined ? { probeTimeoutMs: probeMs(ctx.inputs) } : {}),
        },
    }));
}
function probeMs(inputs) {
    return inputs.duration("probe-timeout", { min: 100, max: 60_000 });
}


/***/ })

};
