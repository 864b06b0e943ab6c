"""The thank-you page shows the tracking code once: a reload, or the back button on a shared
phone, shows the page without it."""

import pytest

from proposals.models import Proposal
from tests.proposals.test_public_form import form_data

pytestmark = pytest.mark.django_db


def test_the_code_is_shown_once_and_a_reload_shows_the_page_without_it(client):
    response = client.post("/fr/propositions/", form_data())
    code = Proposal.objects.get().display_code

    first = client.get(response["Location"])
    assert first.status_code == 200
    assert code in first.content.decode()
    assert "no-store" in first["Cache-Control"]

    again = client.get(response["Location"])
    html = again.content.decode()
    assert again.status_code == 200
    assert code not in html and Proposal.objects.get().tracking_code not in html
    assert "votre proposition est bien reçue" in html
    assert 'class="code-shown-once"' in html
    assert "no-store" in again["Cache-Control"]


def test_a_head_request_does_not_use_up_the_showing(client):
    response = client.post("/fr/propositions/", form_data())
    client.head(response["Location"])

    assert Proposal.objects.get().display_code in client.get(response["Location"]).content.decode()


def test_without_a_submission_the_thank_you_page_sends_to_the_form(client):
    response = client.get("/fr/propositions/merci/")

    assert response.status_code == 302
    assert response["Location"] == "/fr/propositions/"
