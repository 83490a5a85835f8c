// Loaded with `node --import`: prints `chunk: <file>` on stderr for every bundle chunk the process loads
// (in-thread module hooks, Node ≥ 22.15), so a test can see which lazy chunks a run pulled in.
import { writeSync } from "node:fs";
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    const m = /\/dist\/(\d+\.index\.js)$/.exec(result.url);
    if (m) writeSync(2, `chunk: ${m[1]}\n`);
    return result;
  },
});
