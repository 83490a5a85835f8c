export const id = 824;
export const ids = [824];
export const modules = {

/***/ 6824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _state_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3600);
/* harmony import */ var _state_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2110);
// `ops lock status|release|take`: the deploy lock. `release` frees a lock a person took by hand;
// `release --force` frees any lock (a run's too), recording the old owner in the audit stream; `take`
// holds it by hand for maintenance (deploys refuse at once instead of waiting).



const HELP = `usage: ops lock status|release|take [options]

  status            who holds the deploy lock, since when, for how long still
  release           free a lock taken by hand (needs --reason; recorded in the audit stream)
  release --force   free the lock whoever holds it, a live run included (needs --reason; recorded)
  take              hold the lock by hand for maintenance (needs --reason; --ttl, default 1h)

${_state_common_js__WEBPACK_IMPORTED_MODULE_2__.COMMON_HELP}`;
async function run(argv, io) {
    return (0,_state_common_js__WEBPACK_IMPORTED_MODULE_2__.runStateCommand)(argv, io, {
        name: "lock",
        help: HELP,
        subcommands: ["status", "release", "take"],
        defaultSub: "status",
        options: { force: { type: "boolean" }, ttl: { type: "string" } },
    }, async (cmd) => {
        if (cmd.sub === "status") {
            const info = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockStatus */ .oj)(await cmd.client());
            cmd.print(info, `${(0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(info).join("\n")}\n`);
            return 0;
        }
        if (cmd.sub === "take") {
            const ttlMs = cmd.args.inputs.duration("ttl", {
                fallback: 3_600_000,
                min: 1_000,
                max: 7 * 86_400_000,
            });
            const reason = cmd.reason();
            const { taken, info } = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .takeManualLock */ .J$)(await cmd.client(), { ...cmd.actor, reason }, ttlMs);
            if (!taken)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ("the deploy lock is already held", (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(info));
            cmd.print({ taken, lock: info }, `deploy lock taken by hand\n${(0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(info).join("\n")}\n`);
            return 0;
        }
        const reason = cmd.reason();
        const client = await cmd.client();
        const current = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockStatus */ .oj)(client);
        if (!current.held) {
            cmd.print({ released: false, previous: current }, "the deploy lock is free: nothing to release\n");
            return 0;
        }
        if (!current.manual && cmd.args.values.force !== true) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ("the deploy lock belongs to a run (which may still be alive): add --force to release it anyway", (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(current));
        }
        const result = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .forceReleaseLock */ .cy)(client, { ...cmd.actor, reason });
        cmd.print(result, result.released
            ? `deploy lock released (audit ${result.auditId})\nwas: ${(0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(result.previous).join("; ")}\n`
            : "the deploy lock was already free\n");
        return 0;
    });
}


/***/ })

};
