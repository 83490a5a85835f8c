// The ssh:// engine against a real OpenSSH server (the test kit's sshd on a loopback port, its remote
// docker pointed at a private dockerd): one login for many docker and docker-compose calls, a wrong or
// unknown host key refused before any login with the key offered named, a refused key named as such, and
// everything removed after.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireDocker, type DockerClient } from "@ops/testkit/docker";
import { type SshServer, startSshd } from "@ops/testkit/sshd";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, RefusalError } from "../action/errors.js";
import { Inputs, optionInputSource } from "../action/inputs.js";
import type { Logger } from "../action/logger.js";
import { runCommand } from "../process/run-command.js";
import { parseDockerHost, type SshDockerHost } from "./docker-host.js";
import { ENGINE_DIR_STATE, prepareEngine, readEngineSettings, removeLeftoverEngine } from "./engine.js";
import { parseKnownHosts } from "./known-hosts.js";
import { prepareSshEngine } from "./ssh-engine.js";

let docker: DockerClient;
let release: () => Promise<void>;
let sshd: SshServer;
let base: string;
let host: SshDockerHost;

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  notice: () => undefined,
  group: (_t, fn) => fn(),
};

beforeAll(async () => {
  ({ docker, release } = await acquireDocker());
  sshd = await startSshd({ dockerHost: docker.host });
  base = await mkdtemp(join(tmpdir(), "ssh-engine-test-"));
  host = parseDockerHost(sshd.dockerHost) as SshDockerHost;
});

afterAll(async () => {
  await sshd?.stop();
  await release?.();
  if (base) await rm(base, { recursive: true, force: true });
});

const engineFor = (knownHosts: string, privateKey = sshd.privateKey) =>
  prepareSshEngine({
    host,
    privateKey,
    knownHosts: parseKnownHosts(knownHosts),
    baseDir: base,
    env: { ...process.env, COMPOSE_PARAMIKO_SSH: "1", DOCKER_HOST: "unix:///nowhere.sock" },
    connectTimeoutSec: 10,
  });

