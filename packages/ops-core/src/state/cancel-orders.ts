// The open-order cancellation the runbook leaves to a person after the kill switch: an optional command
// (argument list, no shell) and/or webhook (POST, with a timeout), run after the kill switch is active.
// Each result is reported; a failure is loud and never undoes the kill switch.

import { errorMessage } from "../action/errors.js";
import { tailLines } from "../action/safe-text.js";
import { type CommandRunner, describeExit, runCommand } from "../process/run-command.js";

export interface CancelOrdersConfig {
  /** A command run without a shell, e.g. ["python", "scripts/cancel_orders.py"]. */
  command?: readonly string[];
  /** An http(s) URL that gets a JSON POST. */
  webhook?: URL;
  /** Per call; default 60 s. */
  timeoutMs?: number;
}

export interface CancelOrdersEvent {
  reason: string;
  actor: string;
  runUrl?: string;
  time: string;
}

export interface CancelOrdersStep {
  via: "command" | "webhook";
  /** What was called, safe to show (argv joined, or the URL without credentials or query). */
  target: string;
  ok: boolean;
  /** `exited with code 0`, `HTTP 200`, `timed out after …`, or the error. */
  outcome: string;
  /** The tail of the command's output or the response body. */
  output: string;
  durationMs: number;
}

export interface CancelOrdersDeps {
  runCommand?: CommandRunner;
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export const DEFAULT_CANCEL_TIMEOUT_MS = 60_000;

/** Shows a webhook URL without its user, password or query (which often carries a token). */
export function displayWebhook(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** Runs the command, then the webhook (both when both are given). Never throws: failures are results. */
export async function cancelOpenOrders(
  config: CancelOrdersConfig,
  event: CancelOrdersEvent,
  deps: CancelOrdersDeps = {},
): Promise<CancelOrdersStep[]> {
  const timeoutMs = config.timeoutMs ?? DEFAULT_CANCEL_TIMEOUT_MS;
  const steps: CancelOrdersStep[] = [];
  if (config.command && config.command.length > 0) {
    const run = deps.runCommand ?? runCommand;
    const started = performance.now();
    const target = config.command.join(" ");
    try {
      const result = await run(config.command, {
        timeoutMs,
        signal: deps.signal,
        env: {
          ...(deps.env ?? process.env),
          OPS_KILL_SWITCH_REASON: event.reason,
          OPS_KILL_SWITCH_ACTOR: event.actor,
          OPS_RUN_URL: event.runUrl ?? "",
        },
      });
      const output = tailLines(`${result.stdout}${result.stderr ? `\n${result.stderr}` : ""}`.trim(), 40);
      steps.push({
        via: "command",
        target,
        ok: result.code === 0 && !result.timedOut,
        outcome: describeExit(result),
        output,
        durationMs: result.durationMs,
      });
    } catch (error) {
      steps.push({
        via: "command",
        target,
        ok: false,
        outcome: errorMessage(error),
        output: "",
        durationMs: performance.now() - started,
      });
    }
  }
  if (config.webhook) {
    const doFetch = deps.fetch ?? fetch;
    const started = performance.now();
    const target = displayWebhook(config.webhook);
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (deps.signal) signals.push(deps.signal);
    try {
      const response = await doFetch(config.webhook, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "ops-kill-switch" },
        body: JSON.stringify({ event: "kill-switch-activated", ...event }),
        signal: AbortSignal.any(signals),
        redirect: "error",
      });
      const body = (await response.text()).slice(0, 4000);
      steps.push({
        via: "webhook",
        target,
        ok: response.ok,
        outcome: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        output: tailLines(body, 40),
        durationMs: performance.now() - started,
      });
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === "TimeoutError" || /timeout/i.test(error.message));
      steps.push({
        via: "webhook",
        target,
        ok: false,
        outcome: timedOut ? `timed out after ${timeoutMs} ms` : `request failed: ${errorMessage(error)}`,
        output: "",
        durationMs: performance.now() - started,
      });
    }
  }
  return steps;
}
