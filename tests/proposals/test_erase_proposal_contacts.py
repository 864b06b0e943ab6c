"""Contact data of closed proposals is erased after the retention time, and only then."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from proposals.models import Proposal
from tests.proposals.factories import proposal_in

pytestmark = pytest.mark.django_db


def age(proposal, days):
    Proposal.objects.filter(pk=proposal.pk).update(
        status_changed_at=timezone.now() - datetime.timedelta(days=days)
    )


def run(*args):
    out = io.StringIO()
    call_command("erase_proposal_contacts", *args, stdout=out)
    return out.getvalue()


def test_a_proposal_closed_over_a_year_ago_loses_its_contact_and_guardian(officer, settings):
    settings.PROPOSALS_CONTACT_RETENTION_DAYS = 365
    old = proposal_in(
        "not_eligible",
        officer,
        female_15_17=1,
        guardian_consent_name="Tuteur X",
        guardian_consent_method="phone",
    )
    age(old, 400)
    output = run()
    old.refresh_from_db()
    assert "1 proposal" in output
    assert (old.contact_name, old.contact_phone, old.contact_email) == ("", "", "")
    assert old.guardian_consent_name == "" and old.contact_erased_at is not None
    assert old.title  # the proposal itself stays
    assert ModelLogEntry.objects.for_instance(old).filter(action="proposals.contact_erased")


def test_recently_closed_and_open_proposals_keep_their_contact(officer):
    recent = proposal_in("not_eligible", officer)
    age(recent, 30)
    still_open = proposal_in("eligible", officer)
    age(still_open, 900)
    run()
    for proposal in (recent, still_open):
        proposal.refresh_from_db()
        assert proposal.contact_email and proposal.contact_erased_at is None


def test_a_dry_run_counts_and_changes_nothing(officer):
    old = proposal_in("completed", officer)
    age(old, 800)
    output = run("--dry-run")
    old.refresh_from_db()
    assert "1 proposal(s)" in output and "dry run" in output
    assert old.contact_email and old.contact_erased_at is None
