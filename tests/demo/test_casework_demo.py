"""The demo caseload reaches its states the way staff do in the admin: closures are asked for and
approved, referrals are answered."""

import pytest
from django.utils import timezone

from casework.models import Case, Referral, ReferralStatus, RightsRequest
from tests.conftest import demo_for_the_module

pytestmark = pytest.mark.django_db

caseload = demo_for_the_module("--only", "personas", "--only", "casework")


def test_every_service_has_cases_closed_on_a_request_its_supervisor_approved(caseload):
    closed = Case.objects.closed().select_related("service__supervisors_group", "owner")
    assert {case.service.kind for case in closed} == {"listening", "migrants", "daycentre"}
    for case in closed:
        # What the case file shows: the day it closed and why.
        assert case.closed_on and case.closure_reason, case
        (supervisor,) = case.service.supervisors_group.user_set.all()
        assert case.closure_requested_by == (case.owner or supervisor), case
        # Closed months after it was opened, as the paper file says; never in the future.
        assert case.opened_on < case.closed_on <= timezone.localdate(), case
    assert len({case.closed_on for case in closed}) > 10
    waiting = Case.objects.awaiting_closure()
    assert waiting.exists()
    assert all(case.closure_requested_by == case.owner for case in waiting)


def test_a_referral_a_partner_has_answered_says_when(caseload):
    referrals = Referral.objects.all()
    answered = referrals.filter(status__in=[ReferralStatus.ACCEPTED, ReferralStatus.DONE])
    assert answered.exists() and referrals.filter(status=ReferralStatus.SENT).exists()
    assert not answered.filter(answered_at=None).exists()
    assert not referrals.filter(status=ReferralStatus.SENT).exclude(answered_at=None).exists()


def test_the_dpo_finds_requests_waiting_and_one_refused_for_a_case_in_court(caseload):
    requests = RightsRequest.objects.select_related("person", "recorded_by")
    waiting = {(r.kind, r.person.cases.first().service.kind) for r in requests.open()}
    assert waiting == {("access", "listening"), ("erasure", "migrants")}
    (refused,) = requests.filter(status="refused")
    assert refused.kind == "erasure"
    assert Case.objects.filter(person=refused.person).held().exists()
    assert {r.recorded_by.username for r in requests} == {"dpo"}
    # The erasure waiting is one the DPO can carry out: no case of his is held.
    (erasure,) = requests.open().filter(kind="erasure")
    assert not Case.objects.filter(person=erasure.person).held().exists()
