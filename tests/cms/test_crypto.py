"""`cms.crypto` itself, below the models that use it: what a key decrypts and what it refuses, how
values are folded before their blind index, and the encrypted fields' round trip. Fast tests:
`make mutants` runs them against every change of the module."""

import base64
import hashlib
import hmac

import pytest
from cryptography.fernet import Fernet
from django.utils.module_loading import import_string

from cms import crypto

KEY_OLD = Fernet.generate_key().decode()
KEY_NEW = Fernet.generate_key().decode()
KEY_OTHER = Fernet.generate_key().decode()
INDEX_KEY = "blind-index-key-of-the-tests"


@pytest.fixture
def keys(settings):
    """`keys(*newest_first)`: switch CASEWORK_ENCRYPTION_KEYS."""
    settings.CASEWORK_BLIND_INDEX_KEY = INDEX_KEY

    def switch(*newest_first):
        settings.CASEWORK_ENCRYPTION_KEYS = list(newest_first)
        crypto.reset_keys()

    yield switch
    crypto.reset_keys()


# --- Encryption and keys --------------------------------------------------------------------------


def test_a_value_is_encrypted_under_the_newest_key_and_reads_back(keys):
    keys(KEY_NEW, KEY_OLD)

    token = crypto.encrypt_str("Hasna, née à Tiznit")

    assert isinstance(token, str) and token.startswith("gAAAA")
    assert "Hasna" not in token
    assert Fernet(KEY_NEW).decrypt(token.encode()).decode() == "Hasna, née à Tiznit"
    assert crypto.decrypt_str(token) == "Hasna, née à Tiznit"
    assert crypto.encrypt_str("Hasna") != crypto.encrypt_str("Hasna")  # a fresh IV each time


def test_bytes_are_encrypted_under_the_newest_key_and_read_back(keys):
    keys(KEY_NEW, KEY_OLD)

    token = crypto.encrypt_bytes(b"%PDF-1.4 certificate")

    assert b"certificate" not in token
    assert Fernet(KEY_NEW).decrypt(token) == b"%PDF-1.4 certificate"
    assert crypto.decrypt_bytes(token) == b"%PDF-1.4 certificate"


def test_any_listed_key_decrypts(keys):
    keys(KEY_OLD)
    old_text, old_bytes = crypto.encrypt_str("Itto"), crypto.encrypt_bytes(b"Itto")
    keys(KEY_NEW, KEY_OLD)

    assert crypto.decrypt_str(old_text) == "Itto"
    assert crypto.decrypt_bytes(old_bytes) == b"Itto"


def test_a_value_under_a_key_no_longer_listed_is_refused(keys):
    keys(KEY_OLD)
    old_text, old_bytes = crypto.encrypt_str("Itto"), crypto.encrypt_bytes(b"Itto")
    keys(KEY_NEW, KEY_OTHER)

    with pytest.raises(crypto.DecryptionError) as error:
        crypto.decrypt_str(old_text)
    assert str(error.value) == "No configured key decrypts this value."
    with pytest.raises(crypto.DecryptionError) as error:
        crypto.decrypt_bytes(old_bytes)
    assert str(error.value) == "No configured key decrypts this value."


def test_a_tampered_token_is_refused(keys):
    keys(KEY_NEW)
    token = bytearray(crypto.encrypt_bytes(b"Itto"))
    token[-5] ^= 1

    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt_bytes(bytes(token))


def test_only_a_value_under_the_newest_key_is_current(keys):
    keys(KEY_OLD)
    old = crypto.encrypt_str("Itto")
    keys(KEY_NEW, KEY_OLD)
    new = crypto.encrypt_str("Itto")

    assert crypto.is_current(new) is True
    assert crypto.is_current(old) is False
    keys(KEY_NEW)
    assert crypto.is_current(new) is True


