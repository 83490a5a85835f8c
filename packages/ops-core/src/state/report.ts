// What a state operation shows: a status snapshot (state, lock, audit tail), as JSON for outputs and
// scripts, as Markdown for the job summary, and as plain lines for a terminal. Pure renderers; all text
// read from Redis is untrusted and escaped.

import { errorMessage } from "../action/errors.js";
import { mdBlock, mdCode, mdText } from "../action/safe-text.js";
import { details, headline, type Status, sections, table } from "../action/summary.js";
import { type AuditEntry, listAudit } from "./audit.js";
import { RECOVERY_QUESTIONS } from "./breaker.js";
import type { CancelOrdersStep } from "./cancel-orders.js";
import type { ChangeResult } from "./change.js";
import type { StateClient } from "./client.js";
import { type LockInfo, lockEvidence, lockStatus } from "./lock.js";
import { type OperationalState, readState } from "./state.js";

export interface StatusSnapshot {
  state: OperationalState;
  lock: LockInfo | null;
  audit: AuditEntry[];
  /** Set when the lock or the audit tail could not be read (the state itself throws). */
  errors: string[];
}

/** The state, the lock and the newest `auditCount` audit entries. */
export async function readStatus(client: StateClient, auditCount = 10): Promise<StatusSnapshot> {
  const state = await readState(client);
  const errors: string[] = [];
  let lock: LockInfo | null = null;
  let audit: AuditEntry[] = [];
  try {
    lock = await lockStatus(client);
  } catch (error) {
    errors.push(`lock: ${errorMessage(error)}`);
  }
  try {
    audit = auditCount > 0 ? await listAudit(client, auditCount) : [];
  } catch (error) {
    errors.push(`audit: ${errorMessage(error)}`);
  }
  return { state, lock, audit, errors };
}

/** The `state` output: the operational state as JSON-ready data (schema 1). */
export function stateJson(state: OperationalState, lock?: LockInfo | null): Record<string, unknown> {
  return {
    schema: 1,
    killSwitch: state.killSwitch,
    breaker: state.breaker,
    tripReason: state.tripReason,
    lastReset: state.lastReset,
    raw: state.raw,
    ...(state.error ? { error: state.error } : {}),
    ...(state.notes.length ? { notes: state.notes } : {}),
    ...(lock !== undefined
      ? {
          lock: lock
            ? {
                held: lock.held,
                manual: lock.manual,
                owner: lock.owner,
                raw: lock.owner ? undefined : lock.raw,
                ttlMs: lock.ttlMs,
                fence: lock.fence,
              }
            : null,
        }
      : {}),
  };
}

function show(value: string | null): string {
  return value === null ? "(not set)" : value;
}

export function breakerIcon(state: OperationalState): string {
  return state.breaker === "OPEN" ? "🟢" : state.breaker === "TRIPPED" ? "🔴" : "⚪";
}

export function killSwitchIcon(state: OperationalState): string {
  return state.killSwitch === "inactive" ? "🟢" : state.killSwitch === "active" ? "🔴" : "⚪";
}

/** A two-column table of the state (Markdown). */
export function stateTable(state: OperationalState): string {
  if (state.error) return `⚪ Redis could not be read: ${mdText(state.error)}`;
  const rows = [
    [
      "Kill switch",
      `${killSwitchIcon(state)} ${mdText(state.killSwitch)} (${mdCode(`killswitch:active = ${show(state.raw.killSwitch)}`)})`,
    ],
    [
      "Circuit breaker",
      `${breakerIcon(state)} ${mdText(state.breaker)} (${mdCode(`cb:state = ${show(state.raw.breaker)}`)})`,
    ],
    ["Trip reason", state.tripReason ? mdText(state.tripReason) : "—"],
    ["Last reset", state.lastReset ? mdText(state.lastReset) : "—"],
  ];
  const notes = state.notes.map((n) => `> ⚠️ ${mdText(n)}`).join("\n");
  return sections(table(["", "state"], rows), notes);
}

export function changeTable(result: ChangeResult): string {
  return table(
    ["key", "before", "after"],
    result.changes.map((c) => [
      mdCode(c.key),
      mdCode(show(c.old)),
      c.new === null ? "(deleted)" : mdCode(c.new),
    ]),
  );
}

export function auditTable(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return "_The audit stream is empty._";
  return table(
    ["time", "actor", "operation", "change", "reason", "run"],
    entries.map((e) => [
      mdText(e.time),
      mdText(e.actor),
      mdCode(e.op),
      e.key
        ? `${mdCode(e.key)}: ${mdCode(show(e.old))} → ${e.new === null ? "(deleted)" : mdCode(e.new)}`
        : "—",
      mdText(e.reason),
      // Whoever wrote the entry wrote its URL: shown as text, never as a link.
      e.runUrl ? mdCode(e.runUrl) : "—",
    ]),
  );
}

