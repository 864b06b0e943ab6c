"""Factories for tests: users and personas, the page tree."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Collection, Locale, Page, Site

from demo.personas import PERSONAS
from home.models import (
    EventIndexPage,
    EventPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    PartnersPage,
    PlacePage,
    ProjectIndexPage,
    ProjectPage,
    ServicePage,
    StandardPage,
)
from indicators.models import ResultsPage

LANGUAGES = ["fr", "ar", "zgh", "en"]
PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.test")
    password = factory.django.Password(PASSWORD)


def make_persona(username):
    """The demo persona `username`, with the same groups and rights as in the demo."""
    persona = next(p for p in PERSONAS if p.username == username)
    user = UserFactory(
        username=persona.username,
        first_name=persona.first_name,
        last_name=persona.last_name,
        is_staff=persona.superuser,
        is_superuser=persona.superuser,
    )
    user.groups.add(*Group.objects.filter(name__in=persona.groups))
    return user


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Bienvenue à Belfaa"
    intro = "Le service social de la commune de Belfaa."


def _localtime(days=0, hour=10):
    return timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0) + (
        datetime.timedelta(days=days)
    )


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Une page du service social."


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Actualités"
    slug = "actualites"
    intro = "Les nouvelles du service social."


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsArticlePage

    title = factory.Sequence(lambda n: f"Nouvelle {n}")
    intro = "Une nouvelle du service social."
    date = factory.LazyFunction(timezone.localdate)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Agenda"
    slug = "agenda"
    intro = "Les rendez-vous de la commune."


class EventPageFactory(wagtail_factories.PageFactory):
    """An event starting in a week at 10:00 and lasting two hours."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Événement {n}")
    intro = "Un rendez-vous ouvert à toutes et à tous."
    start = factory.LazyFunction(lambda: _localtime(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    location = "Siège de la commune"


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectIndexPage

    title = "Projets"
    slug = "projets"
    intro = "Les projets du partenariat."


class ProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectPage

    title = factory.Sequence(lambda n: f"Projet {n}")
    intro = "Un projet du partenariat."


class PlacePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PlacePage

    title = "Maison de la création multiculturelle"
    intro = "Des espaces d'expression et de rencontre."


class ServicePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ServicePage

    title = factory.Sequence(lambda n: f"Service {n}")
    intro = "Un service de la commune."


class PartnersPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnersPage

    title = "Partenaires"
    intro = "Les partenaires du service social."


class ResultsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResultsPage

    title = "Résultats"
    intro = "Les résultats du partenariat."


def ensure_site_tree():
    """Locales, root collection, root page, French home page and default site, as the
    migrations make them.

    Transactional tests (live_server) flush the database after each test, taking the tree that
    the migrations created with it; this puts it back.
    """
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    french = Locale.objects.get(language_code="fr")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=french)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        home = HomePageFactory(parent=root, slug="accueil", locale=french)
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tiwizi"
        )
    return site


# --- Casework -------------------------------------------------------------------------------------


def service(kind):
    """One of the three services the migrations create: "listening", "migrants", "daycentre"."""
    from casework.models import Service

    return Service.objects.get(kind=kind)


class PersonFactory(factory.django.DjangoModelFactory):
    """A synthetic person; the names are planted so tests can look for them in raw storage."""

    class Meta:
        model = "casework.Person"

    first_name = factory.Sequence(lambda n: f"Zineb{n}")
    last_name = factory.Sequence(lambda n: f"Testlastname{n}")
    phone = factory.Sequence(lambda n: f"06 12 34 {n % 100:02d} {n % 97:02d}")
    sex = "F"
    birth_year = 1990
    nationality = "Maroc"


class CaseFactory(factory.django.DjangoModelFactory):
    """A case of a service, with its grants in place (owner, collaborators, supervisors)."""

    class Meta:
        model = "casework.Case"
        skip_postgeneration_save = True

    service = factory.LazyFunction(lambda: service("listening"))
    person = factory.SubFactory(PersonFactory)
    owner = None
    status = "active"

    @factory.post_generation
    def collaborators(self, create, extracted, **kwargs):
        if extracted:
            self.collaborators.set(extracted)
        if create:
            from casework.permissions import sync_case_grants

            sync_case_grants(self)


