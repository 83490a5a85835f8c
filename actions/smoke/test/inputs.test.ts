// Bad inputs through the committed bundle: a configuration error naming the input, before anything runs.

import { commandsOf, runAction } from "@ops/testkit/runner";
import { describe, expect, it } from "vitest";

async function refused(inputs: Record<string, string>) {
  const result = await runAction({ action: "smoke", inputs, timeoutMs: 30_000 });
  expect(result.exitCode).toBe(1);
  expect(result.outputs).toEqual({});
  const errors = commandsOf(result, "error").map((c) => c.data);
  expect(errors).toHaveLength(1);
  expect(result.summary).toContain("smoke: configuration error");
  return { error: errors[0] ?? "", summary: result.summary };
}

describe("actions/smoke refuses bad inputs, naming them", () => {
  it("a malformed URL", async () => {
    const { error } = await refused({ endpoints: "signal=http//127.0.0.1:8001/health" });
    expect(error).toBe(
      'smoke: input `endpoints`: "signal=http//127.0.0.1:8001/health" is not valid; expected lines of name=url, each url an absolute URL starting with http:// or https://',
    );
  });
  it("an unknown enum value", async () => {
    const { error } = await refused({ endpoints: "signal=http://127.0.0.1:8001/health", "fail-on": "warn" });
    expect(error).toBe(
      'smoke: input `fail-on`: "warn" is not valid; expected one of fail, inconclusive, never',
    );
  });
  it("a negative duration", async () => {
    const { error } = await refused({ endpoints: "signal=http://127.0.0.1:8001/health", timeout: "-30s" });
    expect(error).toMatch(
      /^smoke: input `timeout`: "-30s" is not valid; expected a duration such as 500ms, 30s, 5m/,
    );
  });
  it("a Redis URL that is not one, without printing its password", async () => {
    const result = await runAction({
      action: "smoke",
      inputs: { "redis-url": "http://user:hunter2@127.0.0.1:6379" },
      timeoutMs: 30_000,
    });
    expect(commandsOf(result, "error")[0]?.data).toMatch(/^smoke: input `redis-url`: /);
    expect(result.stdout.replace(/::add-mask::.*$/gm, "")).not.toContain("hunter2");
    expect(result.summary).not.toContain("hunter2");
  });
  it("nothing to check", async () => {
    const { error } = await refused({});
    expect(error).toMatch(/^smoke: nothing to check: give input `endpoints`/);
  });
});
