import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors.js";
import {
  actionInputSource,
  formatDuration,
  Inputs,
  optionInputSource,
  parseDuration,
  redactUrl,
  splitWords,
} from "./inputs.js";

const inputs = (values: Record<string, string>) => new Inputs(optionInputSource(values));
const actionInputs = (env: Record<string, string>) => new Inputs(actionInputSource(env));

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected a ConfigurationError");
}

describe("durations", () => {
  it.each([
    ["500ms", 500],
    ["30s", 30_000],
    ["5m", 300_000],
    ["1h", 3_600_000],
    ["1m30s", 90_000],
    ["1.5s", 1500],
    ["45", 45_000],
  ])("%s is %i ms", (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(["", "-5s", "5 minutes", "s", "5x", "1m 30s", "ms500"])("%j is not a duration", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it("formats back the way people write them", () => {
    expect(formatDuration(250)).toBe("250ms");
    expect(formatDuration(1500)).toBe("1.5s");
    expect(formatDuration(90_000)).toBe("1m30s");
    expect(formatDuration(120_000)).toBe("2m");
  });
});

describe("Inputs", () => {
  it("reads action inputs the way the runner passes them, empty meaning absent", () => {
    const i = actionInputs({ "INPUT_COMPOSE-FILE": "  docker-compose.yml  ", INPUT_EMPTY: "" });
    expect(i.optional("compose-file")).toBe("docker-compose.yml");
    expect(i.optional("empty")).toBeUndefined();
    expect(i.string("empty", "fallback")).toBe("fallback");
  });

  it("names the input and how to fix a missing one", () => {
    const e = configError(() => actionInputs({}).required("reason", "why the change is made"));
    expect(e.message).toBe("input `reason` is required: give why the change is made");
    expect(e.input).toBe("reason");
  });

  it("accepts only real booleans: a typo is an error, never false", () => {
    expect(inputs({ a: "true", b: "False" }).boolean("a", false)).toBe(true);
    expect(inputs({ b: "False" }).boolean("b", true)).toBe(false);
    expect(inputs({}).boolean("c", true)).toBe(true);
    const e = configError(() => inputs({ "dry-run": "ture" }).boolean("dry-run", false));
    expect(e.message).toBe('option --dry-run: "ture" is not valid; expected true or false');
  });

  it("checks integers and their range", () => {
    expect(inputs({ n: "5" }).integer("n", { fallback: 1, min: 1 })).toBe(5);
    expect(inputs({}).integer("n", { fallback: 3 })).toBe(3);
    expect(
      configError(() => inputs({ n: "0" }).integer("n", { fallback: 1, min: 1, max: 10 })).message,
    ).toContain("a whole number in 1..10");
    expect(configError(() => inputs({ n: "2.5" }).integer("n", { fallback: 1 })).message).toContain('"2.5"');
    expect(configError(() => inputs({ n: "abc" }).integer("n", { fallback: 1 })).input).toBe("n");
  });

  it("refuses integers beyond 2^53 instead of rounding them", () => {
    expect(inputs({ n: "9007199254740991" }).integer("n", { fallback: 1 })).toBe(2 ** 53 - 1);
    for (const big of ["9007199254740993", "99999999999999999999", "-9007199254740993"]) {
      const e = configError(() => inputs({ n: big }).integer("n", { fallback: 1 }));
      expect(e.input).toBe("n");
      expect(e.message).toMatch(/at most 2\^53/);
    }
  });

  it("checks durations, rejecting negative ones with what is allowed", () => {
    expect(inputs({ timeout: "2m" }).duration("timeout", { fallback: 1000 })).toBe(120_000);
    const e = configError(() => inputs({ timeout: "-5s" }).duration("timeout", { fallback: 1000 }));
    expect(e.message).toBe(
      'option --timeout: "-5s" is not valid; expected a duration such as 500ms, 30s, 5m',
    );
    const range = configError(() =>
      inputs({ t: "2h" }).duration("t", { fallback: 1, min: 1000, max: 600_000 }),
    );
    expect(range.message).toContain("between 1s and 10m");
  });

  it("lists the allowed values of an enum", () => {
    const modes = ["fail", "inconclusive", "never"] as const;
    expect(inputs({ "fail-on": "never" }).enum("fail-on", modes, "fail")).toBe("never");
    const e = configError(() => inputs({ "fail-on": "sometimes" }).enum("fail-on", modes, "fail"));
    expect(e.message).toBe(
      'option --fail-on: "sometimes" is not valid; expected one of fail, inconclusive, never',
    );
  });

  it("checks URLs and their scheme, never echoing a password", () => {
    expect(inputs({ u: "https://x.test/health" }).url("u", ["http:", "https:"])?.host).toBe("x.test");
    expect(configError(() => inputs({ u: "not a url" }).url("u", ["http:"])).message).toContain(
      "an absolute URL starting with http://",
    );
    const e = configError(() => inputs({ u: "ftp://user:hunter2@x.test" }).url("u", ["redis:", "rediss:"]));
    expect(e.message).not.toContain("hunter2");
    expect(e.message).toContain("redis:// or rediss://");
  });

  it("splits lists and name=value maps, refusing malformed or repeated names", () => {
    expect(inputs({ l: "a, b\n\nc\n# comment" }).list("l")).toEqual(["a", "b", "c"]);
    expect(inputs({ m: "api=http://x:1/health\n db = http://y/h?a=b " }).map("m")).toEqual([
      ["api", "http://x:1/health"],
      ["db", "http://y/h?a=b"],
    ]);
    expect(configError(() => inputs({ m: "http://x/health" }).map("m")).message).toContain(
      "lines of name=value",
    );
    expect(configError(() => inputs({ m: "a=1\na=2" }).map("m")).message).toContain('"a" is repeated');
  });

  it("reads a command as arguments, never through a shell", () => {
    expect(inputs({ c: 'pytest "tests/e2e/test smoke.py" -q' }).argv("c")).toEqual([
      "pytest",
      "tests/e2e/test smoke.py",
      "-q",
    ]);
    expect(inputs({ c: '["sh", "-c", "echo $HOME"]' }).argv("c")).toEqual(["sh", "-c", "echo $HOME"]);
    expect(inputs({ c: "pytest\n-k\nnot slow" }).argv("c")).toEqual(["pytest", "-k", "not slow"]);
    expect(configError(() => inputs({ c: "[1, 2]" }).argv("c")).message).toContain("a JSON array of strings");
  });
});

describe("helpers", () => {
  it("splits words with quotes and nothing else", () => {
    expect(splitWords(`a 'b c' "d e" $(rm -rf /)`)).toEqual(["a", "b c", "d e", "$(rm", "-rf", "/)"]);
  });
  it("redacts passwords in URLs, also malformed ones", () => {
    expect(redactUrl("redis://ops:s3cret@localhost:6379/0")).toBe("redis://ops:***@localhost:6379/0");
    expect(redactUrl("redis://ops:s3cret@[bad")).not.toContain("s3cret");
  });
});
