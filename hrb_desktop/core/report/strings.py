"""Every label the PDF report prints, in Chinese and English.

Sentences about items (reasons, formulas, the no-double-support article) come from the
engine in the language it was asked for; this table holds only the report's own wording.
``{article}`` is the no-double-support article's name in the edition at hand (第十八条 in
hrb-2021-10), from ``AssessmentResult.double_support_article``.
"""

from __future__ import annotations

from hrb_desktop.core.messages import Lang

_LABELS: dict[str, tuple[str, str]] = {
    # document
    "doc.title": ("申报前自评估报告", "Pre-application Self-assessment Report"),
    "doc.subject": ("奖补政策申报前自评估", "Self-assessment before applying for policy awards"),
    "running.title": ("申报前自评估报告", "Pre-application self-assessment"),
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "footer.note": ("本报告为申报前估算，不代表审批结论", "An estimate before applying, not an approval"),
    "footer.hash": ("输入指纹 {hash}", "Input fingerprint {hash}"),
    # header block
    "h.applicant": ("申报单位", "Applicant"),
    "h.credit_code": ("统一社会信用代码", "Unified social credit code"),
    "h.contact": ("联系人及电话", "Contact"),
    "h.district": ("所在区县（市）", "District"),
    "h.industry": ("所属行业", "Industry"),
    "h.reference_date": ("评估基准日", "Reference date"),
    "h.report_date": ("报告生成日期", "Report made on"),
    "h.policy": ("政策文件", "Policy"),
    "h.issuer": ("发文机关及日期", "Issued by"),
    "h.validity": ("政策有效期", "Policy in force"),
    "h.validity_value": ("{start}至{end}", "{start} to {end}"),
    "h.in_force": ("（基准日在有效期内）", " (the reference date is within it)"),
    "h.out_of_force": ("（基准日不在有效期内）", " (the reference date is outside it)"),
    "h.versions": ("程序及政策模型版本", "Program and policy model"),
    "h.versions_value": (
        "hrb-desktop {app}，政策版本 {policy}，模型 {model}",
        "hrb-desktop {app}, policy edition {policy}, model {model}",
    ),
    "h.hash": ("输入指纹", "Input fingerprint"),
    "h.hash_value": (
        "{hash}（与评估文件内容一一对应，可据此核对纸质件）",
        "{hash} (matches the assessment file's content; use it to match a printed copy to its file)",
    ),
    "h.none": ("（未填写）", "(not given)"),
    "h.warning": ("注意", "Warning"),
    "h.total": ("预计可申报奖补合计（估计区间）", "Estimated total of awards (range)"),
    "h.total_note": (
        "已按{article}扣除不重复计入的金额；需部门核定及非资金支持的项目未计入。",
        "{article} set-asides are deducted; items the department decides and"
        " non-monetary benefits are not included.",
    ),
    "h.counts": (
        "符合条件 {eligible} 项，需部门核定 {judgement} 项，非资金支持 {non_monetary} 项",
        "{eligible} eligible, {judgement} for the department to decide, {non_monetary} non-monetary",
    ),
    # sections
    "s.summary": ("按条款汇总", "Summary by article"),
    "s.chart": ("各条款估计金额", "Estimated amount by article"),
    "s.details": ("符合条件的奖补项目", "Eligible awards in detail"),
    "s.judgement": ("需主管部门核定的项目", "Items the department decides"),
    "s.art18": ("{article}：从高不重复与省市不重复享受", "{article}: no double support"),
    "s.non_monetary": ("可享受的非资金支持", "Non-monetary benefits that apply"),
    "s.hints": ("再进一步可多获的奖补", "Next thresholds"),
    "s.other": ("其余项目", "Other items"),
    "s.disclaimer": ("声明", "Disclaimer"),
    # summary table
    "t.article": ("条款", "Article"),
    "t.item": ("奖补项目", "Award item"),
    "t.status": ("状态", "Status"),
    "t.estimate": ("估计金额（万元）", "Estimate (10k CNY)"),
    "t.counted": ("计入合计（万元）", "Counted (10k CNY)"),
    "t.total": ("合计（估计区间）", "Total (estimated range)"),
    "t.reason": ("判断依据", "Why not"),
    "t.pending": ("待核定", "to be decided"),
    "t.none": (
        "根据所填内容，暂无符合条件或需部门核定的奖补项目。",
        "From the answers given, no award is eligible or awaits the department's decision.",
    ),
    "t.set_aside": ("{article}不计入", "Set aside ({article})"),
    # chart
    "c.low": ("可确定部分（区间下限）", "Certain part (low end)"),
    "c.high": ("最高可达（区间上限）", "Up to (high end)"),
    "c.unit": ("万元", "10k CNY"),
    "c.none": ("没有计入合计的金额，无图可画。", "Nothing is counted in the total, so there is no chart."),
    "c.caption": (
        "按{article}处理后计入合计的金额；深色为区间下限，浅色延伸至区间上限。",
        "Amounts counted in the total after {article}; the dark bar is the low end,"
        " the light extension reaches the high end.",
    ),
    # item details
    "d.amount": ("估计金额：{range}", "Estimate: {range}"),
    "d.counted": ("计入合计：{range}", "Counted: {range}"),
    "d.why": ("适用理由", "Why it applies"),
    "d.calc": ("计算过程", "Calculation"),
    "d.art18": ("{article}", "{article}"),
    "d.notes": ("说明", "Notes"),
    "d.hint": ("提示", "Hint"),
    "d.clause": ("政策原文", "Policy text (verbatim Chinese)"),
    "d.interpretation": ("解读说明", "How this tool reads it"),
    "d.materials": ("需准备的申报材料", "Materials to prepare"),
    "d.no_materials": ("以主管部门申报通知为准。", "As listed in the department's call for applications."),
    "d.none": ("无。", "None."),
    "d.judgement_note": (
        "条文未规定具体金额，由主管部门核定，不计入合计。",
        "The text sets no figure; the department decides, and it is not in the total.",
    ),
    # the no-double-support article
    "a.none": (
        "本次评估中没有适用{article}扣除的情形。",
        "No {article} set-aside applies in this assessment.",
    ),
    "a.same_project": ("同一项目从高", "Same project: the higher counts"),
    "a.provincial": ("省市不重复享受", "No double provincial and municipal support"),
    "a.kept": ("保留计入：{item}", "Kept: {item}"),
    "a.set_aside": ("不重复计入：{items}", "Set aside: {items}"),
    # the rest
    "n.none": ("无适用的非资金支持。", "No non-monetary benefit applies."),
    "hint.none": ("暂无可提示的下一档门槛。", "No next threshold to point out."),
    "o.not_eligible": ("不符合条件的项目", "Items not eligible"),
    "o.not_answered": ("尚未填写完整、无法判断的项目（{n} 项）", "Items not answered, so not assessed ({n})"),
    "o.not_screened": (
        "筛选时未勾选、未作评估的方面（{n} 项）",
        "Areas left out on the screening page, not assessed ({n} items)",
    ),
    # signing
    "sign.title": ("填报确认", "Sign-off"),
    "sign.note": (
        "以上内容由申报单位填写并核对无误。",
        "The applicant entered the information above and checked it.",
    ),
    "sign.person": ("填报人（签字）", "Prepared by (signature)"),
    "sign.phone": ("联系电话", "Telephone"),
    "sign.date": ("日期", "Date"),
    "o.none": ("无。", "None."),
    "disclaimer": (
        "本报告为申报前自评估，不代表审批结论。报告依据申报单位自行填写的信息和政策原文测算，"
        "未经任何部门核实；实际能否获得奖补及具体金额，以主管部门按申报通知、资金预算和审核结果"
        "作出的决定为准。政策有效期外或条文未规定具体金额的项目，请事先向主管部门咨询。"
        "本报告不构成申报材料，不得替代申报通知要求的证明文件。",
        "This report is a self-assessment before applying, not an approval. It is calculated from"
        " the information the applicant entered and from the policy text, and no department has"
        " checked it. Whether an award is granted, and how much, is decided by the department under"
        " its call for applications, its budget and its review. Ask the department in advance about"
        " items outside the policy's term or without a stated figure. This report is not an"
        " application document and replaces none of the evidence the call requires.",
    ),
}


def label(key: str, lang: Lang, **fields: object) -> str:
    zh, en = _LABELS[key]
    template = en if lang == "en" else zh
    return template.format(**fields) if fields else template


def all_labels(lang: Lang) -> dict[str, str]:
    """Every template in one language (tests check the English report for Chinese leftovers)."""
    return {key: (pair[1] if lang == "en" else pair[0]) for key, pair in _LABELS.items()}
