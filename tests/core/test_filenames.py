"""Suggested file names are valid on Windows whatever the enterprise is called."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from hrb_desktop.core.filenames import safe_file_stem

FALLBACK = "评估"


def windows_accepts(name: str) -> bool:
    """Microsoft, "Naming Files, Paths, and Namespaces", written out independently of the module.

    Also the limits of the other file systems a file may be copied to (255 UTF-8 bytes on ext4).
    """
    if not name or name in (".", ".."):
        return False
    if any(ch in '<>:"/\\|?*' or ord(ch) < 32 for ch in name):
        return False
    if name[-1] in " .":
        return False
    devices = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    devices |= {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"}
    if name.split(".")[0].rstrip(" ").upper() in devices:  # "nul.txt", "Com1 .hrba" are devices too
        return False
    try:
        utf16 = name.encode("utf-16-le")  # an unpaired surrogate cannot be written
        utf8 = name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return len(utf16) // 2 <= 255 and len(utf8) <= 255


def test_the_predicate_refuses_what_windows_refuses() -> None:
    """The predicate the properties below rely on must itself say no to each rule's example."""
    for bad in [
        "",
        ".",
        "..",
        "a<b",
        'a"b',
        "a/b",
        "a\\b",
        "a|b",
        "a?b",
        "a*b",
        "a:b",
        "a\x00b",
        "a\x1fb",
        "name.",
        "name ",
        "CON",
        "con.hrba",
        "Nul.tar.gz",
        "COM1",
        "lpt9.pdf",
        "COM¹",
        "LPT³.x",
        "CONIN$",
        "conout$.txt",
        "AUX .hrba",
        "a" * 256,
        "哈" * 86,
        "a\ud800b",
    ]:
        assert not windows_accepts(bad), bad
    for good in [
        "哈尔滨某某装备制造有限公司",
        "CON_",
        "COM10",
        "CONSOLE",
        "nul_.hrba",
        "x.CON",
        "a b",
        ".hidden",
        "哈" * 85,
    ]:
        assert windows_accepts(good), good


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("哈尔滨某某装备制造有限公司", "哈尔滨某某装备制造有限公司"),  # a valid name is kept as it is
        ('A/B:C*D?E"F<G>H|I\\J', "A_B_C_D_E_F_G_H_I_J"),
        ("tab\there\nnew\x00nul\x7fdel\x85nel", "tab_here_new_nul_del_nel"),
        ("  哈尔滨公司  ", "哈尔滨公司"),  # pasted with spaces
        ("\u3000哈尔滨公司\u3000", "哈尔滨公司"),  # ideographic spaces too
        ("某某公司...", "某某公司"),
        ("某某公司. . .", "某某公司"),
        ("CON", "CON_"),
        ("con", "con_"),
        ("CON.hrba", "CON_.hrba"),
        ("Nul.tar.gz", "Nul_.tar.gz"),
        ("AUX .x", "AUX _.x"),
        ("PRN", "PRN_"),
        ("COM1", "COM1_"),
        ("lpt9", "lpt9_"),
        ("COM0", "COM0_"),
        ("COM¹", "COM¹_"),
        ("LPT³", "LPT³_"),
        ("CONIN$", "CONIN$_"),
        ("conout$", "conout$_"),
        ("COM10", "COM10"),  # not a device
        ("CONSOLE", "CONSOLE"),
        ("report\u202efdp.exe", "report_fdp.exe"),  # a right-to-left override would show "exe.pdf"
        ("a\ud800b", "a_b"),  # an unpaired surrogate (a file name Python could not decode)
        ("", FALLBACK),
        ("   ", FALLBACK),
        ("...", FALLBACK),
        (" . . ", FALLBACK),
    ],
)
def test_each_rule(name: str, expected: str) -> None:
    assert safe_file_stem(name, FALLBACK) == expected
    assert windows_accepts(expected + ".hrba")


def test_a_bad_fallback_is_made_safe_too() -> None:
    assert safe_file_stem("", "NUL") == "NUL_"
    assert safe_file_stem("", "???") == "___"
    assert safe_file_stem("", "") == "_"
    assert safe_file_stem("...", " . ") == "_"


