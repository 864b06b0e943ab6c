"""The nightly backup, run from its unit, and the README's restore drill on it: a new server (a
new database on the same PostgreSQL server and a new VAR_DIR, migrated and with its static files,
as deploy/install leaves it) restored from the archive, and checked as the drill says (row counts,
the audit chain, a session narrative read back, an attachment's bytes, a public page)."""

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from casework.models import Attachment, Case, CaseSession

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
from render import read_assignments  # noqa: E402

CHECK = """
import json
from django.test import Client
from casework.models import Attachment, Case, CaseSession
session = CaseSession.objects.get(pk={session})
attachment = Attachment.objects.get(pk={attachment})
print(json.dumps({{
    "cases": Case.objects.count(),
    "narrative": session.narrative,
    "attachment": attachment.read().hex(),
    "home": Client().get("/fr/").status_code,
}}))
"""


@pytest.fixture
def empty_server(stack, tmp_path):
    """A database and a VAR_DIR with nothing in them, beside the stack's."""
    url = urlsplit(_database_url(stack))
    name = "tiwizi_drill"
    admin = urlunsplit(url._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    var = tmp_path / "var"
    var.mkdir()
    environment = {
        **read_assignments(stack.info["env_file"]),
        "DATABASE_URL": urlunsplit(url._replace(path=f"/{name}")),
        "VAR_DIR": str(var),
        "ALLOWED_HOSTS": "testserver",
    }
    yield environment
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _database_url(stack):
    return read_assignments(stack.info["env_file"])["DATABASE_URL"]


def manage(environment, *args):
    import os

    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_nightly_backup_restores_into_an_empty_server(stack, empty_server):
    backups = Path(read_assignments(stack.info["env_file"])["VAR_DIR"]) / "backups"
    before = set(backups.glob("*.age"))
    for process in stack.run_job("backup"):
        assert process.returncode == 0, process.stderr
    (archive,) = set(backups.glob("*.age")) - before
    assert archive.stat().st_mode & 0o077 == 0, "the archive is for the service's user only"

    # A new server, as deploy/install leaves it: migrated (so not empty: --force), static files
    # collected; then the restore.
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput", "--verbosity", "0"]):
        assert manage(empty_server, *command).returncode == 0, command
    refused = manage(
        empty_server, "restore", str(archive), "--identity", stack.info["backup_identity"]
    )
    assert refused.returncode != 0
    assert "--force" in refused.stderr
    restored = manage(
        empty_server,
        "restore",
        str(archive),
        "--identity",
        stack.info["backup_identity"],
        "--force",
    )
    assert restored.returncode == 0, restored.stderr + restored.stdout

    chain = manage(empty_server, "verify_audit_chain")
    assert chain.returncode == 0, chain.stderr
    session = CaseSession.objects.exclude(narrative="").order_by("pk").first()
    attachment = Attachment.objects.order_by("pk").first()
    assert attachment, "the demo has an attachment"
    checked = manage(
        empty_server,
        "shell",
        "-c",
        CHECK.format(session=session.pk, attachment=attachment.pk),
    )
    assert checked.returncode == 0, checked.stderr
    result = json.loads(checked.stdout.strip().splitlines()[-1])
    assert result["cases"] == Case.objects.count()
    assert result["narrative"] == session.narrative
    assert result["attachment"] == attachment.read().hex()
    assert result["home"] == 200
