// actions/ci-triage: inputs → the triage of one workflow run (ops-core) → summary, annotations, one sticky
// PR comment, outputs; all inside runAction. The logic lives in @ops/core/triage; this file only wires it.

import { readFileSync } from "node:fs";
import { ConfigurationError } from "@ops/core/action/errors";
import type { ActionContext } from "@ops/core/action/run-action";
import { runAction } from "@ops/core/action/run-action";
import { gitHubTestReportSource } from "@ops/core/github/artifacts";
import { createGitHub, parseRepo } from "@ops/core/github/client";
import { reportPatterns } from "@ops/core/triage/junit-artifacts";
import { annotationsFor, renderSummary, reportJson } from "@ops/core/triage/render";
import { type RerunPolicy, triageRun } from "@ops/core/triage/run";
import { gitHubTriageSource, type RunInfo, toRunInfo } from "@ops/core/triage/source";

export interface CiTriageInputs {
  token: string;
  runId: number | undefined;
  workflows: readonly string[];
  comment: boolean;
  annotations: boolean;
  rerun: RerunPolicy;
  concurrency: number;
  flakyHistory: number;
  /** Read JUnit reports from the run's artifacts. */
  readTestReports: boolean;
  /** Artifact name globs that hold test reports. */
  testReportArtifacts: readonly string[];
}

export function readInputs(ctx: ActionContext): Readonly<CiTriageInputs> {
  const token = ctx.inputs.required("token", "a GitHub token (the default is github.token)");
  ctx.setSecret(token);
  return Object.freeze({
    token,
    runId: ctx.inputs.integer("run-id", { min: 1 }),
    workflows: ctx.inputs.list("workflows"),
    comment: ctx.inputs.boolean("comment", true),
    annotations: ctx.inputs.boolean("annotations", true),
    rerun: ctx.inputs.enum("rerun", ["never", "flaky", "infrastructure"] as const, "never"),
    concurrency: ctx.inputs.integer("concurrency", { fallback: 4, min: 1, max: 16 }),
    flakyHistory: ctx.inputs.integer("flaky-history", { fallback: 0, min: 0, max: 50 }),
    readTestReports: ctx.inputs.boolean("read-test-reports", true),
    testReportArtifacts: patternsInput(ctx),
  });
}

function patternsInput(ctx: ActionContext): string[] {
  try {
    return reportPatterns(ctx.inputs.list("test-report-artifacts"));
  } catch (error) {
    throw new ConfigurationError(
      `${ctx.inputs.label("test-report-artifacts")}: ${error instanceof Error ? error.message : String(error)}`,
      { input: "test-report-artifacts" },
    );
  }
}

interface EventFacts {
  run?: RunInfo;
  defaultBranch?: string;
}

function readEvent(ctx: ActionContext): EventFacts {
  if (!ctx.run.eventPath) return {};
  try {
    const event = JSON.parse(readFileSync(ctx.run.eventPath, "utf8")) as {
      workflow_run?: unknown;
      repository?: { default_branch?: unknown };
    };
    const branch = event.repository?.default_branch;
    return {
      ...(event.workflow_run ? { run: toRunInfo(event.workflow_run) } : {}),
      ...(typeof branch === "string" && branch !== "" ? { defaultBranch: branch } : {}),
    };
  } catch {
    return {};
  }
}

function selected(run: RunInfo, workflows: readonly string[]): boolean {
  if (workflows.length === 0) return true;
  const file = run.path.split("/").pop() ?? "";
  return workflows.some((w) => w === run.name || w === file || w === run.path);
}

export function run(): Promise<void> {
  return runAction("ci-triage", async (ctx) => {
    const inputs = readInputs(ctx);
    const event = readEvent(ctx);
    const fromEvent = inputs.runId === undefined ? event.run : undefined;
    const runId = inputs.runId ?? fromEvent?.id;
    if (runId === undefined)
      throw new ConfigurationError("no run to triage: give `run-id`, or trigger on `workflow_run`", {
        input: "run-id",
      });
    if (fromEvent && !selected(fromEvent, inputs.workflows)) {
      ctx.logger.info(
        `workflow ${fromEvent.name} (${fromEvent.path}) is not in \`workflows\`: nothing to do`,
      );
      ctx.setOutput("categories", "");
      return undefined;
    }
    if (fromEvent && fromEvent.conclusion === "success") {
      ctx.logger.info(`run ${fromEvent.id} succeeded: nothing to triage`);
      ctx.setOutput("categories", "");
      return undefined;
    }
    const gh = await createGitHub({
      token: inputs.token,
      apiUrl: ctx.run.apiUrl,
      signal: ctx.signal,
      setSecret: ctx.setSecret,
      userAgent: "runbook-ops/ci-triage",
    });
    const repo = parseRepo(ctx.run.repository);
    const source = gitHubTriageSource(gh, { repo, token: inputs.token, signal: ctx.signal });
    const reports = inputs.readTestReports
      ? gitHubTestReportSource(gh, repo, { signal: ctx.signal })
      : undefined;
    const report = await ctx.logger.group(`Triage of run ${runId}`, () =>
      triageRun(
        {
          runId,
          ...(fromEvent ? { run: fromEvent } : {}),
          concurrency: inputs.concurrency,
          rerun: inputs.rerun,
          comment: inputs.comment,
          flakyHistory: inputs.flakyHistory,
          ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}),
          ...(inputs.readTestReports ? { testReports: { patterns: inputs.testReportArtifacts } } : {}),
        },
        source,
        reports,
      ),
    );
    for (const f of report.failed) {
      ctx.logger.info(`${f.job.name}: ${f.result.category} — ${f.result.summary}`);
      for (const t of f.testReports)
        ctx.logger.info(
          `${f.job.name}: tests from the JUnit report in artifact ${t.artifact} (${t.files.join(", ")})`,
        );
    }
    for (const n of report.notes) ctx.logger.info(n);
    for (const c of report.cancelled) ctx.logger.info(`${c.name}: cancelled (not analysed)`);
    if (inputs.annotations) {
      for (const a of annotationsFor(report)) {
        const where = {
          title: a.title,
          file: a.file,
          startLine: a.line,
          ...(a.column ? { startColumn: a.column } : {}),
        };
        if (a.level === "error") ctx.logger.error(a.message, where);
        else ctx.logger.warning(a.message, where);
      }
    }
    if (report.comment) ctx.logger.info(`PR #${report.pullRequest}: comment ${report.comment.action}`);
    ctx.setOutput("categories", report.categories.join(","));
    ctx.setOutput("report", reportJson(report));
    ctx.setSummary(renderSummary(report));
    return undefined;
  });
}
