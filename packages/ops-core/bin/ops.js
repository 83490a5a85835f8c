#!/usr/bin/env node
// The `ops` command over the compiled sources (packages/ops-core/dist), for tests and development here;
// `npm run build` compiles it. What ships is the committed bundle cli/dist/ops.js (`npx ops` runs that).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write("ops: not built yet. Run `npm run build` at the repository root.\n");
  process.exit(2);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
