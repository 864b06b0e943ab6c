"""The data protection officer's audit trail in the admin: she lists, filters, inspects and exports
it; nobody else, superusers included, can reach it or see it in the menu."""

import csv
import io
import re
from datetime import UTC, datetime
from unittest import mock

import openpyxl
import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.users.models import UserProfile

from audit import trail
from audit.models import AuditAction, AuditEntry

pytestmark = pytest.mark.django_db

INDEX = "audit_trail:index"


@pytest.fixture
def some_entries(cw_listening, cw_migrants, tech_admin, listening_case, migrants_case):
    """A few days of audit trail: caseworkers opening their cases, the technical administrator's
    emergency access (flagged), a failed login with a hostile user name, a consent override."""

    def at(day):
        return mock.patch.object(
            trail.timezone, "now", return_value=datetime(2026, 3, day, 9, 30, tzinfo=UTC)
        )

    with at(2):
        trail.record(AuditAction.VIEW, user=cw_listening, obj=listening_case)
    with at(3):
        trail.record(AuditAction.VIEW, user=cw_migrants, obj=migrants_case)
    with at(4):
        emergency = trail.record(
            AuditAction.EMERGENCY_ACCESS, user=tech_admin, obj=listening_case, flagged=True
        )
    with at(5):
        trail.record(AuditAction.LOGIN_FAILED, username='=HYPERLINK("http://x.invalid")')
    with at(6):
        override = trail.record(
            AuditAction.CONSENT_OVERRIDE, user=cw_listening, obj=listening_case, flagged=True
        )
    return {"emergency": emergency, "override": override}


@pytest.fixture
def dpo_client(dpo, verified_client):
    """Karim, the data protection officer, logged in with both factors, his admin in English."""
    profile = UserProfile.get_for_user(dpo)
    profile.preferred_language = "en"
    profile.save()
    return verified_client(dpo)


def rows(response):
    """The listing's rows as the DPO reads them: one line of text per entry."""
    body = re.search(r"<tbody>(.*?)</tbody>", response.content.decode(), re.S)
    if body is None:
        return []
    return [
        " ".join(re.sub(r"<[^>]+>", " ", row).split())
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1), re.S)
    ]


def exported_csv(response):
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


# --- The data protection officer ------------------------------------------------------------------


def test_dpo_sees_the_audit_trail_in_her_menu(dpo_client):
    response = dpo_client.get(reverse("wagtailadmin_home"))
    assert reverse(INDEX) in response.content.decode()


def test_dpo_lists_the_audit_trail_newest_first(dpo_client, some_entries, listening_case):
    response = dpo_client.get(reverse(INDEX))

    assert response.status_code == 200
    listed = rows(response)
    newest = AuditEntry.objects.order_by("-pk")[:3]
    assert [row.split()[0] for row in listed[:3]] == [f"#{entry.pk}" for entry in newest]
    assert any(
        "2026-03-02 09:30:00 UTC cw-listening Viewed" in row and listening_case.reference in row
        for row in listed
    )


def test_flagged_entries_are_marked_in_the_listing(dpo_client, some_entries):
    listed = rows(dpo_client.get(reverse(INDEX)))

    flagged = [row for row in listed if row.endswith("Flagged")]
    assert [row.split()[0] for row in flagged] == [
        f"#{some_entries['override'].pk}",
        f"#{some_entries['emergency'].pk}",
    ]
    assert "Emergency access" in flagged[1]


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"actor_username": "cw-migrants"}, ["cw-migrants Viewed"]),
        ({"action": "emergency_access"}, ["admin Emergency access"]),
        ({"flagged": "true"}, ["Referred without consent", "admin Emergency access"]),
        ({"at_from": "2026-03-03", "at_to": "2026-03-04"}, ["Emergency", "cw-migrants"]),
    ],
)
def test_dpo_filters_by_user_action_flag_and_date(dpo_client, some_entries, query, expected):
    listed = rows(dpo_client.get(reverse(INDEX), {**query, "ordering": "-pk"}))

    assert len(listed) == len(expected)
    for row, words in zip(listed, expected, strict=True):
        assert words in row


