// The pre-deployment checklist: each row a gate with its evidence. Every read-only gate is evaluated
// (so the summary shows them all); the lock is taken last, only when every other gate passed.

import { errorMessage } from "../action/errors.js";
import { formatDuration } from "../action/inputs.js";
import type { CheckItem } from "../action/summary.js";
import { accessoriesGate } from "./accessories.js";
import { lastKnownGood, type RecordedDeployment } from "./history.js";
import { migrationsBetween, recordImageRefs, revisionLabel } from "./plan.js";
import { type CiVerdict, ciVerdict } from "./policy.js";
import type { AccessoryState, DeploymentView, MigrationInfo, ReleaseDeps } from "./ports.js";
import { shortSha } from "./record.js";

export type GateId =
  | "branch-head"
  | "pr-approved"
  | "ci-green"
  | "kill-switch"
  | "breaker"
  | "alembic-head"
  | "migrations-tested"
  | "rollback-plan"
  | "accessories"
  | "lock";

export interface GateRow {
  id: GateId;
  label: string;
  /** true passed, false refused, undefined not checked (turned off, or not reached). */
  ok: boolean | undefined;
  evidence: string;
}

export interface GateInputs {
  sha: string;
  /** The release's image tag: compose sees it as the version variable when the gates read the stack. */
  version: string;
  branch: string;
  environment: string;
  requireApproval: boolean;
  requiredChecks: string[];
  ignoreChecks: string[];
  ciTimeoutMs: number;
  ciPollMs: number;
  migrationsCheck: string;
}

export interface GateFacts {
  rows: GateRow[];
  /** Database revision now; the head; pending migrations oldest first. */
  dbNow: string | null | undefined;
  head: string | undefined;
  pending: MigrationInfo[];
  /** The release to return to if verification fails; undefined on the first deploy. */
  rollbackTo: RecordedDeployment | undefined;
  firstDeploy: boolean;
  ci: CiVerdict | undefined;
  /** The accessories as the gate saw them (undefined: could not be read). */
  accessories: AccessoryState[] | undefined;
}

const LABELS: Record<GateId, string> = {
  "branch-head": "Commit is the head of the deploy branch",
  "pr-approved": "Merged pull request with an approving review",
  "ci-green": "CI passed on the commit",
  "kill-switch": "Kill switch off",
  breaker: "Circuit breaker OPEN",
  "alembic-head": "Alembic has exactly one head; pending migrations listed",
  "migrations-tested": "Migrations tested (upgrade, downgrade, upgrade) on the commit",
  "rollback-plan": "A rollback plan exists",
  accessories: "Accessories running and healthy (deploys never touch them)",
  lock: "Deploy lock acquired",
};

export function gateRow(id: GateId, ok: boolean | undefined, evidence: string): GateRow {
  return { id, label: LABELS[id], ok, evidence };
}

export function gateChecklist(rows: readonly GateRow[]): CheckItem[] {
  return rows.map((r) => ({ label: r.label, ok: r.ok, evidence: r.evidence }));
}

async function guardedGate(id: GateId, fn: () => Promise<GateRow>): Promise<GateRow> {
  try {
    return await fn();
  } catch (e) {
    // A gate that cannot be evaluated fails closed.
    return gateRow(id, false, `could not be checked: ${errorMessage(e)}`);
  }
}

