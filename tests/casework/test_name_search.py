"""Finding a person by any part of her name, through blind tokens (issue 15, point 1): the
database holds short keyed hashes of each name word, shared by several words; a search decrypts
the few candidates the searcher may see to keep the true matches."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from casework import names
from casework.models import Case, Person, PersonNameToken
from casework.models import people as people_module
from cms import crypto
from tests.factories import CaseFactory, PersonFactory, service

INDEX = reverse("casework_cases:index")


def search(client, query):
    client.post(INDEX, {"q": query})
    return client.get(INDEX).content.decode()


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Malika Aït Brahim", "malika"),
        ("Malika Aït Brahim", "AIT"),
        ("Malika Aït Brahim", "brahim malika"),
        ("Mohammed Oubella", "Mohamed"),
        ("Youssef Amrani", "Yusef"),
        ("أمينة الإدريسي", "امينه"),
        ("مَلِيكَة", "مليكه"),
        ("Fatima-Zahra Bakrim", "zahra"),
    ],
)
def test_the_usual_ways_of_writing_a_name_word_agree(written, typed):
    assert crypto.name_tokens(typed) <= crypto.name_tokens(written)


@pytest.mark.parametrize(("written", "typed"), [("Malika", "Malik"), ("Amina", "Amine")])
def test_different_names_stay_different(written, typed):
    assert not crypto.name_tokens(typed) <= crypto.name_tokens(written)


def test_the_database_holds_short_hashes_of_the_words_never_the_words(cw_listening):
    person = PersonFactory(first_name="Malika", last_name="Aït Brahim")
    values = set(PersonNameToken.objects.filter(person=person).values_list("value", flat=True))
    assert values == {Person.token_value(word) for word in ("malika", "ait", "brahim")}
    assert all(0 <= value < 2**people_module.NAME_TOKEN_BITS for value in values)


def test_a_caseworker_finds_malika_by_her_first_name_alone(login, cw_listening):
    malika = CaseFactory(
        service=service("listening"),
        owner=cw_listening,
        person=PersonFactory(first_name="Malika", last_name="Aït Brahim"),
    )
    other = CaseFactory(
        service=service("listening"),
        owner=cw_listening,
        person=PersonFactory(first_name="Amina", last_name="Malik"),
    )
    page = search(login(cw_listening), "Malika")
    assert malika.reference in page
    assert other.reference not in page


def test_words_that_only_share_a_blind_token_are_dropped_after_decryption(
    login, cw_listening, monkeypatch
):
    """With one bit kept, half of all words share each value: the search must still return only
    the true matches."""
    monkeypatch.setattr(people_module, "NAME_TOKEN_BITS", 1)
    names = ["Malika Ouchen", "Amina Tazi", "Itto Bakrim", "Hafsa Idrissi", "Zineb Filali"]
    cases = {
        name: CaseFactory(
            service=service("listening"),
            owner=cw_listening,
            person=PersonFactory(first_name=name.split()[0], last_name=name.split()[1]),
        )
        for name in names
    }
    page = search(login(cw_listening), "malika")
    assert [name for name, case in cases.items() if case.reference in page] == ["Malika Ouchen"]


def test_a_name_search_finds_nothing_the_searcher_may_not_open(login, cw_listening, cw_migrants):
    hidden = CaseFactory(
        service=service("migrants"),
        owner=cw_migrants,
        person=PersonFactory(first_name="Malika", last_name="Sow"),
    )
    assert hidden.reference not in search(login(cw_listening), "Malika")


def test_a_renamed_or_anonymised_person_is_found_by_her_new_name_only(cw_listening):
    person = PersonFactory(first_name="Malika", last_name="Ouchen")
    person.first_name = "Meryem"
    person.save()
    assert list(Person.objects.named("meryem").confirm_named("meryem")) == [person.pk]
    assert not Person.objects.named("malika").confirm_named("malika")
    person.anonymise(when=person.created_at)
    assert not PersonNameToken.objects.filter(person=person).exists()


def test_rebuilding_the_tokens_gives_the_same_rows(cw_listening):
    PersonFactory(first_name="Malika", last_name="Ouchen")
    PersonFactory(first_name="Itto", last_name="Bakrim")
    before = set(PersonNameToken.objects.values_list("person_id", "value"))
    assert people_module.rebuild_name_tokens() == 2
    assert set(PersonNameToken.objects.values_list("person_id", "value")) == before


def stored_names(person):
    """A person's first and last name as stored (Fernet tokens)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT first_name, last_name FROM casework_person WHERE id = %s", [person.pk]
        )
        return cursor.fetchone()


@pytest.fixture
def decryptions(monkeypatch):
    """Every stored value decrypted from now on."""
    seen = []
    original = crypto.decrypt_str

    def spy(token):
        seen.append(token)
        return original(token)

    monkeypatch.setattr(crypto, "decrypt_str", spy)
    return seen


