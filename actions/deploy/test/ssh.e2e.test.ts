// End to end, a remote engine over SSH: the COMMITTED deploy and smoke bundles under the runner harness,
// `docker-host: ssh://root@127.0.0.1:PORT` with the key from a "secret" and the host key pinned, against a
// real OpenSSH server (the test kit's sshd, whose sessions' docker talks to the test kit's dockerd). The
// runner's own DOCKER_HOST points nowhere, so every docker and compose call that works went through ssh.
// A wrong host key is refused before anything changes; a deploy converges with ONE ssh login (sshd's log);
// smoke over ssh (its smoke command gets the engine env); the rollback button over ssh (database only,
// verified on the remote stack); the key never printed; its directory removed.

import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { freePorts } from "@ops/testkit/net";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { type RunActionResult, runAction } from "@ops/testkit/runner";
import { mergeCommit } from "@ops/testkit/scenario";
import { type SshServer, startSshd } from "@ops/testkit/sshd";
import { portVariable, SERVICES, STACK_DIR } from "@ops/testkit/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const docker = testDocker();
let gh: GitHubEmulator;
let redis: RedisServer;
let sshd: SshServer;
let dir: string;
let runnerTemp: string;
let env: Record<string, string | undefined>;
let endpoints: string;
const project = `sshe2e${process.pid}`;
const prefix = `ops-ssh-${process.pid}`;
const sha = (name: string) => createHash("sha1").update(`ssh e2e ${name}`).digest("hex");
const A = sha("A");

const engineInputs = (knownHosts = sshd.knownHostsLine) => ({
  "docker-host": sshd.dockerHost,
  "ssh-key": sshd.privateKey,
  "known-hosts": `# ${sshd.host}:${sshd.port} pinned\n${knownHosts}`,
});

function deploy(commit: string, inputs: Record<string, string>): Promise<RunActionResult> {
  mergeCommit(gh, { sha: commit, title: `release ${commit.slice(0, 7)}` });
  return runAction({
    action: "deploy",
    inputs: {
      "working-directory": dir,
      "redis-url": redis.url,
      "compose-file": "docker-compose.yml",
      "compose-project": project,
      "compose-command": "docker-compose",
      "version-variable": "RELEASE",
      endpoints,
      "expect-json": "status=ok",
      timeout: "30s",
      successes: "1",
      samples: "2",
      observe: "1s",
      "lock-wait": "5s",
      "ci-timeout": "0s",
      watch: "0s",
      "pre-deploy-baseline": "false",
      ...inputs,
    },
    env: { ...gh.env(), ...env, GITHUB_SHA: commit, GITHUB_WORKFLOW: "Deploy" },
    event: { repository: { default_branch: "master" } },
    eventName: "push",
    workspace: dir,
    timeoutMs: 180_000,
  });
}

async function projectContainers(): Promise<string[]> {
  return (await docker.ok(["ps", "-aq", "--filter", `label=com.docker.compose.project=${project}`]))
    .trim()
    .split("\n")
    .filter(Boolean);
}

/** The key's body lines: none may appear anywhere a person reads (add-mask commands aside). */
function expectKeyNeverShown(r: RunActionResult): void {
  const lines = sshd.privateKey.split("\n").filter((l) => l.length >= 8 && !l.startsWith("-----"));
  const shown = [
    r.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n"),
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
  ].join("\n");
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines) expect(shown).not.toContain(line);
  // Masked line by line before anything could print it.
  const masks = r.commands.filter((c) => c.command === "add-mask").map((c) => c.data);
  for (const line of lines) expect(masks).toContain(line);
}

beforeAll(async () => {
  [gh, redis, sshd] = await Promise.all([
    startGitHubEmulator(),
    startRedis(),
    startSshd({ dockerHost: docker.host }),
  ]);
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  dir = mkdtempSync(join(tmpdir(), "ssh-e2e-"));
  runnerTemp = mkdtempSync(join(tmpdir(), "ssh-e2e-runner-temp-"));
  cpSync(join(STACK_DIR, "docker-compose.yml"), join(dir, "docker-compose.yml"));
  cpSync(join(STACK_DIR, "service"), join(dir, "service"), { recursive: true });
  cpSync(join(STACK_DIR, "db"), join(dir, "db"), {
    recursive: true,
    filter: (src) => !src.includes("__pycache__") && !src.endsWith(".db"),
  });
  const ports = await freePorts(SERVICES.length);
  env = {
    // The runner's own engine points nowhere: only the ssh:// engine can answer.
    DOCKER_HOST: "unix:///nonexistent/ops-ssh-e2e.sock",
    RUNNER_TEMP: runnerTemp,
    DOCKER_BUILDKIT: "0",
    COMPOSE_DOCKER_CLI_BUILD: "0",
    STACK_IMAGE_PREFIX: prefix,
    HEALTHCHECK_INTERVAL: "1s",
    DATABASE_URL: undefined,
  };
  SERVICES.forEach((s, i) => {
    env[portVariable(s)] = String(ports[i]);
  });
  endpoints = SERVICES.map((s, i) => `${s}=http://127.0.0.1:${ports[i]}/health`).join("\n");
});

