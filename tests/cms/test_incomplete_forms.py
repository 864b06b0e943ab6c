"""A form posted without a field its view reads is a 400, not a 500; Wagtail's external-link
chooser answers a post without its URL with the form's error; /admin/failwhale/ (Wagtail's
deliberate error) is not served. Found by the URL-by-persona walk (tests/security/)."""

import logging

import pytest
from django.http import HttpResponse
from django.urls import path
from wagtail.models import Page

import cms.urls


@pytest.fixture
def editor_client(login, comms_lead, public_site):
    from wagtail.users.models import UserProfile

    client = login(comms_lead)
    client.raise_request_exception = False
    profile = UserProfile.get_for_user(comms_lead)
    profile.preferred_language = "fr"
    profile.save()
    return client


def test_a_page_posted_without_its_streamfield_count_is_a_400(editor_client, public_site):
    page = Page.objects.get(pk=public_site.root_page_id)

    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Accueil"})

    assert response.status_code == 400
    assert "Le formulaire envoyé était incomplet" in response.content.decode()
    page.refresh_from_db()
    assert page.title != "Accueil"


def test_a_page_copy_posted_without_its_destination_is_a_400(editor_client, public_site):
    response = editor_client.post(f"/admin/pages/{public_site.root_page_id}/copy/", {})

    assert response.status_code == 400


def test_a_get_is_never_turned_into_a_400(editor_client, public_site):
    assert editor_client.get(f"/admin/pages/{public_site.root_page_id}/edit/").status_code == 200


def test_the_external_link_chooser_answers_a_post_without_its_url_with_the_forms_error(
    editor_client,
):
    response = editor_client.post("/admin/choose-external-link/", {})

    assert response.status_code == 200
    assert "url" in response.json()["html"]


def test_the_external_link_chooser_still_needs_a_signed_in_editor(client):
    response = client.post("/admin/choose-external-link/", {})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_wagtails_deliberate_error_page_is_not_served(editor_client):
    assert editor_client.get("/admin/failwhale/").status_code == 404


def _record_consent(request):
    """A view that reads a field whose name comes from what was typed: the KeyError's message
    then carries the typed value."""
    person = request.POST["person"]
    return HttpResponse(request.POST[f"consent-{person}"])


# The site's own addresses stay: the middlewares reverse some of them.
urlpatterns = [path("record-consent/", _record_consent), *cms.urls.urlpatterns]


@pytest.mark.urls(__name__)
def test_the_log_of_an_incomplete_form_names_the_fault_but_no_typed_value(client, caplog):
    secret = "CIN-AB123456-ZAHRA"

    with caplog.at_level(logging.WARNING, logger="cms.security"):
        response = client.post("/record-consent/", {"person": secret})

    assert response.status_code == 400
    (record,) = [r for r in caplog.records if r.name == "cms.security"]
    logged = " ".join(
        [
            record.getMessage(),
            repr(record.args),
            repr(record.exc_info),
            str(record.exc_text),
            logging.Formatter().format(record),
        ]
    )
    assert secret not in logged
    assert "MultiValueDictKeyError" in record.getMessage()
    assert "test_incomplete_forms.py" in record.getMessage()
    assert "_record_consent" in record.getMessage()
    assert record.exc_info is None
