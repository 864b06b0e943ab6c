"""Image originals move to the private storage; photos of people lose their public renditions.

Originals already uploaded are moved from the public media storage to "private_media". Public
renditions of photos of people are deleted: the public site makes them again, in public storage,
for those a live page uses; the others are shown to editors through the admin only
(home/models/images.py).
"""

import wagtail.images.models
from django.core.files.storage import storages
from django.db import migrations

import home.media


def move(name, source, target):
    if not name or not source.exists(name):
        return name
    with source.open(name, "rb") as original:
        saved = target.save(name, original)
    source.delete(name)
    return saved


def forwards(apps, schema_editor):
    SiteImage = apps.get_model("home", "SiteImage")
    SiteRendition = apps.get_model("home", "SiteRendition")
    public, private = storages["default"], storages["private_media"]

    for image in SiteImage.objects.all():
        name = move(image.file.name, public, private)
        if name != image.file.name:
            SiteImage.objects.filter(pk=image.pk).update(file=name)

    for rendition in SiteRendition.objects.filter(image__shows_people=True):
        if rendition.file.name and public.exists(rendition.file.name):
            public.delete(rendition.file.name)
        rendition.delete()


def backwards(apps, schema_editor):
    SiteImage = apps.get_model("home", "SiteImage")
    public, private = storages["default"], storages["private_media"]
    for image in SiteImage.objects.all():
        name = move(image.file.name, private, public)
        if name != image.file.name:
            SiteImage.objects.filter(pk=image.pk).update(file=name)


class Migration(migrations.Migration):
    dependencies = [("home", "0006_editorial_workflow")]

    operations = [
        migrations.AlterField(
            model_name="siteimage",
            name="file",
            field=wagtail.images.models.WagtailImageField(
                height_field="height",
                storage=home.media.private_media_storage,
                upload_to=wagtail.images.models.get_upload_to,
                verbose_name="file",
                width_field="width",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
