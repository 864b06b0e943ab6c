"""The admin screens of the public site's translatable snippets (topics, contact details),
registered in wagtail_hooks.py."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import ContactDetails, Topic


class NoCreationView(SnippetCreateView):
    """Wagtail routes a chooser's "create" address even when the chooser has no creation form,
    and a POST there fails (500). These choosers create nothing (a topic is made in its language
    in Snippets, then translated): the address answers 404."""

    def dispatch(self, request, *args, **kwargs):
        raise Http404


class ChooserWithoutCreation(SnippetChooserViewSet):
    create_view_class = NoCreationView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    chooser_viewset_class = ChooserWithoutCreation


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"
    list_display = ["name", "address", "locale"]
    chooser_viewset_class = ChooserWithoutCreation
