// The `known-hosts` input: the engine host's public keys, pinned. One line each, in OpenSSH's known_hosts
// format (`ssh-keyscan -p PORT HOST` prints them). Every line is checked (key type, base64, the key blob
// naming the same type) and at least one must name the engine's host, so a typo is a configuration error
// here and not a "Host key verification failed" in the middle of a deploy.

import { createHash, createHmac } from "node:crypto";
import { ConfigurationError } from "../action/errors.js";
import { knownHostsName } from "./docker-host.js";

export const KEY_TYPES = [
  "ssh-ed25519",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "ssh-rsa",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
] as const;

export interface KnownHost {
  /** `@cert-authority` or `@revoked` when the line has one. */
  marker: "@cert-authority" | "@revoked" | undefined;
  /** The host patterns field as written (comma separated, or a hashed `|1|salt|hash`). */
  hosts: string;
  keyType: string;
  /** The key, base64. */
  key: string;
  /** The line as given, for the known_hosts file written for ssh. */
  text: string;
}

/** The command that prints a host's keys in this format. */
export function keyscanHint(host: string, port: number | undefined): string {
  return `ssh-keyscan -p ${port ?? 22} ${host}`;
}

/** OpenSSH's fingerprint of a public key: `SHA256:` and the unpadded base64 of the blob's SHA-256. */
export function fingerprint(keyBase64: string): string {
  const digest = createHash("sha256").update(Buffer.from(keyBase64, "base64")).digest("base64");
  return `SHA256:${digest.replace(/=+$/, "")}`;
}

/** The key type written inside a public key blob (its first length-prefixed string). */
function blobType(blob: Buffer): string | undefined {
  if (blob.length < 4) return undefined;
  const n = blob.readUInt32BE(0);
  if (n <= 0 || n > 64 || blob.length < 4 + n) return undefined;
  return blob.subarray(4, 4 + n).toString("latin1");
}

/**
 * Parses known_hosts text. Blank lines and `#` comments are skipped; anything else that is not a valid
 * line throws a ConfigurationError naming `label` and the line.
 */
export function parseKnownHosts(
  text: string,
  label = "input `known-hosts`",
  input = "known-hosts",
): KnownHost[] {
  const out: KnownHost[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const fail = (why: string): never => {
      throw new ConfigurationError(
        `${label}, line ${i + 1} (${JSON.stringify(line.slice(0, 60))}${line.length > 60 ? "…" : ""}): ${why}; expected lines such as \`ssh-keyscan\` prints: \`HOST KEYTYPE BASE64\` (e.g. \`[203.0.113.7]:2222 ssh-ed25519 AAAAC3Nz…\`)`,
        { input },
      );
    };
    const fields = line.split(/\s+/);
    let marker: KnownHost["marker"];
    if (fields[0]?.startsWith("@")) {
      const m = fields.shift();
      if (m !== "@cert-authority" && m !== "@revoked") fail(`unknown marker ${JSON.stringify(m)}`);
      marker = m as KnownHost["marker"];
    }
    const [hosts, keyType, key] = fields;
    if (!hosts || !keyType || !key) fail("needs the host, the key type and the key");
    if (!(KEY_TYPES as readonly string[]).includes(keyType as string)) {
      fail(`${JSON.stringify(keyType)} is not a key type (${KEY_TYPES.join(", ")})`);
    }
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key as string)) fail("the key is not base64");
    const embedded = blobType(Buffer.from(key as string, "base64"));
    if (embedded !== keyType)
      fail(`the key is not a ${keyType} key (it says ${JSON.stringify(embedded ?? "nothing")})`);
    if (/[^\x21-\x7e]/.test(hosts as string))
      fail("the host field has characters that are not printable ASCII");
    out.push({ marker, hosts: hosts as string, keyType: keyType as string, key: key as string, text: line });
  });
  return out;
}

/** Shell-style `*` and `?` globbing of one host pattern, as known_hosts uses it. */
function glob(pattern: string, name: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`, "i").test(name);
}

/** Whether a known_hosts entry names `host` on `port` (plain, wildcard, negated or hashed patterns). */
export function namesHost(entry: KnownHost, host: string, port: number | undefined): boolean {
  const name = knownHostsName(host, port);
  if (entry.hosts.startsWith("|1|")) {
    const [, , salt, hash] = entry.hosts.split("|");
    if (!salt || !hash) return false;
    const mac = createHmac("sha1", Buffer.from(salt, "base64")).update(name).digest("base64");
    return mac === hash;
  }
  let matched = false;
  for (const pattern of entry.hosts.split(",")) {
    if (pattern.startsWith("!")) {
      if (glob(pattern.slice(1), name)) return false;
    } else if (glob(pattern, name)) matched = true;
  }
  return matched;
}

/**
 * The entries that pin `host:port`'s key (revoked ones and CA lines aside); throws when there is none,
 * saying how to get the line.
 */
export function pinnedKeys(
  entries: readonly KnownHost[],
  host: string,
  port: number | undefined,
  label = "input `known-hosts`",
  input = "known-hosts",
): KnownHost[] {
  const pinned = entries.filter((e) => e.marker === undefined && namesHost(e, host, port));
  const ca = entries.some((e) => e.marker === "@cert-authority" && namesHost(e, host, port));
  if (pinned.length === 0 && !ca) {
    throw new ConfigurationError(
      `${label} has no key for ${knownHostsName(host, port)}: the engine's host key must be pinned. Get its line with \`${keyscanHint(host, port)}\` from a machine you trust (check the fingerprint against the host's own \`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\`) and put it in \`known-hosts\`.`,
      { input },
    );
  }
  return pinned;
}
