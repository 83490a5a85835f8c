// Paths seen in logs: made relative to the repository when the runner's workspace prefix is recognised,
// and sorted into the project's own files versus installed libraries and interpreters.

// GitHub-hosted Linux/macOS (/home/runner/work/R/R/, /Users/runner/work/R/R/), containers (/__w/R/R/),
// Windows (D:\a\R\R\), self-hosted runners (…/actions-runner*/_work/R/R/).
const WORKSPACE_PREFIXES: readonly RegExp[] = [
  /^\/home\/runner\/work\/[^/]{1,200}\/[^/]{1,200}\//,
  /^\/Users\/runner\/work\/[^/]{1,200}\/[^/]{1,200}\//,
  /^\/__w\/[^/]{1,200}\/[^/]{1,200}\//,
  /^[A-Za-z]:[\\/]a[\\/][^\\/]{1,200}[\\/][^\\/]{1,200}[\\/]/,
  /^\/[^\s]{0,300}?\/_work\/[^/]{1,200}\/[^/]{1,200}\//,
];

/** `path` relative to the repository when it starts with a known runner workspace; otherwise unchanged. */
export function repoRelative(path: string): string {
  let p = path.replace(/^\.\//, "");
  for (const re of WORKSPACE_PREFIXES) {
    const m = re.exec(p);
    if (m) {
      p = p.slice(m[0].length);
      break;
    }
  }
  return p.replace(/\\/g, "/");
}

const LIBRARY_MARKERS = [
  "site-packages/",
  "dist-packages/",
  "/lib/python",
  "/usr/lib/",
  "/usr/local/lib/",
  "node_modules/",
  "node:internal",
  "<frozen",
  "<string>",
  "<stdin>",
  "/opt/hostedtoolcache/",
  "/.cache/",
];

/** True for a path of the project itself (not an installed library, interpreter internals or `<string>`). */
export function isProjectPath(path: string): boolean {
  const p = path.replace(/\\/g, "/");
  for (const m of LIBRARY_MARKERS) if (p.includes(m)) return false;
  return true;
}

/** True for something that can be a file path in a location (not `<string>` / `<frozen …>`). */
export function isFilePath(path: string): boolean {
  return path.length > 0 && !path.startsWith("<") && !path.startsWith("node:");
}

/** `path:line[:col]` with the path made repository-relative. */
export function formatLocation(path: string, line: number, column?: number): string {
  const p = repoRelative(path);
  return column !== undefined && column > 0 ? `${p}:${line}:${column}` : `${p}:${line}`;
}

/** A POSIX shell word: kept bare when plainly safe, single-quoted otherwise. For displayed commands only. */
export function shellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
