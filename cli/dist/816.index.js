export const id = 816;
export const ids = [816];
export const modules = {

/***/ 6816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _state_audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6264);
/* harmony import */ var _state_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7225);
/* harmony import */ var _state_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2110);
// `ops audit [--count N]`: the newest entries of the audit stream (who, when, why, which run, old → new).



const HELP = `usage: ops audit [list] [--count N] [options]

Prints the newest N (default 20, at most 1000) changes to the kill switch, the breaker and the deploy
lock, newest first: time, actor, operation, key: old -> new, reason, run URL.

${_state_common_js__WEBPACK_IMPORTED_MODULE_2__.COMMON_HELP}`;
async function run(argv, io) {
    return (0,_state_common_js__WEBPACK_IMPORTED_MODULE_2__.runStateCommand)(argv, io, {
        name: "audit",
        help: HELP,
        subcommands: ["list"],
        defaultSub: "list",
        options: { count: { type: "string" } },
    }, async (cmd) => {
        const count = cmd.args.inputs.integer("count", { fallback: 20, min: 1, max: 1000 });
        const entries = await (0,_state_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .listAudit */ ._u)(await cmd.client(), count);
        cmd.print(entries, (0,_state_report_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAuditText */ .Ly)(entries));
        return 0;
    });
}


/***/ })

};
