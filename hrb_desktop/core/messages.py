"""Every sentence the core writes, in Chinese and English.

Templates use ``str.format`` with named fields only; values are formatted by
the caller (money.fmt_wan etc.) so numbers read naturally in each language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrb_desktop.core.lang import LANGS, Lang

if TYPE_CHECKING:  # only annotated
    from datetime import date

__all__ = ["LANGS", "Lang", "article_name", "fmt_date", "t"]

_MESSAGES: dict[str, tuple[str, str]] = {
    # statuses
    "status.eligible": ("符合条件", "Eligible"),
    "status.not_eligible": ("不符合条件", "Not eligible"),
    "status.judgement": ("需部门核定", "Needs department judgement"),
    "status.non_monetary": ("非资金支持", "Non-monetary benefit"),
    "status.not_answered": ("未填写完整", "Not answered"),
    "status.not_screened": ("未筛选，未评估", "Not screened, not assessed"),
    # conditions
    "cond.yes": ("{label}：是", "{label}: yes"),
    "cond.no": ("{label}：否", "{label}: no"),
    "cond.compare": ("{label} {op} {value}", "{label} {op} {value}"),
    "cond.current": ("（当前 {value}）", " (now {value})"),
    "cond.any": ("以下任一项成立：{parts}", "any of: {parts}"),
    "cond.not": ("并非：{part}", "not: {part}"),
    "cond.inclusive": ("（含）", " (inclusive)"),
    "reason.met": ("已满足：{cond}", "Met: {cond}"),
    "reason.unmet": ("未满足：{cond}", "Not met: {cond}"),
    "reason.missing": ("尚未填写：{labels}", "Not yet answered: {labels}"),
    "reason.not_screened": (
        "未作评估：筛选时未勾选{areas}",
        "Not assessed: the screening page leaves out {areas}",
    ),
    "unscreened.line": ("{article}（{n} 项）：未勾选{areas}", "{article} ({n} items): {areas} not ticked"),
    "list.sep": ("；", "; "),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    # amounts
    "amt.fixed": ("一次性给予 {amount}", "a one-off {amount}"),
    "amt.percent": ("{rate} × {base} = {raw}", "{rate} × {base} = {raw}"),
    "amt.capped": ("{calc}，超过上限，按 {cap}计", "{calc}, above the cap, so {cap}"),
    "amt.within_cap": ("{calc}，未超过上限 {cap}", "{calc}, within the cap of {cap}"),
    "amt.up_to": (
        "不超过 {calc}；估计区间 0–{high}",
        "up to {calc}; estimated range 0–{high}",
    ),
    "amt.cap_only": ("最高不超过 {cap}；估计区间 0–{cap}", "at most {cap}; estimated range 0–{cap}"),
    "amt.range": ("一次性给予 {low}至{high}", "a one-off {low} to {high}"),
    "amt.tier": (
        "{label} {value}，达到 {threshold}（含）：{first} + {per_step} × {steps}"
        "（超过门槛部分 {excess}，每满 {step}加一档）= {raw}",
        "{label} {value} reaches {threshold}: {first} + {per_step} × {steps}"
        " (the {excess} above the threshold holds {steps} full steps of {step}) = {raw}",
    ),
    "amt.tier_capped": ("{calc}，超过单户年度上限，按 {cap}计", "{calc}, above the yearly cap, so {cap}"),
    "amt.per_count": ("{count} 项 × 每项 {each} = {total}", "{count} × {each} each = {total}"),
    "amt.per_count_capped": ("{calc}，超过上限，按 {cap}计", "{calc}, above the cap, so {cap}"),
    "amt.multi_year": (
        "每年 {each} × {years} 年（最多 {max_years} 年）= {total}",
        "{each} a year × {years} years (at most {max_years}) = {total}",
    ),
    "amt.min_factor": ("min({value}, {cap})", "min({value}, {cap})"),
    "amt.factor": ("{label} {value}", "{label} {value}"),
    "amt.result": ("估计金额：{range}", "Estimate: {range}"),
    "kind.judgement": (
        "条文未规定具体金额（{clause_hint}），由主管部门核定，不计入合计。",
        "The text sets no figure ({clause_hint}); the department decides, and it is not in the total.",
    ),
    "kind.non_monetary": ("非资金支持，不计入合计。", "A non-monetary benefit; not in the total."),
    # dates and validity
    "date.outside": (
        "认定日期 {date} 不在政策有效期（{start}至{end}）内，不属于本政策的“新获得/新认定/首次”",
        "the recognition date {date} is outside the policy's term ({start} to {end}),"
        " so it is not new under this policy",
    ),
    "date.missing": (
        "未填写认定日期，无法核对是否为政策有效期内新获得，请准备认定文件备查。",
        "No recognition date given, so whether it is new within the policy's term is unchecked.",
    ),
    "warn.outside": (
        "评估基准日 {ref} 不在政策有效期（{start}至{end}）内。本政策{state}，以下金额仅按原文测算，"
        "申报前请向主管部门确认是否有延续或替代政策。",
        "The reference date {ref} is outside the policy's term ({start} to {end}). The policy"
        " {state}; figures follow the original text only. Ask the department whether a successor"
        " policy applies before you apply.",
    ),
    "warn.expired": ("已于{end}到期", "expired on {end}"),
    "warn.not_yet": ("尚未施行", "was not yet in force"),
    # The no-double-support article (Art. 18 in hrb-2021-10; ``{article}`` is its name in the
    # edition at hand, from ``article_name(policy.no_double_support_article)``). The keys keep
    # their historical "a18" prefix.
    "a18.same_project": (
        "{article}（从高不重复）：项目“{project}”同时符合{items}。按从高计入“{kept}”，"
        "{set_aside}不重复计入；本组计入 {range}。",
        "{article} (the higher, not both): project '{project}' qualifies under {items}. '{kept}'"
        " is kept and {set_aside} set aside; the group counts {range}.",
    ),
    "a18.kept": (
        "{article}：与{others}属同一项目“{project}”，按从高原则保留本项，本组计入 {range}。",
        "{article}: same project '{project}' as {others}; this item is kept as the higher,"
        " and the group counts {range}.",
    ),
    "a18.set_aside": (
        "{article}：与“{kept}”属同一项目“{project}”，从高不重复，本项不计入合计。",
        "{article}: same project '{project}' as '{kept}', which is higher; this item is not counted.",
    ),
    "a18.provincial": (
        "{article}：企业已享受{support}，省市两级不重复享受，本项市级奖补不计入合计。",
        "{article}: the enterprise already receives the {support}; provincial and municipal"
        " support are not combined, so this municipal award is not counted.",
    ),
    "a18.provincial_decision": (
        "{article}（省市不重复）：已享受{support}，{items}不计入合计。",
        "{article} (no double provincial and municipal support): the {support} is already"
        " received, so {items} not counted.",
    ),
    "a18.heading": ("{article} 从高不重复", "{article} decisions"),
    "a18.quote": ("“{title}”", "'{title}'"),
    "a18.and": ("、", ", "),
    # hints
    "hint.threshold": (
        "{label}再增加 {delta}（达到 {threshold}），可获 {range}",
        "{label} {delta} higher (reaching {threshold}) would earn {range}",
    ),
    "hint.tier": (
        "{label}再增加 {delta}（达到 {next}），可多获 {more}",
        "{label} {delta} higher (reaching {next}) would add {more}",
    ),
    "hint.tier_cap": ("已达单户年度上限 {cap}", "Already at the yearly cap of {cap}"),
    "article": ("第{n}条", "Art. {n}"),
    "cite": ("依据{article}：“{clause}”", "Basis: {article}, “{clause}”"),
    "interpretation": ("本工具的理解：{text}", "How this tool reads it: {text}"),
}


def t(key: str, lang: Lang = "zh", **fields: object) -> str:
    zh, en = _MESSAGES[key]
    template = en if lang == "en" else zh
    return template.format(**fields) if fields else template


def fmt_date(value: date, lang: Lang = "zh") -> str:
    """2024-08-24 -> "2024年8月24日" / "24 Aug 2024"."""
    if lang == "en":
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    return f"{value.year}年{value.month}月{value.day}日"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def article_name(number: int, lang: Lang = "zh") -> str:
    if lang == "en":
        return t("article", lang, n=number)
    return t("article", lang, n=_chinese_numeral(number))


def _chinese_numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
