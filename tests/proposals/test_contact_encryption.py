"""A youth group's contact and guardian are encrypted at rest like casework identities: the
database holds tokens, the officers read the names, a key rotation re-encrypts them, and the
migration encrypts what was stored before it (and its reverse decrypts)."""

import io

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cms import crypto
from proposals.models import Proposal
from tests.proposals.test_public_form import form_data

CLEAR = {
    "contact_name": "Youssra Chiffrée",
    "contact_phone": "+212 661 22 33 44",
    "contact_email": "youssra.chiffree@example.test",
    "guardian_consent_name": "Fatima Tutrice",
}
COLUMNS = list(CLEAR)


def raw_row(pk):
    """The stored columns, read with SQL: what a database dump or a backup holds."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(map(quote, COLUMNS))} FROM proposals_proposal WHERE id = %s",  # noqa: S608
            [pk],
        )
        return dict(zip(COLUMNS, cursor.fetchone(), strict=True))


@pytest.fixture
def minors_proposal(client):
    data = form_data(male_15_17="2", guardian_consent_method="phone", **CLEAR)
    assert client.post("/fr/propositions/", data).status_code == 302
    return Proposal.objects.get()


@pytest.mark.django_db
def test_the_database_holds_no_contact_in_clear(minors_proposal):
    stored = raw_row(minors_proposal.pk)

    for column, clear in CLEAR.items():
        assert clear not in stored[column]
        assert "youssra" not in stored[column].casefold()
        assert crypto.decrypt_str(stored[column]) == clear
    reread = Proposal.objects.get(pk=minors_proposal.pk)
    assert {column: getattr(reread, column) for column in COLUMNS} == CLEAR


@pytest.mark.django_db
def test_the_officer_reads_the_contact_in_the_french_admin(minors_proposal, officer_speaking):
    client = officer_speaking("fr")

    html = client.get(f"/admin/proposals/inspect/{minors_proposal.pk}/").content.decode()
    for clear in CLEAR.values():
        assert clear in html
    assert "nom de la personne de contact" in html.casefold()
    form = client.get(f"/admin/proposals/edit/{minors_proposal.pk}/").content.decode()
    assert f'type="email" name="contact_email" value="{CLEAR["contact_email"]}"' in form
    assert 'name="contact_name" value="Youssra Chiffrée"' in form


@pytest.mark.django_db
def test_the_public_form_refuses_an_email_address_that_is_none(client):
    response = client.post("/fr/propositions/", form_data(contact_email="pas-une-adresse"))

    assert response.status_code == 400
    assert not Proposal.objects.exists()


@pytest.mark.django_db
def test_a_key_rotation_re_encrypts_the_contacts_and_the_old_key_can_go(minors_proposal, settings):
    old = settings.CASEWORK_ENCRYPTION_KEYS[0]
    new = Fernet.generate_key().decode()
    before = raw_row(minors_proposal.pk)
    try:
        settings.CASEWORK_ENCRYPTION_KEYS = [new, old]
        crypto.reset_keys()
        call_command("rotate_casework_keys", stdout=io.StringIO(), stderr=io.StringIO())
        after = raw_row(minors_proposal.pk)

        settings.CASEWORK_ENCRYPTION_KEYS = [new]
        crypto.reset_keys()
        for column in COLUMNS:
            assert after[column] != before[column]
            assert Fernet(new.encode()).decrypt(after[column].encode()).decode() == CLEAR[column]
        reread = Proposal.objects.get(pk=minors_proposal.pk)
        assert {column: getattr(reread, column) for column in COLUMNS} == CLEAR
    finally:
        crypto.reset_keys()


def _migrate(target):
    """Migrate the proposals to `target`; the models as they were there."""
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    executor.loader.build_graph()
    return executor.loader.project_state([target]).apps


BEFORE = ("proposals", "0002_youth_officers_group")


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_existing_contacts_and_its_reverse_decrypts_them():
    old_apps = _migrate(BEFORE)
    stored_before = old_apps.get_model("proposals", "Proposal").objects.create(
        tracking_code="ABCDEFGHJK",
        group_name="Groupe",
        male_15_17=2,
        guardian_consent_method="phone",
        title="Titre",
        summary="Résumé",
        description="Description",
        theme="sport",
        target_publics="Les jeunes",
        estimated_budget=1000,
        **CLEAR,
    )
    pk = stored_before.pk
    assert raw_row(pk) == CLEAR
    try:
        _migrate(("proposals", "0003_encrypt_contacts"))
        stored = raw_row(pk)
        assert all(crypto.decrypt_str(stored[column]) == CLEAR[column] for column in COLUMNS)
        assert not set(CLEAR.values()) & set(stored.values())
        assert Proposal.objects.get(pk=pk).contact_email == CLEAR["contact_email"]

        _migrate(BEFORE)
        assert raw_row(pk) == CLEAR
    finally:
        leaf = MigrationExecutor(connection).loader.graph.leaf_nodes("proposals")
        _migrate(leaf[0])


@pytest.mark.django_db
def test_the_officers_search_goes_by_title_group_or_code_never_by_contact(
    minors_proposal, officer_speaking
):
    client = officer_speaking("fr")

    by_group = client.get("/admin/proposals/", {"q": "Shabab"})
    by_contact = client.get("/admin/proposals/", {"q": "Youssra"})

    assert (by_group.status_code, by_contact.status_code) == (200, 200)
    assert minors_proposal.title in by_group.content.decode()
    assert minors_proposal.title not in by_contact.content.decode()
