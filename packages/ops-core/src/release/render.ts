// Job summaries and JSON reports for deploy and rollback, pure: status first, the runbook's checklists
// with real ticks, the plan, the timeline with durations, health evidence, next steps.

import { formatDuration } from "../action/inputs.js";
import { mdBlock, mdCode, mdText } from "../action/safe-text.js";
import {
  type CheckItem,
  checklist,
  details,
  fitSections,
  heading,
  headline,
  type Status,
  table,
  timelineChart,
} from "../action/summary.js";
import { backupLine } from "./backup.js";
import type { DeployResult } from "./deploy.js";
import { describeDrop, dropVerb, upgradeDrops } from "./destructive.js";
import { gateChecklist } from "./gates.js";
import { type RollbackPlan, revisionLabel } from "./plan.js";
import { shortSha, shortVersion } from "./record.js";
import type { RestartResult } from "./restart.js";
import type { RollbackResult } from "./rollback.js";
import type { Timeline } from "./timeline.js";

export const REPORT_SCHEMA = 1;

function timelineSection(title: string, tl: Timeline): string {
  if (tl.steps.length === 0) return "";
  const rows = tl.steps.map((s) => [
    mdText(new Date(s.startMs).toISOString().slice(11, 19)),
    mdText(s.name),
    mdText(formatDuration(s.durationMs)),
    s.outcome === "ok" ? "✅" : s.outcome === "failed" ? "❌" : s.outcome === "warning" ? "⚠️" : "⏭️",
    s.detail ? mdText(s.detail.slice(0, 300)) : "",
  ]);
  const chart = timelineChart(
    title,
    tl.steps.map((s) => ({
      name: s.name,
      startMs: s.startMs,
      durationMs: s.durationMs,
      failed: s.outcome === "failed",
    })),
  );
  return [
    heading("Timeline"),
    table(["Time (UTC)", "Step", "Took", "", "Detail"], rows),
    tl.steps.length > 2 ? chart : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function list(title: string, items: readonly string[]): string {
  if (items.length === 0) return "";
  return `${heading(title)}\n\n${items.map((i) => `- ${mdText(i)}`).join("\n")}`;
}

export function renderPlan(plan: RollbackPlan): string {
  const rows: string[][] = [
    [
      "Release",
      `${mdCode(shortSha(plan.current.sha))} (#${plan.current.deploymentId ?? "?"})`,
      `${mdCode(shortSha(plan.target.sha))} (#${plan.target.deploymentId ?? "?"})`,
    ],
    ["Image tag", mdCode(plan.current.version), mdCode(plan.target.version)],
    [
      "Database",
      mdCode(revisionLabel(plan.current.dbRevision)),
      plan.dbTarget === undefined ? "unchanged (db-revision: none)" : mdCode(revisionLabel(plan.dbTarget)),
    ],
  ];
  const parts = [
    heading(plan.dbOnly ? "Plan (database only)" : "Plan"),
    table(["", "Current", "Target"], rows),
  ];
  if (plan.migrationsToUndo.length > 0) {
    parts.push(
      `Migrations to undo, in order: ${plan.migrationsToUndo.map((m) => `${mdCode(m.revision)}${m.destructiveDowngrade.length ? ` ⚠️ drops ${mdText(m.destructiveDowngrade.join(", "))}` : ""}`).join(", ")}`,
    );
    const backEmpty = upgradeDrops(plan.migrationsToUndo);
    if (backEmpty.length > 0) {
      parts.push(
        `⚠️ Their upgrades dropped data a downgrade cannot bring back (it comes back empty): ${backEmpty.map((d) => `${mdCode(d.revision)} ${mdText(dropVerb(d.operation))}`).join(", ")}`,
      );
    }
  }
  if (!plan.dbOnly) {
    parts.push(
      `Images to start (no rebuild): ${
        Object.entries(plan.images)
          .map(([s, ref]) => `${mdText(s)} ${mdCode(ref)}`)
          .join(", ") || "none"
      }`,
    );
  }
  return parts.join("\n\n");
}

/** The destructive upgrades, counted before they ran, and where the backup went. */
function destructiveSection(r: DeployResult): string {
  const parts: string[] = [];
  if (r.destructiveUpgrades.length > 0) {
    parts.push(
      `**⚠️ Destructive upgrade** (rows counted before it ran):\n\n${r.destructiveUpgrades.map((d) => `- ${mdCode(d.revision)} ${mdText(describeDrop(d))}`).join("\n")}`,
    );
  }
  if (r.backup) {
    const b = r.backup;
    parts.push(
      `Backup before the migrations: ${b.kind === "file" ? `${mdCode(b.artefact)}${mdText(backupLine(b).slice(b.artefact.length))}` : mdText(backupLine(b))}`,
    );
  }
  return parts.length > 0 ? `\n\n${parts.join("\n\n")}` : "";
}

const DEPLOY_STATUS: Record<DeployResult["status"], [Status, string]> = {
  success: ["success", "Deployed"],
  warning: ["warning", "Deployed with warnings"],
  failure: ["failure", "Deploy failed"],
  "rolled-back": ["failure", "Deploy rolled back"],
  refused: ["refused", "Deploy refused"],
  "dry-run": ["neutral", "Deploy dry run"],
  cancelled: ["cancelled", "Deploy cancelled"],
};

export function renderDeploySummary(r: DeployResult): string {
  const [status, title] = DEPLOY_STATUS[r.status];
  const leftovers = r.leftovers.length
    ? `> ⚠️ Leftover from an earlier run: ${r.leftovers.map(mdText).join("; ")}`
    : "";
  const migrations =
    r.pendingMigrations.length > 0
      ? `${heading("Migrations")}\n\n${table(
          ["Revision", "Applied"],
          r.pendingMigrations.map((m) => [mdCode(m), r.appliedMigrations.includes(m) ? "✅" : "—"]),
        )}\n\nDatabase: ${mdCode(revisionLabel(r.dbBefore))} → ${mdCode(r.dbNow === undefined ? "unknown" : revisionLabel(r.dbNow))} (head ${mdCode(revisionLabel(r.head))})${destructiveSection(r)}`
      : "";
  const health = r.health
    ? details(
        `Health evidence (${r.health.verdict})`,
        r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_",
        r.status !== "success",
      )
    : "";
  const logs = Object.entries(r.logErrors).filter(([, v]) => v.count > 0);
  const logSection = logs.length
    ? details(
        "Error lines in the service logs",
        logs.map(([s, v]) => `**${mdText(s)}**: ${v.count}\n\n${mdBlock(v.samples.join("\n"))}`).join("\n\n"),
      )
    : "";
  const rb = r.rollback;
  const rollbackPart = rb
    ? [
        headline(
          rb.ok ? "warning" : "failure",
          rb.ok ? "Automatic rollback completed" : "Automatic rollback FAILED",
          rb.stateNow,
        ),
        renderPlan(rb.plan),
        checklist("Rollback complete", rb.checklist),
        rb.incident ? details("Incident report", rb.incident.markdown) : "",
      ].join("\n\n")
    : "";
  return fitSections([
    // A failure's headline names its cause (the message starts with it), the details follow.
    headline(
      status,
      `${title}: ${shortVersion(r.version)}${status === "failure" ? ` — ${r.message.split("; ")[0]}` : ""}`,
      `${r.message}. ${r.stateNow}`,
    ),
    leftovers,
    list("Next steps", r.nextSteps),
    checklist("Pre-deployment checklist", gateChecklist(r.gates)),
    r.complete.length ? checklist("Deployment complete", r.complete) : "",
    list("Warnings", r.warnings),
    rollbackPart,
    migrations,
    health,
    logSection,
    timelineSection("Deploy", r.timeline),
  ]);
}

const ROLLBACK_STATUS: Record<RollbackResult["status"], [Status, string]> = {
  success: ["success", "Rolled back"],
  failure: ["failure", "Rollback FAILED"],
  refused: ["refused", "Rollback refused"],
  "dry-run": ["neutral", "Rollback dry run"],
  cancelled: ["cancelled", "Rollback cancelled"],
};

export function renderRollbackSummary(r: RollbackResult): string {
  const [status, title] = ROLLBACK_STATUS[r.status];
  const target = r.plan ? `: ${shortSha(r.plan.current.sha)} → ${shortSha(r.plan.target.sha)}` : "";
  return fitSections([
    headline(status, `${title}${target}`, `${r.message}. ${r.stateNow}`),
    list("Refused because", r.refusals),
    list("Next steps", r.nextSteps),
    r.checklist.length ? checklist("Rollback complete", r.checklist) : "",
    list("Warnings", r.warnings),
    r.plan ? renderPlan(r.plan) : "",
    r.health
      ? details(
          `Health after the rollback (${r.health.verdict})`,
          r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_",
        )
      : "",
    r.incident
      ? details(`Incident report — ${r.incident.path}`, r.incident.markdown, r.status === "failure")
      : "",
    timelineSection("Rollback", r.timeline),
  ]);
}

function planJson(plan: RollbackPlan | undefined) {
  return plan
    ? {
        current: plan.current,
        target: plan.target,
        dbOnly: plan.dbOnly,
        dbTarget: plan.dbTarget === undefined ? "unchanged" : revisionLabel(plan.dbTarget),
        migrationsToUndo: plan.migrationsToUndo.map((m) => m.revision),
        destructive: plan.destructive,
        images: plan.images,
      }
    : null;
}

const checks = (items: readonly CheckItem[]) =>
  items.map((c) => ({ label: c.label, ok: c.ok ?? null, evidence: c.evidence ?? null }));
const steps = (tl: Timeline) => tl.steps.map((s) => ({ ...s, startedAt: new Date(s.startMs).toISOString() }));

/** The `report` output: JSON, `schema: 1`. */
export function deployReport(r: DeployResult): object {
  return {
    schema: REPORT_SCHEMA,
    kind: "deploy",
    status: r.status,
    message: r.message,
    stateNow: r.stateNow,
    version: r.version,
    previousVersion: r.previousVersion ?? null,
    deploymentId: r.deploymentId ?? null,
    database: {
      before: revisionLabel(r.dbBefore),
      now: r.dbNow === undefined ? null : revisionLabel(r.dbNow),
      head: r.head ?? null,
      pending: r.pendingMigrations,
      applied: r.appliedMigrations,
      destructive: r.destructiveUpgrades,
      backup: r.backup ?? null,
    },
    gates: r.gates,
    complete: checks(r.complete),
    images: r.images ?? null,
    health: r.health
      ? {
          verdict: r.health.verdict,
          degradationPct: r.health.degradationPct ?? null,
          crashLooping: r.health.crashLooping,
          breaker: r.health.breaker ?? null,
          healthyAfterMs: r.health.healthyAfterMs ?? null,
          evidence: r.health.evidence,
        }
      : null,
    decision: r.decision ?? null,
    logErrors: r.logErrors,
    metrics: r.metrics ?? null,
    rollback: r.rollback
      ? {
          ok: r.rollback.ok,
          stateNow: r.rollback.stateNow,
          deploymentId: r.rollback.deploymentId ?? null,
          breakerTripped: r.rollback.breakerTripped,
          plan: planJson(r.rollback.plan),
          incident: r.rollback.incident?.path ?? null,
          healthyAfterMs: r.rollback.health?.healthyAfterMs ?? null,
          complete: checks(r.rollback.checklist),
        }
      : null,
    leftovers: r.leftovers,
    warnings: r.warnings,
    timeline: steps(r.timeline),
  };
}

export function rollbackReport(r: RollbackResult): object {
  return {
    schema: REPORT_SCHEMA,
    kind: "rollback",
    status: r.status,
    message: r.message,
    stateNow: r.stateNow,
    plan: planJson(r.plan),
    refusals: r.refusals,
    deploymentId: r.deploymentId ?? null,
    database: r.dbRevisionNow === undefined ? null : revisionLabel(r.dbRevisionNow),
    breakerTripped: r.breakerTripped,
    complete: checks(r.checklist),
    health: r.health
      ? {
          verdict: r.health.verdict,
          healthyAfterMs: r.health.healthyAfterMs ?? null,
          evidence: r.health.evidence,
        }
      : null,
    incident: r.incident
      ? {
          path: r.incident.path,
          pullRequest: r.incident.prUrl ?? null,
          hotfixBranch: r.incident.hotfixBranch,
        }
      : null,
    warnings: r.warnings,
    timeline: steps(r.timeline),
  };
}

export function renderRestartSummary(r: RestartResult): string {
  const status: Status = r.status === "success" ? "success" : r.status === "refused" ? "refused" : "failure";
  return fitSections([
    headline(
      status,
      r.status === "success" ? "Restarted" : r.status === "refused" ? "Restart refused" : "Restart FAILED",
      r.message,
    ),
    checklist("Restart", r.checklist),
    r.health
      ? details(
          `Health after the restart (${r.health.verdict})`,
          r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_",
          r.status !== "success",
        )
      : "",
    timelineSection("Restart", r.timeline),
  ]);
}
