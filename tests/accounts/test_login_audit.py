"""Every login, failed login and logout writes an audit entry, with the client's address; a
failed one names the username tried, never the password."""

import pytest
from axes.models import AccessAttempt
from django.forms.models import model_to_dict

from accounts.models import AppDevice
from accounts.twofactor import current_code
from audit.models import AuditAction, AuditEntry
from audit.trail import verify_chain
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ADDRESS = {"REMOTE_ADDR": "198.51.100.7"}
TYPED_PASSWORD = "Zebra-typo-4417!"


def last(action):
    return AuditEntry.objects.filter(action=action).latest("pk")


def as_text(instance):
    return repr(model_to_dict(instance))


def test_a_login_through_the_admin_is_audited_with_the_address(client, editor):
    client.post(LOGIN, {"username": "editor", "password": PASSWORD}, **ADDRESS)
    entry = last(AuditAction.LOGIN)
    assert entry.actor == editor
    assert entry.actor_username == "editor"
    assert entry.ip_address == "198.51.100.7"


def test_a_failed_login_names_the_username_tried_and_never_the_password(client, editor):
    client.post(LOGIN, {"username": "editor", "password": TYPED_PASSWORD}, **ADDRESS)
    entry = last(AuditAction.LOGIN_FAILED)
    assert entry.actor is None
    assert entry.actor_username == "editor"
    assert entry.ip_address == "198.51.100.7"
    assert TYPED_PASSWORD not in as_text(entry)
    assert all(TYPED_PASSWORD not in as_text(row) for row in AccessAttempt.objects.all())


def test_a_failed_login_with_an_unknown_username_is_audited_too(client):
    client.post(LOGIN, {"username": "no-such-person", "password": TYPED_PASSWORD}, **ADDRESS)
    entry = last(AuditAction.LOGIN_FAILED)
    assert entry.actor_username == "no-such-person"
    assert TYPED_PASSWORD not in as_text(entry)


def test_a_failed_login_from_a_signed_in_browser_names_the_username_tried(client, editor):
    client.force_login(editor)
    client.post(LOGIN, {"username": "comms-lead", "password": TYPED_PASSWORD}, **ADDRESS)
    entry = last(AuditAction.LOGIN_FAILED)
    assert entry.actor is None
    assert entry.actor_username == "comms-lead"


def test_attempts_on_a_locked_username_are_audited_as_locked(client, editor):
    for _ in range(4):
        client.post(LOGIN, {"username": "editor", "password": TYPED_PASSWORD}, **ADDRESS)
    assert "locked_out" not in last(AuditAction.LOGIN_FAILED).details
    client.post(LOGIN, {"username": "editor", "password": TYPED_PASSWORD}, **ADDRESS)
    assert last(AuditAction.LOGIN_FAILED).details["locked_out"] is True
    client.post(LOGIN, {"username": "editor", "password": PASSWORD}, **ADDRESS)
    entry = last(AuditAction.LOGIN_FAILED)
    assert entry.details["locked_out"] is True
    assert not AuditEntry.objects.filter(action=AuditAction.LOGIN).exists()


def test_a_logout_is_audited_with_the_address(client, editor):
    client.force_login(editor)
    client.post("/admin/logout/", **ADDRESS)
    entry = last(AuditAction.LOGOUT)
    assert entry.actor == editor
    assert entry.ip_address == "198.51.100.7"


def test_the_second_step_is_audited_whether_it_fails_or_succeeds(client, cw_listening):
    device = AppDevice.objects.create(user=cw_listening, name="phone")
    client.force_login(cw_listening)
    code = current_code(device)
    wrong = "000000" if code != "000000" else "111111"
    client.post("/admin/two-factor/verify/", {"otp_token": wrong}, **ADDRESS)
    failed = last(AuditAction.LOGIN_FAILED)
    assert failed.actor == cw_listening
    assert failed.details == {"step": "second_factor"}
    assert wrong not in as_text(failed).replace(failed.hash, "").replace(failed.previous_hash, "")

    AppDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    client.post("/admin/two-factor/verify/", {"otp_token": code}, **ADDRESS)
    entry = last(AuditAction.LOGIN)
    assert entry.actor == cw_listening
    assert entry.details == {"step": "second_factor"}
    assert entry.ip_address == "198.51.100.7"


def test_enrolment_of_a_device_is_audited(client, cw_listening):
    client.force_login(cw_listening)
    client.get("/admin/two-factor/setup/")
    device = AppDevice.objects.get(user=cw_listening)
    client.post("/admin/two-factor/setup/", {"otp_token": current_code(device)}, **ADDRESS)
    entry = last(AuditAction.LOGIN)
    assert entry.actor == cw_listening
    assert entry.details == {"step": "enrolment"}


def test_login_entries_keep_the_audit_chain_whole(client, editor):
    client.post(LOGIN, {"username": "editor", "password": TYPED_PASSWORD}, **ADDRESS)
    client.post(LOGIN, {"username": "editor", "password": PASSWORD}, **ADDRESS)
    client.post("/admin/logout/", **ADDRESS)
    assert AuditEntry.objects.count() == 3
    assert verify_chain().ok
