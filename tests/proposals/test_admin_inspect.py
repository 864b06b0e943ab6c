"""What an officer reads on a proposal's and a forum's admin page: words, never Python's
True, False or None."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from proposals.models import Proposal
from tests.proposals.factories import ForumFactory, ProposalFactory

pytestmark = pytest.mark.django_db

PYTHON_VALUES = {"True", "False", "None", ""}


def inspect_fields(response):
    """The page's fields as label → value, as read on screen."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    fields = soup.find("main").find("dl")
    return {
        dt.get_text(strip=True): " ".join(dt.find_next_sibling("dd").get_text(" ").split())
        for dt in fields.find_all("dt")
    }


def test_an_online_proposal_reads_no_nobody_not_erased_and_no_project_page(officer_client):
    proposal = ProposalFactory(guardian_consent_name="", guardian_consent_method="")
    fields = inspect_fields(officer_client.get(f"/admin/proposals/inspect/{proposal.pk}/"))
    assert fields["Submitted on paper"] == "No"
    assert fields["Entered by"] == "—"
    assert fields["Contact data erased"] == "Not erased"
    assert fields["Project page"] == "—"
    assert fields["How consent was given"] == "—"
    assert not PYTHON_VALUES & set(fields.values()), fields


def test_a_paper_proposal_reads_yes_and_the_name_of_the_officer_who_entered_it(
    officer_client, officer
):
    proposal = ProposalFactory(submitted_on_paper=True, entered_by=officer)
    fields = inspect_fields(officer_client.get(f"/admin/proposals/inspect/{proposal.pk}/"))
    assert fields["Submitted on paper"] == "Yes"
    assert fields["Entered by"] == officer.get_full_name()


def test_an_erased_proposal_reads_the_date_of_the_erasure(officer_client, officer):
    proposal = ProposalFactory()
    proposal.erase_contact(by=officer)
    fields = inspect_fields(officer_client.get(f"/admin/proposals/inspect/{proposal.pk}/"))
    erased = timezone.localtime(proposal.contact_erased_at)
    assert date_format(erased, "DATE_FORMAT") in fields["Contact data erased"]
    assert fields["Contact e-mail"] == "—"


def test_in_the_french_admin_the_values_are_french(officer_speaking):
    proposal = ProposalFactory(submitted_on_paper=True)
    client = officer_speaking("fr")
    fields = inspect_fields(client.get(f"/admin/proposals/inspect/{proposal.pk}/"))
    assert fields["Déposée sur papier"] == "Oui"
    assert not PYTHON_VALUES & set(fields.values()), fields


def test_an_open_forum_reads_dashes_for_what_it_does_not_have_yet(officer_client):
    forum = ForumFactory(place="")
    fields = inspect_fields(officer_client.get(f"/admin/youth-forums/inspect/{forum.pk}/"))
    assert fields["Closed"] == "—" and fields["Closed by"] == "—"
    assert fields["Event page"] == "—" and fields["Place"] == "—"
    assert not PYTHON_VALUES & set(fields.values()), fields


def test_a_status_change_in_the_history_reads_in_each_readers_language():
    """Wagtail fills its registry of history labels once per process: a label translated then
    showed Arabic to a French reader whose request reached a process an Arabic reader had
    started."""
    from django.utils import translation
    from wagtail.log_actions import registry

    with translation.override("ar"):
        registry.scan_for_actions()
        arabic = str(registry.get_action_label("proposals.under_review"))
    with translation.override("fr"):
        french = str(registry.get_action_label("proposals.under_review"))

    assert french.startswith("Statut de la proposition")
    assert arabic != french


def test_dates_on_the_officers_page_are_in_the_communes_time(verified_client, youth_officer):
    proposal = ProposalFactory()
    Proposal.objects.filter(pk=proposal.pk).update(
        created_at=datetime.datetime(2026, 12, 4, 18, 26, tzinfo=datetime.UTC)
    )
    html = (
        verified_client(youth_officer)
        .get(reverse("proposals_admin:inspect", args=[proposal.pk]))
        .content.decode()
    )
    assert "7:26 p.m." in html  # Casablanca, UTC+1 in December
    assert "6:26 p.m." not in html
