"""Create the four content locales and the French home page, the root of the public site.

Wagtail's own migrations leave a "Welcome" page of the base Page type; it is replaced here, as in
Wagtail's project template, so a fresh database serves /fr/ before any demo content is loaded.
"""

from django.db import migrations

LANGUAGES = ["fr", "ar", "zgh", "en"]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    french = Locale.objects.get(language_code="fr")

    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()
    root = Page.objects.get(depth=1)

    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    home = HomePage.objects.create(
        title="Service social de Belfaa",
        draft_title="Service social de Belfaa",
        slug="accueil",
        content_type=home_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=french,
        intro="Le service social de la commune de Belfaa, avec sa commune jumelle de Jette.",
        body="[]",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page_id=home.pk,
        is_default_site=True,
        site_name="Tiwizi",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
