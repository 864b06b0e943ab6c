"""Demo youth proposals: 26 synthetic proposals across every status, two past forums with their
results, one coming forum, and draft project pages for the selected ones. Running it again
changes nothing."""

import datetime
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from demo import site_content as content
from home.models import EventPage
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
LANGUAGES = ["fr", "fr", "ar", "ar", "zgh", "en"]
# A group writes in its own language: the ideas of the groups that do not write in French, as
# they wrote them (IDEAS keeps the French, for the theme and the order).
WRITTEN_AS = {
    "Atelier de couture solidaire": "ورشة خياطة تضامنية",
    "Ciné-club en tamazight": "نادي سينمائي بالأمازيغية",
    "Nettoyage de l'oued": "ⴰⵙⵣⴷⴳ ⵏ ⵡⴰⵙⵉⴼ",
    "Cours de soutien scolaire": "After-school tutoring",
    "Terrain de basket": "ملعب كرة السلة",
    "Bibliothèque de quartier": "مكتبة الحي",
    "Campagne de dépistage du diabète": "ⴰⵙⵓⵔⵙ ⵏ ⵜⴷⵓⵙⵉ ⵅⴼ ⵓⵎⵓⴹⵏ ⵏ ⵜⵉⵥⵉⴹⵜ",
    "Parlement des jeunes": "Youth parliament",
    "Accompagnement des aînés": "مرافقة المسنين",
    "Club de théâtre": "نادي المسرح",
    "Randonnées pour tous": "ⵜⵉⵎⵓⴷⴰ ⵉ ⵎⴰⵕⵕⴰ",
    "Compostage collectif": "Community composting",
    "Fresque murale du village": "جدارية القرية",
    "Premiers secours pour les jeunes": "الإسعافات الأولية للشباب",
    "Course des femmes de Belfaa": "ⴰⵣⵣⴰⵍ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⴱⵍⴼⴰⵄ",
    "Alphabétisation numérique": "Digital literacy",
}
# What each group writes around its title, in its language.
GROUP_TEXTS = {
    "fr": (
        "Démo Jeunes de Belfaa {n}",
        "{title} : un projet des jeunes pour la commune.",
        "{title}. Le groupe décrit ici les étapes, le calendrier et les partenaires du projet.",
    ),
    "ar": (
        "شباب بلفاع {n} (تجريبي)",
        "{title}: مشروع للشباب من أجل الجماعة.",
        "{title}. تصف المجموعة هنا مراحل المشروع وجدوله الزمني وشركاءه.",
    ),
    "zgh": (
        "ⵉⵏⴰⵢⵍⵉⵍⵏ ⵏ ⴱⵍⴼⴰⵄ {n}",
        "{title}: ⴰⵙⵏⴼⴰⵔ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉ ⵜⵎⵙⵎⵓⵏⵜ.",
        "{title}. ⵜⴰⵔⴰⴱⵓⵜ ⵜⵙⵙⵏⵎⴰⵍ ⴷⵖⵉ ⵜⵉⴼⴼⵓⵔ ⴷ ⵓⵙⵎⵓⵜⵜⴳ ⴷ ⵉⵎⴷⵔⴰⵡⵏ ⵏ ⵓⵙⵏⴼⴰⵔ.",
    ),
    "en": (
        "Belfaa Youth {n} (demo)",
        "{title}: a youth project for the commune.",
        "{title}. The group describes the steps, the timetable and the partners of the project.",
    ),
}
# The officers' answers, written in the group's language.
ANSWERS = {
    "question": {
        "fr": "Pouvez-vous préciser le budget ?",
        "ar": "هل يمكنكم توضيح الميزانية؟",
        "zgh": "ⵉⵙ ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵙⵎⴰⵍⵎ ⵜⴰⵙⵎⵓⴷⴷⵓⵜ?",
        "en": "Could you give more detail on the budget?",
    },
    "not_eligible": {
        "fr": "Ce projet dépasse le budget du programme.",
        "ar": "يتجاوز هذا المشروع ميزانية البرنامج.",
        "zgh": "ⴰⵙⵏⴼⴰⵔ ⴰⴷ ⵉⵣⵔⵉ ⵜⴰⵙⵎⵓⴷⴷⵓⵜ ⵏ ⵓⵖⴰⵡⴰⵙ.",
        "en": "This project goes beyond the programme's budget.",
    },
    "eligible": {
        "fr": "Votre proposition est recevable.",
        "ar": "اقتراحكم مقبول.",
        "zgh": "ⴰⵙⵓⵎⵔ ⵏⵏⵓⵏ ⵉⵜⵜⵓⵇⴱⴰⵍ.",
        "en": "Your proposal is eligible.",
    },
    "started": {
        "fr": "Le projet démarre avec la commune.",
        "ar": "ينطلق المشروع مع الجماعة.",
        "zgh": "ⴰⵙⵏⴼⴰⵔ ⵉⴱⴷⴰ ⴷ ⵜⵎⵙⵎⵓⵏⵜ.",
        "en": "The project starts with the commune.",
    },
    "completed": {
        "fr": "Le projet est terminé : bravo !",
        "ar": "انتهى المشروع: أحسنتم!",
        "zgh": "ⴰⵙⵏⴼⴰⵔ ⵉⴽⵎⵍ: ⴰⵢⵢⵓⵣ!",
        "en": "The project is finished: well done!",
    },
}


