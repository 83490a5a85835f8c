import { describe, expect, it } from "vitest";
import type { CommandOptions, CommandResult } from "../../process/run-command.js";
import { swarmAdapter, swarmSmokeOptions } from "./swarm.js";

// A hand-written Swarm behind the docker CLI: two nodes, a stack whose services follow `stack deploy`,
// tasks that a scenario moves on at every look (`docker stack ps`), global probe jobs that answer per node.

interface Task {
  ID: string;
  ServiceID: string;
  Slot?: number;
  NodeID: string;
  DesiredState: string;
  CreatedAt: string;
  Spec: { ContainerSpec: { Image: string } };
  Status: { State: string; Err?: string; ContainerStatus?: { ExitCode: number } };
}
interface Service {
  ID: string;
  Spec: {
    Name: string;
    Labels: Record<string, string>;
    Mode: { Replicated?: { Replicas: number }; Global?: object; GlobalJob?: object };
    TaskTemplate: { ContainerSpec: { Image: string } };
    UpdateConfig?: { Parallelism: number; Order: string; FailureAction: string };
  };
  UpdateStatus?: { State: string; Message: string };
}

const NODES = [
  {
    ID: "n1aaaaaaaaaaaa",
    Description: { Hostname: "node-a" },
    Status: { State: "ready", Addr: "198.18.0.1" },
    Spec: { Availability: "active" },
    ManagerStatus: { Leader: true },
  },
  {
    ID: "n2bbbbbbbbbbbb",
    Description: { Hostname: "node-b" },
    Status: { State: "ready", Addr: "198.18.0.2" },
    Spec: { Availability: "active" },
  },
];

type Scenario = (world: World, look: number) => void;

class World {
  services: Service[] = [];
  tasks: Task[] = [];
  looks = 0;
  clockMs = Date.parse("2026-12-03T12:00:00Z");
  calls: Array<{ argv: string[]; env: NodeJS.ProcessEnv | undefined }> = [];
  /** Per image ref: nodes that lack it (the probe job's task there is rejected). */
  lacking: Record<string, string[]> = {};
  private n = 0;
  constructor(readonly scenario: Scenario = () => undefined) {}

  iso(): string {
    return new Date(this.clockMs).toISOString();
  }
  task(
    service: Service,
    slot: number | undefined,
    node: string,
    image: string,
    state: string,
    err?: string,
  ): Task {
    const t: Task = {
      ID: `t${++this.n}`.padEnd(25, "x"),
      ServiceID: service.ID,
      ...(slot !== undefined ? { Slot: slot } : {}),
      NodeID: node,
      DesiredState: ["failed", "rejected", "shutdown", "complete"].includes(state) ? "shutdown" : "running",
      CreatedAt: this.iso(),
      Spec: { ContainerSpec: { Image: `${image}@sha256:${"d".repeat(64)}` } },
      Status: { State: state, ...(err ? { Err: err } : {}) },
    };
    this.tasks.push(t);
    return t;
  }
  service(name: string): Service {
    const s = this.services.find((x) => x.Spec.Name === `app_${name}`);
    if (!s) throw new Error(`no service ${name}`);
    return s;
  }
  /** The tasks of `name` on `image` become running on both nodes; older ones shut down. */
  converge(name: string, image: string): void {
    const s = this.service(name);
    for (const t of this.tasks.filter((x) => x.ServiceID === s.ID && x.DesiredState === "running")) {
      t.DesiredState = "shutdown";
      t.Status.State = "shutdown";
    }
    this.task(s, 1, "n1aaaaaaaaaaaa", image, "running");
    this.task(s, 2, "n2bbbbbbbbbbbb", image, "running");
  }

