"""The footer's contact details move from the site settings to a translatable snippet."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_contact_to_snippet(apps, schema_editor):
    """Each site's address, phone and e-mail become contact details in the default language,
    chosen by its settings."""
    SiteSettings = apps.get_model("home", "SiteSettings")
    ContactDetails = apps.get_model("home", "ContactDetails")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None:
        return
    for site_settings in SiteSettings.objects.select_related("site"):
        if not (site_settings.address or site_settings.phone or site_settings.email):
            continue
        site_settings.contact = ContactDetails.objects.create(
            name=site_settings.site.site_name or site_settings.site.hostname,
            address=site_settings.address,
            phone=site_settings.phone,
            email=site_settings.email,
            locale=locale,
        )
        site_settings.save(update_fields=["contact"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_image_alt_text"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContactDetails",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "name",
                    models.CharField(
                        help_text="For editors: which contact this is (the site settings choose one).",
                        max_length=120,
                        verbose_name="name",
                    ),
                ),
                ("address", models.CharField(blank=True, max_length=200, verbose_name="address")),
                ("phone", models.CharField(blank=True, max_length=40, verbose_name="phone")),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "contact details",
                "verbose_name_plural": "contact details",
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.AddField(
            model_name="sitesettings",
            name="contact",
            field=models.ForeignKey(
                blank=True,
                help_text="Shown in every footer, in the visitor's language once translated.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="home.contactdetails",
                verbose_name="contact details",
            ),
        ),
        migrations.RunPython(move_contact_to_snippet, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="sitesettings",
            name="address",
        ),
        migrations.RemoveField(
            model_name="sitesettings",
            name="email",
        ),
        migrations.RemoveField(
            model_name="sitesettings",
            name="phone",
        ),
    ]
