"""The language the forum minutes are written in, for their `lang` on the public results."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("proposals", "0003_encrypt_contacts"),
    ]

    operations = [
        migrations.AddField(
            model_name="forum",
            name="minutes_language",
            field=models.CharField(
                choices=[
                    ("fr", "French"),
                    ("ar", "Arabic"),
                    ("zgh", "Standard Moroccan Tamazight"),
                    ("en", "English"),
                ],
                default="fr",
                max_length=10,
                verbose_name="language of the minutes",
            ),
        ),
    ]
