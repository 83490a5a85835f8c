// The smoke e2e stack on the test's private dockerd: one image (busybox httpd + CGI health), three
// services on host networking, each project on its own free ports, each service's release picked by a
// mode (ok, 500, crash, slow, hostile). `docker-compose` v1, as the runbook uses.

import { fileURLToPath } from "node:url";
import { type DockerClient, exec } from "@ops/testkit/docker";
import { freePorts } from "@ops/testkit/net";

export const STACK_DIR = fileURLToPath(new URL("./__fixtures__/stack/", import.meta.url));
export const COMPOSE_FILE = `${STACK_DIR}compose.yml`;
const IMAGE = "ops-smoke-svc:latest";

export type Mode = "ok" | "500" | "crash" | "slow" | "hostile";
export const SERVICES = ["signal_service", "execution_gateway", "orchestrator"] as const;
type Service = (typeof SERVICES)[number];
const VAR: Record<Service, string> = {
  signal_service: "SIGNAL",
  execution_gateway: "GATEWAY",
  orchestrator: "ORCHESTRATOR",
};

export async function buildServiceImage(docker: DockerClient): Promise<void> {
  await docker.ok(["build", "-q", "-t", IMAGE, `${STACK_DIR}svc`], { timeoutMs: 120_000 });
}

export interface TestStack {
  project: string;
  ports: Record<Service, number>;
  /** What compose needs in its environment (DOCKER_HOST, ports, modes). */
  env: Record<string, string>;
  /** The `endpoints` input for some services (default all). */
  endpoints(only?: readonly Service[]): string;
  down(): Promise<void>;
}

let counter = 0;

export async function upStack(
  docker: DockerClient,
  modes: Partial<Record<Service, Mode>> = {},
  extra: Record<string, string> = {},
): Promise<TestStack> {
  const project = `smoke${process.pid}x${++counter}`;
  const free = await freePorts(3);
  const ports = { signal_service: free[0], execution_gateway: free[1], orchestrator: free[2] } as Record<
    Service,
    number
  >;
  const env: Record<string, string> = { DOCKER_HOST: docker.host, ...extra };
  for (const s of SERVICES) {
    env[`${VAR[s]}_PORT`] = String(ports[s]);
    env[`${VAR[s]}_MODE`] = modes[s] ?? "ok";
  }
  const compose = (args: string[]) =>
    exec("docker-compose", ["-f", COMPOSE_FILE, "-p", project, ...args], {
      env: { ...process.env, ...env },
      timeoutMs: 120_000,
    });
  const up = await compose(["up", "-d", "--no-build"]);
  if (up.code !== 0) throw new Error(`docker-compose up failed: ${up.stderr}`);
  return {
    project,
    ports,
    env,
    endpoints: (only = SERVICES) =>
      only.map((s) => `${s}=http://127.0.0.1:${ports[s]}/cgi-bin/health`).join("\n"),
    async down() {
      await compose(["down", "-t", "1", "--remove-orphans"]);
    },
  };
}
