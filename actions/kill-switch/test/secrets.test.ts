// Secrets in malformed inputs, through the committed bundle as the runner runs it: each password must be
// registered (`::add-mask::`) before the first stdout line that carries it — the runner masks only from
// then on — and never reach the summary, the outputs or stderr, whatever the shape of the value.
import { commandsOf, type RunActionResult, runAction } from "@ops/testkit/runner";
import { describe, expect, it } from "vitest";

const PASSWORD = "s3cret-Pa55";
const TOKEN = "T0KEN-in-the-path-9f8e";

/** Every stdout line, with the masks registered before it applied, is free of `secret`. */
function expectMaskedInOrder(r: RunActionResult, secret: string): void {
  const masks: string[] = [];
  for (const line of r.stdout.split("\n")) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) {
      masks.push(mask[1] ?? "");
      continue;
    }
    let shown = line;
    for (const m of [...masks].sort((a, b) => b.length - a.length)) if (m) shown = shown.split(m).join("***");
    expect(shown, `printed before its mask: ${line}`).not.toContain(secret);
  }
  expect(r.summary).not.toContain(secret);
  expect(r.stderr).not.toContain(secret);
  expect(JSON.stringify(r.outputs)).not.toContain(secret);
}

const run = (inputs: Record<string, string>) =>
  runAction({ action: "kill-switch", inputs: { operation: "status", ...inputs }, timeoutMs: 30_000 });

describe("kill-switch bundle: secrets in malformed inputs", () => {
  it.each([
    `redis:/u:${PASSWORD}@127.0.0.1`,
    `u:${PASSWORD}@127.0.0.1:6379`,
    `redis:u:${PASSWORD}@127.0.0.1`,
    `redis://u:${PASSWORD}@127.0.0.1:port`,
  ])("redis-url %j: a configuration error naming the input, the password masked first", async (url) => {
    const r = await run({ "redis-url": url });
    expect(r.exitCode).toBe(1);
    expect(
      commandsOf(r, "error")
        .map((c) => c.data)
        .join("\n"),
    ).toMatch(/redis-url/);
    expect(commandsOf(r, "add-mask").map((c) => c.data)).toContain(PASSWORD);
    expectMaskedInOrder(r, PASSWORD);
  });

  it("a cancel-orders-webhook with a wrong scheme is masked before it is refused, and never shown", async () => {
    const webhook = `htps://hooks.example/services/${TOKEN}?key=${PASSWORD}`;
    const r = await run({ "redis-url": "redis://127.0.0.1:1", "cancel-orders-webhook": webhook });
    expect(r.exitCode).toBe(1);
    const errors = commandsOf(r, "error")
      .map((c) => c.data)
      .join("\n");
    expect(errors).toMatch(/cancel-orders-webhook.*not shown: it is a secret/);
    expect(commandsOf(r, "add-mask").map((c) => c.data)).toContain(webhook);
    expectMaskedInOrder(r, TOKEN);
    expectMaskedInOrder(r, PASSWORD);
  });
});
