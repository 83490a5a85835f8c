"""add order status

Revision ID: 7c8d9e0f1a2b
Revises: 1a2b3c4d5e6f
Create Date: 2026-11-20 16:40:03.202020

"""
import sqlalchemy as sa
from alembic import op

revision = "7c8d9e0f1a2b"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("status", sa.String(20), nullable=False, server_default="open"))
    op.execute("UPDATE orders SET status = 'paid' WHERE total_cents > 0")


def downgrade() -> None:
    op.drop_column("orders", "status")
