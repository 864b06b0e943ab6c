"""Every URL of the casework admin viewsets, walked from Django's resolver with real ids, answers
200, 302, 403, 404 or 405 (a POST-only action asked with GET), never a 500: to a superuser (with
and without an emergency access), a caseworker of another service and a caseworker of the
service, for GET and for POST. A first step towards the URL-by-persona table of issue 12.

The history, history-results and usage views Wagtail gives every ModelViewSet once answered 500
on group activities; ConfidentialViewSet no longer serves them: 404 to everyone."""

import pytest
from django.urls import URLResolver, get_resolver, reverse

from casework.models import EmergencyAccess, GroupActivity, Incident
from tests.factories import (
    AttachmentFactory,
    CaseSessionFactory,
    FollowUpFactory,
    ReferralFactory,
    service,
)

NAMESPACES = ("casework_cases", "casework_activities")
ANSWERS = {200, 302, 403, 404, 405}

# Wagtail's own views that ConfidentialViewSet removes (they read Wagtail's log, where casework
# never writes).
REMOVED = [
    "/admin/casework/activities/history/{activity}/",
    "/admin/casework/activities/history-results/{activity}/",
    "/admin/casework/activities/usage/{activity}/",
    "/admin/casework/cases/history-results/{case}/",
    "/admin/casework/cases/usage/{case}/",
]


def casework_url_names():
    """(namespace, url name, keyword arguments) of every URL the casework viewsets serve."""

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, pattern.namespace or namespace)
            elif namespace in NAMESPACES:
                yield namespace, pattern.name, sorted(pattern.pattern.converters)

    return list(walk(get_resolver().url_patterns))


@pytest.fixture
def world(listening_case, cw_listening, sup_listening):
    """`listening_case` with a record of each kind (an internal referral to the migrant office,
    which its caseworker may then read) and a support group of the listening centre."""
    case = listening_case
    referral = ReferralFactory(case=case)
    activity = GroupActivity(
        service=service("listening"), kind="support_group", title="Groupe", women_count=1
    )
    activity.add(by=cw_listening, participants=[case.person])
    return {
        "case": case,
        "activity": activity,
        "referral": referral,
        "records": {
            "session_edit": CaseSessionFactory(case=case, recorded_by=cw_listening).pk,
            "followup_done": FollowUpFactory(case=case).pk,
            "consent_withdraw": referral.consent.pk,
            "referral_revoke": referral.pk,
            "attachment_download": AttachmentFactory(case=case).pk,
            "incident_edit": Incident.objects.create(
                case=case,
                acts=["psychological"],
                violence_type="psychological",
                occurred_on=case.opened_on,
                place_type="street",
                aggressor_relationship="stranger",
            ).pk,
        },
    }


def urls(world):
    """Every casework URL with real ids; the deletions last, so a POST walk reaches the rest."""
    found = []
    for namespace, name, kwarg_names in casework_url_names():
        values = {
            "pk": world["activity" if namespace == "casework_activities" else "case"].pk,
            "record_pk": world["records"].get(name),
            "referral_pk": world["referral"].pk,
            "answer": "accept",
        }
        found.append(reverse(f"{namespace}:{name}", kwargs={k: values[k] for k in kwarg_names}))
    found.append(reverse("casework_cases:index") + "?export=csv")
    return sorted(found, key=lambda url: "/delete/" in url)


PERSONAS = {
    "superuser": "tech_admin",
    "superuser under emergency access": "tech_admin",
    "caseworker of another service": "cw_migrants",
    "caseworker of the service": "cw_listening",
}


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_every_casework_url_answers_without_a_server_error(request, login, world, persona, method):
    user = request.getfixturevalue(PERSONAS[persona])
    if persona == "superuser under emergency access":
        EmergencyAccess.open(world["case"], by=user, reason="Database repair after incident 42")
    client = login(user)
    client.raise_request_exception = False
    walked = urls(world)
    assert len(walked) >= 30  # the walk found the viewsets' URLs

    answers = {url: getattr(client, method)(url).status_code for url in walked}
    assert {url: code for url, code in answers.items() if code not in ANSWERS} == {}


@pytest.mark.parametrize("persona", PERSONAS)
def test_wagtails_history_and_usage_views_are_not_served_on_casework(
    request, login, world, persona
):
    client = login(request.getfixturevalue(PERSONAS[persona]))
    client.raise_request_exception = False
    for url in REMOVED:
        url = url.format(case=world["case"].pk, activity=world["activity"].pk)
        assert client.get(url).status_code == 404, url
