import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigurationError, RefusalError, TransientError } from "../action/errors.js";
import { fakeRunner } from "../process/__fixtures__/fake-runner.js";
import {
  AlembicFailedError,
  createAlembic,
  exceptionLine,
  failedReason,
  MigrationError,
  MultipleHeadsError,
  parseRevisions,
  parseSteps,
  RevisionMismatchError,
  revisionMismatch,
} from "./alembic.js";

const failure = readFileSync(new URL("./__fixtures__/alembic-upgrade-failure.txt", import.meta.url), "utf8");

describe("parsing Alembic output", () => {
  it("reads current and heads lines", () => {
    expect(parseRevisions("0003 (head)\n")).toEqual(["0003"]);
    expect(parseRevisions("0004a (head)\n0004b (head)\n")).toEqual(["0004a", "0004b"]);
    expect(parseRevisions("0002\n")).toEqual(["0002"]);
    expect(parseRevisions("0003 (head) (effective head)\n")).toEqual(["0003"]);
    expect(parseRevisions("")).toEqual([]);
  });

  it("reads the steps Alembic ran and the failing one", () => {
    expect(parseSteps(failure)).toEqual([
      {
        direction: "upgrade",
        from: "0002",
        to: "0003",
        message: "orders.venue: where the orchestrator routed an order",
      },
      { direction: "upgrade", from: "0003", to: "0004", message: "breaks half way" },
    ]);
    expect(parseSteps("INFO  [x] Running downgrade 0001 -> , signals")).toEqual([
      { direction: "downgrade", from: "0001", to: null, message: "signals" },
    ]);
  });

  it("finds the FAILED reason and the final exception line", () => {
    expect(failedReason("FAILED: Can't locate revision identified by '9999'\n")).toBe(
      "Can't locate revision identified by '9999'",
    );
    expect(exceptionLine(failure)).toBe(
      "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: no_such_table",
    );
  });
});

