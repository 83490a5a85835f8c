import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskUrl, redisMasks } from "../state/connection.js";
import { redactUrl } from "./inputs.js";
import {
  credentialsAsHeader,
  hideSecrets,
  passwordParts,
  secretForms,
  secretFormsOfLines,
} from "./secrets.js";

// Typos people make in a URL with a password, each of which the old code printed with the password.
const TYPOS = [
  "redis:/u:s3cret-pw@h",
  "u:s3cret-pw@h:6379",
  "redis//u:s3cret-pw@h:6379",
  "redis:u:s3cret-pw@h",
  "redis://u:s3cret-pw@h:port",
  "redis:///u:s3cret-pw@h",
  " redis://u:s3cret-pw@h ",
  "rediss:/:s3cret-pw@h",
  "htps://u:s3cret-pw@hooks.example/x",
  "https//u:s3cret-pw@hooks.example/x?y=@z",
];

describe("secrets in a malformed value", () => {
  it.each(TYPOS)("%j: the password is a form to mask, and hidden from our own text", (value) => {
    expect(passwordParts(value)).toContain("s3cret-pw");
    expect(redisMasks(value)).toContain("s3cret-pw");
    expect(hideSecrets(`bad value ${value}`, value)).not.toContain("s3cret-pw");
    expect(redactUrl(value)).not.toContain("s3cret-pw");
    expect(maskUrl(value)).not.toContain("s3cret-pw");
  });

  it("finds the password in its encoded and decoded forms", () => {
    expect(passwordParts("redis:/u:p%40ss%2Fword@h")).toEqual(
      expect.arrayContaining(["p%40ss%2Fword", "p@ss/word"]),
    );
  });

  it("a value without credentials gives nothing to mask but itself", () => {
    expect(passwordParts("redis://localhost:6379/0")).toEqual([]);
    expect(secretForms("redis://localhost:6379/0")).toEqual(["redis://localhost:6379/0"]);
    expect(secretFormsOfLines("api=http://127.0.0.1:8001/health\nhttp://h/x")).toEqual([]);
  });

  it("holds for any password in any of the shapes (property)", () => {
    const password = fc.string({
      unit: fc.constantFrom(..."abcXYZ019-_.~!$&'()*+;%"),
      minLength: 3,
      maxLength: 20,
    });
    const shape = fc.constantFrom(
      (p: string) => `redis://u:${p}@h:1`,
      (p: string) => `redis:/u:${p}@h`,
      (p: string) => `u:${p}@h:1`,
      (p: string) => `redis:u:${p}@h`,
      (p: string) => `https://user:${p}@metrics.example/api`,
    );
    fc.assert(
      fc.property(password, shape, (p, make) => {
        const value = make(p);
        expect(passwordParts(value)).toContain(p);
        expect(hideSecrets(value, value)).not.toContain(p);
      }),
    );
  });
});

describe("credentials in an endpoint or metrics URL", () => {
  it("go as an Authorization header, leaving a URL without them", () => {
    const { url, authorization } = credentialsAsHeader(
      new URL("https://grafana:pa%3Ass@metrics.example/api"),
    );
    expect(url.href).toBe("https://metrics.example/api");
    expect(Buffer.from((authorization ?? "").replace(/^Basic /, ""), "base64").toString()).toBe(
      "grafana:pa:ss",
    );
    expect(credentialsAsHeader(new URL("http://h/x")).authorization).toBeUndefined();
  });
});
