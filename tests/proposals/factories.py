"""Factories of the youth proposals: a proposal from an adult group, a forum."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from proposals.models import Forum, Proposal


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    group_name = factory.Sequence(lambda n: f"Jeunes de Belfaa {n}")
    female_18_24 = 3
    male_18_24 = 2
    contact_name = "Amina Synthétique"
    contact_phone = "+212 600 000 000"
    contact_email = factory.Sequence(lambda n: f"groupe{n}@example.test")
    title = factory.Sequence(lambda n: f"Jardin partagé {n}")
    summary = "Un jardin partagé près de l'école."
    description = "Planter, arroser, récolter ensemble."
    theme = "environment"
    target_publics = "Les enfants du douar"
    estimated_budget = Decimal("12000.00")
    needs = "Un terrain et de l'eau"
    language = "fr"


class ForumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Forum

    title = factory.Sequence(lambda n: f"Forum des jeunes {n}")
    date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=14))
    place = "Maison de la création"


def proposal_in(status, officer, forum=None, **kwargs):
    """A proposal moved through the real methods up to `status`."""
    proposal = ProposalFactory(**kwargs)
    if status == "submitted":
        return proposal
    proposal.start_review(by=officer)
    if status == "under_review":
        return proposal
    if status == "not_eligible":
        proposal.mark_not_eligible("Hors du champ du programme.", by=officer)
        return proposal
    proposal.mark_eligible("Proposition recevable.", by=officer)
    if status == "eligible":
        return proposal
    forum = forum or ForumFactory()
    proposal.present_at(forum, by=officer)
    if status == "presented":
        return proposal
    chosen = status != "not_selected"
    forum.close({proposal.pk: (40, chosen)}, (10, 12), "Compte rendu.", by=officer)
    proposal.refresh_from_db()
    if status in ("selected", "not_selected"):
        return proposal
    proposal.start_project(by=officer)
    if status == "in_progress":
        return proposal
    proposal.complete(by=officer)
    return proposal
