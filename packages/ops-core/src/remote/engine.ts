// Which Docker engine a run's child processes talk to: the `docker-host`, `ssh-key` and `known-hosts`
// inputs, read once, and the environment every docker, docker-compose and docker stack call, backup,
// integrity and smoke command gets. One entry point for every action and the `ops` commands:
//
//   const ctx2 = await withEngine(ctx);   // masks the key, prepares ssh, logs in once, cleans up after
//   wire({ ...,  env: ctx2.env });        // or engineRunner(runCommand, ctx2.env) for a bare runner
//
// Without `docker-host` nothing changes: the runner's own DOCKER_HOST (if any) is honoured as before.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../action/errors.js";
import type { Inputs } from "../action/inputs.js";
import type { Logger } from "../action/logger.js";
import type { CommandRunner } from "../process/run-command.js";
import { type DockerHost, knownHostsName, parseDockerHost } from "./docker-host.js";
import { type KnownHost, parseKnownHosts, pinnedKeys } from "./known-hosts.js";
import { keyMasks, normalizePrivateKey, prepareSshEngine, type SshEngine } from "./ssh-engine.js";

export { keyMasks };

/** The inputs, as named in action.yml and on the command line (`ssh-key` only as OPS_SSH_KEY there). */
export const ENGINE_INPUTS = ["docker-host", "ssh-key", "known-hosts"] as const;

export interface EngineSettings {
  dockerHost: DockerHost;
  /** The private key text (normalised); a credential. */
  sshKey: string | undefined;
  knownHosts: KnownHost[];
}

/**
 * The engine inputs, checked: `ssh-key` and `known-hosts` only with an ssh:// `docker-host`, which needs
 * `known-hosts` naming its host. Undefined when `docker-host` is not given.
 */
export function readEngineSettings(inputs: Inputs): Readonly<EngineSettings> | undefined {
  const text = inputs.optional("docker-host");
  const keyText = inputs.optional("ssh-key");
  const knownText = inputs.optional("known-hosts");
  // `ssh-key` and `known-hosts` mean nothing without an ssh:// engine: say why, naming the input given.
  const refuseSshInputs = (why: string) => {
    const name = keyText !== undefined ? "ssh-key" : knownText !== undefined ? "known-hosts" : undefined;
    if (name) throw new ConfigurationError(`${inputs.label(name)} ${why}`, { input: name });
  };
  if (text === undefined) {
    refuseSshInputs(`needs ${inputs.label("docker-host")} (ssh://user@host)`);
    return undefined;
  }
  const dockerHost = parseDockerHost(text, inputs.label("docker-host"));
  if (dockerHost.kind !== "ssh") {
    refuseSshInputs(`is for an ssh:// ${inputs.label("docker-host")}, not ${dockerHost.kind}://`);
    return Object.freeze({ dockerHost, sshKey: undefined, knownHosts: [] });
  }
  const sshKey = keyText === undefined ? undefined : normalizePrivateKey(keyText, inputs.label("ssh-key"));
  const knownHosts = parseKnownHosts(knownText ?? "", inputs.label("known-hosts"));
  pinnedKeys(knownHosts, dockerHost.host, dockerHost.port, inputs.label("known-hosts"));
  return Object.freeze({ dockerHost, sshKey, knownHosts });
}

/** What withEngine needs of a run: an ActionContext has all of it, `ops smoke` builds its own. */
export interface EngineHost {
  inputs: Inputs;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  signal?: AbortSignal;
  setSecret(value: string): void;
  onCleanup(fn: () => unknown): void;
  saveState?(name: string, value: string): void;
}

/** A prepared engine: the environment for child processes, and what to say about it. */
export interface Engine {
  env: NodeJS.ProcessEnv;
  /** e.g. `ssh://deploy@203.0.113.7:2222 (Docker 28.2.2, host key pinned: ssh-ed25519 SHA256:…)`. */
  description: string | undefined;
  ssh: SshEngine | undefined;
}

/** The state key the deploy's `post:` step reads to remove a directory the main step left. */
export const ENGINE_DIR_STATE = "engine-dir";

