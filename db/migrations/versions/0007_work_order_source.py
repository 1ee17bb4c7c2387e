"""work orders turned from a duty-log entry or an incident: find them by their source

Revision ID: 0007_work_order_source
Revises: 0005_repairs
Create Date: 2026-12-01

The duty pages show, for each log entry and incident, the work orders made from it; this index
answers that without scanning every work order.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0007_work_order_source'
down_revision: str | Sequence[str] | None = '0005_repairs'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.create_index('ix_work_order_source', ['source_kind', 'source_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.drop_index('ix_work_order_source')
