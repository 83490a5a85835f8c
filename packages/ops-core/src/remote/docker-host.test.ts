import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../action/errors.js";
import { knownHostsName, parseDockerHost } from "./docker-host.js";

describe("parseDockerHost", () => {
  it("reads ssh://, tcp:// and unix:// into their parts, canonically", () => {
    expect(parseDockerHost("ssh://deploy@prod-1.example.com:2222")).toEqual({
      kind: "ssh",
      user: "deploy",
      host: "prod-1.example.com",
      port: 2222,
      url: "ssh://deploy@prod-1.example.com:2222",
    });
    expect(parseDockerHost(" ssh://root@203.0.113.7/ ")).toMatchObject({
      host: "203.0.113.7",
      port: undefined,
    });
    expect(parseDockerHost("tcp://10.0.0.5:2376")).toEqual({
      kind: "tcp",
      host: "10.0.0.5",
      port: 2376,
      url: "tcp://10.0.0.5:2376",
    });
    expect(parseDockerHost("unix:///run/docker.sock")).toEqual({
      kind: "unix",
      path: "/run/docker.sock",
      url: "unix:///run/docker.sock",
    });
  });

  it.each([
    ["http://host", /no known scheme/],
    ["ssh://host", /has no user/],
    ["ssh://user:pw@host", /holds a password: use `ssh-key`/],
    ["ssh://us$er@host", /user name/],
    ["ssh://deploy@ho;st", /not a host name/],
    ["ssh://deploy@$(reboot)", /not a host name/],
    ["ssh://deploy@host:0", /port that is not 1 to 65535/],
    ["ssh://deploy@host:70000", /port/],
    ["ssh://deploy@host/var/run/docker.sock", /path, query or fragment/],
    ["ssh://deploy@[::1]:22", /IPv6/],
    ["tcp://user@host:2375", /does not take/],
    ["unix://run/docker.sock", /absolute socket path/],
    ["ssh://deploy@999.1.1.1", /not a host name or IPv4/],
  ])("%s is a configuration error naming the input and the forms allowed", (text, why) => {
    let error: unknown;
    try {
      parseDockerHost(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe("docker-host");
    expect((error as Error).message).toMatch(/^input `docker-host`: /);
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toContain("ssh://user@host[:port]");
  });

  it("names hosts as known_hosts does: bare on 22, [host]:port otherwise", () => {
    expect(knownHostsName("h", undefined)).toBe("h");
    expect(knownHostsName("h", 22)).toBe("h");
    expect(knownHostsName("h", 2222)).toBe("[h]:2222");
  });
});
