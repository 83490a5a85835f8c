// Credentials in inputs, found before anything parses them: a typo in a URL (`redis:/u:pw@h`, `u:pw@h:p`,
// a wrong scheme) must not be what decides whether its password gets masked. `secretForms` gives every
// string to register with the runner (`ctx.setSecret`) for a value as given; `hideSecrets` removes them
// from text we write ourselves (errors, summaries, reports), which must not rely on the runner's masking.

const MIN_GUESSED = 3;

/** The forms a password can be printed in: as written, URL-decoded and URL-encoded. */
function forms(raw: string): string[] {
  const out = new Set<string>([raw]);
  try {
    const decoded = decodeURIComponent(raw);
    out.add(decoded);
    out.add(encodeURIComponent(decoded));
  } catch {
    // not valid percent-encoding: the raw form is all there is
  }
  return [...out];
}

/**
 * The password part of `value` under any reading of it as `[scheme:][//]user:password@host…`, well formed
 * or not: what lies between the first (or last) `:` of the user part and its `@`, with the user part
 * ending at the first or the last `@` of the whole value or at the last `@` before the path. With an `@` but no `:`,
 * the user part itself (redis-cli reads `redis://secret@host` as a password). Guesses shorter than three
 * characters are left out: masking `a` would blank every `a` in the log.
 */
export function passwordParts(value: string | undefined): string[] {
  if (!value) return [];
  const text = value.trim();
  const out = new Set<string>();
  const withoutScheme = text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/*/, "");
  for (const variant of new Set([text, withoutScheme, text.replace(/^\/+/, "")])) {
    const ends = new Set<number>([variant.lastIndexOf("@"), variant.indexOf("@")]);
    const path = variant.search(/[/?#]/);
    if (path >= 0) ends.add(variant.lastIndexOf("@", path));
    for (const at of ends) {
      if (at <= 0) continue;
      const userinfo = variant.slice(0, at);
      const first = userinfo.indexOf(":");
      const last = userinfo.lastIndexOf(":");
      if (first < 0) {
        if (variant === withoutScheme) out.add(userinfo);
        continue;
      }
      // Read whole, a scheme's own `:` comes first: only the last `:` counts there.
      if (variant !== text) out.add(userinfo.slice(first + 1));
      out.add(userinfo.slice(last + 1));
    }
  }
  const all = new Set<string>();
  for (const part of out) for (const f of forms(part)) if (f.length >= MIN_GUESSED) all.add(f);
  return [...all];
}

/** Everything to mask for a secret-bearing input: the value as given (and trimmed), and its password parts. */
export function secretForms(value: string | undefined): string[] {
  if (value === undefined || value.trim() === "") return [];
  return [...new Set([value, value.trim(), ...passwordParts(value)])].filter((s) => s.length > 0);
}

/** Every line of a multi-line input (`name=url` lines), each read as a secret-bearing value. */
export function secretFormsOfLines(text: string | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const line of text.split(/[\n,]/)) {
    const value = line.includes("=") ? line.slice(line.indexOf("=") + 1) : line;
    for (const s of passwordParts(value)) out.add(s);
  }
  return [...out];
}

/** `text` with every password part of `value` replaced by `***`, longest first. */
export function hideSecrets(text: string, value: string | undefined): string {
  let out = text;
  for (const s of passwordParts(value).sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  return out;
}

/**
 * A URL's `user:password@` moved into an Authorization header (HTTP Basic), so the URL that is requested,
 * logged and reported carries no credential. Node's fetch refuses URLs with credentials anyway.
 */
export function credentialsAsHeader(url: URL): { url: URL; authorization: string | undefined } {
  if (!url.username && !url.password) return { url, authorization: undefined };
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const pair = `${decode(url.username)}:${decode(url.password)}`;
  const clean = new URL(url.href);
  clean.username = "";
  clean.password = "";
  return { url: clean, authorization: `Basic ${Buffer.from(pair, "utf8").toString("base64")}` };
}
