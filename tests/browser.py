"""What browser tests share: signing a member of staff in through both steps, as she would."""

from accounts.twofactor import current_code
from tests.factories import PASSWORD, confirmed_totp_device


def sign_in(page, base, user):
    """Sign `user` in at `base` with her password, then the code of her authenticator app."""
    device = confirmed_totp_device(user)
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/two-factor/verify/**")
    page.fill("#id_otp_token", current_code(device))
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
