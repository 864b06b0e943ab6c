"""Forms of the casework admin. Choices offered to a user are limited to what they may use."""

import filetype
from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from casework import permissions
from casework.models import (
    Case,
    CaseSession,
    CaseStatus,
    Consent,
    FollowUp,
    Incident,
    PartnerKind,
    Person,
    Referral,
    RequestKind,
    RightsRequest,
    Service,
    SessionKind,
)
from casework.models.incidents import CLASSIFICATION_QUESTIONS
from casework.rights import EXPORT_LANGUAGES
from cms.uploads import refuse_web_page

ATTACHMENT_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
}
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024


class IsoDateInput(forms.DateInput):
    """The browser's date picker. `<input type="date">` takes only ISO dates (2026-12-04): Django
    would otherwise write the active language's format (04/12/2026 in French), which the browser
    discards, so the field shows empty and an unchanged form fails as "required"."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class VersionedForm(forms.ModelForm):
    """Carries the version the user started from, so a stale save is refused, not merged."""

    # Not required: a new record has no version yet; a checked save treats a missing one as stale.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    STALE_MESSAGE = _(
        "Someone else saved this record after you opened it. Your changes are not saved: they "
        "are kept below. Open the case again in another tab to see the other changes, then save "
        "once more."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version

    def refuse_stale(self):
        """Say the save was refused, keep what was typed, and carry the version now stored, so
        the user's next save (after looking at the other changes) is a deliberate one."""
        self.add_error(None, self.STALE_MESSAGE)
        self.data = self.data.copy()
        self.data["version"] = type(self.instance).objects.get(pk=self.instance.pk).version


class PersonForm(VersionedForm):
    class Meta:
        model = Person
        fields = [
            "first_name",
            "last_name",
            "phone",
            "address",
            "identity_document",
            "details",
            "sex",
            "birth_year",
            "nationality",
            "disability",
            "migrant_status",
        ]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
            "phone": forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
            "address": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
            "identity_document": forms.TextInput(attrs={"autocomplete": "off"}),
            "details": forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        }

    def clean_birth_year(self):
        year = self.cleaned_data.get("birth_year")
        if year and not (1900 <= year <= timezone.localdate().year):
            raise forms.ValidationError(_("Enter a year between 1900 and this year."))
        return year


class IntakeForm(PersonForm):
    """A new case for a new person: who she is, which service, how urgent."""

    service = forms.ModelChoiceField(queryset=Service.objects.none(), label=_("Service"))
    risk_level = forms.ChoiceField(
        choices=Case._meta.get_field("risk_level").choices, label=_("Risk level")
    )
    same_person = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        label=_("Is this one of these persons?"),
    )
    different_person = forms.BooleanField(
        required=False, label=_("None of them: this is a different person")
    )

    class Meta(PersonForm.Meta):
        pass

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        services = permissions.services_of(user)
        self.fields["service"].queryset = services
        if services.count() == 1:
            self.fields["service"].initial = services.first()
        self.fields["same_person"].queryset = permissions.visible_persons(user)
        self.possible_duplicates = []
        self.known_elsewhere_in_service = False

    def find_duplicates(self, data):
        matches = Person.objects.matching(
            name=f"{data.get('first_name', '')} {data.get('last_name', '')}",
            phone=data.get("phone", ""),
            document=data.get("identity_document", ""),
        )
        self.possible_duplicates, self.known_elsewhere_in_service = (
            permissions.disclosed_duplicates(self.user, matches)
        )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data.get("same_person") or data.get("different_person"):
            return data
        self.find_duplicates(data)
        if self.possible_duplicates:
            self.fields["same_person"].queryset = Person.objects.filter(
                pk__in=[p.pk for p in self.possible_duplicates]
            )
            raise forms.ValidationError(
                _(
                    "A person with the same name, phone or document already has a case you can "
                    "see. Choose her below, or confirm this is a different person."
                ),
                code="duplicate",
            )
        if self.known_elsewhere_in_service:
            raise forms.ValidationError(
                _(
                    "A person with the same name, phone or document already has a case in your "
                    "service that you are not assigned to. Ask your supervisor before opening a "
                    "second file, or confirm this is a different person."
                ),
                code="duplicate_hidden",
            )
        return data


