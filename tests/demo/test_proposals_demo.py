"""The demo youth proposals: every status, forums past and coming, draft project pages."""

import pytest

from demo.proposals import IDEAS
from home.models import ProjectPage
from proposals.models import Forum, Proposal, ProposalStatus


@pytest.mark.django_db
def test_the_demo_has_proposals_in_every_status_forums_and_project_pages(load_demo_data):
    load_demo_data("--only", "site", "--only", "personas", "--only", "proposals")
    assert Proposal.objects.count() >= 25
    assert set(Proposal.objects.values_list("status", flat=True)) == set(ProposalStatus.values)
    assert Forum.objects.closed().count() == 2 and Forum.objects.upcoming().count() == 1
    selected = Proposal.objects.selected_projects()
    assert selected.count() >= 3
    pages = ProjectPage.objects.filter(pk__in=selected.values("project_page"))
    assert pages.count() == selected.count()
    # Started projects are published with their progress; newly selected ones wait for the lead.
    started = selected.exclude(status=ProposalStatus.SELECTED)
    assert set(pages.filter(live=True)) == {p.project_page.specific for p in started}
    assert pages.filter(live=True, progress__gt=0).count() == started.count()
    waiting = pages.filter(live=False)
    assert waiting.exists() and all(page.current_workflow_state for page in waiting)
    load_demo_data("--only", "proposals")
    assert Proposal.objects.count() == len(IDEAS)
