"""Finding a person by any part of her name, through blind tokens (issue 15, point 1): the
database holds short keyed hashes of each name word, shared by several words; a search decrypts
the few candidates the searcher may see to keep the true matches."""

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from casework import names
from casework.models import Person, PersonNameToken
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
