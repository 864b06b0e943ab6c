"""For `make mutants`: one migrated SQLite file, copied for every test session.

mutmut runs the covering tests once per mutant, each time as a new pytest session in a forked
process; migrating a fresh test database each time would cost more than the tests. The first
session migrates TIWIZI_MUTANTS_DB_TEMPLATE (the Makefile removes it before every run, so it
always matches the migrations); every session then works on its own copy, so a transactional
test that flushes the tables leaves the next session intact. tests/conftest.py uses this
`django_db_setup` only when TIWIZI_MUTANTS_DB_TEMPLATE is set (by the Makefile's mutants targets).

mutmut hands pytest the tests that cover a mutant in no useful order and stops at the first
failure; `pytest_collection_modifyitems` puts the mutated modules' own unit tests first, so that
a mutant they catch costs a second rather than every admin test that happens to write an entry.
"""

import os
import shutil
from pathlib import Path

import pytest


def _remove(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    from django.db import connections

    template = Path(os.environ["TIWIZI_MUTANTS_DB_TEMPLATE"])
    template = template.resolve()
    template.parent.mkdir(parents=True, exist_ok=True)
    working = template.with_name(f"session-{os.getpid()}.sqlite3")
    connection = connections["default"]
    assert connection.vendor == "sqlite", "make mutants runs on SQLite (unset DATABASE_URL)"
    with django_db_blocker.unblock():
        if not template.exists():
            connection.settings_dict["TEST"]["NAME"] = str(template)
            connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
        _remove(working)
        shutil.copyfile(template, working)
        connection.settings_dict["NAME"] = str(working)
        connection.close()
    yield
    with django_db_blocker.unblock():
        connection.close()
    _remove(working)


# The unit tests of the mutated modules: a change they catch is caught within a second.
FIRST = ("tests/audit/test_trail.py", "tests/cms/test_crypto.py")


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: not item.nodeid.startswith(FIRST))
