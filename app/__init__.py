"""Gatehouse application layer: services (one per use-case family), rules, reports, exports, the CLI. No Qt.

See docs/architecture.md for what goes here and what does not."""
