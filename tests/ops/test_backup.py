"""`manage.py backup` and `manage.py restore`: the demo survives a round trip into another
installation, the archive holds the files as stored and never a key, and a damaged, foreign or
misdirected restore is refused before anything is written."""

import hashlib
import io
import json
import re
import tarfile
from pathlib import Path

import pyrage
import pytest
from django.core.management import CommandError, call_command

from tests.ops.conftest import ATTACHMENT, PROPOSAL_FILE


def decrypted_members(archive, identity_file):
    """{member name: bytes} of an archive, opened with the key in `identity_file`."""
    identity = pyrage.x25519.Identity.from_str(identity_file.read_text().splitlines()[-1])
    plain = io.BytesIO()
    with open(archive, "rb") as handle:
        pyrage.decrypt_io(handle, plain, [identity])
    plain.seek(0)
    with tarfile.open(fileobj=plain, mode="r:") as tar:
        return {member.name: tar.extractfile(member).read() for member in tar}


# --- The round trip -------------------------------------------------------------------------------


def test_a_restored_copy_has_the_same_rows_in_every_table(demo_backup, restored):
    before, after = demo_backup.facts["counts"], restored.seen["counts"]
    assert after == before
    assert before["casework_case"] > 100
    assert before["casework_casesession"] > 100
    assert before["casework_attachment"] >= 1
    assert "all as counted in the archive" in restored.output


def test_a_restored_copy_holds_every_stored_file_byte_for_byte(demo_backup, restored):
    before = demo_backup.stored
    assert any(name.startswith("private/cases/") for name in before)
    assert any(name.startswith("private-proposals/proposals/") for name in before)
    assert any(name.startswith("private-media/original_images/") for name in before)
    assert any(name.startswith("media/documents/") for name in before)
    assert restored.stored == before


def test_a_restored_session_narrative_reads_as_it_was_written(demo_backup, restored):
    assert demo_backup.facts["narrative"]
    assert restored.seen["narrative"] == demo_backup.facts["narrative"]


def test_a_restored_attachment_downloads_with_its_original_bytes(restored):
    assert restored.seen["download_status"] == 200
    assert restored.seen["download_sha256"] == hashlib.sha256(ATTACHMENT).hexdigest()


def test_a_restored_attachment_stays_hidden_from_a_colleague_without_the_case(restored):
    assert restored.seen["colleague_status"] == 404


