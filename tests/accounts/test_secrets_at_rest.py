"""The authenticator app's shared secret is encrypted at rest with the casework keys: the column
never holds it in clear, sign-in with a code works as before, `rotate_casework_keys` re-encrypts
it, and the devices django-otp held in clear move over when the database is migrated."""

import io

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from accounts.models import AppDevice
from accounts.twofactor import current_code
from cms import crypto
from tests.factories import PASSWORD

HEX_SECRET = "3132333435363738393031323334353637383930"  # RFC 6238's test secret
KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()


def stored_key(device):
    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM accounts_appdevice WHERE id = %s", [device.pk])
        return cursor.fetchone()[0]


@pytest.fixture
def use_keys(settings):
    def switch(*keys_newest_first):
        settings.CASEWORK_ENCRYPTION_KEYS = list(keys_newest_first)
        crypto.reset_keys()

    yield switch
    crypto.reset_keys()


@pytest.mark.django_db
def test_the_column_holds_a_token_never_the_secret(cw_listening):
    device = AppDevice.objects.create(user=cw_listening, name="phone", key=HEX_SECRET)
    stored = stored_key(device)
    assert HEX_SECRET not in stored
    assert stored.startswith("gAAAAA")
    assert crypto.decrypt_str(stored) == HEX_SECRET
    assert AppDevice.objects.get(pk=device.pk).key == HEX_SECRET


@pytest.mark.django_db
def test_a_new_device_gets_a_random_secret_stored_encrypted(cw_listening):
    one = AppDevice.objects.create(user=cw_listening, name="one")
    two = AppDevice.objects.create(user=cw_listening, name="two")
    assert len(one.key) == 40 and one.key != two.key
    assert one.key not in stored_key(one)


@pytest.mark.django_db
def test_sign_in_with_the_code_of_an_encrypted_secret(client, cw_listening):
    device = AppDevice.objects.create(user=cw_listening, name="phone", key=HEX_SECRET)
    client.post("/admin/login/", {"username": "cw-listening", "password": PASSWORD})
    response = client.post("/admin/two-factor/verify/", {"otp_token": current_code(device)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_rotation_re_encrypts_the_secret_under_the_new_key(use_keys, client, cw_listening):
    use_keys(KEY_A)
    device = AppDevice.objects.create(user=cw_listening, name="phone", key=HEX_SECRET)
    under_a = stored_key(device)
    use_keys(KEY_B, KEY_A)
    out = io.StringIO()
    call_command("rotate_casework_keys", stdout=out, stderr=out)
    under_b = stored_key(device)
    assert under_b != under_a
    use_keys(KEY_B)  # the old key is gone
    assert crypto.decrypt_str(under_b) == HEX_SECRET
    device = AppDevice.objects.get(pk=device.pk)
    client.post("/admin/login/", {"username": "cw-listening", "password": PASSWORD})
    response = client.post("/admin/two-factor/verify/", {"otp_token": current_code(device)})
    assert response["Location"] == "/admin/"


# --- The move from django-otp's table -------------------------------------------------------


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_devices_held_in_clear_by_django_otp_move_over_encrypted():
    old_apps = migrate([("accounts", None), ("otp_totp", "0003_add_timestamps")])
    User = old_apps.get_model("auth", "User")
    OldDevice = old_apps.get_model("otp_totp", "TOTPDevice")
    user = User.objects.create(username="cw-before")
    OldDevice.objects.create(
        user=user, name="phone", key=HEX_SECRET, confirmed=True, last_t=123, drift=1
    )

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    device = AppDevice.objects.get(user__username="cw-before")
    assert (device.key, device.confirmed, device.last_t, device.drift) == (HEX_SECRET, True, 123, 1)
    assert HEX_SECRET not in stored_key(device)
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM otp_totp_totpdevice")
        assert cursor.fetchone()[0] == 0
