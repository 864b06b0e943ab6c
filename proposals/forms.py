"""Forms of the youth proposals: the public form, the officers' forms (paper proposal, answers,
forum closing) and the tracking-code lookup."""

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from cms.uploads import refuse_web_page
from proposals.models import (
    DEFAULT_ANSWERS,
    MEMBER_FIELDS,
    Forum,
    Proposal,
    ProposalAttachment,
)
from proposals.utils import normalize_code, text_direction

ATTACHMENT_TYPES = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}
ATTACHMENT_EXTENSIONS = {
    "application/pdf": {"pdf"},
    "image/jpeg": {"jpg", "jpeg", "jfif"},
    "image/png": {"png"},
}
ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENTS = 3
ATTACHMENT_FIELDS = [f"attachment_{n}" for n in range(1, MAX_ATTACHMENTS + 1)]

MEMBER_FIELD_NAMES = [name for name, _band, _sex in MEMBER_FIELDS]
CONTACT_FIELDS = ["contact_name", "contact_phone", "contact_email"]
CONSENT_FIELDS = ["guardian_consent_name", "guardian_consent_method"]
PROJECT_FIELDS = [
    "title",
    "summary",
    "description",
    "theme",
    "target_publics",
    "estimated_budget",
    "needs",
]
# What the group writes in its own words: an officer entering a paper proposal types it in the
# group's language.
GROUP_TEXT_FIELDS = [
    "group_name",
    "contact_name",
    "guardian_consent_name",
    "title",
    "summary",
    "description",
    "target_publics",
    "needs",
]


def check_attachment(upload):
    """The upload if it is a PDF, JPEG or PNG of at most 5 MB, judged from its content."""
    if upload.size > ATTACHMENT_MAX_BYTES:
        raise ValidationError(_("This file is larger than 5 MB."), code="too_large")
    head = upload.read(2048)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ATTACHMENT_TYPES:
        raise ValidationError(
            _("Only PDF, JPEG and PNG files are accepted; this file is not one of them."),
            code="file_type",
        )
    # A name that says one type over content of another is a disguise (or a mistake the officer
    # opening it would pay for): refuse it. A name with no extension is judged by content alone.
    extension = upload.name.rpartition(".")[2].lower() if "." in upload.name else ""
    if extension and extension not in ATTACHMENT_EXTENSIONS[kind.mime]:
        raise ValidationError(
            _(
                "This file is named like a .%(extension)s file but it is a %(kind)s file: "
                "rename it or choose another file."
            )
            % {"extension": extension, "kind": ATTACHMENT_TYPES[kind.mime]},
            code="file_type_mismatch",
        )
    refuse_web_page(upload)
    upload.content_type = kind.mime
    return upload


