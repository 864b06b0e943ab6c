"""The listening centre's incidents of violence by type and complaint (casework's GBV incidents),
on the coordinator's dashboard only: never published in a release unless she decides so."""

from django.db import migrations


def seed(apps, schema_editor):
    apps.get_model("indicators", "Indicator").objects.get_or_create(
        measure="gbv_incidents", defaults={"sort_order": 65, "public": False}
    )


class Migration(migrations.Migration):
    dependencies = [("indicators", "0004_image_alt_text"), ("casework", "0014_incidents")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
