// The error taxonomy decides how a run ends: a configuration error is the user's to fix, a transient
// error may succeed on retry, a refusal is a deliberate decision with its evidence (not a crash).

export type ErrorKind = "configuration" | "transient" | "refusal" | "cancelled" | "internal";

/** A wrong or missing input, file or setting: the message says which one and how to fix it. */
export class ConfigurationError extends Error {
  readonly kind = "configuration" as const;
  /** The input, option or setting at fault, e.g. `timeout` or `--redis-url`. */
  readonly input: string | undefined;
  constructor(message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "ConfigurationError";
    this.input = options.input;
  }
}

/** A dependency that failed in a way that may pass on retry (network, timeout, 5xx). */
export class TransientError extends Error {
  readonly kind = "transient" as const;
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "TransientError";
  }
}

/** A deliberate decision not to proceed (kill switch on, breaker tripped, CI red), with its evidence. */
export class RefusalError extends Error {
  readonly kind = "refusal" as const;
  readonly evidence: readonly string[];
  constructor(message: string, evidence: readonly string[] = []) {
    super(message);
    this.name = "RefusalError";
    this.evidence = evidence;
  }
}

/** The run was cancelled (SIGINT/SIGTERM) or an operation was aborted. */
export class CancelledError extends Error {
  readonly kind = "cancelled" as const;
  constructor(message = "the run was cancelled") {
    super(message);
    this.name = "CancelledError";
  }
}

/** Classifies anything thrown, including non-Error values. */
export function errorKind(error: unknown): ErrorKind {
  if (error instanceof ConfigurationError) return "configuration";
  if (error instanceof TransientError) return "transient";
  if (error instanceof RefusalError) return "refusal";
  if (error instanceof CancelledError) return "cancelled";
  if (error instanceof Error && error.name === "AbortError") return "cancelled";
  return "internal";
}

/** A message for anything thrown: an Error's message, a string as is, anything else as JSON. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
