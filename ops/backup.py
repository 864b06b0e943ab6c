"""Backup and restore of the whole platform: one encrypted archive holds the database and every
stored file (`manage.py backup`, `manage.py restore`).

An archive is a tar stream (PAX format) encrypted with age to every key in BACKUP_RECIPIENTS:

    database/db.sqlite3   SQLite's online backup of the database, or
    database/db.pgdump    pg_dump --format=custom of it
    storage/<alias>/<name>  every file of every storage but "staticfiles", bytes as stored (the
                          casework attachments stay encrypted with the casework keys)
    manifest.json         last: format and versions, the row count of every table as dumped, and
                          the size and sha256 of every other member

Secrets are settings, never data: SECRET_KEY, the casework keys and the backup identities never
enter an archive, so a stolen archive and a stolen key file are two separate losses.
"""

import datetime
import hashlib
import io
import json
import os
import platform
import posixpath
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import django
import pyrage
from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection, connections

FORMAT = "tiwizi-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
STORAGE_PREFIX = "storage"
ARCHIVE_NAME = re.compile(r"^tiwizi-(\d{8}T\d{6}Z)(?:-(\d+))?\.tar\.age$")
AGE_MAGIC = b"age-encryption.org/v1\n"
CHUNK = 1 << 20
LOCK_WAIT_SECONDS = 60


class BackupError(Exception):
    """A refusal or a failure, in one sentence an administrator can act on."""


# --- Keys -----------------------------------------------------------------------------------------


def parse_recipients(values):
    """The age public keys to encrypt to; refuses to run without one."""
    if not values:
        raise BackupError(
            "BACKUP_RECIPIENTS is empty: set it to the age public keys (age1...) that may "
            "decrypt the archives; nothing was backed up."
        )
    recipients = []
    for position, value in enumerate(values, start=1):
        try:
            recipients.append(pyrage.x25519.Recipient.from_str(value))
        except pyrage.RecipientError:
            raise BackupError(
                f"Key {position} of BACKUP_RECIPIENTS is not an age public key (age1...); "
                "nothing was backed up."
            ) from None
    return recipients


def load_identities(path):
    """The age secret keys in the file at `path` (one "AGE-SECRET-KEY-1..." a line)."""
    if not path:
        raise BackupError(
            "Give the age secret key that opens the archive with --identity FILE "
            "(or BACKUP_IDENTITY_FILE); nothing was restored."
        )
    try:
        lines = Path(path).read_text().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BackupError(
            f"The identity file {path} cannot be read ({exc.__class__.__name__}); "
            "nothing was restored."
        ) from None
    identities = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(pyrage.x25519.Identity.from_str(line))
        except pyrage.IdentityError:
            # Never echo the line: it may be a secret key with a typo.
            raise BackupError(
                f"Line {number} of {path} is not an age secret key (AGE-SECRET-KEY-1...); "
                "nothing was restored."
            ) from None
    if not identities:
        raise BackupError(
            f"{path} holds no age secret key (AGE-SECRET-KEY-1...); nothing was restored."
        )
    return identities


# --- Streams --------------------------------------------------------------------------------------


def _through_pipe(produce, consume):
    """Run `produce(writer)` in a thread and `consume(reader)` here, joined by an OS pipe.

    pyrage reads its whole input and writes its whole output itself; a pipe lets the tar stream
    flow through it without ever being held in memory or written out in clear. The error raised is
    the one that broke the stream first: the consumer's when the producer only failed because
    nobody was reading any more, else the producer's.
    """
    read_fd, write_fd = os.pipe()
    reader = os.fdopen(read_fd, "rb")
    writer = os.fdopen(write_fd, "wb")
    failures = {}

    def run():
        try:
            produce(writer)
        except BaseException as exc:  # re-raised in the calling thread
            failures["produce"] = exc
        finally:
            try:
                writer.close()
            except OSError as exc:
                failures.setdefault("produce", exc)

    thread = threading.Thread(target=run, name="backup-stream", daemon=True)
    thread.start()
    result = None
    try:
        result = consume(reader)
        # What the consumer left (a tar's zero padding) must still be read for the producer to end.
        while reader.read(CHUNK):
            pass
    except BaseException as exc:
        failures["consume"] = exc
    finally:
        reader.close()  # a producer still writing gets BrokenPipeError instead of waiting forever
        thread.join()
    produced, consumed = failures.get("produce"), failures.get("consume")
    if produced is not None and not (
        consumed is not None and isinstance(produced, BrokenPipeError)
    ):
        raise produced
    if consumed is not None:
        raise consumed
    return result


