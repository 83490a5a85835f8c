// ReleaseMigrations on the Alembic CLI (argv, never a shell; every call with a timeout) and on the
// migration files themselves: the revision graph and what each upgrade and downgrade drops are read from
// the files of the code checked out now (the newer code, which still has the migrations a rollback
// undoes), by ops-core/src/migrations/ (graph.ts; alembic.ts checks each command's result; rows.ts counts
// what a drop takes).

import { errorMessage } from "../../action/errors.js";
import {
  createAlembic,
  type MigrateOptions,
  type MigrationRun,
  RevisionMismatchError,
} from "../../migrations/alembic.js";
import { readMigrations } from "../../migrations/graph.js";
import { countDropped } from "../../migrations/rows.js";
import type { CommandRunner } from "../../process/run-command.js";
import type { MigrationResult, ReleaseMigrations } from "../ports.js";

export interface AlembicOptions {
  /** The Alembic command, e.g. ["alembic"] or ["python", "-m", "alembic"]. */
  command: string[];
  /** The directory holding alembic.ini. */
  directory: string;
  config?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  run: CommandRunner;
}

/**
 * The port over ops-core/migrations (H-docker's Alembic adapter and file graph): a failed migration or an
 * unknown revision is `{ok: false}` with Alembic's own words, not a throw — the engine decides.
 */
export function alembicAdapter(o: AlembicOptions): ReleaseMigrations {
  const alembic = createAlembic({
    run: o.run,
    directory: o.directory,
    command: o.command,
    ...(o.config ? { config: o.config } : {}),
    ...(o.env ? { env: o.env } : {}),
    timeoutMs: o.timeoutMs,
  });
  // The result is checked, not the exit code: alembic.ts compares `current` with the target afterwards.
  const step = async (fn: () => Promise<MigrationRun>): Promise<MigrationResult> => {
    try {
      const r = await fn();
      return { ok: true, output: r.output };
    } catch (e) {
      const output = (e as { output?: string }).output;
      return {
        ok: false,
        output: [output, errorMessage(e)].filter(Boolean).join("\n"),
        error: errorMessage(e),
      };
    }
  };
  // Asked once per run each: `current` until a migration runs, `heads` once (the files do not change
  // during a run). An Alembic call costs ~0.5 s (Python start). A migration's own result check is an
  // `alembic current` right after it: its answer is the database's revision now, so the next `current`
  // takes it instead of asking again. A migration whose result is not known (it raised, or a relative
  // target that is not checked) makes the next read ask Alembic.
  let current: Promise<string | null> | undefined;
  let heads: Promise<string[]> | undefined;
  const once = <T>(value: Promise<T>, forget: () => void): Promise<T> => {
    value.catch(forget);
    return value;
  };
  const readBack = (revisions: readonly string[] | undefined) => {
    // Several revisions: `current()` throws for them, so that is left to Alembic's own answer.
    current = revisions && revisions.length <= 1 ? Promise.resolve(revisions[0] ?? null) : undefined;
  };
  const migrate = async (fn: (known: MigrateOptions) => Promise<MigrationRun>) => {
    const known = heads ? await heads.catch(() => undefined) : undefined;
    current = undefined;
    let after: readonly string[] | undefined;
    try {
      return await step(async () => {
        try {
          const r = await fn(known ? { heads: known } : {});
          after = r.revisionsAfter;
          return r;
        } catch (e) {
          if (e instanceof RevisionMismatchError) after = e.actual;
          throw e;
        }
      });
    } finally {
      readBack(after);
    }
  };
  return {
    current: (signal) => {
      current ??= once(alembic.current(signal), () => {
        current = undefined;
      });
      return current;
    },
    heads: () => {
      heads ??= once(alembic.heads(), () => {
        heads = undefined;
      });
      return heads;
    },
    graph: () => readMigrations(o.directory, o.config ?? "alembic.ini"),
    upgrade: (target, signal) => migrate((known) => alembic.upgrade(target, signal, known)),
    downgrade: (target, signal) => migrate((known) => alembic.downgrade(target, signal, known)),
    countDropped: (operations, signal) =>
      countDropped(operations, {
        run: o.run,
        directory: o.directory,
        command: o.command,
        ...(o.config ? { config: o.config } : {}),
        ...(o.env ? { env: o.env } : {}),
        timeoutMs: Math.min(o.timeoutMs, 60_000),
        ...(signal ? { signal } : {}),
      }),
  };
}
