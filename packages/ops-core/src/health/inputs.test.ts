import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../action/errors.js";
import { actionInputSource, Inputs, optionInputSource } from "../action/inputs.js";
import { readSmokeConfig } from "./inputs.js";

const files = (content: Record<string, string> = {}) => ({
  readFile: async (path: string) => {
    const text = content[path];
    if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return text;
  },
  resolvePath: (cwd: string | undefined, path: string) => (cwd ? `${cwd}/${path}` : path),
});

const action = (env: Record<string, string>) =>
  readSmokeConfig(
    new Inputs(
      actionInputSource(
        Object.fromEntries(Object.entries(env).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ),
    ),
    files(),
  );
const cli = (values: Record<string, string>) =>
  readSmokeConfig(new Inputs(optionInputSource(values)), files());

async function configError(p: Promise<unknown>): Promise<ConfigurationError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ConfigurationError))
    throw new Error(`expected a ConfigurationError, got ${String(error)}`);
  return error;
}

describe("readSmokeConfig", () => {
  it("reads endpoints and applies the defaults", async () => {
    const c = await action({
      endpoints:
        "signal=http://127.0.0.1:8001/health\n  gateway = http://127.0.0.1:8002/health \n# a comment\nhttp://127.0.0.1:8003/health",
    });
    expect(c.smoke.endpoints).toEqual([
      { name: "signal", url: "http://127.0.0.1:8001/health" },
      { name: "gateway", url: "http://127.0.0.1:8002/health" },
      { name: "127.0.0.1:8003/health", url: "http://127.0.0.1:8003/health" },
    ]);
    expect(c.smoke).toMatchObject({
      timeoutMs: 60_000,
      requestTimeoutMs: 5_000,
      successes: 2,
      samples: 10,
      maxIntervalMs: 400,
      failFast: true,
    });
    expect(c.smoke.expectStatus.text).toBe("200");
    expect(c.failOn).toBe("fail");
    expect(c.compose).toBeUndefined();
    expect(c.redis).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("reads every other option", async () => {
    const c = await action({
      endpoints: "api=https://example.test/health?verbose=1",
      "expect-status": "200,204",
      "expect-json": "status=ok\nchecks.db=up",
      timeout: "2m",
      "request-timeout": "500ms",
      successes: "3",
      samples: "0",
      "compose-file": "examples/stack/compose.yml",
      "compose-project": "stack",
      "compose-command": "docker-compose",
      services: "signal_service, orchestrator",
      observe: "0s",
      "redis-url": "redis://:pw@127.0.0.1:6390/0",
      "key-prefix": "staging:",
      "smoke-command": '["pytest", "tests/e2e/test_smoke.py"]',
      "junit-path": "out.xml",
      "fail-on": "inconclusive",
    });
    expect(c.smoke.endpoints).toEqual([{ name: "api", url: "https://example.test/health?verbose=1" }]);
    expect(c.smoke.expectJson).toEqual([
      { path: "status", value: "ok" },
      { path: "checks.db", value: "up" },
    ]);
    expect(c.smoke).toMatchObject({ timeoutMs: 120_000, requestTimeoutMs: 500, successes: 3, samples: 0 });
    expect(c.smoke.stack).toEqual({
      services: ["signal_service", "orchestrator"],
      observeMs: 0,
      pollMs: 500,
      logLines: 30,
    });
    expect(c.compose).toEqual({
      files: ["examples/stack/compose.yml"],
      project: "stack",
      command: "docker-compose",
      cwd: undefined,
    });
    expect(c.redis).toEqual({
      url: "redis://:pw@127.0.0.1:6390/0",
      display: "redis://:***@127.0.0.1:6390/0",
      keyPrefix: "staging:",
    });
    expect(c.smoke.smokeTests).toMatchObject({
      argv: ["pytest", "tests/e2e/test_smoke.py"],
      junitPath: "out.xml",
    });
    expect(c.failOn).toBe("inconclusive");
  });

  it.each([
    [
      { endpoints: "api=not a url" },
      "endpoints",
      'input `endpoints`: "api=not a url" is not valid; expected lines of name=url',
    ],
    [{ endpoints: "api=ftp://x/health" }, "endpoints", "starting with http:// or https://"],
    [{ endpoints: "a=http://x/1\na=http://x/2" }, "endpoints", 'each name once ("a" is repeated)'],
    [
      { endpoints: "a=http://x/1", "fail-on": "sometimes" },
      "fail-on",
      'input `fail-on`: "sometimes" is not valid; expected one of fail, inconclusive, never',
    ],
    [
      { endpoints: "a=http://x/1", "compose-command": "podman-compose" },
      "compose-command",
      "one of auto, docker compose, docker-compose",
    ],
    [
      { endpoints: "a=http://x/1", timeout: "-5s" },
      "timeout",
      'input `timeout`: "-5s" is not valid; expected a duration',
    ],
    [{ endpoints: "a=http://x/1", successes: "0" }, "successes", "a whole number in 1..100"],
    [{ endpoints: "a=http://x/1", "expect-status": "ok" }, "expect-status", "expected status codes"],
    [{ endpoints: "a=http://x/1", "expect-json": "status" }, "expect-json", "lines of path=value"],
    [{ "redis-url": "http://127.0.0.1:6379" }, "redis-url", "redis://"],
    [{ endpoints: "a=http://x/1", "key-prefix": "x:" }, "key-prefix", "needs input `redis-url`"],
    [{ endpoints: "a=http://x/1", "junit-path": "out.xml" }, "junit-path", "needs input `smoke-command`"],
    [{ endpoints: "a=http://x/1", services: "api" }, "services", "needs input `compose-file`"],
    [{ endpoints: "a=http://x/1", baseline: '{"schema":3}' }, "baseline", "unsupported report schema 3"],
    [
      { endpoints: "a=http://x/1", baseline: "reports/before.json" },
      "baseline",
      'cannot read "reports/before.json"',
    ],
    [{}, "endpoints", "nothing to check"],
  ])("refuses %j naming the input", async (env, input, message) => {
    const error = await configError(action(env as Record<string, string>));
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });

  it("never shows a Redis password in an error", async () => {
    const error = await configError(action({ "redis-url": "redis://:hunter2@[bad" }));
    expect(error.message).not.toContain("hunter2");
  });

  it("names command-line options as --options", async () => {
    const error = await configError(cli({ endpoints: "a=http://x/1", "request-timeout": "soon" }));
    expect(error.message).toMatch(/^option --request-timeout: "soon" is not valid/);
  });

  it("reads a baseline from a file in the working directory", async () => {
    const report = JSON.stringify({
      schema: 1,
      finishedAt: "2026-11-26T00:00:00Z",
      endpoints: [{ name: "a", samplesMs: [1, 2, 3, 4, 5] }],
    });
    const c = await readSmokeConfig(
      new Inputs(
        optionInputSource({
          endpoints: "a=http://x/1",
          baseline: "before.json",
          "working-directory": "/repo",
        }),
      ),
      files({ "/repo/before.json": report }),
    );
    expect(c.smoke.baseline?.endpoints[0]?.samplesMs).toEqual([1, 2, 3, 4, 5]);
  });
});