/**
 * Masks `ssh-key` (whole and line by line) before anything can print it, reads the engine inputs, and
 * for ssh:// prepares the private ssh set-up and logs in once (the master connection every later call
 * reuses). A host key that is not pinned throws a RefusalError before anything has changed. The key
 * file and the master go in the run's cleanup, a process `exit` backstop, and the `post:` step.
 */
export async function prepareEngine(host: EngineHost): Promise<Engine> {
  for (const secret of keyMasks(host.inputs.optional("ssh-key"))) host.setSecret(secret);
  const settings = readEngineSettings(host.inputs);
  if (!settings) return { env: host.env, description: undefined, ssh: undefined };
  const { dockerHost } = settings;
  if (dockerHost.kind !== "ssh") {
    const env: NodeJS.ProcessEnv = { ...host.env, DOCKER_HOST: dockerHost.url };
    delete env.DOCKER_CONTEXT;
    host.logger.info(`engine: ${dockerHost.url}`);
    return { env, description: dockerHost.url, ssh: undefined };
  }
  const ssh = await prepareSshEngine({
    host: dockerHost,
    privateKey: settings.sshKey,
    knownHosts: settings.knownHosts,
    baseDir: host.env.RUNNER_TEMP || tmpdir(),
    env: host.env,
  });
  const backstop = () => ssh.closeSync();
  process.once("exit", backstop);
  host.onCleanup(async () => {
    process.off("exit", backstop);
    await ssh.close();
  });
  host.saveState?.(ENGINE_DIR_STATE, JSON.stringify([ssh.dir, ssh.controlDir]));
  const name = knownHostsName(dockerHost.host, dockerHost.port);
  const { serverVersion } = await host.logger.group(`Engine ${dockerHost.url}`, async () => {
    host.logger.info(`pinned host key(s) for ${name}: ${ssh.pinned.join(", ")}`);
    const r = await ssh.preflight(host.signal);
    host.logger.info(
      `logged in as ${dockerHost.user}: Docker ${r.serverVersion || "(version unknown)"}; every docker call of this run reuses this connection`,
    );
    return r;
  });
  return {
    env: ssh.env,
    description: `${dockerHost.url} (Docker ${serverVersion || "?"}, host key pinned: ${ssh.pinned.join(", ")})`,
    ssh,
  };
}

/** prepareEngine for an action body: the same context with the engine's environment. */
export async function withEngine<C extends EngineHost>(ctx: C): Promise<C & { engine: Engine }> {
  const engine = await prepareEngine(ctx);
  return { ...ctx, env: engine.env, engine };
}

/** Just the environment (for a caller that keeps its own context). */
export async function engineEnvironment(ctx: EngineHost): Promise<NodeJS.ProcessEnv> {
  return (await prepareEngine(ctx)).env;
}

/** A runner whose commands get `env` unless the caller gives one of its own. */
export function engineRunner(run: CommandRunner, env: NodeJS.ProcessEnv): CommandRunner {
  return (argv, options) => run(argv, { ...options, env: options.env ?? env });
}

/** The `post:` backstop: stops the master and removes the engine directory a main step that died left. */
export async function removeLeftoverEngine(
  getState: (name: string) => string | undefined,
  logger: Logger,
): Promise<void> {
  let dirs: unknown;
  try {
    dirs = JSON.parse(getState(ENGINE_DIR_STATE) ?? "[]");
  } catch {
    return;
  }
  const ours = (Array.isArray(dirs) ? dirs : []).filter(
    (d): d is string => typeof d === "string" && /[/\\]ops-(engine|cm)-[^/\\]+$/.test(d) && existsSync(d),
  );
  if (ours.length === 0) return;
  const [dir] = ours;
  for (const d of ours) {
    for (const socket of readdirSync(d).filter((f) => f.startsWith("cm-"))) {
      try {
        // The control socket names the connection; the destination is not looked at with -O.
        execFileSync(
          join(dir as string, "bin", "ssh"),
          ["-o", `ControlPath=${join(d, socket)}`, "-O", "exit", "engine"],
          { timeout: 3_000, stdio: "ignore" },
        );
      } catch {
        // gone already
      }
    }
  }
  for (const d of ours) await rm(d, { recursive: true, force: true });
  logger.warning("removed the engine's ssh key and master connection that the main step left behind");
}