def test_a_caseworkers_name_search_decrypts_no_name_of_a_case_she_may_not_open(
    login, cw_listening, cw_listening_2, cw_migrants, decryptions
):
    """Her colleague's Malika and the migrants' office's Malika share the blind token of hers:
    their names stay encrypted, so nothing of them reaches her process's memory."""
    hers = CaseFactory(
        service=service("listening"),
        owner=cw_listening,
        person=PersonFactory(first_name="Malika", last_name="Ouchen"),
    )
    colleagues = CaseFactory(
        service=service("listening"),
        owner=cw_listening_2,
        person=PersonFactory(first_name="Malika", last_name="Tazi"),
    )
    elsewhere = CaseFactory(
        service=service("migrants"),
        owner=cw_migrants,
        person=PersonFactory(first_name="Malika", last_name="Sow"),
    )
    page = search(login(cw_listening), "Malika")
    assert hers.reference in page
    assert colleagues.reference not in page and elsewhere.reference not in page
    assert stored_names(hers.person)[0] in decryptions
    others = {*stored_names(colleagues.person), *stored_names(elsewhere.person)}
    assert others.isdisjoint(decryptions)


def test_a_search_by_first_name_leaves_the_last_names_of_its_matches_encrypted(
    login, cw_listening, decryptions
):
    """The first name is decrypted first; the last name only when the first lacks a word typed.
    Names hidden on screen, so that the page decrypts nothing else."""
    malika = CaseFactory(
        service=service("listening"),
        owner=cw_listening,
        person=PersonFactory(first_name="Malika", last_name="Ouchen"),
    )
    client = login(cw_listening)
    session = client.session
    session[names.PRIVACY_SESSION_KEY] = True
    session.save()
    first_name, last_name = stored_names(malika.person)

    assert malika.reference in search(client, "Malika")
    assert first_name in decryptions
    assert last_name not in decryptions

    assert malika.reference in search(client, "Malika Ouchen")
    assert last_name in decryptions


def test_a_candidate_is_decrypted_once_and_a_false_one_in_full(
    cw_listening, monkeypatch, decryptions
):
    """With no bit kept, every word shares the one value: Amina Tazi is a candidate for Malika,
    and both her names are decrypted to drop her. Malika, with three cases, is decrypted once."""
    monkeypatch.setattr(people_module, "NAME_TOKEN_BITS", 0)
    malika = PersonFactory(first_name="Malika", last_name="Ouchen")
    amina = PersonFactory(first_name="Amina", last_name="Tazi")
    for person in (malika, malika, malika, amina):
        CaseFactory(service=service("listening"), owner=cw_listening, person=person)
    decryptions.clear()

    assert Case.objects.all().persons_named("malika") == [malika.pk]
    assert decryptions.count(stored_names(malika)[0]) == 1
    assert stored_names(malika)[1] not in decryptions
    assert sorted(decryptions) == sorted([stored_names(malika)[0], *stored_names(amina)])


def test_a_name_search_lists_only_the_cases_of_a_person_the_searcher_may_open_and_filters_keep(
    login, cw_listening, cw_migrants
):
    """One Malika with three cases: an active one and a closed one of the listening centre that
    the caseworker follows, and one of the migrants' office. Searching her name within the
    filter on active cases lists the first alone."""
    malika = PersonFactory(first_name="Malika", last_name="Ouchen")
    active, closed = (
        CaseFactory(service=service("listening"), owner=cw_listening, person=malika, status=status)
        for status in ("active", "closed")
    )
    elsewhere = CaseFactory(service=service("migrants"), owner=cw_migrants, person=malika)
    client = login(cw_listening)
    page = search(client, "malika")
    assert active.reference in page and closed.reference in page
    assert elsewhere.reference not in page

    page = client.get(INDEX, {"status": "active"}).content.decode()
    assert active.reference in page
    assert closed.reference not in page and elsewhere.reference not in page


def test_the_rows_of_a_searched_page_come_newest_first(login, sup_listening):
    """The page's rows are read again by their ids after the search: in the listing's order."""
    today = timezone.localdate()
    for days, last_name in [(3, "Ouchen"), (1, "Tazi"), (4, "Bakrim"), (2, "Filali")]:
        CaseFactory(
            service=service("listening"),
            opened_on=today - timedelta(days=days),
            person=PersonFactory(first_name="Malika", last_name=last_name),
        )
    page = search(login(sup_listening), "malika")
    shown = re.findall(r'href="/admin/casework/cases/inspect/\d+/">([^<]+)<', page)
    assert shown == list(Case.objects.order_by("-opened_on").values_list("reference", flat=True))
    assert len(shown) == 4


NAME_TEXT = st.text(st.sampled_from("Malik aAïİ-ﻻةهـ ًoOuU'ss"), max_size=16)


@pytest.mark.database_independent
@given(first_name=NAME_TEXT, last_name=NAME_TEXT, typed=NAME_TEXT)
def test_decrypting_the_first_name_first_gives_the_answer_of_the_whole_name(
    first_name, last_name, typed
):
    person = Person(first_name=first_name, last_name=last_name)
    words = crypto.name_tokens(typed) or crypto.name_tokens(person.full_name)
    sealed = [crypto.encrypt_str(part) if part else "" for part in (first_name, last_name)]
    assert people_module.name_holds(words, *sealed) == (
        words <= crypto.name_tokens(person.full_name)
    )


def test_a_query_without_a_word_reads_and_decrypts_no_name(
    cw_listening, django_assert_num_queries, decryptions
):
    PersonFactory(first_name="Malika", last_name="Ouchen")
    with django_assert_num_queries(0):
        assert Person.objects.all().confirm_named("- ' !") == []
        assert Case.objects.all().persons_named("a") == []
    assert decryptions == []
