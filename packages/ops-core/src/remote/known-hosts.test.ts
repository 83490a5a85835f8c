import { createHmac, generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../action/errors.js";
import { fingerprint, type KnownHost, namesHost, parseKnownHosts, pinnedKeys } from "./known-hosts.js";

/** A real ed25519 public key in OpenSSH's wire form, base64. */
function ed25519(): string {
  const der = generateKeyPairSync("ed25519").publicKey.export({ format: "der", type: "spki" });
  const raw = der.subarray(der.length - 32);
  const str = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return Buffer.concat([str(Buffer.from("ssh-ed25519")), str(raw)]).toString("base64");
}

const key = ed25519();

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error("no error");
}

describe("parseKnownHosts", () => {
  it("reads ssh-keyscan lines, skipping comments and blank lines", () => {
    const entries = parseKnownHosts(
      `# 127.0.0.1:2222 SSH-2.0-OpenSSH_9.2\r\n\n[127.0.0.1]:2222 ssh-ed25519 ${key}\n`,
    );
    expect(entries).toEqual([
      {
        marker: undefined,
        hosts: "[127.0.0.1]:2222",
        keyType: "ssh-ed25519",
        key,
        text: `[127.0.0.1]:2222 ssh-ed25519 ${key}`,
      },
    ]);
  });

  it.each([
    ["prod ssh-ed25519", /needs the host, the key type and the key/],
    [`prod ssh-foo ${key}`, /"ssh-foo" is not a key type/],
    ["prod ssh-ed25519 not*base64", /not base64/],
    [`prod ssh-rsa ${key}`, /not a ssh-rsa key \(it says "ssh-ed25519"\)/],
    [`@bogus prod ssh-ed25519 ${key}`, /unknown marker/],
  ])("%s is refused with the line number and the expected form", (line, why) => {
    const e = configError(() => parseKnownHosts(`# ok\n${line}`));
    expect(e.input).toBe("known-hosts");
    expect(e.message).toMatch(/^input `known-hosts`, line 2 /);
    expect(e.message).toMatch(why);
    expect(e.message).toContain("ssh-keyscan");
  });
});

describe("which lines pin which host", () => {
  const entry = (hosts: string) => parseKnownHosts(`${hosts} ssh-ed25519 ${key}`)[0] as KnownHost;
  it("plain, listed, wildcard and negated patterns; the port in brackets", () => {
    expect(namesHost(entry("prod,10.0.0.5"), "10.0.0.5", undefined)).toBe(true);
    expect(namesHost(entry("[prod]:2222"), "prod", 2222)).toBe(true);
    expect(namesHost(entry("prod"), "prod", 2222)).toBe(false);
    expect(namesHost(entry("*.example.com,!db.example.com"), "app.example.com", 22)).toBe(true);
    expect(namesHost(entry("*.example.com,!db.example.com"), "db.example.com", 22)).toBe(false);
  });
  it("hashed hosts (HashKnownHosts yes) are matched by their HMAC", () => {
    const salt = randomBytes(20);
    const hash = createHmac("sha1", salt).update("[prod]:2222").digest("base64");
    const hashed = entry(`|1|${salt.toString("base64")}|${hash}`);
    expect(namesHost(hashed, "prod", 2222)).toBe(true);
    expect(namesHost(hashed, "prod", 22)).toBe(false);
  });
  it("no line for the engine's host: the error says how to get it", () => {
    const e = configError(() => pinnedKeys([entry("other")], "203.0.113.7", 2222));
    expect(e.message).toContain("has no key for [203.0.113.7]:2222");
    expect(e.message).toContain("`ssh-keyscan -p 2222 203.0.113.7`");
  });
  it("fingerprints as ssh-keygen -l prints them", () => {
    expect(fingerprint(key)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });
});
