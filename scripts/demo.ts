// `npm run demo` (Node 24 runs this TypeScript directly): see packages/testkit/src/demo.ts for what it plays.
//
// Ctrl-C: a terminal sends SIGINT to its whole foreground process group, which would hit dockerd,
// redis-server, docker-compose and the running action at once and leave half-removed things behind. So this
// process only supervises: it runs the demo in a child with its own process group and session, and
// forwards SIGINT/SIGTERM/SIGHUP to that child alone, which stops the running step and removes everything
// it started in order (stack, images, Redis, emulator, private dockerd, temporary folders).

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseDemoArgs, runDemo, USAGE } from "../packages/testkit/src/demo.ts";

const CHILD = "OPS_DEMO_CHILD";
const TTY = "OPS_DEMO_TTY";

if (process.env[CHILD] !== "1") {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      detached: true,
      stdio: "inherit",
      env: {
        ...process.env,
        [CHILD]: "1",
        [TTY]: process.stdout.isTTY && process.stdin.isTTY ? "1" : "0",
      },
    },
  );
  const forward = (signal: NodeJS.Signals) => {
    if (child.pid !== undefined) {
      try {
        process.kill(child.pid, signal);
      } catch {
        // already gone
      }
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => forward(signal));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal === "SIGINT" ? 130 : 1);
  });
} else {
  let parsed: ReturnType<typeof parseDemoArgs>;
  try {
    parsed = parseDemoArgs(process.argv.slice(2), process.env[TTY] === "1");
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) process.stdout.write(USAGE);
  else {
    const results = await runDemo(parsed.options);
    process.exitCode = results.interrupted ? 130 : results.ok ? 0 : 1;
  }
}
