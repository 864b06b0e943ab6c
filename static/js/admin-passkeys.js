// Once a passkey has been added, show it in the list: reload the page (django-otp-webauthn's
// script announces the result and fires this event; it leaves the page as it was).
document.addEventListener("otp_webauthn.register_complete", () => {
  window.setTimeout(() => window.location.reload(), 800);
});
