from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project's wiring, installed as an app only for what must happen once at start-up.
    It has no models, templates, static files or catalogues of its own."""

    name = "cms"

    def ready(self):
        from cms import exports, forms

        # Every CSV and XLSX export of the admin is written formula-safe (cms/exports.py), and
        # no record chosen in an admin form can be a crafted id that answers 500 (cms/forms.py).
        exports.protect_every_export()
        forms.guard_record_choices()
