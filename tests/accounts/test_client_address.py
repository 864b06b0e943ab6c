"""One reading of the client's address, behind the reverse proxy: the audit trail, the lockout and
the public form's rate limit all see the address nginx saw, never one the client typed into
X-Forwarded-For."""

import pytest
from axes.models import AccessAttempt

from audit.models import AuditAction, AuditEntry

pytestmark = pytest.mark.django_db

# nginx appends the address it saw to whatever the client sent.
BEHIND_NGINX = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "10.9.9.9, 203.0.113.5"}


@pytest.fixture
def one_proxy(settings):
    settings.REVERSE_PROXY_COUNT = 1


def test_a_failed_login_behind_the_proxy_records_the_address_nginx_saw(client, one_proxy):
    client.post("/admin/login/", {"username": "editor", "password": "wrong"}, **BEHIND_NGINX)
    entry = AuditEntry.objects.filter(action=AuditAction.LOGIN_FAILED).latest("pk")
    assert entry.ip_address == "203.0.113.5"
    assert AccessAttempt.objects.get().ip_address == "203.0.113.5"


def test_without_a_proxy_the_connection_address_counts_and_the_header_is_ignored(client):
    client.post("/admin/login/", {"username": "editor", "password": "wrong"}, **BEHIND_NGINX)
    entry = AuditEntry.objects.filter(action=AuditAction.LOGIN_FAILED).latest("pk")
    assert entry.ip_address == "127.0.0.1"
