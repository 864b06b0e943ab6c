"""Remove what earlier versions let Wagtail record about casework: its log lines (shown in *Site
history*) and its reference index rows (usage screens). The audit trail keeps the record."""

from django.db import migrations


def forget_wagtail_history(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    casework = ContentType.objects.filter(app_label="casework").values("pk")
    ModelLogEntry.objects.filter(content_type__in=casework).delete()
    ReferenceIndex.objects.filter(base_content_type__in=casework).delete()
    ReferenceIndex.objects.filter(content_type__in=casework).delete()
    ReferenceIndex.objects.filter(to_content_type__in=casework).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0005_versioned_person_and_session"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forget_wagtail_history, migrations.RunPython.noop)]
