"""Demo content of the public site of Tiwizi, the social service of the commune of Belfaa.

Pure data, no Django: the loader turns these texts into pages. French is the source; every text
carries its Arabic translation, and Tamazight (Tifinagh) and English where the page needs them.
Facts come from the partnership's roadmap 2022-2026 (Belfaa - Jette) and the article of
28 July 2025 on the integration of migration; details are invented, plausible and impersonal.
Dates are relative to the day the demo is loaded (written for 23 November 2026).
Phone numbers and e-mail addresses are fictional.
"""

from typing import NamedTuple


class T(NamedTuple):
    """One text in the four languages; zgh and en may be None for secondary pages."""

    fr: str
    ar: str
    zgh: str | None = None
    en: str | None = None


# ---------------------------------------------------------------------------------------------
# Texts shared by several pages (the same French always has the same translations).
# ---------------------------------------------------------------------------------------------

WHAT_WE_DO = T("Ce que nous faisons", "ما نقوم به", "ⵎⴰⴷ ⵏⵙⴽⴰⵔ", "What we do")
FOR_WHOM = T("Pour qui", "لمن", "ⵉ ⵎⴰⵏⵡⴰ", "Who it is for")
WHEN = T("Quand", "متى", "ⵎⴰⵏⴰⴽⵓ", "When")
HOW_TO_REACH_US = T(
    "Comment nous joindre", "كيف تتواصلون معنا", "ⵎⴰⵎⴽ ⴰⵖ ⴷ ⵜⵍⴽⵎⴷ", "How to reach us"
)
FAQ = T(
    "Questions fréquentes", "أسئلة متكررة", "ⵉⵙⵇⵙⵉⵜⵏ ⵉⵜⵜⵓⵙⵇⵙⴰⵏ ⴱⴰⵀⵔⴰ", "Frequently asked questions"
)
MONDAY_FRIDAY = T("Lundi – vendredi", "الاثنين – الجمعة", "ⴰⵙⵉⵏⴰⵙ – ⴰⵙⵉⵎⵡⴰⵙ", "Monday – Friday")
SATURDAY = T("Samedi", "السبت", "ⴰⵙⵉⴹⵢⴰⵙ", "Saturday")
WEDNESDAY = T("Mercredi", "الأربعاء", "ⴰⴽⵡⴰⵙ", "Wednesday")
OFFICE_HOURS = T(
    "Du lundi au vendredi, de 8 h 30 à 16 h 30",
    "من الاثنين إلى الجمعة، من الساعة 8:30 إلى 16:30",
    "ⵙⴳ ⵓⵙⵉⵏⴰⵙ ⴰⵔ ⵓⵙⵉⵎⵡⴰⵙ, ⵙⴳ 8:30 ⴰⵔ 16:30",
    "Monday to Friday, 8:30 am to 4:30 pm",
)
LISTENING_CENTRE = T("Centre d'écoute", "مركز الاستماع", "ⴰⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ", "Listening centre")
MIGRANT_OFFICE = T(
    "Bureau d'accueil et d'orientation des migrants",
    "مكتب استقبال وتوجيه المهاجرين",
    "ⴰⵙⵏⵙⵓ ⵏ ⵓⵙⵏⵓⴱⴳ ⴷ ⵓⵙⵏⵎⴰⵍ ⵏ ⵉⵎⵉⴳⵔⴰⵏ",
    "Migrant reception and orientation office",
)
DAY_CENTRE = T(
    "Centre d'accueil de jour",
    "مركز الاستقبال النهاري",
    "ⴰⵏⵙⴰ ⵏ ⵓⵙⵏⵓⴱⴳ ⵏ ⵡⴰⵙⵙ",
    "Day centre",
)
CREATION_HOUSE = T(
    "Maison de la création multiculturelle",
    "دار الإبداع متعدد الثقافات",
    "ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵓⵙⵏⴼⵍⵓⵍ ⵉⵏⴳⵔⴰⴷⵍⵙⴰⵏ",
    "Multicultural creation house",
)
COMMUNE_HALL = T("Siège de la commune", "مقر الجماعة", "ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ", "Commune hall")
TOULAASRI = T(
    "Douar de Toulaasri",
    "دوار تولعسري",
    "ⴰⴷⵡⴰⵔ ⵏ ⵜⵓⵍⵄⵙⵔⵉ",
    "The douar of Toulaasri",
)
MISSIONS_HEADING = T("Nos missions", "مهامنا", "ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⵖ", "Our missions")
MISSIONS = [
    T(
        "Promouvoir et consolider la démocratie.",
        "تعزيز الديمقراطية وترسيخها.",
        "ⴰⵙⵏⵓⵔⵏⵓ ⴷ ⵓⵙⵖⵓⴷⵓ ⵏ ⵜⴰⴳⴷⵓⴷⴰ.",
        "Promote and strengthen democracy.",
    ),
    T(
        "Promouvoir et protéger les droits humains.",
        "النهوض بحقوق الإنسان وحمايتها.",
        "ⴰⵙⵏⵓⵔⵏⵓ ⴷ ⵓⵎⵓⵔⵙ ⵏ ⵉⵣⵔⴼⴰⵏ ⵏ ⵓⴼⴳⴰⵏ.",
        "Promote and protect human rights.",
    ),
    T(
        "Améliorer l'accès des plus défavorisés à des services sociaux de base de qualité.",
        "تحسين ولوج الفئات الأكثر هشاشة إلى خدمات اجتماعية أساسية ذات جودة.",
        "ⴰⵙⵏⴼⵍⵓⵍ ⵏ ⵓⴽⵛⵛⵓⵎ ⵏ ⵉⵎⵣⵍⵉⴳⵏ ⵖⵔ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵜⵉⵏⴰⵎⵓⵏⵉⵏ ⵜⵉⵙⵍⴰⵙⵉⵢⵉⵏ.",
        "Improve access to good basic social services for those who need them most.",
    ),
    T(
        "Soutenir les démarches participatives et les projets portés par les jeunes.",
        "دعم المقاربات التشاركية والمشاريع التي يحملها الشباب.",
        "ⴰⵙⵎⴷⵢⴰⵣ ⵏ ⵜⵓⵔⵔⵉⵡⵉⵏ ⵏ ⵜⵏⴰⵎⵓⵏⵜ ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ.",
        "Support participation and the projects young people lead.",
    ),
]
PARTNERSHIP_HEADING = T(
    "Le partenariat Belfaa – Jette 2022-2026",
    "شراكة بلفاع – جيت 2022-2026",
    "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⴱⵍⴼⴰⵄ – ⵊⵉⵜ 2022-2026",
    "The Belfaa – Jette partnership 2022-2026",
)
# The partnership's objective for 2026 (the home page and the results page).
OBJECTIVE_2026 = T(
    "En 2026, les jeunes, les femmes, les personnes à besoins spécifiques et les migrants participent à des projets sociaux, socio-économiques et socio-environnementaux pilotés par la commune, qui contribuent à leur bien-être et à leur intégration.",
    "في أفق 2026، يشارك الشباب والنساء والأشخاص ذوو الاحتياجات الخاصة والمهاجرون في مشاريع اجتماعية واجتماعية-اقتصادية واجتماعية-بيئية تقودها الجماعة وتساهم في رفاههم واندماجهم.",
    "ⴳ 2026, ⵉⵏⴰⵢⵍⵉⵍⵏ, ⵜⵉⵎⵖⴰⵔⵉⵏ, ⵉⵎⴷⴷⵓⴽⴰⵍ ⵉⵍⴰⵏ ⵜⵉⵖⵓⵜⴰ ⵉⵥⵍⵉⵏ ⴷ ⵉⵎⵉⴳⵔⴰⵏ ⴰⴷ ⵜⵜⴽⴽⵉⵏ ⴳ ⵉⵙⵏⴼⴰⵔⵏ ⵉⵏⴰⵎⵓⵏⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵉⵙⵎⵓⵜⵜⵓⵢⵏ ⴰⵎⴰⵢⵏⵓ ⵏⵙⵏ ⴷ ⵓⵙⵏⵎⵍⴰ ⵏⵙⵏ.",
    "By 2026, young people, women, people with specific needs and migrants take part in social, socio-economic and socio-environmental projects led by the commune that contribute to their well-being and integration.",
)


# ---------------------------------------------------------------------------------------------
# Illustrations (generated pictures: the title is their alternative text).
# ---------------------------------------------------------------------------------------------

IMAGES = {
    "toulaasri": {
        "title": T(
            "Illustration : un champ de figuiers de Barbarie sous le soleil",
            "رسم توضيحي: حقل من التين الشوكي تحت الشمس",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵉⴳⵔ ⵏ ⵜⴰⴽⵏⴰⵔⵉⵜ ⴷⴷⴰⵡ ⵜⴰⴼⵓⴽⵜ",
            en="Illustration: a field of prickly pear cactus under the sun",
        ),
        "credit": "Tiwizi",
        "palette": "green",
        "motif": "field",
    },
    "football": {
        "title": T(
            "Illustration : des joueurs sur un terrain de football au pied des collines",
            "رسم توضيحي: لاعبون في ملعب لكرة القدم عند سفح التلال",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵉⵎⵓⵔⴰⵔⵏ ⴳ ⵓⵏⴰⵔ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ ⴷⴷⴰⵡ ⵉⵖⵓⵔⴰⴼ",
            en="Illustration: players on a football pitch at the foot of the hills",
        ),
        "credit": "Tiwizi",
        "palette": "blue",
        "motif": "people",
    },
    "creation-house": {
        "title": T(
            "Illustration : une maison aux murs ocre avec une cour ouverte",
            "رسم توضيحي: بيت بجدران بلون المغرة وفناء مفتوح",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵜⴰⴷⴷⴰⵔⵜ ⵙ ⵉⵖⵔⴱⴰⵍ ⵉⵣⵡⴰⵖⵏ ⴷ ⵓⴼⵔⴰⴳ ⵉⵕⵥⵎⵏ",
            en="Illustration: a house with ochre walls and an open courtyard",
        ),
        "credit": "Tiwizi",
        "palette": "terracotta",
        "motif": "house",
    },
    "film": {
        "title": T(
            "Illustration : une caméra filme un groupe de jeunes dans une ruelle du village",
            "رسم توضيحي: كاميرا تصور مجموعة من الشباب في زقاق من أزقة القرية",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵜⴰⵎⴰⵙⵙⵓⵔⵜ ⵜⵙⵙⴰⵡⵍ ⵜⴰⵔⴰⴱⵓⵜ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴳ ⵢⴰⵜ ⵜⵙⵓⵔⵜ ⵏ ⵓⴷⵓⵡⴰⵔ",
            en="Illustration: a camera films a group of young people in a village lane",
        ),
        "credit": "Tiwizi",
        "palette": "violet",
        "motif": "people",
    },
    "fair": {
        "title": T(
            "Illustration : des stands colorés sous un grand soleil",
            "رسم توضيحي: أروقة ملونة تحت شمس ساطعة",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵉⵃⴰⵏⵓⵜⵏ ⵙ ⵉⵏⵉⵏ ⴷⴷⴰⵡ ⵜⴰⴼⵓⴽⵜ ⵉⴼⴰⵡⵏ",
            en="Illustration: colourful stands under a bright sun",
        ),
        "credit": "Tiwizi",
        "palette": "sand",
        "motif": "sun",
    },
    "brochure": {
        "title": T(
            "Illustration : une brochure ouverte posée sur une table",
            "رسم توضيحي: كتيب مفتوح موضوع على طاولة",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵜⴰⵡⵔⵉⵇⵜ ⵉⵕⵥⵎⵏ ⵖⴼ ⵜⴰⴷⴰⴱⵓⵜ",
            en="Illustration: an open brochure lying on a table",
        ),
        "credit": "Tiwizi",
        "palette": "blue",
        "motif": "book",
    },
    "listening": {
        "title": T(
            "Illustration : une maison calme entourée d'arbres, aux fenêtres éclairées",
            "رسم توضيحي: بيت هادئ تحيط به الأشجار ونوافذه مضاءة",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵜⴰⴷⴷⴰⵔⵜ ⵉⵙⴳⵓⵏⴼⴰⵏ ⴳ ⵓⵏⴰⵎⵎⴰⵙ ⵏ ⵉⵙⴽⵯⵍⴰ, ⵜⵉⵙⵓⵔⴰⴼ ⵏⵏⵙ ⵜⵜⴼⴰⵡⵏⵜ",
            en="Illustration: a quiet house surrounded by trees, its windows lit",
        ),
        "credit": "Tiwizi",
        "palette": "violet",
        "motif": "house",
    },
    "forum": {
        "title": T(
            "Illustration : des jeunes assis en cercle qui discutent",
            "رسم توضيحي: شباب جالسون في دائرة يتحاورون",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵉⵏⴰⵢⵍⵉⵍⵏ ⵇⵇⵉⵎⵏ ⴳ ⵜⵡⵏⵣⵉ, ⵙⴰⵡⴰⵍⵏ",
            en="Illustration: young people sitting in a circle, talking",
        ),
        "credit": "Tiwizi",
        "palette": "sand",
        "motif": "people",
    },
    "health": {
        "title": T(
            "Illustration : des collines vertes et un soleil levant au-dessus d'un centre de santé",
            "رسم توضيحي: تلال خضراء وشمس مشرقة فوق مركز صحي",
            zgh="ⴰⵙⵏⵓⵖⵍ: ⵉⵖⵓⵔⴰⴼ ⵉⵣⴳⵣⴰⵡⵏ ⴷ ⵜⴰⴼⵓⴽⵜ ⴷ ⵉⵜⵜⵍⵍⵉⵏ ⵙⵏⵏⵉⴳ ⵏ ⵢⴰⵏ ⵓⵏⵙⵉⵜ ⵏ ⵜⴷⵓⵙⵉ",
            en="Illustration: green hills and a rising sun above a health centre",
        ),
        "credit": "Tiwizi",
        "palette": "green",
        "motif": "hills",
    },
}


# ---------------------------------------------------------------------------------------------
# The contact details of every footer (a translatable snippet the site settings choose).
# ---------------------------------------------------------------------------------------------

CONTACT = {
    "name": T(
        "Service social de la commune de Belfaa",
        "المصلحة الاجتماعية لجماعة بلفاع",
        "ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ",
        "Social service of the commune of Belfaa",
    ),
    "address": T(
        "Siège de la commune, Belfaa, province de Chtouka-Aït Baha, Souss-Massa",
        "مقر الجماعة، بلفاع، إقليم اشتوكة آيت باها، سوس ماسة",
        "ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⴱⵍⴼⴰⵄ, ⵜⴰⵙⴳⴰ ⵏ ⵛⵜⵓⴽⴰ ⴰⵢⵜ ⴱⴰⵀⴰ, ⵙⵓⵙ ⵎⴰⵙⵙⴰ",
        "Commune headquarters, Belfaa, Chtouka-Aït Baha province, Souss-Massa",
    ),
    "phone": "+212 5 28 00 00 10",
    "email": "service.social@belfaa.ma",
}


# ---------------------------------------------------------------------------------------------
# The topics news articles are filed under (a translatable snippet), by the key the articles use.
# ---------------------------------------------------------------------------------------------

TOPICS = {
    "culture": T("culture", "ثقافة", "ⵜⴰⴷⵍⵙⴰ", "culture"),
    "environnement": T("environnement", "بيئة", "ⵜⴰⵡⵏⴰⴹⵜ", "environment"),
    "femmes": T("femmes", "نساء", "ⵜⵉⵎⵖⴰⵔⵉⵏ", "women"),
    "formation": T("formation", "تكوين", "ⴰⵙⵍⵎⴷ", "training"),
    "handicap": T("handicap", "إعاقة", "ⵍⵉⵄⴰⵇⴰ", "disability"),
    "jeunesse": T("jeunesse", "شباب", "ⵉⵏⴰⵢⵍⵉⵍⵏ", "youth"),
    "migration": T("migration", "هجرة", "ⵜⴰⵎⵉⴳⵔⴰ", "migration"),
    "participation": T("participation", "مشاركة", "ⴰⴷⵔⴰⵡ", "participation"),
    "santé": T("santé", "صحة", "ⵜⴰⴷⵓⵙⵉ", "health"),
    "sport": T("sport", "رياضة", "ⵓⵔⴰⵔ", "sport"),
}


# ---------------------------------------------------------------------------------------------
# Hotlines shown on the sensitive service pages (one site setting).
# ---------------------------------------------------------------------------------------------

HOTLINES = [
    {"kind": "listening_centre", "number": "+212 5 28 00 00 21"},
    {"kind": "migrant_office", "number": "+212 5 28 00 00 22"},
    {"kind": "police", "number": "19"},
    {"kind": "gendarmerie", "number": "177"},
    {"kind": "ambulance", "number": "15"},
]


# ---------------------------------------------------------------------------------------------
# The home page: the default site's root, in every language. Its slug is translated too: the four
# home pages are siblings under the tree's root, where slugs must differ.
# ---------------------------------------------------------------------------------------------

HOME = {
    "slug": T("accueil", "accueil-ar", "accueil-zgh", "home"),
    "title": T("Bienvenue à Belfaa", "مرحبا بكم في بلفاع", "ⴰⵏⵙⵓⴼ ⵖⵔ ⴱⵍⴼⴰⵄ", "Welcome to Belfaa"),
    "seo_title": T(
        "Service social de la commune de Belfaa",
        "المصلحة الاجتماعية لجماعة بلفاع",
        "ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ",
        "Social service of the commune of Belfaa",
    ),
    "intro": T(
        "Tiwizi, c'est l'entraide entre voisins. Le service social de Belfaa accompagne les femmes victimes de violence, les migrants installés dans la commune, les jeunes porteurs d'un handicap et les projets des jeunes citoyennes et citoyens, avec la commune jumelle de Jette.",
        "تيويزي هي التعاون بين الجيران. تواكب المصلحة الاجتماعية لبلفاع النساء ضحايا العنف، والمهاجرين المقيمين بالجماعة، والشباب في وضعية إعاقة، ومشاريع الشابات والشبان، بشراكة مع الجماعة التوأم جيت.",
        "ⵜⵉⵡⵉⵣⵉ ⴷ ⴰⵎⵢⴰⵡⴰⵙ ⴳⵔ ⵉⵎⴷⵓⴽⴽⴰⵍ. ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ ⵜⵜⵎⵢⴰⵡⴰⵙ ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵢⵓⵜⵜⵏ, ⴷ ⵉⵎⵉⴳⵔⴰⵏ, ⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ, ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ, ⴰⴽⴷ ⵜⵎⵙⵎⵓⵏⵜ ⵏ ⵊⵉⵜ.",
        "Tiwizi means neighbours helping each other. Belfaa's social service supports women victims of violence, migrants living in the commune, young people with disabilities and the projects of young citizens, together with its twin commune Jette.",
    ),
    "missions_heading": MISSIONS_HEADING,
    "missions": MISSIONS,
    "services_heading": T(
        "Nos services et projets",
        "خدماتنا ومشاريعنا",
        "ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⵖ",
        "Our services and projects",
    ),
    "services": [
        (
            LISTENING_CENTRE,
            T(
                "Écoute, groupes de parole, aide au dépôt de plainte et hébergement avec les enfants pour les femmes victimes de violence.",
                "الاستماع، ومجموعات الحوار، والمساعدة على تقديم الشكاية، والإيواء مع الأطفال للنساء ضحايا العنف.",
                "ⴰⵙⴼⵍⴷ, ⵉⵔⴰⴱⴱⵓⵜⵏ ⵏ ⵓⵎⵙⴰⵡⴰⵍ, ⴰⵎⵢⴰⵡⴰⵙ ⴳ ⵜⵓⵙⵙⵓⵔⵜ ⴷ ⵓⵙⵏⵣⵉ ⴰⴽⴷ ⵜⴰⵔⵡⴰ ⵉ ⵜⵎⵖⴰⵔⵉⵏ.",
                "Listening, support groups, help to file a complaint and shelter with children for women victims of violence.",
            ),
        ),
        (
            T(
                "Bureau d'accueil des migrants",
                "مكتب استقبال المهاجرين",
                "ⴰⵙⵏⵙⵓ ⵏ ⵓⵙⵏⵓⴱⴳ ⵏ ⵉⵎⵉⴳⵔⴰⵏ",
                "Migrant reception office",
            ),
            T(
                "Accueil, information et orientation des migrants africains installés dans la commune.",
                "استقبال وإخبار وتوجيه المهاجرين الأفارقة المقيمين بالجماعة.",
                "ⴰⵙⵏⵓⴱⴳ, ⴰⵙⵙⵏⵜⵉ ⴷ ⵓⵙⵏⵎⴰⵍ ⵏ ⵉⵎⵉⴳⵔⴰⵏ ⵏ ⵜⴼⵔⵉⵇⵢⴰ ⴳ ⵜⵎⵙⵎⵓⵏⵜ.",
                "Reception, information and orientation for African migrants living in the commune.",
            ),
        ),
        (
            DAY_CENTRE,
            T(
                "Activités et accompagnement pour les jeunes porteurs d'un handicap et soutien à leurs parents.",
                "أنشطة ومواكبة للشباب في وضعية إعاقة ودعم لآبائهم.",
                "ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⴷ ⵓⵎⵢⴰⵡⴰⵙ ⵉ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ ⴷ ⵉⵎⴰⵔⴰⵡⵏ ⵏⵙⵏ.",
                "Activities and support for young people with disabilities, and support for their parents.",
            ),
        ),
        (
            CREATION_HOUSE,
            T(
                "Des espaces d'expression et de rencontre interculturelle ouverts à toutes et à tous.",
                "فضاءات للتعبير واللقاء بين الثقافات مفتوحة للجميع.",
                "ⵉⵙⵓⵔⴰ ⵏ ⵓⵙⵙⴼⵔⵓ ⴷ ⵓⵎⵢⴰⴳⴰⵔ ⵉⵍⵍⴰⵏ ⵉ ⴽⵓⵍⵍⵓ.",
                "Spaces for expression and intercultural encounters, open to everyone.",
            ),
        ),
        (
            T(
                "Forums ouverts des jeunes",
                "المنتديات المفتوحة للشباب",
                "ⵉⵎⵓⴳⴰⵔⵏ ⵉⵕⵥⵎⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
                "Youth open forums",
            ),
            T(
                "Les jeunes filles et garçons proposent des projets pour la collectivité et les sélectionnent ensemble.",
                "تقترح الشابات والشبان مشاريع لفائدة الجماعة ويختارونها معا.",
                "ⵜⵉⵏⴰⵢⵍⵉⵍⵉⵏ ⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵙⵙⵓⵎⵓⵏ ⵉⵙⵏⴼⴰⵔⵏ ⵉ ⵜⵎⵙⵎⵓⵏⵜ ⵙⵜⵉⵏ ⵜⵏ ⵎⴰⵕⵕⴰ.",
                "Young women and men propose projects for the community and choose them together.",
            ),
        ),
    ],
    # Cards that lead somewhere: {French title: name of the site's own view}.
    "service_views": {"Forums ouverts des jeunes": "proposals:forums"},
    "partnership_heading": PARTNERSHIP_HEADING,
    "partnership": OBJECTIVE_2026,
}


# ---------------------------------------------------------------------------------------------
# Standard pages.
# ---------------------------------------------------------------------------------------------

ABOUT = {
    "slug": "service-social",
    "title": T(
        "Le service social", "المصلحة الاجتماعية", "ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ", "The social service"
    ),
    "intro": T(
        "Tiwizi est le service social de la commune de Belfaa, dans la région Souss-Massa. Il accompagne les habitantes et les habitants les plus fragiles et soutient les projets des jeunes.",
        "تيويزي هي المصلحة الاجتماعية لجماعة بلفاع بجهة سوس ماسة. تواكب الساكنة الأكثر هشاشة وتدعم مشاريع الشباب.",
        "ⵜⵉⵡⵉⵣⵉ ⴷ ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ, ⴳ ⵜⵎⵏⴰⴹⵜ ⵏ ⵙⵓⵙ ⵎⴰⵙⵙⴰ. ⴰⵔ ⵜⵜⵄⴰⵡⴰⵏ ⵉⵎⵣⴷⴰⵖ ⵉⵎⵣⵍⵉⴳⵏ ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ.",
        "Tiwizi is the social service of the commune of Belfaa, in the Souss-Massa region. It supports the most vulnerable residents and backs the projects of young people.",
    ),
    "body": [
        ("heading", T("Qui sommes-nous", "من نحن", "ⵎⴰⵏⵡⴰ ⵏⴳⴰ", "Who we are")),
        (
            "paragraph",
            T(
                "Tiwizi veut dire entraide en tamazight. La commune de Belfaa a choisi une vision sociale et participative du développement : son service social met en œuvre les projets qui répondent aux attentes prioritaires des habitants, exprimées lors des démarches participatives.",
                "تيويزي تعني التعاون والتآزر بالأمازيغية. اختارت جماعة بلفاع رؤية اجتماعية وتشاركية للتنمية، وتتولى مصلحتها الاجتماعية تنفيذ المشاريع التي تستجيب للانتظارات ذات الأولوية للساكنة، كما عبرت عنها خلال المقاربات التشاركية.",
                "ⵜⵉⵡⵉⵣⵉ ⴷ ⴰⵎⵢⴰⵡⴰⵙ ⵙ ⵜⵎⴰⵣⵉⵖⵜ. ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ ⵜⴼⵔⵏ ⴰⴱⵔⵉⴷ ⴰⵏⴰⵎⵓⵏ ⵏ ⵓⵙⵏⴼⵍⵓⵍ, ⴰⴽⴷ ⵉⵎⵣⴷⴰⵖ. ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⴰⵔ ⵜⵙⴽⴰⵔ ⵉⵙⵏⴼⴰⵔⵏ ⵍⵍⵉ ⵔⴰⵏ ⵉⵎⵣⴷⴰⵖ.",
                "Tiwizi means mutual help in Tamazight. The commune of Belfaa chose a social and participatory vision of development: its social service carries out the projects that meet the residents' priorities, as expressed through participatory processes.",
            ),
        ),
        ("heading", MISSIONS_HEADING),
        ("list", MISSIONS),
        ("heading", PARTNERSHIP_HEADING),
        (
            "paragraph",
            T(
                "Belfaa est jumelée avec Jette, une commune de la Région de Bruxelles-Capitale. Dans le cadre du programme de Coopération Internationale Communale (CIC), coordonné à Bruxelles par Brulocalis, les deux communes soutiennent ensemble les projets sociaux issus de la participation des habitants.",
                "ترتبط بلفاع بتوأمة مع جيت، وهي جماعة من جهة بروكسيل العاصمة. وفي إطار برنامج التعاون الدولي الجماعي (CIC) الذي تنسقه ببروكسيل جمعية برولوكاليس، تدعم الجماعتان معا المشاريع الاجتماعية المنبثقة عن مشاركة الساكنة.",
                "ⴱⵍⴼⴰⵄ ⴷ ⵊⵉⵜ ⴷ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⵜⵉⴽⵏⵉⵡⵉⵏ. ⵊⵉⵜ ⵜⵍⵍⴰ ⴳ ⴱⵔⵓⴽⵙⵉⵍ. ⴳ ⵓⵖⴰⵡⴰⵙ CIC, ⴰⵔ ⵜⵜⵄⴰⵡⴰⵏⵜ ⵙⵏⴰⵜ ⵜⵎⵙⵎⵓⵏⵉⵏ ⵉⵙⵏⴼⴰⵔⵏ ⵉⵏⴰⵎⵓⵏⵏ ⵏ ⵉⵎⵣⴷⴰⵖ.",
                "Belfaa is twinned with Jette, a commune of the Brussels-Capital Region. Through the Municipal International Cooperation programme (CIC), coordinated in Brussels by Brulocalis, the two communes jointly support social projects that come from residents' participation.",
            ),
        ),
        (
            "paragraph",
            T(
                "L'objectif pour 2026 : que les jeunes, les femmes, les personnes à besoins spécifiques et les migrants participent à des projets sociaux, socio-économiques et socio-environnementaux pilotés par la commune, qui contribuent à leur bien-être et à leur intégration.",
                "الهدف في أفق 2026: أن يشارك الشباب والنساء والأشخاص ذوو الاحتياجات الخاصة والمهاجرون في مشاريع اجتماعية واجتماعية-اقتصادية واجتماعية-بيئية تقودها الجماعة وتساهم في رفاههم واندماجهم.",
                "ⴰⵏⵙⴰⵢ ⵏ 2026: ⴰⴷ ⴽⴽⵉⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ, ⵜⵉⵎⵖⴰⵔⵉⵏ, ⵉⵎⵉⴳⵔⴰⵏ ⴷ ⵉⵏⵏⴰ ⵉⵍⴰⵏ ⵜⵉⵖⵓⵜⴰ ⵉⵥⵍⵉⵏ ⴳ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ.",
                "The goal for 2026: young people, women, people with specific needs and migrants take part in social, socio-economic and socio-environmental projects led by the commune that contribute to their well-being and integration.",
            ),
        ),
        (
            "heading",
            T(
                "Les publics que nous accompagnons",
                "الفئات التي نواكبها",
                "ⵉⵏⵏⴰ ⵏⵜⵜⵄⴰⵡⴰⵏ",
                "The people we support",
            ),
        ),
        (
            "list",
            [
                T(
                    "Les femmes victimes de violence, accueillies au centre d'écoute, et les ouvrières agricoles, rencontrées lors des campagnes d'information dans les associations et les fermes.",
                    "النساء ضحايا العنف اللواتي يستقبلهن مركز الاستماع، والعاملات الزراعيات اللواتي نلتقي بهن خلال حملات الإخبار في الجمعيات والضيعات.",
                    "ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵢⵓⵜⵜⵏ, ⴳ ⵓⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ, ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵙⵡⵓⵔⵉⵏ ⴳ ⵉⴳⵔⴰⵏ.",
                    "Women victims of violence, welcomed at the listening centre, and women farm workers, met during information campaigns in associations and on farms.",
                ),
                T(
                    "Les migrants africains installés dans la commune, accueillis et orientés par le bureau des migrants.",
                    "المهاجرون الأفارقة المقيمون بالجماعة، الذين يستقبلهم ويوجههم مكتب المهاجرين.",
                    "ⵉⵎⵉⴳⵔⴰⵏ ⵏ ⵜⴼⵔⵉⵇⵢⴰ ⵉⵣⴷⵖⵏ ⴳ ⵜⵎⵙⵎⵓⵏⵜ.",
                    "African migrants living in the commune, welcomed and guided by the migrant office.",
                ),
                T(
                    "Les jeunes porteurs d'un handicap et leurs parents, au centre d'accueil de jour.",
                    "الشباب في وضعية إعاقة وآباؤهم، بمركز الاستقبال النهاري.",
                    "ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ ⴷ ⵉⵎⴰⵔⴰⵡⵏ ⵏⵙⵏ.",
                    "Young people with disabilities and their parents, at the day centre.",
                ),
                T(
                    "Les jeunes citoyennes et citoyens, marocains ou non, dans leur engagement et leurs projets pour la collectivité.",
                    "الشابات والشبان، مغاربة كانوا أم لا، في التزامهم ومشاريعهم لفائدة الجماعة.",
                    "ⵜⵉⵏⴰⵢⵍⵉⵍⵉⵏ ⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ, ⵎⵖⴰⵔ ⴷ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵏⵖ ⵓⵔ ⴷ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ.",
                    "Young citizens, Moroccan or not, in their commitment and their projects for the community.",
                ),
            ],
        ),
        (
            "heading",
            T(
                "Les principes qui nous guident",
                "المبادئ التي نسترشد بها",
                "ⵎⴰⴷ ⵉⵙⵏⵎⴰⵍⵏ ⵜⴰⵡⵓⵔⵉ ⵏⵏⵖ",
                "Our guiding principles",
            ),
        ),
        (
            "list",
            [
                T(
                    "Le même accès au service public pour toutes et tous.",
                    "نفس الولوج إلى المرفق العمومي للجميع.",
                    "ⴽⵓⵍⵍⵓ ⵎⵙⴰⵡⴰⵏ ⴳ ⵓⴽⵛⵛⵓⵎ ⵖⵔ ⵜⵏⴰⴼⵓⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ.",
                    "Equal access to the public service for everyone.",
                ),
                T(
                    "L'égalité des droits entre les femmes et les hommes.",
                    "المساواة في الحقوق بين النساء والرجال.",
                    "ⵜⵉⵎⵖⴰⵔⵉⵏ ⴷ ⵉⵔⴳⴰⵣⵏ ⵎⵙⴰⵡⴰⵏ ⴳ ⵉⵣⵔⴼⴰⵏ.",
                    "Equal rights for women and men.",
                ),
                T(
                    "Des services présents sur tout le territoire de la commune, douars compris.",
                    "خدمات حاضرة في كامل تراب الجماعة، بما في ذلك الدواوير.",
                    "ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵍⵍⴰⵏⵜ ⴳ ⴽⵓⵍⵍⵓ ⵜⴰⵎⵙⵎⵓⵏⵜ, ⴷ ⵉⴷⵡⴰⵔⵏ.",
                    "Services across the whole commune, villages included.",
                ),
                T(
                    "La transparence : nous rendons compte de ce que nous faisons.",
                    "الشفافية: نقدم الحساب عما نقوم به.",
                    "ⴰⵔ ⵏⵙⵙⵎⴰⵍ ⵉ ⵉⵎⵣⴷⴰⵖ ⵎⴰⴷ ⵏⵙⴽⴰⵔ.",
                    "Transparency: we account for what we do.",
                ),
                T(
                    "La participation des habitants à la vie publique locale.",
                    "مشاركة الساكنة في الحياة العامة المحلية.",
                    "ⵉⵎⵣⴷⴰⵖ ⴽⴽⵉⵏ ⴳ ⵜⵓⴷⵔⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ.",
                    "Residents taking part in local public life.",
                ),
            ],
        ),
        (
            "cta",
            {
                "title": T(
                    "Besoin d'aide ?",
                    "هل تحتاجون إلى مساعدة؟",
                    "ⵉⵙ ⵜⵔⵉⴷ ⴰⵎⵢⴰⵡⴰⵙ?",
                    "Need help?",
                ),
                "text": T(
                    "Nos trois services vous accueillent gratuitement.",
                    "تستقبلكم مصالحنا الثلاث مجانا.",
                    "ⴽⵕⴰⴹ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵏⵏⵖ ⵍⵍⴰⵏⵜ ⴱⵍⴰ ⴰⵜⵉⴳ.",
                    "Our three services welcome you free of charge.",
                ),
                "label": T(
                    "Voir nos services",
                    "اطلعوا على خدماتنا",
                    "ⵥⵕ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏⵏⵖ",
                    "See our services",
                ),
                "link": "services",
            },
        ),
    ],
}

