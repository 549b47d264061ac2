"""The cli tests run on every back end the run has (see tests/database_backends.py)."""

from tests.database_backends import database

__all__ = ["database"]