class _Hashing:
    """A readable file that hashes and counts what is read through it."""

    def __init__(self, raw):
        self.raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.raw.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


def _private_file(path):
    """Open a new file that only its owner may read (never through the umask)."""
    return open(path, "xb", opener=lambda name, flags: os.open(name, flags, 0o600))


def _fsync_dir(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- Databases ------------------------------------------------------------------------------------


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def _cache_tables():
    """The database caches' tables (the rate limits' counts): dumped like any table, but neither
    counted nor taken for data. They come and go with each request, and a server restoring an
    archive made before they existed has one the archive lacks."""
    return {
        cache["LOCATION"]
        for cache in settings.CACHES.values()
        if cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    }


def _table_names(cursor, vendor):
    """Every table of the database holding data, the same way at backup and at restore."""
    if vendor == "sqlite":
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND substr(name, 1, 7) != 'sqlite_' ORDER BY name"
        )
    else:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND pg_table_is_visible(c.oid) "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY c.relname"
        )
    transient = _cache_tables()
    return [row[0] for row in cursor.fetchall() if row[0] not in transient]


def _count_rows(cursor, vendor):
    """{table: rows} for every table, counted raw: no manager filters anything out."""
    counts = {}
    for table in _table_names(cursor, vendor):
        # The table's name comes from the database's own catalogue, quoted: nothing typed.
        cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")  # noqa: S608  # nosec B608
        counts[table] = cursor.fetchone()[0]
    return counts


def _tables_with_rows(cursor, vendor):
    tables = []
    for table in _table_names(cursor, vendor):
        # The same: a catalogue name, quoted.
        cursor.execute(f"SELECT 1 FROM {_quote(table)} LIMIT 1")  # noqa: S608  # nosec B608
        if cursor.fetchone() is not None:
            tables.append(table)
    return tables