PRIVACY = {
    "slug": "vie-privee",
    "title": T("Vie privée", "الحياة الخاصة", "ⴰⵎⵓⵔⵙ ⵏ ⵉⵙⴼⴽⴰ ⵏⵏⴽ", "Privacy"),
    "intro": T(
        "Ce site garde le moins possible de données sur vous. Voici ce que nous conservons, pourquoi, et comment faire valoir vos droits.",
        "يحتفظ هذا الموقع بأقل قدر ممكن من المعطيات عنكم. إليكم ما نحتفظ به، ولماذا، وكيف تمارسون حقوقكم.",
        "ⴰⵙⵉⵜ ⴰⴷ ⵓⵔ ⵉⵜⵜⴰⵎⵥ ⵖⴰⵙ ⵉⵙⴼⴽⴰ ⵉⵎⵥⵥⵉⵢⵏ. ⵀⴰ ⵎⴰⴷ ⵏⵜⵜⴰⵎⵥ ⴷ ⵎⴰⵖⴼ.",
        "This site keeps as little data about you as possible. Here is what we keep, why, and how to exercise your rights.",
    ),
    "body": [
        (
            "heading",
            T(
                "Ce que le site enregistre",
                "ما يسجله الموقع",
                "ⵎⴰⴷ ⵉⵜⵜⴰⵔⴰ ⵓⵙⵉⵜ",
                "What the site records",
            ),
        ),
        (
            "list",
            [
                T(
                    "Aucun cookie publicitaire ni de mesure d'audience, aucun outil de suivi.",
                    "لا توجد أي ملفات تعريف ارتباط إشهارية أو لقياس نسب الزيارة، ولا أي أداة للتتبع.",
                    "ⵓⵔ ⵏⵙⵙⵎⵔⴰⵙ ⴰⵡⴷ ⵢⴰⵏ ⵓⵍⵍⴰⵍ ⵏ ⵓⴹⴼⴼⵓⵕ.",
                    "No advertising or audience-measurement cookies, no tracking tools.",
                ),
                T(
                    "Un cookie retient la langue que vous avez choisie.",
                    "ملف تعريف ارتباط واحد يحفظ اللغة التي اخترتموها.",
                    "ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ ⵉⵎⵥⵥⵉⵢⵏ ⴰⵔ ⵉⵃⴹⵓ ⵜⵓⵜⵍⴰⵢⵜ ⵍⵍⵉ ⵜⴼⵔⵏⴷ.",
                    "One cookie remembers the language you chose.",
                ),
                T(
                    "Quand vous remplissez un formulaire, un cookie de session le protège contre les abus ; il disparaît à la fermeture du navigateur.",
                    "عند ملء استمارة، يحميها ملف تعريف ارتباط للجلسة من الاستعمال التعسفي، ويختفي عند إغلاق المتصفح.",
                    "ⵎⵍⵎⵍⵉ ⵜⵄⵎⵎⵔⴷ ⵜⴰⵍⵖⴰ, ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ ⴰⵔ ⵜⵜ ⵉⵜⵜⵃⴹⵓ. ⴰⵔ ⵉⵜⵜⵎⵓⵜⵜⴰ ⵎⵍⵎⵍⵉ ⵜⴼⴼⵖⴷ.",
                    "When you fill in a form, a session cookie protects it against abuse; it disappears when you close your browser.",
                ),
                T(
                    "Les vidéos intégrées ne se chargent qu'après un clic de votre part : avant cela, aucune donnée n'est envoyée à la plateforme vidéo.",
                    "لا يتم تحميل الفيديوهات المدمجة إلا بعد نقرة منكم، وقبل ذلك لا تُرسل أي معطيات إلى منصة الفيديو.",
                    "ⵉⴼⵉⴷⵢⵓⵜⵏ ⵓⵔ ⵜⵜⴰⵍⵉⵏ ⴰⵔ ⵖⴰⵙ ⵉⴳ ⵜⵏ ⵜⵙⵙⵏⵜⵉⴷ.",
                    "Embedded videos load only after you click: before that, no data is sent to the video platform.",
                ),
                T(
                    "Le site ne fait appel à aucun service extérieur : polices, images et scripts sont hébergés par la commune.",
                    "لا يستعين الموقع بأي خدمة خارجية: الخطوط والصور والبرمجيات مستضافة لدى الجماعة.",
                    "ⴰⵙⵉⵜ ⵓⵔ ⵉⵙⵙⵎⵔⴰⵙ ⴰⵡⴷ ⵢⴰⵜ ⵜⵏⴰⴼⵓⵜ ⵏ ⴱⵕⵕⴰ.",
                    "The site calls on no outside service: fonts, images and scripts are hosted by the commune.",
                ),
            ],
        ),
        (
            "heading",
            T(
                "Les formulaires",
                "الاستمارات",
                "ⵜⵉⵍⵖⴰⵡⵉⵏ",
                "Forms",
            ),
        ),
        (
            "paragraph",
            T(
                "Quand un groupe de jeunes dépose un projet, nous ne demandons que ce qui sert à l'étudier et à répondre : le nom du groupe, un contact, le nombre de membres par sexe et par tranche d'âge. Pour les mineurs, nous enregistrons l'accord d'un parent ou d'un tuteur.",
                "عندما تودع مجموعة من الشباب مشروعا، لا نطلب إلا ما يلزم لدراسته والرد عليه: اسم المجموعة، ووسيلة للتواصل، وعدد الأعضاء حسب الجنس والفئة العمرية. وبالنسبة للقاصرين، نسجل موافقة أحد الوالدين أو الولي.",
                "ⵎⵍⵎⵍⵉ ⴷ ⵉⵙⵙⵓⵎⵓ ⵢⴰⵏ ⵓⵔⴰⴱⴱⵓ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴰⵙⵏⴼⴰⵔ, ⵓⵔ ⵏⵙⵙⵓⵜⵓⵔ ⵖⴰⵙ ⵎⴰ ⵉⵍⴰⵇⵏ. ⵉ ⵉⵎⵥⵥⵢⴰⵏⵏ, ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵇⴱⵍ ⵢⴰⵏ ⵓⵎⴰⵔⴰⵡ.",
                "When a group of young people submits a project, we only ask for what we need to study it and reply: the group's name, a contact, and the number of members by sex and age band. For minors, we record the consent of a parent or guardian.",
            ),
        ),
        (
            "heading",
            T(
                "Les dossiers des personnes accompagnées",
                "ملفات الأشخاص المستفيدين من المواكبة",
                "ⵉⵙⴼⴽⴰ ⵏ ⵉⵏⵏⴰ ⵏⵜⵜⵄⴰⵡⴰⵏ",
                "Records of the people we support",
            ),
        ),
        (
            "paragraph",
            T(
                "Les informations confiées au centre d'écoute, au bureau des migrants et au centre d'accueil de jour ne sont jamais publiées sur ce site. Elles sont chiffrées, seules les personnes qui suivent votre dossier peuvent les lire, chaque consultation est enregistrée, et elles sont anonymisées après une durée fixée.",
                "المعلومات التي تُودَع لدى مركز الاستماع ومكتب المهاجرين ومركز الاستقبال النهاري لا تُنشر أبدا على هذا الموقع. فهي مشفرة، ولا يطلع عليها إلا الأشخاص الذين يتابعون ملفكم، وكل اطلاع عليها يُسجَّل، ويتم إخفاء هويتها بعد مدة محددة.",
                "ⵎⴰⴷ ⵜⵏⵏⵉⴷ ⵉ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵏⵏⵖ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴳ ⵓⵙⵉⵜ. ⵖⴰⵙ ⵉⵏⵏⴰ ⵉⵜⵜⵄⴰⵡⴰⵏⵏ ⴽⵢⵢⵉ ⴰⵢ ⵜⵏ ⵉⵣⵎⵔⵏ ⴰⴷ ⵜⵏ ⵖⵔⵏ.",
                "Information entrusted to the listening centre, the migrant office and the day centre is never published on this site. It is encrypted, only the people who follow your case can read it, every access is recorded, and it is anonymised after a set period.",
            ),
        ),
        (
            "heading",
            T(
                "Vos droits",
                "حقوقكم",
                "ⵉⵣⵔⴼⴰⵏ ⵏⵏⴽ",
                "Your rights",
            ),
        ),
        (
            "paragraph",
            T(
                "La loi marocaine 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel vous donne le droit d'être informé, d'accéder à vos données, de les faire rectifier et de vous opposer à leur traitement pour un motif légitime. Vous pouvez aussi saisir la CNDP, l'autorité marocaine de protection des données.",
                "يمنحكم القانون المغربي رقم 09-08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي الحق في الإخبار، وفي الولوج إلى معطياتكم، وفي تصحيحها، وفي الاعتراض على معالجتها لأسباب مشروعة. كما يمكنكم اللجوء إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.",
                "ⴰⵙⵍⴳⵏ 09-08 ⵉⴼⴽⴰ ⴰⴽ ⴰⵣⵔⴼ ⴰⴷ ⵜⵥⵕⴷ ⵉⵙⴼⴽⴰ ⵏⵏⴽ, ⴰⴷ ⵜⵏ ⵜⵙⵏⴼⵍⴷ ⵉⴳ ⵓⵔ ⵖⵓⴷⴰⵏ, ⴷ ⴰⴷ ⵜⴰⴳⵉⴷ ⴰⵙⵎⵔⵙ ⵏⵏⵙⵏ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵖⵔⴷ ⵉ CNDP.",
                "Moroccan Law 09-08 on the protection of individuals with regard to the processing of personal data gives you the right to be informed, to access your data, to have it corrected and to object to its processing on legitimate grounds. You can also refer the matter to the CNDP, Morocco's data protection authority.",
            ),
        ),
        (
            "contact",
            {
                "name": T(
                    "Délégué à la protection des données",
                    "مندوب حماية المعطيات",
                    "ⴰⵎⵙⵡⵓⵔⵉ ⵏ ⵓⵎⵓⵔⵙ ⵏ ⵉⵙⴼⴽⴰ",
                    "Data protection officer",
                ),
                "role": T(
                    "Commune de Belfaa",
                    "جماعة بلفاع",
                    "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ",
                    "Commune of Belfaa",
                ),
                "phone": "+212 5 28 00 00 11",
                "email": "donnees@belfaa.ma",
                "hours": OFFICE_HOURS,
            },
        ),
    ],
}

