// The e2e project on the production host: a compose stack of three busybox httpd services whose images
// are built from the checkout and tagged by release version (`image: opsrel-<svc>:${RELEASE_VERSION}`),
// and an Alembic project on SQLite (transactional DDL). A "commit" is a state of this directory: the
// release's health mode baked into the images, and its migration files. Deploying a later commit is
// writing its files here, as `git pull` would.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePorts } from "@ops/testkit/net";

export const SERVICES = ["signal", "gateway", "orchestrator"] as const;

export interface Migration {
  revision: string;
  down: string | null;
  upgrade: string;
  downgrade: string;
}

export interface Commit {
  sha: string;
  /** ok, or 500: the health endpoint's answer in this release. */
  mode: "ok" | "500";
  migrations: Migration[];
}

export interface Project {
  dir: string;
  project: string;
  env: Record<string, string>;
  endpoints: string;
  checkout(commit: Commit): void;
  remove(): void;
}

// SQLite DDL made transactional (Alembic cookbook): pysqlite commits before every DDL statement, so without
// this a migration failing half-way leaves tables behind while `alembic current` shows the old revision.
const ENV_PY = `from alembic import context
from sqlalchemy import engine_from_config, event, pool
config = context.config
connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)

@event.listens_for(connectable, "connect")
def _no_pysqlite_transactions(dbapi_connection, _record):
    dbapi_connection.isolation_level = None

@event.listens_for(connectable, "begin")
def _begin(connection):
    connection.exec_driver_sql("BEGIN")

with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=None, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()
`;

export async function makeProject(dockerHost: string): Promise<Project> {
  const dir = mkdtempSync(join(tmpdir(), "release-e2e-"));
  const ports = await freePorts(3);
  const project = `rel${process.pid}`;
  const env: Record<string, string> = { DOCKER_HOST: dockerHost, DOCKER_BUILDKIT: "0" };
  SERVICES.forEach((s, i) => {
    env[`${s.toUpperCase()}_PORT`] = String(ports[i]);
  });
  // init: true puts docker-init (tini) as PID 1: `exec httpd` as PID 1 ignores SIGTERM, so every stop
  // (down, restart, recreate) waited out the 10 s timeout; with it a stop takes about a second.
  const services = SERVICES.map(
    (s) =>
      `  ${s}:\n    build: ./svc\n    image: opsrel-${s}:\${RELEASE_VERSION:-none}\n    network_mode: host\n    init: true\n    restart: on-failure\n    environment:\n      SERVICE: ${s}\n      PORT: \${${s.toUpperCase()}_PORT}\n`,
  ).join("");
  writeFileSync(join(dir, "docker-compose.yml"), `version: "2.4"\nservices:\n${services}`);
  mkdirSync(join(dir, "svc"));
  writeFileSync(
    join(dir, "svc", "Dockerfile"),
    'FROM ops-busybox:latest\nCOPY start.sh /start.sh\nCOPY health.cgi /www/cgi-bin/health\nCOPY mode /www/mode\nRUN chmod +x /start.sh /www/cgi-bin/health\nCMD ["/bin/sh", "/start.sh"]\n',
  );
  writeFileSync(
    join(dir, "svc", "start.sh"),
    '#!/bin/sh\necho "$SERVICE starting ($(cat /www/mode))"\nexec httpd -f -p "127.0.0.1:$PORT" -h /www\n',
  );
  writeFileSync(
    join(dir, "svc", "health.cgi"),
    [
      "#!/bin/sh",
      'if [ "$(cat /www/mode)" = "500" ]; then',
      "  printf 'HTTP/1.0 500 Internal Server Error\\r\\nContent-Type: application/json\\r\\n\\r\\n'",
      '  printf \'{"status":"error"}\\n\'',
      '  echo "ERROR health check failed: database unavailable" >&2',
      "else",
      "  printf 'HTTP/1.0 200 OK\\r\\nContent-Type: application/json\\r\\n\\r\\n'",
      '  printf \'{"status":"ok"}\\n\'',
      "fi",
      "",
    ].join("\n"),
  );
  mkdirSync(join(dir, "db", "migrations", "versions"), { recursive: true });
  writeFileSync(
    join(dir, "db", "alembic.ini"),
    "[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///%(here)s/app.db\n",
  );
  writeFileSync(join(dir, "db", "migrations", "env.py"), ENV_PY);
  return {
    dir,
    project,
    env,
    endpoints: SERVICES.map((s, i) => `${s}=http://127.0.0.1:${ports[i]}/cgi-bin/health`).join("\n"),
    checkout(commit) {
      writeFileSync(join(dir, "svc", "mode"), `${commit.mode}\n`);
      const versions = join(dir, "db", "migrations", "versions");
      rmSync(versions, { recursive: true, force: true });
      mkdirSync(versions);
      for (const m of commit.migrations) {
        writeFileSync(
          join(versions, `${m.revision}.py`),
          `"""${m.revision}"""\nfrom alembic import op\nimport sqlalchemy as sa\nrevision = "${m.revision}"\ndown_revision = ${m.down === null ? "None" : `"${m.down}"`}\n\ndef upgrade():\n    ${m.upgrade}\n\ndef downgrade():\n    ${m.downgrade}\n`,
        );
      }
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
