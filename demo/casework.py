"""Synthetic casework for the demo: every person and case here is invented.

The volumes follow the partnership's indicators (seeds): about 150 women followed by the listening
centre over the programme, about 94 young people with disabilities at the day centre (43 women,
51 men a year), migrants met by the reception office, and the commune's information meetings for
migrants (6 women and 46 men a year). A fixed random seed makes every run build the same data.
Records reach their states through the models' verbs, as in the admin (a closure asked for, then
approved; a referral accepted, then done), never by writing a status.
"""

import random
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from casework.models import (
    ActivityKind,
    Attachment,
    Case,
    CaseSession,
    CaseStatus,
    ClosureReason,
    Consent,
    Disability,
    FollowUp,
    GroupActivity,
    Incident,
    MigrantStatus,
    PartnerKind,
    Person,
    Referral,
    ReferralStatus,
    RequestKind,
    RightsRequest,
    RiskLevel,
    Service,
    ServiceKind,
    SessionKind,
)

WOMEN = [
    "Fatima",
    "Khadija",
    "Aicha",
    "Malika",
    "Naima",
    "Zahra",
    "Hafsa",
    "Samira",
    "Latifa",
    "Rachida",
    "Souad",
    "Hanane",
    "Meryem",
    "Ilham",
    "Nadia",
    "Karima",
    "Siham",
    "Touria",
    "Yamna",
    "Itto",
    "Tudda",
    "Mama",
    "Aminata",
    "Mariam",
    "Fanta",
    "Awa",
    "Grace",
    "Blessing",
]
MEN = [
    "Mohamed",
    "Youssef",
    "Brahim",
    "Lahcen",
    "Hassan",
    "Omar",
    "Said",
    "Ayoub",
    "Hamza",
    "Mustapha",
    "Idir",
    "Moussa",
    "Ibrahima",
    "Mamadou",
    "Ousmane",
    "Seydou",
    "Emmanuel",
    "Koffi",
]
FAMILY = [
    "Ait Brahim",
    "Oubaha",
    "Idbelkas",
    "Amrani",
    "Bouzid",
    "Ouchen",
    "El Hachimi",
    "Ajbour",
    "Boutkhil",
    "Akdim",
    "Id Ouaziz",
    "Ennaji",
    "Oulhaj",
    "Bakkali",
    "Diallo",
    "Traoré",
    "Koné",
    "Camara",
    "Ndiaye",
    "Okafor",
    "Mensah",
    "Sow",
]
DOUARS = [
    "douar Toulaasri",
    "douar Ait Oumerbouh",
    "centre de Belfaa",
    "douar Tassila",
    "douar Ait Amira",
    "quartier Lahouna",
]
NATIONALITIES_MIGRANTS = ["Guinée", "Mali", "Sénégal", "Côte d'Ivoire", "Cameroun", "Nigeria"]

LISTENING_NOTES = [
    "Premier accueil. Elle décrit des violences psychologiques répétées depuis deux ans.",
    "Entretien d'écoute. Elle hésite à porter plainte par peur de perdre la garde des enfants.",
    "Groupe de parole : elle a pris la parole pour la première fois.",
    "Accompagnement au tribunal de première instance pour le dépôt de la plainte.",
    "Orientation vers le centre de santé pour un certificat médical.",
    "Hébergement au centre avec ses enfants en attendant une solution de logement.",
    "Appel de suivi : la situation s'est apaisée, rendez-vous dans deux semaines.",
]
MIGRANT_NOTES = [
    "Information sur les droits et la procédure de régularisation.",
    "Orientation vers le centre de santé pour une consultation.",
    "Aide pour l'inscription des enfants à l'école du douar.",
    "Orientation administrative : demande de carte de séjour.",
    "Mise en relation avec l'association partenaire pour un cours d'arabe dialectal.",
]
DAYCENTRE_NOTES = [
    "Activités de motricité au centre de jour ; bonne participation.",
    "Visite à domicile avec les parents pour préparer l'inscription à l'atelier.",
    "Groupe de soutien des parents de jeunes autistes.",
    "Participation à l'événement communal avec l'équipe d'animation.",
]

SERVICE_PLAN = {
    # kind: (number of cases, owners, supervisor, session kinds, notes)
    ServiceKind.LISTENING: (
        150,
        ["cw-listening", "cw-listening", "cw-listening-2", None],
        "sup-listening",
        [
            SessionKind.LISTENING,
            SessionKind.SUPPORT_GROUP,
            SessionKind.LEGAL,
            SessionKind.SHELTER,
            SessionKind.HEALTH_REFERRAL,
        ],
        LISTENING_NOTES,
    ),
    ServiceKind.MIGRANTS: (
        90,
        ["cw-migrants", "cw-migrants", None],
        "sup-migrants",
        [
            SessionKind.ORIENTATION_RIGHTS,
            SessionKind.ORIENTATION_HEALTH,
            SessionKind.ORIENTATION_ADMIN,
        ],
        MIGRANT_NOTES,
    ),
    ServiceKind.DAYCENTRE: (
        94,
        ["cw-daycentre", "cw-daycentre", None],
        "sup-daycentre",
        [SessionKind.HOME_VISIT, SessionKind.PARENT_SUPPORT],
        DAYCENTRE_NOTES,
    ),
}