  run = async (argv: readonly string[], o: CommandOptions): Promise<CommandResult> => {
    this.calls.push({ argv: [...argv], env: o.env });
    const out = (stdout: string, code = 0, stderr = ""): CommandResult => ({
      argv,
      code,
      signal: null,
      stdout,
      stderr,
      timedOut: false,
      durationMs: 1,
    });
    const a = [...argv];
    const version = o.env?.RELEASE_VERSION;
    if (a[0] === "docker-compose" && a.includes("config"))
      return out(
        [
          "services:",
          "  api:",
          "    build: {context: /srv/app/api}",
          `    image: app/api:${version}`,
          "  worker:",
          `    image: app/worker:${version}`,
          "    build: {context: /srv/app/worker}",
          "  redis:",
          "    image: redis:7.2",
          "",
        ].join("\n"),
      );
    if (a[0] === "docker-compose" && (a.includes("build") || a.includes("pull"))) return out("");
    if (a[0] !== "docker") return out("", 127, "not found");
    const rest = a.slice(1);
    const cmd = rest.slice(0, 2).join(" ");
    if (cmd === "image inspect" || (rest[0] === "image" && rest[1] === "inspect"))
      return out(
        rest
          .slice(4)
          .map((r) => (r.startsWith("sha256:") ? r : `sha256:${r.length}`))
          .join("\n"),
      );
    if (cmd === "node ls") return out(NODES.map((n) => n.ID).join("\n"));
    if (cmd === "node inspect") return out(JSON.stringify(NODES));
    if (cmd === "stack deploy") {
      if (!version) return out("", 1, "invalid reference format");
      for (const name of ["api", "worker", "redis"]) {
        const image = name === "redis" ? "redis:7.2" : `app/${name}:${version}`;
        let s = this.services.find((x) => x.Spec.Name === `app_${name}`);
        if (!s) {
          s = {
            ID: `svc-${name}`,
            Spec: {
              Name: `app_${name}`,
              Labels: { "com.docker.stack.namespace": "app" },
              Mode: { Replicated: { Replicas: name === "redis" ? 1 : 2 } },
              TaskTemplate: { ContainerSpec: { Image: image } },
              UpdateConfig: { Parallelism: 2, Order: "start-first", FailureAction: "rollback" },
            },
          };
          this.services.push(s);
          if (name === "redis") this.task(s, 1, "n1aaaaaaaaaaaa", image, "running");
        } else if (s.Spec.TaskTemplate.ContainerSpec.Image !== image) {
          s.Spec.TaskTemplate.ContainerSpec.Image = image;
          s.UpdateStatus = { State: "updating", Message: "update in progress" };
        }
      }
      return out("Updating service app_api\n");
    }
    if (cmd === "service ls") {
      this.scenario(this, this.looks++);
      return out(this.services.map((s) => s.ID).join("\n"));
    }
    if (cmd === "service inspect")
      return out(JSON.stringify(this.services.filter((s) => rest.includes(s.ID))));
    if (cmd === "stack ps") return out(this.tasks.map((t) => t.ID).join("\n"));
    if (cmd === "inspect --type") return out(JSON.stringify(this.tasks.filter((t) => rest.includes(t.ID))));
    if (cmd === "service create") {
      const ref = rest.at(-1) as string;
      const s: Service = {
        ID: `job-${this.services.length}`,
        Spec: {
          Name: rest[rest.indexOf("--name") + 1] as string,
          Labels: {},
          Mode: { GlobalJob: {} },
          TaskTemplate: { ContainerSpec: { Image: ref } },
        },
      };
      this.services.push(s);
      for (const n of NODES) {
        const lacks = this.lacking[ref]?.includes(n.Description.Hostname);
        this.task(
          s,
          undefined,
          n.ID,
          ref,
          lacks ? "rejected" : "complete",
          lacks ? `No such image: ${ref}` : undefined,
        );
      }
      return out(`${s.ID}\n`);
    }
    if (cmd === "service ps")
      return out(
        this.tasks
          .filter((t) => t.ServiceID === rest[2])
          .map((t) => t.ID)
          .join("\n"),
      );
    if (cmd === "service rm") {
      this.services = this.services.filter((s) => s.ID !== rest[2]);
      return out(`${rest[2]}\n`);
    }
    if (cmd === "service update") return out("");
    if (cmd === "service logs") return out("2026-12-03 api started\n");
    return out("", 1, `unexpected: ${a.join(" ")}`);
  };

  clock = {
    now: () => this.clockMs,
    sleep: async (ms: number) => {
      this.clockMs += ms;
    },
  };
}

const adapter = (world: World, source: "build" | "pull" = "build") =>
  swarmAdapter({
    command: "docker-compose",
    files: ["compose.yml", "compose.swarm.yml"],
    project: "app",
    cwd: "/srv/app",
    env: { DOCKER_HOST: "ssh://deploy@manager", PATH: "/usr/bin" },
    versionVariable: "RELEASE_VERSION",
    source,
    timeoutMs: 60_000,
    run: world.run,
    clock: world.clock,
    pollMs: 1_000,
  });

const deploys = (w: World) => w.calls.filter((c) => c.argv.slice(1, 3).join(" ") === "stack deploy");

