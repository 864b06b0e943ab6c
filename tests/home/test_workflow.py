"""The communications team's moderation workflow, through the real admin URLs.

An editor writes a page and submits it; a lead reviews it ("Editorial review"), may send it back
with a comment, then approves its publication ("Publication approval"), which publishes it. An
editor has no way to publish by herself; a lead may publish directly.
"""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from home.models import StandardPage
from tests.factories import StandardPageFactory, ensure_site_tree

COMMENT = "Merci d’ajouter les horaires d’ouverture du bureau."


@pytest.fixture
def home(db, settings, tmp_path):
    """The French home page; pages render with a bare template that shows their title, so the
    visitor's view does not depend on the site's page templates."""
    template = tmp_path / "home" / "standard_page.html"
    template.parent.mkdir()
    template.write_text("<h1>{{ page.title }}</h1>")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    return ensure_site_tree().root_page


def editor_form(client, url, action=None, **changes):
    """The page form as the editor's browser sends it (the stream and comments widgets are
    built by JavaScript, so their management fields are added here), with `changes`, sent with
    the button of `action` ("submit", "publish"; none: "Save draft")."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.update(
        nested_form_data(
            {
                "body": streamfield([]),
                "comments": {
                    "TOTAL_FORMS": 0,
                    "INITIAL_FORMS": 0,
                    "MIN_NUM_FORMS": 0,
                    "MAX_NUM_FORMS": 1000,
                },
            }
        )
    )
    for name, value in changes.items():
        data[name] = value
    if action:
        data[f"action-{action}"] = action
    return data


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def current_task(page):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    return state.task.name if state else None


def test_the_root_page_carries_the_two_step_communications_workflow(db):
    workflow = Page.get_first_root_node().get_workflow()
    assert [task.name for task in workflow.tasks] == ["Editorial review", "Publication approval"]
    for task in workflow.tasks:
        assert list(task.specific.groups.values_list("name", flat=True)) == ["Communications leads"]


def test_editor_has_no_publish_action_and_posting_one_does_not_publish(client, home, editor):
    page = StandardPageFactory(parent=home, title="Brouillon", live=False)
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    edit_view = client.get(edit_url).content.decode()
    assert 'name="action-submit"' in edit_view
    assert 'name="action-publish"' not in edit_view

    response = client.post(
        edit_url, editor_form(client, edit_url, title="Publié ?", action="publish")
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().content["title"] == "Publié ?"
    assert client.get(page.url).status_code == 404


def test_editor_submits_lead_sends_back_with_comment_then_approves_both_steps_and_publishes(
    client, home, editor, comms_lead, tech_admin
):
    # The editor writes a new page and submits it straight from the create view.
    client.force_login(editor)
    create_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    response = client.post(
        create_url,
        editor_form(
            client,
            create_url,
            title="Accueil des migrants",
            slug="bureau-migrants",
            intro="Accueil, information et orientation.",
            action="submit",
        ),
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="bureau-migrants")
    assert not page.live
    assert current_task(page) == "Editorial review"
    assert client.get(page.url).status_code == 404
    # The leads are told by e-mail that a page awaits them (not the technical administrator).
    assert [message.to for message in mail.outbox] == [[comms_lead.email]]
    assert "Accueil des migrants" in mail.outbox[0].body

    # The lead finds it on her dashboard and sends it back with a comment.
    client.force_login(comms_lead)
    assert "Accueil des migrants" in client.get(reverse("wagtailadmin_home")).text
    mail.outbox.clear()
    assert workflow_action(client, page, "reject", COMMENT).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not page.live

    # The editor gets the comment by e-mail and reads it in the page's workflow history.
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert COMMENT in mail.outbox[0].body
    client.force_login(editor)
    history = client.get(
        reverse(
            "wagtailadmin_pages:workflow_history_detail",
            args=[page.pk, page.current_workflow_state.pk],
        )
    )
    assert COMMENT in history.text

    # She edits and submits again: the review resumes at the step that asked for changes.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        edit_url,
        editor_form(
            client,
            edit_url,
            intro="Accueil, information et orientation, du lundi au jeudi de 9 h à 16 h.",
            action="submit",
        ),
    )
    assert response.status_code == 302
    assert current_task(page) == "Editorial review"

    # An editor cannot approve any step herself: the admin turns her away to the dashboard.
    response = workflow_action(client, page, "approve")
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert current_task(page) == "Editorial review"

    # The lead approves the review, then the publication, which publishes the page.
    client.force_login(comms_lead)
    mail.outbox.clear()
    assert workflow_action(client, page, "approve").status_code == 302
    assert current_task(page) == "Publication approval"
    page.refresh_from_db()
    assert not page.live
    assert workflow_action(client, page, "approve", "Parfait.").status_code == 302
    page.refresh_from_db()
    assert page.live
    assert current_task(page) is None
    assert "du lundi au jeudi" in page.intro
    assert editor.email in [message.to[0] for message in mail.outbox]

    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Accueil des migrants" in response.text


def test_lead_publishes_directly_from_the_editor(client, home, comms_lead):
    page = StandardPageFactory(parent=home, title="Agenda de l'été", live=False)
    client.force_login(comms_lead)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="action-publish"' in client.get(edit_url).text

    response = client.post(edit_url, editor_form(client, edit_url, action="publish"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    client.logout()
    assert client.get(page.url).status_code == 200


def test_notifications_print_with_the_console_mail_backend(
    client, home, editor, comms_lead, settings, capsys
):
    """`make run` prints mail to the terminal: submitting must work and show the lead's mail."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    page = StandardPageFactory(parent=home, title="Journée portes ouvertes", live=False)
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = client.post(edit_url, editor_form(client, edit_url, action="submit"))

    assert response.status_code == 302
    assert current_task(page) == "Editorial review"
    printed = capsys.readouterr().out
    assert f"To: {comms_lead.email}" in printed
    assert "Journée portes ouvertes" in printed
