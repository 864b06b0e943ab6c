from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "demo"
    # Not a translatable string: an app without models is never named in the admin, and a message
    # nobody reads would only wait in four catalogues.
    verbose_name = "Demo data"
