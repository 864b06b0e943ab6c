"""Fixtures of the backup and restore tests.

An `Instance` is a whole installation driven through real `manage.py` subprocesses: its own
VAR_DIR (public media, the private storages, the backups) and its own fresh database, on the
engine the suite runs on: a new SQLite file, or a new database on the PostgreSQL test server,
dropped afterwards. Both use the fixed casework keys of the test settings.

- `age_key`: a key pair; archives are encrypted to its public key.
- `demo_backup`: once per module, an instance with the demo's personas, casework (sessions,
  referrals, consents...) and youth proposals, the French home page with its translations, the
  demo images and brochure, plus a casework attachment and a proposal attachment, then backed up.
- `new_instance()`: an empty installation to restore into.
"""

import hashlib
import json
import os
import secrets
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyrage
import pytest
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parents[2]
RESULT = "RESULT "
DEMO_PASSWORD = "backup-demo-password"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP"
# What a caseworker uploads; the storage only ever holds it encrypted.
ATTACHMENT = b"%PDF-1.4\n% Certificat medical (synthetique)\n" + bytes(range(256)) * 8
PROPOSAL_FILE = b"%PDF-1.4\n% Plan du projet de terrain de sport\n"

# Run inside the demo instance before the backup: builds the parts of the demo the round trip
# needs (a faster subset than the whole site: the home page, the images, the brochure), adds a
# casework attachment and a proposal attachment of known bytes, and reports what the restored copy
# must show again.
PREPARE_DEMO = f"""
import json
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from casework import permissions
from casework.models import Attachment, Case
from demo import site
from proposals.models import Proposal, ProposalAttachment

site.build_home(lambda message: None)
site.build_images(lambda message: None)
site.build_brochure(lambda message: None)

owner = get_user_model().objects.get(username="cw-listening")
colleague = get_user_model().objects.get(username="cw-listening-2")
case = (
    Case.objects.filter(owner=owner, closed_on__isnull=True, sessions__isnull=False)
    .exclude(pk__in=permissions.visible_cases(colleague).values("pk"))
    .order_by("pk")
    .first()
)
attachment = Attachment(case=case, title="Certificat medical", uploaded_by=owner)
attachment.store(
    SimpleUploadedFile("certificat.pdf", {ATTACHMENT!r}, content_type="application/pdf")
)
attachment.save()
session = case.sessions.exclude(narrative="").order_by("pk").first()
ProposalAttachment.objects.create(
    proposal=Proposal.objects.order_by("pk").first(),
    file=ContentFile({PROPOSAL_FILE!r}, name="plan.pdf"),
    original_name="plan.pdf",
    content_type="application/pdf",
    size={len(PROPOSAL_FILE)},
)
counts = {{
    model._meta.db_table: model._base_manager.count()
    for model in apps.get_models(include_auto_created=True)
}}
print({RESULT!r} + json.dumps({{
    "counts": counts,
    "case": case.pk,
    "attachment": attachment.pk,
    "blob": attachment.blob,
    "session": session.pk,
    "narrative": session.narrative,
}}))
"""

# Run inside a restored instance: the row counts first (before anything below writes), then what
# a caseworker and a visitor would see.
INSPECT = """
import hashlib, json
from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from accounts.models import AppDevice
from casework.models import CaseSession
from wagtail.images import get_image_model

counts = {
    model._meta.db_table: model._base_manager.count()
    for model in apps.get_models(include_auto_created=True)
}

def verified(username):
    user = get_user_model().objects.get(username=username)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = AppDevice.objects.get(user=user).persistent_id
    session.save()
    return client

download = reverse("casework_cases:attachment_download", args=[%(case)d, %(attachment)d])
owner = verified("cw-listening").get(download)
colleague = verified("cw-listening-2").get(download)
home = Client().get("/fr/")
rendition = get_image_model().objects.order_by("pk").first().get_rendition("width-120")
print("RESULT " + json.dumps({
    "counts": counts,
    "narrative": CaseSession.objects.get(pk=%(session)d).narrative,
    "download_status": owner.status_code,
    "download_sha256": hashlib.sha256(owner.content).hexdigest(),
    "colleague_status": colleague.status_code,
    "home_status": home.status_code,
    "home_lang": 'lang="fr"' in home.content.decode(),
    "rendition_bytes": rendition.file.size,
}))
"""


# The folders of the four backed-up storages inside VAR_DIR (cms/settings.py).
STORAGE_FOLDERS = ("media", "private", "private-proposals", "private-media")


def stored_files(instance):
    """{path under VAR_DIR: sha256} of every file in the storages' folders."""
    return {
        str(path.relative_to(instance.var_dir)): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in STORAGE_FOLDERS
        for path in (instance.var_dir / folder).rglob("*")
        if path.is_file()
    }


@dataclass
class AgeKey:
    identity_file: Path
    recipient: str


@pytest.fixture(scope="module")
def age_key(tmp_path_factory):
    """A fresh age key pair, its secret in a file as an administrator would keep it."""
    identity = pyrage.x25519.Identity.generate()
    path = tmp_path_factory.mktemp("keys") / "backup-identity.txt"
    path.write_text(f"# Tiwizi backups\n{identity}\n")
    path.chmod(0o600)
    return AgeKey(identity_file=path, recipient=str(identity.to_public()))


