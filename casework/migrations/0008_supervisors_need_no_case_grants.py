"""A service's supervisors see its cases because they supervise the service (permissions.py reads
their group); the per-case grants once given to their group were written and never read, so the
table goes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0007_audit_trail_moves_to_its_own_app"),
    ]

    operations = [
        migrations.DeleteModel(name="CaseGroupObjectPermission"),
    ]
