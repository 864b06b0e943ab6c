"""Dates in the casework forms, in each language of the admin (French is the staff's default).

A browser's date picker takes only ISO dates: a date written in the language's own format
(04/12/2026 in French) is discarded, the field shows empty, and saving the form unchanged fails.
Each form is read as a browser reads it and posted back untouched.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from casework.models import CaseSession, GroupActivity
from tests.factories import service
from tests.html import discarded_values, form_data, main_form, temporal_inputs

pytestmark = pytest.mark.django_db

ADMIN_LANGUAGES = ["fr", "ar", "en"]
A_DAY = datetime.date(2026, 3, 14)  # day 14 > 12: a day-month swap cannot pass for a date


@pytest.fixture
def in_language(login):
    """`in_language(user, code)`: the admin client signed in as `user`, whose admin is in `code`."""

    def sign_in(user, code):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = code
        profile.save()
        return login(user)

    return sign_in


def read_form(client, url):
    response = client.get(url)
    assert response.status_code == 200
    form = main_form(response.content.decode())
    assert not discarded_values(form), "a browser would show these dates empty"
    return form


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_a_session_saved_unchanged_keeps_its_dates(
    in_language, cw_listening, listening_case, language
):
    session = listening_case.sessions.get()
    CaseSession.objects.filter(pk=session.pk).update(
        date=A_DAY, stay_start=A_DAY, stay_end=A_DAY + datetime.timedelta(days=3)
    )
    client = in_language(cw_listening, language)
    url = reverse("casework_cases:session_edit", args=[listening_case.pk, session.pk])

    form = read_form(client, url)
    assert ("date", "date", "2026-03-14") in temporal_inputs(form)
    response = client.post(url, form_data(form))

    assert response.status_code == 302, "saving the session unchanged was refused"
    session.refresh_from_db()
    assert (session.date, session.stay_start, session.stay_end) == (
        A_DAY,
        A_DAY,
        datetime.date(2026, 3, 17),
    )


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_a_session_date_changed_in_the_picker_is_kept(
    in_language, cw_listening, listening_case, language
):
    session = listening_case.sessions.get()
    client = in_language(cw_listening, language)
    url = reverse("casework_cases:session_edit", args=[listening_case.pk, session.pk])
    data = form_data(read_form(client, url))
    data["date"] = ["2026-02-27"]

    assert client.post(url, data).status_code == 302
    session.refresh_from_db()
    assert session.date == datetime.date(2026, 2, 27)


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
@pytest.mark.parametrize("url_name, field", [("session_add", "date"), ("consent_add", "given_on")])
def test_a_new_record_offers_today_in_its_date_picker(
    in_language, cw_listening, listening_case, language, url_name, field
):
    client = in_language(cw_listening, language)
    form = read_form(client, reverse(f"casework_cases:{url_name}", args=[listening_case.pk]))
    values = {name: value for name, _kind, value in temporal_inputs(form)}
    assert datetime.date.fromisoformat(values[field])


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_every_casework_form_renders_dates_a_browser_keeps(
    in_language, cw_listening, listening_case, language
):
    client = in_language(cw_listening, language)
    for name in ("session_add", "followup_add", "consent_add", "person_edit"):
        read_form(client, reverse(f"casework_cases:{name}", args=[listening_case.pk]))
    read_form(client, reverse("casework_cases:edit", args=[listening_case.pk]))
    read_form(client, reverse("casework_activities:add"))


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_the_case_form_saved_unchanged_keeps_its_opening_date(
    in_language, sup_listening, listening_case, language
):
    listening_case.__class__.objects.filter(pk=listening_case.pk).update(opened_on=A_DAY)
    client = in_language(sup_listening, language)
    url = reverse("casework_cases:edit", args=[listening_case.pk])

    response = client.post(url, form_data(read_form(client, url)))

    assert response.status_code == 302
    listening_case.refresh_from_db()
    assert listening_case.opened_on == A_DAY


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_a_group_activity_saved_unchanged_keeps_its_date(in_language, cw_migrants, language):
    activity = GroupActivity.objects.create(
        service=service("migrants"),
        kind=GroupActivity._meta.get_field("kind").choices[0][0],
        title="Information meeting",
        date=A_DAY,
        women_count=2,
        men_count=9,
    )
    client = in_language(cw_migrants, language)
    url = reverse("casework_activities:edit", args=[activity.pk])

    response = client.post(url, form_data(read_form(client, url)))

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.date == A_DAY


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_the_notice_after_saving_is_in_the_admins_language(
    in_language, cw_listening, listening_case, language
):
    session = listening_case.sessions.get()
    client = in_language(cw_listening, language)
    url = reverse("casework_cases:session_edit", args=[listening_case.pk, session.pk])

    response = client.post(url, form_data(read_form(client, url)), follow=True)

    with translation.override(language):
        expected = str(translation.gettext("Session updated."))
    assert [str(message) for message in response.context["messages"]] == [expected]