def test_rotation_re_encrypts_under_the_newest_key(keys):
    keys(KEY_OLD)
    old_text, old_bytes = crypto.encrypt_str("Itto"), crypto.encrypt_bytes(b"Itto")
    keys(KEY_NEW, KEY_OLD)

    rotated_text = crypto.rotate_token(old_text)
    rotated_bytes = crypto.rotate_bytes(old_bytes)

    assert isinstance(rotated_text, str)
    assert Fernet(KEY_NEW).decrypt(rotated_text.encode()) == b"Itto"
    assert Fernet(KEY_NEW).decrypt(rotated_bytes) == b"Itto"
    assert crypto.is_current(rotated_text)


def test_rotating_a_value_no_key_decrypts_is_refused(keys):
    keys(KEY_OLD)
    old = crypto.encrypt_bytes(b"Itto")
    keys(KEY_NEW, KEY_OTHER)

    with pytest.raises(crypto.DecryptionError) as error:
        crypto.rotate_bytes(old)
    assert str(error.value) == "No configured key decrypts this value."
    with pytest.raises(crypto.DecryptionError):
        crypto.rotate_token(old.decode())


@pytest.mark.parametrize("configured", [[], ["not-a-fernet-key"]])
def test_missing_or_malformed_keys_stop_the_site(keys, configured):
    from django.core.exceptions import ImproperlyConfigured

    keys(*configured)
    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt_str("Itto")


# --- Folding and blind indexes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, folded",
    [
        ("Fatima  Zahra", "fatima zahra"),
        ("fatima-zahra", "fatima zahra"),
        ("  FÂTIMA_ZAHRA! ", "fatima zahra"),
        ("Aït Élhaj", "ait elhaj"),
        ("ＡＢＣ", "abc"),  # full-width letters (NFKD)
        ("Straße", "strasse"),  # casefold, not lower
        ("فاطمة  الزهراء", "فاطمة الزهراء"),
        ("ⵜⴰⵎⴰⵣⵉⵖⵜ-ⵜⴰⴼⵓⴽⵜ", "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴰⴼⵓⴽⵜ"),
        ("", ""),
        (None, ""),
    ],
)
def test_names_are_folded_before_indexing(typed, folded):
    assert crypto.normalise(typed) == folded


@pytest.mark.parametrize(
    "typed, digits",
    [
        ("+212 661-98-76-54", "0661987654"),
        ("00212 661 98 76 54", "0661987654"),
        ("212661987654", "0661987654"),
        ("06 61 98 76 54", "0661987654"),
        ("0021200212661", "000212661"),  # one prefix taken off, not two
        ("", ""),
        (None, ""),
    ],
)
def test_phone_numbers_are_folded_to_the_national_form(typed, digits):
    assert crypto.normalise_phone(typed) == digits


def test_a_blind_index_is_the_keyed_hash_of_kind_and_value(keys):
    keys(KEY_NEW)
    expected = hmac.new(INDEX_KEY.encode(), b"name:fatima zahra", hashlib.sha256).hexdigest()

    assert crypto.blind_index("name", "fatima zahra") == expected
    assert crypto.blind_index("name", "fatima zahra") != crypto.blind_index("name", "itto")
    assert crypto.blind_index("name", "0661") != crypto.blind_index("phone", "0661")
    assert crypto.blind_index("name", "") == ""


