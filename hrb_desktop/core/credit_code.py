"""统一社会信用代码 (GB 32100-2015): 18 characters with a mod-31 check character."""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18


def check_character(first17: str) -> str:
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def credit_code_problem(code: str) -> str | None:
    """None when valid, otherwise a short reason code: length, charset or check."""
    if len(code) != LENGTH:
        return "length"
    if any(ch not in ALPHABET for ch in code):
        return "charset"
    if check_character(code[:17]) != code[17]:
        return "check"
    return None


def normalise_credit_code(text: str) -> str:
    """Upper-case and drop spaces, so pasted codes like "9123 0100 ..." work."""
    return "".join(text.split()).upper()


_PROBLEM_TEXT = {
    "length": ("应为18位（当前{n}位）", "must have 18 characters (has {n})"),
    "charset": (
        "含有不允许的字符（不使用 I、O、S、V、Z）",
        "contains a character that is not allowed (I, O, S, V and Z are never used)",
    ),
    "check": ("校验位不正确，请核对是否输错", "wrong check character; please re-check the code"),
}


def credit_code_message(code: str, lang: str = "zh") -> str | None:
    problem = credit_code_problem(code)
    if problem is None:
        return None
    zh, en = _PROBLEM_TEXT[problem]
    return (en if lang == "en" else zh).format(n=len(code))
