// Redis Sentinel URLs: the form, the defaults, strict errors naming the input, and masking.
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../action/errors.js";
import { maskUrl, parseRedisUrl, redisMasks, redisSecrets } from "./connection.js";
import { isSentinelUrl, parseSentinelUrl, sentinelList } from "./sentinel.js";

describe("parseSentinelUrl", () => {
  it("reads hosts, default ports, the master name, the database and the defaults", () => {
    const c = parseSentinelUrl("redis+sentinel://s1.internal,10.0.0.2:26380,[::1]:26381/orders/3");
    expect(c.sentinels).toEqual([
      { host: "s1.internal", port: 26379 },
      { host: "10.0.0.2", port: 26380 },
      { host: "::1", port: 26381 },
    ]);
    expect(sentinelList(c)).toBe("s1.internal:26379, 10.0.0.2:26380, [::1]:26381");
    expect(c).toMatchObject({ name: "orders", db: 3, tls: false, replicas: 1, failoverTimeoutMs: 60_000 });
    expect(c.username).toBeUndefined();
    expect(c.password).toBeUndefined();
  });

  it("reads both sets of credentials, TLS and the query parameters", () => {
    const c = parseSentinelUrl(
      "rediss+sentinel://deployer:p%40ss%3Aw@h1:1,h2:2/m?sentinel-user=watch&sentinel-password=s%26cret&failover-timeout=2m&replicas=0",
    );
    expect(c).toMatchObject({
      tls: true,
      username: "deployer",
      password: "p@ss:w",
      sentinelUsername: "watch",
      sentinelPassword: "s&cret",
      failoverTimeoutMs: 120_000,
      replicas: 0,
      db: 0,
    });
    expect(c.display).toBe(
      "rediss+sentinel://deployer:***@h1:1,h2:2/m?sentinel-user=watch&sentinel-password=***&failover-timeout=2m&replicas=0",
    );
    expect(isSentinelUrl(" REDIS+SENTINEL://h/m")).toBe(true);
    expect(isSentinelUrl("redis://h")).toBe(false);
  });

  it.each([
    ["redis+sentinel://h1,h2", /names no master/],
    ["redis+sentinel://h1,,h2/m", /empty entry/],
    ["redis+sentinel:///m", /no sentinel host/],
    ["redis+sentinel://h1:99999/m", /not between 1 and 65535/],
    ["redis+sentinel://h1:x/m", /not host\[:port\]/],
    ["redis+sentinel://h1/m/x", /database "x" is not a number/],
    ["redis+sentinel://h1/m/1/2", /not \/mastername\[\/db\]/],
    ["redis+sentinel://h1/m%20x", /master name "m x" may hold only/],
    [
      "redis+sentinel://h1/m?replica=1",
      /"replica" is unknown; allowed: sentinel-user, sentinel-password, failover-timeout, replicas/,
    ],
    ["redis+sentinel://h1/m?replicas=-1", /replicas "-1" is not a whole number from 0 to 16/],
    ["redis+sentinel://h1/m?failover-timeout=soon", /failover-timeout "soon" is not a duration/],
    ["redis+sentinel://h1/m?failover-timeout=100ms", /not between 1s and 10m/],
    ["redis+sentinel://h1/m?replicas=1&replicas=2", /given twice/],
    ["redis+sentinel://h1/m?sentinel-user=u", /sentinel-user needs sentinel-password/],
    ["redis+sentinel://user@h1/m", /no `:` before `@`/],
    ["redis+sentinel://h1/m#x", /fragment/],
  ])("refuses %s, naming the input and the form", (url, why) => {
    let error: unknown;
    try {
      parseSentinelUrl(url, "redis-url");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(/^redis-url: /);
    expect(message).toMatch(why);
    expect(message).toContain(
      "expected redis+sentinel://[user:password@]host1[:26379],host2[:port]/mastername",
    );
  });

  it("never shows a password in an error, either one", () => {
    for (const url of [
      "redis+sentinel://:topsecret1@h1/m?replicas=x",
      "redis+sentinel://u:top@secret1@h1/m/zz",
      "redis+sentinel://h1/m?sentinel-password=topsecret1&bogus=1",
    ]) {
      expect(() => parseRedisUrl(url, "redis-url")).toThrow(ConfigurationError);
      try {
        parseRedisUrl(url, "redis-url");
      } catch (e) {
        expect((e as Error).message).not.toContain("secret1");
        expect((e as Error).message).toContain("***");
      }
    }
  });
});

describe("the connection module with Sentinel URLs", () => {
  it("parseRedisUrl gives the target with the Sentinel part", () => {
    const t = parseRedisUrl("redis+sentinel://:pw1234@127.0.0.1:5000,127.0.0.1:5001/opsmaster/2?replicas=2");
    expect(t).toMatchObject({
      host: "127.0.0.1",
      port: 5000,
      db: 2,
      password: "pw1234",
      sentinel: {
        name: "opsmaster",
        sentinels: "127.0.0.1:5000, 127.0.0.1:5001",
        replicas: 2,
        failoverTimeoutMs: 60_000,
      },
    });
    expect(t.display).toBe("redis+sentinel://:***@127.0.0.1:5000,127.0.0.1:5001/opsmaster/2?replicas=2");
  });

  it("masks both passwords in every form", () => {
    const url = "redis+sentinel://ops:n%2Fde-pw@h1,h2/m?sentinel-password=s%2Fnt-pw";
    expect(maskUrl(url)).toBe("redis+sentinel://ops:***@h1,h2/m?sentinel-password=***");
    const secrets = redisSecrets(url);
    for (const form of ["n%2Fde-pw", "n/de-pw", "s%2Fnt-pw", "s/nt-pw"]) expect(secrets).toContain(form);
    expect(redisMasks(url)).toContain(url);
    expect(maskUrl("redis+sentinel://h1/m?sentinel-password=abc123&replicas=1")).toBe(
      "redis+sentinel://h1/m?sentinel-password=***&replicas=1",
    );
  });

  it("a plain redis:// URL is read as before", () => {
    const t = parseRedisUrl("redis://:pw@10.0.0.1:6380/1");
    expect(t).toMatchObject({ host: "10.0.0.1", port: 6380, db: 1, tls: false });
    expect(t.sentinel).toBeUndefined();
    expect(() => parseRedisUrl("http://h")).toThrow(/or redis\+sentinel:\/\//);
  });
});
