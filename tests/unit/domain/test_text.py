from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from desk_app.domain.text import (
    classify_query,
    fts_prefix_query,
    phone_search_tokens,
    pinyin_full,
    pinyin_initials,
    pinyin_variants,
)


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("张三", "zhangsan", "zs"),
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("吕布", "lvbu", "lb"),  # ü is written v, which is what clerks type
        (" 王 小明 ", "wangxiaoming", "wxm"),
        ("Tom张", "tomzhang", "tz"),
        ("Tom Lee", "tomlee", "tl"),
        ("ＡＢ张", "abzhang", "az"),  # full-width letters folded
        ("张三3号", "zhangsanhao", "zsh"),  # digits dropped
        ("张·三", "zhangsan", "zs"),
        ("", "", ""),
        ("123", "", ""),
    ],
)
def test_pinyin(name: str, full: str, initials: str) -> None:
    assert pinyin_full(name) == full
    assert pinyin_initials(name) == initials


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("张三", "zhangsan", "zs"),
        ("单雄信", "danxiongxin shanxiongxin", "dxx sxx"),
        ("曾国藩", "cengguofan zengguofan", "cgf zgf"),
        ("解缙", "jiejin xiejin", "jj xj"),
        ("仇英", "chouying qiuying", "cy qy"),
        ("朴树", "pushu piaoshu", "ps"),  # same initials deduplicated
        ("万俟卨", "moqixie", "mqx"),
        ("", "", ""),
    ],
)
def test_pinyin_variants(name: str, full: str, initials: str) -> None:
    assert pinyin_variants(name) == (full, initials)
    # The default reading always comes first, so it matches pinyin_full / pinyin_initials.
    assert pinyin_variants(name)[0].split(" ")[0] == pinyin_full(name)


@pytest.mark.parametrize(
    ("phones", "tokens"),
    [
        (["13812345678"], "13812345678 5678"),
        (["138 1234 5678", "+86 13812345678"], "13812345678 5678"),  # same number twice
        (["13812345678", "13912345678"], "13812345678 5678 13912345678"),
        (["010-12345678转123"], "01012345678 5678 12345678"),
        (["0755-1234567"], "07551234567 4567 1234567"),
        (["400-123-4567"], "4001234567 4567"),
        (["abc-5566-77"], "556677 6677"),  # unparseable import data: its digits anyway
        (["12", "", "n/a"], ""),
        ([], ""),
    ],
)
def test_phone_search_tokens(phones: list[str], tokens: str) -> None:
    assert phone_search_tokens(phones) == tokens


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("张三", '"张三"*'),
        ("zs", '"zs"*'),
        ("  zhang  san ", '"zhang"* "san"*'),
        ("3-2-1102", '"3"* "2"* "1102"*'),
        ('a" OR "b', '"a"* "OR"* "b"*'),
        ("NEAR(a b)", '"NEAR"* "a"* "b"*'),
        ("x:y", '"x"* "y"*'),
        ("^a", '"a"*'),
        ("ＺＳ", '"ZS"*'),
        ("a_b", '"a"* "b"*'),  # unicode61 splits on "_" too
    ],
)
def test_fts_prefix_query(text: str, query: str) -> None:
    assert fts_prefix_query(text) == query


@pytest.mark.parametrize("text", ["", "   ", "(", ")", "*", "-", "+", ":", '"', '""', "^", "()", "😀", "_"])
def test_fts_prefix_query_nothing_usable(text: str) -> None:
    assert fts_prefix_query(text) is None


def test_fts_prefix_query_caps_token_count() -> None:
    query = fts_prefix_query(" ".join(f"w{i}" for i in range(50)))
    assert query is not None
    assert query.count("*") == 8


@pytest.fixture
def fts() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE person_fts USING fts5(name, pinyin, phones, tokenize='unicode61')")
    rows = [
        ("张三", *pinyin_variants("张三"), phone_search_tokens(["13812345678"])),
        ("张三丰", *pinyin_variants("张三丰"), phone_search_tokens(["010-88886666"])),
        ("单雄信", *pinyin_variants("单雄信"), phone_search_tokens(["13900001111"])),
        ('O"Neil (or) NEAR', *pinyin_variants('O"Neil'), ""),
    ]
    conn.executemany(
        "INSERT INTO person_fts(name, pinyin, phones) VALUES (?, ?, ?)",
        [(name, f"{full} {initials}", phones) for name, full, initials, phones in rows],
    )
    yield conn
    conn.close()


def _names(conn: sqlite3.Connection, text: str) -> set[str]:
    query = fts_prefix_query(text)
    assert query is not None
    return {row[0] for row in conn.execute("SELECT name FROM person_fts WHERE person_fts MATCH ?", (query,))}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("张三", {"张三", "张三丰"}),  # unicode61 keeps a CJK run as one token, so this is a prefix match
        ("zs", {"张三", "张三丰"}),
        ("zsf", {"张三丰"}),
        ("zhangsan", {"张三", "张三丰"}),
        ("shanx", {"单雄信"}),  # the surname reading
        ("dxx", {"单雄信"}),  # and pypinyin's default
        ("5678", {"张三"}),  # last four digits
        ("138123", {"张三"}),
        ("88886666", {"张三丰"}),  # landline without area code
        ("0108888", {"张三丰"}),
        ("zs 5678", {"张三"}),  # terms are ANDed
        ('a" OR "b', set()),
        ("neil", {'O"Neil (or) NEAR'}),
        ("or", {'O"Neil (or) NEAR'}),  # a keyword is just a word inside quotes
        ("NEAR(", {'O"Neil (or) NEAR'}),
        ('O"Neil', {'O"Neil (or) NEAR'}),
    ],
)
def test_queries_against_real_fts5(fts: sqlite3.Connection, text: str, names: set[str]) -> None:
    assert _names(fts, text) == names


@pytest.mark.parametrize(
    "text",
    [
        'a" OR "b',
        "(",
        ")",
        "NEAR(",
        "NEAR(a, b",
        "*",
        "-",
        "+",
        ":",
        "^",
        '"',
        "AND",
        "OR",
        "NOT",
        "a OR",
        "NOT a",
        "name:张",
        "{name}: x",
        "a AND (b",
        "-zs",
        "+zs",
        "zs*",
        "\x00",
        "'; DROP TABLE person_fts; --",
    ],
)
def test_hostile_input_never_breaks_fts5(fts: sqlite3.Connection, text: str) -> None:
    query = fts_prefix_query(text)
    if query is None:
        return
    # Must not raise sqlite3.OperationalError (fts5: syntax error).
    fts.execute("SELECT name FROM person_fts WHERE person_fts MATCH ?", (query,)).fetchall()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("()*", "empty"),
        ("3-2-1102", "unit"),
        ("3栋2单元", "unit"),
        ("A座1102", "unit"),
        ("13812345678", "phone"),
        ("138 1234 5678", "phone"),
        ("+86 138-1234-5678", "phone"),
        ("010-12345678", "phone"),
        ("(021)12345678", "phone"),
        ("5678", "phone"),  # last four digits
        ("１３８", "phone"),
        ("zs", "pinyin"),
        ("zhang san", "pinyin"),
        ("ZS", "pinyin"),
        ("张三", "name"),
        ("张s", "name"),
        ("O'Neil", "pinyin"),
        ("张三 138", "name"),
    ],
)
def test_classify_query(text: str, kind: str) -> None:
    assert classify_query(text) == kind
