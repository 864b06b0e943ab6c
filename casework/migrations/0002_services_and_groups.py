"""The three services, each with its caseworkers and supervisors groups, and the groups of the
data protection officer and the partnership coordinator. Every one of these groups may enter the
Wagtail admin; what they see inside is decided by casework/permissions.py, never by these rows."""

from django.db import migrations

SERVICES = [
    # kind, name, reference prefix, caseworkers group, supervisors group
    (
        "listening",
        "Centre d'écoute pour les femmes victimes de violence",
        "LC",
        "Listening centre caseworkers",
        "Listening centre supervisors",
    ),
    (
        "migrants",
        "Bureau d'accueil et d'orientation des migrants",
        "MO",
        "Migrant office caseworkers",
        "Migrant office supervisors",
    ),
    (
        "daycentre",
        "Centre d'accueil de jour pour les jeunes porteurs d'un handicap",
        "DC",
        "Day centre caseworkers",
        "Day centre supervisors",
    ),
]
OTHER_GROUPS = ["Data protection officers", "Partnership coordinators"]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Service = apps.get_model("casework.Service")

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )

    for kind, name, prefix, caseworkers, supervisors in SERVICES:
        caseworkers_group, _ = Group.objects.get_or_create(name=caseworkers)
        supervisors_group, _ = Group.objects.get_or_create(name=supervisors)
        for group in (caseworkers_group, supervisors_group):
            group.permissions.add(access_admin)
        Service.objects.get_or_create(
            kind=kind,
            defaults={
                "name": name,
                "reference_prefix": prefix,
                "caseworkers_group": caseworkers_group,
                "supervisors_group": supervisors_group,
            },
        )
    for name in OTHER_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    apps.get_model("casework.Service").objects.all().delete()
    names = [name for service in SERVICES for name in service[3:]] + OTHER_GROUPS
    Group.objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
