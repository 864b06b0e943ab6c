"""The guards cms/ installs at start-up (cms/apps.py) are active, and installed once: a record
id past 64 bits in a choice of records is refused like an unknown record (cms/forms.py)."""

from unittest import mock

import pytest
from django import forms
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from cms import forms as guards

HUGE_ID = "99999999999999999999"  # past 64 bits: SQLite's OverflowError in an `IN (…)`


def test_the_wiring_is_an_installed_app_without_models():
    config = apps.get_app_config("cms")

    assert config.name == "cms"
    assert list(config.get_models()) == []


@pytest.mark.django_db
def test_a_choice_of_records_refuses_an_id_past_64_bits_like_an_unknown_record():
    field = forms.ModelMultipleChoiceField(queryset=Group.objects.all())

    with pytest.raises(ValidationError) as refused:
        field.clean([HUGE_ID])

    assert refused.value.code == "invalid_choice"


@pytest.mark.django_db
def test_the_guard_is_installed_once():
    field = forms.ModelMultipleChoiceField(queryset=Group.objects.all())

    with mock.patch.object(
        guards, "_refuse_out_of_range", wraps=guards._refuse_out_of_range
    ) as guard:
        with pytest.raises(ValidationError):
            field.clean(["999999999"])

    assert guard.call_count == 1
