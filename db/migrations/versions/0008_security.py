"""security: PIN failures apart from password failures, approvals redeemed once, sealed audit days

Revision ID: 0008_security
Revises: 0002_directory
Create Date: 2026-12-08

Failed PINs count apart from failed passwords (a lock-screen attacker cannot slow the owner's
password sign-in); an approval is bound to a record and redeemed once; each closed day of the audit
chain is sealed with a forward-evolving Ed25519 key (docs/audit-sealing.md). Accounts that failed
attempts had locked before this revision are unlocked: failures no longer lock.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.base

revision: str = '0008_security'
down_revision: str | Sequence[str] | None = '0002_directory'
branch_labels: str | Sequence[str] | None = ('security',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_seal',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('sealed_at', db.base.UtcDateTime(), nullable=False),
    sa.Column('entry_count', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('next_public_key', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_audit_seal'))
    )
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pin_failed_attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('pin_last_failed_at', db.base.UtcDateTime(), nullable=True))
    with op.batch_alter_table('approval_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('for_record', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('used_at', db.base.UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column('used_for', sa.String(length=40), nullable=True))
    # Failures no longer lock: accounts locked by them before are open again (the delay still applies).
    op.execute(sa.text("UPDATE operator SET locked = :no WHERE failed_attempts >= 10").bindparams(no=False))


def downgrade() -> None:
    with op.batch_alter_table('approval_record', schema=None) as batch_op:
        batch_op.drop_column('used_for')
        batch_op.drop_column('used_at')
        batch_op.drop_column('for_record')
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.drop_column('pin_last_failed_at')
        batch_op.drop_column('pin_failed_attempts')
    op.drop_table('audit_seal')
