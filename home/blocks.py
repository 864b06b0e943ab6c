"""StreamField blocks of the public pages. Each renders with components/blocks/<name>.html."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock as ImageWithAltBlock

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class SiteURLField(forms.URLField):
    """An address elsewhere ("https://…") or on this site ("/fr/propositions/")."""

    def to_python(self, value):
        value = forms.CharField.to_python(self, value)
        if value.startswith("/") and not value.startswith("//"):
            return value
        return super().to_python(value)

    def run_validators(self, value):
        if value.startswith("/") and not value.startswith("//"):
            return
        super().run_validators(value)


class SiteURLBlock(blocks.URLBlock):
    """A URL block that also takes a path of this site. Still a URLBlock for wagtail-localize:
    a translated page copies the address (translators may override it), and templates show a
    path of the site's own views in the visitor's language (`in_language` filter)."""

    def __init__(self, required=True, help_text=None, **kwargs):
        super().__init__(required=required, help_text=help_text, **kwargs)
        self.field = SiteURLField(
            required=required, help_text=help_text, assume_scheme="https", max_length=500
        )


def link_clean(value):
    """A page or an address, not both: which would win is not the editor's guess to make."""
    if value.get("page") and value.get("url"):
        raise blocks.StructBlockValidationError(
            block_errors={"url": ValidationError(_("Choose a page or give an address, not both."))}
        )
    return value


class HighlightBlock(blocks.StructBlock):
    """A short card: one programme or service, in a sentence or two; the whole card is a link
    when it is given a page (shown in the visitor's language) or an address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400)
    page = blocks.PageChooserBlock(label=_("Link to a page"), required=False)
    url = SiteURLBlock(
        label=_("Or link to an address"),
        required=False,
        help_text=_("An address elsewhere, or a path of this site such as /fr/propositions/."),
    )

    def clean(self, value):
        return link_clean(super().clean(value))

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


def heading_block():
    return blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        form_classname="title",
        template="components/blocks/heading.html",
    )


def paragraph_block():
    return blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        template="components/blocks/paragraph.html",
    )


class ImageBlock(blocks.StructBlock):
    """An image with its caption; the credit comes from the image itself. Wagtail's own
    ImageBlock holds the alt text of this use of the image (or marks it decorative), so it is
    translated with the page by wagtail-localize like the caption."""

    image = ImageWithAltBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=120, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    """A framed invitation to act, with one button to a page of the site or an address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400, required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = SiteURLBlock(label=_("Or address"), required=False)
    label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class VideoBlock(blocks.StructBlock):
    """A video from a video site. Nothing is loaded from that site until the visitor asks for
    it: the page shows the title, a privacy notice and a button (a plain link without
    JavaScript)."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/blocks/document.html"


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Question or title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open one by one (HTML details, no JavaScript needed)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = "components/blocks/accordion.html"


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), max_length=120, required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=40, required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    address = blocks.CharBlock(label=_("Address"), max_length=200, required=False)
    hours = blocks.CharBlock(label=_("Hours"), max_length=200, required=False)

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "components/blocks/contact_card.html"


class BodyBlock(blocks.StreamBlock):
    """The blocks of a standard page, an article, an event, a project, a place or a service."""

    heading = heading_block()
    paragraph = paragraph_block()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    document = DocumentBlock()
    accordion = AccordionBlock()
    contact = ContactCardBlock()


class HomeBodyBlock(blocks.StreamBlock):
    heading = heading_block()
    paragraph = paragraph_block()
    highlights = HighlightsBlock()
    call_to_action = CallToActionBlock()


class MilestoneBlock(blocks.StructBlock):
    """A step of a project, dated, done or to come."""

    title = blocks.CharBlock(label=_("Milestone"), max_length=200)
    date = blocks.DateBlock(label=_("Date"))
    done = blocks.BooleanBlock(label=pgettext_lazy("milestone", "Done"), required=False)

    class Meta:
        icon = "date"
        label = _("Milestone")


class SpaceBlock(blocks.StructBlock):
    """A room or area of a place."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), max_length=400, required=False)

    class Meta:
        icon = "home"
        label = _("Space")


class OpeningHoursBlock(blocks.StructBlock):
    days = blocks.CharBlock(
        label=_("Days"), max_length=80, help_text=_("For example: Monday to Friday")
    )
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))

    class Meta:
        icon = "time"
        label = _("Opening hours")


class PartnerKind(models.TextChoices):
    LOCAL_ASSOCIATION = "local_association", _("Local association")
    DIASPORA_ASSOCIATION = "diaspora_association", _("Diaspora association")
    PROGRAMME = "programme", _("Programme")
    TWIN_COMMUNE = "twin_commune", _("Twin commune")
    INSTITUTION = "institution", _("Institution")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=PartnerKind.choices)
    country = blocks.CharBlock(label=_("Country"), max_length=80, required=False)
    description = blocks.TextBlock(label=_("Description"), max_length=600, required=False)
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "group"
        label = _("Partner")


class HotlineKind(models.TextChoices):
    LISTENING_CENTRE = "listening_centre", _("Listening centre for women victims of violence")
    MIGRANT_OFFICE = "migrant_office", _("Migrant reception and orientation office")
    POLICE = "police", _("Police")
    GENDARMERIE = "gendarmerie", _("Royal Gendarmerie")
    AMBULANCE = "ambulance", _("Ambulance and civil protection")


class HotlineBlock(blocks.StructBlock):
    """A number to call, named in the visitor's language by its kind."""

    kind = blocks.ChoiceBlock(label=_("Who answers"), choices=HotlineKind.choices)
    number = blocks.CharBlock(label=_("Number"), max_length=40)

    class Meta:
        icon = "mail"
        label = _("Hotline")


class FooterLinkBlock(blocks.PageChooserBlock):
    class Meta:
        icon = "link"
        label = _("Page")
