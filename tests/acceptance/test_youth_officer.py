"""A youth group sends a proposal in Arabic and gets its tracking code by e-mail; the youth
programme officer answers it from the French admin, and the answer reaches the group by e-mail:
both through the task worker and the mail server."""

import email
import email.policy
import secrets

from playwright.sync_api import expect

from proposals.models import Proposal

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def mail_to(stack, address, containing):
    """The plain text of the message sent to `address` that contains `containing`, once the
    worker has sent it."""

    def find():
        for message in stack.messages():
            if address in message.get("To", ""):
                parsed = email.message_from_bytes(bytes(message), policy=email.policy.default)
                text = parsed.get_body(preferencelist=("plain",)).get_content()
                if containing in text:
                    return parsed, text
        return None

    return stack.wait_for(find, 60, f"an e-mail to {address} with {containing!r}")


def test_a_groups_proposal_is_answered_by_the_officer_and_both_emails_arrive(visitor, staff, stack):
    address = f"shabab-{secrets.token_hex(3)}@example.test"
    title = f"ملعب صغير لشباب الدوار {secrets.token_hex(2)}"

    visitor.goto("/ar/propositions/")
    visitor.fill("#id_group_name", "شباب تازارين")
    visitor.fill("#id_female_18_24", "3")
    visitor.fill("#id_male_18_24", "2")
    visitor.fill("#id_contact_name", "يسرى")
    visitor.fill("#id_contact_email", address)
    visitor.fill("#id_title", title)
    visitor.fill("#id_summary", "تهيئة ملعب صغير لشباب الدوار.")
    visitor.fill("#id_description", "تنظيف الأرض وتسويتها ووضع مرميين.")
    visitor.select_option("#id_theme", "sport")
    visitor.fill("#id_target_publics", "شباب الدوار")
    visitor.fill("#id_estimated_budget", "15000")
    visitor.set_input_files(
        "#id_attachment_1", {"name": "plan.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    visitor.locator(".proposal-form button[type=submit]").click()
    visitor.wait_for_url("**/propositions/merci/**")
    # Found by its title: the contact e-mail is stored encrypted, never looked up.
    proposal = Proposal.objects.get(title=title)
    expect(visitor.get_by_text(proposal.display_code)).to_be_visible()
    mail_to(stack, address, proposal.display_code)

    answer = "شكرا لكم، نحن ندرس مقترحكم وسنجيبكم قريبا."
    page = staff("youth-officer", "fr")
    page.goto("/admin/")
    page.get_by_role("button", name="Propositions des jeunes").click()  # the menu's group
    page.locator("a[href='/admin/proposals/']").first.click()
    page.fill("input[name=q]", proposal.display_code)
    page.keyboard.press("Enter")
    page.get_by_role("link", name=title).first.click()
    expect(page.get_by_text(proposal.display_code).first).to_be_visible()
    page.click(f"a[href$='/act/{proposal.pk}/start_review/']")
    page.wait_for_url("**/start_review/")
    box = page.locator("textarea[name=answer]")
    expect(box).to_have_attribute("dir", "rtl")  # the group's language, in a French admin
    box.fill(answer)
    page.locator("main form[method=post] button[type=submit]").first.click()
    expect(page.locator(".messages .success")).to_be_visible()
    proposal.refresh_from_db()
    assert proposal.status == "under_review"

    message, text = mail_to(stack, address, answer)
    assert proposal.display_code in text
    assert message["From"] == "Tiwizi Belfaa <no-reply@belfaa.example>"

    # The link in the e-mail opens the group's status page, in Arabic.
    link = f"{stack.base_url}/ar/propositions/suivi/"
    assert link in text
    visitor.goto(link)
    visitor.fill("input[name=code]", proposal.display_code)
    visitor.locator("form[method=post] button[type=submit]").first.click()
    expect(visitor.get_by_text(answer)).to_be_visible()
