"""The second sign-in step's devices, with their secrets encrypted at rest: the authenticator
app (AppDevice) and passkeys (Passkey, PasskeyAttestation).

django-otp's own TOTPDevice keeps the shared secret in clear in a varchar(80) column that this
project cannot change; anyone who reads the database (or a backup) could then compute every code.
AppDevice is the same device (the same fields, the same checks: one use per code, growing waits
after wrong codes) with the secret in an EncryptedTextField, under the casework keys, so
`rotate_casework_keys` re-encrypts it with everything else.
"""

import time
from base64 import b32encode
from binascii import unhexlify
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, ThrottlingMixin, TimestampMixin
from django_otp.oath import TOTP
from django_otp.util import hex_validator, random_hex
from django_otp_webauthn.models import AbstractWebAuthnAttestation, AbstractWebAuthnCredential

from cms.crypto import EncryptedBytesField, EncryptedTextField


def default_key():
    return random_hex(20)


def key_validator(value):
    return hex_validator()(value)


class AppDevice(TimestampMixin, ThrottlingMixin, Device):
    """A user's authenticator app (TOTP, RFC 6238). Created unconfirmed at enrolment, confirmed
    with a first code; listed on her "Two-step verification" page."""

    key = EncryptedTextField(
        validators=[key_validator],
        default=default_key,
        help_text="The hex-encoded shared secret (20 bytes), encrypted.",
    )
    step = models.PositiveSmallIntegerField(default=30)
    t0 = models.BigIntegerField(default=0)
    digits = models.PositiveSmallIntegerField(choices=[(6, 6), (8, 8)], default=6)
    tolerance = models.PositiveSmallIntegerField(default=1)
    drift = models.SmallIntegerField(default=0)
    # The time step of the last accepted code: a code is accepted once.
    last_t = models.BigIntegerField(default=-1)

    class Meta(Device.Meta):
        verbose_name = _("authenticator app")

    @property
    def bin_key(self):
        return unhexlify(self.key.encode())

    def verify_token(self, token):
        """django-otp's TOTP check: within `tolerance` steps, after the last code accepted;
        each failure doubles the wait before the next check."""
        if not self.verify_is_allowed()[0]:
            return False
        try:
            token = int(token)
        except (TypeError, ValueError):
            verified = False
        else:
            totp = TOTP(self.bin_key, self.step, self.t0, self.digits, self.drift)
            totp.time = time.time()
            verified = totp.verify(token, self.tolerance, self.last_t + 1)
            if verified:
                self.last_t = totp.t()
                if getattr(settings, "OTP_TOTP_SYNC", True):
                    self.drift = totp.drift
                self.throttle_reset(commit=False)
                self.set_last_used_timestamp(commit=False)
                self.save()
        if not verified:
            self.throttle_increment(commit=True)
        return verified

    def get_throttle_factor(self):
        return getattr(settings, "OTP_TOTP_THROTTLE_FACTOR", 1)

    @property
    def config_url(self):
        """The otpauth:// address an authenticator app reads from the enrolment QR code."""
        issuer = str(settings.OTP_TOTP_ISSUER).replace(":", "")
        label = f"{issuer}:{self.user.get_username()}"
        params = urlencode(
            {
                "secret": b32encode(self.bin_key),
                "algorithm": "SHA1",
                "digits": self.digits,
                "period": self.step,
            }
        )
        return f"otpauth://totp/{quote(label)}?{params}&issuer={quote(issuer)}"


class Passkey(AbstractWebAuthnCredential):
    """A passkey (django-otp-webauthn's credential, OTP_WEBAUTHN_CREDENTIAL_MODEL) whose public
    key and credential id are encrypted at rest. A public key is no secret, but Fernet tokens are
    authenticated: someone who can write to the database cannot put in a key of his own and sign
    in with it without the casework keys. Found by the hash of its id, as in the library."""

    credential_id = EncryptedBytesField(editable=False)
    public_key = EncryptedBytesField(editable=False)

    class Meta(AbstractWebAuthnCredential.Meta):
        verbose_name = _("passkey")
        verbose_name_plural = _("passkeys")


class PasskeyAttestation(AbstractWebAuthnAttestation):
    """What the authenticator said about itself when the passkey was added, encrypted."""

    credential = models.OneToOneField(
        Passkey, on_delete=models.CASCADE, related_name="attestation", editable=False
    )
    data = EncryptedBytesField(editable=False)
    client_data_json = EncryptedBytesField(editable=False)
