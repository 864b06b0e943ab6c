"""The audit trail's models now belong to the `audit` app, which renamed their tables
(audit/migrations/0001_initial.py): casework forgets them, and touches no table."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0006_forget_wagtail_history"),
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AuditChainHead"),
                migrations.DeleteModel(name="AuditEntry"),
            ],
        ),
    ]
