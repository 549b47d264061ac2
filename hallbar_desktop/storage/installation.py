"""The database's installation id: made once per database file and kept in hallbar_meta."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID, uuid4

import sqlalchemy as sa

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.storage.database import WRITE, database_error_for
from hallbar_desktop.storage.database_file import META_TABLE

INSTALLATION_KEY = "installation_id"
_meta = sa.table(META_TABLE, sa.column("key", sa.String), sa.column("value", sa.Text))


class SqlInstallation:
    """Reads the id; a file made before ids existed gets one, in a write transaction, the first
    time it is asked (so the same file always says the same id)."""

    def __init__(self, engine: sa.Engine, path: Path | ServerAddress) -> None:
        self._engine = engine
        self._path = path

    def installation_id(self) -> UUID:
        try:
            with self._engine.connect() as connection:
                with connection.begin():
                    found = self._read(connection)
                if found is not None:
                    return found
                with connection.execution_options(**{WRITE: True}).begin():
                    # Asked again under the write lock: another process may have just made it.
                    found = self._read(connection)
                    if found is None:
                        found = uuid4()
                        connection.execute(
                            sa.insert(_meta).values(key=INSTALLATION_KEY, value=str(found))
                        )
                return found
        except sa.exc.DBAPIError as error:
            raise database_error_for(self._path, error) from error

    @staticmethod
    def _read(connection: sa.Connection) -> UUID | None:
        value = connection.execute(
            sa.select(_meta.c.value).where(_meta.c.key == INSTALLATION_KEY)
        ).scalar_one_or_none()
        if value is None:
            return None
        try:
            return UUID(value)
        except ValueError:
            # A hand-edited value is not an id; it is kept, and packages say so plainly.
            return UUID(int=0)
