// A hard failure fails fast: an endpoint that answers 5xx (503 aside: "starting") — or refuses the
// connection while its container is running — on every probe for `afterMs` is a failure then, not at the
// end of the whole timeout. The window opens once the container is up and past its health-check start
// period; a service still starting (no answer yet, 503, a timeout) keeps the whole timeout. Pure over a
// clock; the container facts come from a lookup the caller throttles.

/** What one probe got, reduced to what the rule reads. */
export type ProbeOutcome =
  | { kind: "answer"; status: number }
  /** ECONNREFUSED: nothing listens on the port. */
  | { kind: "refused" }
  /** A timeout, a reset, DNS…: says nothing about a hard failure. */
  | { kind: "other" };

/** The service's container now: running, and past its start period (up and its health check's grace over). */
export interface ContainerFacts {
  running: boolean;
  ready: boolean;
}

export interface HardFailureVerdict {
  /** The answers seen in the streak, e.g. `answered 500` or `refused the connection`. */
  what: string;
  tries: number;
  /** How long the streak lasted, in ms. */
  forMs: number;
}

/** 5xx but 503 (Service Unavailable is how a starting service says "not yet"). Pure. */
export function isHardStatus(status: number): boolean {
  return status >= 500 && status <= 599 && status !== 503;
}

/** The code of a network error (fetch wraps it in `cause`), e.g. ECONNREFUSED. Pure. */
export function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const named = /\b(E[A-Z]{4,})\b/.exec(String((e as Error).message ?? ""))?.[1];
    if (named) return named;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * One endpoint's streak of hard probes. `record` returns a verdict once every probe for `afterMs` (from
 * the first one inside the window) was hard.
 */
export class HardFailureWatch {
  private since: number | undefined;
  private tries = 0;
  private statuses = new Set<string>();

  constructor(private readonly afterMs: number) {}

  /**
   * `nowMs` is the check's (monotonic) clock. `container` undefined: not known (no stack port, or no
   * service of that name) — an answer still counts, a refusal does not.
   */
  record(
    outcome: ProbeOutcome,
    nowMs: number,
    container: ContainerFacts | undefined,
  ): HardFailureVerdict | undefined {
    const hard =
      outcome.kind === "answer"
        ? isHardStatus(outcome.status)
        : outcome.kind === "refused"
          ? container?.running === true
          : false;
    if (!hard || (container !== undefined && (!container.running || !container.ready))) {
      this.reset();
      return undefined;
    }
    this.since ??= nowMs;
    this.tries++;
    this.statuses.add(outcome.kind === "answer" ? String(outcome.status) : "refused");
    const forMs = nowMs - this.since;
    if (this.afterMs <= 0 || forMs < this.afterMs) return undefined;
    const answered = [...this.statuses].filter((s) => s !== "refused");
    const what = [
      ...(answered.length > 0 ? [`answered ${answered.join("/")}`] : []),
      ...(this.statuses.has("refused") ? ["refused the connection while its container ran"] : []),
    ].join(" or ");
    return { what, tries: this.tries, forMs };
  }

  private reset(): void {
    this.since = undefined;
    this.tries = 0;
    this.statuses.clear();
  }
}
