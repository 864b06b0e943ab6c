"""Contact data of closed proposals is erased after the retention time, and only then."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from proposals.models import Proposal, ProposalAttachment
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


def attach(proposal):
    content = b"%PDF-1.4 Liste des membres : Amina, Youssef"
    return ProposalAttachment.objects.create(
        proposal=proposal,
        file=ContentFile(content, name="membres.pdf"),
        original_name="membres.pdf",
        content_type="application/pdf",
        size=len(content),
    )


def test_the_attachments_of_an_expired_proposal_leave_the_storage(
    officer, officer_client, django_capture_on_commit_callbacks
):
    old = proposal_in("not_selected", officer)
    recent = proposal_in("not_selected", officer)
    old_file = attach(old).file.name
    recent_file = attach(recent).file.name
    age(old, 800)
    age(recent, 10)
    with django_capture_on_commit_callbacks(execute=True):
        run()
    storage = storages["proposals"]
    assert not storage.exists(old_file) and not old.attachments.exists()
    assert storage.exists(recent_file) and recent.attachments.count() == 1
    html = officer_client.get(f"/admin/proposals/inspect/{old.pk}/").content.decode()
    assert "Attachments erased with the contact data" in html
    storage.delete(recent_file)


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
