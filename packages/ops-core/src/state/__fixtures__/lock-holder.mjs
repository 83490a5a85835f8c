// A deploy run in its own process, from the built ops-core: takes the deploy lock (waiting up to WAIT ms),
// prints one JSON line per event, holds it HOLD ms with its heartbeat, then releases it. With HOLD=-1 it
// holds until killed (SIGKILL: a run that died without cleaning up).
import { openState } from "../../../dist/state/client.js";
import { acquireDeployLock } from "../../../dist/state/lock.js";

const [url, runId, waitMs = "0", holdMs = "0", ttlMs = "5000"] = process.argv.slice(2);
const say = (event) => console.log(JSON.stringify({ runId, t: Date.now(), ...event }));
const client = await openState(url, {});
try {
  const lock = await acquireDeployLock(
    client,
    { kind: "deploy", actor: "probe", runId, runUrl: `https://github.com/o/r/actions/runs/${runId}`, sha: "abc123" },
    {
      ttlMs: Number(ttlMs),
      waitMs: Number(waitMs),
      pollMs: 100,
      onWait: (holder) => say({ event: "waiting", holder: holder.owner?.runId ?? null }),
    },
  );
  say({ event: "acquired", fence: lock.fence });
  if (Number(holdMs) < 0) await new Promise(() => setInterval(() => {}, 1000));
  await new Promise((r) => setTimeout(r, Number(holdMs)));
  say({ event: "released", ok: await lock.release(), lost: lock.lost });
} catch (error) {
  say({ event: "refused", name: error.name, message: error.message, evidence: error.evidence });
  process.exitCode = 1;
} finally {
  await client.close();
}
