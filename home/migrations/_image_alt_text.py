"""Shared by the migrations that turn the body's image blocks into Wagtail's ImageBlock (home
0009, indicators 0003): an image block stored `{"image": 12, "caption": …}` becomes
`{"image": {"image": 12, "alt_text": <the image's title>, "decorative": false}, …}`, in the pages
and their revisions, so that each use carries the alt text visitors got until now, which
wagtail-localize then offers for translation."""

from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation


class ImageIdToImageWithAlt(BaseBlockOperation):
    def __init__(self, titles):
        super().__init__()
        self.titles = titles

    def apply(self, block_value):
        if isinstance(block_value, dict):  # already converted
            return block_value
        return {
            "image": block_value,
            "alt_text": self.titles.get(block_value, ""),
            "decorative": False,
        }

    @property
    def operation_name_fragment(self):
        return "image_id_to_image_with_alt"


def image_blocks_with_alt_text(app_label, model_names):
    def forward(apps, schema_editor):
        titles = dict(apps.get_model("home", "SiteImage").objects.values_list("pk", "title"))
        operation = ImageIdToImageWithAlt(titles)
        for model_name in model_names:
            MigrateStreamData(
                app_label, model_name, "body", [(operation, "image.image")]
            ).migrate_stream_data_forward(apps, schema_editor)

    return forward
