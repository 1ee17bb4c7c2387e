"""Traditional forms of the demo's Simplified name characters, curated (not inverted from a table).

Inverting the search's Traditional→Simplified table picks the first Traditional source of each
Simplified character, which for names is often wrong (梁→樑, 苏→囌, 朱→硃, 高→髙) or a
compatibility code point (王→U+2F929, which prints blank and never matches a typed 王). Names use
the forms below; characters not listed are the same in both scripts. Every generated name then goes
through ``clean_text`` like a name typed at the desk.
"""

from __future__ import annotations

from app.text import NAME_MAX_CHARS, clean_text

_PAIRS = (
    # surnames
    "张張刘劉陈陳杨楊黄黃赵趙吴吳孙孫马馬罗羅郑鄭谢謝许許韩韓冯馮邓鄧蒋蔣叶葉苏蘇吕呂卢盧钟鍾谭譚"
    "陆陸贾賈韦韋邹鄒龙龍贺賀顾顧龚龔万萬钱錢严嚴汤湯欧歐阳陽诸諸"
    # given names
    "伟偉静靜丽麗强強军軍艳艷杰傑涛濤兰蘭刚剛华華国國红紅云雲飞飛长長乐樂轩軒颖穎晓曉东東鹏鵬辉輝"
    "荣榮宁寧凯凱凤鳳鹤鶴瑶瑤诗詩锋鋒锦錦鸿鴻铭銘义義礼禮诚誠"
)
TRADITIONAL: dict[str, str] = dict(zip(_PAIRS[0::2], _PAIRS[1::2], strict=True))


def traditional_name(name: str) -> str:
    """``name`` (Simplified) in the Traditional forms people write their names in."""
    return "".join(TRADITIONAL.get(ch, ch) for ch in name)


def typed_name(name: str) -> str:
    """The name as the desk would store it after a guard typed it (NFC, widths folded, checked)."""
    return clean_text(name, "name", max_chars=NAME_MAX_CHARS, required=True)