/** Evaluates every read-only gate. Nothing here changes anything. */
export async function evaluateGates(
  inputs: GateInputs,
  deps: ReleaseDeps,
  deployments: readonly DeploymentView[],
): Promise<GateFacts> {
  const { github, state, migrations, compose, clock } = deps;
  const rows: GateRow[] = [];
  // Break glass: a gate only GitHub can answer is shown as skipped (never as passed) when it does not.
  const skip = deps.skipGates;
  const guarded = (id: GateId, fn: () => Promise<GateRow>): Promise<GateRow> =>
    skip?.ids.includes(id)
      ? Promise.resolve(gateRow(id, undefined, `skipped: ${skip.why}`))
      : guardedGate(id, fn);

  // The independent reads run at the same time; rows keep the checklist's order.
  const branchRow = guarded("branch-head", async () => {
    const head = await github.branchHead(inputs.branch);
    return head === inputs.sha
      ? gateRow("branch-head", true, `${shortSha(inputs.sha)} is the head of ${inputs.branch}`)
      : gateRow(
          "branch-head",
          false,
          `the head of ${inputs.branch} is ${shortSha(head)}, not ${shortSha(inputs.sha)} (a newer commit will deploy)`,
        );
  });

  const prRow = guarded("pr-approved", async () => {
    if (!inputs.requireApproval)
      return gateRow("pr-approved", undefined, "turned off (require-approval: false)");
    const pr = await github.pullRequestForCommit(inputs.sha);
    if (!pr)
      return gateRow(
        "pr-approved",
        false,
        `no merged pull request brought ${shortSha(inputs.sha)} (pushed directly?)`,
      );
    if (!pr.merged) return gateRow("pr-approved", false, `PR #${pr.number} is not merged`);
    if (pr.approvedBy.length === 0)
      return gateRow("pr-approved", false, `PR #${pr.number} has no approving review`);
    return gateRow("pr-approved", true, `PR #${pr.number} approved by ${pr.approvedBy.join(", ")}`);
  });

  let ci: CiVerdict | undefined;
  let checksSeen: Awaited<ReturnType<typeof github.commitChecks>> = [];
  const ciRow = guarded("ci-green", async () => {
    const deadline = clock.now() + inputs.ciTimeoutMs;
    const started = clock.now();
    for (;;) {
      checksSeen = await github.commitChecks(inputs.sha);
      ci = ciVerdict(checksSeen, { required: inputs.requiredChecks, ignore: inputs.ignoreChecks });
      if (ci.state !== "pending" || clock.now() >= deadline) break;
      await clock.sleep(Math.min(inputs.ciPollMs, Math.max(0, deadline - clock.now())), deps.signal);
    }
    const waited = clock.now() - started;
    if (ci.state === "success") {
      return gateRow(
        "ci-green",
        true,
        `${ci.passed.length} check(s) green${waited > 0 ? ` after waiting ${formatDuration(waited)}` : ""}: ${ci.passed.join(", ")}`,
      );
    }
    if (ci.state === "failure") return gateRow("ci-green", false, `failing: ${ci.failing.join(", ")}`);
    const still = [...ci.pending, ...ci.missing.map((m) => `${m} (not reported)`)];
    return gateRow(
      "ci-green",
      false,
      still.length > 0
        ? `still pending after ${formatDuration(inputs.ciTimeoutMs)}: ${still.join(", ")}`
        : "no CI check reported on the commit",
    );
  });

  const opRead = state
    .read()
    .catch((e: unknown) => ({ killSwitch: undefined, breaker: undefined, error: errorMessage(e) }));
  let dbNow: string | null | undefined;
  let head: string | undefined;
  let pending: MigrationInfo[] = [];
  const alembicRow = guarded("alembic-head", async () => {
    const [heads, graph, now] = await Promise.all([
      migrations.heads(),
      migrations.graph(),
      migrations.current(deps.signal),
    ]);
    if (heads.length !== 1) {
      return gateRow(
        "alembic-head",
        false,
        heads.length === 0
          ? "no Alembic head found"
          : `${heads.length} heads: ${heads.join(", ")} (merge them first)`,
      );
    }
    head = heads[0] as string;
    dbNow = now;
    const between = migrationsBetween(graph, head, now);
    if (!between.ok)
      return gateRow("alembic-head", false, `database at ${revisionLabel(now)}: ${between.why}`);
    pending = [...between.migrations].reverse();
    return gateRow(
      "alembic-head",
      true,
      `head ${head}; database at ${revisionLabel(now)}; ${pending.length === 0 ? "no pending migration" : `pending: ${pending.map((m) => m.revision).join(", ")}`}`,
    );
  });
  let rollbackTo: RecordedDeployment | undefined;
  let firstDeploy = false;
  const planRow = guarded("rollback-plan", async () => {
    rollbackTo = lastKnownGood(deployments, undefined);
    if (!rollbackTo) {
      if (deployments.length === 0) {
        firstDeploy = true;
        return gateRow(
          "rollback-plan",
          true,
          `first deploy to ${inputs.environment}: no earlier release to return to`,
        );
      }
      return gateRow(
        "rollback-plan",
        false,
        `no good deployment with a record in ${inputs.environment} to return to`,
      );
    }
    const refs = recordImageRefs(rollbackTo.record.imageRefs);
    const { missing } = await compose.imagesPresent(refs);
    if (missing.length > 0) {
      return gateRow(
        "rollback-plan",
        false,
        `last good ${shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}) but its images are gone: ${missing.join(", ")}`,
      );
    }
    return gateRow(
      "rollback-plan",
      true,
      `last good ${shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}), images present, database revision ${revisionLabel(rollbackTo.record.alembic.after)}`,
    );
  });

  let accessories: AccessoryState[] | undefined;
  const accessoryRowDone = guarded("accessories", async () => {
    accessories = await compose.accessories(inputs.version);
    const gate = accessoriesGate(accessories);
    return gateRow("accessories", gate.ok, gate.evidence);
  });

  rows.push(await branchRow, await prRow, await ciRow);
  const op = await opRead;
  if (op.error) {
    rows.push(gateRow("kill-switch", false, `Redis could not be read (${op.error}): fail closed`));
    rows.push(gateRow("breaker", false, `Redis could not be read (${op.error}): fail closed`));
  } else {
    rows.push(
      op.killSwitch
        ? gateRow("kill-switch", false, "killswitch:active is true")
        : gateRow(
            "kill-switch",
            true,
            op.killSwitch === false ? "killswitch:active is false" : "killswitch:active not set",
          ),
    );
    rows.push(
      op.breaker === "OPEN"
        ? gateRow("breaker", true, "cb:state is OPEN")
        : gateRow(
            "breaker",
            false,
            op.breaker === undefined
              ? "cb:state is not set (only OPEN lets a deploy through)"
              : `cb:state is ${op.breaker}`,
          ),
    );
  }

  rows.push(await alembicRow);
  rows.push(
    await guarded("migrations-tested", async () => {
      if (head === undefined)
        return gateRow("migrations-tested", undefined, "not reached (Alembic head unknown)");
      if (pending.length === 0) return gateRow("migrations-tested", true, "the commit brings no migration");
      const check = checksSeen.filter((c) => c.name === inputs.migrationsCheck);
      if (check.some((c) => c.state === "success") && !check.some((c) => c.state === "failure")) {
        return gateRow(
          "migrations-tested",
          true,
          `${inputs.migrationsCheck} passed on ${shortSha(inputs.sha)}`,
        );
      }
      return gateRow(
        "migrations-tested",
        false,
        check.length === 0
          ? `the commit brings ${pending.length} migration(s) but no ${inputs.migrationsCheck} check ran on it`
          : `${inputs.migrationsCheck} is ${check.map((c) => c.state).join("/")} on ${shortSha(inputs.sha)}`,
      );
    }),
  );

  rows.push(await planRow);
  const accessoryRow = await accessoryRowDone;
  // Not applicable (no accessory) stays out of the checklist.
  if (accessoryRow.ok !== undefined || accessoryRow.evidence.startsWith("could not")) rows.push(accessoryRow);

  return { rows, dbNow, head, pending, rollbackTo, firstDeploy, ci, accessories };
}
