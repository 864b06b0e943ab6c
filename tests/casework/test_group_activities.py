"""Group activities: attendance counted by sex, kept by the staff of the service that ran them."""

from django.urls import reverse

from casework.models import GroupActivity
from tests.factories import service


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