@pytest.mark.parametrize(
    "typed, tokens",
    [
        ("Fatima-Zahra  EL ALAOUI", {"fatima", "zahra", "el", "alaui"}),
        ("fatima_zahra", {"fatima", "zahra"}),
        ("Mohammed", {"mohamed"}),  # doubled letters
        ("Mohammmed", {"mohamed"}),  # a run of three is one letter too
        ("Youssef", {"yusef"}),  # "ou" is "u"
        ("Jérôme Aït", {"jerome", "ait"}),  # accents
        ("ＡＢＣ", {"abc"}),  # full-width letters (NFKD)
        ("Straße", {"strase"}),  # casefold gives "strasse", then one "s"
        ("A. Benali", {"benali"}),  # one letter is no token
        ("Li Bo", {"li", "bo"}),  # two letters are
        ("فاطمة", {"فاطمه"}),  # taa marbuta is haa
        ("مصطفى", {"مصطفي"}),  # alif maqsura is yaa
        ("ٱلزهراء", {"الزهراء"}),  # alif wasla is alif
        ("محـــمد", {"محمد"}),  # tatweel is dropped
        ("أحمد", {"احمد"}),  # hamza above is a mark, dropped
        ("ممم", {"ممم"}),  # letters are doubled away in Latin script only
        ("ⵜⵓⵜⵓ", {"ⵜⵓⵜⵓ"}),
        ("", set()),
        (None, set()),
    ],
)
def test_a_name_is_found_by_its_folded_words(typed, tokens):
    assert crypto.name_tokens(typed) == tokens


def test_a_blind_token_is_the_first_bits_of_the_keyed_hash(keys):
    keys(KEY_NEW)
    digest = hmac.new(INDEX_KEY.encode(), b"name:malika", hashlib.sha256).digest()
    first_32 = int.from_bytes(digest[:4], "big")

    assert crypto.blind_token("name", "malika", 32) == first_32
    assert crypto.blind_token("name", "malika", 10) == first_32 >> 22
    assert crypto.blind_token("name", "malika", 1) == first_32 >> 31
    assert 0 <= crypto.blind_token("name", "malika", 10) < 2**10
    assert crypto.blind_token("name", "malika", 32) != crypto.blind_token("phone", "malika", 32)
    assert crypto.blind_token("name", "malika", 32) != crypto.blind_token("name", "itto", 32)


# --- The encrypted fields -------------------------------------------------------------------------


def test_a_text_field_stores_a_token_and_reads_the_text(keys):
    keys(KEY_NEW)
    field = crypto.EncryptedTextField()

    stored = field.get_prep_value("She spoke of the night of the fire.")

    assert "fire" not in stored
    assert Fernet(KEY_NEW).decrypt(stored.encode()) == b"She spoke of the night of the fire."
    assert field.from_db_value(stored, None, None) == "She spoke of the night of the fire."


def test_a_text_field_keeps_empty_and_null_as_they_are(keys):
    keys(KEY_NEW)
    field = crypto.EncryptedTextField()

    assert field.get_prep_value("") == ""
    assert field.get_prep_value(None) is None
    assert field.from_db_value("", None, None) == ""
    assert field.from_db_value(None, None, None) is None


def test_a_text_field_stores_a_lazy_string_as_its_text(keys):
    from django.utils.functional import lazy

    keys(KEY_NEW)
    stored = crypto.EncryptedTextField().get_prep_value(lazy(lambda: "Itto", str)())
    assert crypto.decrypt_str(stored) == "Itto"


def test_a_bytes_field_stores_a_token_and_reads_the_bytes(keys):
    keys(KEY_NEW)
    field = crypto.EncryptedBytesField()
    public_key = bytes(range(256))

    stored = field.get_prep_value(public_key)

    assert Fernet(KEY_NEW).decrypt(stored.encode()) == base64.b64encode(public_key)
    assert field.from_db_value(stored, None, None) == public_key
    assert field.from_db_value(field.get_prep_value(memoryview(b"\x00key")), None, None) == (
        b"\x00key"
    )
    assert field.get_prep_value(None) is None
    assert field.from_db_value(None, None, None) is None
    assert field.from_db_value("", None, None) == ""


@pytest.mark.parametrize("field_class", [crypto.EncryptedTextField, crypto.EncryptedBytesField])
def test_migrations_name_the_field_by_its_importable_path(field_class):
    field = field_class(blank=True)
    field.set_attributes_from_name("narrative")

    name, path, args, kwargs = field.deconstruct()

    assert (name, args, kwargs) == ("narrative", [], {"blank": True})
    assert import_string(path) is field_class
