// What a healthy answer looks like: the status codes allowed and `key=value` conditions on the JSON body
// (dotted paths into objects, numeric segments into arrays). Pure.

/** Accepted status codes: exact codes and `2xx`-style classes. */
export interface StatusExpectation {
  codes: readonly number[];
  classes: readonly number[];
  /** As the user wrote it, for messages: "200", "200, 204", "2xx". */
  text: string;
}

/** Parses `200`, `200,204`, `2xx`, `200 204`; undefined when the text is not that. */
export function parseStatusExpectation(text: string): StatusExpectation | undefined {
  const parts = text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const codes: number[] = [];
  const classes: number[] = [];
  for (const p of parts) {
    if (/^[1-5]xx$/i.test(p)) classes.push(Number(p[0]));
    else if (/^[1-5]\d\d$/.test(p)) codes.push(Number(p));
    else return undefined;
  }
  return { codes, classes, text: parts.join(", ") };
}

export function statusMatches(status: number, expect: StatusExpectation): boolean {
  return expect.codes.includes(status) || expect.classes.includes(Math.floor(status / 100));
}

/** One condition on the body: the value at `path` must equal `value` (compared as text). */
export interface JsonCondition {
  path: string;
  value: string;
}

/** `status=ok` → {path: "status", value: "ok"}; undefined when there is no `=` or no path. */
export function parseJsonCondition(text: string): JsonCondition | undefined {
  const eq = text.indexOf("=");
  if (eq <= 0) return undefined;
  const path = text.slice(0, eq).trim();
  if (path === "" || path.split(".").some((s) => s === "")) return undefined;
  return { path, value: text.slice(eq + 1).trim() };
}

/** The value at a dotted path, or `undefined` when the path does not exist. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split(".")) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (node !== null && typeof node === "object" && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return node;
}

/** How a JSON value compares with the text of a condition: strings as is, others as JSON (true, 3, null). */
function asText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Checks the body against every condition. Returns undefined when all hold, otherwise why not (the first
 * failing condition, with the value found, cut short: the body is untrusted).
 */
export function checkJson(body: string, conditions: readonly JsonCondition[]): string | undefined {
  if (conditions.length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "the body is not JSON";
  }
  for (const c of conditions) {
    const found = valueAt(parsed, c.path);
    if (found === undefined) return `JSON has no ${c.path} (expected ${c.value})`;
    const text = asText(found);
    if (text !== c.value) {
      const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      return `JSON ${c.path} is ${JSON.stringify(shown)}, expected ${JSON.stringify(c.value)}`;
    }
  }
  return undefined;
}
