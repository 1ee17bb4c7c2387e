"""Gatehouse data layer: SQLAlchemy models, engine, migrations, backup. No Qt, no app."""
