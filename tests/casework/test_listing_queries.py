"""The case listing's cost: as many SQL queries for a page of 40 cases as for a page of 5, for a
caseworker and a supervisor, plain, filtered and searched; and never a person's encrypted fields
(the listing shows only her pseudonym). bench/bench_casework_listing.py measures the time at scale.
"""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casework import names
from casework.models import Person
from casework.viewsets.search import SESSION_KEY
from cms import crypto
from tests.factories import CaseFactory, FollowUpFactory, PersonFactory, service

INDEX = reverse("casework_cases:index")

SHARED_NAME = ("Fadma", "Oubaha")

LISTINGS = {
    "plain": {},
    "filtered": {"status": "active", "risk_level": "high"},
    "mine": {"assignment": "mine"},
    "overdue": {"assignment": "overdue"},
    "search by exact name": {"q": " ".join(SHARED_NAME)},
}

# A person's identifying columns as Django selects them (a decryption spy catches the rest).
ENCRYPTED_COLUMNS = "|".join(Person.IDENTIFYING_FIELDS)
ENCRYPTED_COLUMN = re.compile(rf'"casework_person"\."(?:{ENCRYPTED_COLUMNS})"')


@pytest.fixture
def add_cases(cw_listening, cw_listening_2, sup_listening):
    """`add_cases(n)`: n more cases of the listening centre, as varied as a real page: owned by
    `cw_listening`, by her colleague with her and the supervisor as collaborators, or unassigned;
    every other one for the same person (so a name search finds many); each with an overdue
    follow-up."""
    shared_person = PersonFactory(first_name=SHARED_NAME[0], last_name=SHARED_NAME[1])
    made = []

    def add(count):
        for _ in range(count):
            i = len(made)
            kwargs = {"service": service("listening"), "status": "active", "risk_level": "high"}
            if i % 2:
                kwargs["person"] = shared_person
            if i % 3 == 1:
                kwargs.update(owner=cw_listening_2, collaborators=[cw_listening, sup_listening])
            elif i % 5 != 4:  # every fifth case waits for an owner: the supervisor's only
                kwargs["owner"] = cw_listening
            case = CaseFactory(**kwargs)
            FollowUpFactory(case=case, due_on=timezone.localdate() - timedelta(days=3))
            made.append(case)
        return made

    return add


def get_listing(client, params):
    """The listing's response and the SQL it ran. A search is posted once first: the listing
    reads it from the session."""
    params = dict(params)
    query = params.pop("q", None)
    if query and not client.session.get(SESSION_KEY):
        client.post(INDEX, {"q": query})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(INDEX, params)
    assert response.status_code == 200
    return response, [query["sql"] for query in queries.captured_queries]


def hide_names(client):
    """The screen-privacy switch on (casework/names.py): the listing then shows pseudonyms only,
    which the tests below hold to decrypting nothing. Names shown: see the last test."""
    session = client.session
    session[names.PRIVACY_SESSION_KEY] = True
    session.save()
    return client


