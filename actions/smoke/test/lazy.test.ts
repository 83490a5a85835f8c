// Heavy clients load only when a run needs them: the committed bundle pulls in its Redis chunks (the
// state module and ioredis) only when `redis-url` is given.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { startRedis } from "@ops/testkit/redis";
import { runAction } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const TRACE = fileURLToPath(new URL("./__fixtures__/trace-chunks.mjs", import.meta.url));
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((_, res) => res.writeHead(200).end('{"status":"ok"}'));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `api=http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const chunks = (stderr: string) => [...stderr.matchAll(/^chunk: (.+)$/gm)].map((m) => m[1]);

describe("actions/smoke loads Redis only when asked", () => {
  it("loads no chunk without redis-url", async () => {
    const result = await runAction({
      action: "smoke",
      inputs: { endpoints: endpoint },
      env: { NODE_OPTIONS: `--import=${TRACE}` },
      timeoutMs: 60_000,
    });
    expect(result.outputs.verdict).toBe("pass");
    expect(chunks(result.stderr)).toEqual([]);
  });

  it("loads the Redis chunks with redis-url", async () => {
    const redis = await startRedis();
    try {
      const result = await runAction({
        action: "smoke",
        inputs: { endpoints: endpoint, "redis-url": redis.url },
        env: { NODE_OPTIONS: `--import=${TRACE}` },
        timeoutMs: 60_000,
      });
      expect(result.outputs.verdict).toBe("fail"); // cb:state is not set on a fresh server
      expect(chunks(result.stderr).length).toBeGreaterThanOrEqual(2);
    } finally {
      await redis.stop();
    }
  });
});
