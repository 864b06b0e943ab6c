"""Django's SQLite backend, with the database file readable by the service's user alone.

SQLite creates a database file with the process's umask (0644 under the usual 022): anyone with
an account on the machine could copy the whole database. The file is made here first, 0600, in a
0700 folder when the folder is new; SQLite gives its -wal and -shm files the database file's mode.
A database file found readable by others is narrowed to 0600 at the first connection.
"""

import os
import stat
from pathlib import Path

from django.db.backends.sqlite3 import base


def is_file_database(name):
    name = str(name)
    return bool(name) and name != ":memory:" and not name.startswith("file:")


def make_private(path):
    """Create the database file `path` 0600 (and its new folders 0700), or narrow it to 0600."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        return
    info = path.stat()
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(0o600)


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        if is_file_database(conn_params["database"]):
            make_private(conn_params["database"])
        return super().get_new_connection(conn_params)
