"""Field names of typed errors are shared by every area (``ValidationError.field``): the sentence in a
banner, a dialog or the CLI names the field by one label, so one name must mean one thing."""

from __future__ import annotations

import importlib

import pytest

from app.errors import ValidationError
from ui import error_words
from ui.i18n import install_language

# Names two areas label with synonyms (類別/類型, 位置/地點): either word names what was typed.
SYNONYMS = frozenset({"kind", "location"})


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN", "en"])
def test_a_field_name_is_labelled_alike_by_every_area(qapp: object, language: str) -> None:
    install_language(language)
    labels: dict[str, dict[str, str]] = {}
    sources = [("foundation", error_words._field_labels())]
    for name in error_words.AREA_TEXT_MODULES:
        sources.append((name, getattr(importlib.import_module(name), "fields", dict)()))
    for source, fields in sources:
        for field, label in fields.items():
            labels.setdefault(field, {})[source] = label
    clashes = {
        field: by_source
        for field, by_source in labels.items()
        if len(set(by_source.values())) > 1 and field not in SYNONYMS
    }
    assert clashes == {}


def test_a_mistyped_pin_at_the_sign_off_is_one_sentence_in_each_language(qapp: object) -> None:
    error = ValidationError("incoming_pin", "pin_bad_credentials", {"seconds": 1, "left": 9})
    install_language("zh_TW")
    assert error_words.describe(error) == "接班人 PIN：PIN 不正確。再錯 9 次帳戶將被鎖定。"  # no space after 。
    install_language("en")
    assert error_words.describe(error) == "Incoming guard's PIN: Wrong PIN. 9 tries left before the account locks."
    assert error_words.field_message(ValidationError("incoming_pin", "pin_bad_credentials")) == "Wrong PIN."