describe("swarm adapter: stack deploy and convergence", () => {
  it("deploys the compose files with the release's tag and waits until both nodes run it", async () => {
    const w = new World((world, look) => {
      if (look === 2) {
        const api = world.service("api");
        world.task(api, 1, "n1aaaaaaaaaaaa", "app/api:v2", "starting");
      }
      if (look === 4) {
        world.converge("api", "app/api:v2");
        world.converge("worker", "app/worker:v2");
        for (const s of world.services) delete s.UpdateStatus;
      }
    });
    const a = adapter(w);
    await a.up("v1", { strategy: "down-up" }).catch(() => undefined); // first create: never converges
    w.looks = 0;
    w.calls.length = 0;
    await a.up("v2", { strategy: "down-up" });
    const [call] = deploys(w);
    expect(call?.argv).toEqual([
      "docker",
      "stack",
      "deploy",
      "--compose-file",
      "compose.yml",
      "--compose-file",
      "compose.swarm.yml",
      "--resolve-image",
      "never",
      "--detach=true",
      "app",
    ]);
    // The release's tag for interpolation, and the engine reached as the compose adapter's children reach it.
    expect(call?.env?.RELEASE_VERSION).toBe("v2");
    expect(call?.env?.DOCKER_HOST).toBe("ssh://deploy@manager");
    expect(w.looks).toBe(5);
    expect(await a.runningImages("v2")).toEqual({
      api: "app/api:v2",
      worker: "app/worker:v2",
      redis: "redis:7.2",
    });
  });

  it("pulled images: --resolve-image changed and --with-registry-auth", async () => {
    const w = new World((world) => {
      world.converge("api", "app/api:v3");
      world.converge("worker", "app/worker:v3");
    });
    await adapter(w, "pull").up("v3", { strategy: "recreate" });
    expect(deploys(w)[0]?.argv).toContain("--with-registry-auth");
    expect(deploys(w)[0]?.argv.join(" ")).toContain("--resolve-image changed");
  });

  it("reports Swarm's own rollback as Swarm's decision at once, and does not deploy again", async () => {
    const w = new World((world, look) => {
      if (look === 0) {
        world.converge("api", "app/api:v1");
        world.converge("worker", "app/worker:v1");
      }
      if (look === 2) {
        const api = world.service("api");
        world.task(
          api,
          2,
          "n2bbbbbbbbbbbb",
          "app/api:v2",
          "failed",
          "task: non-zero exit (1): unhealthy container",
        );
        api.UpdateStatus = {
          State: "rollback_started",
          Message: "update rolled back due to failure or early termination of task t9",
        };
        api.Spec.TaskTemplate.ContainerSpec.Image = "app/api:v1";
      }
    });
    const a = adapter(w);
    await a.up("v1", { strategy: "down-up" });
    const started = w.clockMs;
    const e = await a.up("v2", { strategy: "down-up" }).catch((x: unknown) => x as Error);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(
      /^Swarm's own decision: api: Swarm is rolling the update back \(update_config failure_action: rollback\): update rolled back due to failure/,
    );
    expect((e as { bySwarm?: boolean }).bySwarm).toBe(true);
    // Far from the 60 s timeout: a rollback by Swarm ends the wait at the look that shows it.
    expect(w.clockMs - started).toBeLessThan(5_000);
    expect(deploys(w)).toHaveLength(2);
  });

  it("a rollback Swarm completed earlier is history: deploying the images it went back to converges", async () => {
    const w = new World((world, look) => {
      if (look === 0) {
        world.converge("api", "app/api:v1");
        world.converge("worker", "app/worker:v1");
        world.service("api").UpdateStatus = { State: "rollback_completed", Message: "rollback completed" };
      }
    });
    await adapter(w).up("v1", { strategy: "down-up" });
    expect(w.looks).toBe(1);
  });

  it("a paused update is final too", async () => {
    const w = new World((world, look) => {
      if (look === 1)
        world.service("worker").UpdateStatus = { State: "paused", Message: "update paused due to failure" };
    });
    const e = await adapter(w)
      .up("v1", { strategy: "down-up" })
      .catch((x: unknown) => x as Error);
    expect((e as Error).message).toContain(
      "worker: Swarm paused the update (update_config failure_action: pause): update paused due to failure",
    );
  });

  it("times out naming what each service lacks and which node's task failed with what", async () => {
    const w = new World((world, look) => {
      if (look === 0) world.converge("worker", "app/worker:v1");
      const api = world.service("api");
      if (look === 0) world.task(api, 1, "n1aaaaaaaaaaaa", "app/api:v1", "running");
      if (look % 5 === 1)
        world.task(api, 2, "n2bbbbbbbbbbbb", "app/api:v1", "failed", "task: non-zero exit (3)");
    });
    const e = await adapter(w)
      .up("v1", { strategy: "down-up" })
      .catch((x: unknown) => x as Error);
    expect((e as Error).message).toMatch(
      /^stack app did not converge within 60s: api: 1\/2 tasks running on app\/api:v1; node-b: task \.2 failed: task: non-zero exit \(3\)/,
    );
    expect((e as Error).message).not.toContain("worker");
    expect((e as { bySwarm?: boolean }).bySwarm).toBe(false);
  });
});

