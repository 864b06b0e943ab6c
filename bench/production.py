"""A production-mode Django for the benchmarks: DEBUG off, hashed static files, generated secrets
and keys, a throw-away VAR_DIR; plain HTTP on the test client. The database is DATABASE_URL if set,
else a SQLite file in VAR_DIR."""

import os
import secrets


def setup_django(var_dir, allowed_hosts="testserver"):
    """Configure, set up Django, migrate and collect static files."""
    from cryptography.fernet import Fernet

    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "CASEWORK_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "CASEWORK_BLIND_INDEX_KEY": secrets.token_urlsafe(32),
            "ALLOWED_HOSTS": allowed_hosts,
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "VAR_DIR": var_dir,
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "LOG_LEVEL": "WARNING",
        }
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)


def verified_client(user):
    """A test client logged in with a verified second factor, as tests/conftest.py's
    `login` fixture does, so the two-factor middleware lets it through."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY

    from accounts.models import AppDevice

    device, _created = AppDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
