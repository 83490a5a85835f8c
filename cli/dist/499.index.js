export const id = 499;
export const ids = [499];
export const modules = {

/***/ 9499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../packages/ops-core/dist/state/change.js
var change = __webpack_require__(3171);
;// CONCATENATED MODULE: ../packages/ops-core/dist/state/killswitch.js
// The kill switch, as the runbook flips it by hand: `killswitch:active` true/false. Activating it also
// trips the circuit breaker (the runbook's emergency stop does both); deactivating it leaves the breaker
// tripped: resetting the breaker is its own, approved step.

/** Sets `killswitch:active` = "true", `cb:state` = "TRIPPED" and `cb:trip_reason` = "kill switch: <reason>". */
function activateKillSwitch(client, request) {
    const k = client.keys;
    return (0,change/* changeState */.U)(client, "killswitch.activate", request, [
        { key: k.killSwitch, value: "true" },
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: `kill switch: ${request.reason.trim()}` },
    ]);
}
/** Sets `killswitch:active` = "false". The breaker is not touched (reset it separately, with approval). */
function deactivateKillSwitch(client, request) {
    return (0,change/* changeState */.U)(client, "killswitch.deactivate", request, [{ key: client.keys.killSwitch, value: "false" }], (after) => after.breaker === "OPEN"
        ? []
        : [
            `the circuit breaker is still ${after.breaker}: trading stays stopped until it is reset (breaker reset, behind approval)`,
        ]);
}

// EXTERNAL MODULE: ../packages/ops-core/dist/state/report.js + 1 modules
var report = __webpack_require__(7225);
// EXTERNAL MODULE: ../packages/ops-core/dist/cli/commands/state-common.js
var state_common = __webpack_require__(2110);
;// CONCATENATED MODULE: ../packages/ops-core/dist/cli/commands/killswitch.js
// `ops killswitch on|off|status`: the runbook's emergency stop. `on` also trips the circuit breaker;
// `off` leaves the breaker tripped (reset it with `ops breaker reset`).



const HELP = `usage: ops killswitch on|off|status [options]

  on       stop trading: killswitch:active = "true", and trip the breaker (cb:state = TRIPPED)
  off      killswitch:active = "false" (the breaker stays tripped until \`ops breaker reset\`)
  status   show the kill switch, the breaker and the deploy lock (--check: exit 1 unless normal)

${state_common.COMMON_HELP}`;
async function run(argv, io) {
    return (0,state_common.runStateCommand)(argv, io, {
        name: "killswitch",
        help: HELP,
        subcommands: ["on", "off", "status"],
        options: { check: { type: "boolean" } },
    }, async (cmd) => {
        if (cmd.sub === "status") {
            const status = await (0,report/* readStatus */.rk)(await cmd.client(), 0);
            cmd.print((0,report/* stateJson */.mE)(status.state, status.lock), (0,report/* renderStatusText */._c)(status));
            return cmd.args.values.check === true && status.state.killSwitch !== "inactive" ? 1 : 0;
        }
        const reason = cmd.reason();
        const client = await cmd.client();
        const request = { ...cmd.actor, reason };
        const result = cmd.sub === "on"
            ? await activateKillSwitch(client, request)
            : await deactivateKillSwitch(client, request);
        (0,state_common.printChange)(cmd, result);
        return 0;
    });
}


/***/ })

};
