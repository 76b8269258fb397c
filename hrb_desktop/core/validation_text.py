"""Pydantic's validation errors in the user's language (a file's problems are shown as they are).

Pydantic writes English; a Chinese user opening a damaged assessment file should read
Chinese. Common error types get their own sentence; any other keeps pydantic's text in
brackets, so that nothing is lost.
"""

from __future__ import annotations

import re
from typing import Any

from hrb_desktop.core.messages import Lang
from hrb_desktop.core.safe_json import QUOTE_CHARS, quote

_DATE = ("不是有效的日期（应写作 2023-12-31）", "not a valid date (write it as 2023-12-31)")
_ZH_EN: dict[str, tuple[str, str]] = {
    "missing": ("缺少此项", "missing"),
    "extra_forbidden": (
        "不认识的字段（文件可能来自其他程序或更新的版本）",
        "unknown field (the file may come from another program or a newer version)",
    ),
    "string_type": ("应为文字", "should be text"),
    "string_too_long": ("过长（最多 {max_length} 个字符）", "too long (at most {max_length} characters)"),
    "string_too_short": ("不能为空（至少 {min_length} 个字符）", "must not be empty (at least {min_length} characters)"),
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": _DATE,
    "date_type": _DATE,
    "int_parsing": ("应为整数", "should be a whole number"),
    "int_type": ("应为整数", "should be a whole number"),
    "int_from_float": ("应为整数", "should be a whole number"),
    "bool_parsing": ("应为 true 或 false", "should be true or false"),
    "bool_type": ("应为 true 或 false", "should be true or false"),
    "enum": ("取值无效（可选：{expected}）", "not an allowed value (allowed: {expected})"),
    "literal_error": ("取值无效（应为 {expected}）", "not an allowed value (expected {expected})"),
    "list_type": ("应为列表 [...]", "should be a list [...]"),
    "dict_type": ("应为对象 {{...}}", "should be an object {{...}}"),
    "model_type": ("应为对象 {{...}}", "should be an object {{...}}"),
    "model_attributes_type": ("应为对象 {{...}}", "should be an object {{...}}"),
}


def error_text(error: Any, lang: Lang) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a sentence."""
    kind = error.get("type", "")
    message = str(error.get("msg", ""))
    if kind == "value_error":  # raised by our own validators, already in the user's language
        return message.removeprefix("Value error, ")
    template = _ZH_EN.get(kind)
    if template is None:
        return message if lang == "en" else f"取值无效（{message}）"
    context = {key: str(value) for key, value in (error.get("ctx") or {}).items()}
    if lang != "en":  # pydantic lists choices as "'a', 'b' or 'c'"
        context = {key: value.replace(", ", "、").replace(" or ", "、") for key, value in context.items()}
    text = template[1] if lang == "en" else template[0]
    try:
        return text.format(**context)
    except (KeyError, IndexError):
        return message if lang == "en" else f"取值无效（{message}）"


# What the wizard calls the fields of the assessment file (``[]`` stands for any list index).
_FIELDS: dict[str, tuple[str, str]] = {
    "format": ("文件格式", "file format"),
    "version": ("文件版本", "file version"),
    "policy": ("政策版本", "policy edition"),
    "reference_date": ("评估基准日", "reference date"),
    "areas": ("筛选的方面", "screened areas"),
    "areas[]": ("筛选的方面", "screened area"),
    "enterprise": ("企业信息", "enterprise profile"),
    "enterprise.name": ("企业（机构）名称", "name of enterprise or body"),
    "enterprise.credit_code": ("统一社会信用代码", "unified social credit code"),
    "enterprise.contact": ("联系人及电话", "contact and phone"),
    "enterprise.district": ("所在区、县（市）", "district or county"),
    "enterprise.industry": ("所属行业", "industry"),
    "enterprise.applicant_type": ("申报主体类型", "applicant type"),
    "answers": ("各条款的回答", "answers"),
    "projects": ("项目", "projects"),
    "projects[]": ("项目", "project"),
    "projects[].name": ("项目名称", "project name"),
    "projects[].items": ("项目适用的奖补项目", "the project's award items"),
}


def field_label(path: str, lang: Lang) -> str | None:
    """What the wizard calls a field of the file (``enterprise.name``, ``projects[2].name``), or None."""
    label = _FIELDS.get(re.sub(r"\[\d+\]", "[]", path))
    return None if label is None else label[1] if lang == "en" else label[0]


def location(loc: tuple[int | str, ...]) -> str:
    """``("projects", 0, "items")`` as ``projects[0].items``; a key from the file is cut to
    QUOTE_CHARS characters, so that a 5 MB key never reaches a message."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        name = part if len(part) <= QUOTE_CHARS else part[:QUOTE_CHARS] + "…"
        name = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)
        out += f".{name}" if out else name
    return out


def problem_line(error: Any, lang: Lang) -> str:
    """One pydantic error as a line for the user: the field by the wizard's name, its path in
    the file (for whoever edits it by hand), and what is wrong."""
    loc = tuple(error.get("loc", ()))
    if error.get("type") == "extra_forbidden" and loc:
        key, loc = loc[-1], loc[:-1]
        text = (
            f"unknown field {quote(key)} (the file may come from another program or a newer version)"
            if lang == "en"
            else f"不认识的字段{quote(key)}（文件可能来自其他程序或更新的版本）"
        )
        if not loc:
            return text
    else:
        text = error_text(error, lang)
    path = location(loc)
    label = field_label(path, lang)  # projects[2].name is named as projects[].name
    if label is None:
        return f"{path}: {text}" if lang == "en" else f"{path}：{text}"
    return f"{label} ({path}): {text}" if lang == "en" else f"{label}（{path}）：{text}"
