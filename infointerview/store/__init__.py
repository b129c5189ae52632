"""Persistence: peewee models over SQLite, migrations, queries. No Qt here."""
