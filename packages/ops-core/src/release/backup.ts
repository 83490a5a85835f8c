// The backup-command's artefact: where the backup went, so the summary and an incident report can say where
// the data is when a release dropped some. Its output path when the command names one (`pg_dump -f F`,
// `--file=F`, `-o F`, `--output F`, mysqldump's `--result-file=F`/`-r F`, or a `> F` redirection inside
// `sh -c "…"`), otherwise its last line of output (a backup script saying where it wrote). A named file is
// checked for existence and size when its path is absolute (a relative one is relative to the working
// directory the command ran in).

import { stat } from "node:fs/promises";
import { isAbsolute } from "node:path";

export interface BackupArtefact {
  /** The argv that ran. */
  command: string[];
  /** The path, or the last output line. */
  artefact: string;
  /** `file`: a path the command wrote; `output`: its last output line; `none`: neither. */
  kind: "file" | "output" | "none";
  /** The file's size, when it could be read. */
  bytes?: number;
  /** The path does not exist after the command (it was given but not written). */
  missing?: boolean;
}

const FILE_FLAGS = new Set(["-f", "--file", "-o", "--output", "--result-file", "-r"]);

/** The output path named in the argv, if any. Pure. */
export function backupPath(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = /^(--file|--output|--result-file)=(.+)$/.exec(a);
    if (eq) found = eq[2];
    else if (FILE_FLAGS.has(a) && argv[i + 1] !== undefined) found = argv[i + 1];
    else if (/^-f\S+$/.test(a) && a !== "-f") found = a.slice(2);
  }
  if (found) return found;
  // `sh -c "pg_dump … > /backups/x.sql"`: the last redirection target.
  const script = argv.findIndex(
    (a, i) => a === "-c" && i > 0 && /(^|\/)(ba|da|z)?sh$/.test(argv[0] as string),
  );
  if (script > 0) {
    const m = [...(argv[script + 1] ?? "").matchAll(/(?:^|[^0-9&>])>{1,2}\s*([^\s;&|]+)/g)].at(-1);
    if (m?.[1]) return m[1].replace(/^["']|["']$/g, "");
  }
  return undefined;
}

/** The artefact of a finished backup command (stats the file when the path is absolute). */
export async function describeBackup(argv: readonly string[], output: string): Promise<BackupArtefact> {
  const path = backupPath(argv);
  if (path) {
    if (!isAbsolute(path)) return { command: [...argv], artefact: path, kind: "file" };
    const s = await stat(path).catch(() => undefined);
    return {
      command: [...argv],
      artefact: path,
      kind: "file",
      ...(s ? { bytes: s.size } : { missing: true }),
    };
  }
  const last = output
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return last
    ? { command: [...argv], artefact: last.slice(0, 300), kind: "output" }
    : { command: [...argv], artefact: "the command printed nothing and names no output file", kind: "none" };
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `/backups/app-0004.sql (12.3 kB)`, `backup said: stored s3://…`. Pure. */
export function backupLine(b: BackupArtefact): string {
  if (b.kind === "file") {
    return `${b.artefact}${b.bytes !== undefined ? ` (${size(b.bytes)})` : b.missing ? " (NOT FOUND after the command)" : ""}`;
  }
  if (b.kind === "output") return `the backup command said: ${b.artefact}`;
  return b.artefact;
}
