// actions/kill-switch: inputs → one state operation in @ops/core/state → outputs and summary, all inside
// runAction. ioredis is loaded only when the connection opens.

import { runAction } from "@ops/core/action/run-action";
import { openState } from "@ops/core/state/client";
import { readStateActionConfig, runStateOperation, stateActionSecrets } from "@ops/core/state/operation";
import { renderChangeText, renderStatusText, renderSummary, stateJson } from "@ops/core/state/report";

export function run(): Promise<void> {
  return runAction("kill-switch", async (ctx) => {
    // Mask the Redis URL, the webhook and their passwords in every form before anything can print them,
    // and before parsing: a malformed value is the one an error message would quote.
    const masked = new Set(stateActionSecrets(ctx.inputs));
    for (const secret of masked) ctx.setSecret(secret);
    const config = readStateActionConfig(ctx.inputs);
    for (const secret of config.secrets) if (!masked.has(secret)) ctx.setSecret(secret);

    const client = await openState(config.redisUrl, {
      keyPrefix: config.keyPrefix,
      connectTimeoutMs: config.connectTimeoutMs,
      logger: ctx.logger,
    });
    ctx.onCleanup(() => client.close());
    ctx.logger.info(
      `Redis: ${client.target.display}${config.keyPrefix ? ` (prefix ${config.keyPrefix})` : ""}`,
    );

    const actor = {
      actor: ctx.run.actor || "unknown",
      runUrl: ctx.run.runUrl || undefined,
      runId: ctx.run.runId || undefined,
    };
    const outcome = await runStateOperation(client, config, actor, {
      env: ctx.env,
      signal: ctx.signal,
      logger: ctx.logger,
    });

    ctx.setOutput("state", JSON.stringify(stateJson(outcome.status.state, outcome.status.lock)));
    ctx.setOutput("changed", String(outcome.change?.changed ?? false));
    const cancel = outcome.cancelOrders;
    const cancelFailed = cancel?.some((s) => !s.ok) ?? false;
    ctx.setOutput("cancel-orders", cancel === undefined ? "skipped" : cancelFailed ? "failed" : "ok");
    ctx.setSummary(renderSummary(outcome));
    ctx.logger.info(outcome.change ? renderChangeText(outcome.change) : renderStatusText(outcome.status));

    if (cancel) {
      for (const step of cancel) {
        const line = `open-order cancellation via ${step.via} (${step.target}): ${step.outcome}`;
        if (step.ok) ctx.logger.info(line);
        else ctx.logger.error(line, { title: "kill switch: open orders NOT cancelled" });
      }
    }
    if (cancelFailed) {
      return {
        failed:
          "the kill switch is ACTIVE and the breaker TRIPPED (that change stands), but the open-order cancellation failed: cancel open orders by hand now",
      };
    }
    return undefined;
  });
}