# Who answers an internal referral at the receiving service.
RECEIVERS = {
    ServiceKind.LISTENING: "cw-listening",
    ServiceKind.MIGRANTS: "cw-migrants",
    ServiceKind.DAYCENTRE: "cw-daycentre",
}


def _person(rng, kind, index, by):
    if kind == ServiceKind.LISTENING:
        sex = "F"
    elif kind == ServiceKind.DAYCENTRE:
        sex = "F" if index % 94 < 43 else "M"
    else:
        sex = "F" if rng.random() < 0.12 else "M"
    first = rng.choice(WOMEN if sex == "F" else MEN)
    person = Person(
        first_name=first,
        last_name=rng.choice(FAMILY),
        phone=f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        address=rng.choice(DOUARS),
        sex=sex,
    )
    if kind == ServiceKind.DAYCENTRE:
        person.birth_year = rng.randint(2002, 2014)
        person.disability = rng.choice(
            [Disability.PHYSICAL, Disability.INTELLECTUAL, Disability.AUTISM, Disability.SENSORY]
        )
        person.nationality = "Maroc"
    elif kind == ServiceKind.MIGRANTS:
        person.birth_year = rng.randint(1985, 2006)
        person.nationality = rng.choice(NATIONALITIES_MIGRANTS)
        person.migrant_status = rng.choice(
            [
                MigrantStatus.IRREGULAR,
                MigrantStatus.REGULAR,
                MigrantStatus.TRANSIT,
                MigrantStatus.ASYLUM,
            ]
        )
        person.identity_document = f"PASS{rng.randint(100000, 999999)}"
    else:
        person.birth_year = rng.randint(1970, 2004)
        person.nationality = "Maroc"
        person.identity_document = f"J{rng.randint(100000, 999999)}"
    person.register(by=by)
    return person


@transaction.atomic
def build_casework(log):
    """Build the synthetic caseload once; a second run finds it and does nothing."""
    if Case.objects.exists():
        return
    rng = random.Random(2026)  # noqa: S311 (demo data, not secrets)
    users = {user.username: user for user in get_user_model().objects.all()}
    services = {service.kind: service for service in Service.objects.all()}
    today = timezone.localdate()
    start = date(2023, 1, 15)
    span = (today - start).days
    created = 0
    for kind, (count, owners, supervisor_name, session_kinds, notes) in SERVICE_PLAN.items():
        service = services[kind]
        supervisor = users.get(supervisor_name)
        for index in range(count):
            owner = users.get(rng.choice(owners) or "")
            # Her caseworker meets her first; a file nobody owns yet came through the supervisor.
            opener = owner or supervisor
            person = _person(rng, kind, index, opener)
            opened = start + timedelta(days=int(span * index / count) + rng.randint(0, 20))
            opened = min(opened, today)
            case = Case.open_for(
                person,
                service=service,
                risk_level=rng.choice(
                    [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH]
                    + ([RiskLevel.SEVERE] if kind == ServiceKind.LISTENING else [])
                ),
                by=opener,
                owner=owner,
                opened_on=opened,
            )
            closure_reason = None
            if (today - opened).days > 400 and rng.random() < 0.6:
                closure_reason = rng.choice(list(ClosureReason)[:4])
            if owner:
                # The supervisor confirms the follow-up, sometimes with a colleague beside her.
                case.status = CaseStatus.ACTIVE
                fields = ["status"]
                collaborators = None
                if kind == ServiceKind.LISTENING and rng.random() < 0.15:
                    collaborators = [
                        users["cw-listening-2"]
                        if owner.username == "cw-listening"
                        else users["cw-listening"]
                    ]
                    fields.append("collaborators")
                case.save_edit(
                    by=supervisor or owner,
                    expected_version=case.version,
                    fields=fields,
                    collaborators=collaborators,
                )
            _sessions(rng, case, session_kinds, notes, opener)
            if kind == ServiceKind.LISTENING and opener:
                _incidents(case, opener, today)
            _consents_and_referrals(rng, case, services, opener, users)
            if closure_reason and supervisor:
                # As in the admin: the caseworker asks (the supervisor, when nobody owns the
                # file), and a supervisor of the service approves.
                case.request_closure(by=owner or supervisor, reason=closure_reason)
                # Closed some months after opening, as the paper file says.
                closed = min(opened + timedelta(days=rng.randint(120, 400)), today)
                case.approve_closure(by=supervisor, on=closed)
            else:
                _followups(rng, case, opener, today)
            if case.status == CaseStatus.ACTIVE and rng.random() < 0.03:
                case.request_closure(by=owner, reason=ClosureReason.GOALS_MET)
            created += 1
    _activities(rng, services, users, today)
    _rights_requests(users, today)
    log(f"{created} synthetic cases across the three services.")


