from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")

    def ready(self):
        from wagtail.signals import page_published

        from home.fallbacks import on_page_published

        page_published.connect(on_page_published, dispatch_uid="home_fill_locales")