def intake_data(**overrides):
    """What a caseworker types in the intake form for a new person (a synthetic woman); pass
    `service` (a service's pk) and any changes."""
    return {
        "first_name": "Ittou",
        "last_name": "Oubella",
        "phone": "0611223344",
        "sex": "F",
        "birth_year": "1994",
        "disability": "none",
        "migrant_status": "no",
        "risk_level": "medium",
        **overrides,
    }


class CaseSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "casework.CaseSession"

    case = factory.SubFactory(CaseFactory)
    kind = "listening"
    duration_minutes = 45
    narrative = factory.Sequence(lambda n: f"Planted narrative number {n}: she spoke of the night.")


class ConsentFactory(factory.django.DjangoModelFactory):
    """A consent to share with another service of the commune, given today by the case's person."""

    class Meta:
        model = "casework.Consent"

    case = factory.SubFactory(CaseFactory)
    person = factory.SelfAttribute("case.person")
    scope = "internal"
    purpose = factory.Sequence(lambda n: f"Planted purpose {n}: housing help.")


class ReferralFactory(factory.django.DjangoModelFactory):
    """A referral of the case to the migrant office, sent under a matching consent."""

    class Meta:
        model = "casework.Referral"

    case = factory.SubFactory(CaseFactory)
    partner_kind = "internal"
    to_service = factory.LazyFunction(lambda: service("migrants"))
    consent = factory.SubFactory(ConsentFactory, case=factory.SelfAttribute("..case"))
    reason = factory.Sequence(lambda n: f"Planted reason {n}: she needs papers.")


class FollowUpFactory(factory.django.DjangoModelFactory):
    """Something to do on the case within a week."""

    class Meta:
        model = "casework.FollowUp"

    case = factory.SubFactory(CaseFactory)
    title = factory.Sequence(lambda n: f"Planted follow-up {n}: call the lawyer.")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))


class AttachmentFactory(factory.django.DjangoModelFactory):
    """A small PDF stored encrypted in the casework storage."""

    class Meta:
        model = "casework.Attachment"

    case = factory.SubFactory(CaseFactory)
    title = factory.Sequence(lambda n: f"Document {n}")

    @classmethod
    def _create(
        cls,
        model_class,
        *args,
        content=b"%PDF-1.4 planted",
        file_name="scan.pdf",
        content_type="application/pdf",
        **kwargs,
    ):
        from django.core.files.uploadedfile import SimpleUploadedFile

        attachment = model_class(*args, **kwargs)
        attachment.store(SimpleUploadedFile(file_name, content, content_type))
        attachment.save()
        return attachment


def ensure_casework_setup():
    """The services and groups the migrations create (communications, casework, youth officers),
    put back after a transactional test's flush (live_server tests); the migrations' own
    functions, run against the real models."""
    import importlib

    from django.apps import apps

    for module in (
        "home.migrations.0003_communications_groups",
        "casework.migrations.0002_services_and_groups",
        "proposals.migrations.0002_youth_officers_group",
    ):
        importlib.import_module(module).forwards(apps, None)


def confirmed_totp_device(user):
    """A confirmed authenticator for `user`, as after enrolment."""
    from accounts.models import AppDevice

    device = AppDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
    return device or AppDevice.objects.create(user=user, name="test phone", confirmed=True)


class GroupActivityFactory(factory.django.DjangoModelFactory):
    """An information meeting of the migrant office, with its headcount by sex."""

    class Meta:
        model = "casework.GroupActivity"

    service = factory.LazyFunction(lambda: service("migrants"))
    kind = "information_meeting"
    title = factory.Sequence(lambda n: f"Réunion d'information {n}")
    date = factory.LazyFunction(timezone.localdate)
    women_count = 2
    men_count = 9


def copy_for_translation(page, locale):
    """`page.copy_for_translation(locale)`, or, when publishing `page` gave it a fallback in that
    locale (home.fallbacks), that fallback turned into the translation as wagtail-localize turns
    it when an editor translates: a page of its own, whose own content is a draft until it is
    published."""
    fallback = Page.objects.filter(
        translation_key=page.translation_key, locale=locale, alias_of__isnull=False
    ).first()
    if fallback is None:
        return page.copy_for_translation(locale)
    fallback.alias_of_id = None
    fallback.save(update_fields=["alias_of_id"], clean=False)
    return fallback.specific_class.objects.get(pk=fallback.pk)