class Databases:
    """Fresh databases on the engine the suite runs on, dropped at the end."""

    def __init__(self, root):
        self.root = root
        self.server_url = os.environ.get("DATABASE_URL", "")
        self.postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
        self.created = []

    def new(self):
        name = f"tiwizi_backup_{secrets.token_hex(4)}"
        if not self.postgres:
            return f"sqlite:///{self.root / name}.sqlite3"
        self.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return urlsplit(self.server_url)._replace(path=f"/{name}").geturl()

    def execute(self, sql):
        import psycopg

        with psycopg.connect(self.server_url, autocommit=True) as conn:
            conn.execute(sql)

    def drop_all(self):
        for name in self.created:
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    databases = Databases(tmp_path_factory.mktemp("databases"))
    yield databases
    databases.drop_all()


class Instance:
    """One installation: its environment, its manage.py, a look at its database and files."""

    def __init__(self, root, database_url, recipient):
        self.root = root
        self.var_dir = root / "var"
        self.var_dir.mkdir(parents=True)
        self.database_url = database_url
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("S3_", "BACKUP_", "MEDIA_", "STATIC_", "REDIS_"))
        }
        self.env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "cms.settings_test",
            "DEBUG": "false",
            "SECRET_KEY": "test-only-secret-key",
            "VAR_DIR": str(self.var_dir),
            "DATABASE_URL": database_url,
            "ALLOWED_HOSTS": "testserver,localhost",
            "CASEWORK_ENCRYPTION_KEYS": ",".join(settings.CASEWORK_ENCRYPTION_KEYS),
            "CASEWORK_BLIND_INDEX_KEY": settings.CASEWORK_BLIND_INDEX_KEY,
            "BACKUP_RECIPIENTS": recipient,
        }

    def manage(self, *args, check=True):
        result = subprocess.run(  # noqa: S603
            [sys.executable, str(BASE_DIR / "manage.py"), *map(str, args)],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and result.returncode != 0:
            pytest.fail(f"manage.py {args[0]} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def backup(self):
        """`manage.py backup`: the archive it wrote."""
        before = set((self.var_dir / "backups").glob("tiwizi-*.tar.age"))
        self.manage("backup")
        (archive,) = set((self.var_dir / "backups").glob("tiwizi-*.tar.age")) - before
        return archive

    def shell(self, code):
        """Run `code` in `manage.py shell`; the JSON it printed after RESULT."""
        output = self.manage("shell", "--no-imports", "-c", code).stdout
        line = next(line for line in output.splitlines() if line.startswith(RESULT))
        return json.loads(line.removeprefix(RESULT))

    def query(self, sql):
        """Rows of `sql` run straight on the database, behind Django."""
        url = urlsplit(self.database_url)
        if url.scheme == "sqlite":
            path = Path(url.path)
            if not path.exists():
                return None
            conn = sqlite3.connect(path)
            try:
                with conn:  # commits
                    return conn.execute(sql).fetchall()
            finally:
                conn.close()
        import psycopg

        with psycopg.connect(self.database_url) as conn:  # commits
            cursor = conn.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def tables(self):
        """The tables of the database (None: the SQLite file does not even exist)."""
        if urlsplit(self.database_url).scheme == "sqlite":
            rows = self.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        else:
            rows = self.query(
                "SELECT tablename FROM pg_tables WHERE schemaname NOT IN "
                "('pg_catalog', 'information_schema')"
            )
        return None if rows is None else sorted(row[0] for row in rows)

    def files(self):
        """Every file under VAR_DIR, relative to it."""
        return sorted(
            str(path.relative_to(self.var_dir))
            for path in self.var_dir.rglob("*")
            if path.is_file()
        )


@pytest.fixture(scope="module")
def new_instance(tmp_path_factory, databases, age_key):
    """`new_instance()`: an empty installation (no database tables, no files)."""

    def make():
        return Instance(tmp_path_factory.mktemp("instance"), databases.new(), age_key.recipient)

    return make


@dataclass
class DemoBackup:
    instance: Instance
    archive: Path
    facts: dict
    stored: dict


@pytest.fixture(scope="module")
def demo_backup(new_instance):
    """The demo instance and its archive, made once for the module."""
    instance = new_instance()
    instance.manage("migrate", "--noinput", "-v", "0")
    instance.manage(
        "load_demo_data",
        "--only=personas",
        "--only=casework",
        "--only=proposals",
        f"--demo-password={DEMO_PASSWORD}",
        f"--demo-totp-secret={DEMO_TOTP_SECRET}",
        "--force",
    )
    facts = instance.shell(PREPARE_DEMO)
    instance.manage("backup")
    (archive,) = (instance.var_dir / "backups").glob("tiwizi-*.tar.age")
    return DemoBackup(
        instance=instance, archive=archive, facts=facts, stored=stored_files(instance)
    )


@dataclass
class Restored:
    instance: Instance
    output: str
    stored: dict
    seen: dict


@pytest.fixture(scope="module")
def restored(demo_backup, new_instance, age_key):
    """A second, empty installation restored from the demo's archive, and what it shows."""
    instance = new_instance()
    result = instance.manage("restore", demo_backup.archive, "--identity", age_key.identity_file)
    stored = stored_files(instance)
    seen = instance.shell(INSPECT % demo_backup.facts)
    return Restored(instance=instance, output=result.stdout, stored=stored, seen=seen)
