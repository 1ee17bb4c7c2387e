"""Traditional/variant → Simplified folding of single characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.search import _t2s_table
from app.search._surnames import COMPOUND, SINGLE
from app.search.script_fold import fold_char, fold_script

PAIRS = [
    ("陳", "陈"),
    ("張", "张"),
    ("黃", "黄"),
    ("劉", "刘"),
    ("趙", "赵"),
    ("鄭", "郑"),
    ("謝", "谢"),
    ("葉", "叶"),
    ("鍾", "钟"),
    ("鐘", "钟"),
    ("馮", "冯"),
    ("蘇", "苏"),
    ("盧", "卢"),
    ("蔣", "蒋"),
    ("區", "区"),
    ("麥", "麦"),
    ("歐陽", "欧阳"),
    # variants seen in names
    ("綫", "线"),
    ("線", "线"),
    ("峯", "峰"),
    ("敎", "教"),
    ("羣", "群"),
    ("衞", "卫"),  # Hong Kong form of 衛
    ("啓", "启"),
    ("裡", "里"),  # Taiwan form of 裏
    ("爲", "为"),
    ("锺", "钟"),  # 2013 Simplified form of the surname 鍾
    ("髙", "高"),
    ("靑", "青"),
    ("査", "查"),
    ("陳大文", "陈大文"),
    ("\uf900", "岂"),  # a CJK compatibility ideograph (豈)
]


@pytest.mark.parametrize(("traditional", "simplified"), PAIRS)
def test_both_scripts_fold_to_the_same_key(traditional: str, simplified: str) -> None:
    assert fold_script(traditional) == simplified
    assert fold_script(simplified) == simplified


@pytest.mark.parametrize("char", list("户群峰著沈才只台么温秘核陈张三"))
def test_simplified_characters_are_left_alone(char: str) -> None:
    # 户, 群, 峰, 著 … are also listed as Hong Kong/Taiwan variants; folding them would merge two
    # distinct Simplified characters.
    assert fold_char(char) == char


def test_non_chinese_text_is_untouched() -> None:
    text = "John Smith 123 ＡＢＣ ·-'\"é ｶﾀｶﾅ 한국"
    assert fold_script(text) == text


def test_table_is_one_to_one_and_already_resolved() -> None:
    table = dict(zip(_t2s_table.PAIRS[0::2], _t2s_table.PAIRS[1::2], strict=True))
    assert len(table) == _t2s_table.COUNT == len(_t2s_table.PAIRS) // 2
    assert all(len(k) == len(v) == 1 and k != v for k, v in table.items())
    assert not set(table.values()) & set(table), "a target is itself folded: not idempotent"


def test_surname_table_traditional_forms_fold_to_their_simplified_form() -> None:
    for line in filter(None, (SINGLE + COMPOUND).splitlines()):
        simplified, *others, _reading = line.split()
        assert fold_script(simplified) == simplified, line
        for other in others:
            assert fold_script(other) == simplified, line


@given(st.text())
def test_fold_is_idempotent_and_keeps_length(text: str) -> None:
    once = fold_script(text)
    assert fold_script(once) == once
    assert len(once) == len(text)


@given(st.text(alphabet=st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF)))
def test_fold_is_idempotent_on_han_text(text: str) -> None:
    assert fold_script(fold_script(text)) == fold_script(text)
