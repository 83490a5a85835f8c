// The deploy-side gate as a deploy runs it, in its own process, from the built ops-core: prints the
// decision (or the refusal) as one JSON line and lets the process end by itself (no process.exit).
import { requireGate } from "../../../dist/state/gate.js";

const [url, kind = "deploy", breakGlass] = process.argv.slice(2);
const started = performance.now();
try {
  const decision = await requireGate(url, { kind, breakGlass, actor: { actor: "probe", runId: "1" } });
  console.log(JSON.stringify({ proceed: decision.proceed, warnings: decision.warnings, ms: performance.now() - started }));
} catch (error) {
  console.log(
    JSON.stringify({ refused: error.name, message: error.message, evidence: error.evidence, ms: performance.now() - started }),
  );
  process.exitCode = 1;
}
