"""The audit trail leaves casework for an app of its own. Its tables are renamed, not copied, so no
entry is rewritten and every hash of the chain still holds; the content types move with them, and
the permissions that name them."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

TABLES = {"AuditChainHead": "auditchainhead", "AuditEntry": "auditentry"}


def rename_tables(apps, schema_editor, old_app="casework", new_app="audit"):
    for name, model_name in TABLES.items():
        model = apps.get_model("casework", name)
        schema_editor.alter_db_table(model, f"{old_app}_{model_name}", f"{new_app}_{model_name}")


def rename_tables_back(apps, schema_editor):
    rename_tables(apps, schema_editor, old_app="audit", new_app="casework")


def move_content_types(apps, schema_editor, old_app="casework", new_app="audit"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model_name in TABLES.values():
        moved = ContentType.objects.filter(app_label=old_app, model=model_name)
        if ContentType.objects.filter(app_label=new_app, model=model_name).exists():
            moved.delete()
        else:
            moved.update(app_label=new_app)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, old_app="audit", new_app="casework")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
        # Where the tables were created, up to this move.
        ("casework", "0006_forget_wagtail_history"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(rename_tables, rename_tables_back)],
            state_operations=[
                migrations.CreateModel(
                    name="AuditChainHead",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("last_entry_id", models.BigIntegerField(default=0)),
                        ("last_hash", models.CharField(max_length=64)),
                    ],
                ),
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("at", models.DateTimeField(db_index=True, verbose_name="when (UTC)")),
                        (
                            "actor_username",
                            models.CharField(
                                blank=True, db_index=True, max_length=150, verbose_name="who"
                            ),
                        ),
                        (
                            "action",
                            models.CharField(
                                choices=[
                                    ("view", "Viewed"),
                                    ("create", "Created"),
                                    ("change", "Changed"),
                                    ("delete", "Deleted"),
                                    ("list", "Listed"),
                                    ("search", "Searched"),
                                    ("export", "Exported"),
                                    ("download", "Downloaded an attachment"),
                                    ("refer", "Referred"),
                                    ("referral_answer", "Answered a referral"),
                                    ("consent_override", "Referred without consent (override)"),
                                    ("emergency_access", "Emergency access"),
                                    ("grant", "Permission granted"),
                                    ("revoke", "Permission removed"),
                                    ("close", "Closure"),
                                    ("login", "Logged in"),
                                    ("login_failed", "Failed login"),
                                    ("logout", "Logged out"),
                                    ("denied", "Access refused"),
                                    ("retention", "Retention applied"),
                                    ("key_rotation", "Keys rotated"),
                                ],
                                db_index=True,
                                max_length=20,
                                verbose_name="action",
                            ),
                        ),
                        (
                            "object_type",
                            models.CharField(blank=True, max_length=60, verbose_name="record type"),
                        ),
                        (
                            "object_id",
                            models.CharField(
                                blank=True, db_index=True, max_length=40, verbose_name="record id"
                            ),
                        ),
                        (
                            "object_repr",
                            models.CharField(
                                blank=True, db_index=True, max_length=60, verbose_name="record"
                            ),
                        ),
                        (
                            "ip_address",
                            models.GenericIPAddressField(
                                blank=True, null=True, verbose_name="from"
                            ),
                        ),
                        (
                            "flagged",
                            models.BooleanField(
                                db_index=True, default=False, verbose_name="flagged"
                            ),
                        ),
                        (
                            "details",
                            models.JSONField(blank=True, default=dict, verbose_name="details"),
                        ),
                        ("previous_hash", models.CharField(max_length=64)),
                        ("hash", models.CharField(max_length=64, unique=True)),
                        (
                            "actor",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "audit entry",
                        "verbose_name_plural": "audit entries",
                        "ordering": ["-pk"],
                        "default_permissions": ("view",),
                    },
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
