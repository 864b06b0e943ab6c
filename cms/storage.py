"""The storage class of files that no URL serves (settings.STORAGES: casework, proposals,
private_media)."""

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files outside MEDIA_ROOT without a URL: casework and proposal attachments, image
    originals. A permission-checked view reads them, or they are shown as renditions."""

    def url(self, name):
        raise SuspiciousFileOperation(
            "Private files have no URL: serve them through their permission-checked view, "
            "or show a rendition."
        )
