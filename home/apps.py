from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published

        from home.fallbacks import on_page_published, on_view_restriction_changed

        page_published.connect(on_page_published, dispatch_uid="home_fill_locales")
        for signal in (post_save, post_delete):
            signal.connect(
                on_view_restriction_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"home_restrict_fallbacks_{signal is post_save}",
            )
