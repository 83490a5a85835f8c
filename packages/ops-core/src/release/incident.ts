// The incident report, pure: docs/INCIDENTS/YYYY-MM-DD-<slug>.md with the summary, reason, timeline,
// versions, database revisions, health evidence, the last log lines of failing services, and the
// runbook's post-rollback actions. Every untrusted string goes through safe-text.

import { formatDuration } from "../action/inputs.js";
import { mdBlock, mdCode, mdText, tailLines, truncate } from "../action/safe-text.js";
import { table } from "../action/summary.js";
import { type BackupArtefact, backupLine } from "./backup.js";
import { type DataBackEmpty, describeDataBack } from "./destructive.js";
import { revisionLabel } from "./plan.js";
import { slug } from "./policy.js";
import { shortSha } from "./record.js";
import type { Step } from "./timeline.js";

/** The data a release dropped and a rollback could not bring back, and where the backup is. */
function dataSection(input: IncidentInput): string[] {
  const lost = input.dataBack ?? [];
  const out: string[] = [];
  if (lost.length > 0) {
    out.push("", "### Data dropped by the release", "");
    out.push("The downgrade re-creates the schema, never the rows:", "");
    out.push(...lost.map((d) => `- ⚠️ ${mdText(describeDataBack(d))}`));
  }
  if (input.backup) {
    const b = input.backup;
    const where =
      b.kind === "file"
        ? `${mdCode(b.artefact)}${mdText(backupLine(b).slice(b.artefact.length))}`
        : mdText(backupLine(b));
    out.push(
      "",
      `Backup taken before the migrations: ${where}, by ${mdCode(input.backup.command.join(" "))}${lost.length > 0 ? " — restore the dropped rows from it." : "."}`,
    );
  } else if (lost.length > 0) {
    out.push(
      "",
      "This run did not take the backup: the deploy that ran these migrations did (its backup-command, if one was set; see that run's summary). Restore the dropped rows from it.",
    );
  }
  return out;
}

export interface IncidentInput {
  /** When the incident report is written (ms since epoch). */
  at: number;
  title: string;
  reason: string;
  outcome: "restored" | "failed";
  /** One sentence on the state the host is in now. */
  stateNow: string;
  trigger: "automatic" | "manual";
  actor: string;
  runUrl: string;
  repository: string;
  faulty: { sha: string; version: string; deploymentId: number | undefined; dbRevision: string | null };
  target: { sha: string; version: string; deploymentId: number | undefined; dbRevision: string | null };
  dbBefore: string | null | undefined;
  dbAfter: string | null | undefined;
  migrationsUndone: string[];
  timeline: Step[];
  healthEvidence: string[];
  /** Failing service → its last log lines (raw; escaped here). */
  logs: Record<string, string>;
  hotfixBranch: string;
  hotfixBranchCreated: boolean;
  notified: boolean | undefined;
  /**
   * What is tripped now, so the report asks to reset exactly that: the breaker (by this rollback or
   * before it) and the kill switch (undefined: could not be read).
   */
  tripped?: { breaker: "by-this-rollback" | "already" | false; killSwitch: boolean | undefined };
  /** What the undone migrations' upgrades had dropped, and what the database holds now. */
  dataBack?: DataBackEmpty[];
  /** The backup the deploy took before its migrations. */
  backup?: BackupArtefact | undefined;
}

/** The post-rollback line that asks to reset what is actually tripped. */
function resetLine(tripped: IncidentInput["tripped"]): string {
  if (!tripped)
    return "- [ ] Turn the kill switch off and reset the circuit breaker once the fix is verified";
  const parts: string[] = [];
  if (tripped.breaker === "by-this-rollback")
    parts.push("reset the circuit breaker (this rollback tripped it: `cb:state` TRIPPED)");
  else if (tripped.breaker === "already") parts.push("reset the circuit breaker (`cb:state` is not OPEN)");
  if (tripped.killSwitch === true) parts.push("turn the kill switch off (`killswitch:active` is true)");
  else if (tripped.killSwitch === undefined) parts.push("check the kill switch (it could not be read)");
  if (parts.length === 0)
    return "- [x] Nothing to reset: the circuit breaker is OPEN and the kill switch is off";
  const text = parts.join(", and ");
  return `- [ ] ${text.charAt(0).toUpperCase()}${text.slice(1)} once the fix is verified`;
}

export function incidentSlug(input: Pick<IncidentInput, "reason" | "faulty">): string {
  return slug(`rollback-${shortSha(input.faulty.sha)}-${input.reason}`);
}

