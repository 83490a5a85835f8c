import { afterAll, describe, expect, it } from "vitest";
import { type RedisServer, redisCli, startRedis } from "./redis.ts";

describe("startRedis", () => {
  const servers: RedisServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  it("starts a server without persistence that answers redis-cli and stops it", async () => {
    const server = await startRedis();
    servers.push(server);
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    expect(await redisCli(server, ["PING"])).toBe("PONG");
    expect(await redisCli(server, ["CONFIG", "GET", "save"])).toBe("save");
    expect(await redisCli(server, ["CONFIG", "GET", "appendonly"])).toBe("appendonly\nno");
    await server.stop();
    expect(server.running).toBe(false);
    await expect(redisCli(server, ["PING"])).rejects.toThrow();
  });

  it("requires the password and ACL users' passwords", async () => {
    const server = await startRedis({
      password: "def:pw@1",
      users: [{ name: "deployer", password: "p%ss/w:rd", rules: "~* +@all -flushall" }],
    });
    servers.push(server);
    expect(server.url).toContain(encodeURIComponent("def:pw@1"));
    expect(await redisCli(server, ["SET", "a", "1"])).toMatch(/NOAUTH/);
    expect(await redisCli(server, ["PING"], { password: "def:pw@1" })).toBe("PONG");
    expect(await redisCli(server, ["SET", "a", "1"], { user: "deployer", password: "p%ss/w:rd" })).toBe("OK");
    expect(await redisCli(server, ["FLUSHALL"], { user: "deployer", password: "p%ss/w:rd" })).toMatch(
      /NOPERM/,
    );
    expect(server.urlFor("deployer", "p%ss/w:rd")).toBe(
      `redis://deployer:p%25ss%2Fw%3Ard@127.0.0.1:${server.port}`,
    );
  });

  it("pauses (SIGSTOP) and resumes (SIGCONT)", async () => {
    const server = await startRedis();
    servers.push(server);
    server.pause();
    await expect(redisCli(server, ["-t", "1", "PING"]).catch((e: Error) => e.message)).resolves.not.toBe(
      "PONG",
    );
    server.resume();
    expect(await redisCli(server, ["PING"])).toBe("PONG");
    server.pause();
    await server.stop();
    expect(server.running).toBe(false);
  });

  it("serves TLS only, with a self-signed certificate, when asked", async () => {
    const server = await startRedis({ tls: true, password: "tls-pw" });
    servers.push(server);
    expect(server.url).toBe(`rediss://:tls-pw@127.0.0.1:${server.port}`);
    expect(server.caFile).toBeTruthy();
    expect(await redisCli(server, ["PING"], { password: "tls-pw" })).toBe("PONG");
    await expect(redisCli({ host: server.host, port: server.port }, ["-t", "1", "PING"])).rejects.toThrow();
  });

  it("gives each server its own port", async () => {
    const [a, b] = await Promise.all([startRedis(), startRedis()]);
    servers.push(a, b);
    expect(a.port).not.toBe(b.port);
    await redisCli(a, ["SET", "k", "a"]);
    expect(await redisCli(b, ["EXISTS", "k"])).toBe("0");
  });
});
