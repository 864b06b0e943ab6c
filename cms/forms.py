"""Record choices that a crafted post cannot turn into a 500, in every admin form.

A record chosen in a form is looked up by the id the browser posted. Two lookups fail loudly:
- SQLite's driver raises OverflowError on an integer past 64 bits. Django guards an `exact`
  lookup on an integer primary key, but neither `IN (…)` (a choice of several records) nor a
  primary key that links to a parent table (every Wagtail page type's);
- Wagtail's chooser widgets (pages, images, documents, snippets) look the posted value up again
  to show the refused form, with `pk=value`: "' OR 1=1--" raises ValueError there;
- Wagtail's bulk actions (`/admin/bulk/…/?id=…`) filter `pk__in` the ids of the address as given.
`guard_record_choices()`, installed at start-up (cms/apps.py), refuses the first as Django refuses
any unknown record, lets the choosers show nothing chosen for the second, and answers 404 to a
bulk action on an id that cannot exist. Found by
tests/security/test_hostile_*.py; it covers every form added later, ours and Wagtail's.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404

_LIMIT = 2**63


def _refuse_out_of_range(field, values):
    meta = field.queryset.model._meta
    # A foreign key's field names its target: the primary key ("page_ptr" for a page type).
    key = field.to_field_name
    target = meta.pk if key in (None, "pk") else meta.get_field(key)
    if not (target.primary_key or isinstance(target, models.IntegerField)):
        return
    for value in values:
        try:
            out_of_range = not -_LIMIT <= int(str(value)) < _LIMIT
        except ValueError:
            continue  # not a number: Django's own check refuses it
        if out_of_range:
            raise ValidationError(
                field.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )


def _ids_that_can_exist(model, ids):
    """`ids` if each can be a primary key of `model`, else Http404."""
    pk = model._meta.pk
    for value in ids:
        try:
            value = pk.to_python(value)
        except ValidationError:
            raise Http404 from None
        if isinstance(value, int) and not -_LIMIT <= value < _LIMIT:
            raise Http404
    return ids


def guard_record_choices():
    from wagtail.admin.views.bulk_action.base_bulk_action import BulkAction
    from wagtail.admin.widgets.chooser import BaseChooser

    one_record = forms.ModelChoiceField.to_python
    several_records = forms.ModelMultipleChoiceField._check_values
    chooser_instance = BaseChooser.get_instance
    bulk_queryset = BulkAction.get_queryset.__func__

    def to_python(self, value):
        if value not in self.empty_values:
            _refuse_out_of_range(self, [value])
        return one_record(self, value)

    def _check_values(self, value):
        _refuse_out_of_range(self, value)
        return several_records(self, value)

    def get_instance(self, value):
        try:
            return chooser_instance(self, value)
        except (ValueError, TypeError, OverflowError, ValidationError):
            return None

    def get_queryset(cls, model, object_ids):
        return bulk_queryset(cls, model, _ids_that_can_exist(model, object_ids))

    forms.ModelChoiceField.to_python = to_python
    forms.ModelMultipleChoiceField._check_values = _check_values
    BaseChooser.get_instance = get_instance
    BulkAction.get_queryset = classmethod(get_queryset)
