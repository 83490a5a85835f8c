// Artifact zips unzipped in memory within bounds (fflate): real zips made with fflate's zip writer,
// stored and deflated, with data descriptors (as upload-artifact's streaming writer makes them), bombs,
// lying headers and garbage.
import { randomBytes } from "node:crypto";
import { Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ArtifactError, artifactNameMatches, downloadArtifactZip, unzipEntries } from "./artifacts.js";
import type { GitHubPort } from "./client.js";

const enc = (s: string) => new TextEncoder().encode(s);
const xml = (name: string) => enc(`<testsuite><testcase name="${name}"/></testsuite>`);
const isXml = (n: string) => n.endsWith(".xml");

/** A zip written the streaming way (local headers without sizes, data descriptors after each entry). */
function streamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = name.endsWith(".txt") ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe("unzipEntries", () => {
  it("keeps only the entries asked for, from stored, deflated and streamed (data-descriptor) zips", () => {
    const plain = zipSync({
      "reports/a.xml": xml("a"),
      "notes.txt": enc("hi"),
      "b.XML": [xml("b"), { level: 0 }],
    });
    expect(unzipEntries(plain, isXml).entries.map((e) => e.name)).toEqual(["reports/a.xml"]);
    const streamed = streamedZip({
      "junit/unit.xml": xml("u"),
      "readme.txt": enc("x"),
      "junit/e2e.xml": xml("e"),
    });
    const got = unzipEntries(streamed, isXml).entries;
    expect(got.map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual([
      ["junit/unit.xml", '<testsuite><testcase name="u"/></testsuite>'],
      ["junit/e2e.xml", '<testsuite><testcase name="e"/></testsuite>'],
    ]);
  });

  it("stops a zip bomb while inflating: an entry past its cap, or all entries past the total", () => {
    const zeros = new Uint8Array(3 * 1024 * 1024); // 3 MiB of zeros deflates to a few KiB
    const bomb = zipSync({ "big.xml": zeros });
    expect(bomb.length).toBeLessThan(64 * 1024);
    // an honest header saying 8 MiB: skipped before inflating, with the reason
    expect(unzipEntries(bomb, isXml, { maxEntryBytes: 1024 * 1024 })).toEqual({
      entries: [],
      skipped: ["big.xml: 3.0 MiB uncompressed is over the 1.0 MiB limit"],
    });
    // a lying header (1,000 bytes): the count while inflating stops it
    const lying = bomb.slice();
    new DataView(lying.buffer).setUint32(22, 1000, true);
    expect(() => unzipEntries(lying, isXml, { maxEntryBytes: 1024 * 1024 })).toThrow(
      /big\.xml inflates past 1\.0 MiB/,
    );
    const many = zipSync({ "a.xml": zeros, "b.xml": zeros });
    expect(() => unzipEntries(many, isXml, { maxTotalBytes: 5 * 1024 * 1024 })).toThrow(
      /past 5\.0 MiB in total/,
    );
    // a streamed entry has no size in its header: the count while inflating still stops it
    const streamed = streamedZip({ "s.xml": zeros });
    expect(() => unzipEntries(streamed, isXml, { maxEntryBytes: 1024 * 1024 })).toThrow(/inflates past/);
  });

  it("refuses too many entries, garbage, and a truncated zip", () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.txt`] = enc("x");
    expect(() => unzipEntries(zipSync(files), isXml, { maxEntries: 20 })).toThrow(/more than 20 entries/);
    expect(() => unzipEntries(enc("<html>502 Bad Gateway</html>"), isXml)).toThrow(ArtifactError);
    expect(() => unzipEntries(enc("<html>502</html>"), isXml)).toThrow("not a zip archive");
    const whole = zipSync({ "a.xml": randomBytes(200_000) });
    expect(() => unzipEntries(whole.subarray(0, 5_000), isXml)).toThrow(/corrupt/);
  });
});

describe("artifactNameMatches", () => {
  it("globs, case-insensitively", () => {
    const p = ["*junit*", "*test-results*"];
    expect(artifactNameMatches("pytest-JUnit-3.12", p)).toBe(true);
    expect(artifactNameMatches("Test-Results", p)).toBe(true);
    expect(artifactNameMatches("coverage", p)).toBe(false);
  });
});

describe("downloadArtifactZip", () => {
  const repo = { owner: "o", repo: "r" };
  const artifact = { id: 7, name: "junit", sizeInBytes: 100, expired: false, createdAt: "" };
  const gh = (location?: string, status?: number): GitHubPort => ({
    // biome-ignore lint/suspicious/noExplicitAny: the port's generic response
    async request(): Promise<any> {
      if (status) throw Object.assign(new Error("gone"), { status });
      return { status: 302, data: undefined, headers: location ? { location } : {} };
    },
  });

  it("follows the redirect WITHOUT the token, within the byte cap", async () => {
    const seen: Array<{ url: string; init: unknown }> = [];
    const fetch = async (url: string, init: unknown) => {
      seen.push({ url, init });
      return new Response(new Uint8Array(50));
    };
    const zip = await downloadArtifactZip(gh("https://blob.example/x?sig=1"), repo, artifact, { fetch });
    expect(zip.length).toBe(50);
    expect(seen[0]?.url).toBe("https://blob.example/x?sig=1");
    expect(JSON.stringify(seen[0]?.init)).not.toMatch(/authorization/i);
    const big = async () => new Response(new Uint8Array(2_000));
    await expect(
      downloadArtifactZip(gh("https://b/x"), repo, artifact, { fetch: big, maxBytes: 1_000 }),
    ).rejects.toThrow(/download is over the 0\.00 MiB limit; not read/);
  });

  it("refuses what the listing says is too large or expired, and says gone on 410", async () => {
    await expect(
      downloadArtifactZip(gh("x"), repo, { ...artifact, sizeInBytes: 30 * 1024 * 1024 }),
    ).rejects.toThrow(/30\.0 MiB is over the 20\.0 MiB limit/);
    await expect(downloadArtifactZip(gh("x"), repo, { ...artifact, expired: true })).rejects.toThrow(
      /expired/,
    );
    await expect(downloadArtifactZip(gh(undefined, 410), repo, artifact)).rejects.toThrow(
      /gone \(HTTP 410\)/,
    );
  });
});
