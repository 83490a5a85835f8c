"""add refunds

Revision ID: 9f8e7d6c5b4a
Revises: 1a2b3c4d5e6f
Create Date: 2026-11-21 11:05:17.303030

"""
import sqlalchemy as sa
from alembic import op

revision = "9f8e7d6c5b4a"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("refunds", sa.Column("id", sa.Integer, primary_key=True), sa.Column("order_id", sa.Integer))


def downgrade() -> None:
    op.drop_table("refunds")
