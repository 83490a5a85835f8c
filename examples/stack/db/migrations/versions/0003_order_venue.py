"""orders.venue: where the orchestrator routed an order

Revision ID: 0003
Revises: 0002
Create Date: 2026-03-18 11:15:00
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch_op:
        batch_op.add_column(sa.Column("venue", sa.String(32), nullable=True))
    op.create_index("ix_orders_venue", "orders", ["venue"])


def downgrade() -> None:
    op.drop_index("ix_orders_venue", table_name="orders")
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_column("venue")
