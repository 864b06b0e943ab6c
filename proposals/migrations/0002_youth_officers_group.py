"""The "Youth programme officers" group: the admin, and every right on proposals and forums.

Only this group (and superusers) may see proposals at all, contact data included: see
proposals/permissions.py.
"""

from django.db import migrations

OFFICERS = "Youth programme officers"
MODELS = ["proposal", "proposalattachment", "officialanswer", "forum", "forumpresentation"]
ACTIONS = ["add", "change", "delete", "view"]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ")},
        )
        return perm

    group, _ = Group.objects.get_or_create(name=OFFICERS)
    group.permissions.add(permission("wagtailadmin", "admin", "access_admin"))
    for model in MODELS:
        for action in ACTIONS:
            group.permissions.add(permission("proposals", model, f"{action}_{model}"))


def backwards(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=OFFICERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("proposals", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
