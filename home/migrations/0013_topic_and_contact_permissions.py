"""The communications team translates the topics and the contact details in Snippets, as it
translates pages: editors add, change and translate them; leads may also delete them."""

from django.db import migrations

EDITORS = "Communications editors"
LEADS = "Communications leads"
ACTIONS = {EDITORS: ["add", "change", "view"], LEADS: ["add", "change", "view", "delete"]}
MODELS = ["topic", "contactdetails"]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    for name, actions in ACTIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for model in MODELS:
            content_type, _created = ContentType.objects.get_or_create(
                app_label="home", model=model
            )
            for action in actions:
                permission, _created = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("home", "0012_news_topics")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
