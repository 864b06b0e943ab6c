"""Demo content of the public site, built from the facts of the seed documents.

French is the source language. The other locales are made the way an editor makes them, through
wagtail-localize's translation records: every string of the French page gets its translation in
TRANSLATIONS, then wagtail-localize writes and publishes the translated page.
"""

from django.db import transaction
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

SOCIAL_SERVICE = "Service social de la commune de Belfaa"
INTRO = (
    "Tiwizi, c'est l'entraide entre voisins. Le service social de Belfaa accompagne les femmes "
    "victimes de violence, les migrants installés dans la commune, les jeunes porteurs d'un "
    "handicap et les projets des jeunes citoyennes et citoyens, avec la commune jumelle de Jette."
)
MISSIONS_HEADING = "Nos missions"
MISSIONS = [
    "Promouvoir et consolider la démocratie.",
    "Promouvoir et protéger les droits humains.",
    "Améliorer l'accès des plus défavorisés à des services sociaux de base de qualité.",
    "Soutenir les démarches participatives et les projets portés par les jeunes.",
]
SERVICES_HEADING = "Nos services et projets"
SERVICES = [
    (
        "Centre d'écoute",
        "Écoute, groupes de parole, aide au dépôt de plainte et hébergement avec les enfants "
        "pour les femmes victimes de violence.",
    ),
    (
        "Bureau d'accueil des migrants",
        "Accueil, information et orientation des migrants africains installés dans la commune.",
    ),
    (
        "Centre d'accueil de jour",
        "Activités et accompagnement pour les jeunes porteurs d'un handicap et soutien à leurs "
        "parents.",
    ),
    (
        "Maison de la création multiculturelle",
        "Des espaces d'expression et de rencontre interculturelle ouverts à toutes et à tous.",
    ),
    (
        "Forums ouverts des jeunes",
        "Les jeunes filles et garçons proposent des projets pour la collectivité et les "
        "sélectionnent ensemble.",
    ),
]
PARTNERSHIP_HEADING = "Le partenariat Belfaa – Jette 2022-2026"
PARTNERSHIP = (
    "En 2026, les jeunes, les femmes, les personnes à besoins spécifiques et les migrants "
    "participent à des projets sociaux, socio-économiques et socio-environnementaux pilotés par "
    "la commune, qui contribuent à leur bien-être et à leur intégration."
)

TITLES = {
    "fr": "Bienvenue à Belfaa",
    "ar": "مرحبا بكم في بلفاع",
    "zgh": "ⴰⵏⵙⵓⴼ ⵖⵔ ⴱⵍⴼⴰⵄ",
    "en": "Welcome to Belfaa",
}
SLUGS = {"fr": "accueil", "ar": "accueil-ar", "zgh": "accueil-zgh", "en": "home"}
SERVICE_NAMES = {
    "ar": "المصلحة الاجتماعية لجماعة بلفاع",
    "zgh": "ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ",
    "en": "Social service of the commune of Belfaa",
}