export function lockSection(lock: LockInfo | null): string {
  if (!lock) return "";
  if (!lock.held) return "**Deploy lock:** free";
  return `**Deploy lock:** held${lock.manual ? " by hand" : ""}\n\n${lockEvidence(lock)
    .map((l) => `- ${mdText(l)}`)
    .join("\n")}`;
}

export function cancelOrdersSection(steps: readonly CancelOrdersStep[]): string {
  if (steps.length === 0) return "";
  const rows = steps.map((s) => [s.ok ? "✅" : "❌", mdText(s.via), mdCode(s.target), mdText(s.outcome)]);
  const outputs = steps
    .filter((s) => s.output.trim() !== "")
    .map((s) => details(`${s.via} output`, mdBlock(s.output)))
    .join("\n\n");
  const failed = steps.some((s) => !s.ok);
  return sections(
    "### Open-order cancellation",
    failed
      ? "> ❌ **The open-order cancellation FAILED.** The kill switch is active and stays active; cancel open orders by hand now (see the runbook)."
      : "",
    table(["", "via", "target", "outcome"], rows),
    outputs,
  );
}

export function recoveryQuestionsSection(): string {
  return sections(
    "### Recovery questions (runbook)",
    "The runbook asks these before a breaker reset; approving this run's environment is the reviewer's answer:",
    RECOVERY_QUESTIONS.map((q) => `- ${mdText(q)}`).join("\n"),
  );
}

const TITLES: Record<string, string> = {
  "killswitch.activate": "Kill switch activated",
  "killswitch.deactivate": "Kill switch deactivated",
  "breaker.trip": "Circuit breaker tripped",
  "breaker.reset": "Circuit breaker reset",
};

export interface SummaryInput {
  operation: string;
  change?: ChangeResult;
  status: StatusSnapshot;
  cancelOrders?: readonly CancelOrdersStep[];
}

/** The job summary of a state action run. */
export function renderSummary(input: SummaryInput): string {
  const { change, status } = input;
  const cancelFailed = (input.cancelOrders ?? []).some((s) => !s.ok);
  let head: string;
  if (change) {
    const title = TITLES[change.op] ?? change.op;
    const s: Status = cancelFailed ? "failure" : "success";
    head = headline(
      s,
      change.changed ? title : `${title} (no change: it already was)`,
      cancelFailed ? "The state change stands; the open-order cancellation failed (see below)." : undefined,
    );
  } else {
    const normal = status.state.killSwitch === "inactive" && status.state.breaker === "OPEN";
    head = headline(
      normal ? "success" : status.state.error ? "warning" : "refused",
      normal
        ? "Trading state: normal (kill switch off, breaker OPEN)"
        : `Trading state: kill switch ${status.state.killSwitch}, breaker ${status.state.breaker}`,
    );
  }
  return sections(
    head,
    change?.notes.map((n) => `> ⚠️ ${mdText(n)}`).join("\n"),
    "### State",
    stateTable(status.state),
    change ? "### Change" : "",
    change ? changeTable(change) : "",
    input.cancelOrders ? cancelOrdersSection(input.cancelOrders) : "",
    change?.op === "breaker.reset" ? recoveryQuestionsSection() : "",
    lockSection(status.lock),
    "### Audit (newest first)",
    auditTable(status.audit),
    status.errors.length ? status.errors.map((e) => `> ⚠️ ${mdText(e)}`).join("\n") : "",
  );
}

/** Plain lines for a terminal. */
export function renderStatusText(status: StatusSnapshot): string {
  const s = status.state;
  const lines = [
    `kill switch:  ${s.killSwitch}  (killswitch:active = ${show(s.raw.killSwitch)})`,
    `breaker:      ${s.breaker}  (cb:state = ${show(s.raw.breaker)})`,
    `trip reason:  ${s.tripReason ?? "-"}`,
    `last reset:   ${s.lastReset ?? "-"}`,
  ];
  for (const n of s.notes) lines.push(`note: ${n}`);
  if (status.lock)
    lines.push(`deploy lock:  ${status.lock.held ? lockEvidence(status.lock).join("; ") : "free"}`);
  for (const e of status.errors) lines.push(`warning: ${e}`);
  return `${lines.join("\n")}\n`;
}

export function renderChangeText(change: ChangeResult): string {
  const lines = [`${TITLES[change.op] ?? change.op}${change.changed ? "" : " (no change: it already was)"}`];
  for (const c of change.changes)
    lines.push(`  ${c.key}: ${show(c.old)} -> ${c.new === null ? "(deleted)" : c.new}`);
  for (const n of change.notes) lines.push(`note: ${n}`);
  return `${lines.join("\n")}\n`;
}

export function renderAuditText(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return "the audit stream is empty\n";
  return `${entries
    .map(
      (e) =>
        `${e.time}  ${e.actor}  ${e.op}${e.key ? `  ${e.key}: ${show(e.old)} -> ${e.new === null ? "(deleted)" : e.new}` : ""}  reason: ${e.reason}${e.runUrl ? `  ${e.runUrl}` : ""}`,
    )
    .join("\n")}\n`;
}
