"""The communications team's groups: editors write and translate, leads also publish.

Both may work on every page of every language tree and on images and documents. The moderation
workflow in which a lead approves an editor's submission is wired on top of these groups.
"""

from django.db import migrations

EDITORS = "Communications editors"
LEADS = "Communications leads"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    LEADS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
COLLECTION_PERMISSIONS = {
    EDITORS: {
        "wagtailimages.image": ["add", "change", "choose"],
        "wagtaildocs.document": ["add", "change", "choose"],
    },
    LEADS: {
        "wagtailimages.image": ["add", "change", "choose", "delete"],
        "wagtaildocs.document": ["add", "change", "choose", "delete"],
    },
}


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ")},
        )
        return perm

    access_admin = permission("wagtailadmin", "admin", "access_admin")
    submit_translation = permission("wagtail_localize", "translation", "submit_translation")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for name in (EDITORS, LEADS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, submit_translation)
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission("wagtailcore", "page", codename)
            )
        for model_label, actions in COLLECTION_PERMISSIONS[name].items():
            app_label, model = model_label.split(".")
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(app_label, model, f"{action}_{model}"),
                )


def backwards(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=[EDITORS, LEADS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_locales_and_home_page"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
