// bench/smoke.ts — how fast does smoke notice that a service became healthy, and at what cost in requests?
// Each run starts two local HTTP servers that answer 503 until the same random moment (0.5–5.5 s, uniform over one poll period), then 200
// {"status":"ok"}. Against one, `runSmoke` with the action's DEFAULT settings (backoff 50 ms → 400 ms with
// full jitter, 2 consecutive successes, 10 latency samples); against the other, a fixed 5-second poller —
// the baseline, measured in the same run. Delay = the moment the check reports pass − the moment the
// server turned healthy. Target: smoke's median delay < 250 ms.
//
//   npm run bench -- smoke        (or: node bench/smoke.ts [runs])

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Inputs, optionInputSource } from "@ops/core/action/inputs";
import { readSmokeConfig } from "@ops/core/health/inputs";
import { runSmoke } from "@ops/core/health/smoke";
import { fileReader, smokeDeps } from "@ops/core/health/wiring";

const RUNS = Number(process.argv[2] ?? 24);
const BATCH = 4;
const POLL_MS = 5_000;

interface FlipServer {
  url: string;
  /** performance.now() when it turned healthy (undefined before). */
  healthyAt: number | undefined;
  requests: number;
  close(): Promise<void>;
}

async function flipServer(flipAfterMs: number): Promise<FlipServer> {
  const state: FlipServer = { url: "", healthyAt: undefined, requests: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    state.requests++;
    req.resume();
    if (state.healthyAt === undefined) {
      res.writeHead(503, { "content-type": "application/json" }).end('{"status":"starting"}');
    } else {
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  const timer = setTimeout(() => {
    state.healthyAt = performance.now();
  }, flipAfterMs);
  state.close = () =>
    new Promise((resolve) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

async function smokeRun(flipAfterMs: number): Promise<{ delayMs: number; requests: number }> {
  const server = await flipServer(flipAfterMs);
  try {
    const config = await readSmokeConfig(
      new Inputs(
        optionInputSource({ endpoints: `svc=${server.url}`, "expect-json": "status=ok", timeout: "30s" }),
      ),
      fileReader(process.cwd()),
    );
    const report = await runSmoke(config.smoke, smokeDeps(config, { cwd: process.cwd(), env: process.env }));
    const doneAt = performance.now();
    if (report.verdict !== "pass" || server.healthyAt === undefined)
      throw new Error(`smoke did not pass: ${report.headline}`);
    return { delayMs: doneAt - server.healthyAt, requests: server.requests };
  } finally {
    await server.close();
  }
}

async function pollerRun(flipAfterMs: number): Promise<{ delayMs: number; requests: number }> {
  const server = await flipServer(flipAfterMs);
  try {
    for (;;) {
      const response = await fetch(server.url, { signal: AbortSignal.timeout(5_000) });
      const body = await response.text();
      if (response.status === 200 && JSON.parse(body).status === "ok") break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const doneAt = performance.now();
    return { delayMs: doneAt - (server.healthyAt ?? doneAt), requests: server.requests };
  } finally {
    await server.close();
  }
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
function pct(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

const smoke: Array<{ delayMs: number; requests: number }> = [];
const poller: Array<{ delayMs: number; requests: number }> = [];
const started = performance.now();
for (let done = 0; done < RUNS; done += BATCH) {
  const n = Math.min(BATCH, RUNS - done);
  const flips = Array.from({ length: n }, () => 500 + Math.random() * POLL_MS);
  const results = await Promise.all(flips.map((f) => Promise.all([smokeRun(f), pollerRun(f)])));
  for (const [s, p] of results) {
    smoke.push(s);
    poller.push(p);
  }
}

const row = (name: string, rs: typeof smoke) => {
  const d = rs.map((r) => r.delayMs);
  const q = rs.map((r) => r.requests);
  return `${name.padEnd(26)} median ${median(d).toFixed(0).padStart(5)} ms   p90 ${pct(d, 90).toFixed(0).padStart(5)} ms   max ${Math.max(
    ...d,
  )
    .toFixed(0)
    .padStart(5)} ms   requests median ${median(q)} (max ${Math.max(...q)})`;
};
console.log(
  `smoke: delay from "service answers healthy" to "check reports pass", ${RUNS} runs (healthy at a random 0.5–5.5 s)`,
);
console.log(row("ops smoke (defaults)", smoke));
console.log(row(`fixed ${POLL_MS / 1000}s poller (baseline)`, poller));
const ms = median(smoke.map((r) => r.delayMs));
const mp = median(poller.map((r) => r.delayMs));
console.log(
  `ratio: smoke reports ${(mp / ms).toFixed(1)}× sooner than the poller, for ${(median(smoke.map((r) => r.requests)) / median(poller.map((r) => r.requests))).toFixed(1)}× its requests (smoke's count includes 2 confirmations and 10 latency samples)`,
);
console.log(
  `target: median delay < 250 ms → ${ms < 250 ? "MET" : "NOT MET"} (${ms.toFixed(0)} ms)   [${((performance.now() - started) / 1000).toFixed(1)} s]`,
);