ACCESSIBILITY = {
    "slug": "accessibilite",
    "title": T("Accessibilité", "إمكانية الولوج", "ⴰⴽⵛⵛⵓⵎ ⵉ ⴽⵓⵍⵍⵓ", "Accessibility"),
    "intro": T(
        "Nous voulons que chacune et chacun puisse utiliser ce site, sur téléphone comme sur ordinateur, dans l'une de nos quatre langues.",
        "نريد أن يتمكن الجميع من استعمال هذا الموقع، على الهاتف أو الحاسوب، بإحدى لغاتنا الأربع.",
        "ⵏⵔⴰ ⴰⴷ ⵉⵣⵎⵔ ⴽⵓⵍⵍⵓ ⵢⴰⵏ ⴰⴷ ⵉⵙⵙⵎⵔⵙ ⴰⵙⵉⵜ ⴰⴷ, ⵙ ⵢⴰⵜ ⵙⴳ ⴽⴽⵓⵥ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵏⵏⵖ.",
        "We want everyone to be able to use this site, on a phone or a computer, in any of our four languages.",
    ),
    "body": [
        (
            "heading",
            T("Notre objectif", "هدفنا", "ⴰⵏⵙⴰⵢ ⵏⵏⵖ", "Our target"),
        ),
        (
            "paragraph",
            T(
                "Ce site vise le niveau AA des règles internationales d'accessibilité WCAG 2.2. Chaque page est vérifiée avec des outils automatiques dans les quatre langues, et testée au clavier.",
                "يهدف هذا الموقع إلى بلوغ المستوى AA من القواعد الدولية لإمكانية الولوج WCAG 2.2. تُفحص كل صفحة بأدوات آلية باللغات الأربع، وتُختبر باستعمال لوحة المفاتيح.",
                "ⴰⵙⵉⵜ ⴰⴷ ⵉⵔⴰ ⴰⵙⵡⵉⵔ AA ⵏ WCAG 2.2. ⴽⵓ ⵜⴰⵙⵏⴰ ⴰⵔ ⵜⵜ ⵏⵜⵜⴰⵔⵎ ⴳ ⴽⴽⵓⵥ ⵜⵓⵜⵍⴰⵢⵉⵏ.",
                "This site aims for level AA of the international accessibility guidelines WCAG 2.2. Every page is checked with automated tools in all four languages and tested with a keyboard.",
            ),
        ),
        (
            "heading",
            T("Ce qui est prévu", "ما هو متوفر", "ⵎⴰⴷ ⵉⵍⵍⴰⵏ", "What is in place"),
        ),
        (
            "list",
            [
                T(
                    "Le site fonctionne sans JavaScript et reste lisible quand on agrandit le texte.",
                    "يعمل الموقع دون جافاسكريبت ويبقى مقروءا عند تكبير النص.",
                    "ⴰⵙⵉⵜ ⵉⵜⵜⵅⴷⴰⵎ ⴱⵍⴰ JavaScript. ⴰⴹⵕⵉⵚ ⵉⵜⵜⵓⵖⵔⴰ ⵓⵍⴰ ⵉⴳ ⵜ ⵜⵙⵎⵖⵔⴷ.",
                    "The site works without JavaScript and stays readable when text is enlarged.",
                ),
                T(
                    "L'arabe s'affiche de droite à gauche, le tamazight en tifinagh, avec des polices hébergées sur le site.",
                    "تُعرض العربية من اليمين إلى اليسار، والأمازيغية بحرف تيفيناغ، بخطوط مستضافة على الموقع.",
                    "ⵜⴰⵄⵔⴰⴱⵜ ⵜⵜⵓⵖⵔⴰ ⵙⴳ ⵓⴼⴰⵙⵙⵉ ⵖⵔ ⵓⵥⵍⵎⴰⴹ, ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⵜⵓⵔⴰ ⵙ ⵜⵉⴼⵉⵏⴰⵖ.",
                    "Arabic is displayed right to left, Tamazight in Tifinagh, with fonts hosted on the site.",
                ),
                T(
                    "Les images ont un texte de remplacement et les vidéos une transcription écrite.",
                    "للصور نص بديل وللفيديوهات نص مكتوب يلخص محتواها.",
                    "ⵜⵉⵡⵍⴰⴼⵉⵏ ⵖⵓⵔⵙⵏⵜ ⴰⴹⵕⵉⵚ, ⵉⴼⵉⴷⵢⵓⵜⵏ ⵖⵓⵔⵙⵏ ⴰⴹⵕⵉⵚ ⵉⵜⵜⵓⵔⴰⵏ.",
                    "Images have alternative text and videos have a written transcript.",
                ),
                T(
                    "Sur les pages du centre d'écoute et du bureau des migrants, un bouton et la touche Échap permettent de quitter la page rapidement.",
                    "في صفحات مركز الاستماع ومكتب المهاجرين، يتيح زر ومفتاح الخروج مغادرة الصفحة بسرعة.",
                    "ⴳ ⵜⴰⵙⵏⵉⵡⵉⵏ ⵏ ⵓⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ ⴷ ⵓⵙⵏⵙⵓ ⵏ ⵉⵎⵉⴳⵔⴰⵏ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴼⴼⵖⴷ ⵙ ⵜⵖⴰⵡⵍⴰ.",
                    "On the pages of the listening centre and the migrant office, a button and the Escape key let you leave the page quickly.",
                ),
            ],
        ),
        (
            "heading",
            T("Limites connues", "حدود معروفة", "ⵜⵉⵍⵉⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ", "Known limitations"),
        ),
        (
            "paragraph",
            T(
                "Certains documents PDF, comme la brochure « À la rencontre des nouveaux habitants », n'existent qu'en français. Les actualités et les événements ne sont pas encore traduits en tamazight.",
                "بعض وثائق PDF، مثل كتيب «لقاء مع السكان الجدد»، متوفرة بالفرنسية فقط. ولم تُترجم الأخبار والأنشطة بعد إلى الأمازيغية.",
                "ⴽⵔⴰ ⵏ ⵉⴼⴰⵢⵍⵓⵜⵏ PDF ⵍⵍⴰⵏ ⵖⴰⵙ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ. ⵉⵙⴰⵍⵍⵏ ⴷ ⵜⵎⵙⴰⵔⵉⵏ ⵓⵔ ⵜⵜⵓⵙⵙⵓⵖⵍⵏ ⴰⵔ ⴷⵖⵉ ⵙ ⵜⵎⴰⵣⵉⵖⵜ.",
                'Some PDF documents, such as the brochure "Meeting the new inhabitants", exist only in French. News items and events are not yet translated into Tamazight.',
            ),
        ),
        (
            "heading",
            T(
                "Signaler un problème",
                "الإبلاغ عن مشكل",
                "ⵎⵍ ⴰⵖ ⴷ ⵢⴰⵏ ⵓⵎⵓⴽⵔⵉⵙ",
                "Report a problem",
            ),
        ),
        (
            "paragraph",
            T(
                "Si une page vous pose problème, écrivez-nous ou appelez-nous en précisant l'adresse de la page et ce qui vous gêne. Nous vous répondons sous dix jours ouvrables et vous proposons l'information sous une autre forme si nécessaire.",
                "إذا واجهتم صعوبة في صفحة ما، راسلونا أو اتصلوا بنا مع ذكر عنوان الصفحة وما يزعجكم. نجيبكم داخل أجل عشرة أيام عمل، ونقدم لكم المعلومة في شكل آخر عند الحاجة.",
                "ⵉⴳ ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵙⵏⴰ ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵜ ⵜⵖⵔⴷ, ⴰⵔⵓ ⴰⵖ ⵏⵖ ⵖⵔ ⴰⵖ. ⴰⴷ ⴰⴽ ⵏⵔⴰⵔ ⴳ 10 ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ.",
                "If a page causes you problems, write to us or call us, giving the page address and what is in your way. We reply within ten working days and offer the information in another form if needed.",
            ),
        ),
        (
            "contact",
            {
                "name": T(
                    "Accessibilité du site",
                    "إمكانية الولوج إلى الموقع",
                    "ⴰⴽⵛⵛⵓⵎ ⵖⵔ ⵓⵙⵉⵜ",
                    "Website accessibility",
                ),
                "role": T(
                    "Service communication de la commune",
                    "مصلحة التواصل بالجماعة",
                    "ⵜⴰⵏⴰⴱⴰⴹⵜ ⵏ ⵓⵎⵢⴰⵡⴰⴹ ⵏ ⵜⵎⵙⵎⵓⵏⵜ",
                    "The commune's communication department",
                ),
                "phone": "+212 5 28 00 00 12",
                "email": "accessibilite@belfaa.ma",
                "hours": OFFICE_HOURS,
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Index pages.
# ---------------------------------------------------------------------------------------------

NEWS_INDEX = {
    "slug": "actualites",
    "title": T("Actualités", "المستجدات", "ⵉⵙⴰⵍⵍⵏ", "News"),
    "intro": T(
        "Les nouvelles du service social, des projets et des partenaires de Belfaa.",
        "آخر أخبار المصلحة الاجتماعية والمشاريع وشركاء بلفاع.",
        "ⵎⴰⴷ ⵉⵜⵜⵉⵍⵉⵏ ⴳ ⵜⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ, ⴳ ⵉⵙⵏⴼⴰⵔⵏ ⴷ ⵖⵓⵔ ⵉⵎⴷⵓⴽⴽⴰⵍ ⵏ ⴱⵍⴼⴰⵄ.",
        "News from Belfaa's social service, its projects and its partners.",
    ),
}

EVENTS_INDEX = {
    "slug": "agenda",
    "title": T("Agenda", "المفكرة", "ⵜⵉⵎⵙⴰⵔⵉⵏ", "Events"),
    "intro": T(
        "Rencontres, ateliers, fêtes et tournois ouverts à toutes et à tous. Les événements listés ici sont gratuits.",
        "لقاءات وورشات واحتفالات ودوريات مفتوحة للجميع. جميع الأنشطة المدرجة هنا مجانية.",
        "ⵉⵎⵢⴰⴳⴰⵔⵏ, ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⴷ ⵜⵎⵖⵔⵉⵡⵉⵏ ⵉⵕⵥⵎⵏ ⵉ ⴽⵓⵍⵍⵓ. ⴽⵓⵍⵍⵓ ⵍⵍⴰⵏ ⴱⵍⴰ ⴰⵜⵉⴳ.",
        "Meetings, workshops, celebrations and tournaments open to everyone. The events listed here are free.",
    ),
}

PROJECTS_INDEX = {
    "slug": "projets",
    "title": T("Projets", "المشاريع", "ⵉⵙⵏⴼⴰⵔⵏ", "Projects"),
    "intro": T(
        "Les projets que la commune mène avec les habitants, les associations et ses partenaires, et où ils en sont.",
        "المشاريع التي تنجزها الجماعة مع الساكنة والجمعيات وشركائها، ومدى تقدمها.",
        "ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⴰⴽⴷ ⵉⵎⵣⴷⴰⵖ, ⵜⵉⵎⵓⵏⵉⵏ ⴷ ⵉⵎⴷⵓⴽⴽⴰⵍ, ⴷ ⵎⴰⵏⵉ ⴰⵙ ⵍⴽⵎⵏ.",
        "The projects the commune carries out with residents, associations and partners, and how far they have got.",
    ),
}

SERVICES_INDEX = {
    "slug": "services",
    "title": T("Nos services", "خدماتنا", "ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏⵏⵖ", "Our services"),
    "intro": T(
        "Trois services gratuits de la commune pour écouter, accueillir, orienter et accompagner. Au bureau des migrants, vous pouvez venir sans rendez-vous ; pour le centre d'écoute, appelez d'abord.",
        "ثلاث خدمات مجانية تابعة للجماعة للاستماع والاستقبال والتوجيه والمواكبة. يمكنكم المجيء إلى مكتب المهاجرين دون موعد، أما مركز الاستماع فاتصلوا به أولا.",
        "ⴽⵕⴰⴹ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⴱⵍⴰ ⴰⵜⵉⴳ, ⵉ ⵓⵙⴼⵍⴷ, ⴰⵙⵏⵓⴱⴳ, ⴰⵙⵏⵎⴰⵍ ⴷ ⵓⵎⵢⴰⵡⴰⵙ. ⵜⵣⵎⵔⴷ ⴰⴷ ⴷ ⵜⴰⵙⴷ ⵖⵔ ⵓⵙⵏⵙⵓ ⵏ ⵉⵎⵉⴳⵔⴰⵏ ⴱⵍⴰ ⴰⴽⵓⴷ. ⵉ ⵓⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ, ⵖⵔ ⴷ ⵜⵉⵣⵡⵓⵔⵉ.",
        "Three free services of the commune to listen, welcome, guide and support. You can come to the migrant office without an appointment; for the listening centre, call first.",
    ),
}


# ---------------------------------------------------------------------------------------------
# Services (the listening centre and the migrant office are sensitive pages).
# ---------------------------------------------------------------------------------------------

SERVICES = [
    {
        "slug": "centre-d-ecoute",
        "sensitive": True,
        "title": T(
            "Centre d'écoute pour les femmes",
            "مركز الاستماع للنساء",
            "ⴰⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ ⵉ ⵜⵎⵖⴰⵔⵉⵏ",
            "Listening centre for women",
        ),
        "intro": T(
            "Vous subissez des violences, à la maison, au travail ou ailleurs ? Le centre d'écoute vous reçoit gratuitement et en toute confidentialité, avec ou sans vos enfants.",
            "هل تتعرضين للعنف في البيت أو في العمل أو في مكان آخر؟ يستقبلك مركز الاستماع مجانا وفي سرية تامة، مع أطفالك أو بدونهم.",
            "ⴰⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ ⴰⵔ ⵉⵜⵜⴰⵎⵥ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵢⵓⵜⵜⵏ, ⴱⵍⴰ ⴰⵜⵉⴳ, ⴰⴽⴷ ⵜⴰⵔⵡⴰ ⵏⵏⵙⵏⵜ ⵏⵖ ⴱⵍⴰ ⵜⵏ. ⴰⵡⴰⵍ ⵏⵏⵎ ⵉⵇⵇⵉⵎ ⴳⵔⴰⵜⵏⵖ.",
            "Are you facing violence, at home, at work or elsewhere? The listening centre sees you free of charge and in complete confidence, with or without your children.",
        ),
        "address": T(
            "Adresse communiquée par téléphone",
            "يُبلَّغ العنوان عبر الهاتف",
            "ⴰⴷ ⴰⵎ ⵏⵉⵏⵉ ⴰⵏⵙⵉⵡ ⵙ ⵜⵉⵍⵉⴼⵓⵏ",
            "Address given by phone",
        ),
        "hours": [(MONDAY_FRIDAY, "08:30", "16:30"), (SATURDAY, "09:00", "12:00")],
        "body": [
            ("heading", WHAT_WE_DO),
            (
                "list",
                [
                    T(
                        "Une écoute sans jugement, par des écoutantes formées.",
                        "استماع دون أحكام مسبقة، من طرف مستمعات مكوَّنات.",
                        "ⴰⵙⴼⵍⴷ ⵙ ⵜⵎⵙⴼⵍⴷⵉⵏ ⵉⵍⵎⴷⵏ.",
                        "Listening without judgement, by trained listeners.",
                    ),
                    T(
                        "Des groupes de parole entre femmes.",
                        "مجموعات للحوار بين النساء.",
                        "ⵉⵔⴰⴱⴱⵓⵜⵏ ⵏ ⵓⵎⵙⴰⵡⴰⵍ ⴳⵔ ⵜⵎⵖⴰⵔⵉⵏ.",
                        "Support groups among women.",
                    ),
                    T(
                        "De l'aide pour porter plainte, si vous le décidez.",
                        "المساعدة على تقديم شكاية، إذا قررتِ ذلك.",
                        "ⴰⵎⵢⴰⵡⴰⵙ ⴳ ⵜⵛⴽⴰⵢⵜ, ⵉⴳ ⵜⵔⵉⴷ.",
                        "Help to file a complaint, if you decide to.",
                    ),
                    T(
                        "Un hébergement temporaire pour vous et vos enfants, le temps de préparer un nouveau départ.",
                        "إيواء مؤقت لك ولأطفالك، ريثما تستعدين لانطلاقة جديدة.",
                        "ⴰⵙⵏⵙ ⵉ ⴽⵎⵎ ⴷ ⵜⴰⵔⵡⴰ ⵏⵏⵎ, ⴰⵔ ⴷ ⵜⵙⵙⵏⵜⵉⴷ ⵜⵓⴷⵔⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ.",
                        "Temporary shelter for you and your children while you prepare a fresh start.",
                    ),
                    T(
                        "Une orientation vers les centres de santé, l'hôpital provincial et les associations partenaires.",
                        "التوجيه نحو المراكز الصحية والمستشفى الإقليمي والجمعيات الشريكة.",
                        "ⴰⵙⵏⵎⴰⵍ ⵖⵔ ⵉⵏⵙⵉⵜⵏ ⵏ ⵜⴷⵓⵙⵉ, ⴰⵙⴳⵏⴰⴼ ⵏ ⵜⵙⴳⴰ ⴷ ⵜⵎⵓⵏⵉⵏ.",
                        "Referral to health centres, the provincial hospital and partner associations.",
                    ),
                ],
            ),
            ("heading", FOR_WHOM),
            (
                "paragraph",
                T(
                    "Pour toute femme qui subit des violences physiques, psychologiques, sexuelles ou économiques, quelle que soit sa nationalité, son âge ou sa situation. Vous n'avez pas besoin de papiers pour être reçue.",
                    "لكل امرأة تتعرض لعنف جسدي أو نفسي أو جنسي أو اقتصادي، مهما كانت جنسيتها أو سنها أو وضعيتها. لا تحتاجين إلى أي وثائق لكي يتم استقبالك.",
                    "ⵉ ⴽⵓ ⵜⴰⵎⵖⴰⵔⵜ ⵉⵜⵜⵓⵢⵓⵜⵜⵏ, ⵙⴳ ⴽⵓ ⵜⴰⵎⵓⵔⵜ. ⵓⵔ ⵜⵔⵉⴷ ⵜⵉⵡⵔⵇⵉⵏ.",
                    "For any woman facing physical, psychological, sexual or economic violence, whatever her nationality, age or situation. You do not need papers to be seen.",
                ),
            ),
            ("heading", WHEN),
            (
                "paragraph",
                T(
                    "Le centre est ouvert du lundi au vendredi de 8 h 30 à 16 h 30, et le samedi matin. En dehors de ces heures, si vous êtes en danger, appelez la police au 19 ou la gendarmerie au 177.",
                    "المركز مفتوح من الاثنين إلى الجمعة من الساعة 8:30 إلى 16:30، وصباح يوم السبت. وخارج هذه الأوقات، إذا كنتِ في خطر، اتصلي بالشرطة على الرقم 19 أو بالدرك على الرقم 177.",
                    "ⴰⵏⵙⴰ ⵉⵕⵥⵎ ⵙⴳ ⵓⵙⵉⵏⴰⵙ ⴰⵔ ⵓⵙⵉⵎⵡⴰⵙ ⴷ ⵜⵉⴼⴰⵡⵜ ⵏ ⵓⵙⵉⴹⵢⴰⵙ. ⵉⴳ ⵜⵓⴳⴷⵉⴷ ⵅⴼ ⵉⵅⴼ ⵏⵏⵎ, ⵖⵔ ⵉ ⵓⴱⵓⵍⵉⵙ ⴳ 19 ⵏⵖ ⵉ ⵍⵊⴰⴷⴰⵔⵎⵉ ⴳ 177.",
                    "The centre is open Monday to Friday, 8:30 am to 4:30 pm, and on Saturday mornings. Outside these hours, if you are in danger, call the police on 19 or the gendarmerie on 177.",
                ),
            ),
            ("heading", HOW_TO_REACH_US),
            (
                "paragraph",
                T(
                    "Appelez-nous d'abord : nous vous donnons l'adresse et un rendez-vous discret. Vous pouvez venir accompagnée d'une personne de confiance.",
                    "اتصلي بنا أولا: نعطيك العنوان وموعدا بعيدا عن الأنظار. يمكنك المجيء رفقة شخص تثقين به.",
                    "ⵖⵔ ⴰⵖ ⴷ ⵜⵉⵣⵡⵓⵔⵉ: ⴰⴷ ⴰⵎ ⵏⵉⵏⵉ ⴰⵏⵙⵉⵡ ⴷ ⵓⴽⵓⴷ. ⵜⵣⵎⵔⴷ ⴰⴷ ⴷ ⵜⴰⵙⴷ ⴰⴽⴷ ⵢⴰⵏ ⵏⵏⴰ ⵜⵓⵎⵏⴷ.",
                    "Call us first: we will give you the address and a discreet appointment. You can come with someone you trust.",
                ),
            ),
            (
                "contact",
                {
                    "name": T(
                        "Accueil du centre d'écoute",
                        "استقبال مركز الاستماع",
                        "ⴰⵙⵏⵓⴱⴳ ⵏ ⵓⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ",
                        "Listening centre reception",
                    ),
                    "role": T(
                        "L'équipe des écoutantes",
                        "فريق المستمعات",
                        "ⵜⵉⵎⵙⴼⵍⴷⵉⵏ ⵏ ⵓⵏⵙⴰ",
                        "The listening team",
                    ),
                    "phone": "+212 5 28 00 00 21",
                    "email": "ecoute@belfaa.ma",
                    "hours": OFFICE_HOURS,
                },
            ),
            ("heading", FAQ),
            (
                "accordion",
                [
                    (
                        T(
                            "Faut-il des papiers pour être reçue ?",
                            "هل أحتاج إلى وثائق لكي يتم استقبالي؟",
                            "ⵉⵙ ⵉⵇⵇⴰⵏ ⵜⵉⵡⵔⵇⵉⵏ?",
                            "Do I need papers to be seen?",
                        ),
                        T(
                            "Non. Vous êtes reçue même sans carte d'identité ni titre de séjour. Nous ne vous demandons que ce que vous voulez bien nous dire.",
                            "لا. يتم استقبالك حتى بدون بطاقة تعريف أو بطاقة إقامة. لا نطلب منك إلا ما تودين قوله لنا.",
                            "ⵓⵀⵓ. ⴰⴷ ⴽⵎ ⵏⴰⵎⵥ ⵓⵍⴰ ⴱⵍⴰ ⵜⵉⵡⵔⵇⵉⵏ. ⵓⵔ ⵏⵙⵙⵓⵜⵓⵔ ⵖⴰⵙ ⵎⴰⴷ ⵜⵔⵉⴷ ⴰⴷ ⴰⵖ ⵜⵉⵏⵉⴷ.",
                            "No. You are seen even without an identity card or residence permit. We only ask what you are willing to tell us.",
                        ),
                    ),
                    (
                        T(
                            "Mon mari ou ma famille seront-ils informés ?",
                            "هل سيتم إخبار زوجي أو عائلتي؟",
                            "ⵉⵙ ⵔⴰⴷ ⵉⵙⵙⵏ ⵓⵔⴳⴰⵣ ⵉⵏⵓ ⵏⵖ ⵜⴰⵡⵊⴰ ⵉⵏⵓ?",
                            "Will my husband or my family be told?",
                        ),
                        T(
                            "Non. Ce que vous dites reste confidentiel. Nous ne contactons personne sans votre accord, sauf si la vie d'un enfant est en danger.",
                            "لا. ما تقولينه يبقى سريا. لا نتصل بأي أحد دون موافقتك، إلا إذا كانت حياة طفل في خطر.",
                            "ⵓⵀⵓ. ⴰⵡⴰⵍ ⵏⵏⵎ ⵉⵇⵇⵉⵎ ⴳⵔⴰⵜⵏⵖ. ⵓⵔ ⵏⵙⴰⵡⴰⵍ ⴷ ⵢⴰⵏ ⴱⵍⴰ ⵜⵉⵔⵉ ⵏⵏⵎ, ⴰⵔ ⵖⴰⵙ ⵉⴳ ⵉⵍⵍⴰ ⵢⴰⵏ ⵓⵔⴱⴰ ⴳ ⵜⵓⴳⴷⵉ.",
                            "No. What you say stays confidential. We contact no one without your consent, unless a child's life is in danger.",
                        ),
                    ),
                    (
                        T(
                            "Puis-je venir avec mes enfants ?",
                            "هل يمكنني أن آتي مع أطفالي؟",
                            "ⵉⵙ ⵣⵎⵔⵖ ⴰⴷ ⴷ ⴰⵙⵖ ⴰⴽⴷ ⵜⴰⵔⵡⴰ ⵉⵏⵓ?",
                            "Can I come with my children?",
                        ),
                        T(
                            "Oui. Un coin jeux accueille les enfants pendant l'entretien, et l'hébergement est prévu pour les mères avec leurs enfants.",
                            "نعم. يستقبل ركن للعب الأطفالَ خلال المقابلة، والإيواء مخصص للأمهات مع أطفالهن.",
                            "ⵢⴰⵀ. ⵉⵍⵍⴰ ⵢⴰⵏ ⵓⵖⵎⵎⴰⵔ ⵏ ⵓⵔⴰⵔ ⵉ ⵜⴰⵔⵡⴰ. ⴰⵙⵏⵙ ⵉⵍⵍⴰ ⵉ ⵜⵉⵎⵖⴰⵔⵉⵏ ⴷ ⵜⴰⵔⵡⴰ ⵏⵏⵙⵏⵜ.",
                            "Yes. A play corner looks after children during the interview, and the shelter is designed for mothers with their children.",
                        ),
                    ),
                    (
                        T(
                            "Combien ça coûte ?",
                            "كم تكلف الخدمة؟",
                            "ⵉⵙ ⵉⵍⵍⴰ ⵓⵜⵉⴳ?",
                            "How much does it cost?",
                        ),
                        T(
                            "Rien. Tous les services du centre sont gratuits.",
                            "لا شيء. جميع خدمات المركز مجانية.",
                            "ⵓⵀⵓ. ⴽⵓⵍⵍⵓ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏ ⵓⵏⵙⴰ ⵍⵍⴰⵏⵜ ⴱⵍⴰ ⴰⵜⵉⴳ.",
                            "Nothing. All the centre's services are free.",
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "bureau-des-migrants",
        "sensitive": True,
        "title": MIGRANT_OFFICE,
        "intro": T(
            "Vous venez d'arriver à Belfaa ou vous y vivez depuis longtemps ? Le bureau vous informe sur vos droits, vous oriente vers les soins et les services, et vous accueille avec ou sans papiers.",
            "هل وصلتم حديثا إلى بلفاع أو تعيشون فيها منذ مدة طويلة؟ يخبركم المكتب بحقوقكم، ويوجهكم نحو العلاج والخدمات، ويستقبلكم بوثائق أو بدونها.",
            "ⵜⵍⴽⵎⴷ ⴷ ⵖⵔ ⴱⵍⴼⴰⵄ? ⴰⵙⵏⵙⵓ ⴰⴷ ⴰⵔ ⴽ ⵉⵜⵜⴰⵎⵥ, ⵙ ⵜⵉⵡⵔⵇⵉⵏ ⵏⵖ ⴱⵍⴰ ⵜⵏⵜ, ⴰⵔ ⴰⴽ ⵉⵜⵜⵉⵏⵉ ⵎⴰⵏ ⵉⵣⵔⴼⴰⵏ ⴰⴷ ⵖⵓⵔⴽ.",
            "Have you just arrived in Belfaa, or have you lived here for a long time? The office tells you about your rights, guides you to health care and services, and welcomes you with or without papers.",
        ),
        "address": T(
            "Siège de la commune de Belfaa, rez-de-chaussée",
            "مقر جماعة بلفاع، الطابق الأرضي",
            "ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ, ⴳ ⵡⴰⴷⴷⴰⵢ",
            "Belfaa commune hall, ground floor",
        ),
        "hours": [(MONDAY_FRIDAY, "08:30", "16:30")],
        "body": [
            ("heading", WHAT_WE_DO),
            (
                "list",
                [
                    T(
                        "Information sur vos droits et les démarches administratives.",
                        "الإخبار بحقوقكم وبالإجراءات الإدارية.",
                        "ⵉⵙⴰⵍⵍⵏ ⵅⴼ ⵉⵣⵔⴼⴰⵏ ⵏⵏⴽ ⴷ ⵜⵡⵔⵇⵉⵏ ⵍⵍⵉ ⵜⵔⵉⴷ.",
                        "Information about your rights and administrative procedures.",
                    ),
                    T(
                        "Orientation vers les centres de santé et l'hôpital provincial, avec qui nous travaillons en lien direct.",
                        "التوجيه نحو المراكز الصحية والمستشفى الإقليمي، اللذين نشتغل معهما بتنسيق مباشر.",
                        "ⴰⵙⵏⵎⴰⵍ ⵖⵔ ⵉⵏⵙⵉⵜⵏ ⵏ ⵜⴷⵓⵙⵉ ⴷ ⵓⵙⴳⵏⴰⴼ ⵏ ⵜⵙⴳⴰ, ⵍⵍⵉ ⴷ ⵏⵙⵡⵓⵔⵉ.",
                        "Referral to health centres and the provincial hospital, with whom we work directly.",
                    ),
                    T(
                        "Orientation vers l'école, la formation, les associations et les activités de la commune.",
                        "التوجيه نحو المدرسة والتكوين والجمعيات وأنشطة الجماعة.",
                        "ⴰⵙⵏⵎⴰⵍ ⵖⵔ ⵜⵉⵏⵎⵍ, ⵓⵙⵍⵎⴷ, ⵜⵎⵓⵏⵉⵏ ⴷ ⵜⵎⵙⴽⴰⵔⵉⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ.",
                        "Guidance towards school, training, associations and the commune's activities.",
                    ),
                    T(
                        "Des réunions d'information chaque mois, en français et en arabe, avec interprétation si besoin.",
                        "لقاءات إخبارية كل شهر بالفرنسية والعربية، مع الترجمة عند الحاجة.",
                        "ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏ ⵉⵙⴰⵍⵍⵏ ⴽⵓ ⴰⵢⵢⵓⵔ, ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ ⴷ ⵜⵄⵔⴰⴱⵜ, ⴷ ⵓⵙⵙⵓⵖⵍ ⵉⴳ ⵉⵇⵇⴰⵏ.",
                        "Information meetings every month, in French and Arabic, with interpreting if needed.",
                    ),
                ],
            ),
            ("heading", FOR_WHOM),
            (
                "paragraph",
                T(
                    "Pour toutes les personnes venues d'un autre pays d'Afrique et installées dans la commune, quelle que soit leur situation administrative, ainsi que pour leurs familles.",
                    "لكل الأشخاص القادمين من بلد إفريقي آخر والمقيمين بالجماعة، مهما كانت وضعيتهم الإدارية، وكذلك لأسرهم.",
                    "ⵉ ⴽⵓⵍⵍⵓ ⵉⵏⵏⴰ ⴷ ⵢⵓⵛⴽⴰⵏ ⵙⴳ ⵢⴰⵜ ⵜⵎⵓⵔⵜ ⵏ ⵜⴼⵔⵉⵇⵢⴰ ⴷ ⵉⵣⴷⵖⵏ ⴳ ⵜⵎⵙⵎⵓⵏⵜ, ⴷ ⵜⵡⵊⵉⵡⵉⵏ ⵏⵏⵙⵏ.",
                    "For everyone who has come from another African country and lives in the commune, whatever their administrative status, and for their families.",
                ),
            ),
            ("heading", WHEN),
            (
                "paragraph",
                T(
                    "Le bureau est ouvert du lundi au vendredi. Une réunion d'information a lieu une fois par mois à 10 heures : la date est annoncée dans l'agenda.",
                    "المكتب مفتوح من الاثنين إلى الجمعة. ويُعقد لقاء إخباري مرة في الشهر على الساعة العاشرة صباحا، ويُعلَن تاريخه في المفكرة.",
                    "ⴰⵙⵏⵙⵓ ⵉⵕⵥⵎ ⵙⴳ ⵓⵙⵉⵏⴰⵙ ⴰⵔ ⵓⵙⵉⵎⵡⴰⵙ. ⴰⵎⵢⴰⴳⴰⵔ ⵏ ⵉⵙⴰⵍⵍⵏ ⵉⵜⵜⵉⵍⵉ ⵢⴰⵜ ⵜⵡⴰⵍⵜ ⴳ ⵓⵢⵢⵓⵔ, ⴳ 10:00.",
                    "The office is open Monday to Friday. An information meeting is held once a month at 10 am: the date is announced in the events calendar.",
                ),
            ),
            ("heading", HOW_TO_REACH_US),
            (
                "paragraph",
                T(
                    "Venez directement au bureau, au siège de la commune, ou appelez-nous. Vous pouvez venir avec une personne qui parle votre langue.",
                    "تعالوا مباشرة إلى المكتب بمقر الجماعة، أو اتصلوا بنا. يمكنكم المجيء رفقة شخص يتحدث لغتكم.",
                    "ⴰⵛⴽ ⴷ ⵖⵔ ⵓⵙⵏⵙⵓ, ⴳ ⵜⴷⴷⴰⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⵏⵖ ⵖⵔ ⴰⵖ. ⵜⵣⵎⵔⴷ ⴰⴷ ⴷ ⵜⴰⵙⴷ ⴰⴽⴷ ⵢⴰⵏ ⵉⵙⵙⵉⵡⵍⵏ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⴽ.",
                    "Come straight to the office at the commune hall, or call us. You can come with someone who speaks your language.",
                ),
            ),
            (
                "contact",
                {
                    "name": T(
                        "Accueil du bureau des migrants",
                        "استقبال مكتب المهاجرين",
                        "ⴰⵙⵏⵓⴱⴳ ⵏ ⵓⵙⵏⵙⵓ ⵏ ⵉⵎⵉⴳⵔⴰⵏ",
                        "Migrant office reception",
                    ),
                    "role": T(
                        "Agents d'accueil et d'orientation",
                        "أعوان الاستقبال والتوجيه",
                        "ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵓⵙⵏⵓⴱⴳ ⴷ ⵓⵙⵏⵎⴰⵍ",
                        "Reception and orientation staff",
                    ),
                    "phone": "+212 5 28 00 00 22",
                    "email": "migrants@belfaa.ma",
                    "hours": OFFICE_HOURS,
                },
            ),
            ("heading", FAQ),
            (
                "accordion",
                [
                    (
                        T(
                            "Puis-je venir sans papiers ?",
                            "هل يمكنني المجيء بدون وثائق؟",
                            "ⵉⵙ ⵣⵎⵔⵖ ⴰⴷ ⴷ ⴰⵙⵖ ⴱⵍⴰ ⵜⵉⵡⵔⵇⵉⵏ?",
                            "Can I come without papers?",
                        ),
                        T(
                            "Oui. Le bureau reçoit tout le monde, avec ou sans titre de séjour. Il ne transmet aucune information à d'autres administrations sans votre accord.",
                            "نعم. يستقبل المكتب الجميع، ببطاقة إقامة أو بدونها. ولا ينقل أي معلومة إلى إدارات أخرى دون موافقتكم.",
                            "ⵢⴰⵀ. ⴰⵙⵏⵙⵓ ⴰⵔ ⵉⵜⵜⴰⵎⵥ ⴽⵓⵍⵍⵓ ⵢⴰⵏ. ⵓⵔ ⵉⵜⵜⴰⵡⵉ ⴰⵡⴷ ⵢⴰⵏ ⵡⴰⵡⴰⵍ ⵖⵔ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵢⴰⴹⵏⵉⵏ ⴱⵍⴰ ⵜⵉⵔⵉ ⵏⵏⴽ.",
                            "Yes. The office sees everyone, with or without a residence permit. It passes no information to other administrations without your consent.",
                        ),
                    ),
                    (
                        T(
                            "Puis-je être soigné si je n'ai pas d'argent ?",
                            "هل يمكنني الحصول على العلاج إذا لم يكن لدي مال؟",
                            "ⵉⵙ ⵣⵎⵔⵖ ⴰⴷ ⵜⵜⵓⴷⴰⵡⴰⵖ ⵓⵍⴰ ⵉⴳ ⵓⵔ ⵖⵓⵔⵉ ⵉⵇⵔⵉⴹⵏ?",
                            "Can I get medical care if I have no money?",
                        ),
                        T(
                            "Oui. Les centres de santé publics assurent les soins de base et le suivi des grossesses. Le bureau vous y oriente et peut vous accompagner au premier rendez-vous.",
                            "نعم. تقدم المراكز الصحية العمومية العلاجات الأساسية وتتبع الحمل. ويوجهكم المكتب إليها ويمكنه مرافقتكم في الموعد الأول.",
                            "ⵢⴰⵀ. ⵉⵏⵙⵉⵜⵏ ⵏ ⵜⴷⵓⵙⵉ ⴰⵔ ⴷⴰⵡⴰⵏ ⴽⵓⵍⵍⵓ ⵢⴰⵏ, ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵔⴰⵊⴰⵏ ⵜⴰⵔⵡⴰ. ⴰⵙⵏⵙⵓ ⵉⵣⵎⵔ ⴰⴷ ⴽ ⵉⵎⵓⵏ ⴳ ⵓⵎⵢⴰⴳⴰⵔ ⴰⵎⵣⵡⴰⵔⵓ.",
                            "Yes. Public health centres provide basic care and pregnancy follow-up. The office refers you there and can go with you to the first appointment.",
                        ),
                    ),
                    (
                        T(
                            "Dans quelle langue serai-je reçu ?",
                            "بأي لغة سيتم استقبالي؟",
                            "ⵙ ⵎⴰⵏ ⵜⵓⵜⵍⴰⵢⵜ ⴰⴷ ⴷⵉⴷⵉ ⵙⴰⵡⵍⵏ?",
                            "What language will I be spoken to in?",
                        ),
                        T(
                            "L'équipe parle arabe, tamazight et français. Pour d'autres langues, nous faisons appel à des interprètes bénévoles.",
                            "يتحدث الفريق العربية والأمازيغية والفرنسية. وبالنسبة للغات الأخرى، نستعين بمترجمين متطوعين.",
                            "ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵙⵙⵉⵡⵍⵏ ⵜⴰⵄⵔⴰⴱⵜ, ⵜⴰⵎⴰⵣⵉⵖⵜ ⴷ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ. ⵉ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵢⴰⴹⵏⵉⵏ, ⴰⵔ ⵏⵜⵜⴰⵡⵉ ⵉⵎⵙⵙⵓⵖⵍⵏ ⴱⵍⴰ ⴰⵜⵉⴳ.",
                            "The team speaks Arabic, Tamazight and French. For other languages, we call on volunteer interpreters.",
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "centre-d-accueil-de-jour",
        "sensitive": False,
        "title": T(
            "Centre d'accueil de jour pour les jeunes porteurs d'un handicap",
            "مركز الاستقبال النهاري للشباب في وضعية إعاقة",
            "ⴰⵏⵙⴰ ⵏ ⵓⵙⵏⵓⴱⴳ ⵏ ⵡⴰⵙⵙ ⵉ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ",
            "Day centre for young people with disabilities",
        ),
        "intro": T(
            "Un lieu de jour où les jeunes porteurs d'un handicap font des activités, se font des amis et prennent part à la vie de la commune. Les parents y trouvent écoute et soutien.",
            "فضاء نهاري يمارس فيه الشباب في وضعية إعاقة أنشطة متنوعة، ويكوّنون صداقات، ويشاركون في حياة الجماعة. ويجد فيه الآباء والأمهات الإنصات والدعم.",
            "ⴰⵏⵙⴰ ⴳ ⴰⵔ ⵜⵜⴽⴽⵉⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ ⴳ ⵜⵎⵙⴽⴰⵔⵉⵏ, ⴰⵔ ⵜⵜⴰⴼⵏ ⵉⵎⴷⵓⴽⴽⴰⵍ, ⴰⵔ ⵜⵜⴽⴽⵉⵏ ⴳ ⵜⵓⴷⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ. ⵉⵎⴰⵔⴰⵡⵏ ⴰⵔ ⴳⵉⵙ ⵜⵜⴰⴼⵏ ⴰⵙⴼⵍⴷ ⴷ ⵓⵎⵢⴰⵡⴰⵙ.",
            "A day-time place where young people with disabilities do activities, make friends and take part in the life of the commune. Parents find a listening ear and support there.",
        ),
        "address": T(
            "À côté du siège de la commune, Belfaa",
            "بجانب مقر الجماعة، بلفاع",
            "ⵖⵔ ⵜⵎⴰ ⵏ ⵜⴷⴷⴰⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⴱⵍⴼⴰⵄ",
            "Next to the commune hall, Belfaa",
        ),
        "hours": [(MONDAY_FRIDAY, "09:00", "16:00")],
        "body": [
            ("heading", WHAT_WE_DO),
            (
                "list",
                [
                    T(
                        "Des ateliers chaque jour : expression, musique, jardinage, sport adapté, cuisine.",
                        "ورشات يومية: التعبير، والموسيقى، والبستنة، والرياضة المكيفة، والطبخ.",
                        "ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⴽⵓ ⴰⵙⵙ: ⴰⵙⵙⴼⵔⵓ, ⴰⵣⴰⵡⴰⵏ, ⵜⴰⴼⵍⵍⴰⵃⵜ, ⵓⵔⴰⵔ, ⴰⵙⵏⵡⵉ.",
                        "Workshops every day: self-expression, music, gardening, adapted sport, cooking.",
                    ),
                    T(
                        "La participation des jeunes aux fêtes, tournois et salons organisés par la commune, avec un accompagnement adapté.",
                        "مشاركة الشباب في الاحتفالات والدوريات والمعارض التي تنظمها الجماعة، مع مواكبة ملائمة.",
                        "ⵉⵏⴰⵢⵍⵉⵍⵏ ⴰⵔ ⴽⴽⵉⵏ ⴳ ⵜⵎⵖⵔⵉⵡⵉⵏ ⴷ ⵉⵎⵓⴳⴰⵔⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⴰⴽⴷ ⵓⵎⵢⴰⵡⴰⵙ ⵍⵍⵉ ⵉⵍⴰⵇⵏ.",
                        "Young people taking part in celebrations, tournaments and fairs organised by the commune, with suitable support.",
                    ),
                    T(
                        "Un groupe de soutien pour les parents, chaque semaine.",
                        "مجموعة دعم للآباء والأمهات كل أسبوع.",
                        "ⴰⵔⴰⴱⴱⵓ ⵏ ⵓⵎⵢⴰⵡⴰⵙ ⵉ ⵉⵎⴰⵔⴰⵡⵏ, ⴽⵓ ⵉⵎⴰⵍⴰⵙ.",
                        "A support group for parents, every week.",
                    ),
                    T(
                        "Un accompagnement spécifique pour les jeunes autistes et leurs familles.",
                        "مواكبة خاصة للشباب ذوي التوحد وأسرهم.",
                        "ⴰⵎⵢⴰⵡⴰⵙ ⵉⵥⵍⵉⵏ ⵉ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⴰⵓⵜⵉⵣⵎ ⴷ ⵜⵡⵊⵉⵡⵉⵏ ⵏⵏⵙⵏ.",
                        "Specific support for young autistic people and their families.",
                    ),
                ],
            ),
            ("heading", FOR_WHOM),
            (
                "paragraph",
                T(
                    "Pour les jeunes de 12 à 25 ans qui habitent la commune et vivent avec un handicap physique, sensoriel ou intellectuel, ou avec un trouble du spectre de l'autisme, ainsi que pour leurs parents.",
                    "للشباب من 12 إلى 25 سنة القاطنين بالجماعة والذين يعيشون مع إعاقة جسدية أو حسية أو ذهنية، أو مع اضطراب طيف التوحد، وكذلك لآبائهم وأمهاتهم.",
                    "ⵉ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵏ 12 ⴰⵔ 25 ⵏ ⵉⵙⵓⴳⴳⵯⴰⵙ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ ⵏⵖ ⴰⵓⵜⵉⵣⵎ, ⵉⵣⴷⵖⵏ ⴳ ⵜⵎⵙⵎⵓⵏⵜ, ⴷ ⵉⵎⴰⵔⴰⵡⵏ ⵏⵏⵙⵏ.",
                    "For young people aged 12 to 25 who live in the commune with a physical, sensory or intellectual disability, or with autism spectrum disorder, and for their parents.",
                ),
            ),
            ("heading", WHEN),
            (
                "paragraph",
                T(
                    "Le centre accueille les jeunes du lundi au vendredi, de 9 h à 16 h. Le groupe des parents se réunit le mercredi à 16 h.",
                    "يستقبل المركز الشباب من الاثنين إلى الجمعة، من الساعة 9 إلى 16. وتجتمع مجموعة الآباء والأمهات يوم الأربعاء على الساعة 16.",
                    "ⴰⵏⵙⴰ ⵉⵕⵥⵎ ⵙⴳ ⵓⵙⵉⵏⴰⵙ ⴰⵔ ⵓⵙⵉⵎⵡⴰⵙ, ⵙⴳ 9:00 ⴰⵔ 16:00. ⴰⵔⴰⴱⴱⵓ ⵏ ⵉⵎⴰⵔⴰⵡⵏ ⴰⵔ ⵉⵜⵜⵎⵓⵏ ⴳ ⵓⴽⵡⴰⵙ ⴳ 16:00.",
                    "The centre welcomes young people Monday to Friday, 9 am to 4 pm. The parents' group meets on Wednesdays at 4 pm.",
                ),
            ),
            ("heading", HOW_TO_REACH_US),
            (
                "paragraph",
                T(
                    "Appelez-nous pour convenir d'une première visite avec votre enfant. L'inscription est gratuite et le bâtiment est accessible en fauteuil roulant.",
                    "اتصلوا بنا لتحديد موعد زيارة أولى مع طفلكم. التسجيل مجاني والبناية مهيأة لولوج الكراسي المتحركة.",
                    "ⵖⵔ ⴰⵖ ⴰⴷ ⴷ ⵜⴰⵙⴷ ⴰⴽⴷ ⵓⵔⴱⴰ ⵏⵏⴽ ⵉ ⵜⵉⵣⵉ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ. ⴰⵣⵎⵎⵎ ⴱⵍⴰ ⴰⵜⵉⴳ. ⴰⵏⵙⴰ ⵉⵍⴰ ⴰⴱⵔⵉⴷ ⵉ ⵉⴽⵓⵔⵙⵉⵢⵏ ⵉⵜⵜⵎⵓⵙⵙⵓⵏ.",
                    "Call us to arrange a first visit with your child. Registration is free and the building is wheelchair accessible.",
                ),
            ),
            (
                "contact",
                {
                    "name": T(
                        "Accueil du centre de jour",
                        "استقبال المركز النهاري",
                        "ⴰⵙⵏⵓⴱⴳ ⵏ ⵓⵏⵙⴰ ⵏ ⵡⴰⵙⵙ",
                        "Day centre reception",
                    ),
                    "role": T(
                        "L'équipe éducative",
                        "الفريق التربوي",
                        "ⵉⵎⵙⵍⵎⴰⴷⵏ ⵏ ⵓⵏⵙⴰ",
                        "The educational team",
                    ),
                    "phone": "+212 5 28 00 00 23",
                    "email": "centre-de-jour@belfaa.ma",
                    "hours": T(
                        "Du lundi au vendredi, de 9 h à 16 h",
                        "من الاثنين إلى الجمعة، من الساعة 9 إلى 16",
                        "ⵙⴳ ⵓⵙⵉⵏⴰⵙ ⴰⵔ ⵓⵙⵉⵎⵡⴰⵙ, ⵙⴳ 9:00 ⴰⵔ 16:00",
                        "Monday to Friday, 9 am to 4 pm",
                    ),
                },
            ),
            ("heading", FAQ),
            (
                "accordion",
                [
                    (
                        T(
                            "Combien coûte l'inscription ?",
                            "كم يكلف التسجيل؟",
                            "ⵉⵙ ⵉⵍⵍⴰ ⵓⵜⵉⴳ ⵏ ⵓⵣⵎⵎⵎ?",
                            "How much does registration cost?",
                        ),
                        T(
                            "Rien : le centre est un service public gratuit de la commune.",
                            "لا شيء: المركز مرفق عمومي مجاني تابع للجماعة.",
                            "ⵓⵀⵓ: ⴰⵏⵙⴰ ⴷ ⵜⴰⵏⴰⴼⵓⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⴱⵍⴰ ⴰⵜⵉⴳ.",
                            "Nothing: the centre is a free public service of the commune.",
                        ),
                    ),
                    (
                        T(
                            "Mon enfant est autiste : peut-il venir ?",
                            "طفلي مصاب بالتوحد: هل يمكنه المجيء؟",
                            "ⴰⵔⴱⴰ ⵉⵏⵓ ⵉⵍⴰ ⴰⵓⵜⵉⵣⵎ: ⵉⵙ ⵉⵣⵎⵔ ⴰⴷ ⴷ ⵢⴰⵙ?",
                            "My child is autistic: can they come?",
                        ),
                        T(
                            "Oui. L'équipe adapte les activités au rythme de chaque jeune, et un groupe réunit les parents de jeunes autistes pour échanger et s'entraider.",
                            "نعم. يكيّف الفريق الأنشطة مع إيقاع كل شاب، وتجمع مجموعة آباء وأمهات الشباب ذوي التوحد لتبادل التجارب والتعاون.",
                            "ⵢⴰⵀ. ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⴰⵔ ⵙⴽⴰⵔⵏ ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⵍⵍⵉ ⵉⵍⴰⵇⵏ ⴽⵓ ⴰⵏⴰⵢⵍⵉⵍ. ⵉⵍⵍⴰ ⵢⴰⵏ ⵓⵔⴰⴱⴱⵓ ⵉ ⵉⵎⴰⵔⴰⵡⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⴰⵓⵜⵉⵣⵎ.",
                            "Yes. The team adapts activities to each young person's pace, and a group brings together parents of young autistic people to share and help each other.",
                        ),
                    ),
                    (
                        T(
                            "Comment les jeunes participent-ils aux événements de la commune ?",
                            "كيف يشارك الشباب في أنشطة الجماعة؟",
                            "ⵎⴰⵎⴽ ⴰⵔ ⴽⴽⵉⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴳ ⵜⵎⵙⴰⵔⵉⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ?",
                            "How do the young people take part in the commune's events?",
                        ),
                        T(
                            "Avec les organisateurs, nous préparons l'accès, l'accueil et une activité adaptée. Des jeunes du centre ont ainsi tenu un stand au salon « Belfaa accueille l'Afrique » et joué lors du tournoi de football africain.",
                            "نُعِدّ مع المنظمين الولوج والاستقبال ونشاطا ملائما. وهكذا أشرف شباب من المركز على رواق في معرض «بلفاع تستقبل إفريقيا» وشاركوا في اللعب خلال الدوري الإفريقي لكرة القدم.",
                            "ⴰⵔ ⵏⵙⵡⵓⵊⵓⴷ ⴰⴽⵛⵛⵓⵎ ⴷ ⵓⵙⵏⵓⴱⴳ ⵏⵏⵙⵏ. ⴽⵔⴰ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴽⴽⵉⵏ ⴳ ⵓⵎⵓⴳⴰⵔ «ⴱⵍⴼⴰⵄ ⵜⵙⵏⵓⴱⴳ ⵜⴰⴼⵔⵉⵇⵢⴰ» ⴷ ⵜⵎⵓⵏⵉ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ ⵜⴰⴼⵔⵉⵇⵉⵜ.",
                            'With the organisers, we prepare access, welcome and a suitable activity. Young people from the centre have run a stand at the "Belfaa welcomes Africa" fair and played in the African football tournament.',
                        ),
                    ),
                ],
            ),
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Place.
# ---------------------------------------------------------------------------------------------

PLACE = {
    "slug": "maison-de-la-creation",
    "title": CREATION_HOUSE,
    "intro": T(
        "Un lieu ouvert pour créer, répéter, exposer et se rencontrer, quelles que soient sa langue et son origine. Les jeunes de Belfaa et les nouveaux habitants y font vivre leurs projets.",
        "فضاء مفتوح للإبداع والتمرين والعرض واللقاء، مهما كانت اللغة أو الأصل. فيه يُحيي شباب بلفاع والسكان الجدد مشاريعهم.",
        "ⴰⵏⵙⴰ ⵉⵕⵥⵎⵏ ⵉ ⵓⵙⵏⴼⵍⵓⵍ ⴷ ⵓⵎⵢⴰⴳⴰⵔ, ⵉ ⴽⵓⵍⵍⵓ ⵜⵓⵜⵍⴰⵢⵉⵏ. ⵉⵏⴰⵢⵍⵉⵍⵏ ⵏ ⴱⵍⴼⴰⵄ ⴷ ⵉⵎⵣⴷⴰⵖ ⵉⵎⴰⵢⵏⵓⵜⵏ ⴰⵔ ⴳⵉⵙ ⵙⴽⴰⵔⵏ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⵙⵏ.",
        "An open place to create, rehearse, exhibit and meet, whatever your language or origin. Belfaa's young people and new residents bring their projects to life here.",
    ),
    "address": T(
        "Avenue principale, centre de Belfaa",
        "الشارع الرئيسي، وسط بلفاع",
        "ⴰⴱⵔⵉⴷ ⴰⵎⵇⵔⴰⵏ, ⴰⵎⵎⴰⵙ ⵏ ⴱⵍⴼⴰⵄ",
        "Main avenue, Belfaa town centre",
    ),
    "spaces": [
        (
            T("Salle d'exposition", "قاعة المعارض", "ⴰⵅⵅⴰⵎ ⵏ ⵓⵙⵎⴰⵍ", "Exhibition hall"),
            T(
                "Une grande salle lumineuse pour les expositions de photos, de peintures et d'objets, dont l'exposition sur les parcours migratoires.",
                "قاعة كبيرة ومضيئة لمعارض الصور واللوحات والتحف، ومنها المعرض حول مسارات الهجرة.",
                "ⴰⵅⵅⴰⵎ ⵉⵎⵇⵇⵓⵔⵏ ⵉ ⵓⵙⵎⴰⵍ ⵏ ⵜⵡⵍⴰⴼⵉⵏ ⴷ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ, ⴷ ⵓⵙⵎⴰⵍ ⵅⴼ ⵉⴱⵔⴷⴰⵏ ⵏ ⵉⵎⵉⴳⵔⴰⵏ.",
                "A large, bright hall for exhibitions of photos, paintings and objects, including the exhibition on migration journeys.",
            ),
        ),
        (
            T(
                "Salle de répétition et de théâtre",
                "قاعة التمارين والمسرح",
                "ⴰⵅⵅⴰⵎ ⵏ ⵓⵎⵍⴰⵢ",
                "Rehearsal and theatre room",
            ),
            T(
                "Une scène et 80 places pour le théâtre-action, la musique et la danse.",
                "خشبة و80 مقعدا للمسرح التفاعلي والموسيقى والرقص.",
                "ⵢⴰⵏ ⵓⵙⴰⵢⵙ ⴷ ⵓⵏⵙⴰ ⵉ 80 ⵏ ⵎⵉⴷⴷⵏ, ⵉ ⵓⵎⵍⴰⵢ, ⵓⵣⴰⵡⴰⵏ ⴷ ⵓⵀⵉⴷⵓⵙ.",
                "A stage and 80 seats for action theatre, music and dance.",
            ),
        ),
        (
            T("Atelier", "الورشة", "ⴰⵅⵅⴰⵎ ⵏ ⵜⵡⵓⵔⵉ ⵙ ⵓⴼⵓⵙ", "Workshop"),
            T(
                "Des tables et du matériel pour la couture, le dessin, la peinture et les décors de théâtre.",
                "طاولات وأدوات للخياطة والرسم والصباغة وديكورات المسرح.",
                "ⵉⵍⵍⴰⵍⵏ ⵉ ⵓⴳⵏⵏⵓ, ⵓⵙⵓⵏⵓ ⴷ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵓⵎⵍⴰⵢ.",
                "Tables and equipment for sewing, drawing, painting and theatre sets.",
            ),
        ),
        (
            T("Coin médias", "ركن الوسائط", "ⴰⵖⵎⵎⴰⵔ ⵏ ⵉⴷⵍⵉⵙⵏ ⴷ ⵉⴼⵉⵍⵎⵏ", "Media corner"),
            T(
                "Des livres en plusieurs langues et du matériel de tournage que les jeunes peuvent emprunter pour leurs vidéos.",
                "كتب بعدة لغات وأدوات للتصوير يمكن للشباب استعارتها لإنجاز فيديوهاتهم.",
                "ⵉⴷⵍⵉⵙⵏ ⵙ ⵎⵏⵏⴰⵡ ⵜⵓⵜⵍⴰⵢⵉⵏ ⴷ ⵉⵍⵍⴰⵍⵏ ⵏ ⵓⴼⵉⵍⵎ ⵍⵍⵉ ⵣⵎⵔⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴰⴷ ⵜⵏ ⴰⵡⵉⵏ ⵉ ⵉⴼⵉⴷⵢⵓⵜⵏ ⵏⵏⵙⵏ.",
                "Books in several languages and filming equipment that young people can borrow for their videos.",
            ),
        ),
        (
            T("Cour", "الفناء", "ⴰⵙⵓⵔⵉ ⵏ ⴱⵕⵕⴰ", "Courtyard"),
            T(
                "Une cour ombragée pour les fêtes, les repas partagés, les concerts en plein air et les contes du soir.",
                "فناء ظليل للاحتفالات والوجبات المشتركة والحفلات في الهواء الطلق وحكايات المساء.",
                "ⴰⵙⵓⵔⵉ ⵉⵍⴰⵏ ⵜⵉⵍⵉ ⵉ ⵜⵎⵖⵔⵉⵡⵉⵏ, ⵉⵎⵏⵙⵉ ⵏ ⵎⴰⵕⵕⴰ, ⴰⵣⴰⵡⴰⵏ ⴷ ⵜⵏⴼⵓⵙⵉⵏ.",
                "A shaded courtyard for celebrations, shared meals, open-air concerts and evening storytelling.",
            ),
        ),
    ],
    "hours": [(MONDAY_FRIDAY, "09:00", "18:00"), (SATURDAY, "10:00", "18:00")],
    "image": "creation-house",
    "body": [
        (
            "heading",
            T("Ce qui s'y passe", "ما يجري فيها", "ⵎⴰⴷ ⵉⵜⵜⵉⵍⵉⵏ ⴳⵉⵙ", "What happens here"),
        ),
        (
            "paragraph",
            T(
                "La maison offre des espaces d'expression et de rencontre interculturelle. Elle accueille les forums ouverts des jeunes, les ateliers du salon « Belfaa accueille l'Afrique », les projections du film « Le vivre ensemble » et l'exposition sur les parcours migratoires des nouveaux habitants.",
                "توفر الدار فضاءات للتعبير واللقاء بين الثقافات. وتحتضن المنتديات المفتوحة للشباب، وورشات معرض «بلفاع تستقبل إفريقيا»، وعروض فيلم «العيش المشترك»، والمعرض حول مسارات الهجرة للسكان الجدد.",
                "ⵜⴰⴷⴷⴰⵔⵜ ⴰⴷ ⵜⴼⴽⴰ ⵉⵙⵓⵔⴰ ⵏ ⵓⵙⵙⴼⵔⵓ ⴷ ⵓⵎⵢⴰⴳⴰⵔ. ⴳⵉⵙ ⴰⵢ ⵜⵜⵉⵍⵉⵏ ⵉⵎⵓⴳⴰⵔⵏ ⵉⵕⵥⵎⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ, ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⵏ «ⴱⵍⴼⴰⵄ ⵜⵙⵏⵓⴱⴳ ⵜⴰⴼⵔⵉⵇⵢⴰ», ⴰⴼⵉⵍⵎ «ⴰⵎⵓⴷⴷⵓⵔ ⴰⴽⴷ ⵡⴰⵢⵢⴰⴹ» ⴷ ⵓⵙⵎⴰⵍ ⵅⴼ ⵉⴱⵔⴷⴰⵏ ⵏ ⵉⵎⵣⴷⴰⵖ ⵉⵎⴰⵢⵏⵓⵜⵏ.",
                'The house offers spaces for expression and intercultural encounters. It hosts the youth open forums, the workshops of the "Belfaa welcomes Africa" fair, screenings of the film "Living Together" and the exhibition on the migration journeys of new residents.',
            ),
        ),
        (
            "list",
            [
                T(
                    "Théâtre-action : les habitants jouent des scènes de la vie quotidienne et cherchent ensemble d'autres façons d'agir.",
                    "المسرح التفاعلي: يؤدي السكان مشاهد من الحياة اليومية ويبحثون معا عن طرق أخرى للتصرف.",
                    "ⴰⵎⵍⴰⵢ ⵏ ⵜⵉⴳⴰⵡⵜ: ⵉⵎⵣⴷⴰⵖ ⴰⵔ ⵓⵔⴰⵔⵏ ⵜⵓⴷⵔⵜ ⵏ ⴽⵓ ⴰⵙⵙ, ⴰⵔ ⵙⵉⴳⴳⵉⵍⵏ ⵎⴰⵕⵕⴰ ⵉⴱⵔⴷⴰⵏ ⵢⴰⴹⵏⵉⵏ.",
                    "Action theatre: residents act out scenes from daily life and look together for other ways to act.",
                ),
                T(
                    "Ateliers d'écriture, de musique et de danse, le mercredi et le samedi.",
                    "ورشات للكتابة والموسيقى والرقص، يومي الأربعاء والسبت.",
                    "ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⵏ ⵜⵉⵔⵔⴰ, ⵓⵣⴰⵡⴰⵏ ⴷ ⵓⵀⵉⴷⵓⵙ, ⴳ ⵓⴽⵡⴰⵙ ⴷ ⵓⵙⵉⴹⵢⴰⵙ.",
                    "Writing, music and dance workshops on Wednesdays and Saturdays.",
                ),
                T(
                    "Prêt des salles aux associations et aux groupes de jeunes, sur simple demande.",
                    "إعارة القاعات للجمعيات ومجموعات الشباب بمجرد طلب بسيط.",
                    "ⵜⵉⵎⵓⵏⵉⵏ ⴷ ⵉⵔⴰⴱⴱⵓⵜⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵣⵎⵔⵏ ⴰⴷ ⵙⵙⵎⵔⵙⵏ ⵉⵅⵅⴰⵎⵏ, ⵙ ⵢⴰⵏ ⵓⵙⵓⵜⵔ.",
                    "Rooms lent to associations and youth groups on simple request.",
                ),
            ],
        ),
        (
            "cta",
            {
                "title": T(
                    "Un projet à proposer ?",
                    "هل لديكم مشروع تقترحونه؟",
                    "ⵉⵙ ⵖⵓⵔⴽ ⵢⴰⵏ ⵓⵙⵏⴼⴰⵔ?",
                    "Got a project idea?",
                ),
                "text": T(
                    "Les jeunes peuvent présenter leurs idées au prochain forum ouvert.",
                    "يمكن للشباب تقديم أفكارهم في المنتدى المفتوح المقبل.",
                    "ⵉⵏⴰⵢⵍⵉⵍⵏ ⵣⵎⵔⵏ ⴰⴷ ⵙⵙⵓⵎⵓⵏ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ ⵏⵏⵙⵏ ⴳ ⵓⵎⵓⴳⴰⵔ ⵉⵕⵥⵎⵏ ⵉⴷ ⵉⵜⵜⴰⵙⵏ.",
                    "Young people can present their ideas at the next open forum.",
                ),
                "label": T(
                    "Proposer un projet",
                    "اقترحوا مشروعًا",
                    "ⵙⵓⵎⵔ ⵢⴰⵏ ⵓⵙⵏⴼⴰⵔ",
                    "Propose a project",
                ),
                "view": "proposals:submit",
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Partners.
# ---------------------------------------------------------------------------------------------

MOROCCO = T("Maroc", "المغرب", "ⵍⵎⵖⵔⵉⴱ", "Morocco")
BELGIUM = T("Belgique", "بلجيكا", "ⴱⵍⵊⵉⴽⴰ", "Belgium")

PARTNERS = {
    "slug": "partenaires",
    "title": T("Nos partenaires", "شركاؤنا", "ⵉⵎⴷⵓⴽⴽⴰⵍ ⵏⵏⵖ", "Our partners"),
    "intro": T(
        "La commune de Belfaa agit avec des associations locales, des associations de la diaspora, des programmes de coopération, des institutions de santé et sa commune jumelle de Jette.",
        "تعمل جماعة بلفاع مع جمعيات محلية، وجمعيات من مغاربة العالم، وبرامج للتعاون، ومؤسسات صحية، ومع الجماعة التوأم جيت.",
        "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⴱⵍⴼⴰⵄ ⴰⵔ ⵜⵙⵡⵓⵔⵓⵢ ⴰⴽⴷ ⵜⵎⵓⵏⵉⵏ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⵜⵉⵎⵓⵏⵉⵏ ⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵉⵣⴷⵖⵏ ⴳ ⴱⵕⵕⴰ, ⵉⵖⴰⵡⴰⵙⵏ, ⵜⵉⵙⵓⴷⵙⵉⵏ ⵏ ⵜⴷⵓⵙⵉ ⴷ ⵜⵎⵙⵎⵓⵏⵜ ⵜⴰⴽⵏⵉⵡⵜ ⵏⵏⵙ ⵊⵉⵜ.",
        "The commune of Belfaa works with local associations, diaspora associations, cooperation programmes, health institutions and its twin commune, Jette.",
    ),
    "partners": [
        {
            "name": T(
                "Association Taqaddoum Belfaa pour le sport",
                "جمعية تقدم بلفاع للرياضة",
                "ⵜⴰⵎⵓⵏⵜ ⵜⴰⵇⴰⴷⴷⵓⵎ ⴱⵍⴼⴰⵄ ⵉ ⵓⵔⴰⵔ",
                "Taqaddoum Belfaa Sports Association",
            ),
            "kind": "local_association",
            "country": MOROCCO,
            "description": T(
                "Dès 2018, elle a soutenu la pétition des jeunes pour un terrain de sport de proximité. Elle anime aujourd'hui le terrain avec les autres associations.",
                "منذ سنة 2018، ساندت عريضة الشباب من أجل ملعب رياضي للقرب. وهي اليوم تنشّط الملعب إلى جانب الجمعيات الأخرى.",
                "ⵙⴳ 2018, ⵜⵄⴰⵡⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵍⵍⵉ ⵉⵔⴰⵏ ⴰⵏⵔⴰⵔ. ⴰⵙⵙⴰ, ⴰⵔ ⵜⵙⵙⵓⴷⵓⵙ ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⴳ ⵓⵏⵔⴰⵔ ⴰⴽⴷ ⵜⵎⵓⵏⵉⵏ ⵢⴰⴹⵏⵉⵏ.",
                "Since 2018 it has backed the young people's petition for a local sports ground. Today it runs activities on the ground with the other associations.",
            ),
            "url": "",
        },
        {
            "name": T("Association Anaruz", "جمعية أناروز", "ⵜⴰⵎⵓⵏⵜ ⴰⵏⴰⵔⵓⵣ", "Anaruz Association"),
            "kind": "local_association",
            "country": MOROCCO,
            "description": T(
                "Association locale active dans les domaines social et sanitaire, elle contribue fortement à l'animation du terrain de football et de ses rencontres interculturelles.",
                "جمعية محلية تنشط في المجالين الاجتماعي والصحي، وتساهم بقوة في تنشيط ملعب كرة القدم ولقاءاته بين الثقافات.",
                "ⵜⴰⵎⵓⵏⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵜⵙⵡⵓⵔⵓⵢ ⴳ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵜⵉⵏⴰⵎⵓⵏⵉⵏ ⴷ ⵜⴷⵓⵙⵉ. ⴰⵔ ⵜⵙⵙⵓⴷⵓⵙ ⵉⵎⵢⴰⴳⴰⵔⵏ ⴳ ⵓⵏⵔⴰⵔ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ.",
                "A local association working in social and health fields, it plays a major part in running the football ground and its intercultural meetings.",
            ),
            "url": "",
        },
        {
            "name": T(
                "Coopération et Solidarité (Solidarietà e Cooperazione)",
                "جمعية التعاون والتضامن",
                "ⵜⴰⵎⵓⵏⵜ ⵏ ⵓⵎⵢⴰⵡⴰⵙ ⴷ ⵜⵡⵉⵙⵉ",
                "Cooperation and Solidarity (Solidarietà e Cooperazione)",
            ),
            "kind": "diaspora_association",
            "country": T("Italie", "إيطاليا", "ⵉⵟⴰⵍⵢⴰ", "Italy"),
            "description": T(
                "Association de la diaspora installée en Italie, elle a porté le projet du terrain de sport de Belfaa dans une démarche de co-développement.",
                "جمعية لمغاربة العالم مقرها بإيطاليا، حملت مشروع الملعب الرياضي لبلفاع في إطار مقاربة للتنمية المشتركة.",
                "ⵜⴰⵎⵓⵏⵜ ⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵉⵣⴷⵖⵏ ⴳ ⵉⵟⴰⵍⵢⴰ. ⵜⵙⵙⵏⵜⴰ ⴰⵙⵏⴼⴰⵔ ⵏ ⵓⵏⵔⴰⵔ ⵏ ⴱⵍⴼⴰⵄ.",
                "A diaspora association based in Italy, it led the Belfaa sports ground project as a co-development initiative.",
            ),
            "url": "",
        },
        {
            "name": T("Association Khamsa", "جمعية خمسة", "ⵜⴰⵎⵓⵏⵜ ⵅⴰⵎⵙⴰ", "Khamsa Association"),
            "kind": "diaspora_association",
            "country": T("France", "فرنسا", "ⴼⵔⴰⵏⵙⴰ", "France"),
            "description": T(
                "Association de la diaspora installée en France, elle conduit le projet « 1000 premiers jours de l'enfant » avec les professionnels de santé et les familles de Belfaa.",
                "جمعية لمغاربة العالم مقرها بفرنسا، تقود مشروع «الألف يوم الأولى من حياة الطفل» مع مهنيي الصحة وأسر بلفاع.",
                "ⵜⴰⵎⵓⵏⵜ ⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵉⵣⴷⵖⵏ ⴳ ⴼⵔⴰⵏⵙⴰ. ⵜⵙⵙⵏⵜⴰ ⴰⵙⵏⴼⴰⵔ «1000 ⵏ ⵡⵓⵙⵙⴰⵏ ⵉⵎⵣⵡⵓⵔⴰ ⵏ ⵓⵔⴱⴰ» ⴰⴽⴷ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵜⴷⵓⵙⵉ ⴷ ⵜⵡⵊⵉⵡⵉⵏ.",
                "A diaspora association based in France, it runs the \"Child's first 1000 days\" project with health professionals and Belfaa's families.",
            ),
            "url": "",
        },
        {
            "name": T(
                "Programme PRIM (Programme régional des initiatives en matière de migration)",
                "برنامج PRIM (البرنامج الجهوي للمبادرات في مجال الهجرة)",
                "ⴰⵖⴰⵡⴰⵙ PRIM (ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵎⵏⴰⴹⵜ ⵅⴼ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵉⵎⵉⴳⵔⴰⵏ)",
                "PRIM programme (Regional programme of initiatives on migration)",
            ),
            "kind": "programme",
            "country": MOROCCO,
            "description": T(
                "Il a financé la fin des travaux du terrain de sport, soutenu le projet « 1000 premiers jours de l'enfant » et aidé la commune à intégrer pour la première fois la migration dans son plan d'action communal.",
                "موّل استكمال أشغال الملعب الرياضي، ودعم مشروع «الألف يوم الأولى من حياة الطفل»، وساعد الجماعة على إدماج الهجرة لأول مرة في برنامج عملها.",
                "ⵉⴼⴽⴰ ⵉⵇⵔⵉⴹⵏ ⵉ ⵓⵏⵔⴰⵔ ⴷ ⵓⵙⵏⴼⴰⵔ «1000 ⵏ ⵡⵓⵙⵙⴰⵏ ⵉⵎⵣⵡⵓⵔⴰ ⵏ ⵓⵔⴱⴰ». ⵉⵄⴰⵡⵏ ⵜⴰⵎⵙⵎⵓⵏⵜ ⴰⴷ ⵜⵙⴽⵛⵎ ⵉⵎⵉⴳⵔⴰⵏ ⴳ ⵓⵖⴰⵡⴰⵙ ⵏⵏⵙ.",
                'It funded the completion of the sports ground, supported the "Child\'s first 1000 days" project and helped the commune include migration in its communal action plan for the first time.',
            ),
            "url": "",
        },
        {
            "name": T("Commune de Jette", "جماعة جيت", "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⵊⵉⵜ", "Municipality of Jette"),
            "kind": "twin_commune",
            "country": BELGIUM,
            "description": T(
                "Commune de la Région de Bruxelles-Capitale jumelée avec Belfaa. Ses services et ses élus échangent avec ceux de Belfaa sur l'action sociale et la participation des habitants.",
                "جماعة من جهة بروكسيل العاصمة مرتبطة بتوأمة مع بلفاع. تتبادل مصالحها ومنتخبوها التجارب مع نظرائهم في بلفاع حول العمل الاجتماعي ومشاركة الساكنة.",
                "ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⴰⴽⵏⵉⵡⵜ ⵏ ⴱⵍⴼⴰⵄ, ⴳ ⴱⵔⵓⴽⵙⵉⵍ. ⴰⵔ ⵎⵢⴰⵡⴰⵙⵏⵜ ⵙⵏⴰⵜ ⵜⵎⵙⵎⵓⵏⵉⵏ ⴳ ⵜⵡⵓⵔⵉ ⵜⴰⵏⴰⵎⵓⵏⵜ ⴷ ⵓⵙⵙⴽⵛⵎ ⵏ ⵉⵎⵣⴷⴰⵖ.",
                "A commune of the Brussels-Capital Region twinned with Belfaa. Its staff and elected officials exchange with Belfaa's on social action and residents' participation.",
            ),
            "url": "https://www.jette.brussels",
        },
        {
            "name": T(
                "Brulocalis, Association de la Ville et des Communes de la Région de Bruxelles-Capitale",
                "برولوكاليس، جمعية مدينة وجماعات جهة بروكسيل العاصمة",
                "ⴱⵔⵓⵍⵓⴽⴰⵍⵉⵙ, ⵜⴰⵎⵓⵏⵜ ⵏ ⵜⵎⴷⵉⵏⵜ ⴷ ⵜⵎⵙⵎⵓⵏⵉⵏ ⵏ ⴱⵔⵓⴽⵙⵉⵍ",
                "Brulocalis, Association of the City and Municipalities of the Brussels-Capital Region",
            ),
            "kind": "institution",
            "country": BELGIUM,
            "description": T(
                "Elle coordonne le programme CIC à Bruxelles, met les communes en réseau, fait connaître leurs bonnes pratiques et promeut les valeurs d'une ville durable.",
                "تنسق برنامج CIC ببروكسيل، وتربط الجماعات في شبكة، وتعرّف بممارساتها الجيدة، وتنهض بقيم المدينة المستدامة.",
                "ⴰⵔ ⵜⵙⵙⵓⴷⵓⵙ ⴰⵖⴰⵡⴰⵙ CIC ⴳ ⴱⵔⵓⴽⵙⵉⵍ, ⴰⵔ ⵜⵙⵎⵓⵏ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ, ⴰⵔ ⵜⵙⵙⵎⴰⵍ ⵜⵉⵔⵎⵉⵜⵉⵏ ⵏⵏⵙⵏⵜ ⵉⵖⵓⴷⴰⵏ.",
                "It coordinates the CIC programme in Brussels, networks the municipalities, showcases their good practices and promotes the values of a sustainable city.",
            ),
            "url": "https://www.brulocalis.brussels",
        },
        {
            "name": T(
                "Programme de Coopération Internationale Communale (CIC)",
                "برنامج التعاون الدولي الجماعي (CIC)",
                "ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⵎⵢⴰⵡⴰⵙ ⴳⵔ ⵜⵎⵙⵎⵓⵏⵉⵏ (CIC)",
                "Municipal International Cooperation programme (CIC)",
            ),
            "kind": "programme",
            "country": BELGIUM,
            "description": T(
                "Programme de la coopération belge qui soutient des partenariats entre communes belges et communes du Sud. Il a permis de construire le centre d'écoute en 2021 et soutient le partenariat Belfaa – Jette.",
                "برنامج للتعاون البلجيكي يدعم الشراكات بين جماعات بلجيكية وجماعات من بلدان الجنوب. بفضله بُني مركز الاستماع سنة 2021، وهو يدعم شراكة بلفاع – جيت.",
                "ⴰⵖⴰⵡⴰⵙ ⵏ ⴱⵍⵊⵉⴽⴰ ⵉⵙⵎⵓⵏⵏ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⵏ ⴱⵍⵊⵉⴽⴰ ⴷ ⵜⵎⵙⵎⵓⵏⵉⵏ ⵏ ⵉⴼⴼⵓⵙ. ⵙ ⵓⵎⵢⴰⵡⴰⵙ ⵏⵏⵙ ⴰⵢ ⵉⵜⵜⵓⴱⵏⴰ ⵓⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ ⴳ 2021.",
                "A Belgian cooperation programme that supports partnerships between Belgian municipalities and municipalities in the South. It made it possible to build the listening centre in 2021 and supports the Belfaa – Jette partnership.",
            ),
            "url": "",
        },
        {
            "name": T(
                "Centres de santé de la commune",
                "المراكز الصحية بالجماعة",
                "ⵉⵏⵙⵉⵜⵏ ⵏ ⵜⴷⵓⵙⵉ ⵏ ⵜⵎⵙⵎⵓⵏⵜ",
                "The commune's health centres",
            ),
            "kind": "institution",
            "country": MOROCCO,
            "description": T(
                "Les centres de santé publics assurent les soins de base et le suivi des mères et des bébés. Le bureau des migrants et le centre d'écoute y orientent les personnes qu'ils accompagnent.",
                "تقدم المراكز الصحية العمومية العلاجات الأساسية وتتبع صحة الأمهات والرضع. ويوجه إليها مكتب المهاجرين ومركز الاستماع الأشخاص الذين يواكبونهم.",
                "ⴰⵔ ⴷⴰⵡⴰⵏ ⵉⵎⵣⴷⴰⵖ, ⵜⵉⵎⵖⴰⵔⵉⵏ ⴷ ⵜⴰⵔⵡⴰ ⵏⵏⵙⵏⵜ ⵉⵎⵥⵥⵢⴰⵏⵏ. ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏⵏⵖ ⴰⵔ ⵙⵔⵙⵏ ⵙⵏⵎⴰⵍⵏ ⵎⵉⴷⴷⵏ.",
                "Public health centres provide basic care and follow up mothers and babies. The migrant office and the listening centre refer the people they support to them.",
            ),
            "url": "",
        },
        {
            "name": T(
                "Hôpital provincial", "المستشفى الإقليمي", "ⴰⵙⴳⵏⴰⴼ ⵏ ⵜⵙⴳⴰ", "Provincial hospital"
            ),
            "kind": "institution",
            "country": MOROCCO,
            "description": T(
                "Il prend le relais pour les urgences, les accouchements et les soins spécialisés, en coordination avec le bureau des migrants et le centre d'écoute.",
                "يتكفل بالمستعجلات والولادات والعلاجات المتخصصة، بتنسيق مع مكتب المهاجرين ومركز الاستماع.",
                "ⴰⵔ ⵉⵜⵜⴰⵎⵥ ⵉⵎⵓⴹⴰⵏ ⵉⵎⵇⵇⵓⵔⵏ ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵔⴰⵊⴰⵏ ⵜⴰⵔⵡⴰ, ⴰⴽⴷ ⵓⵙⵏⵙⵓ ⵏ ⵉⵎⵉⴳⵔⴰⵏ ⴷ ⵓⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ.",
                "It takes over for emergencies, childbirth and specialist care, in coordination with the migrant office and the listening centre.",
            ),
            "url": "",
        },
    ],
}


# ---------------------------------------------------------------------------------------------
# Results.
# ---------------------------------------------------------------------------------------------

RESULTS = {
    "slug": "resultats",
    "title": T(
        "Résultats du partenariat",
        "نتائج الشراكة",
        "ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵜ",
        "Partnership results",
    ),
    "intro": T(
        "Ce que le partenariat Belfaa – Jette veut atteindre d'ici fin 2026, et comment nous mesurons le chemin parcouru.",
        "ما تسعى شراكة بلفاع – جيت إلى تحقيقه في أفق نهاية 2026، وكيف نقيس الطريق الذي قطعناه.",
        "ⵎⴰⴷ ⵜⵔⴰ ⵜⵎⵢⴰⵡⴰⵙⵜ ⴱⵍⴼⴰⵄ – ⵊⵉⵜ ⴰⴷ ⵜⵍⴽⵎ ⴳ 2026, ⴷ ⵎⴰⵎⴽ ⵏⵙⵙⵏ ⴰⴱⵔⵉⴷ ⵍⵍⵉ ⵉⵣⵔⵉⵏ.",
        "What the Belfaa – Jette partnership aims to achieve by the end of 2026, and how we measure the progress made.",
    ),
    "body": [
        ("heading", T("L'objectif", "الهدف", "ⴰⵏⵙⴰⵢ", "The goal")),
        ("paragraph", OBJECTIVE_2026),
        (
            "heading",
            T(
                "Nos cibles chiffrées",
                "أهدافنا بالأرقام",
                "ⵉⵏⵙⴰⵢⵏ ⵏⵏⵖ ⵙ ⵉⵎⴹⴰⵏ",
                "Our targets in figures",
            ),
        ),
        (
            "list",
            [
                T(
                    "Femmes victimes de violence suivies par le centre d'écoute : 150 sur les cinq ans du programme.",
                    "النساء ضحايا العنف اللواتي يتابعهن مركز الاستماع: 150 امرأة على مدى السنوات الخمس للبرنامج.",
                    "ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵢⵓⵜⵜⵏ ⴳ ⵓⵏⵙⴰ ⵏ ⵓⵙⴼⵍⴷ: 150 ⴳ 5 ⵉⵙⵓⴳⴳⵯⴰⵙ.",
                    "Women victims of violence followed by the listening centre: 150 over the programme's five years.",
                ),
                T(
                    "Jeunes porteurs d'un handicap qui participent aux projets soutenus : 43 jeunes femmes et 51 jeunes hommes par an.",
                    "الشباب في وضعية إعاقة المشاركون في المشاريع المدعومة: 43 شابة و51 شابا في السنة.",
                    "ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ ⵉⴽⴽⴰⵏ ⴳ ⵉⵙⵏⴼⴰⵔⵏ: 43 ⵏ ⵜⵏⴰⵢⵍⵉⵍⵉⵏ ⴷ 51 ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴳ ⵓⵙⴳⴳⵯⴰⵙ.",
                    "Young people with disabilities taking part in the supported projects: 43 young women and 51 young men a year.",
                ),
                T(
                    "Migrants africains qui participent aux réunions d'information de la commune : 6 femmes et 46 hommes par an.",
                    "المهاجرون الأفارقة المشاركون في اللقاءات الإخبارية للجماعة: 6 نساء و46 رجلا في السنة.",
                    "ⵉⵎⵉⴳⵔⴰⵏ ⵏ ⵜⴼⵔⵉⵇⵢⴰ ⵉⴽⴽⴰⵏ ⴳ ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏ ⵉⵙⴰⵍⵍⵏ: 6 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴷ 46 ⵏ ⵉⵔⴳⴰⵣⵏ ⴳ ⵓⵙⴳⴳⵯⴰⵙ.",
                    "African migrants attending the commune's information meetings: 6 women and 46 men a year.",
                ),
            ],
        ),
        (
            "heading",
            T(
                "Comment nous publions les chiffres",
                "كيف ننشر الأرقام",
                "ⵎⴰⵎⴽ ⵏⵙⵙⵓⴼⵓⵖ ⵉⵎⴹⴰⵏ",
                "How we publish the figures",
            ),
        ),
        (
            "paragraph",
            T(
                "Les chiffres viennent des registres des services et des feuilles de présence des réunions. Ils sont publiés uniquement sous forme de totaux, par sexe et par année. Quand un total est trop petit, il est masqué, pour que personne ne puisse être reconnu.",
                "تأتي الأرقام من سجلات المصالح ولوائح الحضور في اللقاءات. ولا تُنشر إلا في شكل مجاميع حسب الجنس والسنة. وعندما يكون المجموع صغيرا جدا، يتم إخفاؤه حتى لا يمكن التعرف على أي شخص.",
                "ⵉⵎⴹⴰⵏ ⴷ ⵢⵓⵛⴽⴰⵏ ⵙⴳ ⵜⵏⴰⴼⵓⵜⵉⵏ ⴷ ⵉⵎⵢⴰⴳⴰⵔⵏ. ⴰⵔ ⵜⵏ ⵏⵙⵙⵓⴼⵓⵖ ⵖⴰⵙ ⵙ ⵓⵎⴹⴰⵏ ⴰⵎⵇⵔⴰⵏ, ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴷ ⵉⵔⴳⴰⵣⵏ, ⴽⵓ ⴰⵙⴳⴳⵯⴰⵙ. ⵉⴳ ⵉⴷⵔⵓ ⵓⵎⴹⴰⵏ ⴱⴰⵀⵔⴰ, ⵓⵔ ⵜ ⵏⵙⵙⵎⴰⵍ, ⴰⴼⴰⴷ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏ ⵢⴰⵏ.",
                "The figures come from the services' records and the attendance sheets of meetings. They are published only as totals, by sex and by year. When a total is too small, it is hidden so that no one can be identified.",
            ),
        ),
        (
            "paragraph",
            T(
                "Les chiffres de chaque année sont publiés sur cette page après leur validation par le comité de pilotage du partenariat.",
                "تُنشر أرقام كل سنة على هذه الصفحة بعد المصادقة عليها من طرف لجنة قيادة الشراكة.",
                "ⵉⵎⴹⴰⵏ ⵏ ⴽⵓ ⴰⵙⴳⴳⵯⴰⵙ ⴰⵔ ⵜⵜⵓⵙⵙⵓⴼⵓⵖⵏ ⴳ ⵜⵙⵏⴰ ⴰⴷ, ⴼⴼⵉⵔ ⵏ ⵓⵎⵢⴰⴳⴰⵔ ⵏ ⵉⵎⴷⵓⴽⴽⴰⵍ.",
                "Each year's figures are published on this page once the partnership's steering committee has validated them.",
            ),
        ),
        (
            "cta",
            {
                "title": T(
                    "Les projets sur le terrain",
                    "المشاريع في الميدان",
                    "ⵉⵙⵏⴼⴰⵔⵏ ⴳ ⵡⴰⴽⴰⵍ",
                    "Projects on the ground",
                ),
                "text": T(
                    "Suivez l'avancement de chaque projet, étape par étape.",
                    "تابعوا تقدم كل مشروع، مرحلة بمرحلة.",
                    "ⴹⴼⵕ ⴽⵓ ⴰⵙⵏⴼⴰⵔ, ⴰⵙⵓⵔⵉⴼ ⵙ ⵓⵙⵓⵔⵉⴼ.",
                    "Follow the progress of each project, step by step.",
                ),
                "label": T(
                    "Voir les projets", "اطلعوا على المشاريع", "ⵥⵕ ⵉⵙⵏⴼⴰⵔⵏ", "See the projects"
                ),
                "link": "projets",
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Projects.
# ---------------------------------------------------------------------------------------------

SEE_AGENDA = T("Voir l'agenda", "اطلعوا على المفكرة", "ⵥⵕ ⵜⵉⵎⵙⴰⵔⵉⵏ", "See the events")

PROJECTS = [
    {
        "slug": "plantation-toulaasri",
        "theme": "environment",
        "status": "in_progress",
        "progress": 60,
        "start_days_from_today": -420,
        "image": "toulaasri",
        "title": T(
            "Plantation de figuiers de Barbarie à Toulaasri",
            "غرس التين الشوكي بدوار تولعسري",
            "ⴰⵥⵥⵓ ⵏ ⵓⴽⵔⵎⵓⵙ ⴳ ⵜⵓⵍⵄⵙⵔⵉ",
            "Prickly pear plantation in Toulaasri",
        ),
        "intro": T(
            "Dans le douar de Toulaasri, des familles d'éleveurs plantent des figuiers de Barbarie pour protéger les sols, nourrir le bétail en saison sèche et créer un revenu pour les femmes.",
            "في دوار تولعسري، تغرس أسر مربي الماشية التين الشوكي لحماية التربة، وتوفير العلف للماشية في موسم الجفاف، وخلق دخل للنساء.",
            "ⴳ ⵜⵓⵍⵄⵙⵔⵉ, ⵜⵉⵡⵊⵉⵡⵉⵏ ⵏ ⵉⵎⴽⵙⴰⵡⵏ ⴰⵔ ⵥⵥⵓⵏⵜ ⴰⴽⵔⵎⵓⵙ. ⴰⵔ ⵉⵃⴹⵓ ⴰⴽⴰⵍ, ⴰⵔ ⵉⵜⵜⴰⴽⴽⴰ ⵎⴰⴷ ⵛⵜⵜⴰⵏ ⵡⵓⵍⵍⵉ ⴳ ⵓⵏⴱⴷⵓ, ⴰⵔ ⵉⵜⵜⴰⴽⴽⴰ ⵉⵇⵔⵉⴹⵏ ⵉ ⵜⵎⵖⴰⵔⵉⵏ.",
            "In the douar of Toulaasri, herding families are planting prickly pear cactus to protect the soil, feed livestock in the dry season and create an income for women.",
        ),
        "body": [
            (
                "heading",
                T("Pourquoi ce projet", "لماذا هذا المشروع", "ⵎⴰⵖⴼ ⴰⵙⵏⴼⴰⵔ ⴰⴷ", "Why this project"),
            ),
            (
                "paragraph",
                T(
                    "Les habitants de Toulaasri vivent surtout de l'élevage. Avec les sécheresses répétées, les pâturages s'appauvrissent. Le figuier de Barbarie résiste au manque d'eau, retient la terre et nourrit les bêtes ; ses fruits se vendent et se transforment.",
                    "يعيش سكان تولعسري أساسا من تربية الماشية. ومع توالي سنوات الجفاف، تتدهور المراعي. والتين الشوكي يقاوم قلة الماء، ويثبت التربة، ويغذي الماشية، كما تُباع ثماره وتُحوَّل.",
                    "ⵉⵎⵣⴷⴰⵖ ⵏ ⵜⵓⵍⵄⵙⵔⵉ ⴰⵔ ⵜⵜⴷⴷⵔⵏ ⵙ ⵓⴽⵙⴰ. ⴰⵏⵣⵡⵉ ⵉⵏⴼⵍ, ⴰⵎⴰⵏ ⵉⴷⵔⵓ. ⴰⴽⵔⵎⵓⵙ ⵓⵔ ⵉⵔⵉ ⴰⵎⴰⵏ ⴱⴰⵀⵔⴰ, ⴰⵔ ⵉⵃⴹⵓ ⴰⴽⴰⵍ, ⴰⵔ ⵉⵜⵜⴰⴽⴽⴰ ⵎⴰⴷ ⵛⵜⵜⴰⵏ ⵡⵓⵍⵍⵉ. ⴰⴳⵎⵎⵓⴹ ⵏⵏⵙ ⵉⵜⵜⵓⵙⵏⵣⴰ.",
                    "The people of Toulaasri live mainly from livestock. With repeated droughts, pastures are getting poorer. Prickly pear withstands lack of water, holds the soil and feeds the animals; its fruit can be sold and processed.",
                ),
            ),
            (
                "heading",
                T(
                    "Les femmes au cœur du projet",
                    "النساء في قلب المشروع",
                    "ⵜⵉⵎⵖⴰⵔⵉⵏ ⴳ ⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ",
                    "Women at the heart of the project",
                ),
            ),
            (
                "paragraph",
                T(
                    "Le projet offre aux femmes du douar l'occasion de devenir actrices du développement de leur territoire : elles participent aux choix, apprennent l'entretien des plants et la transformation des fruits, et s'organisent pour vendre ensemble.",
                    "يمنح المشروع نساء الدوار فرصة ليصبحن فاعلات في تنمية مجالهن: يشاركن في القرارات، ويتعلمن العناية بالشتلات وتحويل الثمار، وينتظمن للبيع بشكل جماعي.",
                    "ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏ ⵓⴷⵡⴰⵔ ⴰⵔ ⵜⵜⴽⴽⵉⵏⵜ ⴳ ⵓⵙⵏⴼⴰⵔ. ⴰⵔ ⵍⵎⵎⴰⴷⵏⵜ ⵎⴰⵎⴽ ⴰⴷ ⵃⴹⵓⵏⵜ ⴰⴽⵔⵎⵓⵙ ⴷ ⵎⴰⵎⴽ ⴰⴷ ⵙⵏⴼⵍⵏⵜ ⴰⴳⵎⵎⵓⴹ ⵏⵏⵙ, ⴰⵔ ⵜⵜⵎⵓⵏⵏⵜ ⵉ ⵓⵙⵏⵣⵉ.",
                    "The project gives the douar's women a chance to become actors in the development of their area: they take part in decisions, learn to care for the plants and process the fruit, and organise to sell together.",
                ),
            ),
            (
                "heading",
                T(
                    "Ce qui est fait et ce qui reste à faire",
                    "ما أُنجز وما تبقى",
                    "ⵎⴰⴷ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⴷ ⵎⴰⴷ ⵉⵇⵇⵉⵎⵏ",
                    "Done so far and still to do",
                ),
            ),
            (
                "paragraph",
                T(
                    "Les premières parcelles sont plantées et clôturées. Une deuxième journée de plantation est prévue en fin d'hiver, avec les jeunes de la commune et les habitants du douar.",
                    "تم غرس القطع الأولى وتسييجها. ومن المرتقب تنظيم يوم ثانٍ للغرس في نهاية فصل الشتاء، مع شباب الجماعة وسكان الدوار.",
                    "ⵉⴳⵔⴰⵏ ⵉⵎⵣⵡⵓⵔⴰ ⵜⵜⵓⵥⵥⴰⵏ ⴷ ⵜⵜⵓⵣⵔⴱⵏ. ⴰⵙⵙ ⵡⵉⵙⵙ ⵙⵉⵏ ⵏ ⵓⵥⵥⵓ ⴰⴷ ⵉⵍⵉⵏ ⴳ ⵜⴳⵔⴰ ⵏ ⵜⴳⵔⵙⵜ, ⴰⴽⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴷ ⵉⵎⵣⴷⴰⵖ ⵏ ⵓⴷⵡⴰⵔ.",
                    "The first plots are planted and fenced. A second planting day is planned for the end of winter, with the commune's young people and the douar's residents.",
                ),
            ),
            (
                "cta",
                {
                    "title": T(
                        "Participer à la journée de plantation",
                        "شاركوا في يوم الغرس",
                        "ⴽⴽⵉ ⴳ ⵡⴰⵙⵙ ⵏ ⵓⵥⵥⵓ",
                        "Join the planting day",
                    ),
                    "text": T(
                        "Tout le monde est bienvenu : outils, gants et eau sont fournis.",
                        "الجميع مرحب بهم: الأدوات والقفازات والماء متوفرة.",
                        "ⴰⵏⵙⵓⴼ ⵉ ⴽⵓⵍⵍⵓ. ⵍⵍⴰⵏ ⵉⵍⵍⴰⵍⵏ ⴷ ⵡⴰⵎⴰⵏ.",
                        "Everyone is welcome: tools, gloves and water are provided.",
                    ),
                    "label": SEE_AGENDA,
                    "link": "agenda",
                },
            ),
        ],
        "milestones": [
            (
                T(
                    "Concertation avec les habitants du douar",
                    "التشاور مع سكان الدوار",
                    "ⴰⵎⵙⴰⵡⴰⵍ ⴰⴽⴷ ⵉⵎⵣⴷⴰⵖ ⵏ ⵓⴷⵡⴰⵔ",
                    "Consultation with the douar's residents",
                ),
                -420,
                True,
            ),
            (
                T(
                    "Choix et clôture des parcelles",
                    "اختيار القطع الأرضية وتسييجها",
                    "ⴰⵙⵜⴰⵢ ⴷ ⵓⵣⵔⴱ ⵏ ⵉⴳⵔⴰⵏ",
                    "Choosing and fencing the plots",
                ),
                -380,
                True,
            ),
            (
                T(
                    "Première journée de plantation",
                    "اليوم الأول للغرس",
                    "ⴰⵙⵙ ⴰⵎⵣⵡⴰⵔⵓ ⵏ ⵓⵥⵥⵓ",
                    "First planting day",
                ),
                -350,
                True,
            ),
            (
                T(
                    "Formation des femmes à l'entretien et à la transformation",
                    "تكوين النساء في العناية بالشتلات وتحويل الثمار",
                    "ⴰⵙⵍⵎⴷ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵅⴼ ⵓⴽⵔⵎⵓⵙ",
                    "Training women in plant care and processing",
                ),
                -150,
                True,
            ),
            (
                T(
                    "Deuxième journée de plantation",
                    "اليوم الثاني للغرس",
                    "ⴰⵙⵙ ⵡⵉⵙⵙ ⵙⵉⵏ ⵏ ⵓⵥⵥⵓ",
                    "Second planting day",
                ),
                75,
                False,
            ),
        ],
    },
    {
        "slug": "terrain-de-sport",
        "theme": "sport",
        "status": "completed",
        "progress": 100,
        "start_days_from_today": -3000,
        "image": "football",
        "title": T(
            "Le terrain de sport de Belfaa",
            "الملعب الرياضي لبلفاع",
            "ⴰⵏⵔⴰⵔ ⵏ ⴱⵍⴼⴰⵄ",
            "Belfaa's sports ground",
        ),
        "intro": T(
            "Né en 2018 d'une pétition de jeunes habitants, le terrain de proximité est devenu un lieu de rencontre entre habitants de longue date et nouveaux résidents venus d'autres pays d'Afrique.",
            "وُلد ملعب القرب سنة 2018 من عريضة تقدم بها شباب من الساكنة، وأصبح فضاء للقاء بين السكان القدامى والمقيمين الجدد القادمين من بلدان إفريقية أخرى.",
            "ⴰⵏⵔⴰⵔ ⴰⴷ ⵉⴽⴽⴰ ⴷ ⵙⴳ ⵢⴰⵏ ⵓⵙⵓⵜⵔ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⴳ 2018. ⴰⵙⵙⴰ, ⵉⴳⴰ ⴰⵏⵙⴰ ⵏ ⵓⵎⵢⴰⴳⴰⵔ ⴳⵔ ⵉⵎⵣⴷⴰⵖ ⴷ ⵉⵎⵣⴷⴰⵖ ⵉⵎⴰⵢⵏⵓⵜⵏ ⵏ ⵜⴼⵔⵉⵇⵢⴰ.",
            "Born in 2018 from a petition by young residents, the local sports ground has become a meeting place for long-standing residents and newcomers from other African countries.",
        ),
        "body": [
            (
                "heading",
                T(
                    "Une idée des jeunes",
                    "فكرة من الشباب",
                    "ⵜⴰⵡⵏⴳⵉⵎⵜ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
                    "An idea from young people",
                ),
            ),
            (
                "paragraph",
                T(
                    "En 2018, de jeunes habitantes et habitants de Belfaa ont lancé une pétition pour un terrain de proximité, soutenue dès le départ par l'Association Taqaddoum Belfaa pour le sport. Le conseil communal a adopté le projet et lancé une première phase de travaux.",
                    "في سنة 2018، أطلق شابات وشبان من بلفاع عريضة من أجل ملعب للقرب، ساندتها منذ البداية جمعية تقدم بلفاع للرياضة. وصادق المجلس الجماعي على المشروع وأطلق شطرا أول من الأشغال.",
                    "ⴳ 2018, ⴽⵔⴰ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵏ ⴱⵍⴼⴰⵄ ⵙⵙⵓⵜⵔⵏ ⴰⵏⵔⴰⵔ, ⵜⵄⴰⵡⵏ ⵜⵏ ⵜⵎⵓⵏⵜ ⵜⴰⵇⴰⴷⴷⵓⵎ. ⴰⵙⵇⵇⵉⵎ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵉⵇⴱⵍ ⴰⵙⵏⴼⴰⵔ, ⵉⵙⵙⵏⵜⴰ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ.",
                    "In 2018, young residents of Belfaa launched a petition for a local sports ground, backed from the start by the Taqaddoum Belfaa Sports Association. The commune council adopted the project and launched a first phase of works.",
                ),
            ),
            (
                "heading",
                T(
                    "Un projet porté par la diaspora et le programme PRIM",
                    "مشروع حملته جمعية من مغاربة العالم وبرنامج PRIM",
                    "ⴰⵙⵏⴼⴰⵔ ⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵏ ⴱⵕⵕⴰ ⴷ ⵓⵖⴰⵡⴰⵙ PRIM",
                    "A project led by the diaspora and the PRIM programme",
                ),
            ),
            (
                "paragraph",
                T(
                    "L'association de la diaspora Coopération et Solidarité, installée en Italie, a porté le projet. Le programme PRIM a financé la fin des travaux et l'a inscrit dans la feuille de route communale sur la migration. L'association Anaruz a ensuite rejoint la dynamique pour animer le terrain.",
                    "حملت المشروعَ جمعيةُ التعاون والتضامن لمغاربة العالم المقيمة بإيطاليا. ومول برنامج PRIM استكمال الأشغال وأدرجه في خارطة الطريق الجماعية حول الهجرة. ثم التحقت جمعية أناروز بهذه الدينامية لتنشيط الملعب.",
                    "ⵜⴰⵎⵓⵏⵜ ⵏ ⵓⵎⵢⴰⵡⴰⵙ ⴷ ⵜⵡⵉⵙⵉ, ⴳ ⵉⵟⴰⵍⵢⴰ, ⵜⵙⵙⵏⵜⴰ ⴰⵙⵏⴼⴰⵔ. ⴰⵖⴰⵡⴰⵙ PRIM ⵉⴼⴽⴰ ⵉⵇⵔⵉⴹⵏ ⵉ ⵜⴳⵔⴰ ⵏ ⵜⵡⵓⵔⵉⵡⵉⵏ, ⵉⵙⴽⵛⵎ ⵜ ⴳ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⵅⴼ ⵉⵎⵉⴳⵔⴰⵏ. ⵜⴰⵎⵓⵏⵜ ⴰⵏⴰⵔⵓⵣ ⵜⴽⵛⵎ ⴷ ⴰⴷ ⵜⵙⵙⵓⴷⵙ ⵜⵉⵎⵙⴽⴰⵔⵉⵏ.",
                    "The diaspora association Cooperation and Solidarity, based in Italy, led the project. The PRIM programme funded the completion of the works and included it in the commune's roadmap on migration. The Anaruz association then joined in to run activities on the ground.",
                ),
            ),
            (
                "quote",
                T(
                    "Avant, on jouait sur la piste. Aujourd'hui, le samedi, tout le quartier vient au terrain, et personne ne demande à l'autre d'où il vient.",
                    "في السابق كنا نلعب على الطريق الترابية. اليوم، يوم السبت، يأتي الحي كله إلى الملعب، ولا أحد يسأل الآخر من أين أتى.",
                    "ⵣⵉⴽ, ⴰⵔ ⵏⵜⵜⵓⵔⴰⵔ ⴳ ⵓⴱⵔⵉⴷ. ⴰⵙⵙⴰ, ⴳ ⵓⵙⵉⴹⵢⴰⵙ, ⴰⵔ ⴷ ⵜⵜⴰⵙⵏ ⴽⵓⵍⵍⵓ ⵉⵎⵣⴷⴰⵖ ⵖⵔ ⵓⵏⵔⴰⵔ, ⵓⵔ ⵉⵜⵜⵙⵇⵙⴰ ⵢⴰⵏ ⵡⴰⵢⵢⴰⴹ ⵎⴰⵏⵉ ⴷ ⵢⵓⵛⴽⴰ.",
                    "We used to play on the dirt road. Now, on Saturdays, the whole neighbourhood comes to the ground, and nobody asks anyone where they come from.",
                ),
                T(
                    "Un jeune joueur du quartier",
                    "لاعب شاب من الحي",
                    "ⵢⴰⵏ ⵓⵏⴰⵢⵍⵉⵍ ⵉⵜⵜⵓⵔⴰⵔⵏ ⵜⴰⵛⵓⵕⵜ",
                    "A young player from the neighbourhood",
                ),
            ),
            (
                "heading",
                T(
                    "Le tournoi de football africain",
                    "الدوري الإفريقي لكرة القدم",
                    "ⵜⴰⵎⵓⵏⵉ ⵜⴰⴼⵔⵉⵇⵉⵜ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ",
                    "The African football tournament",
                ),
            ),
            (
                "paragraph",
                T(
                    "Chaque année, le terrain accueille un tournoi de football africain qui réunit des équipes mixtes d'habitants et de nouveaux résidents. Des jeunes du centre d'accueil de jour y participent avec une équipe adaptée.",
                    "يحتضن الملعب كل سنة دوريا إفريقيا لكرة القدم يجمع فرقا مختلطة من السكان والمقيمين الجدد. ويشارك فيه شباب من مركز الاستقبال النهاري بفريق ملائم.",
                    "ⴽⵓ ⴰⵙⴳⴳⵯⴰⵙ, ⴰⵏⵔⴰⵔ ⴰⵔ ⵉⵜⵜⴰⵎⵥ ⵜⴰⵎⵓⵏⵉ ⵜⴰⴼⵔⵉⵇⵉⵜ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ, ⴰⴽⴷ ⵉⵎⵣⴷⴰⵖ ⴷ ⵉⵎⵣⴷⴰⵖ ⵉⵎⴰⵢⵏⵓⵜⵏ. ⴽⴽⵉⵏ ⴳⵉⵙ ⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵏ ⵓⵏⵙⴰ ⵏ ⵓⵙⵏⵓⴱⴳ ⵏ ⵡⴰⵙⵙ.",
                    "Every year, the ground hosts an African football tournament bringing together mixed teams of residents and newcomers. Young people from the day centre take part with an adapted team.",
                ),
            ),
        ],
        "milestones": [
            (
                T(
                    "Pétition des jeunes habitants",
                    "عريضة الشباب",
                    "ⴰⵙⵓⵜⵔ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
                    "Young residents' petition",
                ),
                -3000,
                True,
            ),
            (
                T(
                    "Adoption par le conseil communal et première phase de travaux",
                    "مصادقة المجلس الجماعي والشطر الأول من الأشغال",
                    "ⴰⵙⵇⵇⵉⵎ ⵉⵇⴱⵍ ⴰⵙⵏⴼⴰⵔ, ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵜⵉⵎⵣⵡⵓⵔⴰ",
                    "Approval by the commune council and first phase of works",
                ),
                -2700,
                True,
            ),
            (
                T(
                    "Fin des travaux avec l'appui du programme PRIM",
                    "استكمال الأشغال بدعم من برنامج PRIM",
                    "ⵜⴰⴳⵔⴰ ⵏ ⵜⵡⵓⵔⵉⵡⵉⵏ ⴰⴽⴷ ⵓⵖⴰⵡⴰⵙ PRIM",
                    "Works completed with support from the PRIM programme",
                ),
                -1000,
                True,
            ),
            (
                T(
                    "Premier tournoi de football africain",
                    "الدورة الأولى للدوري الإفريقي لكرة القدم",
                    "ⵜⴰⵎⵓⵏⵉ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ",
                    "First African football tournament",
                ),
                -800,
                True,
            ),
            (
                T(
                    "Tournoi de football africain 2026",
                    "الدوري الإفريقي لكرة القدم 2026",
                    "ⵜⴰⵎⵓⵏⵉ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ 2026",
                    "African football tournament 2026",
                ),
                -58,
                True,
            ),
        ],
    },
    {
        "slug": "1000-premiers-jours",
        "theme": "health",
        "status": "in_progress",
        "progress": 80,
        "start_days_from_today": -800,
        "image": "health",
        "title": T(
            "1000 premiers jours de l'enfant",
            "الألف يوم الأولى من حياة الطفل",
            "1000 ⵏ ⵡⵓⵙⵙⴰⵏ ⵉⵎⵣⵡⵓⵔⴰ ⵏ ⵓⵔⴱⴰ",
            "The child's first 1000 days",
        ),
        "intro": T(
            "De la grossesse aux deux ans de l'enfant, l'association Khamsa renforce les soignants et accompagne les familles, locales comme migrantes, pour un bon départ dans la vie.",
            "من الحمل إلى بلوغ الطفل سنتين، تعزز جمعية خمسة قدرات مهنيي الصحة وتواكب الأسر، المحلية منها والمهاجرة، من أجل انطلاقة جيدة في الحياة.",
            "ⵙⴳ ⵓⵔⵊⵓ ⵏ ⵓⵔⴱⴰ ⴰⵔ ⵙⵉⵏ ⵉⵙⵓⴳⴳⵯⴰⵙ ⵏⵏⵙ, ⵜⴰⵎⵓⵏⵜ ⵅⴰⵎⵙⴰ ⴰⵔ ⵜⵜⵄⴰⵡⴰⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵜⴷⵓⵙⵉ ⴷ ⵜⵡⵊⵉⵡⵉⵏ, ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⴷ ⵉⵎⵉⴳⵔⴰⵏ.",
            "From pregnancy until the child turns two, the Khamsa association strengthens health workers and supports families, local and migrant alike, for a good start in life.",
        ),
        "body": [
            (
                "heading",
                T(
                    "Pourquoi les 1000 premiers jours",
                    "لماذا الألف يوم الأولى",
                    "ⵎⴰⵖⴼ 1000 ⵏ ⵡⵓⵙⵙⴰⵏ ⵉⵎⵣⵡⵓⵔⴰ",
                    "Why the first 1000 days",
                ),
            ),
            (
                "paragraph",
                T(
                    "Les 1000 jours qui vont du début de la grossesse aux deux ans de l'enfant comptent beaucoup pour sa santé et son développement. Des soins précoces et des parents bien informés font une vraie différence.",
                    "الألف يوم الممتدة من بداية الحمل إلى بلوغ الطفل سنتين حاسمة لصحته ونموه. والعلاجات المبكرة وآباء وأمهات على اطلاع جيد يُحدثون فرقا حقيقيا.",
                    "1000 ⵏ ⵡⵓⵙⵙⴰⵏ ⴰⴷ ⵎⵇⵇⵓⵔⵏ ⴱⴰⵀⵔⴰ ⵉ ⵜⴷⵓⵙⵉ ⴷ ⵜⵎⵖⵓⵔⵉ ⵏ ⵓⵔⴱⴰ. ⴰⴷⴰⵡⵉ ⵣⵉⴽ ⴷ ⵉⵎⴰⵔⴰⵡⵏ ⵉⵙⵙⵏⵏ ⴰⵔ ⵙⵏⴼⵍⵏ ⴰⵟⵟⴰⵚ.",
                    "The 1000 days from the start of pregnancy to the child's second birthday matter greatly for their health and development. Early care and well-informed parents make a real difference.",
                ),
            ),
            (
                "heading",
                T(
                    "Ce que fait le projet",
                    "ما يقوم به المشروع",
                    "ⵎⴰⴷ ⵉⵙⴽⴰⵔ ⵓⵙⵏⴼⴰⵔ",
                    "What the project does",
                ),
            ),
            (
                "list",
                [
                    T(
                        "Formation des sages-femmes, des infirmières et des infirmiers des centres de santé.",
                        "تكوين القابلات والممرضات والممرضين بالمراكز الصحية.",
                        "ⴰⵙⵍⵎⴷ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵉⵏⵙⵉⵜⵏ ⵏ ⵜⴷⵓⵙⵉ.",
                        "Training for midwives and nurses at the health centres.",
                    ),
                    T(
                        "Séances de sensibilisation pour les familles, locales comme migrantes, sur les soins précoces et la parentalité partagée.",
                        "حصص تحسيسية للأسر، المحلية والمهاجرة، حول العلاجات المبكرة والمسؤولية الأبوية المشتركة.",
                        "ⵉⵎⵢⴰⴳⴰⵔⵏ ⵉ ⵜⵡⵊⵉⵡⵉⵏ, ⵏ ⵜⵎⵙⵎⵓⵏⵜ ⴷ ⵉⵎⵉⴳⵔⴰⵏ, ⵅⴼ ⵓⴷⴰⵡⵉ ⵏ ⵜⴰⵔⵡⴰ ⴷ ⵜⵡⵓⵔⵉ ⵏ ⵓⴱⴰ ⴷ ⵉⵎⵎⴰ ⵎⴰⵕⵕⴰ.",
                        "Awareness sessions for families, local and migrant, on early care and shared parenting.",
                    ),
                    T(
                        "Des pères invités aux consultations et aux ateliers, pour que l'éducation des enfants se partage.",
                        "دعوة الآباء إلى الاستشارات والورشات حتى تكون تربية الأطفال مسؤولية مشتركة.",
                        "ⵉⴱⴰⴱⴰⵜⵏ ⴰⵔ ⴽⴽⵉⵏ ⴳ ⵉⵎⵢⴰⴳⴰⵔⵏ, ⴰⴼⴰⴷ ⴰⴷ ⵎⵓⵏⵏ ⴳ ⵓⵙⴳⵎⵉ ⵏ ⵜⴰⵔⵡⴰ.",
                        "Fathers invited to consultations and workshops, so that raising children is shared.",
                    ),
                ],
            ),
            (
                "paragraph",
                T(
                    "Cette approche contribue à réduire les inégalités d'accès à la santé et à consolider les liens sociaux au sein de la communauté.",
                    "تساهم هذه المقاربة في تقليص الفوارق في الولوج إلى الصحة وفي تقوية الروابط الاجتماعية داخل المجتمع.",
                    "ⴰⵙⵏⴼⴰⵔ ⴰⴷ ⴰⵔ ⵉⵜⵜⴰⵡⵙ ⴰⴷ ⵎⵙⴰⵡⴰⵏ ⵎⴰⵕⵕⴰ ⴳ ⵓⴽⵛⵛⵓⵎ ⵖⵔ ⵜⴷⵓⵙⵉ, ⴷ ⴰⴷ ⵙⵖⵓⴷⵓⵏ ⵉⵣⴷⴰⵢⵏ ⴳⵔ ⵉⵎⵣⴷⴰⵖ.",
                    "This approach helps reduce inequalities in access to health care and strengthen social bonds within the community.",
                ),
            ),
        ],
        "milestones": [
            (
                T(
                    "Formation des soignants des centres de santé",
                    "تكوين مهنيي الصحة بالمراكز الصحية",
                    "ⴰⵙⵍⵎⴷ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵜⴷⵓⵙⵉ",
                    "Training health centre staff",
                ),
                -700,
                True,
            ),
            (
                T(
                    "Premières séances avec les familles",
                    "الحصص الأولى مع الأسر",
                    "ⵉⵎⵢⴰⴳⴰⵔⵏ ⵉⵎⵣⵡⵓⵔⴰ ⴰⴽⴷ ⵜⵡⵊⵉⵡⵉⵏ",
                    "First sessions with families",
                ),
                -520,
                True,
            ),
            (
                T(
                    "Séance d'information au centre de santé",
                    "لقاء إخباري بالمركز الصحي",
                    "ⴰⵎⵢⴰⴳⴰⵔ ⵏ ⵉⵙⴰⵍⵍⵏ ⴳ ⵓⵏⵙⴰ ⵏ ⵜⴷⵓⵙⵉ",
                    "Information session at the health centre",
                ),
                -174,
                True,
            ),
            (
                T(
                    "Bilan partagé avec les familles et les soignants",
                    "حصيلة مشتركة مع الأسر ومهنيي الصحة",
                    "ⴰⵎⵢⴰⴳⴰⵔ ⵏ ⵜⴳⵔⴰ ⴰⴽⴷ ⵜⵡⵊⵉⵡⵉⵏ ⴷ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵜⴷⵓⵙⵉ",
                    "Shared review with families and health staff",
                ),
                50,
                False,
            ),
        ],
    },
    {
        "slug": "film-le-vivre-ensemble",
        "theme": "culture",
        "status": "completed",
        "progress": 100,
        "start_days_from_today": -450,
        "image": "film",
        "title": T(
            "Le film « Le vivre ensemble »",
            "فيلم «العيش المشترك»",
            "ⴰⴼⵉⵍⵎ «ⴰⵎⵓⴷⴷⵓⵔ ⴰⴽⴷ ⵡⴰⵢⵢⴰⴹ»",
            'The film "Living Together"',
        ),
        "intro": T(
            "Écrit et tourné avec les jeunes citoyennes et citoyens de Belfaa, le film raconte la rencontre entre les habitants et les nouveaux venus d'Afrique subsaharienne.",
            "كُتب الفيلم وصُوِّر مع شابات وشبان بلفاع، ويحكي قصة اللقاء بين الساكنة والقادمين الجدد من إفريقيا جنوب الصحراء.",
            "ⴰⴼⵉⵍⵎ ⴰⴷ ⵉⵜⵜⵓⵔⴰ ⴷ ⵉⵜⵜⵓⵙⴽⴰⵔ ⴰⴽⴷ ⵉⵏⴰⵢⵍⵉⵍⵏ ⵏ ⴱⵍⴼⴰⵄ. ⴰⵔ ⵉⵜⵜⵉⵏⵉ ⴰⵎⵢⴰⴳⴰⵔ ⴳⵔ ⵉⵎⵣⴷⴰⵖ ⴷ ⵉⵏⵏⴰ ⴷ ⵢⵓⵛⴽⴰⵏ ⵙⴳ ⵜⴼⵔⵉⵇⵢⴰ.",
            "Written and shot with Belfaa's young citizens, the film tells the story of the encounter between residents and newcomers from sub-Saharan Africa.",
        ),
        "body": [
            ("heading", T("L'histoire", "القصة", "ⵜⴰⵏⴼⵓⵙⵜ", "The story")),
            (
                "paragraph",
                T(
                    "Une jeune fille de Belfaa et un jeune homme arrivé de Guinée préparent ensemble une fête de quartier. Entre malentendus, fous rires et coups de main, le film montre ce que veut dire vivre ensemble au quotidien.",
                    "تُحضّر شابة من بلفاع وشاب قادم من غينيا معا حفلا للحي. وبين سوء الفهم والضحك وتبادل المساعدة، يُظهر الفيلم معنى العيش المشترك في الحياة اليومية.",
                    "ⵢⴰⵜ ⵜⵏⴰⵢⵍⵉⵍⵜ ⵏ ⴱⵍⴼⴰⵄ ⴷ ⵢⴰⵏ ⵓⵏⴰⵢⵍⵉⵍ ⵢⵓⵛⴽⴰⵏ ⵙⴳ ⵖⵉⵏⵢⴰ ⴰⵔ ⵙⵡⵓⵊⵓⴷⵏ ⵢⴰⵜ ⵜⵎⵖⵔⴰ. ⵙ ⵜⴰⴹⵚⴰ ⴷ ⵓⵎⵢⴰⵡⴰⵙ, ⴰⴼⵉⵍⵎ ⴰⵔ ⵉⵙⵙⵎⴰⵍ ⵎⴰⵎⴽ ⴰⵔ ⵏⴷⴷⵔ ⵎⴰⵕⵕⴰ ⴽⵓ ⴰⵙⵙ.",
                    "A young woman from Belfaa and a young man from Guinea prepare a neighbourhood party together. Through misunderstandings, fits of laughter and helping hands, the film shows what living together means day to day.",
                ),
            ),
            (
                "heading",
                T(
                    "Un film fait par les jeunes",
                    "فيلم من إنجاز الشباب",
                    "ⴰⴼⵉⵍⵎ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
                    "A film made by young people",
                ),
            ),
            (
                "paragraph",
                T(
                    "Une vingtaine de jeunes, marocains et migrants, ont écrit le scénario en ateliers, joué les rôles et tenu la caméra, avec l'aide d'un réalisateur de la région. Le film dure 26 minutes et il est sous-titré en arabe, en tamazight, en français et en anglais.",
                    "كتب نحو عشرين شابا وشابة، مغاربة ومهاجرين، السيناريو في ورشات، وأدّوا الأدوار وحملوا الكاميرا، بمساعدة مخرج من الجهة. مدة الفيلم 26 دقيقة، وهو مترجم إلى العربية والأمازيغية والفرنسية والإنجليزية.",
                    "ⴰⵏⵛ ⵏ 20 ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ, ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⴷ ⵉⵎⵉⴳⵔⴰⵏ, ⴰⵢ ⵉⵔⵓⵏ ⵜⴰⵏⴼⵓⵙⵜ, ⵓⵔⴰⵔⵏ ⵜⵜ, ⵙⴽⵔⵏ ⴰⴼⵉⵍⵎ, ⴰⴽⴷ ⵢⴰⵏ ⵓⵎⵙⵙⵓⴷⵙ ⵏ ⵜⵎⵏⴰⴹⵜ. ⴰⴼⵉⵍⵎ ⵉⵍⴰ 26 ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ, ⵙ ⴽⴽⵓⵥ ⵜⵓⵜⵍⴰⵢⵉⵏ.",
                    "About twenty young people, Moroccan and migrant, wrote the script in workshops, played the roles and operated the camera, with the help of a director from the region. The film lasts 26 minutes and is subtitled in Arabic, Tamazight, French and English.",
                ),
            ),
            (
                "cta",
                {
                    "title": T("Voir le film", "شاهدوا الفيلم", "ⵥⵕ ⴰⴼⵉⵍⵎ", "Watch the film"),
                    "text": T(
                        "Des projections sont organisées à la maison de la création et dans les associations qui en font la demande.",
                        "تُنظَّم عروض للفيلم بدار الإبداع وفي الجمعيات التي تطلب ذلك.",
                        "ⴰⴼⵉⵍⵎ ⴰⵔ ⵉⵜⵜⵓⵙⵎⴰⵍ ⴳ ⵜⴷⴷⴰⵔⵜ ⵏ ⵓⵙⵏⴼⵍⵓⵍ ⴷ ⵜⵎⵓⵏⵉⵏ ⵍⵍⵉ ⵜ ⵉⵙⵙⵓⵜⵓⵔⵏ.",
                        "Screenings are held at the creation house and at associations that ask for them.",
                    ),
                    "label": T(
                        "Découvrir la maison de la création",
                        "اكتشفوا دار الإبداع",
                        "ⵙⵙⵏ ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵓⵙⵏⴼⵍⵓⵍ",
                        "Discover the creation house",
                    ),
                    "link": "maison-de-la-creation",
                },
            ),
        ],
        "milestones": [
            (
                T(
                    "Ateliers d'écriture du scénario",
                    "ورشات كتابة السيناريو",
                    "ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⵏ ⵜⵉⵔⵔⴰ ⵏ ⵜⵏⴼⵓⵙⵜ",
                    "Screenwriting workshops",
                ),
                -400,
                True,
            ),
            (
                T(
                    "Tournage à Belfaa",
                    "التصوير في بلفاع",
                    "ⴰⵙⴽⴰⵔ ⵏ ⵓⴼⵉⵍⵎ ⴳ ⴱⵍⴼⴰⵄ",
                    "Filming in Belfaa",
                ),
                -260,
                True,
            ),
            (
                T(
                    "Montage et sous-titrage en quatre langues",
                    "المونتاج والترجمة إلى أربع لغات",
                    "ⴰⵙⵎⵓⵏ ⴷ ⵓⵙⵙⵓⵖⵍ ⵙ ⴽⴽⵓⵥ ⵜⵓⵜⵍⴰⵢⵉⵏ",
                    "Editing and subtitles in four languages",
                ),
                -150,
                True,
            ),
            (
                T(
                    "Avant-première à la maison de la création",
                    "العرض الأول بدار الإبداع",
                    "ⴰⵙⵎⴰⵍ ⴰⵎⵣⵡⴰⵔⵓ ⴳ ⵜⴷⴷⴰⵔⵜ ⵏ ⵓⵙⵏⴼⵍⵓⵍ",
                    "Premiere at the creation house",
                ),
                -94,
                True,
            ),
        ],
    },
    {
        "slug": "belfaa-accueille-l-afrique",
        "theme": "culture",
        "status": "completed",
        "progress": 100,
        "start_days_from_today": -330,
        "image": "fair",
        "title": T(
            "Salon « Belfaa accueille l'Afrique »",
            "معرض «بلفاع تستقبل إفريقيا»",
            "ⴰⵎⵓⴳⴰⵔ «ⴱⵍⴼⴰⵄ ⵜⵙⵏⵓⴱⴳ ⵜⴰⴼⵔⵉⵇⵢⴰ»",
            '"Belfaa welcomes Africa" fair',
        ),
        "intro": T(
            "Un salon de création inclusif où migrants, jeunes porteurs d'un handicap et artisans de Belfaa exposent, vendent et partagent leurs savoir-faire.",
            "معرض دامج للإبداع يعرض فيه المهاجرون والشباب في وضعية إعاقة وحرفيو بلفاع منتجاتهم ويبيعونها ويتقاسمون مهاراتهم.",
            "ⴰⵎⵓⴳⴰⵔ ⵏ ⵓⵙⵏⴼⵍⵓⵍ ⵉ ⴽⵓⵍⵍⵓ: ⵉⵎⵉⴳⵔⴰⵏ, ⵉⵏⴰⵢⵍⵉⵍⵏ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ ⴷ ⵉⵏⴰⵥⵓⵕⵏ ⵏ ⴱⵍⴼⴰⵄ ⴰⵔ ⵙⵙⵎⴰⵍⵏ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⵙⵏ.",
            "An inclusive creative fair where migrants, young people with disabilities and Belfaa's craftspeople exhibit, sell and share their skills.",
        ),
        "body": [
            ("heading", T("Le principe", "الفكرة", "ⵜⴰⵡⵏⴳⵉⵎⵜ", "The idea")),
            (
                "paragraph",
                T(
                    "Pendant deux jours, la maison de la création se transforme en salon. Chaque stand réunit des créatrices et des créateurs d'horizons différents, de Belfaa et d'ailleurs.",
                    "خلال يومين، تتحول دار الإبداع إلى معرض. ويجمع كل رواق مبدعات ومبدعين من آفاق مختلفة، من بلفاع ومن خارجها.",
                    "ⴳ ⵙⵉⵏ ⵡⵓⵙⵙⴰⵏ, ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵓⵙⵏⴼⵍⵓⵍ ⵜⵜⵓⵖⴰⵍ ⴷ ⴰⵎⵓⴳⴰⵔ. ⴳ ⴽⵓ ⴰⵏⵙⴰ, ⵎⵓⵏⵏ ⵉⵎⵙⵏⴼⵍⵓⵍⵏ ⵏ ⴱⵍⴼⴰⵄ ⴷ ⵉⵏⵏⴰ ⴷ ⵢⵓⵛⴽⴰⵏ ⵙⴳ ⵜⵎⵉⵣⴰⵔ ⵢⴰⴹⵏⵉⵏ.",
                    "For two days, the creation house turns into a fair. Each stand brings together makers from different backgrounds, from Belfaa and elsewhere.",
                ),
            ),
            (
                "list",
                [
                    T(
                        "Artisanat et couture d'Afrique de l'Ouest et du Souss.",
                        "الصناعة التقليدية والخياطة من غرب إفريقيا ومن سوس.",
                        "ⵜⴰⵡⵓⵔⵉ ⵙ ⵓⴼⵓⵙ ⴷ ⵓⴳⵏⵏⵓ ⵏ ⵜⴼⵔⵉⵇⵢⴰ ⵏ ⵓⵜⵔⵎ ⴷ ⵙⵓⵙ.",
                        "Crafts and sewing from West Africa and the Souss.",
                    ),
                    T(
                        "Ateliers de cuisine, de musique et de contes ouverts aux enfants.",
                        "ورشات للطبخ والموسيقى والحكايات مفتوحة للأطفال.",
                        "ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⵏ ⵓⵙⵏⵡⵉ, ⵓⵣⴰⵡⴰⵏ ⴷ ⵜⵏⴼⵓⵙⵉⵏ ⵉ ⵜⴰⵔⵡⴰ.",
                        "Cooking, music and storytelling workshops open to children.",
                    ),
                    T(
                        "Un espace calme et des parcours accessibles pour les visiteurs en situation de handicap.",
                        "فضاء هادئ ومسارات ميسرة للزوار في وضعية إعاقة.",
                        "ⴰⵏⵙⴰ ⴱⵍⴰ ⴰⵙⵖⵓⵢ ⴷ ⵉⴱⵔⴷⴰⵏ ⵉⵙⵀⵍⵏ ⵉ ⵉⵏⵏⴰ ⵉⵍⴰⵏ ⵜⴰⵣⴳⵍⵜ.",
                        "A quiet area and accessible routes for visitors with disabilities.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    "Le bilan de la première édition",
                    "حصيلة الدورة الأولى",
                    "ⵎⴰⴷ ⵉⴽⴽⴰⵏ ⴳ ⵓⵎⵓⴳⴰⵔ ⴰⵎⵣⵡⴰⵔⵓ",
                    "Review of the first edition",
                ),
            ),
            (
                "paragraph",
                T(
                    "La première édition a réuni une trentaine d'exposantes et d'exposants et plusieurs centaines de visiteurs. Les participants ont demandé qu'elle devienne un rendez-vous régulier : une deuxième édition est à l'étude.",
                    "جمعت الدورة الأولى نحو ثلاثين عارضة وعارضا ومئات الزوار. وطالب المشاركون بأن يصبح المعرض موعدا منتظما، ودورة ثانية قيد الدراسة.",
                    "ⴰⵎⵓⴳⴰⵔ ⴰⵎⵣⵡⴰⵔⵓ ⵉⵙⵎⵓⵏ ⴰⵏⵛ ⵏ 30 ⵏ ⵉⵎⵙⵏⴼⵍⵓⵍⵏ ⴷ ⵎⵏⵏⴰⵡ ⵏ ⵜⵎⵉⴹⵉ ⵏ ⵉⵎⵔⵣⴰⵢⵏ. ⵉⵎⵙⵏⴼⵍⵓⵍⵏ ⵔⴰⵏ ⴰⴷ ⵉⵍⵉⵏ ⴽⵓ ⴰⵙⴳⴳⵯⴰⵙ. ⴰⵎⵓⴳⴰⵔ ⵡⵉⵙⵙ ⵙⵉⵏ ⴰⵔ ⵉⵜⵜⵓⵙⵡⵓⵊⵓⴷ.",
                    "The first edition brought together about thirty exhibitors and several hundred visitors. Participants asked for it to become a regular event: a second edition is being considered.",
                ),
            ),
        ],
        "milestones": [
            (
                T(
                    "Appel aux créatrices et aux créateurs",
                    "دعوة المبدعات والمبدعين",
                    "ⴰⵖⵓⵔⵉ ⵉ ⵉⵎⵙⵏⴼⵍⵓⵍⵏ",
                    "Call for makers and artists",
                ),
                -300,
                True,
            ),
            (
                T(
                    "Ateliers de préparation inclusifs",
                    "ورشات تحضيرية دامجة",
                    "ⵜⵉⵎⵙⴽⴰⵔⵉⵏ ⵏ ⵓⵙⵡⵊⴷ ⵉ ⴽⵓⵍⵍⵓ",
                    "Inclusive preparation workshops",
                ),
                -220,
                True,
            ),
            (
                T(
                    "Deux jours de salon à la maison de la création",
                    "يومان من المعرض بدار الإبداع",
                    "ⵙⵉⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵓⵎⵓⴳⴰⵔ ⴳ ⵜⴷⴷⴰⵔⵜ ⵏ ⵓⵙⵏⴼⵍⵓⵍ",
                    "Two-day fair at the creation house",
                ),
                -142,
                True,
            ),
            (
                T(
                    "Bilan avec les exposants",
                    "التقييم مع العارضين",
                    "ⴰⵎⵙⴰⵡⴰⵍ ⴰⴽⴷ ⵉⵎⵙⵏⴼⵍⵓⵍⵏ ⵅⴼ ⵎⴰⴷ ⵉⴽⴽⴰⵏ",
                    "Review with the exhibitors",
                ),
                -100,
                True,
            ),
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# News (French and Arabic required; English given, Tamazight not yet).
# ---------------------------------------------------------------------------------------------

SEE_PROJECT = T("Voir le projet", "اطلعوا على المشروع", "ⵥⵕ ⴰⵙⵏⴼⴰⵔ", "See the project")
LISTENING_CTA = {
    "title": T(
        "Besoin d'être écoutée ?", "هل تحتاجين إلى من يستمع إليك؟", en="Need someone to listen?"
    ),
    "text": T(
        "Le centre d'écoute est gratuit et confidentiel.",
        "مركز الاستماع مجاني وسري.",
        en="The listening centre is free and confidential.",
    ),
    "label": T(
        "Voir le centre d'écoute",
        "اطلعي على مركز الاستماع",
        en="See the listening centre",
    ),
    "link": "centre-d-ecoute",
}

NEWS = [
    {
        "slug": "centre-d-ecoute-fin-des-travaux",
        "days_from_today": -700,
        "title": T(
            "Les travaux du centre d'écoute sont terminés",
            "انتهاء أشغال تهيئة مركز الاستماع",
            en="Works on the listening centre are complete",
        ),
        "intro": T(
            "Construit en 2021 avec l'appui de la coopération belge, le centre d'écoute pour les femmes victimes de violence a reçu ses derniers aménagements. Il pourra bientôt accueillir des femmes et leurs enfants.",
            "بعد أن شُيّد سنة 2021 بدعم من التعاون البلجيكي، استكمل مركز الاستماع للنساء ضحايا العنف آخر أشغال تهيئته، وسيتمكن قريبا من استقبال النساء وأطفالهن.",
            en="Built in 2021 with Belgian cooperation support, the listening centre for women victims of violence has received its final fittings. It will soon be able to welcome women and their children.",
        ),
        "tags": ["femmes"],
        "image": "listening",
        "body": [
            (
                "paragraph",
                T(
                    "Peinture, sanitaires, accès sécurisé, coin jeux pour les enfants : les travaux d'aménagement du centre d'écoute sont finalisés. Le bâtiment, construit en 2021 grâce au programme de Coopération Internationale Communale, compte désormais deux bureaux d'entretien, une salle pour les groupes de parole et un espace d'hébergement.",
                    "الصباغة، والمرافق الصحية، والمدخل المؤمَّن، وركن لعب الأطفال: انتهت أشغال تهيئة مركز الاستماع. وتضم البناية، التي شُيّدت سنة 2021 بفضل برنامج التعاون الدولي الجماعي، مكتبين للمقابلات وقاعة لمجموعات الحوار وفضاء للإيواء.",
                    en="Painting, washrooms, secure access, a play corner for children: the fitting-out of the listening centre is complete. The building, built in 2021 thanks to the Municipal International Cooperation programme, now has two interview rooms, a room for support groups and a shelter area.",
                ),
            ),
            ("heading", T("Un lieu discret", "مكان بعيد عن الأنظار", en="A discreet place")),
            (
                "paragraph",
                T(
                    "Pour la sécurité des femmes accueillies, l'adresse du centre n'est pas publiée. Elle est communiquée par téléphone, au moment de la prise de rendez-vous.",
                    "حفاظا على سلامة النساء المستقبَلات، لا يُنشر عنوان المركز، بل يُبلَّغ عبر الهاتف عند تحديد الموعد.",
                    en="For the safety of the women it receives, the centre's address is not published. It is given by phone when an appointment is made.",
                ),
            ),
            (
                "paragraph",
                T(
                    "La prochaine étape est l'équipement des chambres et de la cuisine, prévu dans les mois qui viennent avec le soutien de la commune de Jette.",
                    "المرحلة المقبلة هي تجهيز الغرف والمطبخ، وهي مرتقبة خلال الأشهر القادمة بدعم من جماعة جيت.",
                    en="The next step is furnishing the bedrooms and kitchen, planned for the coming months with support from the municipality of Jette.",
                ),
            ),
            ("cta", LISTENING_CTA),
        ],
    },
    {
        "slug": "formation-continue-des-ecoutantes",
        "days_from_today": -640,
        "title": T(
            "Formation continue pour les écoutantes du centre",
            "تكوين مستمر لفائدة مستمعات المركز",
            en="Ongoing training for the centre's listeners",
        ),
        "intro": T(
            "Les écoutantes du centre d'écoute ont suivi trois jours de formation sur l'accueil des femmes victimes de violence et l'accompagnement des démarches juridiques.",
            "استفادت مستمعات مركز الاستماع من ثلاثة أيام من التكوين حول استقبال النساء ضحايا العنف ومواكبة الإجراءات القانونية.",
            en="The listening centre's staff took three days of training on welcoming women victims of violence and supporting them through legal procedures.",
        ),
        "tags": ["femmes", "formation"],
        "image": None,
        "body": [
            (
                "paragraph",
                T(
                    "Écouter sans juger, repérer les situations de danger, expliquer le dépôt de plainte, orienter vers les soins : la formation a alterné apports théoriques et mises en situation. Elle a été animée par une juriste et une psychologue de la région.",
                    "الاستماع دون إصدار أحكام، ورصد حالات الخطر، وشرح مسطرة تقديم الشكاية، والتوجيه نحو العلاج: زاوج التكوين بين المعارف النظرية والتمارين التطبيقية، وأطرته قانونية وأخصائية نفسية من الجهة.",
                    en="Listening without judging, spotting danger, explaining how to file a complaint, referring to health care: the training mixed theory and role play. It was led by a lawyer and a psychologist from the region.",
                ),
            ),
            (
                "list",
                [
                    T(
                        "L'accueil et l'écoute active.",
                        "الاستقبال والإنصات الفعال.",
                        en="Welcoming and active listening.",
                    ),
                    T(
                        "Les droits des femmes et la procédure de plainte.",
                        "حقوق النساء ومسطرة الشكاية.",
                        en="Women's rights and the complaint procedure.",
                    ),
                    T("La protection des enfants.", "حماية الأطفال.", en="Child protection."),
                    T(
                        "Le travail avec les centres de santé et l'hôpital provincial.",
                        "العمل مع المراكز الصحية والمستشفى الإقليمي.",
                        en="Working with health centres and the provincial hospital.",
                    ),
                ],
            ),
            (
                "heading",
                T("Une formation qui continue", "تكوين متواصل", en="Training that continues"),
            ),
            (
                "paragraph",
                T(
                    "La formation continue des écoutantes fait partie des engagements du partenariat Belfaa – Jette. Des séances d'analyse de pratique auront lieu tous les deux mois, et des travailleuses sociales de Jette viendront partager leur expérience.",
                    "يندرج التكوين المستمر للمستمعات ضمن التزامات شراكة بلفاع – جيت. وستُنظَّم حصص لتحليل الممارسة كل شهرين، كما ستحل عاملات اجتماعيات من جيت لتقاسم تجربتهن.",
                    en="Ongoing training for the listeners is one of the commitments of the Belfaa – Jette partnership. Practice review sessions will take place every two months, and social workers from Jette will come to share their experience.",
                ),
            ),
        ],
    },
    {
        "slug": "campagne-ouvrieres-agricoles",
        "days_from_today": -600,
        "title": T(
            "Campagne d'information auprès des ouvrières agricoles",
            "حملة إخبارية لفائدة العاملات الزراعيات",
            en="Information campaign for women farm workers",
        ),
        "intro": T(
            "Pendant un mois, l'équipe du service social est allée à la rencontre des femmes qui travaillent dans les exploitations agricoles et les associations de la commune.",
            "على مدى شهر، التقى فريق المصلحة الاجتماعية بالنساء العاملات في الضيعات الفلاحية وفي جمعيات الجماعة.",
            en="For a month, the social service team went out to meet women working on the commune's farms and in its associations.",
        ),
        "tags": ["femmes", "santé"],
        "image": None,
        "body": [
            (
                "paragraph",
                T(
                    "Dans les fermes, pendant la pause de midi, et dans les locaux des associations, le soir, l'équipe a présenté les droits des travailleuses, les services du centre d'écoute et les numéros utiles. Plus de vingt séances ont eu lieu.",
                    "في الضيعات خلال استراحة الظهيرة، وفي مقرات الجمعيات مساء، قدم الفريق حقوق العاملات وخدمات مركز الاستماع والأرقام المفيدة. وقد نُظمت أكثر من عشرين حصة.",
                    en="On farms during the lunch break, and in association premises in the evening, the team presented women workers' rights, the listening centre's services and useful numbers. More than twenty sessions took place.",
                ),
            ),
            (
                "quote",
                T(
                    "Beaucoup de femmes ne savaient pas qu'il existe ici, près de chez elles, un lieu où l'on peut parler sans être jugée.",
                    "كثير من النساء لم يكنّ يعرفن أن هنا، قرب بيوتهن، مكانا يمكن فيه الكلام دون التعرض لأحكام.",
                    en="Many women did not know that here, close to home, there is a place where you can talk without being judged.",
                ),
                T("Une écoutante du centre", "مستمعة بالمركز", en="A listener at the centre"),
            ),
            (
                "paragraph",
                T(
                    "Les exploitants qui ont ouvert leurs portes ont reçu des affiches en arabe et en tamazight. D'autres campagnes sont prévues avant la saison des récoltes.",
                    "تسلم أرباب الضيعات الذين فتحوا أبوابهم ملصقات بالعربية والأمازيغية. ومن المرتقب تنظيم حملات أخرى قبل موسم الجني.",
                    en="Farm owners who opened their doors received posters in Arabic and Tamazight. More campaigns are planned before the harvest season.",
                ),
            ),
            ("cta", LISTENING_CTA),
        ],
    },
    {
        "slug": "forum-ouvert-des-jeunes-2025",
        "days_from_today": -560,
        "title": T(
            "Forum ouvert : les jeunes choisissent leurs projets",
            "المنتدى المفتوح: الشباب يختارون مشاريعهم",
            en="Open forum: young people choose their projects",
        ),
        "intro": T(
            "Plus de soixante jeunes filles et garçons se sont réunis à la maison de la création pour proposer et choisir ensemble les projets qu'ils veulent mener pour la commune.",
            "اجتمع أكثر من ستين شابة وشابا بدار الإبداع لاقتراح واختيار المشاريع التي يرغبون في إنجازها لفائدة الجماعة.",
            en="More than sixty young women and men gathered at the creation house to propose and jointly choose the projects they want to carry out for the commune.",
        ),
        "tags": ["jeunesse", "participation"],
        "image": "forum",
        "body": [
            (
                "paragraph",
                T(
                    "Le principe du forum ouvert est simple : chacun peut proposer un sujet, les groupes se forment librement, et tout le monde vote à la fin. Les discussions se sont tenues en arabe, en tamazight et en français.",
                    "مبدأ المنتدى المفتوح بسيط: يمكن لكل شخص أن يقترح موضوعا، وتتشكل المجموعات بحرية، ويصوّت الجميع في النهاية. وجرت النقاشات بالعربية والأمازيغية والفرنسية.",
                    en="The open forum principle is simple: anyone can propose a topic, groups form freely, and everyone votes at the end. Discussions took place in Arabic, Tamazight and French.",
                ),
            ),
            (
                "heading",
                T("Trois projets retenus", "ثلاثة مشاريع مختارة", en="Three projects chosen"),
            ),
            (
                "list",
                [
                    T(
                        "Un film sur le vivre ensemble à Belfaa, écrit et tourné par les jeunes.",
                        "فيلم عن العيش المشترك في بلفاع، يكتبه ويصوره الشباب.",
                        en="A film about living together in Belfaa, written and shot by young people.",
                    ),
                    T(
                        "Un salon de création ouvert aux migrants et aux jeunes porteurs d'un handicap.",
                        "معرض للإبداع مفتوح للمهاجرين وللشباب في وضعية إعاقة.",
                        en="A creative fair open to migrants and young people with disabilities.",
                    ),
                    T(
                        "Une brochure pour accueillir les nouveaux habitants.",
                        "كتيب لاستقبال السكان الجدد.",
                        en="A brochure to welcome new residents.",
                    ),
                ],
            ),
            (
                "paragraph",
                T(
                    "Le service social accompagnera les groupes pour préparer un budget, trouver des partenaires et suivre l'avancement de chaque projet.",
                    "ستواكب المصلحة الاجتماعية المجموعات في إعداد الميزانية والبحث عن شركاء وتتبع تقدم كل مشروع.",
                    en="The social service will help the groups prepare a budget, find partners and track the progress of each project.",
                ),
            ),
        ],
    },
    {
        "slug": "centre-d-ecoute-equipe-pour-l-hebergement",
        "days_from_today": -520,
        "title": T(
            "Le centre d'écoute est équipé pour l'écoute et l'hébergement",
            "تجهيز مركز الاستماع للإنصات والإيواء",
            en="The listening centre is equipped for listening and shelter",
        ),
        "intro": T(
            "Lits, armoires, cuisine, mobilier des bureaux d'entretien : le centre d'écoute a reçu l'équipement qui lui permet d'héberger temporairement des femmes et leurs enfants.",
            "أسرّة وخزانات ومطبخ وأثاث لمكاتب المقابلات: تسلم مركز الاستماع التجهيزات التي تمكنه من الإيواء المؤقت للنساء وأطفالهن.",
            en="Beds, wardrobes, a kitchen, furniture for the interview rooms: the listening centre has received the equipment it needs to shelter women and their children temporarily.",
        ),
        "tags": ["femmes"],
        "image": "listening",
        "body": [
            (
                "paragraph",
                T(
                    "Le centre dispose maintenant de trois chambres pouvant accueillir chacune une mère et ses enfants, d'une cuisine commune et d'un coin jeux. Les bureaux d'entretien ont été aménagés pour garantir la confidentialité des échanges.",
                    "يتوفر المركز الآن على ثلاث غرف تتسع كل واحدة منها لأم وأطفالها، ومطبخ مشترك وركن للعب. كما هُيّئت مكاتب المقابلات لضمان سرية الحديث.",
                    en="The centre now has three bedrooms, each able to house a mother and her children, a shared kitchen and a play corner. The interview rooms have been arranged to keep conversations confidential.",
                ),
            ),
            (
                "paragraph",
                T(
                    "L'hébergement est une solution temporaire, le temps pour chaque femme de construire un nouveau départ dans la vie, avec l'appui des écoutantes et des partenaires.",
                    "الإيواء حل مؤقت، ريثما تبني كل امرأة انطلاقة جديدة في حياتها، بدعم من المستمعات والشركاء.",
                    en="Shelter is a temporary solution, giving each woman time to build a fresh start in life, with the support of the listeners and partners.",
                ),
            ),
            ("cta", LISTENING_CTA),
        ],
    },
    {
        "slug": "belfaa-commune-pionniere-integration-migration",
        "days_from_today": -483,
        "title": T(
            "Belfaa, une commune pionnière dans l'intégration territoriale de la migration (vidéo)",
            "بلفاع، جماعة رائدة في الإدماج الترابي للهجرة (فيديو)",
            en="Belfaa, a pioneering commune in the local integration of migration (video)",
        ),
        "intro": T(
            "Au cœur de la région Souss-Massa, Belfaa mène une politique ambitieuse d'intégration des migrantes et des migrants, avec les acteurs locaux, la diaspora et les institutions.",
            "في قلب جهة سوس ماسة، تنهج بلفاع سياسة طموحة لإدماج المهاجرات والمهاجرين، بتعاون مع الفاعلين المحليين ومغاربة العالم والمؤسسات.",
            en="In the heart of the Souss-Massa region, Belfaa pursues an ambitious policy for the integration of migrants, together with local actors, the diaspora and institutions.",
        ),
        "tags": ["migration", "sport", "santé"],
        "image": "football",
        "body": [
            (
                "paragraph",
                T(
                    "Deux projets illustrent cette dynamique : le terrain de sport de Belfaa, porté par l'association de la diaspora Coopération et Solidarité (Italie), et le projet « 1000 premiers jours de l'enfant », conduit par l'association Khamsa.",
                    "يجسد مشروعان هذه الدينامية: الملعب الرياضي لبلفاع الذي حملته جمعية التعاون والتضامن لمغاربة العالم (إيطاليا)، ومشروع «الألف يوم الأولى من حياة الطفل» الذي تقوده جمعية خمسة.",
                    en='Two projects illustrate this dynamic: the Belfaa sports ground, led by the diaspora association Cooperation and Solidarity (Italy), and the "Child\'s first 1000 days" project, run by the Khamsa association.',
                ),
            ),
            (
                "video",
                {
                    "title": T(
                        "Capsule vidéo : le terrain de sport de Belfaa",
                        "كبسولة فيديو: الملعب الرياضي لبلفاع",
                        en="Video clip: the Belfaa sports ground",
                    ),
                    "url": "https://www.youtube.com/watch?v=BelfaaDemo1",
                    "transcript": T(
                        "La capsule montre le terrain de proximité de Belfaa, né en 2018 d'une pétition de jeunes habitants et finalisé grâce au programme PRIM. Des joueurs marocains et des nouveaux résidents venus d'autres pays d'Afrique racontent comment le terrain est devenu un lieu de rencontre, avant le coup d'envoi du tournoi de football africain.",
                        "تعرض الكبسولة ملعب القرب في بلفاع، الذي وُلد سنة 2018 من عريضة لشباب من الساكنة واكتمل بفضل برنامج PRIM. ويحكي لاعبون مغاربة ومقيمون جدد قادمون من بلدان إفريقية أخرى كيف أصبح الملعب مكانا للقاء، قبل انطلاق الدوري الإفريقي لكرة القدم.",
                        en="The clip shows Belfaa's local sports ground, born in 2018 from a petition by young residents and completed thanks to the PRIM programme. Moroccan players and newcomers from other African countries explain how the ground became a meeting place, before the kick-off of the African football tournament.",
                    ),
                },
            ),
            (
                "heading",
                T(
                    "La migration intégrée dans le plan d'action communal",
                    "إدماج الهجرة في برنامج عمل الجماعة",
                    en="Migration built into the communal action plan",
                ),
            ),
            (
                "paragraph",
                T(
                    "Avec l'accompagnement du programme PRIM, la commune a intégré pour la première fois la migration dans son plan d'action. Elle a créé un bureau d'accueil et d'orientation des migrants, qui facilite l'accès aux droits, aux soins et à l'information, en coordination avec les centres de santé, l'hôpital provincial et les associations partenaires.",
                    "بمواكبة من برنامج PRIM، أدمجت الجماعة لأول مرة بُعد الهجرة في برنامج عملها. وأحدثت مكتبا لاستقبال وتوجيه المهاجرين ييسّر الولوج إلى الحقوق والعلاج والمعلومة، بتنسيق مع المراكز الصحية والمستشفى الإقليمي والجمعيات الشريكة.",
                    en="With support from the PRIM programme, the commune included migration in its action plan for the first time. It set up a migrant reception and orientation office that makes it easier to access rights, health care and information, in coordination with health centres, the provincial hospital and partner associations.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Le projet « 1000 premiers jours de l'enfant » a renforcé les compétences des sages-femmes et des infirmiers et sensibilisé les familles, locales comme migrantes, à la parentalité partagée et aux soins précoces.",
                    "عزز مشروع «الألف يوم الأولى من حياة الطفل» كفاءات القابلات والممرضين، وحسّس الأسر، المحلية والمهاجرة، بأهمية المسؤولية الأبوية المشتركة والعلاجات المبكرة.",
                    en='The "Child\'s first 1000 days" project strengthened the skills of midwives and nurses and made families, local and migrant alike, aware of shared parenting and early care.',
                ),
            ),
            (
                "paragraph",
                T(
                    "Cette démarche repose sur la complémentarité entre la commune, les associations locales Taqaddoum Belfaa et Anaruz, les associations de la diaspora et le programme PRIM : la migration y devient une richesse et un levier de développement local.",
                    "ترتكز هذه المقاربة على التكامل بين الجماعة والجمعيات المحلية تقدم بلفاع وأناروز وجمعيات مغاربة العالم وبرنامج PRIM، فتصبح الهجرة ثروة ورافعة للتنمية المحلية.",
                    en="This approach relies on the complementary roles of the commune, the local associations Taqaddoum Belfaa and Anaruz, the diaspora associations and the PRIM programme: migration becomes an asset and a lever for local development.",
                ),
            ),
        ],
    },
    {
        "slug": "reunions-d-information-pour-les-migrants",
        "days_from_today": -440,
        "title": T(
            "Les réunions d'information pour les migrants reprennent chaque mois",
            "استئناف اللقاءات الإخبارية الشهرية لفائدة المهاجرين",
            en="Monthly information meetings for migrants are back",
        ),
        "intro": T(
            "Chaque mois, le bureau d'accueil et d'orientation des migrants organise une réunion ouverte à toutes et à tous pour répondre aux questions des nouveaux habitants.",
            "كل شهر، ينظم مكتب استقبال وتوجيه المهاجرين لقاء مفتوحا للجميع للإجابة عن أسئلة السكان الجدد.",
            en="Every month, the migrant reception and orientation office holds a meeting open to all to answer new residents' questions.",
        ),
        "tags": ["migration"],
        "image": None,
        "body": [
            (
                "paragraph",
                T(
                    "Santé, scolarisation des enfants, démarches administratives, cours d'arabe et de darija, activités sportives : chaque réunion aborde un thème choisi avec les participants. Des bénévoles assurent l'interprétation en anglais et dans plusieurs langues d'Afrique de l'Ouest.",
                    "الصحة، وتمدرس الأطفال، والإجراءات الإدارية، ودروس العربية والدارجة، والأنشطة الرياضية: يتناول كل لقاء موضوعا يُختار مع المشاركين. ويتولى متطوعون الترجمة إلى الإنجليزية وإلى عدة لغات من غرب إفريقيا.",
                    en="Health, schooling for children, administrative procedures, Arabic and Darija classes, sports: each meeting covers a topic chosen with the participants. Volunteers interpret into English and several West African languages.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Les réunions sont gratuites, sans inscription et sans condition de papiers. Les femmes y sont particulièrement bienvenues : un espace pour les enfants est prévu.",
                    "اللقاءات مجانية، دون تسجيل ودون اشتراط الوثائق. والنساء مرحب بهن بشكل خاص، إذ يُخصَّص فضاء للأطفال.",
                    en="The meetings are free, with no registration and no papers required. Women are especially welcome: there is a space for children.",
                ),
            ),
            (
                "cta",
                {
                    "title": T("Prochaine réunion", "اللقاء المقبل", en="Next meeting"),
                    "text": T(
                        "Retrouvez la date de la prochaine réunion dans l'agenda.",
                        "تجدون تاريخ اللقاء المقبل في المفكرة.",
                        en="Find the date of the next meeting in the events calendar.",
                    ),
                    "label": SEE_AGENDA,
                    "link": "agenda",
                },
            ),
        ],
    },
    {
        "slug": "tournoi-de-football-africain-2025",
        "days_from_today": -400,
        "title": T(
            "Le tournoi de football africain a rassemblé tout Belfaa",
            "الدوري الإفريقي لكرة القدم جمع بلفاع كلها",
            en="The African football tournament brought all of Belfaa together",
        ),
        "intro": T(
            "Douze équipes mixtes, des centaines de supporters et une finale sous les applaudissements : le tournoi annuel a une nouvelle fois fait du terrain de sport un lieu de fête.",
            "اثنا عشر فريقا مختلطا، ومئات المشجعين، ونهائي وسط التصفيقات: جعلت الدورة السنوية من الملعب الرياضي مرة أخرى فضاء للاحتفال.",
            en="Twelve mixed teams, hundreds of supporters and a final to loud applause: once again the annual tournament turned the sports ground into a celebration.",
        ),
        "tags": ["sport", "migration"],
        "image": "football",
        "body": [
            (
                "paragraph",
                T(
                    "Organisé avec l'Association Taqaddoum Belfaa pour le sport et l'association Anaruz, le tournoi réunit chaque année des habitants de longue date et de nouveaux résidents venus du Sénégal, de Guinée, du Mali, de Côte d'Ivoire et d'ailleurs. Chaque équipe doit compter des joueurs des deux origines.",
                    "يُنظَّم الدوري بتعاون مع جمعية تقدم بلفاع للرياضة وجمعية أناروز، ويجمع كل سنة السكان القدامى ومقيمين جددا قادمين من السنغال وغينيا ومالي وكوت ديفوار وغيرها. ويجب أن يضم كل فريق لاعبين من الأصلين معا.",
                    en="Organised with the Taqaddoum Belfaa Sports Association and the Anaruz association, the tournament brings together long-standing residents and newcomers from Senegal, Guinea, Mali, Côte d'Ivoire and elsewhere every year. Each team must include players of both origins.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Pour la première fois, une équipe de jeunes du centre d'accueil de jour a disputé un match d'exhibition, accompagnée par ses éducateurs.",
                    "ولأول مرة، خاض فريق من شباب مركز الاستقبال النهاري مباراة استعراضية، برفقة مربيه.",
                    en="For the first time, a team of young people from the day centre played an exhibition match, accompanied by their educators.",
                ),
            ),
            (
                "quote",
                T(
                    "Sur le terrain, on parle tous la même langue.",
                    "في الملعب، نتكلم جميعا اللغة نفسها.",
                    en="On the pitch, we all speak the same language.",
                ),
                T("Un capitaine d'équipe", "قائد أحد الفرق", en="A team captain"),
            ),
            (
                "cta",
                {
                    "title": T("L'histoire du terrain", "قصة الملعب", en="The story of the ground"),
                    "text": T(
                        "Découvrez comment une pétition de jeunes est devenue un terrain pour tous.",
                        "اكتشفوا كيف تحولت عريضة شبابية إلى ملعب للجميع.",
                        en="Find out how a youth petition became a ground for everyone.",
                    ),
                    "label": SEE_PROJECT,
                    "link": "terrain-de-sport",
                },
            ),
        ],
    },
    {
        "slug": "premiere-journee-de-plantation-toulaasri",
        "days_from_today": -350,
        "title": T(
            "Première journée de plantation à Toulaasri",
            "اليوم الأول لغرس التين الشوكي بتولعسري",
            en="First planting day in Toulaasri",
        ),
        "intro": T(
            "Habitants du douar, jeunes de la commune et agents communaux ont planté les premiers figuiers de Barbarie du projet, pour préserver les ressources naturelles et améliorer les conditions de vie des éleveurs.",
            "غرس سكان الدوار وشباب الجماعة وأعوانها أولى شتلات التين الشوكي في إطار المشروع، من أجل الحفاظ على الموارد الطبيعية وتحسين ظروف عيش مربي الماشية.",
            en="Residents of the douar, young people and commune staff planted the project's first prickly pear cactus, to preserve natural resources and improve herders' living conditions.",
        ),
        "tags": ["environnement", "femmes"],
        "image": "toulaasri",
        "body": [
            (
                "paragraph",
                T(
                    "Dès le matin, les familles ont préparé les trous, transporté les raquettes et installé les clôtures qui protégeront les jeunes plants du bétail. Les femmes du douar ont pris une place centrale dans l'organisation de la journée.",
                    "منذ الصباح، حفرت الأسر الحفر ونقلت ألواح الصبار وركبت السياجات التي ستحمي الشتلات الصغيرة من الماشية. واحتلت نساء الدوار مكانة محورية في تنظيم هذا اليوم.",
                    en="From early morning, families dug the holes, carried the cactus pads and put up the fences that will protect the young plants from livestock. The douar's women played a central role in organising the day.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Le projet répond aux effets du changement climatique : le figuier de Barbarie résiste à la sécheresse, fixe les sols et fournit du fourrage et des fruits. Il offre aux femmes l'occasion de devenir actrices du développement de leur territoire.",
                    "يستجيب المشروع لآثار التغير المناخي، فالتين الشوكي يقاوم الجفاف ويثبت التربة ويوفر العلف والثمار. كما يتيح للنساء فرصة ليصبحن فاعلات في تنمية مجالهن.",
                    en="The project responds to the effects of climate change: prickly pear withstands drought, holds the soil and provides fodder and fruit. It gives women the chance to become actors in the development of their area.",
                ),
            ),
            (
                "cta",
                {
                    "title": T("Suivre le projet", "تتبعوا المشروع", en="Follow the project"),
                    "text": T(
                        "Étapes, calendrier et prochaine journée de plantation.",
                        "المراحل والجدولة الزمنية ويوم الغرس المقبل.",
                        en="Steps, timeline and the next planting day.",
                    ),
                    "label": SEE_PROJECT,
                    "link": "plantation-toulaasri",
                },
            ),
        ],
    },
    {
        "slug": "groupe-de-parents-de-jeunes-autistes",
        "days_from_today": -299,
        "title": T(
            "Un groupe de soutien pour les parents de jeunes autistes",
            "مجموعة دعم لآباء وأمهات الشباب ذوي التوحد",
            en="A support group for parents of young autistic people",
        ),
        "intro": T(
            "Le centre d'accueil de jour lance un groupe de soutien pour les parents de jeunes autistes, qui se réunira chaque semaine.",
            "يطلق مركز الاستقبال النهاري مجموعة دعم لآباء وأمهات الشباب ذوي التوحد، ستجتمع كل أسبوع.",
            en="The day centre is launching a support group for parents of young autistic people, which will meet every week.",
        ),
        "tags": ["handicap", "santé"],
        "image": None,
        "body": [
            (
                "paragraph",
                T(
                    "Beaucoup de parents se sentent seuls face aux besoins de leur enfant. Le groupe leur offre un temps pour parler, échanger des conseils pratiques et rencontrer d'autres familles qui vivent la même situation.",
                    "يشعر كثير من الآباء والأمهات بالوحدة أمام احتياجات أطفالهم. وتتيح لهم المجموعة وقتا للحديث وتبادل النصائح العملية ولقاء أسر أخرى تعيش الوضعية نفسها.",
                    en="Many parents feel alone facing their child's needs. The group gives them time to talk, share practical tips and meet other families in the same situation.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Les rencontres ont lieu le mercredi à 16 h au centre d'accueil de jour, pendant que les jeunes participent à un atelier. Une psychologue et une éducatrice animent les séances.",
                    "تُعقد اللقاءات يوم الأربعاء على الساعة 16 بمركز الاستقبال النهاري، في الوقت الذي يشارك فيه الشباب في ورشة. وتؤطر الحصص أخصائية نفسية ومربية.",
                    en="Meetings take place on Wednesdays at 4 pm at the day centre, while the young people attend a workshop. A psychologist and an educator lead the sessions.",
                ),
            ),
            (
                "cta",
                {
                    "title": T("Rejoindre le groupe", "انضموا إلى المجموعة", en="Join the group"),
                    "text": T(
                        "La participation est gratuite : il suffit d'appeler le centre.",
                        "المشاركة مجانية: يكفي الاتصال بالمركز.",
                        en="Taking part is free: just call the centre.",
                    ),
                    "label": T(
                        "Voir le centre d'accueil de jour",
                        "اطلعوا على مركز الاستقبال النهاري",
                        en="See the day centre",
                    ),
                    "link": "centre-d-accueil-de-jour",
                },
            ),
        ],
    },
    {
        "slug": "tournage-du-film-le-vivre-ensemble",
        "days_from_today": -260,
        "title": T(
            "Silence, on tourne « Le vivre ensemble » !",
            "صمت، نصوّر «العيش المشترك»!",
            en='Quiet on set: filming "Living Together"!',
        ),
        "intro": T(
            "Pendant deux semaines, les rues, le souk et le terrain de sport de Belfaa ont servi de décor au film écrit par les jeunes de la commune.",
            "على مدى أسبوعين، شكلت أزقة بلفاع وسوقها وملعبها الرياضي ديكورا للفيلم الذي كتبه شباب الجماعة.",
            en="For two weeks, Belfaa's streets, souk and sports ground served as the set for the film written by the commune's young people.",
        ),
        "tags": ["culture", "jeunesse"],
        "image": "film",
        "body": [
            (
                "paragraph",
                T(
                    "Caméra à l'épaule, une vingtaine de jeunes ont tourné les scènes qu'ils avaient écrites en atelier. Les habitants ont prêté leurs maisons, leurs boutiques et même leurs tenues de fête.",
                    "بالكاميرا على الكتف، صوّر نحو عشرين شابا وشابة المشاهد التي كتبوها في الورشات. وأعار السكان بيوتهم ومحلاتهم بل وحتى ملابس أعيادهم.",
                    en="Camera on shoulder, about twenty young people shot the scenes they had written in workshops. Residents lent their homes, their shops and even their festive clothes.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Le film raconte l'amitié entre une jeune fille de Belfaa et un jeune homme venu de Guinée. Il sera sous-titré en quatre langues et présenté en avant-première à la maison de la création.",
                    "يحكي الفيلم قصة صداقة بين شابة من بلفاع وشاب قادم من غينيا. وستُرفق به ترجمة مكتوبة بأربع لغات، وسيُقدَّم في عرض أول بدار الإبداع.",
                    en="The film tells the story of a friendship between a young woman from Belfaa and a young man from Guinea. It will be subtitled in four languages and premiered at the creation house.",
                ),
            ),
            (
                "quote",
                T(
                    "On voulait montrer Belfaa telle qu'on la vit, avec ses disputes et ses fêtes.",
                    "أردنا أن نُظهر بلفاع كما نعيشها، بخلافاتها وأفراحها.",
                    en="We wanted to show Belfaa as we live it, with its arguments and its celebrations.",
                ),
                T(
                    "Une jeune scénariste du film",
                    "كاتبة سيناريو شابة من فريق الفيلم",
                    en="A young screenwriter of the film",
                ),
            ),
        ],
    },
    {
        "slug": "brochure-a-la-rencontre-des-nouveaux-habitants",
        "days_from_today": -220,
        "title": T(
            "Parution de la brochure « À la rencontre des nouveaux habitants »",
            "صدور كتيب «لقاء مع السكان الجدد»",
            en='Publication of the brochure "Meeting the new inhabitants"',
        ),
        "intro": T(
            "Les jeunes citoyennes et citoyens de Belfaa partagent ce qu'ils ont appris en participant au projet d'insertion sociale des nouveaux habitants.",
            "تتقاسم شابات وشبان بلفاع ما تعلموه من مشاركتهم في مشروع الإدماج الاجتماعي للسكان الجدد.",
            en="Belfaa's young citizens share what they learned by taking part in the project for the social inclusion of new residents.",
        ),
        "tags": ["jeunesse", "migration", "participation"],
        "image": "brochure",
        "body": [
            (
                "paragraph",
                T(
                    "La brochure est le fruit d'un travail de systématisation d'expérience : pendant plusieurs mois, les jeunes ont relu leurs actions, leurs réussites et leurs difficultés, pour en tirer des leçons utiles à d'autres communes.",
                    "الكتيب ثمرة عمل لتوثيق التجربة وتحليلها: على مدى عدة أشهر، راجع الشباب أنشطتهم ونجاحاتهم والصعوبات التي واجهوها، لاستخلاص دروس مفيدة لجماعات أخرى.",
                    en="The brochure is the result of an experience capitalisation exercise: over several months, the young people looked back at their actions, successes and difficulties to draw lessons useful to other communes.",
                ),
            ),
            (
                "list",
                [
                    T(
                        "Comment les jeunes sont allés à la rencontre des nouveaux habitants.",
                        "كيف ذهب الشباب للقاء السكان الجدد.",
                        en="How the young people went out to meet new residents.",
                    ),
                    T(
                        "Ce qui a marché, et ce qui a moins bien marché.",
                        "ما نجح، وما كان أقل نجاحا.",
                        en="What worked, and what worked less well.",
                    ),
                    T(
                        "Des conseils pour les communes qui veulent se lancer.",
                        "نصائح للجماعات التي ترغب في خوض التجربة.",
                        en="Advice for communes that want to get started.",
                    ),
                ],
            ),
            (
                "paragraph",
                T(
                    "Elle a été réalisée avec l'appui de Brulocalis, qui fait connaître les bonnes pratiques des communes partenaires du programme CIC. Des exemplaires imprimés sont disponibles au siège de la commune et à la maison de la création.",
                    "أُنجز الكتيب بدعم من برولوكاليس، التي تعرّف بالممارسات الجيدة للجماعات الشريكة في برنامج CIC. وتتوفر نسخ مطبوعة منه بمقر الجماعة وبدار الإبداع.",
                    en="It was produced with the support of Brulocalis, which showcases the good practices of the communes in the CIC programme. Printed copies are available at the commune hall and the creation house.",
                ),
            ),
        ],
    },
    {
        "slug": "jeunes-du-centre-de-jour-dans-les-fetes-communales",
        "days_from_today": -180,
        "title": T(
            "Les jeunes du centre de jour prennent leur place dans les fêtes de la commune",
            "شباب المركز النهاري يأخذون مكانهم في احتفالات الجماعة",
            en="Young people from the day centre take their place in the commune's celebrations",
        ),
        "intro": T(
            "Chorale, stand de pâtisseries, match de football : les jeunes porteurs d'un handicap participent de plus en plus aux événements organisés par la commune.",
            "جوقة، ورواق للحلويات، ومباراة في كرة القدم: يشارك الشباب في وضعية إعاقة أكثر فأكثر في الأنشطة التي تنظمها الجماعة.",
            en="A choir, a pastry stand, a football match: young people with disabilities are taking part more and more in events organised by the commune.",
        ),
        "tags": ["handicap", "culture", "participation"],
        "image": None,
        "body": [
            (
                "paragraph",
                T(
                    "L'insertion des jeunes porteurs d'un handicap dans les événements communaux est l'un des engagements du partenariat Belfaa – Jette. Pour chaque événement, l'équipe du centre prépare avec les organisateurs l'accès au lieu, l'accueil et une activité adaptée.",
                    "يُعدّ إدماج الشباب في وضعية إعاقة في أنشطة الجماعة من التزامات شراكة بلفاع – جيت. ففي كل نشاط، يُعدّ فريق المركز مع المنظمين الولوج إلى المكان والاستقبال ونشاطا ملائما.",
                    en="Including young people with disabilities in the commune's events is one of the commitments of the Belfaa – Jette partnership. For each event, the centre's team prepares access, welcome and a suitable activity with the organisers.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Ce printemps, les jeunes ont chanté à la fête de quartier, tenu un stand de pâtisseries et préparé un atelier de peinture pour le salon de création.",
                    "هذا الربيع، غنّى الشباب في حفل الحي، وأشرفوا على رواق للحلويات، وأعدّوا ورشة للرسم من أجل معرض الإبداع.",
                    en="This spring, the young people sang at the neighbourhood party, ran a pastry stand and prepared a painting workshop for the creative fair.",
                ),
            ),
            (
                "quote",
                T(
                    "Ici, mon fils n'est pas spectateur : il fait partie de la fête.",
                    "هنا، ابني ليس متفرجا: إنه جزء من الاحتفال.",
                    en="Here, my son isn't a spectator: he is part of the celebration.",
                ),
                T(
                    "La mère d'un jeune du centre",
                    "أم أحد شباب المركز",
                    en="The mother of a young person at the centre",
                ),
            ),
        ],
    },
    {
        "slug": "retour-sur-le-salon-belfaa-accueille-l-afrique",
        "days_from_today": -137,
        "title": T(
            "Retour sur le salon « Belfaa accueille l'Afrique »",
            "عودة إلى معرض «بلفاع تستقبل إفريقيا»",
            en='Looking back at the "Belfaa welcomes Africa" fair',
        ),
        "intro": T(
            "Deux jours de création, de musique et de rencontres à la maison de la création : la première édition du salon inclusif a attiré plusieurs centaines de visiteurs.",
            "يومان من الإبداع والموسيقى واللقاءات بدار الإبداع: استقطبت الدورة الأولى من المعرض الدامج مئات الزوار.",
            en="Two days of creativity, music and encounters at the creation house: the first edition of the inclusive fair drew several hundred visitors.",
        ),
        "tags": ["culture", "migration", "handicap"],
        "image": "fair",
        "body": [
            (
                "paragraph",
                T(
                    "Une trentaine d'exposantes et d'exposants ont présenté leurs créations : tissus wax cousus à Belfaa, vannerie du Souss, peintures, bijoux et produits à l'huile d'argan. Les jeunes du centre d'accueil de jour tenaient leur propre stand.",
                    "قدم نحو ثلاثين عارضة وعارضا إبداعاتهم: أقمشة الواكس المخيطة في بلفاع، ومنتجات السلالة من سوس، ولوحات، وحلي، ومنتجات بزيت الأركان. وكان لشباب مركز الاستقبال النهاري رواقهم الخاص.",
                    en="About thirty exhibitors showed their work: wax fabrics sewn in Belfaa, basketry from the Souss, paintings, jewellery and argan oil products. Young people from the day centre ran their own stand.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Ateliers de cuisine, contes et concert dans la cour ont rythmé les deux journées. Un espace calme permettait aux visiteurs qui le souhaitaient de faire une pause.",
                    "تخللت اليومين ورشات للطبخ وحكايات وحفل موسيقي في الفناء. وأتاح فضاء هادئ للزوار الراغبين في ذلك أخذ استراحة.",
                    en="Cooking workshops, storytelling and a concert in the courtyard set the pace of the two days. A quiet area let visitors take a break when they wished.",
                ),
            ),
            (
                "cta",
                {
                    "title": T("Le projet du salon", "مشروع المعرض", en="The fair project"),
                    "text": T(
                        "Découvrez comment le salon a été préparé et ce qui suit.",
                        "اكتشفوا كيف تم التحضير للمعرض وما الذي سيليه.",
                        en="Find out how the fair was prepared and what comes next.",
                    ),
                    "label": SEE_PROJECT,
                    "link": "belfaa-accueille-l-afrique",
                },
            ),
        ],
    },
    {
        "slug": "avant-premiere-du-film-le-vivre-ensemble",
        "days_from_today": -92,
        "title": T(
            "Salle comble pour l'avant-première du film « Le vivre ensemble »",
            "قاعة ممتلئة في العرض الأول لفيلم «العيش المشترك»",
            en='Full house for the premiere of "Living Together"',
        ),
        "intro": T(
            "Les jeunes réalisateurs ont présenté leur film aux habitants, aux familles et aux partenaires, à la maison de la création.",
            "قدم المخرجون الشباب فيلمهم أمام السكان والأسر والشركاء بدار الإبداع.",
            en="The young filmmakers presented their film to residents, families and partners at the creation house.",
        ),
        "tags": ["culture", "jeunesse"],
        "image": "film",
        "body": [
            (
                "paragraph",
                T(
                    "La projection a été suivie d'un long échange avec le public. Plusieurs spectateurs ont raconté leur propre arrivée à Belfaa, il y a trente ans ou il y a six mois.",
                    "أعقب العرض نقاش طويل مع الجمهور. وحكى عدد من المتفرجين قصة وصولهم هم أنفسهم إلى بلفاع، قبل ثلاثين سنة أو قبل ستة أشهر.",
                    en="The screening was followed by a long discussion with the audience. Several viewers told the story of their own arrival in Belfaa, thirty years or six months ago.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Le film va maintenant circuler dans les écoles et les associations de la commune. Il sera aussi présenté à Jette, lors d'une soirée organisée par la commune jumelle.",
                    "سيجول الفيلم الآن في مدارس الجماعة وجمعياتها. كما سيُعرض في جيت خلال أمسية تنظمها الجماعة التوأم.",
                    en="The film will now tour the commune's schools and associations. It will also be shown in Jette, at an evening organised by the twin municipality.",
                ),
            ),
            (
                "cta",
                {
                    "title": T("Le projet du film", "مشروع الفيلم", en="The film project"),
                    "text": T(
                        "Comment les jeunes ont écrit, tourné et monté le film.",
                        "كيف كتب الشباب الفيلم وصوروه وأنجزوا مونتاجه.",
                        en="How the young people wrote, shot and edited the film.",
                    ),
                    "label": SEE_PROJECT,
                    "link": "film-le-vivre-ensemble",
                },
            ),
        ],
    },
    {
        "slug": "visite-de-la-delegation-de-jette",
        "days_from_today": -44,
        "title": T(
            "Une délégation de Jette à Belfaa pour le comité de pilotage du partenariat",
            "وفد من جيت في بلفاع لاجتماع لجنة قيادة الشراكة",
            en="A Jette delegation in Belfaa for the partnership steering committee",
        ),
        "intro": T(
            "Élus et agents de la commune de Jette ont passé une semaine à Belfaa pour faire le point sur le partenariat 2022-2026 et préparer la suite.",
            "قضى منتخبون وموظفون من جماعة جيت أسبوعا في بلفاع لتقييم شراكة 2022-2026 والتحضير لما بعدها.",
            en="Elected officials and staff from the municipality of Jette spent a week in Belfaa to review the 2022-2026 partnership and prepare what comes next.",
        ),
        "tags": ["participation"],
        "image": None,
        "body": [
            (
                "paragraph",
                T(
                    "La délégation a visité le bureau des migrants, le centre d'accueil de jour, la maison de la création et la plantation de Toulaasri. Elle a rencontré les jeunes des forums ouverts et les associations partenaires.",
                    "زار الوفد مكتب المهاجرين ومركز الاستقبال النهاري ودار الإبداع ومشروع الغرس بتولعسري. كما التقى بشباب المنتديات المفتوحة وبالجمعيات الشريكة.",
                    en="The delegation visited the migrant office, the day centre, the creation house and the Toulaasri plantation. It met young people from the open forums and the partner associations.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Réuni au siège de la commune sous la présidence du président du conseil communal, le comité de pilotage a examiné les résultats du programme et les chiffres des publics accompagnés, publiés sous forme agrégée.",
                    "درست لجنة القيادة، المجتمعة بمقر الجماعة برئاسة رئيس المجلس الجماعي، نتائج البرنامج وأرقام الفئات المستفيدة من المواكبة، المنشورة في شكل مجمّع.",
                    en="Meeting at the commune hall and chaired by the president of the commune council, the steering committee reviewed the programme's results and the figures on the people supported, published in aggregate form.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Une rencontre publique a permis aux habitants de poser leurs questions aux deux communes. Les priorités de la prochaine phase seront discutées avec les habitants dans les mois qui viennent.",
                    "أتاح لقاء عمومي للسكان طرح أسئلتهم على الجماعتين. وستُناقش أولويات المرحلة المقبلة مع الساكنة خلال الأشهر القادمة.",
                    en="A public meeting let residents put their questions to both communes. The priorities for the next phase will be discussed with residents in the coming months.",
                ),
            ),
            (
                "cta",
                {
                    "title": T(
                        "Les résultats du partenariat",
                        "نتائج الشراكة",
                        en="The partnership's results",
                    ),
                    "text": T(
                        "Objectifs, cibles et chiffres publiés.",
                        "الأهداف والقيم المستهدفة والأرقام المنشورة.",
                        en="Goals, targets and published figures.",
                    ),
                    "label": T("Voir les résultats", "اطلعوا على النتائج", en="See the results"),
                    "link": "resultats",
                },
            ),
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Events (French and Arabic required; English given, Tamazight not yet). The support groups of
# the listening centre are confidential and never listed.
# ---------------------------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "forum-ouvert-des-jeunes-printemps",
        "days_from_today": -233,
        "time": "14:00",
        "duration_hours": 4,
        "all_day": False,
        "place": "maison-de-la-creation",
        "location": None,
        "theme": "citizenship",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Forum ouvert des jeunes : vos idées pour Belfaa",
            "المنتدى المفتوح للشباب: أفكاركم من أجل بلفاع",
            en="Youth open forum: your ideas for Belfaa",
        ),
        "intro": T(
            "Un après-midi pour proposer des projets utiles à la commune et former des équipes.",
            "أمسية لاقتراح مشاريع مفيدة للجماعة وتكوين فرق العمل.",
            en="An afternoon to propose projects that are useful to the commune and form teams.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Ouvert aux jeunes de 15 à 30 ans, marocains ou non. Pas besoin de s'inscrire : venez avec vos idées, le goûter est offert.",
                    "مفتوح للشباب من 15 إلى 30 سنة، مغاربة كانوا أم لا. لا حاجة إلى التسجيل: تعالوا بأفكاركم، ووجبة اللمجة مجانية.",
                    en="Open to young people aged 15 to 30, Moroccan or not. No need to register: bring your ideas, snacks are provided.",
                ),
            ),
        ],
    },
    {
        "slug": "campagne-d-information-dans-les-exploitations-agricoles",
        "days_from_today": -200,
        "time": "12:30",
        "duration_hours": 2,
        "all_day": False,
        "place": None,
        "location": T(
            "Exploitations agricoles de la commune",
            "الضيعات الفلاحية بالجماعة",
            en="Farms in the commune",
        ),
        "theme": "social",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Campagne d'information dans les exploitations agricoles",
            "حملة إخبارية في الضيعات الفلاحية",
            en="Information campaign on the farms",
        ),
        "intro": T(
            "Pendant la pause de midi, l'équipe du service social présente aux ouvrières agricoles leurs droits et le centre d'écoute.",
            "خلال استراحة الظهيرة، يقدم فريق المصلحة الاجتماعية للعاملات الزراعيات حقوقهن ومركز الاستماع.",
            en="During the lunch break, the social service team tells women farm workers about their rights and the listening centre.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Les séances durent une heure, en arabe et en tamazight. Les associations qui souhaitent accueillir une séance peuvent contacter le service social.",
                    "تدوم الحصص ساعة واحدة، بالعربية والأمازيغية. ويمكن للجمعيات الراغبة في احتضان حصة أن تتصل بالمصلحة الاجتماعية.",
                    en="Sessions last one hour, in Arabic and Tamazight. Associations wishing to host a session can contact the social service.",
                ),
            ),
        ],
    },
    {
        "slug": "seance-1000-premiers-jours-futurs-parents",
        "days_from_today": -174,
        "time": "10:00",
        "duration_hours": 2,
        "all_day": False,
        "place": None,
        "location": T(
            "Centre de santé de Belfaa", "المركز الصحي لبلفاع", en="Belfaa health centre"
        ),
        "theme": "health",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "1000 premiers jours : séance pour les futurs parents",
            "الألف يوم الأولى: حصة للآباء والأمهات المقبلين",
            en="First 1000 days: a session for parents-to-be",
        ),
        "intro": T(
            "Une sage-femme et l'association Khamsa répondent aux questions des futurs parents et des parents de jeunes enfants.",
            "تجيب قابلة وجمعية خمسة عن أسئلة الآباء والأمهات المقبلين وآباء وأمهات الأطفال الصغار.",
            en="A midwife and the Khamsa association answer questions from parents-to-be and parents of young children.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Séance gratuite, en arabe, en tamazight et en français. Les pères sont les bienvenus.",
                    "حصة مجانية بالعربية والأمازيغية والفرنسية. والآباء مرحب بهم.",
                    en="Free session in Arabic, Tamazight and French. Fathers are welcome.",
                ),
            ),
        ],
    },
    {
        "slug": "salon-belfaa-accueille-l-afrique",
        "days_from_today": -142,
        "time": None,
        "duration_hours": 48,
        "all_day": True,
        "place": "maison-de-la-creation",
        "location": None,
        "theme": "culture",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Salon « Belfaa accueille l'Afrique » : deux jours de création",
            "معرض «بلفاع تستقبل إفريقيا»: يومان من الإبداع",
            en='"Belfaa welcomes Africa" fair: two days of creativity',
        ),
        "intro": T(
            "Créatrices et créateurs de Belfaa et d'ailleurs, migrants et jeunes du centre de jour exposent et animent des ateliers.",
            "مبدعات ومبدعون من بلفاع ومن خارجها، ومهاجرون وشباب المركز النهاري يعرضون إبداعاتهم وينشطون ورشات.",
            en="Makers from Belfaa and elsewhere, migrants and young people from the day centre exhibit and run workshops.",
        ),
        "body": [
            (
                "list",
                [
                    T(
                        "Stands d'artisanat, de couture et de cuisine.",
                        "أروقة للصناعة التقليدية والخياطة والطبخ.",
                        en="Craft, sewing and food stands.",
                    ),
                    T("Ateliers pour les enfants.", "ورشات للأطفال.", en="Workshops for children."),
                    T(
                        "Concert dans la cour le samedi soir.",
                        "حفل موسيقي في الفناء مساء السبت.",
                        en="Concert in the courtyard on Saturday evening.",
                    ),
                ],
            ),
            (
                "paragraph",
                T(
                    "Entrée libre. Le lieu est accessible en fauteuil roulant et un espace calme est prévu.",
                    "الدخول مجاني. والمكان مهيأ لولوج الكراسي المتحركة، مع تخصيص فضاء هادئ.",
                    en="Free entry. The venue is wheelchair accessible and a quiet area is provided.",
                ),
            ),
        ],
    },
    {
        "slug": "avant-premiere-le-vivre-ensemble",
        "days_from_today": -94,
        "time": "20:00",
        "duration_hours": 2,
        "all_day": False,
        "place": "maison-de-la-creation",
        "location": None,
        "theme": "culture",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Avant-première du film « Le vivre ensemble »",
            "العرض الأول لفيلم «العيش المشترك»",
            en='Premiere of the film "Living Together"',
        ),
        "intro": T(
            "Projection du film écrit et tourné par les jeunes de Belfaa, suivie d'un échange avec l'équipe.",
            "عرض الفيلم الذي كتبه وصوره شباب بلفاع، متبوعا بنقاش مع الفريق.",
            en="Screening of the film written and shot by Belfaa's young people, followed by a discussion with the team.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Film de 26 minutes, sous-titré en arabe, en tamazight, en français et en anglais. Entrée libre dans la limite des places disponibles.",
                    "فيلم مدته 26 دقيقة، مترجم إلى العربية والأمازيغية والفرنسية والإنجليزية. الدخول مجاني في حدود المقاعد المتوفرة.",
                    en="A 26-minute film, subtitled in Arabic, Tamazight, French and English. Free entry while seats last.",
                ),
            ),
        ],
    },
    {
        "slug": "tournoi-de-football-africain",
        "days_from_today": -58,
        "time": None,
        "duration_hours": 24,
        "all_day": True,
        "place": "terrain-de-sport",
        "location": None,
        "theme": "sport",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Tournoi de football africain",
            "الدوري الإفريقي لكرة القدم",
            en="African football tournament",
        ),
        "intro": T(
            "Une journée de football et de fête au terrain de sport, avec des équipes mixtes d'habitants et de nouveaux résidents.",
            "يوم من كرة القدم والاحتفال بالملعب الرياضي، بفرق مختلطة من السكان والمقيمين الجدد.",
            en="A day of football and celebration at the sports ground, with mixed teams of residents and newcomers.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Les équipes s'inscrivent auprès de l'Association Taqaddoum Belfaa pour le sport. Chaque équipe compte des joueurs de plusieurs origines. La buvette est tenue par l'association Anaruz.",
                    "تُسجَّل الفرق لدى جمعية تقدم بلفاع للرياضة. ويضم كل فريق لاعبين من أصول متعددة. وتتولى جمعية أناروز تسيير ركن المشروبات.",
                    en="Teams register with the Taqaddoum Belfaa Sports Association. Each team includes players of several origins. The refreshment stand is run by the Anaruz association.",
                ),
            ),
        ],
    },
    {
        "slug": "forum-ouvert-des-jeunes-automne",
        "days_from_today": -45,
        "time": "14:00",
        "duration_hours": 4,
        "all_day": False,
        "place": None,
        "location": COMMUNE_HALL,
        "theme": "citizenship",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Forum ouvert des jeunes : les projets votés devant la délégation de Jette",
            "المنتدى المفتوح للشباب: التصويت على المشاريع بحضور وفد جيت",
            en="Youth open forum: projects voted on before the Jette delegation",
        ),
        "intro": T(
            "Les groupes de jeunes présentent leurs propositions, la salle vote, et la délégation de Jette assiste aux débats.",
            "تقدم مجموعات الشباب مقترحاتها، ويصوت الحاضرون، ويتابع وفد جيت النقاشات.",
            en="Youth groups present their proposals, the room votes, and the Jette delegation attends the debates.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Ouvert aux jeunes de 15 à 30 ans et à leurs familles. Les résultats du vote sont publiés sur le site le soir même.",
                    "مفتوح للشباب من 15 إلى 30 سنة ولأسرهم. وتُنشر نتائج التصويت على الموقع في المساء نفسه.",
                    en="Open to young people aged 15 to 30 and their families. The results of the vote are published on the site the same evening.",
                ),
            ),
        ],
    },
    {
        "slug": "rencontre-publique-avec-la-delegation-de-jette",
        "days_from_today": -46,
        "time": "18:00",
        "duration_hours": 2,
        "all_day": False,
        "place": None,
        "location": COMMUNE_HALL,
        "theme": "citizenship",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Rencontre publique avec la délégation de Jette",
            "لقاء عمومي مع وفد جيت",
            en="Public meeting with the Jette delegation",
        ),
        "intro": T(
            "Les habitants sont invités à échanger avec les élus de Belfaa et de Jette sur le bilan du partenariat 2022-2026.",
            "السكان مدعوون إلى التحاور مع منتخبي بلفاع وجيت حول حصيلة شراكة 2022-2026.",
            en="Residents are invited to talk with elected officials from Belfaa and Jette about the results of the 2022-2026 partnership.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "La rencontre se tient en arabe et en français, avec une traduction en tamazight. Les questions peuvent aussi être déposées à l'avance à l'accueil de la commune.",
                    "يُعقد اللقاء بالعربية والفرنسية مع ترجمة إلى الأمازيغية. ويمكن أيضا إيداع الأسئلة مسبقا لدى مكتب الاستقبال بالجماعة.",
                    en="The meeting is held in Arabic and French, with interpreting into Tamazight. Questions can also be left in advance at the commune's reception desk.",
                ),
            ),
        ],
    },
    {
        "slug": "reunion-d-information-pour-les-migrants",
        "days_from_today": -270,
        "time": "10:00",
        "duration_hours": 2,
        "all_day": False,
        "place": None,
        "location": T(
            "Bureau des migrants, siège de la commune",
            "مكتب المهاجرين، مقر الجماعة",
            en="Migrant office, commune hall",
        ),
        "theme": "social",
        "recurrence": "monthly",
        "recurrence_until_days_from_today": 120,
        "title": T(
            "Réunion d'information pour les migrants",
            "لقاء إخباري لفائدة المهاجرين",
            en="Information meeting for migrants",
        ),
        "intro": T(
            "Chaque mois, le bureau des migrants répond à vos questions sur la santé, l'école, les papiers et les activités de la commune.",
            "كل شهر، يجيب مكتب المهاجرين عن أسئلتكم حول الصحة والمدرسة والوثائق وأنشطة الجماعة.",
            en="Every month, the migrant office answers your questions about health, school, papers and the commune's activities.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Gratuit, sans inscription et sans condition de papiers. Interprétation possible en anglais et dans plusieurs langues d'Afrique de l'Ouest. Un espace est prévu pour les enfants.",
                    "مجاني، دون تسجيل ودون اشتراط الوثائق. الترجمة ممكنة إلى الإنجليزية وإلى عدة لغات من غرب إفريقيا. ويُخصَّص فضاء للأطفال.",
                    en="Free, with no registration and no papers required. Interpreting is available in English and several West African languages. There is a space for children.",
                ),
            ),
        ],
    },
    {
        "slug": "groupe-des-parents-du-centre-d-accueil-de-jour",
        "days_from_today": -299,
        "time": "16:00",
        "duration_hours": 1.5,
        "all_day": False,
        "place": "centre-d-accueil-de-jour",
        "location": None,
        "theme": "social",
        "recurrence": "weekly",
        "recurrence_until_days_from_today": 120,
        "title": T(
            "Groupe des parents du centre d'accueil de jour",
            "مجموعة آباء وأمهات مركز الاستقبال النهاري",
            en="Day centre parents' group",
        ),
        "intro": T(
            "Chaque mercredi, les parents de jeunes porteurs d'un handicap se retrouvent pour échanger et s'entraider.",
            "كل يوم أربعاء، يلتقي آباء وأمهات الشباب في وضعية إعاقة لتبادل التجارب والتعاون.",
            en="Every Wednesday, parents of young people with disabilities meet to share and help each other.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Le groupe est animé par une psychologue et une éducatrice. Il accueille aussi les parents de jeunes autistes. Pendant ce temps, les jeunes participent à un atelier.",
                    "تؤطر المجموعة أخصائية نفسية ومربية، وهي مفتوحة أيضا لآباء وأمهات الشباب ذوي التوحد. وفي الأثناء، يشارك الشباب في ورشة.",
                    en="The group is led by a psychologist and an educator. It also welcomes parents of young autistic people. Meanwhile, the young people attend a workshop.",
                ),
            ),
        ],
    },
    {
        "slug": "portes-ouvertes-du-centre-d-accueil-de-jour",
        "days_from_today": 10,
        "time": "10:00",
        "duration_hours": 5,
        "all_day": False,
        "place": "centre-d-accueil-de-jour",
        "location": None,
        "theme": "social",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Portes ouvertes au centre d'accueil de jour",
            "أبواب مفتوحة بمركز الاستقبال النهاري",
            en="Open day at the day centre",
        ),
        "intro": T(
            "À l'occasion de la Journée internationale des personnes handicapées, le centre ouvre ses portes aux familles et aux habitants.",
            "بمناسبة اليوم العالمي للأشخاص في وضعية إعاقة، يفتح المركز أبوابه للأسر وللسكان.",
            en="For the International Day of Persons with Disabilities, the centre opens its doors to families and residents.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Visite des ateliers, exposition des travaux des jeunes et présentation du groupe des parents. Entrée libre de 10 h à 15 h.",
                    "زيارة الورشات، ومعرض لأعمال الشباب، وتقديم مجموعة الآباء والأمهات. الدخول مجاني من الساعة 10 إلى 15.",
                    en="Tour of the workshops, an exhibition of the young people's work and a presentation of the parents' group. Free entry from 10 am to 3 pm.",
                ),
            ),
        ],
    },
    {
        "slug": "exposition-et-theatre-action-chemins-des-nouveaux-habitants",
        "days_from_today": 25,
        "time": "18:00",
        "duration_hours": 3,
        "all_day": False,
        "place": "maison-de-la-creation",
        "location": None,
        "theme": "culture",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Exposition et théâtre-action : les chemins des nouveaux habitants",
            "معرض ومسرح تفاعلي: مسارات السكان الجدد",
            en="Exhibition and action theatre: the journeys of new residents",
        ),
        "intro": T(
            "Pour la Journée internationale des migrants, la maison de la création présente une exposition sur les parcours migratoires des habitants, suivie d'une séance de théâtre-action.",
            "بمناسبة اليوم الدولي للمهاجرين، تقدم دار الإبداع معرضا حول مسارات الهجرة لدى السكان، يليه عرض للمسرح التفاعلي.",
            en="For International Migrants Day, the creation house presents an exhibition on residents' migration journeys, followed by an action theatre session.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "L'exposition rassemble des photos, des objets et des récits confiés par des habitants venus d'ailleurs. Le théâtre-action invite le public à monter sur scène pour imaginer d'autres réactions face aux préjugés.",
                    "يضم المعرض صورا وأغراضا وشهادات أدلى بها سكان قدموا من أماكن أخرى. ويدعو المسرح التفاعلي الجمهور إلى الصعود إلى الخشبة لتخيّل ردود فعل أخرى في مواجهة الأحكام المسبقة.",
                    en="The exhibition brings together photos, objects and stories shared by residents who came from elsewhere. Action theatre invites the audience on stage to imagine other ways of responding to prejudice.",
                ),
            ),
            (
                "paragraph",
                T(
                    "L'exposition reste ouverte pendant un mois, aux heures d'ouverture de la maison.",
                    "يظل المعرض مفتوحا لمدة شهر، خلال أوقات عمل الدار.",
                    en="The exhibition stays open for a month, during the house's opening hours.",
                ),
            ),
        ],
    },
    {
        "slug": "yennayer-contes-d-afrique-et-du-souss",
        "days_from_today": 52,
        "time": "19:00",
        "duration_hours": 2.5,
        "all_day": False,
        "place": "maison-de-la-creation",
        "location": None,
        "theme": "culture",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Yennayer à la maison de la création : contes d'Afrique et du Souss",
            "إيض يناير بدار الإبداع: حكايات من إفريقيا ومن سوس",
            en="Yennayer at the creation house: tales from Africa and the Souss",
        ),
        "intro": T(
            "Pour le Nouvel An amazigh, conteuses et conteurs d'ici et d'ailleurs partagent leurs histoires autour d'un repas partagé.",
            "بمناسبة رأس السنة الأمازيغية، يتقاسم حكّاؤون وحكّاءات من هنا ومن هناك حكاياتهم حول وجبة مشتركة.",
            en="For the Amazigh New Year, storytellers from here and elsewhere share their tales over a shared meal.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Apportez un plat de chez vous si vous le souhaitez. Soirée en tamazight, en arabe et en français, pour petits et grands.",
                    "أحضروا طبقا من بيوتكم إن رغبتم في ذلك. أمسية بالأمازيغية والعربية والفرنسية للصغار والكبار.",
                    en="Bring a dish from home if you like. An evening in Tamazight, Arabic and French, for young and old.",
                ),
            ),
        ],
    },
    {
        "slug": "forum-ouvert-des-jeunes-hiver",
        "days_from_today": 61,
        "time": "14:00",
        "duration_hours": 4,
        "all_day": False,
        "place": "maison-de-la-creation",
        "location": None,
        "theme": "citizenship",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Forum ouvert des jeunes : choisir les projets de l'année",
            "المنتدى المفتوح للشباب: اختيار مشاريع السنة",
            en="Youth open forum: choosing this year's projects",
        ),
        "intro": T(
            "Les groupes de jeunes présentent leurs propositions et tout le monde vote pour les projets que la commune accompagnera.",
            "تقدم مجموعات الشباب مقترحاتها ويصوت الجميع على المشاريع التي ستواكبها الجماعة.",
            en="Youth groups present their proposals and everyone votes for the projects the commune will support.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Les propositions déposées avant le forum sont affichées dans la salle. Chaque participante et chaque participant dispose de trois voix.",
                    "تُعرض المقترحات المودعة قبل المنتدى في القاعة. ولكل مشاركة ومشارك ثلاثة أصوات.",
                    en="Proposals submitted before the forum are displayed in the room. Each participant has three votes.",
                ),
            ),
        ],
    },
    {
        "slug": "journee-de-plantation-toulaasri",
        "days_from_today": 75,
        "time": "09:00",
        "duration_hours": 6,
        "all_day": False,
        "place": None,
        "location": TOULAASRI,
        "theme": "environment",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "Journée de plantation à Toulaasri",
            "يوم الغرس بتولعسري",
            en="Planting day in Toulaasri",
        ),
        "intro": T(
            "Deuxième journée de plantation de figuiers de Barbarie avec les habitants du douar.",
            "اليوم الثاني لغرس التين الشوكي مع سكان الدوار.",
            en="Second prickly pear planting day with the douar's residents.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Départ en bus à 8 h 30 devant le siège de la commune. Outils, gants, eau et déjeuner sont fournis. Prévoyez un chapeau et de bonnes chaussures.",
                    "الانطلاق بالحافلة على الساعة 8:30 أمام مقر الجماعة. الأدوات والقفازات والماء ووجبة الغداء متوفرة. احرصوا على إحضار قبعة وأحذية مريحة.",
                    en="Bus departs at 8:30 am from outside the commune hall. Tools, gloves, water and lunch are provided. Bring a hat and sturdy shoes.",
                ),
            ),
        ],
    },
    {
        "slug": "8-mars-rencontre-avec-les-ouvrieres-agricoles",
        "days_from_today": 105,
        "time": "15:00",
        "duration_hours": 3,
        "all_day": False,
        "place": None,
        "location": COMMUNE_HALL,
        "theme": "social",
        "recurrence": "none",
        "recurrence_until_days_from_today": None,
        "title": T(
            "8 mars : rencontre avec les ouvrières agricoles",
            "8 مارس: لقاء مع العاملات الزراعيات",
            en="8 March: meeting with women farm workers",
        ),
        "intro": T(
            "Pour la Journée internationale des droits des femmes, le service social invite les ouvrières agricoles à un après-midi d'échanges et d'information.",
            "بمناسبة اليوم العالمي لحقوق المرأة، تدعو المصلحة الاجتماعية العاملات الزراعيات إلى أمسية للحوار والإخبار.",
            en="For International Women's Day, the social service invites women farm workers to an afternoon of discussion and information.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Au programme : témoignages, présentation du centre d'écoute, information sur les droits au travail et goûter. Un transport est organisé depuis les principaux douars.",
                    "في البرنامج: شهادات، وتقديم مركز الاستماع، ومعلومات حول الحقوق في العمل، ولمجة. ويُنظَّم النقل انطلاقا من الدواوير الرئيسية.",
                    en="On the programme: testimonies, a presentation of the listening centre, information on workplace rights, and refreshments. Transport is organised from the main villages.",
                ),
            ),
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# The brochure (a small generated PDF attached to the documents).
# ---------------------------------------------------------------------------------------------

