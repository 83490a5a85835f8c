import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigurationError, TransientError } from "../action/errors.js";
import { type Answer, fakeRunner } from "../process/__fixtures__/fake-runner.js";
import { ComposeCommandError, createCompose, imagesFromConfig } from "./compose.js";

const inspect = readFileSync(new URL("./__fixtures__/inspect-v1.json", import.meta.url), "utf8");
const ids = (JSON.parse(inspect) as Array<{ Id: string }>).map((c) => c.Id);

function v1(extra: (line: string, argv: string[]) => Answer | undefined = () => undefined) {
  return fakeRunner((argv) => {
    const line = argv.join(" ");
    if (line === "docker compose version --short")
      return { code: 1, stderr: "docker: unknown command: docker compose" };
    if (line === "docker-compose version --short") return { stdout: "1.29.2\n" };
    return extra(line, argv) ?? { stdout: "" };
  });
}

const base = { files: ["docker-compose.yml", "prod.yml"], project: "app", cwd: "/srv/app" };

describe("compose adapter argv", () => {
  it("puts files and project before the command, and passes the release through the environment", async () => {
    const fake = v1();
    const compose = createCompose({ ...base, run: fake.run, env: { PATH: "/bin" } });
    await compose.up({ env: { RELEASE: "1.4.2" } });
    const up = fake.calls.at(-1);
    expect(up?.argv).toEqual([
      "docker-compose",
      "-f",
      "docker-compose.yml",
      "-f",
      "prod.yml",
      "-p",
      "app",
      "up",
      "-d",
      "--no-build",
    ]);
    expect(up?.options.env).toEqual({ PATH: "/bin", RELEASE: "1.4.2" });
    expect(up?.options.cwd).toBe("/srv/app");
    expect(up?.options.timeoutMs).toBeGreaterThanOrEqual(15 * 60_000);
  });

  it("builds each operation's arguments", async () => {
    const fake = v1();
    const compose = createCompose({
      ...base,
      run: fake.run,
      command: { argv: ["docker", "compose"], flavor: "v2", version: "2.29.7" },
    });
    await compose.recreate(["orchestrator"]);
    await compose.down({ stopTimeoutS: 5, removeOrphans: true });
    await compose.restart("signal_service", { stopTimeoutS: 3 });
    await compose.build(["orchestrator"], { buildArgs: { RELEASE: "2.0.0" } });
    await compose.up({ services: ["orchestrator"], noDeps: true, forceRecreate: true, noBuild: false });
    const tails = fake.calls.map((c) => c.argv.slice(8).join(" "));
    expect(fake.calls[0]?.argv.slice(0, 8)).toEqual([
      "docker",
      "compose",
      "-f",
      "docker-compose.yml",
      "-f",
      "prod.yml",
      "-p",
      "app",
    ]);
    expect(tails).toEqual([
      "up -d --no-deps --force-recreate --no-build orchestrator",
      "down -t 5 --remove-orphans",
      "restart -t 3 signal_service",
      "build --build-arg RELEASE=2.0.0 orchestrator",
      "up -d --no-deps --force-recreate orchestrator",
    ]);
  });

  it("honours an explicit DOCKER_HOST (ssh://) for compose and docker alike", async () => {
    const fake = v1((line) => (line.startsWith("docker inspect") ? { stdout: "[]" } : undefined));
    const compose = createCompose({
      ...base,
      run: fake.run,
      env: { DOCKER_HOST: "unix:///x" },
      dockerHost: "ssh://deploy@prod-1",
    });
    await compose.inspect(["abc"]);
    await compose.services();
    expect(fake.calls.every((c) => c.options.env?.DOCKER_HOST === "ssh://deploy@prod-1")).toBe(true);
  });

  it("restart without a service is a configuration error", async () => {
    const compose = createCompose({ ...base, run: v1().run });
    await expect(compose.restart([])).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe("compose adapter reading state", () => {
  const answers = (line: string): Answer | undefined => {
    if (line.includes(" ps -a -q")) return { stdout: `${ids.join("\n")}\n` };
    if (line.startsWith("docker inspect")) return { stdout: inspect };
    if (line.endsWith("config --services"))
      return { stdout: "signal_service\nexecution_gateway\norchestrator\n" };
    if (line.startsWith("docker logs")) return { stdout: "INFO out\n", stderr: "ERROR err\n" };
    return undefined;
  };

  it("groups containers by service and reads their state through docker inspect", async () => {
    const fake = v1(answers);
    const compose = createCompose({ ...base, run: fake.run });
    expect(await compose.services()).toEqual(["signal_service", "execution_gateway", "orchestrator"]);
    const ps = await compose.ps();
    expect(Object.keys(ps)).toEqual(["execution_gateway", "orchestrator", "signal_service"]);
    const state = await compose.state();
    expect(state.execution_gateway?.[0]?.restartCount).toBe(4);
    const images = await compose.runningImages();
    expect(images.orchestrator).toMatch(/^sha256:/);
    const inspectCall = fake.calls.find((c) => c.argv[0] === "docker" && c.argv[1] === "inspect");
    expect(inspectCall?.argv.slice(2)).toEqual(ids);
    // The containers are listed by the project's label with docker (no compose call), one-offs left out.
    const lists = fake.calls.filter((c) => c.argv.includes("ps"));
    expect(lists.every((c) => c.argv[0] === "docker")).toBe(true);
    expect(lists[0]?.argv).toEqual([
      "docker",
      "ps",
      "-a",
      "-q",
      "--no-trunc",
      "--filter",
      "label=com.docker.compose.project=app",
      "--filter",
      "label=com.docker.compose.oneoff=False",
    ]);
  });

  it("without a project name the containers are listed by compose; a state memo is forgotten by a change", async () => {
    const fake = v1(answers);
    const compose = createCompose({
      files: ["docker-compose.yml"],
      cwd: "/srv/app",
      run: fake.run,
      stateMaxAgeMs: 60_000,
    });
    await compose.state();
    await compose.runningImages();
    const inspects = () => fake.calls.filter((c) => c.argv[1] === "inspect").length;
    expect(inspects()).toBe(1);
    expect(fake.calls.find((c) => c.argv.includes("ps"))?.argv).toEqual([
      "docker-compose",
      "-f",
      "docker-compose.yml",
      "ps",
      "-a",
      "-q",
    ]);
    await compose.up({ services: ["orchestrator"] });
    await compose.state();
    expect(inspects()).toBe(2);
    // Without stateMaxAgeMs (a poller), every read asks.
    const poller = createCompose({ ...base, run: fake.run });
    await poller.state();
    await poller.state();
    expect(inspects()).toBe(4);
  });

  it("a configured command is not asked its version unless a call fails, then says what is wrong", async () => {
    const fake = v1(answers);
    const compose = createCompose({ ...base, run: fake.run, command: ["docker-compose"] });
    await compose.up();
    expect(fake.calls.map((c) => c.argv.join(" "))).toEqual([
      "docker-compose -f docker-compose.yml -f prod.yml -p app up -d --no-build",
    ]);
    const broken = fakeRunner((argv) =>
      argv.includes("compose")
        ? { code: 1, stderr: "docker: 'compose' is not a docker command.\nSee 'docker --help'" }
        : { stdout: "" },
    );
    const bad = createCompose({ ...base, run: broken.run, command: ["docker", "compose"] });
    await expect(bad.up()).rejects.toMatchObject({ input: "compose-command" });
  });

  it("reads logs per service with tail and since, stdout and stderr both", async () => {
    const fake = v1(answers);
    const compose = createCompose({ ...base, run: fake.run });
    const logs = await compose.logs(["orchestrator"], { tail: 50, since: "2026-11-27T02:00:00Z" });
    expect(logs).toEqual({ orchestrator: "INFO out\n\nERROR err\n" });
    const call = fake.calls.find((c) => c.argv[1] === "logs");
    expect(call?.argv.slice(0, 6)).toEqual([
      "docker",
      "logs",
      "--tail",
      "50",
      "--since",
      "2026-11-27T02:00:00Z",
    ]);
  });

  it("an empty project has no containers and inspects nothing", async () => {
    const fake = v1();
    const compose = createCompose({ ...base, run: fake.run });
    expect(await compose.state()).toEqual({});
    expect(fake.calls.some((c) => c.argv[1] === "inspect")).toBe(false);
  });
});

describe("compose adapter errors", () => {
  it("a failing command throws with its exit code and the stderr tail", async () => {
    const fake = v1((line) =>
      line.includes(" up ") ? { code: 1, stderr: "ERROR: manifest for app/api:9.9 not found\n" } : undefined,
    );
    const compose = createCompose({ ...base, run: fake.run });
    const error = await compose.up().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeCommandError);
    expect((error as ComposeCommandError).code).toBe(1);
    expect((error as Error).message).toContain("manifest for app/api:9.9 not found");
  });

  it("an unreachable daemon and a timeout are transient", async () => {
    const down = v1((line) =>
      line.includes(" ps ")
        ? { code: 1, stderr: "Couldn't connect to Docker daemon at http+docker://localhost - is it running?" }
        : undefined,
    );
    await expect(createCompose({ ...base, run: down.run }).state()).rejects.toBeInstanceOf(TransientError);
    const slow = v1((line) => (line.includes(" down") ? { timedOut: true } : undefined));
    await expect(createCompose({ ...base, run: slow.run }).down()).rejects.toBeInstanceOf(TransientError);
  });

  it("detects once and retries detection after a failure", async () => {
    let installed = false;
    const fake = fakeRunner((argv) => {
      if (argv[0] === "docker-compose" && argv[1] === "version")
        return installed ? { stdout: "1.29.2" } : { missing: true };
      if (argv[0] === "docker" && argv[1] === "compose") return { code: 1 };
      return { stdout: "" };
    });
    const compose = createCompose({ ...base, run: fake.run });
    await expect(compose.command()).rejects.toBeInstanceOf(ConfigurationError);
    installed = true;
    expect((await compose.command()).flavor).toBe("v1");
    await compose.command();
    expect(fake.calls.filter((c) => c.argv.includes("version")).length).toBe(4);
  });
});

describe("compose adapter images", () => {
  it("reads each service's image from compose's normalised config (v1 and v2 shapes)", () => {
    const v1 = `services:\n  gateway:\n    build:\n      context: /x/gateway\n    image: app/gateway:abc\n    network_mode: host\n  signal:\n    image: 'app/signal:abc'\n  worker:\n    build: /x/worker\nversion: '3.8'\n`;
    expect(imagesFromConfig(v1)).toEqual({ gateway: "app/gateway:abc", signal: "app/signal:abc" });
    const v2 = `name: trading\nservices:\n  orchestrator:\n    environment:\n      image: not-this\n    image: app/orchestrator:abc\nnetworks:\n  default:\n    image: nope\n`;
    expect(imagesFromConfig(v2)).toEqual({ orchestrator: "app/orchestrator:abc" });
  });

  it("reads them through `config` with the call's environment (the release tag)", async () => {
    const fake = v1((line) =>
      line.endsWith(" config") ? { stdout: "services:\n  api:\n    image: app/api:1.4.2\n" } : undefined,
    );
    const compose = createCompose({ ...base, run: fake.run, env: {} });
    expect(await compose.images({ env: { RELEASE: "1.4.2" } })).toEqual({ api: "app/api:1.4.2" });
    expect(fake.calls.at(-1)?.argv.slice(-2)).toEqual(["app", "config"]);
    expect(fake.calls.at(-1)?.options.env).toEqual({ RELEASE: "1.4.2" });
  });
});
