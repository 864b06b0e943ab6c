"""The communications groups' rights on the site's own image model (home.SiteImage), which
replaced Wagtail's default image model before any image was uploaded."""

from django.db import migrations

ACTIONS = {
    "Communications editors": ["add", "change", "choose"],
    "Communications leads": ["add", "change", "choose", "delete"],
}


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="siteimage")
    root_collection = Collection.objects.get(depth=1)
    for name, actions in ACTIONS.items():
        group = Group.objects.get(name=name)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_siteimage",
                defaults={"name": f"Can {action} image"},
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [("home", "0004_public_page_types")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
