"""What every admin viewset of confidential records shares."""

from wagtail.admin.viewsets.model import ModelViewSet


class ConfidentialViewSet(ModelViewSet):
    """A Wagtail ModelViewSet kept out of Wagtail's own bookkeeping: its records are never in the
    reference index (whose "usage" screens and reports any editor can open), and it has none of
    Wagtail's history or usage views, which read Wagtail's log. Casework is recorded in its audit
    trail only; a viewset that wants a history builds it from there (cases.CaseHistoryView)."""

    add_to_reference_index = False
    #: Names of Wagtail's views this viewset does not serve.
    wagtail_views_removed = {"history", "history_results", "usage"}

    def get_common_view_kwargs(self, **kwargs):
        removed = {
            f"{name}_url_name": None
            for name in ("history", "usage")
            if name in self.wagtail_views_removed
        }
        return super().get_common_view_kwargs(**{**removed, **kwargs})

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in self.wagtail_views_removed
        ]