export function incidentPath(at: number, slugText: string): string {
  return `docs/INCIDENTS/${new Date(at).toISOString().slice(0, 10)}-${slugText}.md`;
}

export function hotfixBranchName(slugText: string): string {
  return `hotfix/${slugText}`;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

export function renderIncident(input: IncidentInput): string {
  const ok = input.outcome === "restored";
  const lines: string[] = [];
  lines.push(`# Incident: ${mdText(input.title)}`);
  lines.push("");
  lines.push(
    table(
      ["", ""],
      [
        ["Date", mdText(iso(input.at))],
        [
          "Outcome",
          ok ? "service restored by rollback" : "**rollback FAILED — production needs a human now**",
        ],
        [
          "Trigger",
          input.trigger === "automatic"
            ? "automatic rollback after a failed deploy verification"
            : "manual rollback",
        ],
        ["Run", input.runUrl ? `[${mdText(input.runUrl)}](${encodeURI(input.runUrl)})` : "—"],
        ["Actor", mdText(input.actor || "unknown")],
      ],
    ),
  );
  lines.push("", "## Summary", "");
  lines.push(
    mdText(
      `${ok ? "Production was rolled back" : "A rollback was attempted"} from ${shortSha(input.faulty.sha)} to ${shortSha(input.target.sha)}. ${input.stateNow}`,
    ),
  );
  lines.push("", "## Reason", "", mdText(input.reason));
  lines.push("", "## Timeline (UTC)", "");
  lines.push(
    table(
      ["Time", "Step", "Took", "Outcome"],
      input.timeline.map((s) => [
        mdText(iso(s.startMs).slice(11)),
        `${mdText(s.name)}${s.detail ? ` — ${mdText(truncate(s.detail, 200))}` : ""}`,
        mdText(formatDuration(s.durationMs)),
        s.outcome === "ok" ? "ok" : s.outcome === "failed" ? "**failed**" : mdText(s.outcome),
      ]),
    ) || "_no steps recorded_",
  );
  lines.push("", "## Versions", "");
  lines.push(
    table(
      ["", "Commit", "Image tag", "Deployment", "DB revision (recorded)"],
      [
        [
          "Faulty",
          mdCode(input.faulty.sha),
          mdCode(input.faulty.version),
          input.faulty.deploymentId !== undefined ? `#${input.faulty.deploymentId}` : "—",
          mdCode(revisionLabel(input.faulty.dbRevision)),
        ],
        [
          "Restored",
          mdCode(input.target.sha),
          mdCode(input.target.version),
          input.target.deploymentId !== undefined ? `#${input.target.deploymentId}` : "—",
          mdCode(revisionLabel(input.target.dbRevision)),
        ],
      ],
    ),
  );
  lines.push("", "## Database", "");
  const dbLine =
    input.dbBefore === undefined
      ? "Database revision before the rollback: unknown."
      : `Database revision before the rollback: ${revisionLabel(input.dbBefore)}; after: ${input.dbAfter === undefined ? "unknown" : revisionLabel(input.dbAfter)}.`;
  lines.push(mdText(dbLine));
  if (input.migrationsUndone.length > 0) {
    lines.push("", `Migrations undone (newest first): ${input.migrationsUndone.map(mdCode).join(", ")}`);
  } else lines.push("", "No migration was undone.");
  lines.push(...dataSection(input));
  lines.push("", "## Health evidence", "");
  lines.push(
    input.healthEvidence.length > 0
      ? input.healthEvidence.map((e) => `- ${mdText(e)}`).join("\n")
      : "_none collected_",
  );
  const logServices = Object.keys(input.logs);
  if (logServices.length > 0) {
    lines.push("", "## Last log lines of failing services");
    for (const service of logServices) {
      lines.push("", `### ${mdText(service)}`, "", mdBlock(tailLines(input.logs[service] ?? "", 40)));
    }
  }
  lines.push("", "## Post-rollback actions", "");
  lines.push(
    `- [${input.notified ? "x" : " "}] Notify the team${input.notified === undefined ? " (no webhook configured: do it by hand)" : ""}`,
    `- [${input.hotfixBranchCreated ? "x" : " "}] Hotfix branch ${mdCode(input.hotfixBranch)}${input.hotfixBranchCreated ? " created at the faulty commit" : ` — create it: <code>git checkout -b ${mdText(input.hotfixBranch)} ${mdText(shortSha(input.faulty.sha))}</code>`}`,
    "- [ ] Reproduce the failure and test the hotfix (migrations: upgrade, downgrade, upgrade on a scratch database)",
    resetLine(input.tripped),
    "- [ ] Update the runbooks with what this incident taught",
  );
  return `${lines.join("\n")}\n`;
}
