"""Alembic environment for the example stack.

SQLite DDL is made transactional (Alembic cookbook, "Transactional DDL on SQLite"): pysqlite would otherwise
commit around every DDL statement, so a migration that fails half way would leave its first tables behind
while `alembic current` still shows the old revision. Here the whole `upgrade`/`downgrade` run is one
transaction: if any migration fails, the database stays exactly at the revision it was at before the run.
"""

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, event, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def database_url() -> str:
    x_args = context.get_x_argument(as_dictionary=True)
    return x_args.get("db_url") or os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    context.configure(url=database_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = database_url()
    engine = create_engine(url, poolclass=pool.NullPool)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _no_pysqlite_transactions(dbapi_connection, _record):
            # Let SQLite, not pysqlite, handle transactions (pysqlite commits before DDL).
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(connection):
            connection.exec_driver_sql("BEGIN")

    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=None,
            transactional_ddl=True,
            render_as_batch=engine.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
