"""Pinyin keys: full pinyin, initials, surname readings and polyphone variants."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.search.pinyin_keys import (
    MAX_VARIANTS,
    pinyin_full,
    pinyin_initials,
    pinyin_search_keys,
    pinyin_variants,
)
from app.search.script_fold import fold_script

ASCII_KEY = re.compile(r"[a-z0-9]*")


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("張三", "zhangsan", "zs"),
        ("张三", "zhangsan", "zs"),
        ("趙文山", "zhaowenshan", "zws"),
        ("陳大文", "chendawen", "cdw"),
        ("吕布", "lvbu", "lb"),  # ü is written v
        ("女", "nv", "n"),
        # single surnames read differently from the everyday reading
        ("單田芳", "shantianfang", "stf"),
        ("单田芳", "shantianfang", "stf"),
        ("曾国藩", "zengguofan", "zgf"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("區家麟", "oujialin", "ojl"),
        ("査良鏞", "zhaliangyong", "zly"),
        ("查良镛", "zhaliangyong", "zly"),
        ("樂嘉", "yuejia", "yj"),
        ("朴槿惠", "piaojinhui", "pjh"),
        ("覃", "qin", "q"),
        ("繆", "miao", "m"),
        ("曾", "zeng", "z"),
        # compound surnames
        ("尉遲恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("長孫無忌", "zhangsunwuji", "zswj"),
        ("令狐沖", "linghuchong", "lhc"),
        ("澹臺滅明", "tantaimieming", "ttmm"),
        ("歐陽娜娜", "ouyangnana", "oynn"),
        ("欧阳修", "ouyangxiu", "oyx"),
        ("单于飞", "shanyufei", "syf"),  # 单 + 于飞 far more often than the old compound 单于
        # Latin letters, digits and symbols
        ("John Smith", "johnsmith", "js"),
        ("ＪＯＨＮ", "john", "j"),
        ("José García", "josegarcia", "jg"),
        ("李John", "lijohn", "lj"),
        ("黄·小明", "huangxiaoming", "hxm"),
        ("O'Brien", "obrien", "ob"),
        ("王2号", "wang2hao", "w2h"),
        ("", "", ""),
        ("!!!", "", ""),
    ],
)
def test_full_pinyin_and_initials(name: str, full: str, initials: str) -> None:
    assert pinyin_full(name) == full
    assert pinyin_initials(name) == initials


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张长弓", {"zhangzhanggong", "zhangchanggong"}),  # 长 in a given name: zhang and chang
        ("李重阳", {"lichongyang", "lizhongyang"}),
        ("王乐", {"wangle", "wangyue"}),
        ("樂嘉", {"yuejia", "lejia"}),  # two real surname readings
        ("長孫無忌", {"zhangsunwuji", "changsunwuji"}),  # compound, or 長 + 孫無忌
        ("单于飞", {"shanyufei", "chanyufei"}),
    ],
)
def test_polyphones_give_alternative_keys(name: str, expected: set[str]) -> None:
    variants = pinyin_variants(name)
    assert variants[0] == pinyin_full(name)
    assert expected <= set(variants)


@pytest.mark.parametrize("name", ["曾国藩", "曾小明", "單田芳", "陳大文", "趙文山"])
def test_the_surname_reading_wins_without_alternatives(name: str) -> None:
    first_letters = {v[0] for v in pinyin_variants(name)}
    assert first_letters == {pinyin_full(name)[0]}  # 曾 is zeng, never ceng; 陳 never zhen


def test_search_keys_hold_full_pinyin_and_initials_of_each_variant() -> None:
    keys = pinyin_search_keys("张长弓")
    assert keys[0] == "zhangzhanggong"
    assert {"zhangzhanggong", "zzg", "zhangchanggong", "zcg"} <= set(keys)
    assert pinyin_search_keys("") == ()
    assert pinyin_search_keys("·") == ()


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("陳大文", "陈大文"), ("張三", "张三"), ("歐陽娜娜", "欧阳娜娜"), ("區家麟", "区家麟")],
)
def test_both_scripts_give_the_same_keys(traditional: str, simplified: str) -> None:
    assert pinyin_search_keys(traditional) == pinyin_search_keys(simplified)
    assert fold_script(traditional) == simplified


def test_variants_are_bounded() -> None:
    long_name = "长乐重行朝和长乐重行朝和长乐重行朝和"
    assert len(pinyin_variants(long_name)) <= MAX_VARIANTS
    assert len(pinyin_search_keys(long_name)) <= 2 * MAX_VARIANTS
    assert len(pinyin_variants(long_name, limit=3)) == 3


names = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=6),
    st.text(alphabet="陳張單曾區樂長孫歐陽尉遲乐重行 abcJOHN·ÉéＡ１2①⑩", max_size=8),
)


@settings(deadline=None)  # the first example loads pypinyin's dictionaries
@given(names)
def test_keys_are_ascii_and_initials_never_longer_than_the_name(name: str) -> None:
    full, initials = pinyin_full(name), pinyin_initials(name)
    assert ASCII_KEY.fullmatch(full)
    assert ASCII_KEY.fullmatch(initials)
    assert len(initials) <= len(name)
    assert len(initials) <= len(full)
    variants = pinyin_variants(name)
    assert len(variants) <= MAX_VARIANTS
    assert variants[:1] == ((full,) if full else ())
    keys = pinyin_search_keys(name)
    assert len(keys) <= 2 * MAX_VARIANTS
    assert len(set(keys)) == len(keys)
    assert all(k and ASCII_KEY.fullmatch(k) for k in keys)
