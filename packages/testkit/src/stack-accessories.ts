// The example stack's accessories in tests (examples/stack/compose.prod.yml): the pinned images made
// locally — no registry is reachable — and the two-file project (compose.base.yml + compose.prod.yml).
//
// `redis:7.2` runs the host's real redis-server. Debian's redis-server is dynamically linked (libssl,
// libsystemd, jemalloc…), so the image is a `docker import` of a tarball holding the binary, redis-cli and
// every library `ldd` names, plus busybox for a shell: the same server the other tests run as a process,
// now a container of the compose project (host networking, as dockerd runs with --bridge=none). A bind
// mount of the host's binary and libraries would work too, but would make the compose file name host
// paths; an image keeps the file as a team writes it (`image: redis:7.2`).
// `acme/ledger-adapter:3.2.1` is the busybox base retagged: the compose file's command gives it its job.

import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { BASE_IMAGE, type DockerClient, ensureBaseImage, exec } from "./docker.ts";

export const REDIS_IMAGE = "redis:7.2";
export const LEDGER_IMAGE = "acme/ledger-adapter:3.2.1";
export const BASE_FILE = "compose.base.yml";
export const PROD_FILE = "compose.prod.yml";
/** The accessories compose.prod.yml defines. */
export const ACCESSORIES = ["redis", "ledger"] as const;

const REDIS_BINARIES: Array<[string, string]> = [
  // redis-server is a symlink to redis-check-rdb, which picks its mode from argv[0]: copy it by name.
  ["/usr/bin/redis-server", "/usr/bin/redis-server"],
  ["/usr/bin/redis-cli", "/usr/bin/redis-cli"],
];

/** The shared libraries `ldd` lists for a binary (absolute paths, the loader included). */
export async function sharedLibraries(binary: string): Promise<string[]> {
  const out = await exec("ldd", [binary], { timeoutMs: 10_000 });
  if (out.code !== 0) throw new Error(`ldd ${binary} failed: ${out.stderr}`);
  const libs: string[] = [];
  for (const line of out.stdout.split("\n")) {
    const m = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m?.[1]) libs.push(m[1]);
  }
  return libs;
}

async function imagePresent(docker: DockerClient, ref: string): Promise<boolean> {
  return (
    (await docker.run(["image", "inspect", "--format", "{{.Id}}", ref], { timeoutMs: 15_000 })).code === 0
  );
}

/**
 * Makes `redis:7.2` (the host's redis-server and redis-cli with their libraries, and busybox) and
 * `acme/ledger-adapter:3.2.1` unless the engine has them. Needs Debian's redis-server and busybox-static.
 */
export async function ensureAccessoryImages(docker: DockerClient): Promise<{ ms: number }> {
  const started = performance.now();
  await ensureBaseImage(docker);
  if (!(await imagePresent(docker, LEDGER_IMAGE))) await docker.ok(["tag", BASE_IMAGE, LEDGER_IMAGE]);
  if (await imagePresent(docker, REDIS_IMAGE)) return { ms: performance.now() - started };
  const root = await mkdtemp(join(tmpdir(), "ops-redis-image-"));
  const tar = `${root}.tar`;
  try {
    const files = new Map<string, string>();
    for (const [from, to] of REDIS_BINARIES) {
      files.set(to, from);
      for (const lib of await sharedLibraries(from)) files.set(lib, lib);
    }
    for (const [to, from] of files) {
      await mkdir(join(root, dirname(to)), { recursive: true });
      await copyFile(from, join(root, to)); // follows symlinks: the library itself under the name ld asks for
    }
    for (const d of ["bin", "tmp", "etc", "data"]) await mkdir(join(root, d), { recursive: true });
    await copyFile("/bin/busybox", join(root, "bin", "busybox"));
    for (const applet of ["sh", "wget", "cat", "ls"]) await symlink("busybox", join(root, "bin", applet));
    await writeFile(join(root, "etc", "passwd"), "root:x:0:0:root:/data:/bin/sh\n");
    const packed = await exec("tar", ["--owner=0", "--group=0", "-C", root, "-cf", tar, "."], {
      timeoutMs: 60_000,
    });
    if (packed.code !== 0) throw new Error(`tar failed: ${packed.stderr}`);
    await docker.ok(
      [
        "import",
        "--change",
        'CMD ["redis-server"]',
        "--change",
        "ENV PATH=/usr/bin:/bin",
        "--change",
        "WORKDIR /data",
        tar,
        REDIS_IMAGE,
      ],
      { timeoutMs: 120_000 },
    );
  } finally {
    await rm(root, { recursive: true, force: true });
    await rm(tar, { force: true });
  }
  return { ms: performance.now() - started };
}