# French source string -> its translation, per target locale.
TRANSLATIONS = {
    "ar": {
        TITLES["fr"]: TITLES["ar"],
        INTRO: (
            "تيويزي هي التعاون بين الجيران. تواكب المصلحة الاجتماعية لبلفاع النساء ضحايا العنف، "
            "والمهاجرين المقيمين بالجماعة، والشباب في وضعية إعاقة، ومشاريع الشابات والشبان، "
            "بشراكة مع الجماعة التوأم جيت."
        ),
        MISSIONS_HEADING: "مهامنا",
        MISSIONS[0]: "تعزيز الديمقراطية وترسيخها.",
        MISSIONS[1]: "النهوض بحقوق الإنسان وحمايتها.",
        MISSIONS[2]: "تحسين ولوج الفئات الأكثر هشاشة إلى خدمات اجتماعية أساسية ذات جودة.",
        MISSIONS[3]: "دعم المقاربات التشاركية والمشاريع التي يحملها الشباب.",
        SERVICES_HEADING: "خدماتنا ومشاريعنا",
        SERVICES[0][0]: "مركز الاستماع",
        SERVICES[0][1]: (
            "الاستماع، ومجموعات الحوار، والمساعدة على تقديم الشكاية، والإيواء مع الأطفال "
            "للنساء ضحايا العنف."
        ),
        SERVICES[1][0]: "مكتب استقبال المهاجرين",
        SERVICES[1][1]: "استقبال وإخبار وتوجيه المهاجرين الأفارقة المقيمين بالجماعة.",
        SERVICES[2][0]: "مركز الاستقبال النهاري",
        SERVICES[2][1]: "أنشطة ومواكبة للشباب في وضعية إعاقة ودعم لآبائهم.",
        SERVICES[3][0]: "دار الإبداع متعدد الثقافات",
        SERVICES[3][1]: "فضاءات للتعبير واللقاء بين الثقافات مفتوحة للجميع.",
        SERVICES[4][0]: "المنتديات المفتوحة للشباب",
        SERVICES[4][1]: "تقترح الشابات والشبان مشاريع لفائدة الجماعة ويختارونها معا.",
        PARTNERSHIP_HEADING: "شراكة بلفاع – جيت 2022-2026",
        PARTNERSHIP: (
            "في أفق 2026، يشارك الشباب والنساء والأشخاص ذوو الاحتياجات الخاصة والمهاجرون في "
            "مشاريع اجتماعية واجتماعية-اقتصادية واجتماعية-بيئية تقودها الجماعة وتساهم في رفاههم "
            "واندماجهم."
        ),
    },
    "zgh": {
        TITLES["fr"]: TITLES["zgh"],
        INTRO: (
            "ⵜⵉⵡⵉⵣⵉ ⴷ ⴰⵎⵢⴰⵡⴰⵙ ⴳⵔ ⵉⵎⴷⵓⴽⴽⴰⵍ. ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ ⵜⵜⵎⵢⴰⵡⴰⵙ ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ "
            "ⵉⵜⵜⵓⵢⵓⵜⵜⵏ, ⴷ ⵉⵎⵉⴳⵔⴰⵏ, ⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ, ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ, ⴰⴽⴷ ⵜⵎⵙⵎⵓⵏⵜ ⵏ ⵊⵉⵜ."
        ),
        MISSIONS_HEADING: "ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⵖ",
        MISSIONS[0]: "ⴰⵙⵏⵓⵔⵏⵓ ⴷ ⵓⵙⵖⵓⴷⵓ ⵏ ⵜⴰⴳⴷⵓⴷⴰ.",
        MISSIONS[1]: "ⴰⵙⵏⵓⵔⵏⵓ ⴷ ⵓⵎⵓⵔⵙ ⵏ ⵉⵣⵔⴼⴰⵏ ⵏ ⵓⴼⴳⴰⵏ.",
        MISSIONS[2]: "ⴰⵙⵏⴼⵍⵓⵍ ⵏ ⵓⴽⵛⵛⵓⵎ ⵏ ⵉⵎⵣⵍⵉⴳⵏ ⵖⵔ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵜⵉⵏⴰⵎⵓⵏⵉⵏ ⵜⵉⵙⵍⴰⵙⵉⵢⵉⵏ.",
        MISSIONS[3]: "ⴰⵙⵎⴷⵢⴰⵣ ⵏ ⵜⵓⵔⵔⵉⵡⵉⵏ ⵏ ⵜⵏⴰⵎⵓⵏⵜ ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ.",
        SERVICES_HEADING: "ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⵖ",
        SERVICES[0][0]: "ⴰⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ",
        SERVICES[0][1]: "ⴰⵙⴼⵍⴷ, ⵉⵔⴰⴱⴱⵓⵜⵏ ⵏ ⵓⵎⵙⴰⵡⴰⵍ, ⴰⵎⵢⴰⵡⴰⵙ ⴳ ⵜⵓⵙⵙⵓⵔⵜ ⴷ ⵓⵙⵏⵣⵉ ⴰⴽⴷ ⵜⴰⵔⵡⴰ ⵉ ⵜⵎⵖⴰⵔⵉⵏ.",
        SERVICES[1][0]: "ⴰⵙⵏⵙⵓ ⵏ ⵓⵙⵏⵓⴱⴳ ⵏ ⵉⵎⵉⴳⵔⴰⵏ",
        SERVICES[1][1]: "ⴰⵙⵏⵓⴱⴳ, ⴰⵙⵙⵏⵜⵉ ⴷ ⵓⵙⵏⵎⴰⵍ ⵏ ⵉⵎⵉⴳⵔⴰⵏ ⵏ ⵜⴼⵔⵉⵇⵢⴰ ⴳ ⵜⵎⵙⵎⵓⵏⵜ.",
        SERVICES[2][0]: "ⴰⵏⵙⴰ ⵏ ⵓⵙⵏⵓⴱⴳ ⵏ ⵡⴰⵙⵙ",
        SERVICES[2][1]: "ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⴷ ⵓⵎⵢⴰⵡⴰⵙ ⵉ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ ⴷ ⵉⵎⴰⵔⴰⵡⵏ ⵏⵙⵏ.",
        SERVICES[3][0]: "ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵓⵙⵏⴼⵍⵓⵍ ⵉⵏⴳⵔⴰⴷⵍⵙⴰⵏ",
        SERVICES[3][1]: "ⵉⵙⵓⵔⴰ ⵏ ⵓⵙⵙⴼⵔⵓ ⴷ ⵓⵎⵢⴰⴳⴰⵔ ⵉⵍⵍⴰⵏ ⵉ ⴽⵓⵍⵍⵓ.",
        SERVICES[4][0]: "ⵉⵎⵓⴳⴰⵔⵏ ⵉⵕⵥⵎⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
        SERVICES[4][1]: "ⵜⵉⵏⴰⵢⵍⵉⵍⵉⵏ ⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵙⵙⵓⵎⵓⵏ ⵉⵙⵏⴼⴰⵔⵏ ⵉ ⵜⵎⵙⵎⵓⵏⵜ ⵙⵜⵉⵏ ⵜⵏ ⵎⴰⵕⵕⴰ.",
        PARTNERSHIP_HEADING: "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⴱⵍⴼⴰⵄ – ⵊⵉⵜ 2022-2026",
        PARTNERSHIP: (
            "ⴳ 2026, ⵉⵏⴰⵢⵍⵉⵍⵏ, ⵜⵉⵎⵖⴰⵔⵉⵏ, ⵉⵎⴷⴷⵓⴽⴰⵍ ⵉⵍⴰⵏ ⵜⵉⵖⵓⵜⴰ ⵉⵥⵍⵉⵏ ⴷ ⵉⵎⵉⴳⵔⴰⵏ ⴰⴷ ⵜⵜⴽⴽⵉⵏ ⴳ ⵉⵙⵏⴼⴰⵔⵏ "
            "ⵉⵏⴰⵎⵓⵏⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵉⵙⵎⵓⵜⵜⵓⵢⵏ ⴰⵎⴰⵢⵏⵓ ⵏⵙⵏ ⴷ ⵓⵙⵏⵎⵍⴰ ⵏⵙⵏ."
        ),
    },
    "en": {
        TITLES["fr"]: TITLES["en"],
        INTRO: (
            "Tiwizi means neighbours helping each other. Belfaa's social service supports women "
            "victims of violence, migrants living in the commune, young people with disabilities "
            "and the projects of young citizens, together with its twin commune Jette."
        ),
        MISSIONS_HEADING: "Our missions",
        MISSIONS[0]: "Promote and strengthen democracy.",
        MISSIONS[1]: "Promote and protect human rights.",
        MISSIONS[2]: "Improve access to good basic social services for those who need them most.",
        MISSIONS[3]: "Support participation and the projects young people lead.",
        SERVICES_HEADING: "Our services and projects",
        SERVICES[0][0]: "Listening centre",
        SERVICES[0][1]: (
            "Listening, support groups, help to file a complaint and shelter with children for "
            "women victims of violence."
        ),
        SERVICES[1][0]: "Migrant reception office",
        SERVICES[1][
            1
        ]: "Reception, information and orientation for African migrants living in the commune.",
        SERVICES[2][0]: "Day centre",
        SERVICES[2][
            1
        ]: "Activities and support for young people with disabilities, and support for their parents.",
        SERVICES[3][0]: "Multicultural creation house",
        SERVICES[3][1]: "Spaces for expression and intercultural encounters, open to everyone.",
        SERVICES[4][0]: "Youth open forums",
        SERVICES[4][
            1
        ]: "Young women and men propose projects for the community and choose them together.",
        PARTNERSHIP_HEADING: "The Belfaa – Jette partnership 2022-2026",
        PARTNERSHIP: (
            "By 2026, young people, women, people with specific needs and migrants take part in "
            "social, socio-economic and socio-environmental projects led by the commune that "
            "contribute to their well-being and integration."
        ),
    },
}


