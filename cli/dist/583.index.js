export const id = 583;
export const ids = [583];
export const modules = {

/***/ 7583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _state_breaker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(775);
/* harmony import */ var _state_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7225);
/* harmony import */ var _state_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2110);
// `ops breaker trip|reset|status`: the circuit breaker (`cb:state` OPEN = normal, TRIPPED).



const HELP = `usage: ops breaker trip|reset|status [options]

  trip     cb:state = TRIPPED, cb:trip_reason = --reason
  reset    cb:state = OPEN, cb:last_reset = now (refused while the kill switch is active).
           The runbook asks first: ${_state_breaker_js__WEBPACK_IMPORTED_MODULE_0__/* .RECOVERY_QUESTIONS */ .Q7.join(" ")}
  status   show the breaker, the kill switch and the deploy lock (--check: exit 1 unless OPEN)

${_state_common_js__WEBPACK_IMPORTED_MODULE_2__.COMMON_HELP}`;
async function run(argv, io) {
    return (0,_state_common_js__WEBPACK_IMPORTED_MODULE_2__.runStateCommand)(argv, io, {
        name: "breaker",
        help: HELP,
        subcommands: ["trip", "reset", "status"],
        options: { check: { type: "boolean" } },
    }, async (cmd) => {
        if (cmd.sub === "status") {
            const status = await (0,_state_report_js__WEBPACK_IMPORTED_MODULE_1__/* .readStatus */ .rk)(await cmd.client(), 0);
            cmd.print((0,_state_report_js__WEBPACK_IMPORTED_MODULE_1__/* .stateJson */ .mE)(status.state, status.lock), (0,_state_report_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStatusText */ ._c)(status));
            return cmd.args.values.check === true && status.state.breaker !== "OPEN" ? 1 : 0;
        }
        const reason = cmd.reason();
        const client = await cmd.client();
        const request = { ...cmd.actor, reason };
        const result = cmd.sub === "trip" ? await (0,_state_breaker_js__WEBPACK_IMPORTED_MODULE_0__/* .tripBreaker */ .QM)(client, request) : await (0,_state_breaker_js__WEBPACK_IMPORTED_MODULE_0__/* .resetBreaker */ .Yh)(client, request);
        (0,_state_common_js__WEBPACK_IMPORTED_MODULE_2__.printChange)(cmd, result);
        return 0;
    });
}


/***/ })

};
