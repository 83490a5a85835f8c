"""create orders

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2026-11-02 09:12:44.101010

"""
import sqlalchemy as sa
from alembic import op

revision = "1a2b3c4d5e6f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer", sa.String(120), nullable=False),
        sa.Column("total_cents", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("orders")
