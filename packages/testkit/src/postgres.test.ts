import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { type PostgresCluster, startPostgres } from "./postgres.ts";

const exec = promisify(execFile);

describe("startPostgres", () => {
  let pg: PostgresCluster | undefined;
  afterAll(async () => {
    await pg?.stop();
  });

  it("starts PostgreSQL 15 as the postgres user on 127.0.0.1 and a free port, socket in its temp dir; stop removes it", async () => {
    pg = await startPostgres();
    expect(await pg.psql("select current_setting('server_version_num')::int / 10000")).toBe("15");
    expect(await pg.psql("show listen_addresses")).toBe("127.0.0.1");
    expect(await pg.psql("show port")).toBe(String(pg.port));
    expect(await pg.psql("show unix_socket_directories")).toBe(pg.socketDir);
    expect(pg.socketDir.startsWith(pg.dir)).toBe(true);
    const pid = readFileSync(join(pg.dir, "data", "postmaster.pid"), "utf8").split("\n")[0] ?? "";
    const { stdout } = await exec("ps", ["-o", "user=", "-p", pid]);
    expect(stdout.trim()).toBe("postgres");
    // A database with rows, as Alembic would see it through psycopg2 from Debian's python.
    await pg.psql("create table t (id serial primary key, v text); insert into t (v) values ('a'), ('b')");
    const { stdout: count } = await exec("/usr/bin/python3", [
      "-c",
      "import sys, sqlalchemy as sa; e = sa.create_engine(sys.argv[1]); print(e.connect().execute(sa.text('select count(*) from t')).scalar())",
      pg.sqlalchemyUrl(),
    ]);
    expect(count.trim()).toBe("2");
    expect(pg.url()).toBe(`postgresql://postgres@127.0.0.1:${pg.port}/app`);
    await pg.stop();
    expect(pg.running).toBe(false);
    expect(existsSync(pg.dir)).toBe(false);
    await expect(
      exec("psql", ["-X", "-h", "127.0.0.1", "-p", String(pg.port), "-U", "postgres", "-c", "select 1"]),
    ).rejects.toThrow();
  });
});