def answer(kind, proposal):
    return ANSWERS[kind][proposal.language]


# The milestones a lead gives a started project's page, in the page's language.
MILESTONES = {
    "fr": (
        "Réunion de lancement avec la commune",
        "Achat du matériel",
        "Première activité ouverte au public",
        "Bilan présenté au forum suivant",
    ),
    "ar": (
        "اجتماع الانطلاق مع الجماعة",
        "شراء المعدات",
        "أول نشاط مفتوح للعموم",
        "حصيلة تقدم في المنتدى الموالي",
    ),
    "zgh": (
        "ⴰⵎⵢⴰⵏⴰⵡ ⵏ ⵓⵙⵙⵏⵜⵉ ⴷ ⵜⵎⵙⵎⵓⵏⵜ",
        "ⴰⵙⴰⵖ ⵏ ⵉⵎⴰⵙⵙⵏ",
        "ⵜⴰⵎⵙⴽⵔⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⵉⵕⵥⵎⵏ ⵉ ⵎⴰⵕⵕⴰ",
        "ⴰⵙⵎⵓⵜⵜⴳ ⵉⵜⵜⵓⵙⵎⴰⵍⴰⵏ ⴳ ⵓⵎⵓⴳⴰⵔ ⵉⴹⴼⵕⵏ",
    ),
    "en": (
        "Kick-off meeting with the commune",
        "Buying the equipment",
        "First activity open to the public",
        "Review presented at the next forum",
    ),
}


# The agenda's forum events (demo/site_content.py), oldest first: each forum is held on its event's
# day, at its place, and links to it.
AGENDA_FORUMS = (
    "forum-ouvert-des-jeunes-printemps",
    "forum-ouvert-des-jeunes-automne",
    "forum-ouvert-des-jeunes-hiver",
)
SEASONS = {  # month → French season, as the forums of past years are named (demo/indicators.py)
    **dict.fromkeys((3, 4, 5), "du printemps"),
    **dict.fromkeys((6, 7, 8), "de l'été"),
    **dict.fromkeys((9, 10, 11), "d'automne"),
    **dict.fromkeys((12, 1, 2), "d'hiver"),
}


def forum_of_event(slug, today):
    """A forum on the day and at the place of the agenda's event `slug`, named by its season,
    with that event page as its own when the demo site is built."""
    event = next(data for data in content.EVENTS if data["slug"] == slug)
    day = today + datetime.timedelta(days=event["days_from_today"])
    place = content.PLACE["title"] if event["place"] == content.PLACE["slug"] else event["location"]
    return Forum.objects.create(
        title=f"Forum des jeunes {SEASONS[day.month]} {day.year}",
        date=day,
        place=place.fr,
        event=EventPage.objects.filter(slug=slug, locale__language_code="fr").first(),
    )


def build_proposals(log):
    if Proposal.objects.filter(group_name__startswith="Démo ").exists():
        log("Demo youth proposals already there.")
        return
    officer = get_user_model().objects.filter(username="youth-officer").first()
    rng = random.Random(2026)  # noqa: S311 (repeatable synthetic data, not secrets)
    today = timezone.localdate()
    with notifications.suppressed(), transaction.atomic():
        spring, autumn, coming = (forum_of_event(slug, today) for slug in AGENDA_FORUMS)
        proposals = []
        for n, (idea, theme) in enumerate(IDEAS):
            minors = n % 3 == 0
            language = LANGUAGES[n % len(LANGUAGES)]
            title = WRITTEN_AS.get(idea, idea)
            group_name, summary, description = GROUP_TEXTS[language]
            proposals.append(
                Proposal.objects.create(
                    group_name=group_name.format(n=n + 1),
                    language=language,
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
                    summary=summary.format(title=title),
                    description=description.format(title=title),
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
            p.start_review(by=officer, answer=answer("question", p))
        for p in take(3):
            p.mark_not_eligible(answer("not_eligible", p), by=officer)

        def eligible(group):
            for p in group:
                p.mark_eligible(answer("eligible", p), by=officer)
            return group

        eligible(take(3))  # eligible, not yet on an agenda
        for p in eligible(take(3)):
            p.present_at(coming, by=officer)
        for forum, group, women, men in ((spring, take(6), 48, 41), (autumn, take(5), 37, 40)):
            for p in eligible(group):
                p.present_at(forum, by=officer)
            tallies = {p: (rng.randint(5, 60), i % 2 == 0) for i, p in enumerate(group)}
            forum.close(
                tallies,
                (women, men),
                f"Compte rendu du {forum.title}.",
                by=officer,
                minutes_language="fr",
            )
        selected = list(
            Proposal.objects.selected_projects().filter(pk__in=[p.pk for p in proposals])
        )
        for i, p in enumerate(selected):
            p.refresh_from_db()
            if i % 3 != 2:
                p.start_project(by=officer, answer=answer("started", p))
            if i % 3 == 0 and forum_is_old(p):
                p.complete(by=officer, answer=answer("completed", p))
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
        for title, days in zip(
            MILESTONES.get(page.locale.language_code, MILESTONES["fr"]),
            (14, 45, 90, 180),
            strict=True,
        )
    ]
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=lead)
    page.save_revision(user=lead, log_action=True).publish(user=lead)


def forum_is_old(proposal):
    forum = proposal.forum
    return forum is not None and forum.date < timezone.localdate() - datetime.timedelta(days=100)
