// The state action's inputs, parsed once: every error names its input; credentials collected for masking.
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../action/errors.js";
import { Inputs } from "../action/inputs.js";
import { readStateActionConfig } from "./operation.js";

function inputs(values: Record<string, string>): Inputs {
  return new Inputs({ get: (n) => values[n], label: (n) => `input \`${n}\`` });
}

function error(values: Record<string, string>): ConfigurationError {
  try {
    readStateActionConfig(inputs(values));
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error("no error");
}

const base = { "redis-url": "redis://oncall:p%40ss@127.0.0.1:6379", reason: "why" };

describe("readStateActionConfig", () => {
  it("reads a full configuration into a frozen object", () => {
    const c = readStateActionConfig(
      inputs({
        ...base,
        operation: "activate",
        "key-prefix": "prod:",
        "cancel-orders-command": '["python3", "cancel.py"]',
        "cancel-orders-webhook": "https://hooks.example/x?token=abcd1234",
        "cancel-orders-timeout": "30s",
        "audit-count": "5",
      }),
    );
    expect(c).toMatchObject({
      operation: "activate",
      reason: "why",
      keyPrefix: "prod:",
      auditCount: 5,
      connectTimeoutMs: 3000,
    });
    expect(c.cancelOrders.command).toEqual(["python3", "cancel.py"]);
    expect(c.cancelOrders.timeoutMs).toBe(30000);
    expect(Object.isFrozen(c)).toBe(true);
    expect(c.secrets).toEqual(expect.arrayContaining([base["redis-url"], "p%40ss", "p@ss", "abcd1234"]));
  });

  it("status needs no reason; a URL without a password adds nothing to mask", () => {
    const c = readStateActionConfig(inputs({ operation: "status", "redis-url": "redis://127.0.0.1:6379" }));
    expect(c.reason).toBeUndefined();
    expect(c.secrets).toEqual([]);
  });

  it("names the input in every error", () => {
    expect(error({ ...base })).toMatchObject({
      input: "operation",
      message: expect.stringMatching(
        /input `operation` is required: give one of activate, deactivate, trip, reset, status/,
      ),
    });
    expect(error({ ...base, operation: "nuke" })).toMatchObject({ input: "operation" });
    for (const op of ["activate", "deactivate", "trip", "reset"]) {
      expect(error({ ...base, operation: op, reason: "" })).toMatchObject({
        input: "reason",
        message: expect.stringMatching(/^input `reason` is required/),
      });
    }
    expect(error({ ...base, operation: "trip", reason: "x".repeat(1001) }).input).toBe("reason");
    expect(error({ operation: "status" })).toMatchObject({ input: "redis-url" });
    expect(error({ operation: "status", "redis-url": "redis//nope" })).toMatchObject({ input: "redis-url" });
    expect(error({ ...base, operation: "status", "key-prefix": "has space" })).toMatchObject({
      input: "key-prefix",
    });
    expect(
      error({ ...base, operation: "activate", "cancel-orders-webhook": "file:///etc/passwd" }),
    ).toMatchObject({ input: "cancel-orders-webhook" });
    expect(error({ ...base, operation: "activate", "cancel-orders-command": "[1, 2]" })).toMatchObject({
      input: "cancel-orders-command",
    });
    expect(error({ ...base, operation: "status", "audit-count": "500" })).toMatchObject({
      input: "audit-count",
    });
    expect(error({ ...base, operation: "status", "connect-timeout": "forever" })).toMatchObject({
      input: "connect-timeout",
    });
  });
});