def test_long_names_are_cut_in_characters_and_in_bytes() -> None:
    assert safe_file_stem("a" * 300, FALLBACK) == "a" * 80  # 80 characters
    # 哈 is 3 bytes in UTF-8: 66 of them are 198 bytes, a 67th would make 201 > 200.
    assert safe_file_stem("哈" * 300, FALLBACK) == "哈" * 66
    # 𠀀 (CJK Extension B) is 4 bytes and 2 UTF-16 units: 50 make 200 bytes exactly.
    assert safe_file_stem("𠀀" * 300, FALLBACK) == "𠀀" * 50
    assert safe_file_stem("a" * 79 + "哈哈", FALLBACK) == "a" * 79 + "哈"
    assert safe_file_stem("x", FALLBACK, max_chars=16, max_bytes=64) == "x"
    with pytest.raises(ValueError):
        safe_file_stem("x", FALLBACK, max_chars=8)


def test_the_cut_keeps_an_accent_with_its_letter() -> None:
    # "é" written as e + U+0301: cutting between them would leave a bare "e" and a stray accent.
    name = "a" * 79 + "e\u0301" + "z"
    assert safe_file_stem(name, FALLBACK) == "a" * 79
    name = "a" * 78 + "e\u0301" + "z"
    assert safe_file_stem(name, FALLBACK) == "a" * 78 + "e\u0301"


def test_the_cut_never_leaves_a_device_name_or_a_trailing_dot() -> None:
    # Cut at 80 characters, "CON" followed by spaces or dots would be left as "CON".
    assert safe_file_stem("CON" + " " * 100 + "x", FALLBACK) == "CON_"
    assert safe_file_stem("CON" + "." * 100 + "x", FALLBACK) == "CON_"
    # The mark after a device name stays within the 80 characters.
    stem = safe_file_stem("CON" + " " * 75 + ".xy", FALLBACK)
    assert len(stem) <= 80 and windows_accepts(stem) and stem.startswith("CON")
    assert safe_file_stem("某" * 79 + ".x", FALLBACK) == "某" * 66


def test_with_the_apps_own_suffixes_names_stay_within_255_bytes_and_short_paths() -> None:
    for name in ["哈" * 500, "𠀀" * 500, "a" * 500, "e\u0301" * 500]:
        stem = safe_file_stem(name, FALLBACK)
        for file_name in (f"{stem}.hrba", f"{stem}-自评估报告.pdf", f"{stem}-self-assessment report.pdf"):
            assert windows_accepts(file_name)
            assert len(file_name.encode("utf-8")) <= 255
            # A typical Windows path: far under MAX_PATH (260).
            assert len(f"C:\\Users\\zhangsan\\Documents\\{file_name}") < 200


_TRICKY = st.sampled_from(
    [
        "CON",
        "nul",
        "Com1",
        "LPT¹",
        "CONIN$",
        "conout$",
        ".",
        " ",
        "\t",
        "\u3000",
        ":",
        "/",
        "\\",
        "*",
        "?",
        '"',
        "<",
        ">",
        "|",
        "\x00",
        "\x1f",
        "\x7f",
        "\u202e",
        "\ud800",
        "哈",
        "𠀀",
        "e\u0301",
        "\u200d",
        "hrba",
        "x",
    ]
)
_NAMES = st.one_of(
    st.text(st.one_of(st.characters(), st.characters(categories=["Cs"]))),  # anything, lone surrogates too
    st.lists(_TRICKY, max_size=120).map("".join),
)


@given(_NAMES)
@example("CON" + " " * 77 + ".x")
@example("a" * 300)
def test_any_text_gives_a_name_windows_accepts(name: str) -> None:
    stem = safe_file_stem(name, FALLBACK)
    assert windows_accepts(stem)
    assert windows_accepts(stem + ".hrba")
    assert len(stem) <= 80 and len(stem.encode("utf-8")) <= 200
    assert stem == stem.strip()
    assert safe_file_stem(stem, FALLBACK) == stem  # already safe: unchanged


@given(
    st.text(
        st.characters(
            codec="utf-8", exclude_categories=("Cc", "Cs"), exclude_characters="\u202e\u202d\u2066"
        ),
        max_size=50,  # at most 200 bytes: nothing to cut
    )
)
def test_a_name_windows_already_accepts_is_kept(name: str) -> None:
    assume(name == name.strip() and windows_accepts(name))
    assert safe_file_stem(name, FALLBACK) == name
