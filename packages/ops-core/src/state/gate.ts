// The gate in front of a deploy or a rollback. A deploy FAILS CLOSED: Redis unreadable counts as kill
// switch active and breaker tripped, and it is refused, within seconds, saying why; only an explicit
// break-glass reason overrides that (not a kill switch or breaker that were actually read), and the
// override is recorded. A rollback is the remedy: it proceeds, with warnings.

import { errorMessage, RefusalError } from "../action/errors.js";
import type { Logger } from "../action/logger.js";
import { checkReason, recordAudit } from "./audit.js";
import type { Actor, StateClient } from "./client.js";
import { type OperationalState, type ReadStateOptions, readOperationalState } from "./state.js";

export type GateKind = "deploy" | "rollback";

export interface GateDecision {
  kind: GateKind;
  proceed: boolean;
  state: OperationalState;
  /** Why a deploy is refused (set when `proceed` is false). */
  refusal?: string;
  /** The values behind the decision, one line each. */
  evidence: string[];
  warnings: string[];
  /** Set when a break-glass reason let a deploy through an unreadable Redis. */
  breakGlass?: { reason: string; auditId?: string; recordError?: string };
}

export interface GatePolicy {
  kind: GateKind;
  /** A reason to deploy although Redis cannot be read; it does not override a state that was read. */
  breakGlass?: string;
}

/** The evidence lines for a state. */
export function stateEvidence(state: OperationalState): string[] {
  if (state.error) return [`Redis could not be read: ${state.error}`];
  const lines = [
    `killswitch:active = ${state.raw.killSwitch === null ? "(not set)" : JSON.stringify(state.raw.killSwitch)}`,
    `cb:state = ${state.raw.breaker === null ? "(not set)" : JSON.stringify(state.raw.breaker)}`,
  ];
  if (state.tripReason) lines.push(`cb:trip_reason = ${JSON.stringify(state.tripReason)}`);
  if (state.lastReset) lines.push(`cb:last_reset = ${state.lastReset}`);
  return [...lines, ...state.notes];
}

/** The decision for a state (pure). */
export function evaluateGate(state: OperationalState, policy: GatePolicy): GateDecision {
  const evidence = stateEvidence(state);
  const warnings: string[] = [];
  const base = { kind: policy.kind, state, evidence, warnings };
  if (policy.kind === "rollback") {
    if (state.error) {
      warnings.push(
        `Redis cannot be read (${state.error}): the rollback proceeds anyway (it is the remedy), but the kill switch and breaker state are unknown`,
      );
    } else {
      if (state.killSwitch === "active") {
        warnings.push(
          "the kill switch is active: the rollback proceeds (it is the remedy); trading stays stopped",
        );
      }
      if (state.breaker !== "OPEN") {
        warnings.push(
          `the circuit breaker is ${state.breaker}${state.tripReason ? ` (${state.tripReason})` : ""}: the rollback proceeds; reset the breaker after recovery`,
        );
      }
    }
    return { ...base, proceed: true };
  }

  if (state.error) {
    const breakGlass = policy.breakGlass?.trim();
    if (breakGlass) {
      warnings.push(
        `BREAK-GLASS: Redis cannot be read (${state.error}); deploying anyway because: ${breakGlass}`,
      );
      return { ...base, proceed: true, breakGlass: { reason: breakGlass } };
    }
    return {
      ...base,
      proceed: false,
      refusal: `Redis cannot be read, so the deploy fails closed (kill switch treated as active, breaker as tripped): ${state.error}. Fix Redis, or re-run with a break-glass reason to deploy anyway.`,
    };
  }
  if (state.killSwitch !== "inactive") {
    return {
      ...base,
      proceed: false,
      refusal:
        state.killSwitch === "active"
          ? "the kill switch is active: deploys are stopped until it is deactivated"
          : `the kill switch holds an unexpected value (${JSON.stringify(state.raw.killSwitch)}): treated as active`,
    };
  }
  if (state.breaker !== "OPEN") {
    return {
      ...base,
      proceed: false,
      refusal:
        state.breaker === "TRIPPED"
          ? `the circuit breaker is TRIPPED${state.tripReason ? ` (${state.tripReason})` : ""}: only OPEN lets a deploy through; reset it after recovery`
          : state.raw.breaker === null
            ? "the circuit breaker state (cb:state) is not set: only OPEN lets a deploy through; a breaker reset sets it"
            : `the circuit breaker is ${JSON.stringify(state.breaker)}: only OPEN lets a deploy through`,
    };
  }
  return { ...base, proceed: true };
}

export interface GateOptions extends GatePolicy, ReadStateOptions {
  /** Who runs the deploy, for the break-glass audit entry. */
  actor: Actor;
  logger?: Logger;
}

/**
 * Reads the state (never hanging: see readOperationalState), decides, and records a break-glass override
 * in the audit stream when Redis can be reached to record it (otherwise the decision says so). Never
 * throws for Redis trouble; see `requireGate` to throw the refusal.
 */
export async function checkGate(source: StateClient | string, options: GateOptions): Promise<GateDecision> {
  if (options.breakGlass !== undefined && options.breakGlass.trim() !== "") {
    checkReason(options.breakGlass, "break-glass");
  }
  const state = await readOperationalState(source, options);
  const decision = evaluateGate(state, options);
  if (decision.breakGlass) {
    const why =
      "Redis was unreadable when the gate ran, so the override cannot be written to the audit stream";
    decision.breakGlass.recordError = why;
    decision.warnings.push(`${why}; it is in this run's log and summary (recordBreakGlass can add it later)`);
  }
  return decision;
}

/** checkGate, then a RefusalError (with the evidence) when a deploy must not proceed. */
export async function requireGate(source: StateClient | string, options: GateOptions): Promise<GateDecision> {
  const decision = await checkGate(source, options);
  if (!decision.proceed) {
    throw new RefusalError(
      `${options.kind} refused: ${decision.refusal ?? "the state does not allow it"}`,
      decision.evidence,
    );
  }
  for (const w of decision.warnings) options.logger?.warning(w);
  return decision;
}

/** Records a break-glass override later, once Redis answers again (e.g. at the end of the deploy). */
export async function recordBreakGlass(client: StateClient, actor: Actor, reason: string): Promise<string> {
  try {
    return await recordAudit(client, "gate.break-glass", { ...actor, reason });
  } catch (error) {
    throw new Error(`could not record the break-glass override: ${errorMessage(error)}`);
  }
}
