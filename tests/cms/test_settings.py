"""The settings read the environment, refuse bad values by name, and are secure by default."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

SETTINGS = Path(__file__).resolve().parents[2] / "cms" / "settings.py"
VARIABLES = [
    "DEBUG",
    "SECRET_KEY",
    "SECRET_KEY_FILE",
    "DATABASE_URL",
    "REDIS_URL",
    "S3_BUCKET",
    "S3_PRIVATE_BUCKET",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_AGE",
    "ADMIN_SESSION_MAX_AGE_HOURS",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "VAR_DIR",
    "LOGIN_FAILURE_LIMIT",
    "LOGIN_ACCOUNT_FAILURE_LIMIT",
    "LOGIN_KNOWN_DEVICE_DAYS",
]


@pytest.fixture
def load(monkeypatch):
    """Evaluate cms/settings.py afresh under the given environment and return its names."""

    def _load(**env):
        for name in VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(SETTINGS))

    return _load


def test_debug_is_off_unless_set(load):
    assert load(SECRET_KEY="s")["DEBUG"] is False


def test_without_debug_a_missing_secret_key_stops_start_up(load):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        load()


def test_secret_key_can_come_from_a_file(load, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    assert load(SECRET_KEY_FILE=str(secret))["SECRET_KEY"] == "from-a-file"


def test_an_unreadable_secret_file_is_named(load, tmp_path):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY_FILE"):
        load(SECRET_KEY_FILE=str(tmp_path / "missing"))


def test_a_bad_boolean_names_the_variable(load):
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be true or false"):
        load(DEBUG="maybe")


def test_a_bad_number_names_the_variable(load):
    with pytest.raises(ImproperlyConfigured, match="SESSION_COOKIE_AGE"):
        load(DEBUG="true", SESSION_COOKIE_AGE="an hour")


def test_a_bad_database_url_names_the_variable(load):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        load(DEBUG="true", DATABASE_URL="nosuchdb://x")


def test_production_mode_assumes_https(load):
    settings = load(SECRET_KEY="s")
    assert settings["SECURE_SSL_REDIRECT"] is True
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["CSRF_COOKIE_SECURE"] is True
    assert settings["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 180
    assert settings["ALLOWED_HOSTS"] == []


def test_production_mode_can_run_over_plain_http_on_loopback(load):
    settings = load(
        SECRET_KEY="s",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        ALLOWED_HOSTS="127.0.0.1",
    )
    assert settings["SECURE_SSL_REDIRECT"] is False
    assert settings["SESSION_COOKIE_SECURE"] is False
    assert settings["CSRF_COOKIE_SECURE"] is False
    assert settings["ALLOWED_HOSTS"] == ["127.0.0.1"]


def test_embedded_defaults_need_no_server(load, tmp_path):
    settings = load(DEBUG="true", VAR_DIR=str(tmp_path))
    database = settings["DATABASES"]["default"]
    assert database["ENGINE"] == "cms.db"  # Django's SQLite backend, its file created 0600
    assert database["NAME"] == str(tmp_path / "tiwizi.sqlite3")
    assert settings["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    # Counts every process must share are in the database, not in one process's memory.
    assert settings["CACHES"]["limits"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert settings["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert settings["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert settings["MEDIA_ROOT"] == tmp_path / "media"


def test_each_service_is_switched_on_by_one_variable(load):
    settings = load(
        SECRET_KEY="s",
        DATABASE_URL="postgres://tiwizi:pw@db.internal:5432/tiwizi",
        REDIS_URL="redis://cache.internal:6379/0",
        S3_BUCKET="tiwizi-media",
    )
    assert settings["DATABASES"]["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert settings["DATABASES"]["default"]["HOST"] == "db.internal"
    assert settings["CACHES"]["default"]["BACKEND"].endswith("RedisCache")
    assert settings["CACHES"]["limits"]["BACKEND"].endswith("RedisCache")
    assert settings["CACHES"]["limits"]["LOCATION"] == "redis://cache.internal:6379/0"
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.cache"
    assert settings["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert settings["STORAGES"]["default"]["OPTIONS"]["bucket_name"] == "tiwizi-media"


def test_private_files_are_on_disk_for_the_service_alone_with_no_url(load, tmp_path):
    storages = load(SECRET_KEY="s", VAR_DIR=str(tmp_path))["STORAGES"]
    for name, folder in [
        ("casework", "private"),
        ("proposals", "private-proposals"),
        ("private_media", "private-media"),
    ]:
        assert storages[name]["BACKEND"] == "cms.storage.PrivateFileSystemStorage"
        assert storages[name]["OPTIONS"] == {
            "location": str(tmp_path / folder),
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        }


def test_the_private_bucket_alone_moves_every_private_storage_to_s3(load):
    storages = load(SECRET_KEY="s", S3_PRIVATE_BUCKET="tiwizi-private")["STORAGES"]
    assert storages["default"]["BACKEND"].endswith("FileSystemStorage")
    prefixes = {}
    for name in ("casework", "proposals", "private_media"):
        options = storages[name]["OPTIONS"]
        assert storages[name]["BACKEND"] == "storages.backends.s3.S3Storage"
        assert options["bucket_name"] == "tiwizi-private"
        assert options["querystring_auth"] is True and options["custom_domain"] is None
        assert "file_permissions_mode" not in options
        prefixes[name] = options.get("location")
    assert prefixes == {"casework": None, "proposals": "proposals", "private_media": "site-images"}


def test_admin_sessions_end_ten_hours_after_sign_in_unless_set(load):
    assert load(SECRET_KEY="s")["ADMIN_SESSION_MAX_AGE"] == 10 * 60 * 60
    assert (
        load(SECRET_KEY="s", ADMIN_SESSION_MAX_AGE_HOURS="8")["ADMIN_SESSION_MAX_AGE"] == 8 * 3600
    )
    with pytest.raises(ImproperlyConfigured, match="ADMIN_SESSION_MAX_AGE_HOURS"):
        load(SECRET_KEY="s", ADMIN_SESSION_MAX_AGE_HOURS="0")


def test_sessions_end_after_an_idle_hour(load):
    settings = load(SECRET_KEY="s")
    assert settings["SESSION_COOKIE_AGE"] == 3600
    assert settings["SESSION_SAVE_EVERY_REQUEST"] is True


def production_environment(var_dir):
    """What a server's settings file holds (.env.example, filled in), and nothing of the tests'."""
    keep = {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "PYTHONPATH"}
    environment = {name: value for name, value in os.environ.items() if name in keep}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings",
        SECRET_KEY="a-production-like-secret-key-of-fifty-and-more-random-characters-Zq8",
        ALLOWED_HOSTS="tiwizi.belfaa.ma",
        CSRF_TRUSTED_ORIGINS="https://tiwizi.belfaa.ma",
        WAGTAILADMIN_BASE_URL="https://tiwizi.belfaa.ma",
        USE_X_FORWARDED_PROTO="true",
        REVERSE_PROXY_COUNT="1",
        CASEWORK_ENCRYPTION_KEYS="dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdC0=",
        CASEWORK_BLIND_INDEX_KEY="production-like-blind-index-key",
        VAR_DIR=str(var_dir),
    )
    return environment


def test_the_deploy_check_passes_with_no_warning_under_production_settings(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=SETTINGS.parents[1],
        env=production_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr + result.stdout


def test_hsts_covers_subdomains_and_allows_preloading_unless_turned_off(load):
    settings = load(SECRET_KEY="s")
    assert settings["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert settings["SECURE_HSTS_PRELOAD"] is True
    settings = load(
        SECRET_KEY="s", SECURE_HSTS_INCLUDE_SUBDOMAINS="false", SECURE_HSTS_PRELOAD="false"
    )
    assert settings["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False
    assert settings["SECURE_HSTS_PRELOAD"] is False


def test_the_wider_sign_in_limits_cannot_be_tighter_than_the_pair_limit(load):
    with pytest.raises(ImproperlyConfigured, match="LOGIN_ACCOUNT_FAILURE_LIMIT"):
        load(DEBUG="true", LOGIN_FAILURE_LIMIT="5", LOGIN_ACCOUNT_FAILURE_LIMIT="3")
    with pytest.raises(ImproperlyConfigured, match="LOGIN_KNOWN_DEVICE_DAYS"):
        load(DEBUG="true", LOGIN_KNOWN_DEVICE_DAYS="0")
    names = load(DEBUG="true")
    assert (names["LOGIN_ADDRESS_FAILURE_LIMIT"], names["LOGIN_ACCOUNT_FAILURE_LIMIT"]) == (20, 20)