def _rights_requests(users, today):
    """What the DPO finds waiting: a woman of the listening centre asking for a copy of her file,
    a man of the migrant office, his file closed, asking for its erasure; and an erasure refused
    last month, her complaint being before the court."""
    dpo = users.get("dpo")
    if dpo is None:
        return
    listening = Case.objects.filter(service__kind=ServiceKind.LISTENING).not_held()
    access = listening.filter(owner__username="cw-listening").order_by("pk").first()
    closed = (
        Case.objects.filter(service__kind=ServiceKind.MIGRANTS, status=CaseStatus.CLOSED)
        .not_held()
        .order_by("pk")
        .first()
    )
    held = Case.objects.filter(service__kind=ServiceKind.LISTENING).held().order_by("pk").first()
    for case, kind, received, note in (
        (
            access,
            RequestKind.ACCESS,
            3,
            "Demande à l'accueil une copie de tout ce que nous gardons sur elle.",
        ),
        (closed, RequestKind.ERASURE, 8, "Lettre reçue ; carte d'identité présentée à l'accueil."),
        (held, RequestKind.ERASURE, 40, "Demande par téléphone, puis venue avec sa carte."),
    ):
        if case is None:
            continue
        request = RightsRequest(
            person=case.person, kind=kind, received_on=today - timedelta(days=received), note=note
        )
        request.record(by=dpo)
        if case.is_held:
            request.refuse(
                by=dpo,
                answer="Sa plainte est devant le tribunal : le dossier est conservé jusqu'au "
                "jugement (loi 09-08, droits en justice). Elle peut renouveler sa demande ensuite.",
            )


# What the women of the demo reported: (what happened, place, alleged aggressor), as the
# listening centre's caseworkers would record it. Synthetic.
INCIDENTS = [
    (["physical_assault", "psychological"], "survivor_home", "partner"),
    (["psychological", "denial"], "survivor_home", "partner"),
    (["denial"], "other_home", "family"),
    (["sexual_assault"], "street", "stranger"),
    (["forced_marriage", "psychological"], "other_home", "family"),
    (["physical_assault"], "workplace", "employer"),
    (["psychological"], "online", "former_partner"),
    (["rape", "physical_assault"], "aggressor_home", "community"),
]
COMPLAINTS = [
    ("none", None, ""),
    ("none", None, ""),
    ("police", 5, "pending"),
    ("prosecutor", 12, "pending"),
    ("court", 20, "pending"),
    ("closed", 30, "conviction"),
    ("closed", 25, "withdrawn"),
    ("closed", 40, "protection_order"),
]


def _incidents(case, by, today):
    """One incident reported by the woman, some weeks before she came (its own random stream,
    so the rest of the demo stays as it was)."""
    rng = random.Random(f"incident {case.reference}")  # noqa: S311 (synthetic demo records)
    acts, place, aggressor = rng.choice(INCIDENTS)
    stage, days, outcome = rng.choice(COMPLAINTS)
    occurred = case.opened_on - timedelta(days=rng.randint(3, 60))
    filed = min(occurred + timedelta(days=days), today) if days is not None else None
    Incident(
        acts=acts,
        occurred_on=occurred,
        place_type=place,
        aggressor_relationship=aggressor,
        complaint_stage=stage,
        complaint_filed_on=filed,
        complaint_outcome=outcome,
    ).add_to(case, by=by)


def _sessions(rng, case, kinds, notes, owner):
    for number in range(rng.randint(1, 6)):
        kind = rng.choice(kinds)
        day = case.opened_on + timedelta(days=number * rng.randint(7, 30))
        if day > timezone.localdate():
            break
        session = CaseSession(
            case=case,
            date=day,
            kind=kind,
            duration_minutes=rng.choice([30, 45, 60, 90]),
            narrative=rng.choice(notes),
        )
        if kind == SessionKind.SHELTER:
            session.stay_start = day
            session.stay_end = day + timedelta(days=rng.randint(5, 40))
            session.children_count = rng.randint(0, 3)
        session.add_to(case, by=owner)


