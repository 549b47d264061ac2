"""SQLite storage through SQLAlchemy; imports the domain, never services, export, ui or Qt."""
