"""Test configuration: the production settings with the speed-ups tests need.

The environment still decides the database, so the same suite runs on SQLite and on PostgreSQL
(DATABASE_URL, set by scripts/with-postgres).
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SESSION_COOKIE_SECURE", "false")
os.environ.setdefault("CSRF_COOKIE_SECURE", "false")
# Fixed test keys (never used anywhere else).
os.environ.setdefault("CASEWORK_ENCRYPTION_KEYS", "dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdC0=")
os.environ.setdefault("CASEWORK_BLIND_INDEX_KEY", "test-blind-index-key")
os.environ.setdefault("VAR_DIR", os.path.join(os.path.dirname(__file__), "..", "var", "test"))

from cms.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The limits stay in the database, as on a server without Redis: the test database is made by
# `migrate`, and Django's test runner also runs `createcachetable`.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "limits": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "tiwizi_limits",
    },
}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
