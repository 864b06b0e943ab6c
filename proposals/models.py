"""Youth proposals: a group's project idea, its review, the open forum that selects it.

Officers meet these records in the Wagtail admin ("Youth proposals", "Forums"); groups meet them
through the public form and the status page reached by their tracking code. Every change of status
goes through a verb-named method below, which validates, saves, records the official answer, logs
to the admin history and notifies the contact, in one transaction.
"""

import uuid
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.storage import storages
from django.core.validators import MinValueValidator, validate_email
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from wagtail.log_actions import log

from cms.crypto import EncryptedTextField
from home.models import Theme
from proposals.utils import format_code, new_tracking_code


class ProposalStatus(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("proposal status", "Submitted")
    UNDER_REVIEW = "under_review", _("Under review")
    ELIGIBLE = "eligible", _("Eligible")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")
    PRESENTED = "presented", _("Presented at a forum")
    SELECTED = "selected", _("Selected")
    NOT_SELECTED = "not_selected", _("Not selected")
    IN_PROGRESS = "in_progress", pgettext_lazy("proposal status", "In progress")
    COMPLETED = "completed", pgettext_lazy("proposal status", "Completed")


# What the group reads when the officer leaves the official answer empty: a proposal never changes
# status without telling the group (in its language, see Proposal.default_answer). The statuses
# missing here need the officer's own words (eligibility) or the forum's tally.
DEFAULT_ANSWERS = {
    ProposalStatus.UNDER_REVIEW: _(
        "A youth programme officer is now reviewing your proposal. We will write to you again "
        "when we have decided whether it is eligible."
    ),
    ProposalStatus.PRESENTED: _(
        "Your proposal will be presented at the forum “%(forum)s” on %(date)s."
    ),
    ProposalStatus.IN_PROGRESS: _(
        "Your project has started. A youth programme officer will follow it with your group "
        "until it is completed."
    ),
    ProposalStatus.COMPLETED: _(
        "Your project is completed. Thank you to your group for what it has done for the commune."
    ),
}


class Transition(NamedTuple):
    """One change of status: the statuses it may come from, the one it gives, and the label of
    the officers' button (None: not offered to officers, the forum's closing makes it)."""

    allowed_from: tuple
    target: ProposalStatus
    label: str | None

    @property
    def answer_required(self):
        """The officer must write the group's answer: no default text for this status."""
        return self.target not in DEFAULT_ANSWERS


# The proposal's state machine, keyed by the method that makes each change. The officers' admin
# offers those with a label, from the statuses they are allowed from.
TRANSITIONS = {
    "start_review": Transition(
        (ProposalStatus.SUBMITTED,), ProposalStatus.UNDER_REVIEW, _("Start the review")
    ),
    "mark_eligible": Transition(
        (ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
        ProposalStatus.ELIGIBLE,
        _("Mark eligible"),
    ),
    "mark_not_eligible": Transition(
        (ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
        ProposalStatus.NOT_ELIGIBLE,
        _("Mark not eligible"),
    ),
    "present_at": Transition(
        (ProposalStatus.ELIGIBLE,), ProposalStatus.PRESENTED, _("Present at a forum")
    ),
    "select": Transition((ProposalStatus.PRESENTED,), ProposalStatus.SELECTED, None),
    "reject": Transition((ProposalStatus.PRESENTED,), ProposalStatus.NOT_SELECTED, None),
    "start_project": Transition(
        (ProposalStatus.SELECTED,), ProposalStatus.IN_PROGRESS, _("Start the project")
    ),
    "complete": Transition(
        (ProposalStatus.IN_PROGRESS,), ProposalStatus.COMPLETED, _("Mark completed")
    ),
}


# A proposal in one of these states is over: its contact data is erased after the retention time.
CLOSED_STATUSES = (
    ProposalStatus.NOT_ELIGIBLE,
    ProposalStatus.NOT_SELECTED,
    ProposalStatus.COMPLETED,
)


class ConsentMethod(models.TextChoices):
    SIGNED_FORM = "signed_form", _("Signed form (kept by the group or attached)")
    IN_PERSON = "in_person", _("In person, to a youth programme officer")
    PHONE = "phone", _("By phone, to a youth programme officer")
    OTHER = "other", pgettext_lazy("consent method", "Other")


# The member counts: (field name, age band, sex). Counts, never names: the group's own business.
AGE_BANDS = [
    ("under_15", _("under 15")),
    ("15_17", _("15 to 17")),
    ("18_24", _("18 to 24")),
    ("25_35", _("25 to 35")),
]
MINOR_BANDS = ("under_15", "15_17")
MEMBER_FIELDS = [
    (f"{sex}_{band}", band, sex) for band, _label in AGE_BANDS for sex in ("female", "male")
]


def proposals_storage():
    return storages["proposals"]


def attachment_path(instance, filename):
    # A random name: the original file name (maybe a person's name) stays in the database only.
    return f"proposals/{uuid.uuid4().hex}"


class TransitionError(ValidationError):
    """A change of status that the proposal's current status does not allow."""


class ProposalQuerySet(models.QuerySet):
    SELECTED = (ProposalStatus.SELECTED, ProposalStatus.IN_PROGRESS, ProposalStatus.COMPLETED)

    def closed(self):
        return self.filter(status__in=CLOSED_STATUSES)

    def contact_expired(self, now=None):
        """Closed proposals whose contact data has outlived PROPOSALS_CONTACT_RETENTION_DAYS."""
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.PROPOSALS_CONTACT_RETENTION_DAYS)
        return self.closed().filter(status_changed_at__lt=cutoff, contact_erased_at__isnull=True)

    def with_code(self, code):
        return self.filter(tracking_code=code)

    def selected_projects(self):
        return self.filter(status__in=self.SELECTED)


class Proposal(models.Model):
    """A youth group's project proposal, from the public form or entered by an officer from paper.

    Officers review it in the admin; the group follows it on the status page with its tracking
    code. Contact fields are seen by youth programme officers only, and erased a set time after
    the proposal is closed (`manage.py erase_proposal_contacts`).
    """

    tracking_code = models.CharField(_("tracking code"), max_length=16, unique=True, editable=False)
    language = models.CharField(
        _("language of submission"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProposalStatus.choices,
        default=ProposalStatus.SUBMITTED,
        db_index=True,
    )
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)

    group_name = models.CharField(_("group name"), max_length=200)
    female_under_15 = models.PositiveSmallIntegerField(_("girls under 15"), default=0)
    male_under_15 = models.PositiveSmallIntegerField(_("boys under 15"), default=0)
    female_15_17 = models.PositiveSmallIntegerField(_("girls aged 15 to 17"), default=0)
    male_15_17 = models.PositiveSmallIntegerField(_("boys aged 15 to 17"), default=0)
    female_18_24 = models.PositiveSmallIntegerField(_("women aged 18 to 24"), default=0)
    male_18_24 = models.PositiveSmallIntegerField(_("men aged 18 to 24"), default=0)
    female_25_35 = models.PositiveSmallIntegerField(_("women aged 25 to 35"), default=0)
    male_25_35 = models.PositiveSmallIntegerField(_("men aged 25 to 35"), default=0)

    # Who the contact and the guardian are, encrypted at rest like casework identities
    # (cms/crypto.py; `rotate_casework_keys` re-encrypts them). Nothing looks a proposal up by
    # them: the status page goes by tracking code, the officers' search by title, group or code.
    contact_name = EncryptedTextField(_("contact name"), max_length=200, blank=True)
    contact_phone = EncryptedTextField(_("contact phone"), max_length=40, blank=True)
    contact_email = EncryptedTextField(
        _("contact e-mail"), max_length=254, blank=True, validators=[validate_email]
    )
    guardian_consent_name = EncryptedTextField(
        _("guardian who consented"), max_length=200, blank=True
    )
    guardian_consent_method = models.CharField(
        _("how consent was given"), max_length=20, choices=ConsentMethod.choices, blank=True
    )
    contact_erased_at = models.DateTimeField(_("contact data erased"), null=True, blank=True)

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600)
    description = models.TextField(_("description"))
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    target_publics = models.TextField(_("target publics"), max_length=1000)
    estimated_budget = models.DecimalField(
        _("estimated budget (MAD)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    needs = models.TextField(_("needs from the commune"), max_length=2000, blank=True)

    submitted_on_paper = models.BooleanField(_("submitted on paper"), default=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    project_page = models.ForeignKey(
        "home.ProjectPage",
        verbose_name=_("project page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("youth proposal")
        verbose_name_plural = _("youth proposals")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(contact_phone="")
                | ~Q(contact_email="")
                | Q(contact_erased_at__isnull=False),
                name="proposal_has_a_contact",
                violation_error_message=_("Give a phone number or an e-mail address, or both."),
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.tracking_code:
            self.tracking_code = self._unused_code()
        super().save(*args, **kwargs)

    @staticmethod
    def _unused_code():
        while True:
            code = new_tracking_code()
            if not Proposal.objects.filter(tracking_code=code).exists():
                return code

    # --- Members ---------------------------------------------------------------------------

    @property
    def display_code(self):
        return format_code(self.tracking_code)

    @property
    def members_total(self):
        return sum(getattr(self, name) or 0 for name, _band, _sex in MEMBER_FIELDS)

    @property
    def has_minors(self):
        return any(
            getattr(self, name) or 0 for name, band, _sex in MEMBER_FIELDS if band in MINOR_BANDS
        )

    def member_table(self):
        """Rows (age band, girls/women, boys/men) for display."""
        return [
            (label, getattr(self, f"female_{band}"), getattr(self, f"male_{band}"))
            for band, label in AGE_BANDS
        ]

    def clean(self):
        errors = {}
        if self.members_total < 1:
            errors[NON_FIELD_ERRORS] = _("Count the members of the group: at least one.")
        if self.contact_erased_at is None and not (self.contact_phone or self.contact_email):
            errors["contact_phone"] = _("Give a phone number or an e-mail address, or both.")
        if self.has_minors and self.contact_erased_at is None:
            if not self.guardian_consent_name:
                errors["guardian_consent_name"] = _(
                    "Some members are under 18: give the name of the parent or guardian who agreed."
                )
            if not self.guardian_consent_method:
                errors["guardian_consent_method"] = _(
                    "Some members are under 18: say how their parent or guardian agreed."
                )
        if errors:
            raise ValidationError(errors)

    def draft_project_page(self, *, by=None):
        """A draft project page for a selected proposal, under the projects index of its
        language (else French), submitted to the page's moderation workflow ("Communications
        review"): the communications leads find it on their dashboard, are told by e-mail, and
        complete and publish it. Called by Forum.close() for each selected proposal."""
        from home.models import ProjectIndexPage, ProjectPage

        if self.project_page_id or self.status not in ProposalQuerySet.SELECTED:
            return self.project_page
        # A fallback index (home.fallbacks) shows another language's page: the draft would live
        # under a mirror that goes when its source goes.
        indexes = ProjectIndexPage.objects.filter(alias_of__isnull=True).select_related("locale")
        index = (
            indexes.filter(locale__language_code=self.language).first()
            or indexes.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        )
        if index is None:
            return None
        with transaction.atomic():
            page = ProjectPage(
                title=self.title,
                intro=self.summary[:500],
                theme=self.theme,
                live=False,
                locale=index.locale,
            )
            index.add_child(instance=page)
            page.save_revision(user=by, log_action=True)
            self.project_page = page
            self.save(update_fields=["project_page", "updated_at"])
            # The same path as an editor's "Submit for moderation": one review queue for every
            # page, and Wagtail's own notification of the leads (it logs and never raises on a
            # failing mail server, so the forum's closing cannot be lost to it).
            workflow = page.get_workflow()
            if workflow is not None and workflow.active:
                workflow.start(page, by)
        return page

    def erase_contact(self, *, by=None):
        """Forget who the contact and the guardian were; the proposal itself stays.

        The attachments go too: groups send photos of their members, signed sheets and letters
        that name people, and a closed proposal no longer needs them (a selected project's page
        carries what the public follows). The files leave the storage once the erasure commits.
        """
        with transaction.atomic():
            attachments = list(self.attachments.all())
            files = [attachment.file.name for attachment in attachments if attachment.file]
            self.attachments.all().delete()
            storage = proposals_storage()
            transaction.on_commit(lambda: [storage.delete(name) for name in files])
            self.contact_name = self.contact_phone = self.contact_email = ""
            self.guardian_consent_name = ""
            self.contact_erased_at = timezone.now()
            self.save(
                update_fields=[
                    "contact_name",
                    "contact_phone",
                    "contact_email",
                    "guardian_consent_name",
                    "contact_erased_at",
                    "updated_at",
                ]
            )
            log(
                instance=self,
                action="proposals.contact_erased",
                user=by,
                data={"attachments": len(attachments)},
            )

    # --- The presentations -------------------------------------------------------------------

    @property
    def forum(self):
        """The forum where the proposal was (or will be) presented, the latest if several."""
        presentation = self.presentations.select_related("forum").order_by("-forum__date").first()
        return presentation.forum if presentation else None

    # --- State changes -----------------------------------------------------------------------

    def start_review(self, *, by, answer=""):
        """Officers start reading the proposal; `answer` may ask the group questions (left
        empty, the group reads the default text for the status: see DEFAULT_ANSWERS)."""
        self._move("start_review", by=by, answer=answer)

    def mark_eligible(self, answer, *, by):
        """A decision: the officer's own answer is required (no default text for it)."""
        self._move("mark_eligible", by=by, answer=answer)

    def mark_not_eligible(self, answer, *, by):
        """A decision: the officer's own answer is required (no default text for it)."""
        self._move("mark_not_eligible", by=by, answer=answer)

    def present_at(self, forum, *, by, answer=""):
        """Put the proposal on the agenda of an open forum."""
        if forum.closed_at is not None:
            raise TransitionError(_("This forum is closed; choose an open forum."))
        with transaction.atomic():
            self._move(
                "present_at",
                by=by,
                answer=answer,
                forum=forum.title,
                date=lambda: date_format(forum.date, "DATE_FORMAT"),
            )
            ForumPresentation.objects.create(forum=forum, proposal=self)

    def start_project(self, *, by, answer=""):
        self._move("start_project", by=by, answer=answer)

    def complete(self, *, by, answer=""):
        self._move("complete", by=by, answer=answer)

    def _decide_at_forum(self, forum, selected, votes, *, by):
        """Called by Forum.close() only, inside its transaction."""
        if selected:
            answer = ngettext_lazy(
                "Your proposal was selected at the forum “%(forum)s” with %(votes)s vote.",
                "Your proposal was selected at the forum “%(forum)s” with %(votes)s votes.",
                "votes",
            )
        else:
            answer = ngettext_lazy(
                "Your proposal was not selected at the forum “%(forum)s” (%(votes)s vote).",
                "Your proposal was not selected at the forum “%(forum)s” (%(votes)s votes).",
                "votes",
            )
        self._move(
            "select" if selected else "reject",
            by=by,
            answer=self._in_language(answer, forum=forum.title, votes=votes),
        )

    def default_answer(self, status, **params):
        """What the group reads, in its language, when the officer leaves the answer empty; ""
        for a status whose answer the officer must write. `params` fill in the text (the
        forum's title and date)."""
        text = DEFAULT_ANSWERS.get(status)
        return self._in_language(text, **params) if text else ""

    def _in_language(self, text, **params):
        """`text` in the group's language: answers are read by the group, not the officer."""
        with translation.override(self.language):
            # Callables (a date to format) are evaluated in that language too.
            values = {key: value() if callable(value) else value for key, value in params.items()}
            return text % values

    @staticmethod
    def _require_answer(answer):
        if not (answer or "").strip():
            raise ValidationError({"answer": _("Write the official answer the group will read.")})

    def transitions_offered(self):
        """The officers' actions open from the current status: {method name: Transition}."""
        return {
            name: transition
            for name, transition in TRANSITIONS.items()
            if transition.label and self.status in transition.allowed_from
        }

    def _move(self, transition, *, by, answer="", **params):
        """Make the change TRANSITIONS names `transition` and tell the group: the officer's
        answer, else the status's default text (filled in with `params`), else refused. Never
        silently."""
        allowed_from, target, _label = TRANSITIONS[transition]
        answer = str(answer or "").strip() or self.default_answer(target, **params)
        self._require_answer(answer)
        with transaction.atomic():
            # Read the status again under a lock: two officers acting at once cannot both move it.
            current = (
                Proposal.objects.select_for_update()
                .values_list("status", flat=True)
                .get(pk=self.pk)
            )
            if current not in allowed_from:
                raise TransitionError(
                    _("A proposal that is “%(current)s” cannot become “%(target)s”.")
                    % {
                        "current": ProposalStatus(current).label,
                        "target": ProposalStatus(target).label,
                    }
                )
            self.status = target
            self.status_changed_at = timezone.now()
            self.save(update_fields=["status", "status_changed_at", "updated_at"])
            official = OfficialAnswer.objects.create(
                proposal=self, status=target, text=answer, author=by
            )
            log(instance=self, action=f"proposals.{target}", user=by)
            from proposals import notifications

            notifications.notify_status(self, official)


class ProposalAttachment(models.Model):
    """A file sent with a proposal (PDF, JPEG or PNG, checked from its content).

    Kept in the private "proposals" storage, which has no public URL: officers open it through
    the permission-checked view of the proposal's admin page.
    """

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("proposal")
    )
    file = models.FileField(_("file"), storage=proposals_storage, upload_to=attachment_path)
    original_name = models.CharField(_("original file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=50)
    size = models.PositiveIntegerField(_("size (bytes)"))
    created_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        verbose_name = _("proposal attachment")
        verbose_name_plural = _("proposal attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name


class OfficialAnswer(models.Model):
    """What the commune answered the group at a change of status, shown on the status page."""

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="answers", verbose_name=_("proposal")
    )
    status = models.CharField(_("status announced"), max_length=20, choices=ProposalStatus.choices)
    text = models.TextField(_("answer"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("official answer")
        verbose_name_plural = _("official answers")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()}: {self.text[:60]}"


class InLanguage(NamedTuple):
    """A text shown as written, with the language it is written in (for its `lang`)."""

    text: str
    language: str

    def __str__(self):
        return self.text


def _language_code(language):
    """`language` if the site has it, else the site's default."""
    codes = dict(settings.LANGUAGES)
    return language if language in codes else settings.LANGUAGE_CODE


def _written_in(page):
    """The language `page`'s words are in: its source's for a fallback (home.fallbacks), else its
    locale's."""
    from home.fallbacks import content_language

    return content_language(page) or page.locale.language_code


class ForumQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)

    def closed(self):
        return self.filter(closed_at__isnull=False)

    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.open().filter(date__gte=today).order_by("date", "pk")


class Forum(models.Model):
    """An open forum where groups present eligible proposals and the public selects them.

    Officers create it ahead (linked to the event page that announces it), put proposals on its
    agenda, and close it with the tally, the attendance and the minutes; its results are public.
    """

    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    event = models.ForeignKey(
        "home.EventPage",
        verbose_name=_("event page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The public event page that announces the forum."),
    )
    attendance_women = models.PositiveIntegerField(_("women attending"), null=True, blank=True)
    attendance_men = models.PositiveIntegerField(_("men attending"), null=True, blank=True)
    minutes = models.TextField(pgettext_lazy("meeting record", "minutes"), blank=True)
    minutes_language = models.CharField(
        _("language of the minutes"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ForumQuerySet.as_manager()

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.title} ({self.date.isoformat()})"

    @property
    def is_closed(self):
        return self.closed_at is not None

    @cached_property
    def public_event(self):
        """The live event page that announces the forum, in the visitor's language once it is
        translated (wagtail-localize), else in its own."""
        if self.event_id is None:
            return None
        event = self.event.localized
        return event if event.live else None

    @property
    def public_title(self):
        """The forum's name as a visitor reads it, with its language: its event page's title,
        translated with the page; without one, the title the officers wrote (in the site's
        language)."""
        event = self.public_event
        if event is not None:
            return InLanguage(event.title, _written_in(event))
        return InLanguage(self.title, settings.LANGUAGE_CODE)

    @property
    def public_place(self):
        """Where the forum takes place, with its language: the event page's place (a place
        page's title or the written location) when it gives one, else the forum's own."""
        event = self.public_event
        if event is not None and (event.place_id or event.location):
            if event.place_id:
                place = event.place.localized
                return InLanguage(place.title, _written_in(place))
            return InLanguage(event.location, _written_in(event))
        return InLanguage(self.place, settings.LANGUAGE_CODE)

    @property
    def attendance_total(self):
        return (self.attendance_women or 0) + (self.attendance_men or 0)

    def close(self, tallies, attendance, minutes, *, by, minutes_language=None):
        """Record the result of the forum, move every presented proposal, and draft the project
        page of each selected one (submitted to the communications leads' review).

        `tallies` maps each presented proposal (or its pk) to `(votes, selected)`; `attendance`
        is `(women, men)`; the minutes are kept as written, in `minutes_language` (by default
        the language the officer works in). All or nothing: a missing tally refuses the whole
        closing.
        """
        tallies = {getattr(key, "pk", key): value for key, value in tallies.items()}
        women, men = attendance
        if women is None or men is None or women < 0 or men < 0:
            raise ValidationError(_("Give the attendance: women and men, 0 or more."))
        with transaction.atomic():
            forum = Forum.objects.select_for_update().get(pk=self.pk)
            if forum.closed_at is not None:
                raise TransitionError(_("This forum is already closed."))
            presentations = list(self.presentations.select_related("proposal"))
            missing = [p.proposal.title for p in presentations if p.proposal_id not in tallies]
            if missing:
                raise ValidationError(
                    _("Give the tally of every proposal presented; missing: %(titles)s.")
                    % {"titles": ", ".join(missing)}
                )
            self.attendance_women, self.attendance_men = women, men
            self.minutes = minutes
            self.minutes_language = minutes_language or _language_code(translation.get_language())
            self.closed_at = timezone.now()
            self.closed_by = by
            self.save()
            for presentation in presentations:
                votes, selected = tallies[presentation.proposal_id]
                if votes is None or votes < 0:
                    raise ValidationError(_("Votes are a number, 0 or more."))
                presentation.votes, presentation.selected = votes, bool(selected)
                presentation.save(update_fields=["votes", "selected"])
                presentation.proposal._decide_at_forum(self, bool(selected), votes, by=by)
                if selected:
                    presentation.proposal.draft_project_page(by=by)
            log(instance=self, action="proposals.forum_closed", user=by)

    def results(self):
        """The presentations, most votes first."""
        return self.presentations.select_related("proposal").order_by(
            models.F("votes").desc(nulls_last=True), "proposal__title"
        )


class ForumPresentation(models.Model):
    """A proposal on a forum's agenda, and after the forum its votes and whether it was chosen."""

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="presentations", verbose_name=_("forum")
    )
    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="presentations",
        verbose_name=_("proposal"),
    )
    votes = models.PositiveIntegerField(_("votes"), null=True, blank=True)
    selected = models.BooleanField(_("selected"), null=True, blank=True)

    class Meta:
        verbose_name = _("forum presentation")
        verbose_name_plural = _("forum presentations")
        constraints = [
            models.UniqueConstraint(fields=["forum", "proposal"], name="one_presentation_per_forum")
        ]

    def __str__(self):
        return f"{self.proposal} @ {self.forum}"
