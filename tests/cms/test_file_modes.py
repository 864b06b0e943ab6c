"""Files the application writes are not for other accounts of the machine: private storages 0600
in 0700 folders, public media 0640 in 0750 folders (nginx reads them through the folder's group,
see deploy/install), any other upload 0600, and a new SQLite database 0600 in a 0700 folder."""

import sqlite3
import stat

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections

from cms.db.base import DatabaseWrapper, make_private

pytestmark = pytest.mark.django_db


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def storage_in(tmp_path, settings):
    """`storage_in(alias)`: the storage of that alias, as configured, writing under tmp_path."""

    def make(alias):
        config = settings.STORAGES[alias]
        options = {**config.get("OPTIONS", {}), "location": str(tmp_path / alias)}
        return storages.create_storage({**config, "OPTIONS": options})

    return make


@pytest.mark.parametrize("alias", ["casework", "proposals", "private_media"])
def test_a_file_in_a_private_storage_is_the_services_alone(storage_in, tmp_path, alias):
    storage = storage_in(alias)
    name = storage.save("2026/12/attachment.pdf", ContentFile(b"%PDF-1.4 confidential"))
    path = tmp_path / alias / name
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700


def test_public_media_is_readable_by_its_folders_group_only(storage_in, tmp_path):
    storage = storage_in("default")
    name = storage.save("images/fontaine.width-800.jpg", ContentFile(b"\xff\xd8\xff"))
    path = tmp_path / "default" / name
    assert mode(path) == 0o640
    assert mode(path.parent) == 0o750


def test_an_upload_to_a_storage_without_its_own_modes_is_private(tmp_path):
    storage = FileSystemStorage(location=tmp_path / "other")
    name = storage.save("a/b/upload.txt", ContentFile(b"text"))
    assert mode(tmp_path / "other" / name) == 0o600
    assert mode((tmp_path / "other" / name).parent) == 0o700


def test_a_new_sqlite_database_and_its_journal_are_the_services_alone(tmp_path):
    database = tmp_path / "var" / "tiwizi.sqlite3"
    config = {
        **connections.settings["default"],
        "ENGINE": "cms.db",
        "NAME": str(database),
        "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL;"},
        "TEST": {},
    }
    wrapper = DatabaseWrapper(config, alias="mode-check")
    with wrapper.cursor() as cursor:
        cursor.execute("CREATE TABLE t (x)")
        cursor.execute("INSERT INTO t VALUES (1)")
    assert mode(database) == 0o600
    assert mode(database.parent) == 0o700
    wal = database.with_name(database.name + "-wal")
    assert wal.exists() and mode(wal) == 0o600
    wrapper.close()


def test_a_database_file_readable_by_others_is_narrowed(tmp_path):
    database = tmp_path / "old.sqlite3"
    sqlite3.connect(database).close()
    database.chmod(0o644)
    make_private(database)
    assert mode(database) == 0o600
