import { describe, expect, it } from "vitest";
import { ConfigurationError, TransientError } from "../action/errors.js";
import { fakeRunner } from "../process/__fixtures__/fake-runner.js";
import { detectCompose, flavorOf, parseComposeCommand, parseComposeVersion } from "./command.js";

describe("parseComposeVersion", () => {
  it.each([
    ["1.29.2\n", "1.29.2"],
    ["2.29.7\n", "2.29.7"],
    ["v2.31.0-desktop.2\n", "2.31.0-desktop.2"],
    ["docker-compose version 1.29.2, build unknown\ndocker-py version: 5.0.3\n", "1.29.2"],
    ["Docker Compose version v2.29.7\n", "2.29.7"],
  ])("%j → %s", (text, version) => {
    expect(parseComposeVersion(text)).toBe(version);
  });
  it("finds nothing in docker's unknown-command help", () => {
    expect(parseComposeVersion("Usage:  docker [OPTIONS] COMMAND\n")).toBeUndefined();
  });
  it("classifies by major version", () => {
    expect(flavorOf("1.29.2")).toBe("v1");
    expect(flavorOf("2.0.0")).toBe("v2");
    expect(flavorOf("5.1.0")).toBe("v2");
  });
});

describe("parseComposeCommand", () => {
  it("auto and empty mean detect", () => {
    expect(parseComposeCommand(undefined)).toBeUndefined();
    expect(parseComposeCommand("  ")).toBeUndefined();
    expect(parseComposeCommand("auto")).toBeUndefined();
  });
  it("splits words, quotes respected", () => {
    expect(parseComposeCommand("docker compose")).toEqual(["docker", "compose"]);
    expect(parseComposeCommand("docker-compose")).toEqual(["docker-compose"]);
    expect(parseComposeCommand('"/opt/my tools/docker" compose')).toEqual([
      "/opt/my tools/docker",
      "compose",
    ]);
  });
});

describe("detectCompose", () => {
  it("prefers the v2 plugin when it answers", async () => {
    const fake = fakeRunner((argv) =>
      argv.join(" ") === "docker compose version --short" ? { stdout: "2.29.7\n" } : undefined,
    );
    const found = await detectCompose({ run: fake.run, env: { DOCKER_HOST: "ssh://deploy@prod" } });
    expect(found).toEqual({ argv: ["docker", "compose"], flavor: "v2", version: "2.29.7" });
    expect(fake.calls[0]?.options.env?.DOCKER_HOST).toBe("ssh://deploy@prod");
  });

  it("falls back to docker-compose when docker has no compose plugin", async () => {
    const fake = fakeRunner((argv) => {
      const line = argv.join(" ");
      if (line === "docker compose version --short")
        return { code: 1, stderr: "docker: unknown command: docker compose\n" };
      if (line === "docker-compose version --short") return { stdout: "1.29.2\n" };
      return undefined;
    });
    expect(await detectCompose({ run: fake.run })).toEqual({
      argv: ["docker-compose"],
      flavor: "v1",
      version: "1.29.2",
    });
  });

  it("does not take an exit-0 help text for a version (old docker CLIs print help for unknown commands)", async () => {
    const fake = fakeRunner((argv) => {
      if (argv[0] === "docker") return { stdout: "Usage:  docker [OPTIONS] COMMAND\n" };
      return { stdout: "1.29.2\n" };
    });
    expect((await detectCompose({ run: fake.run })).flavor).toBe("v1");
  });

  it("says neither works, naming the input, when nothing is installed", async () => {
    const fake = fakeRunner(() => ({ missing: true }));
    const error = await detectCompose({ run: fake.run }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe("compose-command");
    expect((error as Error).message).toMatch(/neither `docker compose`.*nor `docker-compose`/);
  });

  it("a configured command must work; it is not silently replaced", async () => {
    const fake = fakeRunner((argv) =>
      argv[0] === "docker-compose" ? { stdout: "1.29.2\n" } : { code: 1, stderr: "unknown command" },
    );
    const error = await detectCompose({ run: fake.run, command: ["docker", "compose"] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain("`docker compose` does not work");
    const v1 = await detectCompose({ run: fake.run, command: ["docker-compose"] });
    expect(v1.flavor).toBe("v1");
  });

  it("both timing out is transient", async () => {
    const fake = fakeRunner(() => ({ timedOut: true }));
    await expect(detectCompose({ run: fake.run })).rejects.toBeInstanceOf(TransientError);
  });
});
