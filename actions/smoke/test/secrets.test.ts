// An endpoint URL with `user:password@`, through the committed bundle: the credentials go to the service
// as an Authorization header, and the password is masked before anything prints it and appears in no
// report, summary or output (the URL shown has no credentials).
import { createServer, type Server } from "node:http";
import { commandsOf, runAction } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PASSWORD = "h3alth:Pa55@word";
let server: Server;
let port = 0;
const seen: Array<string | undefined> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    const ok = req.headers.authorization === `Basic ${Buffer.from(`probe:${PASSWORD}`).toString("base64")}`;
    res.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: ok ? "ok" : "unauthorized" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const a = server.address();
  port = typeof a === "object" && a ? a.port : 0;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

describe("smoke bundle: credentials in an endpoint URL", () => {
  it("are sent as an Authorization header and masked before anything prints them", async () => {
    const url = `http://probe:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/health`;
    const r = await runAction({
      action: "smoke",
      inputs: { endpoints: `api=${url}`, samples: "2", successes: "1", timeout: "10s", interval: "100ms" },
      timeoutMs: 60_000,
    });
    expect(r.outputs.verdict, r.stdout).toBe("pass");
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((h) => h?.startsWith("Basic "))).toBe(true);
    const masks = commandsOf(r, "add-mask").map((c) => c.data);
    expect(masks).toEqual(expect.arrayContaining([PASSWORD, encodeURIComponent(PASSWORD)]));
    const firstMask = r.stdout.indexOf("::add-mask::");
    for (const form of [PASSWORD, encodeURIComponent(PASSWORD)]) {
      const firstUse = r.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .findIndex((l) => l.includes(form));
      expect(firstUse, `printed: ${form}`).toBe(-1);
      expect(r.summary).not.toContain(form);
      expect(r.outputs.report).not.toContain(form);
      expect(r.stderr).not.toContain(form);
    }
    expect(firstMask).toBe(0);
    expect(JSON.parse(r.outputs.report ?? "{}").endpoints?.[0]?.url).toBe(`http://127.0.0.1:${port}/health`);
  });
});