def test_dpo_filters_by_record_reference_or_id(dpo_client, some_entries, migrants_case):
    by_reference = rows(dpo_client.get(reverse(INDEX), {"record": migrants_case.reference}))
    by_id = rows(
        dpo_client.get(
            reverse(INDEX), {"record": str(migrants_case.pk), "object_type": "casework.case"}
        )
    )

    assert by_reference == by_id
    about_the_case = AuditEntry.objects.filter(
        object_type="casework.case", object_id=migrants_case.pk
    )
    assert [row.split()[0] for row in by_reference] == [
        f"#{pk}" for pk in about_the_case.order_by("-pk").values_list("pk", flat=True)
    ]
    assert all(migrants_case.reference in row for row in by_reference)
    assert "cw-migrants Viewed" in " ".join(by_reference)


def test_dpo_reads_one_entry_with_its_hashes(dpo_client, some_entries):
    entry = some_entries["emergency"]
    response = dpo_client.get(reverse("audit_trail:inspect", args=[entry.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert entry.hash in html and entry.previous_hash in html
    assert "2026-03-04 09:30:00 UTC" in html
    assert "Edit" not in re.sub(r"<script.*?</script>", "", html, flags=re.S)


def test_dpo_exports_the_filtered_trail_as_csv(dpo_client, dpo, some_entries):
    response = dpo_client.get(reverse(INDEX), {"flagged": "true", "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert 'filename="audit-trail-' in response["Content-Disposition"]
    exported = exported_csv(response)
    assert [row["Entry"] for row in exported] == [
        str(some_entries["override"].pk),
        str(some_entries["emergency"].pk),
    ]
    assert exported[1]["Action"] == "Emergency access"
    assert exported[1]["Hash"] == some_entries["emergency"].hash
    assert exported[1]["Who"] == "admin"


def test_exporting_the_trail_is_itself_audited(dpo_client, dpo, some_entries):
    before = AuditEntry.objects.count()

    exported = exported_csv(dpo_client.get(reverse(INDEX), {"export": "csv"}))

    entry = AuditEntry.objects.latest("pk")
    assert (entry.action, entry.actor_username) == (AuditAction.EXPORT, "dpo")
    assert entry.details["rows"] == len(exported) == before
    assert entry.details["format"] == "csv"
    assert str(entry.pk) not in [row["Entry"] for row in exported]
    assert trail.verify_chain().ok


def test_the_export_entry_names_the_filters_used_not_what_was_typed(dpo_client, some_entries):
    dpo_client.get(reverse(INDEX), {"record": "Fatima Bakrim", "export": "csv"})

    entry = AuditEntry.objects.latest("pk")
    assert entry.details["filters"] == ["record"]
    assert "Fatima" not in str(entry.details)


def test_dpo_exports_the_trail_as_xlsx(dpo_client, some_entries):
    response = dpo_client.get(reverse(INDEX), {"action": "emergency_access", "export": "xlsx"})

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *data = list(sheet.values)
    assert "Hash" in header and "Action" in header
    assert len(data) == 1
    assert data[0][header.index("Action")] == "Emergency access"


def test_a_user_name_that_looks_like_a_formula_is_exported_as_text(dpo_client, some_entries):
    exported = exported_csv(
        dpo_client.get(reverse(INDEX), {"action": "login_failed", "export": "csv"})
    )

    assert exported[0]["Who"] == '\'=HYPERLINK("http://x.invalid")'


def test_the_audit_trail_has_no_add_edit_or_delete(dpo_client, some_entries):
    for name in ("add", "edit", "delete", "copy", "history"):
        with pytest.raises(NoReverseMatch):
            reverse(f"audit_trail:{name}", args=[] if name == "add" else [1])
    entry = some_entries["emergency"]
    base = reverse(INDEX)
    for url in (f"{base}new/", f"{base}edit/{entry.pk}/", f"{base}delete/{entry.pk}/"):
        assert dpo_client.post(url).status_code == 404
    assert AuditEntry.objects.filter(pk=entry.pk, hash=entry.hash).exists()


# --- Everyone else --------------------------------------------------------------------------------

OUTSIDERS = ["cw_listening", "sup_listening", "editor", "coordinator", "tech_admin"]


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_others_do_not_see_the_audit_trail_in_their_menu(request, persona, verified_client):
    client = verified_client(request.getfixturevalue(persona))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert reverse(INDEX) not in response.content.decode()


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_others_get_404_on_every_audit_url_and_the_attempt_is_audited(
    request, persona, verified_client, some_entries
):
    user = request.getfixturevalue(persona)
    client = verified_client(user)
    entry = some_entries["emergency"]

    for url, query in [
        (reverse(INDEX), {}),
        (reverse(INDEX), {"export": "csv"}),
        (reverse(INDEX), {"export": "xlsx"}),
        (reverse("audit_trail:index_results"), {}),
        (reverse("audit_trail:inspect", args=[entry.pk]), {}),
    ]:
        response = client.get(url, query)
        assert response.status_code == 404, url
        assert entry.hash.encode() not in response.content

    assert not AuditEntry.objects.filter(action=AuditAction.EXPORT).exists()
    denied = AuditEntry.objects.filter(action=AuditAction.DENIED, actor_username=user.username)
    assert denied.count() == 5
    assert {row["wanted"] for row in denied.values_list("details", flat=True)} == {"audit_trail"}


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, some_entries):
    response = client.get(reverse(INDEX))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_in_french_an_entry_reads_as_words_not_as_stored(dpo_client, dpo, listening_case):
    profile = UserProfile.get_for_user(dpo)
    profile.preferred_language = "fr"
    profile.save()
    entry = trail.record(
        AuditAction.CLOSE, obj=listening_case, step="approved", fields=["status", "risk_level"]
    )
    response = dpo_client.get(reverse("audit_trail:inspect", args=[entry.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Empreinte précédente" in html and "Previous hash" not in html
    assert "casework.case" not in html and "dossier" in html
    assert "fields: status, risk_level; step: approved" in html
    assert '{"step"' not in html


def test_the_policy_names_the_active_dpos_as_its_only_readers(
    dpo, cw_listening, tech_admin, django_assert_num_queries
):
    """audit/permissions.py asked directly: readers are active DPOs; nobody may change it."""
    from django.contrib.auth.models import AnonymousUser, Group

    from audit.permissions import DPO_GROUP, AuditTrailPermissionPolicy, RuleBasedPolicy, is_dpo
    from tests.factories import UserFactory

    former = UserFactory(username="former-dpo", is_active=False)
    former.groups.add(Group.objects.get(name=DPO_GROUP))
    policy = AuditTrailPermissionPolicy(AuditEntry)
    assert not is_dpo(AnonymousUser())
    dpo = type(dpo).objects.get(pk=dpo.pk)
    with django_assert_num_queries(1):
        assert is_dpo(dpo) and is_dpo(dpo)  # read once per user object
    assert list(policy.users_with_any_permission(["view"])) == [dpo]
    assert list(policy.users_with_any_permission_for_instance(["view"], None)) == [dpo]
    assert not policy.users_with_any_permission(["change"]).exists()
    assert policy.user_has_permission(dpo, "view")
    assert not policy.user_has_permission(dpo, "change")
    assert not policy.user_has_permission(tech_admin, "view")
    assert not policy.user_has_permission(former, "view")
    trail.record(AuditAction.VIEW, user=cw_listening)
    assert policy.instances_user_has_any_permission_for(dpo, ["view"]).count() == 1
    assert not policy.instances_user_has_any_permission_for(cw_listening, ["view"]).exists()
    # A policy that says nothing denies everything and names nobody.
    silent = RuleBasedPolicy(AuditEntry)
    assert not silent.user_has_permission(dpo, "view")
    assert not silent.user_has_any_permission(dpo, ["view", "change"])
    assert not silent.users_with_any_permission(["view"]).exists()
    entry = AuditEntry.objects.get()
    assert not silent.user_has_permission_for_instance(dpo, "view", entry)
    assert not silent.user_has_any_permission_for_instance(dpo, ["view", "change"], entry)
    assert not silent.instances_user_has_any_permission_for(dpo, ["view"]).exists()
    assert policy.user_has_permission_for_instance(dpo, "view", entry)
    assert policy.user_has_any_permission_for_instance(dpo, ["change", "view"], entry)
    assert not policy.user_has_any_permission_for_instance(dpo, ["change", "delete"], entry)
