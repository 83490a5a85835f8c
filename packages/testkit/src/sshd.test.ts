import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SshServer, startSshd } from "./sshd.ts";

let sshd: SshServer;
let dir: string;

function ssh(
  knownHosts: string,
  ...command: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "ssh",
      [
        "-F",
        "/dev/null",
        "-i",
        join(dir, "key"),
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        `UserKnownHostsFile=${join(dir, knownHosts)}`,
        "-o",
        "GlobalKnownHostsFile=/dev/null",
        "-o",
        "StrictHostKeyChecking=yes",
        "-o",
        "BatchMode=yes",
        "-p",
        String(sshd.port),
        "--",
        `${sshd.user}@${sshd.host}`,
        ...command,
      ],
      { timeout: 20_000, encoding: "utf8" },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  sshd = await startSshd({ dockerHost: "unix:///run/ops-test/docker.sock" });
  dir = await mkdtemp(join(tmpdir(), "sshd-test-"));
  await writeFile(join(dir, "key"), sshd.privateKey);
  await chmod(join(dir, "key"), 0o600);
  await writeFile(join(dir, "good"), `${sshd.knownHostsLine}\n`);
  await writeFile(join(dir, "wrong"), `${sshd.wrongKnownHostsLine}\n`);
});

afterAll(async () => {
  await sshd?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("a real sshd on a loopback port", () => {
  it("lets the throwaway key in, with DOCKER_HOST set for the session, and counts the login", async () => {
    const r = await ssh("good", "echo", "$DOCKER_HOST");
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("unix:///run/ops-test/docker.sock");
    expect(await sshd.logins()).toBe(1);
  });

  it("offers the host key it says (a wrong pin fails host key verification, no login)", async () => {
    const r = await ssh("wrong", "true");
    expect(r.code).toBe(255);
    expect(r.stderr).toContain("REMOTE HOST IDENTIFICATION HAS CHANGED");
    expect(await sshd.logins()).toBe(1);
  });

  it("stop() kills it and removes its directory", async () => {
    const other = await startSshd();
    expect(existsSync(other.dir)).toBe(true);
    await other.stop();
    expect(existsSync(other.dir)).toBe(false);
  });
});
