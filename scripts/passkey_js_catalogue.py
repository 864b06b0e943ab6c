"""Write locale/*/LC_MESSAGES/djangojs.po: the messages of django-otp-webauthn's passkey scripts,
which the library does not translate into French, Arabic or Tamazight.

The msgids are the library's own (read from its bundled Dutch catalogue, so a new version's new
messages show up as untranslated and `make catalogues` fails until they are translated here).
Run it after upgrading django-otp-webauthn, then `make catalogues`.
"""

import sys
from pathlib import Path

import django_otp_webauthn
import polib

ROOT = Path(__file__).resolve().parent.parent
LIBRARY_CATALOGUE = (
    Path(django_otp_webauthn.__file__).parent / "locale" / "nl" / "LC_MESSAGES" / "djangojs.po"
)
PK = "ⵜⴰⵙⴰⵔⵓⵜ ⵏ ⵓⴽⵛⵛⵓⵎ"  # passkey, "key of entry"

# msgid: (fr, ar, zgh)
TRANSLATIONS = {
    "Verification failed. A server error occurred.": (
        "La vérification a échoué : erreur du serveur.",
        "فشل التحقق: حدث خطأ في الخادم.",
        "ⵉⵅⵣⵣⵔ ⵓⵙⴷⵓⴷⵙ: ⵜⴰⵣⴳⵍⵜ ⴳ ⵓⵎⵙⵎⴰⵍ.",
    ),
    "An error occurred during verification.": (
        "Une erreur s'est produite pendant la vérification.",
        "حدث خطأ أثناء التحقق.",
        "ⵜⵍⵍⴰ ⵜⵣⴳⵍⵜ ⴳ ⵓⵙⴷⵓⴷⵙ.",
    ),
    "Verify with Passkey": (
        "Vérifier avec une clé d'accès",
        "التحقق بمفتاح المرور",
        f"ⵙⴷⵓⴷⵙ ⵙ {PK}",
    ),
    "Verifying...": ("Vérification…", "جارٍ التحقق…", "ⴰⵙⴷⵓⴷⵙ…"),
    "Verification failed. Could not retrieve parameters from the server.": (
        "La vérification a échoué : le serveur n'a pas répondu.",
        "فشل التحقق: لم يستجب الخادم.",
        "ⵉⵅⵣⵣⵔ ⵓⵙⴷⵓⴷⵙ: ⵓⵔ ⵢⵓⵔⵔⵉ ⵓⵎⵙⵎⴰⵍ.",
    ),
    "Verification aborted.": ("Vérification interrompue.", "أُلغي التحقق.", "ⵉⵃⴱⵙ ⵓⵙⴷⵓⴷⵙ."),
    "Verification canceled or not allowed.": (
        "Vérification annulée ou refusée.",
        "أُلغي التحقق أو لم يُسمح به.",
        "ⵉⵜⵜⵓⵙⵙⵔ ⵓⵙⴷⵓⴷⵙ ⵏⵖ ⵓⵔ ⵉⵜⵜⵓⵇⴱⵍ.",
    ),
    "Verification failed. An unknown error occurred.": (
        "La vérification a échoué : erreur inconnue.",
        "فشل التحقق: خطأ غير معروف.",
        "ⵉⵅⵣⵣⵔ ⵓⵙⴷⵓⴷⵙ: ⵜⴰⵣⴳⵍⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ.",
    ),
    "Finishing verification...": (
        "Fin de la vérification…",
        "جارٍ إنهاء التحقق…",
        "ⴰⵙⵎⴷ ⵏ ⵓⵙⴷⵓⴷⵙ…",
    ),
    "Verification failed. An unknown server error occurred.": (
        "La vérification a échoué : erreur inconnue du serveur.",
        "فشل التحقق: خطأ غير معروف في الخادم.",
        "ⵉⵅⵣⵣⵔ ⵓⵙⴷⵓⴷⵙ: ⵜⴰⵣⴳⵍⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ ⴳ ⵓⵎⵙⵎⴰⵍ.",
    ),
    "Verification successful!": ("Vérification réussie.", "تم التحقق بنجاح.", "ⵉⵎⵎⴷ ⵓⵙⴷⵓⴷⵙ."),
    "Register a Passkey": ("Ajouter une clé d'accès", "إضافة مفتاح مرور", f"ⵔⵏⵓ {PK}"),
    "Registering...": ("Ajout en cours…", "جارٍ الإضافة…", "ⴰⵔⵏⵓ…"),
    "Registration failed. Unable to fetch registration options from server.": (
        "L'ajout a échoué : le serveur n'a pas répondu.",
        "فشلت الإضافة: لم يستجب الخادم.",
        "ⵉⵅⵣⵣⵔ ⵓⵔⵏⵓ: ⵓⵔ ⵢⵓⵔⵔⵉ ⵓⵎⵙⵎⴰⵍ.",
    ),
    "Registration aborted.": ("Ajout interrompu.", "أُلغيت الإضافة.", "ⵉⵃⴱⵙ ⵓⵔⵏⵓ."),
    "Registration failed. You most likely already have a Passkey registered for this site.": (
        "L'ajout a échoué : vous avez sans doute déjà une clé d'accès pour ce site.",
        "فشلت الإضافة: على الأرجح لديك مفتاح مرور مسجّل لهذا الموقع.",
        f"ⵉⵅⵣⵣⵔ ⵓⵔⵏⵓ: ⵉⵣⴷ ⵖⵓⵔⴽ ⵢⴰⴷ {PK} ⵉ ⵓⵙⵉⵜ ⴰ.",
    ),
    "Registration aborted or not allowed.": (
        "Ajout annulé ou refusé.",
        "أُلغيت الإضافة أو لم يُسمح بها.",
        "ⵉⵜⵜⵓⵙⵙⵔ ⵓⵔⵏⵓ ⵏⵖ ⵓⵔ ⵉⵜⵜⵓⵇⴱⵍ.",
    ),
    "Registration failed. A technical problem occurred that prevents you from registering a "
    "Passkey for this site.": (
        "L'ajout a échoué : un problème technique empêche d'ajouter une clé d'accès pour ce site.",
        "فشلت الإضافة: مشكلة تقنية تمنع إضافة مفتاح مرور لهذا الموقع.",
        f"ⵉⵅⵣⵣⵔ ⵓⵔⵏⵓ: ⵜⴰⵎⵓⴽⵔⴹⵜ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ ⵜⴳⴷⵍ ⴰⵔⵏⵓ ⵏ {PK} ⵉ ⵓⵙⵉⵜ ⴰ.",
    ),
    "Registration failed. An unknown error occurred.": (
        "L'ajout a échoué : erreur inconnue.",
        "فشلت الإضافة: خطأ غير معروف.",
        "ⵉⵅⵣⵣⵔ ⵓⵔⵏⵓ: ⵜⴰⵣⴳⵍⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ.",
    ),
    "Finishing registration...": ("Fin de l'ajout…", "جارٍ إنهاء الإضافة…", "ⴰⵙⵎⴷ ⵏ ⵓⵔⵏⵓ…"),
    "Registration failed. The server was unable to verify this passkey.": (
        "L'ajout a échoué : le serveur n'a pas pu vérifier cette clé d'accès.",
        "فشلت الإضافة: تعذّر على الخادم التحقق من مفتاح المرور هذا.",
        f"ⵉⵅⵣⵣⵔ ⵓⵔⵏⵓ: ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵎⵙⵎⴰⵍ ⴰⴷ ⵉⵙⴷⵓⴷⵙ {PK} ⴰ.",
    ),
    "Registration failed. A server error occurred.": (
        "L'ajout a échoué : erreur du serveur.",
        "فشلت الإضافة: حدث خطأ في الخادم.",
        "ⵉⵅⵣⵣⵔ ⵓⵔⵏⵓ: ⵜⴰⵣⴳⵍⵜ ⴳ ⵓⵎⵙⵎⴰⵍ.",
    ),
    "Registration successful!": (
        "Clé d'accès ajoutée.",
        "تمت إضافة مفتاح المرور.",
        f"ⵉⵜⵜⵓⵔⵏⴰ {PK}.",
    ),
    "An error occurred during registration.": (
        "Une erreur s'est produite pendant l'ajout.",
        "حدث خطأ أثناء الإضافة.",
        "ⵜⵍⵍⴰ ⵜⵣⴳⵍⵜ ⴳ ⵓⵔⵏⵓ.",
    ),
}
LANGUAGES = {"fr": 0, "ar": 1, "zgh": 2, "en": None}


def main():
    msgids = [entry.msgid for entry in polib.pofile(str(LIBRARY_CATALOGUE)) if entry.msgid]
    for language, column in LANGUAGES.items():
        po = polib.POFile()
        # The plural rule of the admin's own catalogue: the browser keeps one per page.
        django_po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
        po.metadata = {
            "Content-Type": "text/plain; charset=UTF-8",
            "Language": language,
            "Plural-Forms": django_po.metadata["Plural-Forms"],
        }
        for msgid in msgids:
            if column is None:
                msgstr = msgid
            else:
                msgstr = TRANSLATIONS.get(msgid, ("", "", ""))[column]
            po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
        path = ROOT / "locale" / language / "LC_MESSAGES" / "djangojs.po"
        po.save(str(path))
    print(f"Wrote {len(msgids)} messages for {len(LANGUAGES)} languages.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
