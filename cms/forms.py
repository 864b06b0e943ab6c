"""Form fields every app's forms share.

A record chosen in a form is looked up by the id the browser posted. SQLite's driver raises
OverflowError on an integer past 64 bits: a 500 for a crafted post. Django guards an `exact`
lookup on an integer primary key, but neither `IN (…)` (a choice of several records) nor a
primary key that is a link to a parent table (every Wagtail page type's). These fields refuse
such an id as Django refuses any unknown one, before the database sees it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

_LIMIT = 2**63


def _refuse_out_of_range(field, values):
    meta = field.queryset.model._meta
    # A foreign key's field names its target: the primary key ("page_ptr" for a page type).
    target = meta.pk if field.to_field_name in (None, "pk") else meta.get_field(field.to_field_name)
    if not (target.primary_key or isinstance(target, models.IntegerField)):
        return
    for value in values:
        try:
            out_of_range = not -_LIMIT <= int(str(value)) < _LIMIT
        except ValueError:
            continue  # not a number: Django's own check refuses it
        if out_of_range:
            raise ValidationError(
                field.error_messages.get("invalid_pk_value")
                or field.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"pk": value, "value": value},
            )


class RecordField(forms.ModelChoiceField):
    """Django's choice of one record, refusing an id no database integer holds."""

    def to_python(self, value):
        if value not in self.empty_values:
            _refuse_out_of_range(self, [value])
        return super().to_python(value)


class RecordsField(forms.ModelMultipleChoiceField):
    """Django's choice of several records, refusing an id no database integer holds."""

    def _check_values(self, value):
        _refuse_out_of_range(self, value)
        return super()._check_values(value)
