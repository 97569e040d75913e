"""The store: the database (SQLite or PostgreSQL), its schema and migrations, snapshots
and their versions, ingesting sources, the audit record of screenings and its
certificate."""
