"""The public forms' limits are counted once for every process: two gunicorn workers (or two app
servers) share one count, in the database without Redis (proposals/ratelimit.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from proposals import ratelimit

ROOT = Path(__file__).resolve().parents[2]

TAKE_TEN = """
import django
django.setup()
from proposals import ratelimit
print(sum(ratelimit.take("submit", "198.51.100.7", 5) is not None for _ in range(10)))
"""


def _production_env(tmp_path):
    """The production settings on one machine without Redis: a SQLite file of its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "DATABASE_URL") and not key.startswith("DJANGO_")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings",
        DEBUG="true",
        DATABASE_URL=f"sqlite:///{tmp_path / 'tiwizi.sqlite3'}",
        VAR_DIR=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )
    return env


def test_two_processes_let_through_five_submissions_from_one_address_not_ten(tmp_path):
    env = _production_env(tmp_path)
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "createcachetable"], cwd=ROOT, env=env, check=True
    )
    workers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", TAKE_TEN], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    accepted = [int(worker.communicate(timeout=120)[0].strip()) for worker in workers]

    assert all(worker.returncode == 0 for worker in workers)
    assert sum(accepted) == 5


@pytest.mark.django_db
def test_two_cache_connections_share_one_count(monkeypatch):
    first, second = caches.create_connection("limits"), caches.create_connection("limits")
    assert first is not second

    monkeypatch.setattr(ratelimit, "_cache", lambda: first)
    taken = [ratelimit.take("lookup", "203.0.113.9", 3) for _ in range(2)]
    monkeypatch.setattr(ratelimit, "_cache", lambda: second)
    taken += [ratelimit.take("lookup", "203.0.113.9", 3) for _ in range(2)]

    assert [slot is not None for slot in taken] == [True, True, True, False]


@pytest.mark.django_db
def test_the_counts_name_no_client_address():
    slot = ratelimit.take("submit", "198.51.100.7", 5)

    assert slot and "198.51.100.7" not in slot
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM tiwizi_limits")
        keys = [row[0] for row in cursor.fetchall()]
    assert keys and not any("198.51.100.7" in key for key in keys)


@pytest.mark.django_db(transaction=True)
def test_migrate_makes_the_limits_table_wherever_it_runs():
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE tiwizi_limits")
    assert "tiwizi_limits" not in connection.introspection.table_names()

    call_command("migrate", verbosity=0)

    assert "tiwizi_limits" in connection.introspection.table_names()