class ProposalForm(forms.ModelForm):
    """The public form. Everything a group sends, and nothing more."""

    attachment_1 = forms.FileField(label=_("First file"), required=False)
    attachment_2 = forms.FileField(label=_("Second file"), required=False)
    attachment_3 = forms.FileField(label=_("Third file"), required=False)

    class Meta:
        model = Proposal
        fields = ["group_name", *MEMBER_FIELD_NAMES, *CONTACT_FIELDS, *CONSENT_FIELDS]
        fields += PROJECT_FIELDS
        # The contact fields are stored encrypted as text (proposals.models): one-line boxes.
        field_classes = {"contact_email": forms.EmailField}
        widgets = {
            "contact_name": forms.TextInput,
            "contact_phone": forms.TextInput,
            "contact_email": forms.EmailInput,
            "guardian_consent_name": forms.TextInput,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "target_publics": forms.Textarea(attrs={"rows": 3}),
            "needs": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "summary": _("Two or three sentences: what you want to do, and why."),
            "target_publics": _("Who will benefit: children, women, farmers, the whole douar..."),
            "estimated_budget": _("In dirhams (MAD). An estimate is enough."),
            "needs": _("A room, equipment, transport, training, advice..."),
            "contact_phone": _("A phone number or an e-mail address, or both."),
            "contact_email": _("We send your tracking code and our answers here."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in MEMBER_FIELD_NAMES:
            field = self.fields[name]
            field.min_value = 0
            field.widget.attrs.update({"min": 0, "max": 200, "inputmode": "numeric"})
        budget = self.fields["estimated_budget"]
        budget.localize = True
        budget.widget = forms.TextInput(attrs={"inputmode": "decimal"})
        budget.widget.is_localized = True
        self.fields["contact_name"].required = True
        self.fields["theme"].choices = [("", "---------"), *self.fields["theme"].choices[1:]]
        self.fields["contact_phone"].widget.attrs.update(
            {"autocomplete": "tel", "inputmode": "tel"}
        )
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        for name in ATTACHMENT_FIELDS:
            self.fields[name].widget.attrs["accept"] = ".pdf,.jpg,.jpeg,.png"
            self.fields[name].help_text = _("PDF, JPEG or PNG, up to 5 MB.")

    def clean_attachment_1(self):
        return self._clean_attachment("attachment_1")

    def clean_attachment_2(self):
        return self._clean_attachment("attachment_2")

    def clean_attachment_3(self):
        return self._clean_attachment("attachment_3")

    def _clean_attachment(self, name):
        upload = self.cleaned_data.get(name)
        return check_attachment(upload) if upload else None

    def attachments(self):
        return [
            self.cleaned_data[name] for name in ATTACHMENT_FIELDS if self.cleaned_data.get(name)
        ]

    def member_fields(self):
        return [self[name] for name in MEMBER_FIELD_NAMES]

    @transaction.atomic
    def save_proposal(self, *, language, entered_by=None, on_paper=False):
        """The proposal and its files, all or nothing; the confirmation e-mail is queued when the
        transaction commits."""
        from proposals import notifications

        proposal = self.save(commit=False)
        proposal.language = language
        proposal.submitted_on_paper = on_paper
        proposal.entered_by = entered_by
        proposal.save()
        for upload in self.attachments():
            ProposalAttachment.objects.create(
                proposal=proposal,
                file=upload,
                original_name=upload.name[:255],
                content_type=upload.content_type,
                size=upload.size,
            )
        notifications.notify_submitted(proposal)
        return proposal


class StatusLookupForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=40,
        help_text=_("The ten letters and digits you received, for example ABCDE-23456."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return normalize_code(self.cleaned_data["code"])


# --- Officers ---------------------------------------------------------------------------------


def write_in(widget, language):
    """The box follows the language it is typed in, whatever the admin's own: Arabic right to
    left. `lang` also tells screen readers and the spelling checker."""
    widget.attrs.update({"lang": language, "dir": text_direction(language)})


class AnswerForm(forms.Form):
    """The official answer that comes with a change of status, typed in the group's language.

    Required for a decision; optional where the status has a default text (DEFAULT_ANSWERS),
    and then the help under the box says what the group reads if it is left empty.
    """

    answer = forms.CharField(label=_("Official answer"), widget=forms.Textarea(attrs={"rows": 5}))

    def __init__(self, *args, proposal, status, required=True, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["answer"]
        field.required = required
        write_in(field.widget, proposal.language)
        help_texts = [self.where_it_is_read(proposal)]
        if not required:
            help_texts.append(self.if_left_empty(status))
        field.help_text = " ".join(help_texts)

    @staticmethod
    def where_it_is_read(proposal):
        language = proposal.get_language_display()
        if proposal.contact_email and proposal.contact_erased_at is None:
            text = _(
                "The group reads it on its status page and by e-mail, in its language "
                "(%(language)s)."
            )
        else:
            text = _(
                "The group reads it on its status page only, in its language (%(language)s): "
                "there is no e-mail address to send it to."
            )
        return text % {"language": language}

    def if_left_empty(self, status):
        return _("Optional: if you leave it empty, the group reads this instead: “%(answer)s”") % {
            "answer": DEFAULT_ANSWERS[status]
        }


class PresentAtForumForm(AnswerForm):
    forum = forms.ModelChoiceField(label=_("Forum"), queryset=Forum.objects.none())
    field_order = ["forum", "answer"]

    def __init__(self, *args, **kwargs):
        kwargs["required"] = False
        super().__init__(*args, **kwargs)
        self.fields["forum"].queryset = Forum.objects.open().order_by("date")

    def if_left_empty(self, status):
        return str(
            _(
                "Optional: if you leave it empty, the group is told that its proposal will be "
                "presented at the forum you choose, with the forum's title and date."
            )
        )


class ForumCloseForm(forms.Form):
    """The forum's result: one votes field and one "selected" box per presented proposal."""

    attendance_women = forms.IntegerField(label=_("Women attending"), min_value=0)
    attendance_men = forms.IntegerField(label=_("Men attending"), min_value=0)
    minutes = forms.CharField(
        label=pgettext_lazy("meeting record", "Minutes"), widget=forms.Textarea(attrs={"rows": 8})
    )
    minutes_language = forms.ChoiceField(
        label=_("Language of the minutes"),
        choices=settings.LANGUAGES,
        required=False,
        help_text=_("Published as written, marked as written in this language."),
    )

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.forum = forum
        language = get_language()
        if language in dict(settings.LANGUAGES):
            self.fields["minutes_language"].initial = language
        self.presentations = list(forum.presentations.select_related("proposal"))
        for presentation in self.presentations:
            proposal = presentation.proposal
            self.fields[f"votes_{proposal.pk}"] = forms.IntegerField(
                label=_("Votes for “%(title)s”") % {"title": proposal.title}, min_value=0
            )
            self.fields[f"selected_{proposal.pk}"] = forms.BooleanField(
                label=_("“%(title)s” is selected") % {"title": proposal.title}, required=False
            )

    def tallies(self):
        return {
            p.proposal_id: (
                self.cleaned_data[f"votes_{p.proposal_id}"],
                self.cleaned_data[f"selected_{p.proposal_id}"],
            )
            for p in self.presentations
        }
