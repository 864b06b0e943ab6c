"""The demo's second step: `load_demo_data --demo-totp-secret` gives every persona a confirmed
device with one shared secret, and `demo_totp_code` prints the code such a device accepts now, for
testers without a phone; neither works with DEBUG off, and no real device's code is ever printed."""

import io
import re

import pytest
from django.core.management import CommandError, call_command

from accounts.models import AppDevice
from accounts.twofactor import DEMO_DEVICE_NAME, hex_key_from_base32
from demo.personas import PERSONAS

pytestmark = pytest.mark.django_db

VERIFY = "/admin/two-factor/verify/"
DEMO_SECRET = "JBSWY3DPEHPK3PXP"


def call_command_output(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue().strip()


def test_the_demo_totp_secret_gives_every_persona_one_confirmed_device(
    load_demo_data, settings, client
):
    settings.DEBUG = True
    load_demo_data(
        "--only", "personas", "--demo-password", "pw-for-tests", "--demo-totp-secret", DEMO_SECRET
    )
    load_demo_data(
        "--only", "personas", "--demo-password", "pw-for-tests", "--demo-totp-secret", DEMO_SECRET
    )
    devices = AppDevice.objects.filter(name=DEMO_DEVICE_NAME, confirmed=True)
    assert sorted(devices.values_list("user__username", flat=True)) == sorted(
        persona.username for persona in PERSONAS
    )
    assert {device.key for device in devices} == {hex_key_from_base32(DEMO_SECRET)}

    client.post("/admin/login/", {"username": "cw-listening", "password": "pw-for-tests"})
    code = call_command_output("demo_totp_code", "cw-listening")
    assert client.post(VERIFY, {"otp_token": code})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_demo_totp_secret_is_refused_with_debug_off(load_demo_data, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        load_demo_data("--only", "personas", "--demo-totp-secret", DEMO_SECRET)
    assert not AppDevice.objects.exists()


def test_a_secret_that_is_not_base32_is_refused(load_demo_data, settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="not usable"):
        load_demo_data("--demo-totp-secret", "not-base-32!")


def test_demo_totp_code_prints_the_code_a_demo_device_accepts_now(settings, cw_listening):
    settings.DEBUG = True
    device = AppDevice.objects.create(
        user=cw_listening, name=DEMO_DEVICE_NAME, key=hex_key_from_base32(DEMO_SECRET)
    )
    code = call_command_output("demo_totp_code", "cw-listening")
    assert re.fullmatch(r"\d{6}", code)
    assert device.verify_token(code)


def test_demo_totp_code_never_prints_the_code_of_a_real_device(settings, cw_listening):
    settings.DEBUG = True
    AppDevice.objects.create(user=cw_listening, name="phone", confirmed=True)
    with pytest.raises(CommandError, match="no demo TOTP device"):
        call_command_output("demo_totp_code", "cw-listening")


def test_demo_totp_code_is_refused_with_debug_off(settings, cw_listening):
    settings.DEBUG = False
    AppDevice.objects.create(user=cw_listening, name=DEMO_DEVICE_NAME)
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command_output("demo_totp_code", "cw-listening")
