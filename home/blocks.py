"""StreamField blocks of the public pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HighlightBlock(blocks.StructBlock):
    """A short card: one programme or service, in a sentence or two."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400)

    class Meta:
        icon = "pick"
        label = _("Highlight")
        template = "components/blocks/highlight.html"


class HighlightsBlock(blocks.StructBlock):
    """A titled group of highlights, shown as cards."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    items = blocks.ListBlock(HighlightBlock(), label=_("Highlights"))

    class Meta:
        icon = "list-ul"
        label = _("Highlights")
        template = "components/blocks/highlights.html"


class HomeBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        form_classname="title",
        template="components/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul"],
        template="components/blocks/paragraph.html",
    )
    highlights = HighlightsBlock()
