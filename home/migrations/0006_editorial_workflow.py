"""The communications team's moderation workflow: an editor submits, a lead reviews, a lead publishes.

Two steps, both approved by the "Communications leads" group:

1. "Editorial review": the text, the translations and, for photos of people, the consent of those
   shown. The lead approves or requests changes with a comment, which sends the page back to the
   editor who submitted it (the comment is in the notification e-mail, the workflow history and the
   dashboard).
2. "Publication approval": the page as it will go live (its schedule included); approving it
   publishes the page, or schedules it when it has a go-live date.

Why leads at both steps rather than editors reviewing each other first: Wagtail's group approval
task lets any member of its groups approve, the submitter included, so an editors' step would let
an editor approve her own work (and a team of one editor could only do that). Two lead steps keep
every approval with a lead, who is accountable for what goes public; a peer step that excludes the
submitter would need a custom task model (worth it once the team grows).

Editors have no publish permission (0003), so this workflow is their only way to the public site;
leads, who hold it, may still publish directly. The workflow is attached to the root page, so it
covers every language tree. It replaces Wagtail's default "Moderators approval" workflow there,
which is deactivated when nothing else uses it.
"""

from django.db import migrations

LEADS = "Communications leads"
WORKFLOW = "Communications review"
STEPS = ["Editorial review", "Publication approval"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    # Historical models do not fill in the task's specific type, as the real Task does.
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    leads = Group.objects.get(name=LEADS)
    root_page = Page.objects.get(depth=1)

    workflow, _ = Workflow.objects.update_or_create(name=WORKFLOW, defaults={"active": True})
    for order, name in enumerate(STEPS):
        task, _ = GroupApprovalTask.objects.update_or_create(
            name=name,
            defaults={"active": True},
            create_defaults={"content_type": task_type, "active": True},
        )
        task.groups.set([leads])
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )

    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    default = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if default and not WorkflowPage.objects.filter(workflow=default).exists():
        default.active = False
        default.save(update_fields=["active"])


def backwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    root_page = Page.objects.get(depth=1)
    WorkflowPage.objects.filter(page=root_page, workflow__name=WORKFLOW).delete()
    default = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if default:
        default.active = True
        default.save(update_fields=["active"])
        WorkflowPage.objects.get_or_create(page=root_page, defaults={"workflow": default})
    # The workflow and its tasks stay (deactivated): past moderation history points to them.
    Workflow.objects.filter(name=WORKFLOW).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_site_image_permissions"),
        ("wagtailcore", "0083_workflowcontenttype"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