def _consents_and_referrals(rng, case, services, owner, users):
    if rng.random() > 0.35:
        return
    if case.service.kind == ServiceKind.LISTENING:
        choice = rng.choice(
            [
                (PartnerKind.HEALTH_CENTRE, "Centre de santé de Belfaa"),
                (PartnerKind.POLICE, "Gendarmerie royale"),
                (PartnerKind.COURT, "Tribunal de première instance"),
                (PartnerKind.INTERNAL, None),
            ]
        )
    elif case.service.kind == ServiceKind.MIGRANTS:
        choice = rng.choice(
            [
                (PartnerKind.HOSPITAL, "Hôpital provincial"),
                (PartnerKind.ASSOCIATION, "Association d'aide aux migrants"),
                (PartnerKind.INTERNAL, None),
            ]
        )
    else:
        choice = rng.choice(
            [
                (PartnerKind.HOSPITAL, "Hôpital provincial"),
                (PartnerKind.ASSOCIATION, "Association des parents d'enfants autistes"),
            ]
        )
    partner_kind, partner_name = choice
    referral = Referral(case=case, partner_kind=partner_kind, partner_name=partner_name or "")
    if partner_kind == PartnerKind.INTERNAL:
        referral.to_service = services[
            ServiceKind.MIGRANTS
            if case.service.kind == ServiceKind.LISTENING
            else ServiceKind.LISTENING
        ]
    scope = referral.required_scope
    consent = Consent(
        purpose=str(scope.label),
        scope=scope,
        given_on=case.opened_on,
        signed_form=_signed_form(case, owner),
    )
    consent.add_to(case, by=owner)
    referral.consent = consent
    referral.reason = "Accompagnement demandé avec l'accord de la personne."
    answered = rng.choice(
        [ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DONE, ReferralStatus.DONE]
    )
    referral.send(case, by=owner)
    # The partner's answers so far: the receiving service's own caseworker answers an internal
    # referral; an outside partner's answer is recorded by the sender.
    answerer = owner
    if referral.to_service_id:
        answerer = users.get(RECEIVERS[referral.to_service.kind], owner)
    if answered != ReferralStatus.SENT:
        referral.answer("accept", by=answerer)
    if answered == ReferralStatus.DONE:
        referral.answer("complete", by=answerer)


def _signed_form(case, owner):
    """The consent form she signed, scanned: a one-page synthetic PDF, stored encrypted in the
    private storage like any attachment."""
    text = f"Formulaire de consentement (exemple synthetique) - dossier {case.reference}"
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    pdf = b"".join(
        [
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n",
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
            b" >> >> >> >> endobj\n",
            b"4 0 obj << /Length %d >> stream\n%s\nendstream endobj\n" % (len(content), content),
            b"trailer << /Root 1 0 R >>\n%%EOF\n",
        ]
    )
    upload = ContentFile(pdf, name=f"consentement-{case.reference}.pdf")
    upload.content_type = "application/pdf"
    attachment = Attachment(title="Formulaire de consentement signé")
    attachment.add_to(case, by=owner, file=upload)
    return attachment


def _followups(rng, case, owner, today):
    for _number in range(rng.randint(0, 2)):
        FollowUp(
            title=rng.choice(
                [
                    "Rappeler pour le rendez-vous",
                    "Vérifier le certificat médical",
                    "Préparer le dossier pour l'audience",
                    "Relancer l'association partenaire",
                    "Point avec la famille",
                ]
            ),
            due_on=today + timedelta(days=rng.randint(-10, 21)),
            assigned_to=owner,
        ).add_to(case, by=owner)


def _activities(rng, services, users, today):
    """Information meetings for migrants (about 6 women and 46 men a year), support groups."""
    migrants = services[ServiceKind.MIGRANTS]
    for year in range(2023, today.year + 1):
        women, men = 6, 46
        for quarter in range(4):
            day = date(year, 2 + quarter * 3, 12)
            if day > today:
                break
            GroupActivity(
                service=migrants,
                kind=ActivityKind.INFORMATION_MEETING,
                title="Réunion d'information : droits et services de la commune",
                date=day,
                place="Bureau d'accueil des migrants",
                women_count=women // 4 + (1 if quarter < women % 4 else 0),
                men_count=men // 4 + (1 if quarter < men % 4 else 0),
            ).add(by=users.get("cw-migrants"))
    listening = services[ServiceKind.LISTENING]
    daycentre = services[ServiceKind.DAYCENTRE]
    for month in range(1, 13, 2):
        day = date(today.year, month, 8)
        if day > today:
            break
        GroupActivity(
            service=listening,
            kind=ActivityKind.SUPPORT_GROUP,
            title="Groupe de parole",
            date=day,
            place="Centre d'écoute",
            women_count=rng.randint(5, 12),
        ).add(by=users.get("cw-listening"))
        GroupActivity(
            service=daycentre,
            kind=ActivityKind.PARENTS_GROUP,
            title="Groupe de soutien des parents",
            date=day,
            place="Centre d'accueil de jour",
            women_count=rng.randint(4, 9),
            men_count=rng.randint(1, 5),
        ).add(by=users.get("cw-daycentre"))
