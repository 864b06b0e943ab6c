"""Lists a caseworker recognises (issue 15, point 2): names to the staff who may open the case,
initials for a case marked "hide name", pseudonyms alone while the screen-privacy switch is on."""

from django.urls import reverse

from casework.models import Person
from tests.factories import CaseFactory, FollowUpFactory, PersonFactory, service

INDEX = reverse("casework_cases:index")
PRIVACY = reverse("casework_cases:privacy")


def listening(owner, first, last, **kwargs):
    return CaseFactory(
        service=service("listening"),
        owner=owner,
        person=PersonFactory(first_name=first, last_name=last),
        **kwargs,
    )


def test_the_listing_names_the_people_she_follows(login, cw_listening):
    case = listening(cw_listening, "Malika", "Aït Brahim")
    page = login(cw_listening).get(INDEX).content.decode()
    assert "<bdi>Malika Aït Brahim</bdi>" in page
    assert case.person.reference in page


def test_a_case_marked_hide_name_shows_initials_in_lists_only(login, cw_listening):
    case = listening(cw_listening, "Malika", "Aït Brahim", hide_name=True)
    client = login(cw_listening)
    listing = client.get(INDEX).content.decode()
    assert "<bdi>M. A. B.</bdi>" in listing
    assert "Malika" not in listing
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "M. A. B." in dashboard and "Malika" not in dashboard
    assert (
        "Malika" in client.get(reverse("casework_cases:inspect", args=[case.pk])).content.decode()
    )


def test_the_privacy_switch_hides_every_name_until_switched_back(login, cw_listening):
    case = listening(cw_listening, "Malika", "Aït Brahim")
    FollowUpFactory(case=case, assigned_to=cw_listening)
    client = login(cw_listening)
    response = client.post(PRIVACY, {"next": INDEX})
    assert response.status_code == 302 and response["Location"] == INDEX
    assert "Malika" not in client.get(INDEX).content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert case.reference in dashboard and "Malika" not in dashboard
    client.post(PRIVACY, {"next": "https://elsewhere.example/"})
    assert "Malika" in client.get(INDEX).content.decode()


def test_the_privacy_switch_returns_only_to_this_site(login, cw_listening):
    response = login(cw_listening).post(PRIVACY, {"next": "https://elsewhere.example/"})
    assert response["Location"] == INDEX


def test_the_switch_is_not_there_for_staff_outside_casework(login, editor):
    assert login(editor).post(PRIVACY).status_code == 404


def test_names_are_decrypted_for_the_rows_of_the_page_only(login, cw_listening, monkeypatch):
    for number in range(60):
        listening(cw_listening, f"Prenom{number}", "Nom")
    decrypted = []
    original = Person.full_name.fget
    monkeypatch.setattr(
        Person,
        "full_name",
        property(lambda person: decrypted.append(person.pk) or original(person)),
    )
    login(cw_listening).get(INDEX)
    assert 0 < len(set(decrypted)) <= 50


def test_the_dashboard_names_her_cases(login, cw_listening):
    listening(cw_listening, "Malika", "Aït Brahim")
    page = login(cw_listening).get(reverse("wagtailadmin_home")).content.decode()
    assert "<bdi>Malika Aït Brahim</bdi>" in page