def _home_body():
    return [
        ("heading", MISSIONS_HEADING),
        ("paragraph", "<ul>" + "".join(f"<li>{m}</li>" for m in MISSIONS) + "</ul>"),
        (
            "highlights",
            {
                "heading": SERVICES_HEADING,
                "items": [{"title": title, "text": text} for title, text in SERVICES],
            },
        ),
        ("heading", PARTNERSHIP_HEADING),
        ("paragraph", f"<p>{PARTNERSHIP}</p>"),
    ]


def french_home():
    """The French home page: the default site's root page."""
    return Site.objects.get(is_default_site=True).root_page.specific


@transaction.atomic
def build_home(log):
    """Fill the French home page once, then translate it into every other locale."""
    home = french_home()
    if not home.body:
        home.title = TITLES["fr"]
        home.seo_title = SOCIAL_SERVICE
        home.slug = SLUGS["fr"]
        home.intro = INTRO
        home.body = _home_body()
        home.save_revision(log_action=True).publish()
        log("Home page written in French.")
    for code, strings in TRANSLATIONS.items():
        strings = {**strings, SLUGS["fr"]: SLUGS[code], SOCIAL_SERVICE: SERVICE_NAMES[code]}
        translate_page(home, code, strings, log)
    return home


def translate_page(page, code, strings, log):
    """Translate `page` into the locale `code` through wagtail-localize, once."""
    locale = Locale.objects.get(language_code=code)
    if page.get_translations().filter(locale=locale).exists():
        return
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        entry.msgstr = strings.get(entry.msgid) or _untranslatable(entry.msgid, page)
        if not entry.msgstr:
            missing.append(entry.msgid)
    if missing:
        # Demo content is complete or it is a bug: a half-translated page would hide it.
        raise ValueError(f"No {code} translation for: {missing}")
    translation.import_po(po)
    # Publish now rather than on commit as save_target(publish=True) would: a revision published
    # at the end of the transaction saves a copy of the page read before its children were
    # added, and the tree would forget them (treebeard's numchild).
    translation.save_target(publish=False)
    page.get_translation(locale).get_latest_revision().publish()
    log(f"{page.title} translated into {code}.")


def _untranslatable(msgid, page):
    """Strings that stay as they are in every language: the slug, numbers, addresses."""
    if msgid == page.slug or "@" in msgid or msgid.startswith("http"):
        return msgid
    if not any(character.isalpha() for character in msgid):
        return msgid
    return ""
