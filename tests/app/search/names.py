"""Deterministic Chinese names for search tests, written in Traditional characters.

Tests store some of them as they are and some folded to Simplified, then search in either script.
"""

from __future__ import annotations

import random

# Common surnames, Traditional forms (陳 張 黃 劉 … and a few that differ from Simplified).
SURNAMES = "陳張黃劉趙鄭謝葉鍾馮蘇盧蔣區麥王李楊吳周徐孫馬朱胡郭何高林羅梁宋唐許韓鄧曹彭曾蕭"
COMPOUND_SURNAMES = ("歐陽", "司馬", "上官", "諸葛", "長孫")
# Given-name characters, many with a Simplified form that differs.
GIVEN = "大文小明偉芳娜秀英敏靜麗強磊軍洋勇豔傑娟濤超蘭霞平剛桂華建國志紅玉梅雲飛長樂峯羣綫"


def make_names(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    names = []
    for _ in range(count):
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        names.append(surname + given)
    return names
