"""News tags become topics, a translatable snippet: each tag an article of a language had becomes
that language's topic (one translation key per tag slug), and the article is filed under it."""

import uuid

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def tags_to_topics(apps, schema_editor):
    NewsArticleTag = apps.get_model("home", "NewsArticleTag")
    NewsArticleTopic = apps.get_model("home", "NewsArticleTopic")
    Topic = apps.get_model("home", "Topic")
    keys = {}
    for link in NewsArticleTag.objects.select_related("tag", "content_object").order_by("pk"):
        tag, article = link.tag, link.content_object
        topic, _created = Topic.objects.get_or_create(
            locale_id=article.locale_id,
            slug=tag.slug,
            defaults={
                "name": tag.name,
                "translation_key": keys.setdefault(tag.slug, uuid.uuid4()),
            },
        )
        # The same key for the same topic in every language copy of an article, as
        # wagtail-localize gives the rows of a page it translates.
        NewsArticleTopic.objects.get_or_create(
            article=article,
            topic=topic,
            defaults={
                "locale_id": article.locale_id,
                "translation_key": uuid.uuid5(article.translation_key, tag.slug),
                "sort_order": link.pk,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_contact_details"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="Topic",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(max_length=60, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        help_text="In the address of the news filtered by this topic; the same in every language.",
                        max_length=60,
                        verbose_name="slug",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "topic",
                "verbose_name_plural": "topics",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="NewsArticleTopic",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                (
                    "article",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="topic_links",
                        to="home.newsarticlepage",
                    ),
                ),
                (
                    "topic",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="article_links",
                        to="home.topic",
                        verbose_name="topic",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "unique_together": {("translation_key", "locale")},
                "abstract": False,
            },
        ),
        migrations.AddConstraint(
            model_name="topic",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_topic_slug_per_locale"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="topic",
            unique_together={("translation_key", "locale")},
        ),
        migrations.RunPython(tags_to_topics, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="newsarticlepage",
            name="tags",
        ),
        migrations.DeleteModel(
            name="NewsArticleTag",
        ),
    ]
