"""Hostile text that the public can put in the audit trail (a user name typed at a failed sign-in)
read by the data protection officer: the trail's listing, its filters (GET) and its CSV export.

Covered: audit/viewsets.py's listing, filters and export. Left out: the trail has no form that
writes; its verification command is tested in tests/audit/.
"""

import pytest
from django.test import Client
from hypothesis import example, given
from hypothesis import strategies as st

from tests.security import strategies as hostile
from tests.security.checks import assert_answered, assert_no_markup, formula_cells, streamed
from tests.security.forms import FAST

pytestmark = pytest.mark.django_db

TRAIL = "/admin/audit-trail/"
TYPED_AT_SIGN_IN = [
    hostile.SCRIPT,
    hostile.IMG_ONERROR,
    hostile.ATTRIBUTE_BREAK,
    *hostile.FORMULA_PAYLOADS,
    "' OR 1=1--",
    "\u202eevil\u2066x\u2069",
    "Hafsa حفصة ⵃⴰⴼⵚⴰ",
    "A" * 150,
]


@pytest.fixture
def dpo_client(login, dpo):
    anonymous = Client(HTTP_ACCEPT_LANGUAGE="en")
    for username in TYPED_AT_SIGN_IN:
        anonymous.post("/admin/login/", {"username": username, "password": "wrong"})
    return login(dpo)


def test_user_names_typed_at_sign_in_are_text_in_the_trail_and_its_export(dpo_client):
    page = dpo_client.get(TRAIL)
    assert page.status_code == 200
    assert hostile.MARKER in page.content.decode()  # the entries are there, as text
    assert_no_markup(page)
    export = dpo_client.get(f"{TRAIL}?export=csv")
    assert export.status_code == 200
    content = streamed(export).decode("utf-8-sig")
    assert "HYPERLINK" in content
    assert formula_cells(content) == []


FILTERS = ["actor_username", "record", "object_type", "action", "at_after", "at_before", "flagged"]


@FAST
@given(
    name=st.sampled_from(FILTERS + ["p", "ordering", "q"]),
    value=st.one_of(
        hostile.hostile_text(max_size=100), hostile.hostile_date(), hostile.hostile_choice()
    ),
)
@example(name="actor_username", value=hostile.SCRIPT)
@example(name="record", value="' OR 1=1--")
@example(name="at_after", value="2026-02-30")
@example(name="at_before", value="2026-01-01;DROP TABLE audit_auditentry;--")
@example(name="action", value="A" * 10_000)
@example(name="flagged", value="\u202e")
def test_the_trail_filters_survive_hostile_values(dpo_client, name, value):
    response = dpo_client.get(TRAIL, {name: value})
    assert_answered(response)
    assert_no_markup(response)