describe("swarm adapter: images on every node", () => {
  it("names the node that lacks an image, from a global job per image, and removes the jobs", async () => {
    const w = new World();
    w.lacking["app/api:v1"] = ["node-b"];
    const r = await adapter(w).imagesPresent(["app/api:v1", "app/worker:v1"]);
    expect(r.present).toEqual(["app/worker:v1"]);
    expect(r.missing).toEqual(["app/api:v1 on node-b (No such image: app/api:v1)"]);
    const creates = w.calls.filter((c) => c.argv.slice(1, 3).join(" ") === "service create");
    expect(creates).toHaveLength(2);
    expect(creates[0]?.argv).toEqual(
      expect.arrayContaining(["--mode", "global-job", "--restart-condition", "none", "--no-resolve-image"]),
    );
    expect(w.services.filter((s) => s.Spec.Mode.GlobalJob)).toEqual([]);
  });

  it("the deploy's image step refuses before the stack changes when a node lacks the new image", async () => {
    const w = new World();
    w.lacking["app/worker:v2"] = ["node-b"];
    const e = await adapter(w)
      .prepareRelease("v2")
      .catch((x: unknown) => x as Error);
    expect((e as Error).message).toMatch(
      /^not every Swarm node has the release's images \(nothing was changed\): app\/worker:v2 on node-b/,
    );
    expect(deploys(w)).toHaveLength(0);
  });
});

describe("swarm adapter: verification views", () => {
  it("endpoints with {node} or {hostname} become one per node; others stay", async () => {
    const w = new World();
    const { endpoints } = swarmSmokeOptions(adapter(w));
    const out = await endpoints([
      { name: "api", url: "http://{node}:8001/health" },
      { name: "web", url: "http://{hostname}.internal/health" },
      { name: "lb", url: "http://lb.example/health" },
    ]);
    expect(out).toEqual([
      { name: "api@node-a", url: "http://198.18.0.1:8001/health" },
      { name: "api@node-b", url: "http://198.18.0.2:8001/health" },
      { name: "web@node-a", url: "http://node-a.internal/health" },
      { name: "web@node-b", url: "http://node-b.internal/health" },
      { name: "lb", url: "http://lb.example/health" },
    ]);
  });

  it("the smoke stack is one entry per slot; a task failing on another node is a restart of its slot", async () => {
    const w = new World((world, look) => {
      if (look === 0) {
        world.converge("api", "app/api:v1");
        world.converge("worker", "app/worker:v1");
      }
      if (look === 1) {
        const api = world.service("api");
        const t = world.tasks.find(
          (x) => x.ServiceID === api.ID && x.Slot === 2 && x.DesiredState === "running",
        );
        if (t) {
          t.DesiredState = "shutdown";
          t.Status = { State: "failed", Err: "task: non-zero exit (3)", ContainerStatus: { ExitCode: 3 } };
        }
        world.task(api, 2, "n1aaaaaaaaaaaa", "app/api:v1", "running");
      }
    });
    const a = adapter(w);
    await a.up("v1", { strategy: "down-up" });
    w.looks = 0;
    const port = a.stackPort();
    const first = await port.containers();
    const second = await port.containers();
    const slot = (list: typeof first) => list.find((c) => c.id === "app_api.2");
    expect(slot(first)).toMatchObject({
      service: "api",
      running: true,
      restartCount: 0,
      name: "app_api.2@node-b",
    });
    expect(slot(second)).toMatchObject({ running: true, restartCount: 1, name: "app_api.2@node-a" });
    expect(await port.services()).toEqual(["api", "worker", "redis"]);
    expect(await port.logs("app_api.2", 20)).toContain("api started");
  });

  it("accessories are read from their tasks: same task id and start while a release deploys", async () => {
    // Each look, the release services converge on whatever their spec says.
    const w = new World((world) => {
      for (const name of ["api", "worker"]) {
        const s = world.service(name);
        const image = s.Spec.TaskTemplate.ContainerSpec.Image;
        if (
          !world.tasks.some(
            (t) =>
              t.ServiceID === s.ID &&
              t.DesiredState === "running" &&
              t.Spec.ContainerSpec.Image.startsWith(`${image}@`),
          )
        )
          world.converge(name, image);
        delete s.UpdateStatus;
      }
    });
    const a = adapter(w);
    await a.up("v1", { strategy: "down-up" });
    const [redis] = await a.accessories("v1");
    expect(redis).toMatchObject({ service: "redis", running: true, health: "healthy" });
    await a.up("v2", { strategy: "down-up" });
    const [after] = await a.accessories("v2");
    expect(after?.containerId).toBe(redis?.containerId);
    expect(after?.startedAt).toBe(redis?.startedAt);
  });
});