class CaseForm(WagtailAdminModelForm, VersionedForm):
    """Editing a case. Only a supervisor of the service assigns the owner and collaborators."""

    STALE_MESSAGE = _(
        "Someone else saved this case after you opened it. Your changes are not saved: they are "
        "kept below. Open the case again in another tab to see the other changes, then save once "
        "more."
    )

    class Meta:
        model = Case
        fields = ["risk_level", "status", "opened_on", "hide_name", "owner", "collaborators"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        case = self.instance
        self.fields["status"].choices = [
            (value, label)
            for value, label in CaseStatus.choices
            if value != CaseStatus.CLOSED or case.status == CaseStatus.CLOSED
        ]
        if case.status == CaseStatus.CLOSED:
            self.fields["status"].disabled = True
            self.fields["status"].help_text = _("Use 'Reopen' on the case to reopen it.")
        users = permissions.assignable_users(case.service)
        self.fields["owner"].queryset = users
        self.fields["collaborators"].queryset = users
        self.fields["collaborators"].widget = forms.CheckboxSelectMultiple()
        self.fields["collaborators"].widget.choices = self.fields["collaborators"].choices
        if not (self.for_user and permissions.can(self.for_user, permissions.ASSIGN, case)):
            for name in ("owner", "collaborators"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Only a supervisor of the service assigns cases.")


class SessionForm(VersionedForm):
    class Meta:
        model = CaseSession
        fields = [
            "date",
            "kind",
            "duration_minutes",
            "narrative",
            "children_count",
            "stay_start",
            "stay_end",
        ]
        widgets = {
            "date": IsoDateInput(),
            "stay_start": IsoDateInput(),
            "stay_end": IsoDateInput(),
            "narrative": forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
        }

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        # The kinds of the case's service only (and a session's own kind, if it is another).
        kinds = [kind.value for kind in SessionKind.of_service(case.service.kind)]
        if self.instance.kind and self.instance.kind not in kinds:
            kinds.append(self.instance.kind)
        field = self.fields["kind"]
        field.choices = [
            (value, label) for value, label in field.choices if value in kinds or not value
        ]


class IncidentForm(VersionedForm):
    """An incident, classified by GBVIMS's questions: she ticks what happened, the type follows
    from its rules (Incident.clean)."""

    acts = forms.MultipleChoiceField(
        label=_("What happened (tick every answer that is yes)"),
        choices=[(str(kind), question) for kind, question in CLASSIFICATION_QUESTIONS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Incident
        fields = [
            "acts",
            "occurred_on",
            "place_type",
            "aggressor_relationship",
            "details",
            "complaint_stage",
            "complaint_filed_on",
            "complaint_outcome",
        ]
        widgets = {
            "occurred_on": IsoDateInput(),
            "complaint_filed_on": IsoDateInput(),
            "details": forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
        }


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["title", "due_on", "assigned_to"]
        widgets = {
            "title": forms.TextInput(attrs={"dir": "auto"}),
            "due_on": IsoDateInput(),
        }

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = permissions.assignable_users(case.service)


class ConsentForm(forms.ModelForm):
    class Meta:
        model = Consent
        fields = ["purpose", "scope", "given_on", "signed_form"]
        widgets = {
            "purpose": forms.TextInput(attrs={"dir": "auto"}),
            "given_on": IsoDateInput(),
        }

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        # The signed form is one of this case's attachments (upload it first).
        self.fields["signed_form"].queryset = case.attachments.all()
        self.fields["signed_form"].label_from_instance = lambda attachment: attachment.title


class ReferralForm(forms.ModelForm):
    """A referral needs a valid consent of the scope its destination requires, unless the user
    holds the override permission and says so, which is flagged in the audit."""

    override_consent = forms.BooleanField(
        required=False,
        label=_(
            "Refer without a recorded consent (emergency; flagged to the data protection officer)"
        ),
    )

    class Meta:
        model = Referral
        fields = ["partner_kind", "to_service", "partner_name", "reason", "consent"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 4, "dir": "auto"})}

    def __init__(self, *args, case, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case
        self.user = user
        self.fields["to_service"].queryset = Service.objects.exclude(pk=case.service_id)
        consent = self.fields["consent"]
        consent.queryset = case.consents.filter(withdrawn_on=None)
        consent.required = False
        consent.empty_label = _("No consent chosen")
        # What she agreed to and when: the case is the one of this form already.
        consent.label_from_instance = lambda c: (
            _("%(scope)s: %(purpose)s (given on %(date)s)")
            % {
                "scope": c.get_scope_display(),
                "purpose": c.purpose,
                "date": date_format(c.given_on, "SHORT_DATE_FORMAT"),
            }
        )
        if not permissions.can(user, permissions.OVERRIDE_CONSENT, case):
            del self.fields["override_consent"]

    def clean(self):
        data = super().clean()
        kind = data.get("partner_kind")
        if kind == PartnerKind.INTERNAL and not data.get("to_service"):
            self.add_error("to_service", _("Choose the service you refer to."))
        if kind and kind != PartnerKind.INTERNAL and not data.get("partner_name"):
            self.add_error("partner_name", _("Name the partner you refer to."))
        if not kind:
            return data
        referral = Referral(partner_kind=kind, consent=data.get("consent"))
        if not referral.has_valid_consent() and not data.get("override_consent"):
            self.add_error(
                "consent",
                _("This referral needs the person's consent for: %(scope)s. Record it first.")
                % {"scope": referral.required_scope.label},
            )
        return data


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(
        label=_("File"), help_text=_("PDF, JPEG or PNG, up to 10 MB. Stored encrypted.")
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > ATTACHMENT_MAX_BYTES:
            raise forms.ValidationError(_("This file is larger than 10 MB."))
        head = upload.read(2048)
        upload.seek(0)
        kind = filetype.guess(head)
        if kind is None or kind.mime not in ATTACHMENT_TYPES:
            raise forms.ValidationError(
                _("Only PDF, JPEG and PNG files are accepted; this file is not one of them.")
            )
        refuse_web_page(upload)
        upload.content_type = kind.mime
        return upload


class ClosureForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why close this case?"), choices=Case._meta.get_field("closure_reason").choices
    )


class EmergencyAccessForm(forms.Form):
    reference = forms.CharField(label=_("Case reference"), max_length=20)
    reason = forms.CharField(
        label=_("Why must you open this case?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        min_length=20,
        help_text=_(
            "Access lasts one hour, is recorded and flagged to the data protection officer."
        ),
    )

    def clean_reference(self):
        reference = self.cleaned_data["reference"].strip().upper()
        case = Case.objects.filter(reference=reference).first()
        if case is None:
            raise forms.ValidationError(_("No case has this reference."))
        self.case = case
        return reference


class ListingSearchForm(forms.Form):
    """A listing's search box. Posted, never sent in a URL (casework.viewsets.search); what is
    typed is not saved by the browser's form history either."""

    q = forms.CharField(
        label=_("Search"),
        max_length=255,
        required=False,
        widget=forms.TextInput(
            attrs={
                "placeholder": _("Name, phone, document or reference"),
                "autocomplete": "off",
                "dir": "auto",
            }
        ),
    )


# --- Data rights (the data protection officer's) ------------------------------------------------


class PersonChoiceField(forms.ModelChoiceField):
    """A person by her reference, birth year and services: enough to tell two files apart."""

    def label_from_instance(self, obj):
        services = ", ".join(sorted({str(case.service) for case in obj.cases.all()}))
        return " · ".join(str(part) for part in (obj.reference, obj.birth_year, services) if part)


class RightsRequestForm(forms.ModelForm):
    """A person's request, and how to find her file: by what she gives to prove who she is,
    matched exactly (blind indexes), never by browsing the files."""

    reference = forms.CharField(
        label=_("Person reference"),
        max_length=12,
        required=False,
        help_text=_("P-… if a service gave it to her"),
    )
    full_name = forms.CharField(
        label=_("Full name, as on her file"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
    )
    identity_document = forms.CharField(
        label=_("Identity document number"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    person = PersonChoiceField(
        # Any file validates the posted choice; clean() keeps it only among the matches, which
        # are the only ones the form shows (`several`).
        queryset=Person.objects.filter(anonymised_at=None),
        required=False,
        widget=forms.RadioSelect,
        label=_("Several files match: which is hers?"),
    )
    several = False

    IDENTIFIERS = ("reference", "full_name", "phone", "identity_document")

    class Meta:
        model = RightsRequest
        fields = ["kind", "received_on", "note"]
        widgets = {
            "kind": forms.RadioSelect,
            "received_on": IsoDateInput,
            "note": forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = RequestKind.choices

    def clean(self):
        cleaned = super().clean()
        given = {name: (cleaned.get(name) or "").strip() for name in self.IDENTIFIERS}
        if not any(given.values()):
            raise forms.ValidationError(
                _("Give at least one of: her reference, her full name, her phone, her document.")
            )
        # Every detail given must match: a name alone can be someone else's.
        matches = Person.objects.filter(anonymised_at=None)
        if given["reference"]:
            matches = matches.filter(reference=given["reference"].upper())
        for name, hint in (
            ("full_name", Person.name_hint),
            ("phone", Person.phone_hint),
            ("identity_document", Person.document_hint),
        ):
            if given[name]:
                matches = matches.filter(**{f"{Person.INDEX_FOR[name]}": hint(given[name])})
        matches = list(matches.order_by("reference")[:10])
        if not matches:
            raise forms.ValidationError(
                _(
                    "No file matches all of these. Check them as she wrote them, or give "
                    "fewer: each detail given must match her file."
                )
            )
        if len(matches) == 1:
            cleaned["person"] = matches[0]
            return cleaned
        self.several = True
        self.fields["person"].queryset = Person.objects.filter(
            pk__in=[p.pk for p in matches]
        ).prefetch_related("cases__service")
        chosen = cleaned.get("person")
        if chosen is None or chosen.pk not in {p.pk for p in matches}:
            self.add_error("person", _("Choose her file among these."))
        return cleaned


class RectificationForm(VersionedForm):
    answer = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=RightsRequest._meta.get_field("answer").help_text,
    )

    class Meta:
        model = Person
        fields = [
            "first_name",
            "last_name",
            "phone",
            "address",
            "identity_document",
            "details",
            "sex",
            "birth_year",
            "nationality",
        ]
        widgets = PersonForm.Meta.widgets

    clean_birth_year = PersonForm.clean_birth_year


class ErasureForm(forms.Form):
    answer = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=RightsRequest._meta.get_field("answer").help_text,
    )
    confirm = forms.BooleanField(
        label=_("I have checked her identity, and understand that the erasure cannot be undone.")
    )


class RefusalForm(forms.Form):
    answer = forms.CharField(
        label=_("Why is the request refused?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=RightsRequest._meta.get_field("answer").help_text,
    )


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the file"), choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = EXPORT_LANGUAGES


class LegalHoldForm(forms.Form):
    reason = forms.CharField(
        label=_("Why must this case be kept?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "For example: a complaint before the court. Nothing of the case is erased while it is "
            "held, by retention or on request."
        ),
    )
