// The state action's core: its inputs parsed once into a frozen config, and one operation run against an
// open state client — kill switch activate/deactivate, breaker trip/reset, or status — followed by the
// open-order cancellation after an activation, and the status snapshot for the summary.

import { ConfigurationError } from "../action/errors.js";
import { type Inputs, parseUrl } from "../action/inputs.js";
import type { Logger } from "../action/logger.js";
import { secretForms } from "../action/secrets.js";
import type { CommandRunner } from "../process/run-command.js";
import { checkReason } from "./audit.js";
import { resetBreaker, tripBreaker } from "./breaker.js";
import {
  type CancelOrdersConfig,
  type CancelOrdersStep,
  cancelOpenOrders,
  DEFAULT_CANCEL_TIMEOUT_MS,
} from "./cancel-orders.js";
import type { ChangeResult } from "./change.js";
import type { Actor, StateClient } from "./client.js";
import { parseRedisUrl, redisMasks, redisSecrets } from "./connection.js";
import { stateKeys } from "./keys.js";
import { activateKillSwitch, deactivateKillSwitch } from "./killswitch.js";
import { readStatus, type StatusSnapshot } from "./report.js";

export const STATE_OPERATIONS = ["activate", "deactivate", "trip", "reset", "status"] as const;
export type StateActionOperation = (typeof STATE_OPERATIONS)[number];

export interface StateActionConfig {
  operation: StateActionOperation;
  /** Required for every operation but `status`. */
  reason: string | undefined;
  redisUrl: string;
  keyPrefix: string;
  cancelOrders: CancelOrdersConfig;
  auditCount: number;
  connectTimeoutMs: number;
  /** Every form of every credential in the inputs, to mask before anything prints. */
  secrets: string[];
}

/**
 * Every credential-bearing input of the state action in every form, read without parsing anything: mask
 * these first, so that even a malformed value (the kind that makes parsing fail) is never printed.
 */
export function stateActionSecrets(inputs: Inputs): string[] {
  const webhook = inputs.optional("cancel-orders-webhook");
  const out = [...redisMasks(inputs.optional("redis-url")), ...secretForms(webhook)];
  try {
    for (const value of new URL(webhook ?? "").searchParams.values()) if (value.length >= 4) out.push(value);
  } catch {
    // not a URL: the whole value is masked already
  }
  return [...new Set(out)];
}

/** Parses and checks the state action's inputs; every error names its input. */
export function readStateActionConfig(inputs: Inputs): Readonly<StateActionConfig> {
  inputs.required("operation", `one of ${STATE_OPERATIONS.join(", ")}`);
  const operation = inputs.enum("operation", STATE_OPERATIONS, "status");
  const rawReason = inputs.optional("reason");
  const reason =
    operation === "status" ? rawReason : checkReason(rawReason, "reason", inputs.label("reason"));
  const redisUrl = inputs.required("redis-url", "a Redis URL, e.g. from the secret REDIS_URL");
  parseRedisUrl(redisUrl, "redis-url");
  const keyPrefix = inputs.string("key-prefix", "");
  stateKeys(keyPrefix, "key-prefix");
  const command = inputs.argv("cancel-orders-command");
  const webhookText = inputs.optional("cancel-orders-webhook");
  // A secret (a token in its path or query is common): a wrong one is described, never shown.
  const webhook =
    webhookText === undefined
      ? undefined
      : parseUrl(webhookText, ["https:", "http:"], (allowed) => {
          throw new ConfigurationError(
            `${inputs.label("cancel-orders-webhook")}: the value (not shown: it is a secret) is not ${allowed}`,
            { input: "cancel-orders-webhook" },
          );
        });
  const timeoutMs = inputs.duration("cancel-orders-timeout", {
    fallback: DEFAULT_CANCEL_TIMEOUT_MS,
    min: 1_000,
    max: 600_000,
  });
  // The whole URL only when it holds a password: a bare host:port masked would hide where we connect.
  const passwordForms = redisSecrets(redisUrl);
  const secrets = passwordForms.length > 0 ? [redisUrl, ...passwordForms] : [];
  if (webhookText) {
    secrets.push(webhookText);
    for (const value of webhook?.searchParams.values() ?? []) if (value.length >= 4) secrets.push(value);
    if (webhook?.password) secrets.push(webhook.password, decodeURIComponent(webhook.password));
  }
  return Object.freeze({
    operation,
    reason,
    redisUrl,
    keyPrefix,
    cancelOrders: Object.freeze({ command, webhook, timeoutMs }),
    auditCount: inputs.integer("audit-count", { fallback: 10, min: 0, max: 100 }),
    connectTimeoutMs: inputs.duration("connect-timeout", { fallback: 3_000, min: 100, max: 60_000 }),
    secrets: [...new Set(secrets.filter((s) => s.length > 0))],
  });
}

export interface StateOperationOutcome {
  operation: StateActionOperation;
  change?: ChangeResult;
  status: StatusSnapshot;
  /** Set after an activation with a command or webhook configured. */
  cancelOrders?: CancelOrdersStep[];
}

export interface StateOperationDeps {
  runCommand?: CommandRunner;
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  logger?: Logger;
}

/** Runs the operation; the cancellation runs only after a successful activation and never undoes it. */
export async function runStateOperation(
  client: StateClient,
  config: StateActionConfig,
  actor: Actor,
  deps: StateOperationDeps = {},
): Promise<StateOperationOutcome> {
  const request = { ...actor, reason: config.reason ?? "" };
  let change: ChangeResult | undefined;
  switch (config.operation) {
    case "activate":
      change = await activateKillSwitch(client, request);
      break;
    case "deactivate":
      change = await deactivateKillSwitch(client, request);
      break;
    case "trip":
      change = await tripBreaker(client, request);
      break;
    case "reset":
      change = await resetBreaker(client, request);
      break;
    case "status":
      break;
  }
  let cancelOrders: CancelOrdersStep[] | undefined;
  const wantsCancel = Boolean(config.cancelOrders.command || config.cancelOrders.webhook);
  if (config.operation === "activate" && wantsCancel) {
    deps.logger?.info("kill switch active; cancelling open orders");
    cancelOrders = await cancelOpenOrders(
      config.cancelOrders,
      { reason: request.reason, actor: actor.actor, runUrl: actor.runUrl, time: client.now().toISOString() },
      deps,
    );
  } else if (wantsCancel) {
    deps.logger?.debug(`cancel-orders-* inputs apply only to activate; ignored for ${config.operation}`);
  }
  const status = await readStatus(client, config.auditCount);
  return { operation: config.operation, change, status, cancelOrders };
}
