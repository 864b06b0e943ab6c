"""The private storage of casework attachments."""

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files that no URL serves: only the permission-checked, audited download view reads them."""

    def url(self, name):
        raise SuspiciousFileOperation(
            "Casework files have no URL; serve them through the attachment download view."
        )