describe("the Alembic adapter (fake runner)", () => {
  it("runs in the project folder with -c and -x before the command", async () => {
    const fake = fakeRunner(() => ({
      stdout: "0003 (head)\n",
      stderr: "INFO  [alembic.runtime.migration] Context impl SQLiteImpl.\n",
    }));
    const alembic = createAlembic({
      run: fake.run,
      directory: "/srv/app/db",
      config: "prod.ini",
      x: { db_url: "sqlite:////d.db" },
    });
    expect(await alembic.current()).toBe("0003");
    expect(fake.calls[0]?.argv).toEqual([
      "alembic",
      "-c",
      "prod.ini",
      "-x",
      "db_url=sqlite:////d.db",
      "current",
    ]);
    expect(fake.calls[0]?.options.cwd).toBe("/srv/app/db");
  });

  it("an empty database is at base (null)", async () => {
    const alembic = createAlembic({ run: fakeRunner(() => ({ stdout: "" })).run, directory: "." });
    expect(await alembic.current()).toBeNull();
  });

  it("exactly one head is required; two heads is a refusal naming them", async () => {
    const two = createAlembic({
      run: fakeRunner(() => ({ stdout: "0004a (head)\n0004b (head)\n" })).run,
      directory: ".",
    });
    const error = await two.requireSingleHead().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultipleHeadsError);
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as MultipleHeadsError).heads).toEqual(["0004a", "0004b"]);
    const none = createAlembic({ run: fakeRunner(() => ({ stdout: "" })).run, directory: "." });
    await expect(none.requireSingleHead()).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("exit 255 with FAILED is an AlembicFailedError carrying the reason", async () => {
    const fake = fakeRunner(() => ({
      code: 255,
      stdout: "FAILED: Relative revision -1 didn't produce 1 migrations\n",
      stderr: "ERROR [alembic.util.messaging] Relative revision -1 didn't produce 1 migrations\n",
    }));
    const error = await createAlembic({ run: fake.run, directory: "." })
      .downgrade("-1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlembicFailedError);
    expect((error as AlembicFailedError).reason).toBe("Relative revision -1 didn't produce 1 migrations");
  });

  it("exit 1 with a traceback is a MigrationError naming the failing step", async () => {
    const fake = fakeRunner(() => ({ code: 1, stderr: failure }));
    const error = await createAlembic({ run: fake.run, directory: "." })
      .upgrade()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).step).toMatchObject({ from: "0003", to: "0004" });
    expect((error as Error).message).toBe(
      "alembic upgrade head failed in upgrade 0003 -> 0004: sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: no_such_table",
    );
  });

  it("a timeout is transient; a missing program is a configuration error naming alembic-command", async () => {
    await expect(
      createAlembic({ run: fakeRunner(() => ({ timedOut: true })).run, directory: "." }).heads(),
    ).rejects.toBeInstanceOf(TransientError);
    const error = await createAlembic({ run: fakeRunner(() => ({ missing: true })).run, directory: "." })
      .heads()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe("alembic-command");
  });

  it("upgrade returns the steps it ran", async () => {
    const fake = fakeRunner(() => ({
      stderr: "INFO  [alembic.runtime.migration] Running upgrade 0002 -> 0003, venue\n",
    }));
    const run = await createAlembic({ run: fake.run, directory: "." }).upgrade("head");
    expect(run.steps).toEqual([{ direction: "upgrade", from: "0002", to: "0003", message: "venue" }]);
  });

  it("withDatabase points -x db_url and DATABASE_URL at another database", async () => {
    const fake = fakeRunner(() => ({ stdout: "" }));
    await createAlembic({ run: fake.run, directory: ".", env: { PATH: "/bin" } })
      .withDatabase("sqlite:////tmp/s.db")
      .current();
    expect(fake.calls[0]?.argv).toEqual(["alembic", "-x", "db_url=sqlite:////tmp/s.db", "current"]);
    expect(fake.calls[0]?.options.env).toEqual({ PATH: "/bin", DATABASE_URL: "sqlite:////tmp/s.db" });
  });

  it("checks the result, not the exit code: alembic exiting 0 with the database still at base is an error saying so", async () => {
    // An env.py that never commits: Alembic logs the step and exits 0, the transaction is rolled back.
    const fake = fakeRunner((argv) => {
      const command = argv.at(-1);
      if (command === "heads") return { stdout: "0003 (head)\n" };
      if (command === "current")
        return { stderr: "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\n" };
      return {
        stderr:
          "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\nINFO  [alembic.runtime.migration] Will assume transactional DDL.\nINFO  [alembic.runtime.migration] Running upgrade  -> 0001, signals\n",
      };
    });
    const error = await createAlembic({ run: fake.run, directory: "." })
      .upgrade("head")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevisionMismatchError);
    expect((error as Error).message).toBe("alembic exited 0 but the database is at base; head is 0003");
    expect((error as RevisionMismatchError).actual).toEqual([]);
    expect((error as RevisionMismatchError).output).toContain("Running upgrade  -> 0001");
    expect(fake.calls.map((c) => c.argv.at(-1))).toEqual(["head", "heads", "current"]);
  });

  it("after downgrade <rev>, current must be rev; relative targets are not second-guessed", async () => {
    const at = (current: string) =>
      fakeRunner((argv) =>
        argv.at(-1) === "current"
          ? { stdout: current }
          : { stderr: "INFO  [x] Running downgrade 0003 -> 0002, x\n" },
      );
    const stuck = await createAlembic({ run: at("0003 (head)\n").run, directory: "." })
      .downgrade("0001")
      .catch((e: unknown) => e);
    expect((stuck as Error).message).toBe("alembic exited 0 but the database is at 0003; the target is 0001");
    const half = await createAlembic({ run: at("0002\n").run, directory: "." })
      .downgrade("base")
      .catch((e: unknown) => e);
    expect((half as Error).message).toBe("alembic exited 0 but the database is at 0002; the target is base");
    await expect(
      createAlembic({ run: at("0001\n").run, directory: "." }).downgrade("0001"),
    ).resolves.toMatchObject({
      steps: [{ direction: "downgrade", from: "0003", to: "0002" }],
    });
    const relative = at("0003\n");
    await createAlembic({ run: relative.run, directory: "." }).downgrade("-1");
    expect(relative.calls.map((c) => c.argv.at(-1))).toEqual(["-1"]);
    expect(revisionMismatch("head", "0004", ["0002"])).toBe(
      "alembic exited 0 but the database is at 0002; head is 0004",
    );
  });
});