describe("an ssh:// engine on a real sshd", () => {
  it("one login for the preflight, docker CLI calls and docker-compose v1 calls; the key 0600 in a 0700 directory; close() removes it all", async () => {
    const before = await sshd.logins();
    const engine = await engineFor(sshd.knownHostsLine);
    expect(statSync(engine.dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(engine.dir, "id_engine")).mode & 0o777).toBe(0o600);
    expect(engine.env.DOCKER_HOST).toBe(sshd.dockerHost);
    expect(engine.env.COMPOSE_PARAMIKO_SSH).toBe("0");
    expect(engine.env.PATH?.split(":")[0]).toBe(join(engine.dir, "bin"));

    const { serverVersion } = await engine.preflight();
    expect(serverVersion).toMatch(/^\d+\.\d+/);
    for (const argv of [
      ["docker", "info", "--format", "{{.ID}}"],
      ["docker", "ps", "-q"],
      ["docker-compose", "-p", "sshprobe", "-f", "/dev/null", "ps"],
    ]) {
      const r = await runCommand(argv, { env: engine.env, timeoutMs: 60_000, cwd: base });
      if (argv[0] === "docker") expect(r.code, r.stderr).toBe(0);
      // docker-compose v1 over ssh: an empty compose file is its own error, but it reached the engine.
      else expect(r.stderr).not.toMatch(/Host key|paramiko|Permission denied/);
    }
    expect((await sshd.logins()) - before).toBe(1);
    // The engine seen through ssh is the test's dockerd.
    const id = await runCommand(["docker", "info", "--format", "{{.ID}}"], {
      env: engine.env,
      timeoutMs: 30_000,
    });
    expect(id.stdout.trim()).toBe((await docker.ok(["info", "--format", "{{.ID}}"])).trim());

    await engine.close();
    expect(existsSync(engine.dir)).toBe(false);
  });

  it("a wrong host key is refused before any login, naming the key offered and how to pin it", async () => {
    const before = await sshd.logins();
    const engine = await engineFor(sshd.wrongKnownHostsLine);
    const error = await engine.preflight().catch((e: unknown) => e);
    await engine.close();
    expect(error).toBeInstanceOf(RefusalError);
    const offered = execFileSync("ssh-keygen", ["-lf", "-"], {
      input: sshd.knownHostsLine,
      encoding: "utf8",
    }).split(" ")[1] as string;
    const message = (error as Error).message;
    expect(message).toContain(`offered a host key that is not pinned in \`known-hosts\` (ED25519 ${offered}`);
    expect(message).toContain(`\`ssh-keyscan -p ${sshd.port} 127.0.0.1\``);
    expect(message).toContain("nothing was done");
    expect(await sshd.logins()).toBe(before);
  });

  it("only a key of another type pinned: refused all the same, the key offered named", async () => {
    const rsa = join(base, "rsa");
    execFileSync("ssh-keygen", ["-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", rsa]);
    const pub = execFileSync("cat", [`${rsa}.pub`], { encoding: "utf8" }).split(" ");
    const engine = await engineFor(`[127.0.0.1]:${sshd.port} ${pub[0]} ${pub[1]}`);
    const error = await engine.preflight().catch((e: unknown) => e);
    await engine.close();
    expect(error).toBeInstanceOf(RefusalError);
    const offered = execFileSync("ssh-keygen", ["-lf", "-"], {
      input: sshd.knownHostsLine,
      encoding: "utf8",
    }).split(" ")[1] as string;
    expect((error as Error).message).toContain(`(ED25519 ${offered}; pinned: ssh-rsa SHA256:`);
  });

  it("a key the host does not accept is a configuration error naming ssh-key", async () => {
    const other = join(base, "other");
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", other]);
    const engine = await engineFor(sshd.knownHostsLine, execFileSync("cat", [other], { encoding: "utf8" }));
    const error = await engine.preflight().catch((e: unknown) => e);
    await engine.close();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe("ssh-key");
    expect((error as Error).message).toContain(`refused the login as ${sshd.user}`);
  });

  it("prepareEngine from inputs masks the key line by line; the post step's backstop stops the master and removes a directory left behind", async () => {
    const masked: string[] = [];
    const state = new Map<string, string>();
    const inputs = new Inputs(
      optionInputSource({
        "docker-host": sshd.dockerHost,
        "ssh-key": sshd.privateKey,
        "known-hosts": `# pinned\n${sshd.knownHostsLine}`,
      }),
    );
    expect(readEngineSettings(inputs)?.dockerHost.kind).toBe("ssh");
    const engine = await prepareEngine({
      inputs,
      env: { ...process.env, RUNNER_TEMP: base },
      logger: quiet,
      setSecret: (v) => masked.push(v),
      onCleanup: () => undefined, // the main step "dies": its cleanup never runs
      saveState: (k, v) => state.set(k, v),
    });
    const body = sshd.privateKey.split("\n").filter((l) => l && !l.startsWith("-----"));
    for (const line of body) expect(masked).toContain(line);
    expect(engine.description).toContain(`${sshd.dockerHost} (Docker `);
    const dir = engine.ssh?.dir as string;
    const controlDir = engine.ssh?.controlDir as string;
    expect(readdirSync(controlDir).some((f) => f.startsWith("cm-"))).toBe(true);
    await removeLeftoverEngine((k) => state.get(k), quiet);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(controlDir)).toBe(false);
    expect(state.get(ENGINE_DIR_STATE)).toContain(dir);
  });

  it("inputs that do not go together are configuration errors naming them", () => {
    const read = (values: Record<string, string>) => () =>
      readEngineSettings(new Inputs(optionInputSource(values)));
    expect(read({ "ssh-key": sshd.privateKey })).toThrow(/ssh-key needs .*docker-host/);
    expect(read({ "docker-host": "tcp://127.0.0.1:2375", "known-hosts": sshd.knownHostsLine })).toThrow(
      /is for an ssh:\/\//,
    );
    expect(read({ "docker-host": sshd.dockerHost })).toThrow(/has no key for \[127\.0\.0\.1\]:\d+/);
    expect(
      read({ "docker-host": sshd.dockerHost, "known-hosts": sshd.knownHostsLine, "ssh-key": "hunter2" }),
    ).toThrow(/not a private key/);
  });
});
