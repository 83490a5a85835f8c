#!/usr/bin/env node
// The `ops` command as shipped: this file and everything it imports are bundled by ncc into dist/ops.js
// (plus a chunk per lazily loaded command), committed, and run with a bare `node` — no checkout build, no
// node_modules. The commands themselves live in @ops/core/cli.

import { main } from "@ops/core/cli/main";

process.exitCode = await main(process.argv.slice(2));