class SqliteDatabase:
    """The SQLite file: dumped with the online backup API, restored by putting the copy in place."""

    vendor = "sqlite"
    label = "SQLite"
    member = "database/db.sqlite3"

    def __init__(self, conn):
        self.connection = conn

    @property
    def path(self):
        return Path(self.connection.settings_dict["NAME"])

    def info(self):
        return {"engine": self.vendor, "version": sqlite3.sqlite_version}

    def dump(self, destination):
        """Copy a consistent snapshot of the live database to `destination`; its row counts."""
        # A connection of our own: the backup API copies one consistent snapshot under a read
        # lock while the site keeps writing through its connections.
        source = self.connection.copy()
        deadline = time.monotonic() + LOCK_WAIT_SECONDS

        def give_up_when_locked_too_long(status, remaining, total):
            # Python retries a locked database forever; a cron job must end.
            if time.monotonic() > deadline:
                raise BackupError(
                    f"The SQLite database stayed locked for {LOCK_WAIT_SECONDS} seconds; "
                    "nothing was backed up."
                )

        try:
            source.ensure_connection()
            target = sqlite3.connect(destination)
            try:
                source.connection.backup(target, progress=give_up_when_locked_too_long)
                # One self-contained file, whatever journal mode the live database uses.
                target.execute("PRAGMA journal_mode=DELETE")
                return _count_rows(target.cursor(), self.vendor)
            finally:
                target.close()
        finally:
            source.close()

    def tables_with_rows(self):
        if self.connection.is_in_memory_db():
            raise BackupError("The configured database is in memory: there is nowhere to restore.")
        if not self.path.exists():
            return []
        with self.connection.cursor() as cursor:
            return _tables_with_rows(cursor, self.vendor)

    def restore(self, dump, *, force):
        if self.connection.is_in_memory_db():
            raise BackupError("The configured database is in memory: there is nowhere to restore.")
        target = self.path
        target.parent.mkdir(parents=True, exist_ok=True)
        connections.close_all()
        partial = target.with_name(f".{target.name}.restoring")
        partial.unlink(missing_ok=True)  # left by an interrupted restore
        with open(dump, "rb") as source, _private_file(partial) as out:
            shutil.copyfileobj(source, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            shutil.copymode(target, partial)  # the service's own permissions, not ours
        # A journal left by the replaced database would be replayed into the restored one.
        for suffix in ("-wal", "-shm", "-journal"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(partial, target)
        _fsync_dir(target.parent)

    def count_rows(self):
        with self.connection.cursor() as cursor:
            return _count_rows(cursor, self.vendor)


def pg_binary(name):
    """pg_dump or pg_restore: from PGBIN, else the newest /usr/lib/postgresql/*/bin, else PATH."""
    if os.environ.get("PGBIN"):
        candidate = Path(os.environ["PGBIN"]) / name
        if not os.access(candidate, os.X_OK):
            raise BackupError(f"PGBIN is set but {candidate} is not an executable {name}.")
        return str(candidate)
    # The newest client: pg_dump refuses a server newer than itself.
    versions = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        version = folder.parent.name
        if version.replace(".", "").isdigit() and os.access(folder / name, os.X_OK):
            versions.append((tuple(int(part) for part in version.split(".")), folder / name))
    if versions:
        return str(max(versions)[1])
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} was not found: install the PostgreSQL client or set PGBIN.")
    return found


class PostgresDatabase:
    """A PostgreSQL database: pg_dump of one snapshot, pg_restore into the configured database."""

    vendor = "postgresql"
    label = "PostgreSQL"
    member = "database/db.pgdump"

    # libpq reads these from the environment: nothing secret is ever on a command line.
    ENV = {"NAME": "PGDATABASE", "USER": "PGUSER", "HOST": "PGHOST", "PORT": "PGPORT"}
    OPTIONS_ENV = {
        "sslmode": "PGSSLMODE",
        "sslrootcert": "PGSSLROOTCERT",
        "sslcert": "PGSSLCERT",
        "sslkey": "PGSSLKEY",
        "passfile": "PGPASSFILE",
        "service": "PGSERVICE",
    }

    def __init__(self, conn):
        self.connection = conn

    def info(self):
        with self.connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
        return {"engine": self.vendor, "version": version}

    def environment(self):
        settings_dict = self.connection.settings_dict
        env = dict(os.environ)
        for key, variable in self.ENV.items():
            if settings_dict.get(key):
                env[variable] = str(settings_dict[key])
        if settings_dict.get("PASSWORD"):
            env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
        for option, variable in self.OPTIONS_ENV.items():
            value = (settings_dict.get("OPTIONS") or {}).get(option)
            if value:
                env[variable] = str(value)
        return env

    def _run(self, args):
        result = subprocess.run(  # noqa: S603 (fixed binaries, no shell)
            args, env=self.environment(), capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            detail = " ".join(result.stderr.strip().splitlines()[-5:]) or "no message"
            raise BackupError(f"{Path(args[0]).name} failed: {detail}")

    def dump(self, destination):
        """pg_dump the database to `destination`; the row counts of the very same snapshot."""
        # A connection of our own holding a repeatable-read transaction: pg_dump works from its
        # exported snapshot, so the counts in the manifest describe exactly the dumped rows.
        own = self.connection.copy()
        try:
            with own.cursor() as cursor:
                cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot = cursor.fetchone()[0]
                counts = _count_rows(cursor, self.vendor)
                self._run(
                    [
                        pg_binary("pg_dump"),
                        "--format=custom",
                        "--no-password",
                        f"--snapshot={snapshot}",
                        f"--file={destination}",
                    ]
                )
                cursor.execute("ROLLBACK")
        finally:
            own.close()
        return counts

    def tables_with_rows(self):
        with self.connection.cursor() as cursor:
            return _tables_with_rows(cursor, self.vendor)

    def restore(self, dump, *, force):
        connections.close_all()
        args = [
            pg_binary("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            # All or nothing: a failure leaves the database as it was.
            "--single-transaction",
            "--no-password",
            f"--dbname={self.connection.settings_dict['NAME']}",
        ]
        if force:
            args += ["--clean", "--if-exists"]
        self._run([*args, str(dump)])

    def count_rows(self):
        with self.connection.cursor() as cursor:
            return _count_rows(cursor, self.vendor)


DATABASES = {db.vendor: db for db in (SqliteDatabase, PostgresDatabase)}


def configured_database():
    """The default database, or a refusal for an engine this tool cannot dump."""
    engine = DATABASES.get(connection.vendor)
    if engine is None:
        raise BackupError(
            f"Backups support SQLite and PostgreSQL, not {connection.vendor}; nothing was done."
        )
    return engine(connection)


# --- Storages -------------------------------------------------------------------------------------


def storage_aliases():
    """Every storage holding the site's files; static files are rebuilt by collectstatic."""
    return [alias for alias in settings.STORAGES if alias != "staticfiles"]


def walk(storage, folder=""):
    """Every file name in `storage`, through the storage API (local folders and buckets alike)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return  # a local storage whose folder was never created holds nothing
    for name in sorted(files):
        yield posixpath.join(folder, name) if folder else name
    for name in sorted(folders):
        yield from walk(storage, posixpath.join(folder, name) if folder else name)


def _never_archived():
    """Real paths kept out of the archive even if a storage's folder holds them: secret files,
    the live database and the archives themselves."""
    files = {path.resolve() for path in Path(settings.VAR_DIR).glob("*.dev-secret")}
    # Every `NAME_FILE` variable names a secret (cms.settings.env_secret).
    files |= {
        Path(value).resolve()
        for variable, value in os.environ.items()
        if variable.endswith("_FILE") and value
    }
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        database = Path(connection.settings_dict["NAME"]).resolve()
        files |= {database.with_name(database.name + suffix) for suffix in ("", "-wal", "-shm")}
    return files, Path(settings.BACKUP_DIR).resolve()


def _is_excluded(storage, name, excluded):
    if not isinstance(storage, FileSystemStorage):
        return False  # a bucket: it holds none of these local files
    files, backup_dir = excluded
    path = Path(storage.path(name)).resolve()
    return path in files or path.is_relative_to(backup_dir)


def _storages_with_files(aliases):
    return [alias for alias in aliases if next(walk(storages[alias]), None) is not None]


# --- Backup ---------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    path: Path
    size: int
    files: int
    tables: int
    rows: int
    pruned: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def human_size(number):
    """1536 -> "1.5 KB"."""
    if number < 1024:
        return f"{number} bytes"
    units = ["KB", "MB", "GB", "TB"]
    value = number / 1024
    while value >= 1024 and len(units) > 1:
        value /= 1024
        units.pop(0)
    return f"{value:.1f} {units[0]}"


def _new_archive_path(folder, now):
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"tiwizi-{stamp}.tar.age"
    number = 2
    while path.exists():  # two runs within one second
        path = folder / f"tiwizi-{stamp}-{number}.tar.age"
        number += 1
    return path


def archives_in(folder):
    """The archives `manage.py backup` wrote in `folder`, oldest first."""
    found = []
    for path in Path(folder).iterdir():
        match = ARCHIVE_NAME.match(path.name)
        if match and path.is_file():
            found.append((match.group(1), int(match.group(2) or 1), path))
    return [path for *_, path in sorted(found)]


def prune(folder, keep):
    """Delete all but the newest `keep` archives of `folder`; the deleted paths."""
    old = archives_in(folder)[:-keep]
    for path in old:
        path.unlink()
    return old


def _add(tar, name, fileobj, size, now):
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = now.timestamp()
    info.mode = 0o600
    hashing = _Hashing(fileobj)
    tar.addfile(info, hashing)
    return {"size": hashing.size, "sha256": hashing.sha256.hexdigest()}


def create_archive(output=None):
    """Write one archive (by default a new one in BACKUP_DIR, then pruned to BACKUP_KEEP)."""
    recipients = parse_recipients(settings.BACKUP_RECIPIENTS)
    keep = settings.BACKUP_KEEP
    if output is None and keep < 1:
        raise BackupError(f"BACKUP_KEEP must be 1 or more, not {keep}; nothing was backed up.")
    database = configured_database()
    aliases = storage_aliases()
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)

    if output is None:
        folder = Path(settings.BACKUP_DIR)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        final = _new_archive_path(folder, now)
    else:
        final = Path(output).absolute()
        folder = final.parent
        if not folder.is_dir():
            raise BackupError(f"{folder} is not a folder; nothing was backed up.")
        if final.is_dir():
            raise BackupError(f"{final} is a folder, not a file name; nothing was backed up.")

    # The clear database dump stays in a private temporary folder, never beside the archives
    # (which may be synchronised elsewhere), and goes when the archive is written or abandoned.
    workdir = Path(tempfile.mkdtemp(prefix="tiwizi-backup-"))
    # Written under a hidden temporary name and renamed at the end: a half-written archive never
    # looks like a finished one. mkstemp creates it readable by its owner only.
    fd, partial = tempfile.mkstemp(dir=folder, prefix=f".{final.name}.", suffix=".partial")
    partial = Path(partial)
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created_at": now.isoformat().replace("+00:00", "Z"),
        "django": django.get_version(),
        "python": platform.python_version(),
    }
    skipped = []
    try:
        # The database first: every file it refers to already exists when the files are read.
        dump = workdir / "database"
        manifest["tables"] = database.dump(dump)
        manifest["database"] = {**database.info(), "member": database.member}
        excluded = _never_archived()

        def produce(writer):
            files = {}
            storages_info = {}
            with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                with open(dump, "rb") as handle:
                    manifest["database"].update(
                        _add(tar, database.member, handle, dump.stat().st_size, now)
                    )
                for alias in aliases:
                    storage = storages[alias]
                    count = total = 0
                    for name in walk(storage):
                        if _is_excluded(storage, name, excluded):
                            continue
                        try:
                            size = storage.size(name)
                            handle = storage.open(name, "rb")
                        except FileNotFoundError:
                            skipped.append(f"{alias}:{name}")  # deleted since it was listed
                            continue
                        member = f"{STORAGE_PREFIX}/{alias}/{name}"
                        with handle:
                            entry = _add(tar, member, handle, size, now)
                        files[member] = {"storage": alias, "name": name, **entry}
                        count, total = count + 1, total + entry["size"]
                    storages_info[alias] = {
                        "backend": settings.STORAGES[alias]["BACKEND"],
                        "files": count,
                        "bytes": total,
                    }
                manifest["storages"] = storages_info
                manifest["files"] = files
                data = json.dumps(manifest, indent=1, sort_keys=True).encode()
                _add(tar, MANIFEST, io.BytesIO(data), len(data), now)

        with os.fdopen(fd, "wb") as out:
            try:
                _through_pipe(produce, lambda reader: pyrage.encrypt_io(reader, out, recipients))
                out.flush()
                os.fsync(out.fileno())
            except (OSError, pyrage.EncryptError) as exc:
                raise BackupError(
                    f"The archive could not be written ({exc}); no archive was kept."
                ) from exc
        if output is None:
            final = _new_archive_path(folder, now)
        os.replace(partial, final)
        _fsync_dir(folder)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    pruned = prune(folder, keep) if output is None else []
    return BackupResult(
        path=final,
        size=final.stat().st_size,
        files=len(manifest["files"]),
        tables=len(manifest["tables"]),
        rows=sum(manifest["tables"].values()),
        pruned=pruned,
        skipped=skipped,
    )


# --- Restore --------------------------------------------------------------------------------------


def _damaged(detail):
    return BackupError(f"This archive is damaged or incomplete ({detail}); nothing was restored.")


def _not_a_backup(detail):
    return BackupError(
        f"This file is not an archive made by manage.py backup ({detail}); nothing was restored."
    )


def _extract(reader, workdir):
    """Write every member of the tar stream to `workdir` under a neutral name (never the
    member's own, so no name can point outside); {member: (path, size, sha256)}."""
    members = {}
    with tarfile.open(fileobj=reader, mode="r|") as tar:
        for number, member in enumerate(tar):
            if not member.isfile() or member.name in members:
                raise _not_a_backup(f"unexpected member {member.name!r}")
            local = workdir / f"{number:08d}"
            digest, size = hashlib.sha256(), 0
            source = tar.extractfile(member)
            with _private_file(local) as out:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            members[member.name] = (local, size, digest.hexdigest())
    return members


def _decrypt_and_extract(archive, identities, workdir, identity_path):
    try:
        with open(archive, "rb") as handle:
            magic = handle.read(len(AGE_MAGIC))
    except OSError as exc:
        raise BackupError(
            f"The archive {archive} cannot be read ({exc.strerror}); nothing was restored."
        ) from None
    if magic != AGE_MAGIC:
        raise _not_a_backup("it is not age-encrypted")

    def produce(writer):
        with open(archive, "rb") as handle:
            pyrage.decrypt_io(handle, writer, identities)

    try:
        return _through_pipe(produce, lambda reader: _extract(reader, workdir))
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise BackupError(
                f"The key in {identity_path} cannot open this archive: it was made for another "
                "key, or its header is damaged; nothing was restored."
            ) from None
        raise _damaged(f"age: {exc}") from None
    except tarfile.TarError as exc:
        raise _damaged(f"tar: {exc}") from None
    except OSError as exc:
        # age authenticates every chunk: a cut or altered byte surfaces here as an I/O error.
        raise _damaged(f"age: {exc.strerror or exc}") from None


def _verify(members, database):
    """The manifest, once every member has been checked against it."""
    if MANIFEST not in members:
        raise _damaged("manifest.json is missing")
    path, *_ = members[MANIFEST]
    try:
        manifest = json.loads(path.read_bytes())
    except ValueError:
        raise _damaged("manifest.json is not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _not_a_backup("its manifest is not a Tiwizi backup manifest")
    if manifest.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"This archive has format version {manifest.get('version')}, and this code reads "
            f"version {FORMAT_VERSION}; nothing was restored."
        )
    try:
        db = manifest["database"]
        expected = {db["member"]: db, **manifest["files"]}
        tables = manifest["tables"]
        for member, entry in manifest["files"].items():
            alias, name = entry["storage"], entry["name"]
            if member != f"{STORAGE_PREFIX}/{alias}/{name}":
                raise _damaged(f"{member} is filed under another name")
    except (KeyError, TypeError, AttributeError):
        raise _damaged("the manifest lacks entries") from None
    if not isinstance(tables, dict):
        raise _damaged("the manifest's row counts are unreadable")
    for member, entry in expected.items():
        if member not in members:
            raise _damaged(f"{member} is missing")
        _, size, sha256 = members[member]
        if size != entry.get("size") or sha256 != entry.get("sha256"):
            raise _damaged(f"the size or checksum of {member} does not match the manifest")
    extra = set(members) - set(expected) - {MANIFEST}
    if extra:
        raise _damaged(f"{sorted(extra)[0]} is not in the manifest")
    if db.get("engine") != database.vendor or db["member"] != database.member:
        raise BackupError(
            f"This archive holds a {db.get('engine')} database and the configured database is "
            f"{database.label}; nothing was restored."
        )
    unknown = sorted(
        {entry["storage"] for entry in manifest["files"].values()} - set(storage_aliases())
    )
    if unknown:
        raise BackupError(
            f"This archive holds files of storages this site does not configure "
            f"({', '.join(unknown)}); nothing was restored."
        )
    return manifest


@dataclass
class RestoreResult:
    manifest: dict
    files: int
    storages: int
    tables: int
    rows: int
    mismatches: list


def restore_archive(archive, identity_path, *, force=False, log=print):
    """Verify the whole archive, then rebuild the database and the storages from it."""
    identities = load_identities(identity_path)
    database = configured_database()
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"There is no archive at {archive}; nothing was restored.")

    workdir = Path(tempfile.mkdtemp(prefix="tiwizi-restore-"))  # mode 0700
    try:
        members = _decrypt_and_extract(archive, identities, workdir, identity_path)
        manifest = _verify(members, database)
        files = manifest["files"]
        log(
            f"Archive verified: made {manifest['created_at']}, {len(manifest['tables'])} tables, "
            f"{len(files)} files."
        )

        if not force:
            occupied = []
            if database.tables_with_rows():
                occupied.append("the database")
            occupied += [f"storage {alias!r}" for alias in _storages_with_files(storage_aliases())]
            if occupied:
                raise BackupError(
                    f"The target is not empty ({', '.join(occupied)} already hold data); "
                    "nothing was restored: add --force to replace it."
                )

        database.restore(members[manifest["database"]["member"]][0], force=force)
        log(f"Database restored ({database.label}).")

        mismatches = []
        for member, entry in files.items():
            storage = storages[entry["storage"]]
            name = entry["name"]
            try:
                if storage.exists(name):
                    storage.delete(name)  # only with --force: an empty target has no file
                with open(members[member][0], "rb") as handle:
                    saved = storage.save(name, File(handle, name=name))
            except Exception as exc:
                raise BackupError(
                    f"The database is restored but writing {member} failed "
                    f"({exc.__class__.__name__}: {exc}); fix the storage and run the restore "
                    "again with --force."
                ) from exc
            if saved != name:
                mismatches.append(f"{entry['storage']}: {name} was stored as {saved}")
            elif storage.size(name) != entry["size"]:
                mismatches.append(f"{entry['storage']}: {name} has another size once stored")
        used = {entry["storage"] for entry in files.values()}
        log(f"{len(files)} files written to {len(used)} storages.")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    counts = database.count_rows()
    expected = manifest["tables"]
    for table in sorted(set(expected) | set(counts)):
        if table not in counts:
            mismatches.append(f"table {table} is missing")
        elif table not in expected:
            mismatches.append(f"table {table} is not in the archive")
        elif counts[table] != expected[table]:
            mismatches.append(
                f"table {table} has {counts[table]} rows, the archive {expected[table]}"
            )
    return RestoreResult(
        manifest=manifest,
        files=len(files),
        storages=len(used),
        tables=len(counts),
        rows=sum(counts.values()),
        mismatches=mismatches,
    )
