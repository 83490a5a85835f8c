// The connection: URL parsing and masking (pure), then real redis-server with an ACL user, a wrong
// password, a stopped server and a frozen one (SIGSTOP): every failure is an error within the deadline.
import { readFileSync } from "node:fs";
import { type RedisServer, startRedis } from "@ops/testkit/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, errorKind, TransientError } from "../action/errors.js";
import { RecordingLogger } from "../action/logger.js";
import {
  connectRedis,
  maskUrl,
  parseRedisUrl,
  RedisAuthError,
  RedisCommandTimeoutError,
  redisSecrets,
} from "./connection.js";

describe("parseRedisUrl", () => {
  it("reads redis:// and rediss:// with user, password, port and db", () => {
    expect(parseRedisUrl("redis://localhost")).toMatchObject({
      host: "localhost",
      port: 6379,
      tls: false,
      db: 0,
    });
    expect(parseRedisUrl("rediss://deployer:p%40ss@redis.example:6380/2")).toMatchObject({
      host: "redis.example",
      port: 6380,
      tls: true,
      username: "deployer",
      password: "p@ss",
      db: 2,
      display: "rediss://deployer:***@redis.example:6380/2",
    });
    expect(parseRedisUrl("redis://:only-pw@[::1]:7000")).toMatchObject({
      host: "::1",
      username: undefined,
      password: "only-pw",
    });
  });

  it("names the input and never shows the password in its errors", () => {
    for (const bad of [
      "",
      "localhost:6379",
      "http://h:1",
      "redis://u:hunter2@h/x",
      "redis://u:%zz@h",
      "not a url hunter2@",
    ]) {
      let error: unknown;
      try {
        parseRedisUrl(bad, "redis-url");
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).input).toBe("redis-url");
      expect((error as Error).message).toMatch(/^redis-url: /);
      expect((error as Error).message).not.toContain("hunter2");
    }
  });
});

describe("redisSecrets and maskUrl", () => {
  it("gives every form the password can take: as written, decoded and encoded", () => {
    expect(redisSecrets("redis://u:p%40ss%3Aw%2Frd@h:1")).toEqual(["p%40ss%3Aw%2Frd", "p@ss:w/rd"]);
    expect(redisSecrets("redis://u:p@ss:w@h:1")).toEqual(expect.arrayContaining(["p@ss:w", "p%40ss%3Aw"]));
    expect(redisSecrets("redis://:plain@h")).toEqual(["plain"]);
    expect(redisSecrets("redis://h:6379")).toEqual([]);
    expect(redisSecrets(undefined)).toEqual([]);
  });
  it("masks passwords even in URLs that do not parse", () => {
    expect(maskUrl("redis://u:se cret@h")).toBe("redis://u:***@h");
    expect(maskUrl("rediss://:x@h:1/0")).toBe("rediss://:***@h:1/0");
    expect(maskUrl("redis://h:1")).toBe("redis://h:1");
  });
});

describe("connectRedis over TLS (rediss://) on a real server", () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis({ tls: true, users: [{ name: "deployer", password: "tls:pw" }] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("connects with the server's CA, as an ACL user", async () => {
    const conn = await connectRedis(server.urlFor("deployer", "tls:pw"), {
      tlsCa: readFileSync(server.caFile ?? ""),
    });
    try {
      expect(conn.target.tls).toBe(true);
      expect(await conn.redis.acl("WHOAMI")).toBe("deployer");
    } finally {
      await conn.close();
    }
  });

  it("refuses a certificate it cannot verify, saying so", async () => {
    const error = await connectRedis(server.urlFor("deployer", "tls:pw")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(
      /rediss:\/\/127\.0\.0\.1:\d+ cannot be reached: .*self-signed certificate/,
    );
  });

  it("a plain redis:// client cannot talk to the TLS port: an error, not a hang", async () => {
    const error = await connectRedis(`redis://127.0.0.1:${server.port}`, { connectTimeoutMs: 800 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransientError);
  });
});

describe("connectRedis on real servers", () => {
  let server: RedisServer;
  const password = "s3cr:et/p@ss";
  beforeAll(async () => {
    server = await startRedis({
      password: "default-pw",
      users: [{ name: "deployer", password, rules: "~* +@all" }],
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("connects as an ACL user with a URL-encoded password and closes cleanly", async () => {
    const logger = new RecordingLogger();
    const conn = await connectRedis(server.urlFor("deployer", password), { logger });
    expect(await conn.redis.acl("WHOAMI")).toBe("deployer");
    expect(conn.target.display).toBe(`redis://deployer:***@127.0.0.1:${server.port}`);
    await conn.close();
    await conn.close();
    expect(conn.redis.status).toBe("end");
    for (const secret of redisSecrets(server.urlFor("deployer", password))) {
      expect(logger.text()).not.toContain(secret);
    }
  });

  it("a wrong password is a configuration error naming the input, without the password", async () => {
    const url = server.urlFor("deployer", "wrong-Pa55");
    const error = await connectRedis(url, { input: "--redis-url" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisAuthError);
    expect((error as ConfigurationError).input).toBe("--redis-url");
    expect((error as Error).message).toMatch(/refused the credentials.*WRONGPASS/);
    expect((error as Error).message).not.toContain("wrong-Pa55");
  });

  it("a stopped server is a transient error within the connect timeout", async () => {
    const gone = await startRedis();
    await gone.stop();
    const started = Date.now();
    const error = await connectRedis(gone.url, { connectTimeoutMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(new RegExp(`127\\.0\\.0\\.1:${gone.port} cannot be reached`));
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("a frozen server (SIGSTOP) is a transient error within the connect timeout", async () => {
    const frozen = await startRedis();
    frozen.pause();
    try {
      const error = await connectRedis(frozen.url, { connectTimeoutMs: 800 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientError);
      expect((error as Error).message).toMatch(/no answer within 800 ms/);
    } finally {
      await frozen.stop();
    }
  });

  it("a server frozen after connecting fails commands within the command timeout", async () => {
    const later = await startRedis();
    const conn = await connectRedis(later.url, { commandTimeoutMs: 500 });
    later.pause();
    try {
      await expect(conn.redis.get("x")).rejects.toThrow(
        /^Redis did not answer GET within 0\.5 s \(the connection was open\): nothing was changed by it/,
      );
      const write = await conn.redis
        .eval("return redis.call('SET', KEYS[1], 'v')", 1, "k")
        .catch((e: unknown) => e);
      expect(write).toBeInstanceOf(RedisCommandTimeoutError);
      expect(errorKind(write)).toBe("transient");
      expect(String((write as Error).message)).toMatch(
        /^Redis did not answer EVAL within 0\.5 s .*may or may not have been applied; read the state again/,
      );
    } finally {
      await conn.close();
      await later.stop();
    }
  });
});
