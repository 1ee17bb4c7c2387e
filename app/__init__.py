"""Gatehouse application layer: use cases, rules, reports, exports, sync and CLI. No Qt."""
