"""Widgets every area shares: forms with errors at the field, approvals, attachments, record links."""
