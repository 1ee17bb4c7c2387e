"""The key register's pages, dialogs, dashboard panel and settings section (docs/keys.md)."""
