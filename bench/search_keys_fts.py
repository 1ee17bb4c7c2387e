"""Benchmark: search-key costs and FTS5 name-fragment lookups at 1,000,000 rows.

    python3 dev.py bench bench/search_keys_fts.py [--rows 1000000] [--pinyin-names 200000]

Prints figures; it is not a test. Measures, in a fresh process:
1. loading the Traditional → Simplified table (import + first ``fold_script``) and pypinyin;
2. the per-name cost of the keys a visitors service stores (FTS tokens, pinyin keys);
3. a file-backed FTS5 ``unicode61`` table of ``--rows`` generated names (a third in Traditional):
   median and p95 of 1-, 2- and 3-character phrase queries in either script
   (``ORDER BY rowid DESC LIMIT 20``: the newest matching visitors, what a picker shows), plus a
   few ``LIKE '%…%'`` scans of a plain column for comparison;
4. pinyin prefix lookups (``prefix_range``) on an indexed key table of the pinyin names.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Surnames by rough frequency (most common first) and common given-name characters, Simplified.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤单区查乐麦欧"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "长孙", "尉迟", "令狐", "东方")
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅云飞长乐峰群文大小家嘉"
    "俊浩宇轩子涵欣怡雨萱梓晨阳佳琪思颖雪婷慧婉珊晓东海波鹏辉斌宏鑫亮健德荣昌永福康宁安"
    "春秋冬青山水林森博瑞祥凯翔龙凤燕鹤雯露晶琳璐瑶瑾琦琴诗蕾萌楠彬锋锦鸿铭智仁义礼信诚"
    "德宝金银晖旭昊天成泽润涌清源远航帆舟立新胜利红卫振兴华中"
)


def _surname_weights(count: int) -> list[float]:
    return [1.0 / (rank + 1) ** 0.9 for rank in range(count)]


def make_names(rows: int, seed: int) -> list[str]:
    from app.search._t2s_table import PAIRS

    to_traditional: dict[str, str] = {}
    for src, dst in zip(PAIRS[0::2], PAIRS[1::2], strict=True):
        to_traditional.setdefault(dst, src)
    rng = random.Random(seed)
    weights = _surname_weights(len(SURNAMES))
    surnames = rng.choices(SURNAMES, weights=weights, k=rows)
    names = []
    for i in range(rows):
        surname = rng.choice(COMPOUND) if rng.random() < 0.01 else surnames[i]
        given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.25 else 2))
        name = surname + given
        if rng.random() < 1 / 3:
            name = "".join(to_traditional.get(ch, ch) for ch in name)
        names.append(name)
    return names


def _ms(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered) * 1e3:7.3f} ms   p95 {p95 * 1e3:7.3f} ms"


def bench_loading() -> None:
    start = time.perf_counter()
    from app.search import fold_script

    imported = time.perf_counter()
    fold_script("陳大文")
    folded = time.perf_counter()
    from app.search import warm_up

    warm_up()
    warmed = time.perf_counter()
    print("loading")
    print(f"  import app.search                       {(imported - start) * 1e3:8.2f} ms")
    print(f"  first fold_script (loads the T→S table) {(folded - imported) * 1e3:8.2f} ms")
    print(f"  first pinyin call (imports pypinyin)    {(warmed - folded) * 1e3:8.2f} ms")


def bench_keys(names: list[str]) -> list[tuple[str, int]]:
    from app.search import name_fts_tokens, pinyin_full, pinyin_search_keys

    print(f"per-name key cost ({len(names):,} names, after warm-up)")
    start = time.perf_counter()
    for name in names:
        name_fts_tokens(name)
    elapsed = time.perf_counter() - start
    print(f"  name_fts_tokens      {elapsed / len(names) * 1e6:7.2f} µs/name")
    start = time.perf_counter()
    for name in names:
        pinyin_full(name)
    elapsed = time.perf_counter() - start
    print(f"  pinyin_full          {elapsed / len(names) * 1e6:7.2f} µs/name")
    start = time.perf_counter()
    rows = [(key, i) for i, name in enumerate(names) for key in pinyin_search_keys(name)]
    elapsed = time.perf_counter() - start
    print(
        f"  pinyin_search_keys   {elapsed / len(names) * 1e6:7.2f} µs/name "
        f"({elapsed:.1f} s for all, {len(rows) / len(names):.2f} keys/name)"
    )
    return rows


def _fragments(names: list[str], length: int, count: int, rng: random.Random) -> list[str]:
    from app.search import fold_script

    out: list[str] = []
    while len(out) < count:
        name = rng.choice(names)
        if len(name) < length:
            continue
        start = rng.randrange(len(name) - length + 1)
        fragment = name[start : start + length]
        out.append(fold_script(fragment) if rng.random() < 0.5 else fragment)
    return out


def bench_fts(names: list[str], workdir: Path, queries: int, rng: random.Random) -> None:
    from app.search import fts_phrase_query, name_fts_tokens, name_search_key

    path = workdir / "fts.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE VIRTUAL TABLE name_fts USING fts5(tokens, tokenize='unicode61')")
    conn.execute("CREATE TABLE visitor (id INTEGER PRIMARY KEY, name_key TEXT NOT NULL)")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO name_fts(rowid, tokens) VALUES (?, ?)",
            ((i + 1, name_fts_tokens(n)) for i, n in enumerate(names)),
        )
        conn.executemany(
            "INSERT INTO visitor(id, name_key) VALUES (?, ?)",
            ((i + 1, name_search_key(n)) for i, n in enumerate(names)),
        )
    built = time.perf_counter()
    conn.execute("INSERT INTO name_fts(name_fts) VALUES ('optimize')")
    conn.commit()
    optimized = time.perf_counter()
    size = sum(f.stat().st_size for f in workdir.iterdir()) / 1e6
    print(f"FTS5 unicode61 table, {len(names):,} names (sqlite {sqlite3.sqlite_version})")
    print(f"  insert tokens + name keys {built - start:6.1f} s, optimize {optimized - built:5.1f} s")
    print(f"  database files {size:.0f} MB")

    sql = "SELECT rowid FROM name_fts WHERE name_fts MATCH ? ORDER BY rowid DESC LIMIT 20"
    count_sql = "SELECT count(*) FROM name_fts WHERE name_fts MATCH ?"
    for length in (1, 2, 3):
        fragments = _fragments(names, length, queries, rng)
        for fragment in fragments[:5]:  # warm the page cache like a desk PC that ran all day
            conn.execute(sql, (fts_phrase_query(fragment),)).fetchall()
        times = []
        for fragment in fragments:
            t0 = time.perf_counter()
            conn.execute(sql, (fts_phrase_query(fragment),)).fetchall()
            times.append(time.perf_counter() - t0)
        hits = [conn.execute(count_sql, (fts_phrase_query(f),)).fetchone()[0] for f in fragments[:20]]
        print(
            f"  {length}-char fragment, newest 20: {_ms(times)}   "
            f"(median {int(statistics.median(hits)):,} matching rows)"
        )
    like_times = []
    for fragment in _fragments(names, 2, 10, rng):
        t0 = time.perf_counter()
        conn.execute(
            "SELECT id FROM visitor WHERE name_key LIKE ? ORDER BY id DESC LIMIT 20",
            (f"%{name_search_key(fragment)}%",),
        ).fetchall()
        like_times.append(time.perf_counter() - t0)
    print(f"  for comparison, LIKE '%..%' on a plain column:  {_ms(like_times)}")
    conn.close()


def bench_pinyin_lookup(rows: list[tuple[str, int]], workdir: Path, rng: random.Random) -> None:
    from app.search import prefix_range

    conn = sqlite3.connect(workdir / "keys.db")
    conn.execute("CREATE TABLE pinyin_key (key TEXT NOT NULL, visitor_id INTEGER NOT NULL)")
    with conn:
        conn.executemany("INSERT INTO pinyin_key VALUES (?, ?)", rows)
    conn.execute("CREATE INDEX pinyin_key_key ON pinyin_key (key, visitor_id)")
    conn.commit()
    keys = [k for k, _ in rng.sample(rows, 400)]
    sql = "SELECT DISTINCT visitor_id FROM pinyin_key WHERE key >= ? AND key < ? ORDER BY visitor_id DESC LIMIT 20"
    print(f"pinyin prefix lookups on {len(rows):,} keys of {rows[-1][1] + 1:,} names")
    for label, cut in (("2-letter prefix", 2), ("3-letter prefix", 3), ("6-letter prefix", 6)):
        times = []
        for key in keys:
            low, high = prefix_range(key[:cut])
            t0 = time.perf_counter()
            conn.execute(sql, (low, high)).fetchall()
            times.append(time.perf_counter() - t0)
        print(f"  {label}, newest 20: {_ms(times)}")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--pinyin-names", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    bench_loading()
    started = time.perf_counter()
    names = make_names(args.rows, args.seed)
    print(f"generated {len(names):,} names in {time.perf_counter() - started:.1f} s, e.g. " + " ".join(names[:8]))
    key_rows = bench_keys(names[: args.pinyin_names])
    with tempfile.TemporaryDirectory(prefix="gatehouse-bench-") as tmp:
        bench_fts(names, Path(tmp), args.queries, rng)
        bench_pinyin_lookup(key_rows, Path(tmp), rng)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
