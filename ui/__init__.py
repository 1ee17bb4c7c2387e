"""Gatehouse user interface (PySide6)."""