afterAll(async () => {
  const ids = dir ? await projectContainers() : [];
  if (ids.length > 0) await docker.run(["rm", "-f", ...ids]);
  const images = (await docker.ok(["images", "--format", "{{.Repository}}:{{.Tag}}"]))
    .split("\n")
    .filter((l) => l.startsWith(`${prefix}/`));
  if (images.length > 0) await docker.run(["rmi", "-f", ...images], { timeoutMs: 60_000 });
  await Promise.all([gh?.stop(), redis?.stop(), sshd?.stop()]);
  for (const d of [dir, runnerTemp]) if (d) rmSync(d, { recursive: true, force: true });
});

describe("a remote engine over ssh: committed bundles, a real sshd, the test kit's dockerd", () => {
  it("a wrong host key is refused before anything changes, naming the key offered and how to pin it", async () => {
    const r = await deploy(A, engineInputs(sshd.wrongKnownHostsLine));
    expect(r.exitCode).not.toBe(0);
    expect(r.summary).toContain("deploy refused");
    const plain = r.summary.replace(/\\/g, "");
    expect(plain).toMatch(/offered a host key that is not pinned in `known-hosts` \(ED25519 SHA256:/);
    expect(plain).toContain(`ssh-keyscan -p ${sshd.port} 127.0.0.1`);
    // Nothing happened: no login, no container, no deployment, no lock; the key's directory is gone.
    expect(await sshd.logins()).toBe(0);
    expect(await projectContainers()).toEqual([]);
    expect(gh.state.deployments).toEqual([]);
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
    expect(readdirSync(runnerTemp)).toEqual([]);
    expectKeyNeverShown(r);
  });

  it("a deploy over ssh:// converges with ONE ssh login; the key never shown, its directory removed", async () => {
    const r = await deploy(A, engineInputs());
    expect(r.outputs.status, `${r.summary}\n${r.stderr}`).toBe("success");
    expect(await sshd.logins()).toBe(1);
    const running = await docker.ok([
      "ps",
      "--format",
      "{{.Image}}",
      "--filter",
      `label=com.docker.compose.project=${project}`,
    ]);
    expect(running.trim().split("\n").sort()).toEqual(
      ["execution_gateway", "orchestrator", "signal_service"].map((s) => `${prefix}/${s}:${A}`),
    );
    // Under the headline (autolinks broken by the summary's escaping: compare without them).
    expect(r.summary.replace(/[\\\u200b]/g, "")).toContain(`Docker engine: ${sshd.dockerHost} (Docker `);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expectKeyNeverShown(r);
  });

  it("smoke over ssh: the stack inspected there, the smoke command run with the engine env, one more login", async () => {
    const before = await sshd.logins();
    const r = await runAction({
      action: "smoke",
      inputs: {
        ...engineInputs(),
        endpoints,
        "compose-file": join(dir, "docker-compose.yml"),
        "compose-project": project,
        "compose-command": "docker-compose",
        observe: "1s",
        successes: "1",
        samples: "2",
        // Answers only when DOCKER_HOST (the ssh engine) reaches the stack.
        "smoke-command": JSON.stringify([
          "docker",
          "inspect",
          "--format",
          "{{.State.Running}}",
          `${project}_orchestrator_1`,
        ]),
      },
      env: { ...env, RELEASE: A },
      workspace: dir,
      timeoutMs: 120_000,
    });
    expect(r.outputs.verdict, `${r.summary}\n${r.stderr}`).toBe("pass");
    expect(r.summary).toMatch(/smoke tests?/i);
    expect((await sshd.logins()) - before).toBe(1);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expectKeyNeverShown(r);
  });

  it("the rollback button over ssh (database only, to 0002): verified on the remote stack, one more login", async () => {
    const before = await sshd.logins();
    const r = await runAction({
      action: "rollback",
      inputs: {
        ...engineInputs(),
        reason: "ssh e2e: database rollback on the remote engine",
        "db-only": "true",
        "db-revision": "0002",
        "confirm-destructive": "true",
        "working-directory": dir,
        "redis-url": redis.url,
        "compose-file": "docker-compose.yml",
        "compose-project": project,
        "compose-command": "docker-compose",
        "version-variable": "RELEASE",
        endpoints,
        "expect-json": "status=ok",
        timeout: "30s",
        successes: "1",
        samples: "2",
        observe: "1s",
        "lock-wait": "5s",
      },
      env: { ...gh.env(), ...env, GITHUB_SHA: A, GITHUB_WORKFLOW: "Rollback" },
      event: { repository: { default_branch: "master" } },
      workspace: dir,
      timeoutMs: 120_000,
    });
    expect(r.outputs.status, `${r.summary}\n${r.stderr}`).toBe("success");
    expect(r.outputs["db-revision"]).toBe("0002");
    // The stack was verified through the ssh engine (the runner's own DOCKER_HOST answers nothing).
    expect(r.summary).toContain("### Rollback complete");
    expect(r.summary.replace(/[\\\u200b]/g, "")).toContain(`Docker engine: ${sshd.dockerHost} (Docker `);
    expect((await sshd.logins()) - before).toBe(1);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expectKeyNeverShown(r);
  });
});