BROCHURE = {
    "title": T(
        "À la rencontre des nouveaux habitants",
        "لقاء مع السكان الجدد",
        en="Meeting the new inhabitants",
    ),
    "description": T(
        "Une brochure réalisée avec les jeunes citoyennes et citoyens de Belfaa, qui partagent ce qu'ils ont appris en facilitant l'insertion sociale des nouveaux habitants.",
        "كتيب أُنجز مع شابات وشبان بلفاع، يتقاسمون فيه ما تعلموه وهم يسهلون الإدماج الاجتماعي للسكان الجدد.",
        en="A brochure produced with Belfaa's young citizens, who share what they learned while helping new residents settle in.",
    ),
    "filename": "a-la-rencontre-des-nouveaux-habitants.pdf",
    "pages": [
        T(
            "Pourquoi cette brochure ? Depuis plusieurs années, Belfaa accueille de nouveaux habitants venus d'autres pays d'Afrique. Des jeunes de la commune, filles et garçons, se sont engagés pour faciliter leur insertion sociale. Avec le service social, ils ont pris le temps de relire leur expérience : ce qu'ils ont fait, ce qu'ils ont appris et ce qu'ils feraient autrement.",
            "لماذا هذا الكتيب؟ منذ عدة سنوات، تستقبل بلفاع سكانا جددا قادمين من بلدان إفريقية أخرى. وقد انخرط شابات وشبان من الجماعة في تسهيل إدماجهم الاجتماعي. ومع المصلحة الاجتماعية، أخذوا الوقت لمراجعة تجربتهم: ما قاموا به، وما تعلموه، وما كانوا سيفعلونه بشكل مختلف.",
            en="Why this brochure? For several years, Belfaa has welcomed new residents from other African countries. Young women and men from the commune committed themselves to helping them settle in. With the social service, they took time to look back on their experience: what they did, what they learned and what they would do differently.",
        ),
        T(
            "Ce que nous avons appris. Aller vers l'autre demande du temps : la première rencontre se fait souvent autour du football, de la musique ou d'un repas. Les préjugés reculent quand on travaille ensemble sur un projet concret. Les nouveaux habitants ne sont pas seulement des personnes à aider : ils apportent des idées, des savoir-faire et de l'énergie.",
            "ما تعلمناه. الذهاب نحو الآخر يتطلب وقتا: فاللقاء الأول يتم غالبا حول كرة القدم أو الموسيقى أو وجبة طعام. وتتراجع الأحكام المسبقة حين نعمل معا على مشروع ملموس. والسكان الجدد ليسوا فقط أشخاصا في حاجة إلى المساعدة، بل يحملون أفكارا ومهارات وطاقة.",
            en="What we learned. Reaching out takes time: the first meeting often happens around football, music or a meal. Prejudice fades when people work together on a concrete project. New residents are not only people to help: they bring ideas, skills and energy.",
        ),
        T(
            "Nos conseils aux communes. Écouter d'abord les jeunes et les nouveaux habitants. Créer des lieux ouverts, comme la maison de la création et le terrain de sport. Soutenir les projets choisis collectivement, avec un accompagnement dans la durée. Partager l'expérience avec d'autres communes, ici et à Jette.",
            "نصائحنا للجماعات. الإنصات أولا إلى الشباب وإلى السكان الجدد. إحداث فضاءات مفتوحة، مثل دار الإبداع والملعب الرياضي. دعم المشاريع المختارة بشكل جماعي، مع مواكبة على المدى الطويل. تقاسم التجربة مع جماعات أخرى، هنا وفي جيت.",
            en="Our advice to communes. Listen first to young people and new residents. Create open places, like the creation house and the sports ground. Support projects chosen together, with long-term follow-up. Share the experience with other communes, here and in Jette.",
        ),
    ],
}


