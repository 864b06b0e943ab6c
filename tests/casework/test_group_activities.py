"""Group activities: attendance counted by sex, kept by the staff of the service that ran them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.users.models import UserProfile

from casework import permissions
from casework.models import GroupActivity
from tests.factories import CaseFactory, service


def meeting_data(**overrides):
    data = {
        "service": service("migrants").pk,
        "kind": "information_meeting",
        "title": "Réunion d'information",
        "date": "2026-03-12",
        "place": "Bureau d'accueil",
        "women_count": "2",
        "men_count": "11",
    }
    data.update(overrides)
    return data


def test_the_migrant_office_records_an_information_meeting_counted_by_sex(login, cw_migrants):
    client = login(cw_migrants)
    response = client.post(reverse("casework_activities:add"), meeting_data())
    assert response.status_code == 302
    meeting = GroupActivity.objects.get()
    assert (meeting.women_count, meeting.men_count, meeting.recorded_by) == (2, 11, cw_migrants)


def test_a_caseworker_cannot_record_an_activity_for_another_service(login, cw_listening):
    response = login(cw_listening).post(reverse("casework_activities:add"), meeting_data())
    assert response.status_code == 200
    assert not GroupActivity.objects.exists()


def test_activities_of_another_service_are_neither_listed_nor_opened(
    login, cw_migrants, cw_listening
):
    login(cw_migrants).post(reverse("casework_activities:add"), meeting_data())
    meeting = GroupActivity.objects.get()
    client = login(cw_listening)
    assert meeting.title not in client.get(reverse("casework_activities:index")).content.decode()
    assert client.get(reverse("casework_activities:edit", args=[meeting.pk])).status_code == 404


def test_linked_participants_must_be_counted(login, cw_migrants, migrants_case):
    data = meeting_data(women_count="0", men_count="0", participants=[migrants_case.person.pk])
    response = login(cw_migrants).post(reverse("casework_activities:add"), data)
    assert response.status_code == 200
    assert "must include the participants" in response.content.decode()


def test_only_persons_one_may_see_can_be_linked(login, cw_migrants, listening_case, migrants_case):
    response = login(cw_migrants).get(reverse("casework_activities:add"))
    assert response.status_code == 200
    assert migrants_case.person.reference in response.content.decode()
    assert listening_case.person.reference not in response.content.decode()


@pytest.fixture
def support_group(cw_listening, cw_listening_2, listening_case):
    """A support group of the listening centre with two linked participants: `listening_case`'s
    person (whom only `cw_listening` may see) and the person of a case owned by her colleague
    `cw_listening_2` (whom only the colleague may see)."""
    colleagues_case = CaseFactory(service=service("listening"), owner=cw_listening_2)
    activity = GroupActivity(
        service=service("listening"),
        kind="support_group",
        title="Groupe de parole",
        women_count=2,
        men_count=0,
    )
    activity.add(by=cw_listening, participants=[listening_case.person, colleagues_case.person])
    return activity, listening_case.person, colleagues_case.person


def group_data(activity, **overrides):
    data = {
        "service": activity.service_id,
        "kind": activity.kind,
        "title": activity.title,
        "date": activity.date.isoformat(),
        "place": "",
        "women_count": str(activity.women_count),
        "men_count": str(activity.men_count),
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_colleague_edits_a_group_and_the_participants_she_may_not_see_stay_linked(
    login, cw_listening_2, support_group, language
):
    activity, hers_not, her_own = support_group
    profile = UserProfile.get_for_user(cw_listening_2)
    profile.preferred_language = language
    profile.save()
    client = login(cw_listening_2)
    edit = reverse("casework_activities:edit", args=[activity.pk])

    form = client.get(edit).content.decode()
    assert her_own.reference in form
    assert hers_not.reference not in form
    assert {
        "en": "One more participant, whose case you may not open, stays linked.",
        "fr": "Participants ayant un dossier",  # the admin is in her language
    }[language] in form

    # She unlinks the one she sees and renames the group: the other stays.
    response = client.post(edit, group_data(activity, title="Groupe du jeudi", participants=[]))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title == "Groupe du jeudi"
    assert list(activity.participants.all()) == [hers_not]

    # Links her own person back; she cannot link the one she may not see.
    client.post(edit, group_data(activity, participants=[her_own.pk]))
    assert set(activity.participants.all()) == {hers_not, her_own}
    response = client.post(edit, group_data(activity, title="X", participants=[hers_not.pk]))
    assert response.status_code == 200
    activity.refresh_from_db()
    assert activity.title == "Groupe du jeudi"
    assert set(activity.participants.all()) == {hers_not, her_own}


def test_the_counts_by_sex_include_the_participants_the_editor_may_not_see(
    login, cw_listening_2, support_group
):
    activity, hers_not, her_own = support_group
    client = login(cw_listening_2)
    edit = reverse("casework_activities:edit", args=[activity.pk])
    response = client.post(edit, group_data(activity, women_count="1", participants=[her_own.pk]))
    assert response.status_code == 200
    assert "must include the participants" in response.content.decode()
    activity.refresh_from_db()
    assert activity.women_count == 2


def test_the_verb_refuses_to_link_a_person_outside_the_editors_sight(cw_listening_2, support_group):
    activity, hers_not, her_own = support_group
    with pytest.raises(ValidationError):
        activity.save_edit(
            by=cw_listening_2,
            fields=["participants"],
            participants=[hers_not, her_own],
            among=permissions.visible_persons(cw_listening_2),
        )
    assert set(activity.participants.all()) == {hers_not, her_own}