def test_the_restored_audit_chain_is_whole(restored):
    result = restored.instance.manage("verify_audit_chain", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Audit chain intact" in result.stdout


def test_a_restored_site_serves_its_french_home_page(restored):
    assert restored.seen["home_status"] == 200
    assert restored.seen["home_lang"]


def test_a_restored_image_can_be_shown_again(restored):
    assert restored.seen["rendition_bytes"] > 0


# --- What an archive holds ------------------------------------------------------------------------


def test_an_archive_holds_the_database_every_stored_file_and_a_manifest(demo_backup, age_key):
    members = decrypted_members(demo_backup.archive, age_key.identity_file)
    database = {name for name in members if name.startswith("database/")}
    assert database in ({"database/db.sqlite3"}, {"database/db.pgdump"})
    assert list(members)[-1] == "manifest.json"
    files = {name.removeprefix("storage/") for name in members if name.startswith("storage/")}
    aliases = {name.split("/")[0] for name in files}
    assert aliases == {"default", "casework", "proposals", "private_media"}
    assert PROPOSAL_FILE in members.values()


def test_an_archive_holds_casework_attachments_as_stored_still_encrypted(demo_backup, age_key):
    blob = demo_backup.facts["blob"]
    members = decrypted_members(demo_backup.archive, age_key.identity_file)
    archived = members[f"storage/casework/{blob}"]
    assert archived == (demo_backup.instance.var_dir / "private" / blob).read_bytes()
    assert ATTACHMENT not in archived
    assert not any(ATTACHMENT[:40] in data for data in members.values())


def test_an_archive_never_holds_the_secret_keys(demo_backup, age_key):
    members = decrypted_members(demo_backup.archive, age_key.identity_file)
    env = demo_backup.instance.env
    secrets = [
        env["SECRET_KEY"],
        env["CASEWORK_ENCRYPTION_KEYS"],
        env["CASEWORK_BLIND_INDEX_KEY"],
        age_key.identity_file.read_text().splitlines()[-1],
    ]
    for name, data in members.items():
        for secret in secrets:
            assert secret.encode() not in data, name


# --- Refusals -------------------------------------------------------------------------------------


def test_restore_into_a_non_empty_target_is_refused_and_changes_nothing_unless_forced(
    demo_backup, age_key
):
    instance = demo_backup.instance
    blob = instance.var_dir / "private" / demo_backup.facts["blob"]
    stored = blob.read_bytes()
    # The installation moved on since its backup: a new group, a lost attachment file.
    instance.query("INSERT INTO auth_group (name) VALUES ('added after the backup')")
    blob.unlink()
    group = "SELECT name FROM auth_group WHERE name = 'added after the backup'"

    refused = instance.manage(
        "restore", demo_backup.archive, "--identity", age_key.identity_file, check=False
    )

    assert refused.returncode != 0
    assert "The target is not empty" in refused.stderr
    assert "nothing was restored" in refused.stderr
    assert instance.query(group) == [("added after the backup",)]
    assert not blob.exists()

    forced = instance.manage(
        "restore", demo_backup.archive, "--identity", age_key.identity_file, "--force", check=False
    )

    assert forced.returncode == 0, forced.stderr
    assert instance.query(group) == []
    assert blob.read_bytes() == stored


@pytest.fixture(scope="module")
def empty_target(new_instance):
    """An installation with nothing in it yet, shared by the refused restores."""
    return new_instance()


def truncated(archive, tmp_path, age_key):
    data = archive.read_bytes()
    damaged = tmp_path / "truncated.tar.age"
    damaged.write_bytes(data[: len(data) * 2 // 3])
    return damaged, age_key.identity_file


def byte_flipped(archive, tmp_path, age_key):
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "flipped.tar.age"
    damaged.write_bytes(bytes(data))
    return damaged, age_key.identity_file


def for_another_key(archive, tmp_path, age_key):
    other = tmp_path / "other-identity.txt"
    other.write_text(f"{pyrage.x25519.Identity.generate()}\n")
    return archive, other


def reencrypted(archive, tmp_path, age_key, change):
    """The archive's members, changed by `change(members)`, sealed again with a valid key: only
    the manifest can tell."""
    members = decrypted_members(archive, age_key.identity_file)
    change(members)
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    sealed = tmp_path / "resealed.tar.age"
    recipient = pyrage.x25519.Recipient.from_str(age_key.recipient)
    sealed.write_bytes(pyrage.encrypt(plain.getvalue(), [recipient]))
    return sealed


def with_an_altered_file(archive, tmp_path, age_key):
    def alter(members):
        name = next(name for name in members if name.startswith("storage/casework/"))
        members[name] = members[name][:-1] + bytes([members[name][-1] ^ 0x01])

    return reencrypted(archive, tmp_path, age_key, alter), age_key.identity_file


def random_file(archive, tmp_path, age_key):
    noise = tmp_path / "noise.tar.age"
    noise.write_bytes(hashlib.sha256(b"noise").digest() * 512)
    return noise, age_key.identity_file


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (truncated, "This archive is damaged or incomplete"),
        (byte_flipped, "This archive is damaged or incomplete"),
        (for_another_key, "cannot open this archive: it was made for another key"),
        (random_file, "This file is not an archive made by manage.py backup"),
        (with_an_altered_file, "does not match the manifest"),
    ],
    ids=["truncated", "byte-flipped", "another-key", "random-file", "altered-file"],
)
def test_a_damaged_or_foreign_archive_is_refused_and_the_target_stays_empty(
    make, message, demo_backup, empty_target, age_key, tmp_path
):
    archive, identity = make(demo_backup.archive, tmp_path, age_key)

    result = empty_target.manage("restore", archive, "--identity", identity, check=False)

    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("CommandError: ")
    assert message in line
    assert line.endswith("; nothing was restored.")
    assert not empty_target.tables()
    assert empty_target.files() == []


def test_a_restore_whose_row_counts_differ_from_the_archive_exits_non_zero(
    demo_backup, new_instance, age_key, tmp_path
):
    def miscount(members):
        manifest = json.loads(members["manifest.json"])
        manifest["tables"]["auth_group"] += 1
        members["manifest.json"] = json.dumps(manifest).encode()

    archive = reencrypted(demo_backup.archive, tmp_path, age_key, miscount)
    target = new_instance()

    result = target.manage("restore", archive, "--identity", age_key.identity_file, check=False)

    assert result.returncode == 1
    assert "Mismatch: table auth_group has" in result.stderr
    assert "The restored data differs from the archive (1 difference," in result.stderr


# --- Backup in this process: refusal, pruning, file mode -------------------------------------------
# Transactional: SQLite's backup API cannot read the in-memory test database while a test's
# transaction holds it (as the cron job never does).


@pytest.fixture
def backup_settings(settings, tmp_path, age_key):
    """Backups of the test database into tmp_path, with storages of their own."""
    settings.BACKUP_DIR = tmp_path / "backups"
    settings.BACKUP_RECIPIENTS = [age_key.recipient]
    settings.BACKUP_KEEP = 2
    settings.STORAGES = {
        **{
            alias: {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(tmp_path / alias)},
            }
            for alias in ("default", "casework", "proposals", "private_media")
        },
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    (tmp_path / "default").mkdir()
    (tmp_path / "default" / "notice.txt").write_text("Horaires du service social")
    return settings


def backup(*args):
    out = io.StringIO()
    call_command("backup", *args, stdout=out)
    path = re.search(r"Backup written: (\S+) \(", out.getvalue()).group(1)
    return Path(path)


def test_backup_without_recipients_is_refused(backup_settings):
    backup_settings.BACKUP_RECIPIENTS = []

    with pytest.raises(CommandError, match="BACKUP_RECIPIENTS is empty"):
        call_command("backup")

    assert not Path(backup_settings.BACKUP_DIR).exists()


@pytest.mark.django_db(transaction=True)
def test_backup_keeps_only_the_newest_archives(backup_settings):
    folder = Path(backup_settings.BACKUP_DIR)
    folder.mkdir()
    (folder / "README.txt").write_text("Archives of Tiwizi.")

    written = [backup() for _ in range(3)]

    assert sorted(folder.iterdir()) == sorted([*written[1:], folder / "README.txt"])


@pytest.mark.django_db(transaction=True)
def test_an_archive_is_readable_by_its_owner_only(backup_settings, age_key):
    archive = backup()

    assert archive.parent == Path(backup_settings.BACKUP_DIR)
    assert archive.stat().st_mode & 0o777 == 0o600
    assert archive.parent.stat().st_mode & 0o777 == 0o700
    members = decrypted_members(archive, age_key.identity_file)
    assert members["storage/default/notice.txt"] == b"Horaires du service social"


@pytest.mark.django_db(transaction=True)
def test_backup_output_writes_the_archive_there_and_leaves_the_backup_folder_alone(
    backup_settings, tmp_path
):
    archive = backup("--output", tmp_path / "before-upgrade.tar.age")

    assert archive == tmp_path / "before-upgrade.tar.age"
    assert archive.stat().st_mode & 0o777 == 0o600
    assert not Path(backup_settings.BACKUP_DIR).exists()