def stored_names():
    """Every person's first and last name as stored (encrypted)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT first_name, last_name FROM casework_person")
        return {token for row in cursor.fetchall() for token in row if token}


def name_columns_only(sql):
    columns = set(re.findall(r'"casework_person"\."(\w+)"', sql)) & set(Person.IDENTIFYING_FIELDS)
    return columns <= {"first_name", "last_name"}


def encrypted_reads(sqls):
    return [sql for sql in sqls if ENCRYPTED_COLUMN.search(sql)]


@pytest.fixture
def decryptions(monkeypatch):
    """Every value decrypted from now on (EncryptedTextField decrypts as it loads a row)."""
    seen = []
    original = crypto.decrypt_str

    def spy(token):
        seen.append(token)
        return original(token)

    monkeypatch.setattr(crypto, "decrypt_str", spy)
    return seen


def own_device_secrets(user):
    """The signed-in user's own authenticator secret, as stored: django-otp reloads her device on
    every request (decrypting its key), which is no casework value."""
    from accounts.models import AppDevice

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {connection.ops.quote_name('key')} FROM {AppDevice._meta.db_table} "  # noqa: S608
            "WHERE user_id = %s",
            [user.pk],
        )
        return {row[0] for row in cursor.fetchall()}


def listed(response, cases):
    html = response.content.decode()
    return [case for case in cases if case.reference in html]


@pytest.mark.parametrize("params", LISTINGS.values(), ids=LISTINGS.keys())
@pytest.mark.parametrize("persona", ["cw_listening", "sup_listening"])
def test_listing_runs_as_many_queries_for_40_cases_as_for_5(
    request, login, add_cases, decryptions, persona, params
):
    user = request.getfixturevalue(persona)
    client = hide_names(login(user))
    cases = add_cases(5)
    get_listing(client, params)  # process-wide caches (content types, site) fill once
    small, small_sqls = get_listing(client, params)

    cases = add_cases(35)
    large, large_sqls = get_listing(client, params)

    # The larger page really shows more rows, so a per-row query would show in the count.
    assert len(listed(large, cases)) >= len(listed(small, cases)) + 5
    assert len(large_sqls) == len(small_sqls), "\n".join(
        sql for sql in large_sqls if sql not in small_sqls
    )
    # The search itself is kept encrypted in the session: reading it is no stored record's value.
    searches = set(client.session.get(SESSION_KEY, {}).values()) | own_device_secrets(user)
    if "q" in params:
        # A search by name decrypts its candidates' names, and nothing else (casework/names.py).
        searches |= stored_names()
    stored = [token for token in decryptions if token not in searches]
    assert stored == [], "the listing decrypted stored values"
    for sql in encrypted_reads(small_sqls + large_sqls):
        assert "q" in params and name_columns_only(sql), sql


def test_search_by_reference_finds_the_case_without_decrypting(
    login, sup_listening, add_cases, decryptions
):
    cases = add_cases(12)
    client = hide_names(login(sup_listening))
    response, sqls = get_listing(client, {"q": cases[7].reference})
    assert listed(response, cases) == [cases[7]]
    ignored = set(client.session[SESSION_KEY].values()) | own_device_secrets(sup_listening)
    assert [token for token in decryptions if token not in ignored] == []
    assert encrypted_reads(sqls) == []


def test_the_guards_catch_a_column_reading_the_persons_name(
    monkeypatch, login, sup_listening, add_cases, decryptions
):
    """The checks above would fail for a listing that touches case.person.first_name."""
    from casework.viewsets.cases import CaseIndexView

    add_cases(3)
    original = CaseIndexView.get_base_queryset

    def careless(self):
        queryset = original(self)
        for case in queryset[:3]:
            case.person.first_name  # noqa: B018 (what a careless column would do)
        return queryset

    monkeypatch.setattr(CaseIndexView, "get_base_queryset", careless)
    _response, sqls = get_listing(hide_names(login(sup_listening)), {})
    assert decryptions
    assert len(encrypted_reads(sqls)) == 3


def test_with_names_shown_only_the_names_of_the_pages_persons_are_read_and_decrypted(
    login, sup_listening, add_cases, decryptions
):
    add_cases(60)
    client = login(sup_listening)
    response, sqls = get_listing(client, {})
    shown = re.findall(r'href="/admin/casework/cases/inspect/(\d+)/"', response.content.decode())
    assert len(shown) == 50
    placeholders = ", ".join(["%s"] * len(shown))
    sql = (
        "SELECT p.first_name, p.last_name FROM casework_person p JOIN casework_case c "  # noqa: S608 (placeholders only)
        "ON c.person_id = p.id WHERE c.id IN (" + placeholders + ")"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, shown)
        names_of_the_page = {token for row in cursor.fetchall() for token in row if token}
    ignored = own_device_secrets(sup_listening)
    assert {token for token in decryptions if token not in ignored} <= names_of_the_page
    for sql in encrypted_reads(sqls):
        assert name_columns_only(sql), sql
