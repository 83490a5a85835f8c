// A user's regular expression run on untrusted text (service logs) with a linear-time engine (re2js, a port
// of RE2): a pathological pattern such as `(a+)+$` cannot hang the run, whatever the log holds. JavaScript's
// RegExp backtracks and can take exponential time. Backreferences and lookarounds are not RE2 syntax: they
// are refused with the input named, as any invalid pattern is.

import { RE2JS } from "re2js";
import { ConfigurationError } from "./errors.js";

/** A RegExp whose `test` and `exec` run on RE2 (linear time); `source` is the pattern as given. */
class LinearRegExp extends RegExp {
  readonly #re2: RE2JS;
  constructor(source: string, re2: RE2JS) {
    // The RegExp itself is never run: a trivially safe pattern keeps it from compiling the user's one.
    super("(?:)");
    this.#re2 = re2;
    Object.defineProperty(this, "source", { value: source });
  }
  override test(text: string): boolean {
    return this.#re2.test(text);
  }
  override exec(text: string): RegExpExecArray | null {
    const m = this.#re2.exec(text) as RegExpExecArray | null;
    return m;
  }
  override toString(): string {
    return `/${this.source}/`;
  }
}

/** Compiles `source` for a linear-time engine; a ConfigurationError naming `input` when it cannot. */
export function linearPattern(source: string, input: string, label = `input \`${input}\``): RegExp {
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(source);
  } catch (e) {
    throw new ConfigurationError(
      `${label}: not a valid regular expression for the linear-time engine (RE2 syntax: no backreferences or lookarounds): ${(e as Error).message}`,
      { input, cause: e },
    );
  }
  return new LinearRegExp(source, re2);
}
