// Runs runAction from the built ops-core with behaviour chosen by PROBE_MODE, as an action bundle would.
import { ConfigurationError, RefusalError } from "../../../dist/action/errors.js";
import { runAction } from "../../../dist/action/run-action.js";

const mode = process.env.PROBE_MODE;
await runAction("probe", async (ctx) => {
  ctx.onCleanup(() => console.log("cleanup ran"));
  ctx.setSummary("### partial evidence");
  switch (mode) {
    case "ok":
      ctx.setOutput("verdict", "pass");
      ctx.logger.info("::set-output name=verdict::hacked");
      return;
    case "verdict":
      return { failed: "verdict fail: signal_service answered 500" };
    case "string":
      throw "a thrown string";
    case "config":
      ctx.inputs.enum("fail-on", ["fail", "never"], "fail");
      return;
    case "refusal":
      throw new RefusalError("the kill switch is active", ["killswitch:active = true since 10:02"]);
    case "config-class":
      throw new ConfigurationError("input `x` is wrong", { input: "x" });
    case "hang": {
      // Waits until cancelled; a held handle must not keep the process alive after the run.
      setInterval(() => {}, 1000);
      console.log("waiting");
      await new Promise((resolve) => ctx.signal.addEventListener("abort", resolve, { once: true }));
      return;
    }
    case "protocol": {
      // Every part of the runner protocol runAction uses, with hostile text, for the runner harness.
      ctx.setSecret("s3cr3t-value");
      ctx.logger.warning("disk 91% full\n::error::not a command", {
        title: "disk, almost: full",
        file: "db/env.py",
        startLine: 3,
      });
      await ctx.logger.group("::endgroup:: phase one", async () => ctx.logger.info("::add-mask::x"));
      await ctx.logger
        .group("phase two", async () => {
          throw new Error("phase two failed");
        })
        .catch(() => undefined);
      ctx.saveState("lock-value", "abc\ndef");
      ctx.setOutput("report", '{"verdict":"pass"}\nsecond line');
      const seen = {
        state: ctx.getState("deployment-id"),
        missingState: ctx.getState("nope"),
        input: ctx.inputs.optional("fail-on"),
        blank: ctx.inputs.optional("blank"),
        absent: ctx.inputs.optional("absent"),
      };
      console.log(`seen ${JSON.stringify(seen)}`);
      return;
    }
    case "leak":
      setInterval(() => {}, 1000);
      return;
  }
});
