"""The youth programme officers' admin: listing, detail, paper proposals, changes of status,
attachments, forums. Everyone else gets a 404."""

import csv
import io

import pytest
from django.core.files.base import ContentFile

from proposals.models import Proposal, ProposalAttachment
from tests.proposals.factories import ForumFactory, ProposalFactory, proposal_in
from tests.proposals.test_public_form import PDF, form_data

pytestmark = pytest.mark.django_db


def test_an_officer_lists_and_searches_proposals_by_title_group_or_code(officer_client):
    first = ProposalFactory(title="Atelier de couture", group_name="Les fileuses")
    ProposalFactory(title="Tournoi de football")
    html = officer_client.get("/admin/proposals/?q=couture").content.decode()
    assert "Atelier de couture" in html and "Tournoi de football" not in html
    html = officer_client.get(f"/admin/proposals/?q={first.tracking_code}").content.decode()
    assert "Atelier de couture" in html and "Tournoi de football" not in html
    html = officer_client.get("/admin/proposals/?q=fileuses").content.decode()
    assert "Atelier de couture" in html


def test_an_officer_filters_proposals_by_status_and_theme(officer_client, officer):
    proposal_in("eligible", officer, title="Recevable", theme="culture")
    ProposalFactory(title="Nouvelle", theme="sport")
    html = officer_client.get("/admin/proposals/?status=eligible").content.decode()
    assert "Recevable" in html and "Nouvelle" not in html
    html = officer_client.get("/admin/proposals/?theme=sport").content.decode()
    assert "Nouvelle" in html and "Recevable" not in html


def test_an_officer_exports_the_listing_as_csv(officer_client):
    ProposalFactory(title="Atelier de couture")
    response = officer_client.get("/admin/proposals/?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert any("Atelier de couture" in row for row in rows)


def test_the_detail_shows_the_contact_the_members_and_the_attachments(officer_client):
    proposal = ProposalFactory(contact_name="Amina Synthétique", female_15_17=2)
    attachment = ProposalAttachment.objects.create(
        proposal=proposal,
        file=ContentFile(PDF, name="plan.pdf"),
        original_name="plan.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    html = officer_client.get(f"/admin/proposals/inspect/{proposal.pk}/").content.decode()
    assert "Amina Synthétique" in html and proposal.contact_email in html
    assert "plan.pdf" in html
    download = officer_client.get(f"/admin/proposals/attachment/{proposal.pk}/{attachment.pk}/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize("persona", ["editor", "comms_lead", "coordinator"])
def test_staff_who_are_not_youth_officers_get_404(verified_client, request, persona):
    # Signed in past both steps (the coordinator needs the second one).
    client = verified_client(request.getfixturevalue(persona))
    proposal = ProposalFactory()
    for url in (
        "/admin/proposals/",
        f"/admin/proposals/inspect/{proposal.pk}/",
        f"/admin/proposals/act/{proposal.pk}/start_review/",
        "/admin/youth-forums/",
    ):
        assert client.get(url).status_code == 404, url


def test_a_caseworker_gets_404_on_proposals(verified_client, cw_listening):
    proposal = ProposalFactory()
    response = verified_client(cw_listening).get(f"/admin/proposals/inspect/{proposal.pk}/")
    assert response.status_code == 404


def test_an_officer_marks_a_proposal_eligible_with_an_official_answer(officer_client):
    proposal = ProposalFactory()
    url = f"/admin/proposals/act/{proposal.pk}/mark_eligible/"
    refused = officer_client.post(url, {"answer": ""})
    assert refused.status_code == 200
    assert Proposal.objects.get().status == "submitted"
    response = officer_client.post(url, {"answer": "Recevable : bravo."})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "eligible"
    assert proposal.answers.get().text == "Recevable : bravo."


def test_an_action_the_status_does_not_allow_is_refused_with_a_message(officer_client):
    proposal = ProposalFactory()
    response = officer_client.post(f"/admin/proposals/act/{proposal.pk}/complete/", {"answer": ""})
    assert response.status_code == 200
    assert "cannot become" in response.content.decode()
    assert Proposal.objects.get().status == "submitted"


def test_an_officer_presents_a_proposal_at_a_forum_and_closes_the_forum(officer_client, officer):
    forum = ForumFactory(title="Forum de mai")
    proposal = proposal_in("eligible", officer)
    response = officer_client.post(
        f"/admin/proposals/act/{proposal.pk}/present_at/", {"forum": forum.pk, "answer": ""}
    )
    assert response.status_code == 302
    response = officer_client.post(
        f"/admin/youth-forums/close/{forum.pk}/",
        {
            "attendance_women": "20",
            "attendance_men": "18",
            "minutes": "Vote à main levée.",
            f"votes_{proposal.pk}": "31",
            f"selected_{proposal.pk}": "on",
        },
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    forum.refresh_from_db()
    assert proposal.status == "selected" and forum.is_closed and forum.attendance_women == 20


def test_an_officer_enters_a_paper_proposal_marked_as_such(officer_client, officer):
    data = form_data(language="ar", title="Proposition sur papier")
    response = officer_client.post("/admin/proposals/new/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    proposal = Proposal.objects.get()
    assert proposal.submitted_on_paper and proposal.entered_by == officer
    assert proposal.language == "ar"


def test_an_officer_creates_a_forum(officer_client):
    response = officer_client.post(
        "/admin/youth-forums/new/",
        {"title": "Forum d'été", "date": "2030-07-01", "place": "Maison de la création"},
    )
    assert response.status_code == 302
    assert officer_client.get("/admin/youth-forums/").content.decode().count("Forum d&#x27;été")


def test_a_forum_page_lists_the_proposals_presented_and_links_to_the_public_results(
    officer_client, officer
):
    forum = ForumFactory()
    proposal_in("selected", officer, forum=forum, title="Compost collectif")
    html = officer_client.get(f"/admin/youth-forums/inspect/{forum.pk}/").content.decode()
    assert "Compost collectif" in html
    assert f"/propositions/forums/{forum.pk}/" in html


# The rule of proposals/permissions.py asked directly (what a mutation run showed untested).


def test_only_active_officers_and_superusers_are_youth_officers(
    officer, tech_admin, editor, django_assert_num_queries
):
    from proposals.permissions import OfficersOnlyPolicy, is_youth_officer
    from tests.factories import UserFactory

    officer = type(officer).objects.get(pk=officer.pk)
    with django_assert_num_queries(1):
        assert is_youth_officer(officer)
        assert is_youth_officer(officer)  # remembered on the user object
    assert is_youth_officer(tech_admin)
    assert not is_youth_officer(editor)
    UserFactory(username="no-group-at-all")
    policy = OfficersOnlyPolicy(Proposal)
    names = sorted(user.username for user in policy.users_with_any_permission(["view"]))
    assert names == ["admin", "youth-officer"]
    officer.is_active = False
    officer.save()
    assert not is_youth_officer(type(officer).objects.get(pk=officer.pk))
    UserFactory(username="former-admin", is_superuser=True, is_active=False)
    assert not policy.user_has_permission(editor, "view")
    assert [user.username for user in policy.users_with_any_permission(["view"])] == ["admin"]
