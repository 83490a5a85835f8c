// Strict, typed input parsing shared by every action and the `ops` command. Empty means absent; every
// error names the input, the bad value and what is allowed. Parse once, into a frozen object.

import { ConfigurationError } from "./errors.js";
import { hideSecrets } from "./secrets.js";

/** Where raw values come from: action inputs (`INPUT_*`) or command-line options. */
export interface InputSource {
  /** The raw value, or undefined when not given. */
  get(name: string): string | undefined;
  /** How to name the input in an error: "input `timeout`" or "option --timeout". */
  label(name: string): string;
}

/** The runner's contract: input `foo-bar` is `INPUT_FOO-BAR`, trimmed, as @actions/core reads it. */
export function actionInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return {
    get: (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim(),
    label: (name) => `input \`${name}\``,
  };
}

/** Command-line options already split into a map (see cli/args.ts). */
export function optionInputSource(values: Record<string, string | undefined>): InputSource {
  return {
    get: (name) => values[name]?.trim(),
    label: (name) => `option --${name}`,
  };
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `500ms`, `30s`, `5m`, `1h`, `1m30s`; a bare number is seconds. Returns milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    total += Number(m[1]) * (DURATION_UNITS[m[2] as string] ?? 0);
    consumed = re.lastIndex;
  }
  if (consumed === 0 || consumed !== t.length) return undefined;
  return Math.round(total);
}

/** Shows a duration as people write it: 250ms, 1.5s, 2m, 1m30s. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1))}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s ? `${m}m${s}s` : `${m}m`;
}

function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

export class Inputs {
  constructor(private readonly source: InputSource) {}

  /** How to name an input in a message: "input `timeout`" (action) or "option --timeout" (CLI). */
  label(name: string): string {
    return this.source.label(name);
  }

  private fail(name: string, value: string, allowed: string): never {
    throw new ConfigurationError(
      `${this.source.label(name)}: ${show(value)} is not valid; expected ${allowed}`,
      {
        input: name,
      },
    );
  }

  /** The raw value; undefined when empty or not given. */
  optional(name: string): string | undefined {
    const v = this.source.get(name);
    return v === undefined || v === "" ? undefined : v;
  }

  required(name: string, hint = "a value"): string {
    const v = this.optional(name);
    if (v === undefined) {
      throw new ConfigurationError(`${this.source.label(name)} is required: give ${hint}`, { input: name });
    }
    return v;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  /** YAML 1.2 core booleans only: true/True/TRUE, false/False/FALSE. A typo is an error, never false. */
  boolean(name: string, fallback: boolean): boolean {
    const v = this.optional(name);
    if (v === undefined) return fallback;
    if (["true", "True", "TRUE"].includes(v)) return true;
    if (["false", "False", "FALSE"].includes(v)) return false;
    return this.fail(name, v, "true or false");
  }

  integer(name: string, opts: { fallback: number; min?: number; max?: number }): number;
  integer(name: string, opts: { fallback?: undefined; min?: number; max?: number }): number | undefined;
  integer(name: string, opts: { fallback?: number; min?: number; max?: number }): number | undefined {
    const v = this.optional(name);
    if (v === undefined) return opts.fallback;
    const range = `${opts.min ?? "-∞"}..${opts.max ?? "∞"}`;
    if (!/^[-+]?\d+$/.test(v)) return this.fail(name, v, `a whole number in ${range}`);
    const n = Number(v);
    // Beyond 2^53 a number is no longer exact (9007199254740993 reads as …992): refused, not rounded.
    if (!Number.isSafeInteger(n)) return this.fail(name, v, `a whole number in ${range}, at most 2^53 − 1`);
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      return this.fail(name, v, `a whole number in ${range}`);
    }
    return n;
  }

  /** A duration in milliseconds (`500ms`, `30s`, `5m`, `1h`; a bare number is seconds). */
  duration(name: string, opts: { fallback: number; min?: number; max?: number }): number;
  duration(name: string, opts: { fallback?: undefined; min?: number; max?: number }): number | undefined;
  duration(name: string, opts: { fallback?: number; min?: number; max?: number }): number | undefined {
    const v = this.optional(name);
    if (v === undefined) return opts.fallback;
    const ms = parseDuration(v);
    const allowed = `a duration such as 500ms, 30s, 5m${
      opts.min !== undefined || opts.max !== undefined
        ? ` between ${formatDuration(opts.min ?? 0)} and ${opts.max !== undefined ? formatDuration(opts.max) : "∞"}`
        : ""
    }`;
    if (ms === undefined) return this.fail(name, v, allowed);
    if ((opts.min !== undefined && ms < opts.min) || (opts.max !== undefined && ms > opts.max)) {
      return this.fail(name, v, allowed);
    }
    return ms;
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  enum<T extends string>(name: string, allowed: readonly T[], fallback?: undefined): T | undefined;
  enum<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const v = this.optional(name);
    if (v === undefined) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(name, v, `one of ${allowed.join(", ")}`);
  }

  /** An absolute URL whose scheme is one of `protocols` (e.g. ["http:", "https:"]). */
  url(name: string, protocols: readonly string[], fallback?: string): URL | undefined {
    const v = this.optional(name) ?? fallback;
    if (v === undefined) return undefined;
    return parseUrl(v, protocols, (allowed) => this.fail(name, redactUrl(v), allowed));
  }

  /** Items separated by newlines or commas, trimmed, empty ones dropped. */
  list(name: string): string[] {
    const v = this.optional(name);
    if (v === undefined) return [];
    return v
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== "" && !s.startsWith("#"));
  }

  /** Lines (or commas) of `name=value`; names unique; `#` starts a comment line. In input order. */
  map(name: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const seen = new Set<string>();
    for (const item of this.list(name)) {
      const eq = item.indexOf("=");
      if (eq <= 0) return this.fail(name, item, "lines of name=value");
      const key = item.slice(0, eq).trim();
      const value = item.slice(eq + 1).trim();
      if (seen.has(key)) return this.fail(name, item, `each name once (${JSON.stringify(key)} is repeated)`);
      seen.add(key);
      out.push([key, value]);
    }
    return out;
  }

  /** Lines of arguments for a command run without a shell: one argument per line, or a JSON array. */
  argv(name: string): string[] | undefined {
    const v = this.optional(name);
    if (v === undefined) return undefined;
    if (v.startsWith("[")) {
      try {
        const parsed: unknown = JSON.parse(v);
        if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((a) => typeof a === "string")) {
          return parsed as string[];
        }
      } catch {
        // fall through to the error below
      }
      return this.fail(name, v, 'a JSON array of strings, e.g. ["pytest", "tests/e2e"]');
    }
    const args = v.includes("\n") ? v.split("\n").map((s) => s.trim()) : splitWords(v);
    const clean = args.filter((a) => a !== "");
    if (clean.length === 0) return this.fail(name, v, "a command and its arguments");
    return clean;
  }
}

/** Splits `a "b c" d` into words, honouring simple double and single quotes; no shell expansion at all. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) words.push(m[1] ?? m[2] ?? m[3] ?? "");
  return words;
}

export function parseUrl(value: string, protocols: readonly string[], fail: (allowed: string) => never): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`an absolute URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
  }
  if (!protocols.includes(url.protocol)) {
    return fail(`a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
  }
  return url;
}

/** A URL with its password replaced, safe to print — also when it is malformed (see `passwordParts`). */
export function redactUrl(value: string): string {
  let out: string;
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    out = url.toString();
  } catch {
    out = value.replace(/\/\/([^:/@\s]*):[^@/\s]*@/, "//$1:***@");
  }
  return hideSecrets(out, value);
}
