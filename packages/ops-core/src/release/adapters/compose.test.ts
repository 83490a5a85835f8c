import { describe, expect, it } from "vitest";
import type { CommandOptions, CommandResult } from "../../process/run-command.js";
import { composeAdapter } from "./compose.js";

/** `docker-compose config` as compose prints it, for the version the environment gives (or fails like `:?`). */
function fakeCompose(options: { required?: boolean } = {}) {
  const calls: Array<{ argv: readonly string[]; version: string | undefined }> = [];
  const run = async (argv: readonly string[], o: CommandOptions): Promise<CommandResult> => {
    const version = o.env?.RELEASE_VERSION;
    calls.push({ argv, version });
    const done = (stdout: string, code = 0, stderr = ""): CommandResult => ({
      argv,
      code,
      signal: null,
      stdout,
      stderr,
      timedOut: false,
      durationMs: 1,
    });
    if (argv.includes("version")) return done("1.29.2\n");
    if (argv[0] === "docker" && argv.includes("inspect")) return done("sha256:0123abcd\n");
    if (options.required && version === undefined)
      return done("", 1, 'ERROR: Missing mandatory value for "image" option in service "api": set it');
    if (argv.includes("config"))
      return done(
        [
          "services:",
          "  api:",
          "    build:",
          "      context: /src/api",
          `    image: app/api:${version}`,
          "  redis:",
          "    image: redis:7.2",
          "  ledger:",
          "    image: acme/ledger-adapter:3.2.1",
          "    volumes:",
          "    - ledger-data:/var/lib/ledger:rw",
          "  grafana:",
          "    image: grafana/grafana:11.1.0",
          "version: '3.8'",
          "",
        ].join("\n"),
      );
    if (argv.includes("ps")) return done("");
    return done("");
  };
  return { run, calls };
}

const adapter = (
  run: ReturnType<typeof fakeCompose>["run"],
  accessories: string[] = [],
  source: "build" | "pull" = "build",
) =>
  composeAdapter({
    command: "docker-compose",
    files: ["compose.base.yml", "compose.prod.yml"],
    project: "app",
    cwd: "/srv/app",
    env: {},
    versionVariable: "RELEASE_VERSION",
    source,
    accessories,
    timeoutMs: 10_000,
    run,
  });

/** How the reason names the variable: `${RELEASE_VERSION}` (built here, not a template placeholder). */
const VAR = ["$", "{RELEASE_VERSION}"].join("");

describe("compose adapter: release services and accessories", () => {
  it("recognises pinned images without build as accessories, saying why; named ones join them", async () => {
    const { run } = fakeCompose({ required: true });
    const plan = await adapter(run, ["ledger"]).services("1.4.2");
    expect(plan.release).toEqual(["api"]);
    expect(plan.accessories).toEqual([
      {
        service: "redis",
        image: "redis:7.2",
        why: `auto-detected: image redis:7.2 does not use ${VAR} and has no build`,
      },
      { service: "ledger", image: "acme/ledger-adapter:3.2.1", why: "accessories input" },
      {
        service: "grafana",
        image: "grafana/grafana:11.1.0",
        why: `auto-detected: image grafana/grafana:11.1.0 does not use ${VAR} and has no build`,
      },
    ]);
  });

  it("an unknown accessory name is a configuration error naming the input", async () => {
    const { run } = fakeCompose();
    await expect(adapter(run, ["postgres"]).services("1")).rejects.toMatchObject({
      input: "accessories",
      message: expect.stringContaining("postgres is not a service of the compose file"),
    });
  });

  it("every compose call carries the version (the required form), and down-up stops and starts the release services only", async () => {
    const { run, calls } = fakeCompose({ required: true });
    const a = adapter(run);
    await a.prepareRelease("1.4.2");
    await adapter(run, [], "pull").prepareRelease("1.4.2");
    await a.up("1.4.2", { strategy: "down-up" });
    await a.up("1.4.3", { strategy: "recreate" });
    await a.runningImages("1.4.3");
    await a.logs(undefined, "2026-01-01T00:00:00Z", 10, "1.4.3");
    const composeCalls = calls.filter((c) => c.argv[0] === "docker-compose" && !c.argv.includes("version"));
    expect(composeCalls.every((c) => c.version !== undefined)).toBe(true);
    const verbs = composeCalls.map((c) => c.argv.slice(7).join(" ")).filter((v) => !v.startsWith("config"));
    expect(verbs).toEqual([
      // Build and pull the release services only: an accessory's pinned image is never pulled or rebuilt.
      "build api",
      "pull api",
      "rm -f -s api",
      "up -d --no-build --no-deps api",
      "up -d --no-build --no-deps api",
    ]);
    expect(composeCalls.some((c) => c.argv.includes("down"))).toBe(false);
    // The configuration is read once per adapter (a run) whatever the versions; the containers are listed
    // with docker by the project's label, once for the running images and the logs (nothing changed them).
    expect(composeCalls.filter((c) => c.argv.includes("config")).length).toBe(2);
    const lists = calls.filter((c) => c.argv[0] === "docker" && c.argv[1] === "ps");
    expect(lists.length).toBe(1);
    expect(lists[0]?.argv).toContain("label=com.docker.compose.project=app");
  });
});
