"""Hostile input to the public forms: the youth proposal form, its status lookup, the site search
and the admin's sign-in form (public: anyone reaches it).

Covered: POST /<lang>/propositions/ (ProposalForm, with files), POST /<lang>/propositions/suivi/
(StatusLookupForm), GET /<lang>/search/ (q, page), POST /admin/login/.
Left out: the site has no Wagtail form pages (no AbstractForm model); the two-step verification
forms (accounts/twofactor.py, passkeys) take a six-digit code or a WebAuthn response from a user
already past the password, covered by tests/accounts/.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from proposals.forms import ATTACHMENT_MAX_BYTES
from proposals.models import Proposal
from tests.security import strategies as hostile
from tests.security.checks import (
    assert_answered,
    assert_no_markup,
    assert_unchanged,
    formula_cells,
    rolled_back,
    streamed,
    table_rows,
)

pytestmark = pytest.mark.django_db

FAST = settings(
    max_examples=20,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

VALID = {
    "group_name": "Shabab Belfaa",
    "female_18_24": "4",
    "male_18_24": "3",
    "contact_name": "Youssra Synthétique",
    "contact_phone": "",
    "contact_email": "shabab@example.test",
    "guardian_consent_name": "",
    "guardian_consent_method": "",
    "title": "Un terrain de sport pour le douar",
    "summary": "Aménager un terrain de sport.",
    "description": "Nettoyer, niveler, poser deux buts.",
    "theme": "sport",
    "target_publics": "Les jeunes du douar",
    "estimated_budget": "15000",
    "needs": "Un camion pour une journée",
    "website": "",
}
for _name in ("under_15", "15_17", "25_35"):
    VALID.setdefault(f"female_{_name}", "0")
    VALID.setdefault(f"male_{_name}", "0")

TEXT_FIELDS = [
    "group_name",
    "contact_name",
    "contact_phone",
    "contact_email",
    "guardian_consent_name",
    "title",
    "summary",
    "description",
    "target_publics",
    "needs",
]
OTHER_FIELDS = {
    "theme": hostile.hostile_choice(["sport", "culture", "environment"]),
    "guardian_consent_method": hostile.hostile_choice(["", "written", "oral"]),
    "estimated_budget": hostile.hostile_choice(["15000", "-5", "1e309", "NaN", "15 000,50"]),
    "female_18_24": hostile.hostile_choice(["0", "4", "-3", "10000000000000000000"]),
}


REFUSED = hostile.refused_files(ATTACHMENT_MAX_BYTES)


def proposal_posts():
    fields = {
        name: hostile.maybe_hostile(VALID[name], hostile.hostile_text()) for name in TEXT_FIELDS
    }
    fields.update({name: hostile.maybe_hostile(VALID[name], s) for name, s in OTHER_FIELDS.items()})
    return st.fixed_dictionaries(
        fields,
        optional={"attachment_1": hostile.hostile_file(), "attachment_2": hostile.hostile_file()},
    )


def with_files(data):
    data = {**VALID, **data}
    for name in ("attachment_1", "attachment_2"):
        if name in data:
            file_name, content = data[name]
            data[name] = SimpleUploadedFile(file_name, content, "application/octet-stream")
    return data


@pytest.fixture
def officer_client(youth_officer):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(youth_officer)
    return client


def named(**data):
    return {**VALID, **data}


@FAST
@given(post=proposal_posts())
@example(
    post=named(group_name=hostile.SCRIPT, title=hostile.IMG_ONERROR, summary=hostile.A_JS_LINK)
)
@example(post=named(group_name=hostile.FORMULA_PAYLOADS[0], title="@SUM(1+1)", needs="-2+3"))
@example(post=named(title="+1+1", description=hostile.SVG_ONLOAD))
@example(post=named(group_name="abc\x00def"))
@example(post=named(title="\u202eevil\u2066x\u2069", contact_name="Hafsa حفصة ⵃⴰⴼⵚⴰ"))
@example(post=named(description="A" * 10_000, summary="ⵣ" * 10_000))
@example(post=named(title="' OR 1=1--", needs="'; DROP TABLE casework_case;--"))
@example(post=named(contact_email="a@b.test\r\nBcc: victim@example.test"))
@example(post=named(estimated_budget="1e309", female_18_24="-3"))
@example(post=named(attachment_1=hostile.REFUSED_FILES["exe_renamed_pdf"]))
@example(post=named(attachment_1=hostile.REFUSED_FILES["polyglot_pdf_html"]))
@example(post=named(attachment_1=hostile.REFUSED_FILES["svg_with_script"]))
@example(post=named(attachment_1=hostile.REFUSED_FILES["svg_renamed_png"]))
@example(post=named(attachment_1=hostile.REFUSED_FILES["html_renamed_pdf"]))
@example(post=named(attachment_1=hostile.REFUSED_FILES["zero_bytes"]))
@example(post=named(attachment_1=hostile.REFUSED_FILES["bidi_disguised_exe"]))
@example(post=named(attachment_1=hostile.oversized(ATTACHMENT_MAX_BYTES)))
@example(post=named(attachment_1=(hostile.SCRIPT + ".pdf", hostile.PDF)))
def test_the_public_proposal_form_survives_hostile_input(
    client, officer_client, django_capture_on_commit_callbacks, post
):
    with rolled_back():
        before = table_rows("proposals", "audit")
        # The confirmation e-mail is sent on commit: run it, with what was typed.
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/fr/propositions/", with_files(post))
        assert_no_markup(response)
        if response.status_code != 302:
            assert_unchanged(before, table_rows("proposals", "audit"))
            if post.get("attachment_1") in REFUSED.values():
                assert "attachment_1" in response.context["form"].errors
            return
        # Accepted: exactly one proposal, and every page that shows it shows it as text.
        proposal = Proposal.objects.get()
        for name, upload in post.items():
            if name.startswith("attachment"):
                assert upload not in REFUSED.values(), f"{name} accepted"
        assert_no_markup(client.get("/fr/propositions/merci/"))
        lookup = client.post("/fr/propositions/suivi/", {"code": proposal.display_code})
        assert lookup.status_code == 200
        assert_no_markup(lookup)
        assert_no_markup(officer_client.get(f"/admin/proposals/inspect/{proposal.pk}/"))
        assert_no_markup(officer_client.get(f"/admin/proposals/edit/{proposal.pk}/"))
        assert_no_markup(officer_client.get("/admin/proposals/"))
        export = officer_client.get("/admin/proposals/?export=csv")
        assert export.status_code == 200
        assert formula_cells(streamed(export)) == []


def test_a_refused_polyglot_says_why(client):
    """The reason is shown to the group, and nothing is stored."""
    response = client.post(
        "/en/propositions/",
        with_files({"attachment_1": hostile.REFUSED_FILES["polyglot_pdf_html"]}),
    )
    assert response.status_code == 400
    assert "web page" in str(response.context["form"].errors["attachment_1"])
    assert not Proposal.objects.exists()


@FAST
@given(code=hostile.hostile_text(max_size=80))
@example(code="abc\x00def")
@example(code="A" * 10_000)
@example(code="' OR 1=1--")
@example(code=hostile.SCRIPT)
@example(code="\u202eKHGFE-DCBA")
def test_the_status_lookup_survives_hostile_codes(client, code):
    with rolled_back():
        before = table_rows("proposals")
        response = client.post("/fr/propositions/suivi/", {"code": code})
        assert response.status_code in {400, 404, 429}
        assert_no_markup(response)
        assert_unchanged(before, table_rows("proposals"))


@FAST
@given(query=hostile.hostile_text(max_size=300), page=hostile.hostile_choice(["1", "2"]))
@example(query="abc\x00def", page="1")
@example(query=hostile.SCRIPT, page=hostile.SCRIPT)
@example(query='"unbalanced AND OR NOT (*', page="-1")
@example(query="ح" * 10_000, page="99999999999999999999")
def test_the_site_search_survives_hostile_queries(client, public_site, query, page):
    with rolled_back():
        response = client.get("/fr/search/", {"q": query, "page": page})
        # 400: a NUL in a URL is refused before any view.
        assert response.status_code in {200, 400}
        assert_no_markup(response)


@FAST
@given(username=hostile.hostile_text(max_size=200), password=hostile.hostile_text(max_size=200))
@example(username="editor\x00", password="x")
@example(username="' OR 1=1--", password="' OR 1=1--")
@example(username=hostile.SCRIPT, password="x")
@example(username="A" * 10_000, password="B" * 10_000)
def test_the_sign_in_form_survives_hostile_credentials(client, editor, username, password):
    with rolled_back():
        response = client.post("/admin/login/", {"username": username, "password": password})
        assert_answered(response)
        assert response.status_code != 302 or "/login/" in response["Location"]
        assert_no_markup(response)
        assert "_auth_user_id" not in client.session
