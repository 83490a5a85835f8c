import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./smoke.js";

// `ops smoke` in process, against a local HTTP server: the same core as the action, text or JSON.

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/ok") res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    else res.writeHead(500).end("::error::forged\n<b>down</b>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** As `main` runs a command: its exit code, or 2 for a configuration error thrown (main.ts's rule). */
async function runCli(argv: string[], io: Parameters<typeof run>[1]): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr(`ops smoke: ${(error as Error).message}\n`);
    return (error as { kind?: string }).kind === "configuration" ? 2 : 1;
  }
}

async function ops(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: process.env,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

describe("ops smoke", () => {
  it("passes a healthy endpoint, with a human report", async () => {
    const r = await ops("--endpoints", `api=${base}/ok`, "--expect-json", "status=ok", "--samples", "3");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PASS: Production is healthy: 1 endpoint\(s\) healthy\n/);
    expect(r.stdout).toMatch(
      /PASS {4}api {2}http:\/\/127\.0\.0\.1:\d+\/ok {2}status 200 {2}attempts 2 {2}p50 [\d.]+ ms {2}p95 [\d.]+ ms/,
    );
  });

  it("fails with exit 1 and prints the report JSON with --json", async () => {
    const r = await ops(
      "--endpoints",
      `api=${base}/ok`,
      "--endpoints",
      `bad=${base}/bad`,
      "--timeout",
      "1s",
      "--json",
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schema: 1, verdict: "fail", healthy: false });
    expect(report.findings[0].subject).toBe("bad");
    expect(report.endpoints[1].body).toBe("::error::forged\n<b>down</b>");
    // Progress on stderr: the body's line cannot act as a workflow command there either.
    expect(r.stderr).not.toMatch(/^::error::forged/m);
  });

  it("exits 0 on a failing verdict with --fail-on never", async () => {
    const r = await ops("--endpoints", `bad=${base}/bad`, "--timeout", "300ms", "--fail-on", "never");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^FAIL: /);
  });

  it("runs the smoke command given after --, without a shell", async () => {
    const r = await ops(
      "--endpoints",
      `api=${base}/ok`,
      "--samples",
      "0",
      "--json",
      "--",
      process.execPath,
      "-e",
      "process.exit(3)",
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.smokeTests).toMatchObject({
      checked: true,
      verdict: "fail",
      exitCode: 3,
      argv: [process.execPath, "-e", "process.exit(3)"],
    });
  });

  it("refuses bad options with exit 2, naming them", async () => {
    const r = await ops("--endpoints", "api=notaurl");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'ops smoke: option --endpoints: "api=notaurl" is not valid; expected lines of name=url, each url an absolute URL starting with http:// or https://\n',
    );
    expect((await ops("--endpoints", `a=${base}/ok`, "--fail-on", "maybe")).stderr).toContain(
      "option --fail-on",
    );
    expect((await ops("--bogus")).code).toBe(2);
  });

  it("prints its help", async () => {
    const r = await ops("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("usage: ops smoke [options] [-- SMOKE-COMMAND ARGS...]");
  });
});

describe("ops smoke on a remote engine", () => {
  it("--docker-host ssh:// without a pinned host key is bad usage naming the option and the keyscan hint", async () => {
    const r = await ops("--endpoints", `api=${base}/ok`, "--docker-host", "ssh://deploy@prod-1:2222");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option --known-hosts (or OPS_KNOWN_HOSTS) has no key for [prod-1]:2222");
    expect(r.stderr).toContain("`ssh-keyscan -p 2222 prod-1`");
  });

  it("the key is not an option (a command line is visible to every user): --ssh-key is refused", async () => {
    const r = await ops("--endpoints", `api=${base}/ok`, "--ssh-key", "x");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--ssh-key'/);
  });
});
