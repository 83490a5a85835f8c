"""signals: what the signal service emits

Revision ID: 0001
Revises:
Create Date: 2026-01-05 09:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("symbol", sa.String(32), nullable=False),
        sa.Column("strength", sa.Float, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.current_timestamp()),
    )
    op.create_index("ix_signals_symbol", "signals", ["symbol"])


def downgrade() -> None:
    op.drop_index("ix_signals_symbol", table_name="signals")
    op.drop_table("signals")
