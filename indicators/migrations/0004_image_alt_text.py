"""The results page's image description and body image blocks with their own alt text (as the
home pages, home 0009)."""

import wagtail.fields
from django.db import migrations, models

from home.migrations._image_alt_text import image_blocks_with_alt_text


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0003_card_links"),
        ("home", "0010_image_alt_text"),
    ]

    operations = [
        migrations.AddField(
            model_name="resultspage",
            name="image_alt",
            field=models.CharField(
                blank=True,
                help_text="What the image shows, for visitors who cannot see it; translated with the page. Empty: the image's own title.",
                max_length=250,
                verbose_name="image description",
            ),
        ),
        migrations.AlterField(
            model_name="resultspage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 0),
                    ("paragraph", 1),
                    ("image", 4),
                    ("quote", 7),
                    ("call_to_action", 13),
                    ("video", 17),
                    ("document", 20),
                    ("accordion", 26),
                    ("contact", 33),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "form_classname": "title",
                            "label": "Heading",
                            "max_length": 120,
                            "template": "components/blocks/heading.html",
                        },
                    ),
                    1: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": [
                                "h3",
                                "bold",
                                "italic",
                                "link",
                                "document-link",
                                "ol",
                                "ul",
                            ],
                            "label": "Paragraph",
                            "template": "components/blocks/paragraph.html",
                        },
                    ),
                    2: ("wagtail.images.blocks.ImageBlock", [], {"label": "Image"}),
                    3: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Caption", "max_length": 250, "required": False},
                    ),
                    4: ("wagtail.blocks.StructBlock", [[("image", 2), ("caption", 3)]], {}),
                    5: ("wagtail.blocks.TextBlock", (), {"label": "Quote", "max_length": 600}),
                    6: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Who said it", "max_length": 120, "required": False},
                    ),
                    7: ("wagtail.blocks.StructBlock", [[("text", 5), ("attribution", 6)]], {}),
                    8: ("wagtail.blocks.CharBlock", (), {"label": "Title", "max_length": 120}),
                    9: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"label": "Text", "max_length": 400, "required": False},
                    ),
                    10: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {"label": "Page", "required": False},
                    ),
                    11: ("wagtail.blocks.URLBlock", (), {"label": "Or address", "required": False}),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Button label", "max_length": 60},
                    ),
                    13: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 8), ("text", 9), ("page", 10), ("url", 11), ("label", 12)]],
                        {},
                    ),
                    14: ("wagtail.blocks.CharBlock", (), {"label": "Title", "max_length": 200}),
                    15: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "A YouTube or Vimeo address.", "label": "Video address"},
                    ),
                    16: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"label": "Transcript or summary", "required": False},
                    ),
                    17: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 14), ("url", 15), ("transcript", 16)]],
                        {},
                    ),
                    18: (
                        "wagtail.documents.blocks.DocumentChooserBlock",
                        (),
                        {"label": "Document"},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Link text", "max_length": 200, "required": False},
                    ),
                    20: ("wagtail.blocks.StructBlock", [[("document", 18), ("label", 19)]], {}),
                    21: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Heading", "max_length": 120, "required": False},
                    ),
                    22: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Question or title", "max_length": 200},
                    ),
                    23: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": [
                                "h3",
                                "bold",
                                "italic",
                                "link",
                                "document-link",
                                "ol",
                                "ul",
                            ],
                            "label": "Answer",
                        },
                    ),
                    24: ("wagtail.blocks.StructBlock", [[("title", 22), ("text", 23)]], {}),
                    25: ("wagtail.blocks.ListBlock", (24,), {"label": "Items"}),
                    26: ("wagtail.blocks.StructBlock", [[("heading", 21), ("items", 25)]], {}),
                    27: ("wagtail.blocks.CharBlock", (), {"label": "Name", "max_length": 120}),
                    28: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Role", "max_length": 120, "required": False},
                    ),
                    29: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Phone", "max_length": 40, "required": False},
                    ),
                    30: ("wagtail.blocks.EmailBlock", (), {"label": "E-mail", "required": False}),
                    31: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Address", "max_length": 200, "required": False},
                    ),
                    32: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Hours", "max_length": 200, "required": False},
                    ),
                    33: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("name", 27),
                                ("role", 28),
                                ("phone", 29),
                                ("email", 30),
                                ("address", 31),
                                ("hours", 32),
                            ]
                        ],
                        {},
                    ),
                },
                verbose_name="body",
            ),
        ),
        migrations.RunPython(
            image_blocks_with_alt_text("indicators", ["resultspage"]), migrations.RunPython.noop
        ),
    ]
