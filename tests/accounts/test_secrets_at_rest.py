"""The authenticator app's shared secret and the passkeys' keys are encrypted at rest with the
casework keys: the columns never hold them in clear, sign-in works as before (with passkeys in a
real browser: test_passkeys_browser.py), `rotate_casework_keys` re-encrypts them, and what
django-otp and django-otp-webauthn held in clear moves over when the database is migrated."""

import base64
import hashlib
import io

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from accounts.models import AppDevice, Passkey, PasskeyAttestation
from accounts.twofactor import current_code
from cms import crypto
from tests.factories import PASSWORD

HEX_SECRET = "3132333435363738393031323334353637383930"  # RFC 6238's test secret
KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()


PUBLIC_KEY = bytes(range(77))  # stands for a COSE public key
CREDENTIAL_ID = b"credential-id-from-the-authenticator"


def stored(table, column, pk):
    """The value in the database column, read with raw SQL."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote(column)} FROM {quote(table)} WHERE id = %s",  # noqa: S608 (names)
            [pk],
        )
        return cursor.fetchone()[0]


def stored_key(device):
    return stored("accounts_appdevice", "key", device.pk)


def make_passkey(user, **extra):
    return Passkey.objects.create(
        user=user,
        name="laptop",
        credential_id=CREDENTIAL_ID,
        credential_id_sha256=hashlib.sha256(CREDENTIAL_ID).hexdigest(),
        public_key=PUBLIC_KEY,
        aaguid="00000000-0000-0000-0000-000000000000",
        **extra,
    )


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


@pytest.mark.django_db
def test_a_passkey_is_stored_encrypted_and_found_by_its_id(cw_listening):
    passkey = make_passkey(cw_listening)
    attestation = PasskeyAttestation.objects.create(
        credential=passkey, fmt="none", data=b"attestation object", client_data_json=b"{}"
    )
    for column, value in (("public_key", PUBLIC_KEY), ("credential_id", CREDENTIAL_ID)):
        token = stored("accounts_passkey", column, passkey.pk)
        assert token.startswith("gAAAAA")
        assert base64.b64encode(value).decode() not in token
    assert stored("accounts_passkeyattestation", "data", attestation.pk).startswith("gAAAAA")
    found = Passkey.get_by_credential_id(CREDENTIAL_ID)
    assert (found.pk, found.public_key, found.credential_id) == (
        passkey.pk,
        PUBLIC_KEY,
        CREDENTIAL_ID,
    )
    assert found.attestation.data == b"attestation object"


@pytest.mark.django_db
def test_rotation_re_encrypts_the_passkeys(use_keys, cw_listening):
    use_keys(KEY_A)
    passkey = make_passkey(cw_listening)
    under_a = stored("accounts_passkey", "public_key", passkey.pk)
    use_keys(KEY_B, KEY_A)
    call_command("rotate_casework_keys", stdout=io.StringIO(), stderr=io.StringIO())
    assert stored("accounts_passkey", "public_key", passkey.pk) != under_a
    use_keys(KEY_B)
    assert Passkey.objects.get(pk=passkey.pk).public_key == PUBLIC_KEY


# --- The move from django-otp's table -------------------------------------------------------


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_devices_and_passkeys_held_in_clear_move_over_encrypted():
    old_apps = migrate(
        [
            ("accounts", None),
            ("otp_totp", "0003_add_timestamps"),
            ("django_otp_webauthn", "0004_webauthnuserhandle"),
        ]
    )
    User = old_apps.get_model("auth", "User")
    OldDevice = old_apps.get_model("otp_totp", "TOTPDevice")
    OldCredential = old_apps.get_model("django_otp_webauthn", "WebAuthnCredential")
    OldAttestation = old_apps.get_model("django_otp_webauthn", "WebAuthnAttestation")
    user = User.objects.create(username="cw-before")
    OldDevice.objects.create(
        user=user, name="phone", key=HEX_SECRET, confirmed=True, last_t=123, drift=1
    )
    old_passkey = OldCredential.objects.create(
        user=user,
        name="laptop",
        confirmed=True,
        credential_id=CREDENTIAL_ID,
        credential_id_sha256=hashlib.sha256(CREDENTIAL_ID).hexdigest(),
        public_key=PUBLIC_KEY,
        aaguid="00000000-0000-0000-0000-000000000000",
        sign_count=7,
    )
    OldAttestation.objects.create(
        credential=old_passkey, fmt="none", data=b"attestation", client_data_json=b"{}"
    )

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    device = AppDevice.objects.get(user__username="cw-before")
    assert (device.key, device.confirmed, device.last_t, device.drift) == (HEX_SECRET, True, 123, 1)
    assert HEX_SECRET not in stored_key(device)
    passkey = Passkey.get_by_credential_id(CREDENTIAL_ID)
    assert (passkey.user, passkey.public_key, passkey.sign_count) == (device.user, PUBLIC_KEY, 7)
    assert passkey.attestation.data == b"attestation"
    assert stored("accounts_passkey", "public_key", passkey.pk).startswith("gAAAAA")
    with connection.cursor() as cursor:
        for table in (
            "otp_totp_totpdevice",
            "django_otp_webauthn_webauthncredential",
            "django_otp_webauthn_webauthnattestation",
        ):
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (fixed names)
            assert cursor.fetchone()[0] == 0, table