# Tamazight terms to review (a native speaker who knows IRCAM usage should check them all; the
# sentences were kept short on purpose):
# - ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ "service social", reused from the home page (HOME); ⵜⴰⵏⴰⴱⴰⴹⵜ usually means
#   "government", ⵜⴰⵏⴰⴼⵓⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ may fit better.
# - ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵢⵓⵜⵜⵏ "women victims of violence" (literally "women who are beaten"), reused
#   from the home page; ⵉⵎⴷⴷⵓⴽⴰⵍ "people" in the objective sentence (OBJECTIVE_2026).
# - ⴰⵙⵏⵙ "shelter / overnight stay" (the home page has ⴰⵙⵏⵣⵉ, which rather reads "sale").
# - ⵜⴰⵛⴽⴰⵢⵜ "complaint" (loan); ⵜⵉⵎⵙⴼⵍⴷⵉⵏ "écoutantes"; ⴰⵏⵙⴰⵢ / ⵉⵏⵙⴰⵢⵏ "objective / targets".
# - ⴰⵏⵔⴰⵔ "sports ground"; ⵓⵔⴰⵔ "sport" (literally play); ⵜⴰⵎⵓⵏⵉ ⵏ ⵜⵛⵓⵕⵜ ⵏ ⵓⴹⴰⵕ "tournament".
# - ⴰⵎⵓⴳⴰⵔ used for both "forum" (as on the home page) and "salon / fair".
# - ⴰⴽⵔⵎⵓⵙ "prickly pear" (local names vary, e.g. ⴰⴽⵏⴰⵔⵉ); ⴰⵥⵥⵓ "planting"; ⴰⴷⵡⴰⵔ / ⵉⴷⵡⴰⵔⵏ
#   "douar"; ⵉⵎⴽⵙⴰⵡⵏ "herders"; ⴰⵣⵔⴱ "fence".
# - ⴰⵅⵅⴰⵎ "room"; ⴰⵙⴰⵢⵙ "stage"; ⴰⵙⵎⴰⵍ "exhibition / screening"; ⴰⵎⵍⴰⵢ "theatre";
#   ⴰⵎⵍⴰⵢ ⵏ ⵜⵉⴳⴰⵡⵜ "théâtre-action"; ⴰⵙⵓⵏⵓ "drawing"; ⴰⵖⵎⵎⴰⵔ "corner".
# - Titles: ⴰⵎⵓⴷⴷⵓⵔ ⴰⴽⴷ ⵡⴰⵢⵢⴰⴹ "Le vivre ensemble"; ⴱⵍⴼⴰⵄ ⵜⵙⵏⵓⴱⴳ ⵜⴰⴼⵔⵉⵇⵢⴰ "Belfaa accueille
#   l'Afrique"; 1000 ⵏ ⵡⵓⵙⵙⴰⵏ ⵉⵎⵣⵡⵓⵔⴰ ⵏ ⵓⵔⴱⴰ "1000 premiers jours de l'enfant".
# - ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ "commune hall / siège"; ⴰⵏⵙⵉⵡ "address"; ⴰⴽⵓⴷ "appointment";
#   ⵜⵉⵍⵉⴼⵓⵏ "phone" (loan); ⵜⵉⵡⵔⵇⵉⵏ "papers" (loan); ⴰⴱⵓⵍⵉⵙ, ⵍⵊⴰⴷⴰⵔⵎⵉ "police, gendarmerie".
# - ⵜⵓⴳⴷⵉ / ⵓⴳⴷ "danger / fear"; ⴰⵓⵜⵉⵣⵎ "autism" (loan); ⴰⵣⵎⵎⵎ "registration";
#   ⵉⴽⵓⵔⵙⵉⵢⵏ ⵉⵜⵜⵎⵓⵙⵙⵓⵏ "wheelchairs" (paraphrase).
# - ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵉⵣⴷⵖⵏ ⴳ ⴱⵕⵕⴰ "diaspora" (paraphrase); ⵜⴰⵎⵓⵏⵜ ⵏ ⵓⵎⵢⴰⵡⴰⵙ ⴷ ⵜⵡⵉⵙⵉ (translated name
#   of Coopération et Solidarité); ⵜⴰⵎⵓⵏⵜ "association"; ⴰⵖⴰⵡⴰⵙ "programme"; ⵜⴰⵙⵓⴷⵙⵜ "institution".
# - ⴰⵙⴳⵏⴰⴼ ⵏ ⵜⵙⴳⴰ "provincial hospital"; ⵉⵏⵙⵉⵜⵏ as plural of ⴰⵏⵙⴰ; ⵉⵎⵙⵡⵓⵔⵉⵢⵏ "staff";
#   ⵉⵎⵙⵍⵎⴰⴷⵏ "educational team".
# - ⴰⵔⵊⵓ ⵏ ⵓⵔⴱⴰ "pregnancy" and ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵔⴰⵊⴰⵏ ⵜⴰⵔⵡⴰ "pregnant women" (paraphrases).
# - ⴰⵎⵓⵔⵙ ⵏ ⵉⵙⴼⴽⴰ ⵏⵏⴽ "Vie privée" (paraphrase); ⴰⵎⵙⵡⵓⵔⵉ ⵏ ⵓⵎⵓⵔⵙ ⵏ ⵉⵙⴼⴽⴰ "DPO"; ⴰⴼⴰⵢⵍⵓ
#   "cookie" (literally file); ⵜⴰⵍⵖⴰ "form"; ⴰⵙⵉⵜ "website"; ⴰⵍⵍⴰⵍ ⵏ ⵓⴹⴼⴼⵓⵕ "tracker".
# - ⴰⴽⵛⵛⵓⵎ ⵉ ⴽⵓⵍⵍⵓ "Accessibilité" (paraphrase); ⵜⵉⵍⵉⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ "known limitations".
# - ⵉⵏⴰⵥⵓⵕⵏ "artisans"; ⵉⵎⵙⵏⴼⵍⵓⵍⵏ "makers / exhibitors"; ⵉⵎⵔⵣⴰⵢⵏ "visitors"; ⵉⵙⵀⵍⵏ "easy,
#   accessible"; ⴰⵙⵖⵓⵢ "noise"; ⵙⵡⵓⵊⵓⴷ "prepare"; ⴰⵙⵓⵔⵉⴼ "step".
# - Latin kept inside Tifinagh text: PRIM, CIC, WCAG, AA, PDF, JavaScript, CNDP.
