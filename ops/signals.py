"""What the operations commands tell the applications, which ops itself never reads."""

from django.dispatch import Signal

#: Sent by `manage.py restore` once an archive is restored and checked, with `manifest` (the
#: archive's) and `schema_current` (False while the code awaits migrations the archive predates).
#: A receiver returns a line for the operator, or None.
archive_restored = Signal()
