"""Exports: Excel files of every list, with the current filter."""
