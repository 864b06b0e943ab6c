"""Demo youth proposals: 26 synthetic proposals across every status, two past forums with their
results, one coming forum, and draft project pages for the selected ones. Running it again
changes nothing."""

import datetime
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from proposals import notifications
from proposals.models import Forum, Proposal, ProposalStatus

IDEAS = [
    ("Jardin potager de l'école", "environment"),
    ("Tournoi de football des douars", "sport"),
    ("Atelier de couture solidaire", "socio_economic"),
    ("Ciné-club en tamazight", "culture"),
    ("Nettoyage de l'oued", "environment"),
    ("Cours de soutien scolaire", "social"),
    ("Coopérative de figues de Barbarie", "socio_economic"),
    ("Festival d'ahwach des jeunes", "culture"),
    ("Terrain de basket", "sport"),
    ("Bibliothèque de quartier", "culture"),
    ("Campagne de dépistage du diabète", "health"),
    ("Parlement des jeunes", "citizenship"),
    ("Pépinière d'arganiers", "environment"),
    ("Atelier de réparation de vélos", "socio_economic"),
    ("Accompagnement des aînés", "social"),
    ("Club de théâtre", "culture"),
    ("Randonnées pour tous", "sport"),
    ("Compostage collectif", "environment"),
    ("Radio des jeunes en ligne", "citizenship"),
    ("Atelier d'apiculture", "socio_economic"),
    ("Fresque murale du village", "culture"),
    ("Premiers secours pour les jeunes", "health"),
    ("Course des femmes de Belfaa", "sport"),
    ("Alphabétisation numérique", "social"),
    ("Marché des produits du terroir", "socio_economic"),
    ("École de musique amazighe", "culture"),
]
# The demo's groups write in French (every text above is French) and a project page is drafted in
# its group's language: a group said to write in English put French pages under /en/.
LANGUAGE = "fr"


def build_proposals(log):
    if Proposal.objects.filter(group_name__startswith="Démo ").exists():
        log("Demo youth proposals already there.")
        return
    officer = get_user_model().objects.filter(username="youth-officer").first()
    rng = random.Random(2026)  # noqa: S311 (repeatable synthetic data, not secrets)
    today = timezone.localdate()
    with notifications.suppressed(), transaction.atomic():
        spring = Forum.objects.create(
            title="Forum des jeunes du printemps",
            date=today - datetime.timedelta(days=150),
            place="Maison de la création multiculturelle",
        )
        autumn = Forum.objects.create(
            title="Forum des jeunes d'automne",
            date=today - datetime.timedelta(days=45),
            place="Salle communale de Belfaa",
        )
        coming = Forum.objects.create(
            title="Forum des jeunes de l'été",
            date=today + datetime.timedelta(days=30),
            place="Maison de la création multiculturelle",
        )
        proposals = []
        for n, (title, theme) in enumerate(IDEAS):
            minors = n % 3 == 0
            proposals.append(
                Proposal.objects.create(
                    group_name=f"Démo Jeunes de Belfaa {n + 1}",
                    language=LANGUAGE,
                    female_15_17=rng.randint(1, 4) if minors else 0,
                    male_15_17=rng.randint(0, 3) if minors else 0,
                    female_18_24=rng.randint(1, 6),
                    male_18_24=rng.randint(0, 6),
                    female_25_35=rng.randint(0, 2),
                    contact_name=f"Contact synthétique {n + 1}",
                    contact_email=f"groupe{n + 1}@demo.tiwizi.invalid",
                    guardian_consent_name=f"Parent synthétique {n + 1}" if minors else "",
                    guardian_consent_method="signed_form" if minors else "",
                    title=title,
                    summary=f"{title} : un projet des jeunes pour la commune.",
                    description=f"{title}. Le groupe décrit ici les étapes, le calendrier "
                    "et les partenaires du projet.",
                    theme=theme,
                    target_publics="Les jeunes et les familles de Belfaa",
                    estimated_budget=Decimal(rng.randrange(3000, 60000, 500)),
                    needs="Une salle, du matériel et un accompagnement.",
                    submitted_on_paper=n % 5 == 0,
                    entered_by=officer if n % 5 == 0 else None,
                )
            )
        it = iter(proposals)

        def take(count):
            return [next(it) for _ in range(count)]

        take(3)  # submitted
        for p in take(3):
            p.start_review(by=officer, answer="Pouvez-vous préciser le budget ?")
        for p in take(3):
            p.mark_not_eligible("Ce projet dépasse le budget du programme.", by=officer)

        def eligible(group):
            for p in group:
                p.mark_eligible("Votre proposition est recevable.", by=officer)
            return group

        eligible(take(3))  # eligible, not yet on an agenda
        for p in eligible(take(3)):
            p.present_at(coming, by=officer)
        for forum, group, women, men in ((spring, take(6), 48, 41), (autumn, take(5), 37, 40)):
            for p in eligible(group):
                p.present_at(forum, by=officer)
            tallies = {p: (rng.randint(5, 60), i % 2 == 0) for i, p in enumerate(group)}
            forum.close(tallies, (women, men), f"Compte rendu du {forum.title}.", by=officer)
        selected = list(Proposal.objects.selected_projects().filter(group_name__startswith="Démo"))
        for i, p in enumerate(selected):
            p.refresh_from_db()
            if i % 3 != 2:
                p.start_project(by=officer, answer="Le projet démarre avec la commune.")
            if i % 3 == 0 and forum_is_old(p):
                p.complete(by=officer, answer="Le projet est terminé : bravo !")
            page = p.draft_project_page(by=officer)
            if page is not None and p.status != ProposalStatus.SELECTED:
                publish_as_the_lead(page, p, i)
    log(f"{len(proposals)} demo youth proposals, 3 forums (2 closed), {len(selected)} selected.")


def publish_as_the_lead(page, proposal, index):
    """What the communications lead does with a started project's draft: completes it with its
    progress and milestones, and publishes it (the newest stay in her review queue)."""
    lead = get_user_model().objects.filter(groups__name="Communications leads").first()
    done = proposal.status == ProposalStatus.COMPLETED
    start = proposal.forum.date if proposal.forum else timezone.localdate()
    page = page.specific
    page.status = "completed" if done else "in_progress"
    page.progress = 100 if done else 20 + 15 * (index % 4)
    page.start_date = start
    page.milestones = [
        (
            "milestone",
            {
                "title": title,
                "date": start + datetime.timedelta(days=days),
                "done": done or days < 60,
            },
        )
        for title, days in (
            ("Réunion de lancement avec la commune", 14),
            ("Achat du matériel", 45),
            ("Première activité ouverte au public", 90),
            ("Bilan présenté au forum suivant", 180),
        )
    ]
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=lead)
    page.save_revision(user=lead, log_action=True).publish(user=lead)


def forum_is_old(proposal):
    forum = proposal.forum
    return forum is not None and forum.date < timezone.localdate() - datetime.timedelta(days=100)
