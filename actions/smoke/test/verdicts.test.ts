// Inconclusive is never a pass, and `fail-on` decides what fails the step (committed bundle, local server).

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { commandsOf, runAction } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let server: Server;
let endpoint: string;
beforeAll(async () => {
  // Healthy, but each answer takes 40 ms: 1000 samples cannot fit in a 1 s timeout.
  server = createServer((_, res) => setTimeout(() => res.writeHead(200).end('{"status":"ok"}'), 40));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `api=http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const run = (inputs: Record<string, string>) =>
  runAction({
    action: "smoke",
    inputs: { endpoints: endpoint, samples: "1000", timeout: "1s", ...inputs },
    timeoutMs: 60_000,
  });

describe("too few samples", () => {
  it("is inconclusive, not healthy, and by default only warns", async () => {
    const result = await run({});
    expect(result.outputs.verdict).toBe("inconclusive");
    expect(result.outputs.healthy).toBe("false");
    expect(result.exitCode).toBe(0);
    expect(
      commandsOf(result, "warning")
        .map((c) => c.data)
        .join("\n"),
    ).toMatch(/verdict inconclusive \(fail-on: fail\)/);
    expect(result.summary.startsWith("## ⚠️ Smoke check inconclusive")).toBe(true);
    expect(result.summary).toMatch(/api: healthy, but only \d+ of 1000 latency samples before the deadline/);
  });
  it("fails the step with fail-on: inconclusive", async () => {
    const result = await run({ "fail-on": "inconclusive" });
    expect(result.outputs.verdict).toBe("inconclusive");
    expect(result.exitCode).toBe(1);
    expect(commandsOf(result, "error")[0]?.data).toMatch(
      /^smoke: inconclusive: Could not confirm production is healthy: api: /,
    );
  });
});
