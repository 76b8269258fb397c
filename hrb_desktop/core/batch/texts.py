"""Every sentence the batch writes, in Chinese and English (``str.format`` with named fields)."""

from __future__ import annotations

from hrb_desktop.core.lang import Lang

_TEXTS: dict[str, tuple[str, str]] = {
    # units shown after a column's label
    "unit.amount": ("万元", "10k CNY"),
    "unit.percent": ("%", "%"),
    "unit.count": ("个", "count"),
    "unit.date": ("日期", "date"),
    "unit.yes_no": ("是/否", "Yes/No"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    # enterprise columns
    "col.enterprise.name.help": (
        "企业（机构）全称，与营业执照一致。结果表、PDF 和评估文件都以它命名。",
        "Full name as on the business licence. Results, PDFs and assessment files are named after it.",
    ),
    "col.enterprise.credit_code.help": (
        "18位统一社会信用代码，校验位会被核对；同一代码出现两次会被标出。",
        "The 18-character unified social credit code; its check character is verified and duplicates are flagged.",
    ),
    "col.enterprise.contact.help": ("联系人及电话（可不填）。", "Contact person and phone (optional)."),
    "col.enterprise.district.help": ("所在区、县（市），例如 松北区（可不填）。", "District or county, e.g. 松北区 (optional)."),
    "col.enterprise.industry.help": ("所属行业，例如 通用设备制造业（可不填）。", "Industry, e.g. general equipment (optional)."),
    "col.enterprise.applicant_type.help": (
        "从下拉列表选择；不填即为“企业”。协会、集群促进机构等只适用各自条款。",
        "Choose from the list; empty means an enterprise. Associations and other bodies only qualify under their own articles.",
    ),
    "col.reference_date.help": (
        "评估所依据的日期（通常为申报年度）；不填即为今天。不在政策有效期内时结果会附警告。",
        "The date the assessment refers to (usually the year applied for); empty means today. Outside the policy's term the results carry a warning.",
    ),
    "col.areas.label": ("筛选的方面", "Screened areas"),
    "col.areas.help": (
        "只评估部分方面时填写，多个用顿号或逗号分隔，例如：投资、成长；不填即为全部方面。可选值见“说明”表。",
        "To assess only some areas, list them separated by commas, e.g. investment, growth; empty means all areas. See the Notes sheet.",
    ),
    "col.projects.label": ("同一项目（第十八条）", "Same project (Art. 18)"),
    "col.projects.help": (
        "几个奖补项属于同一项目时填写，按第十八条从高不重复：项目名称：奖补项代码、奖补项代码；"
        "多个项目用分号分隔。例如：铸锻车间项目：a1.project_investment、a9.smart_pilot。奖补项代码见“说明”表。",
        "Items that concern the same project (Art. 18, the higher counts, not both): project name: item id, item id;"
        " several projects separated by semicolons. E.g. Forging workshop: a1.project_investment, a9.smart_pilot."
        " Item ids are on the Notes sheet.",
    ),
    "col.marker.label": ("政策版本（请勿修改）", "Policy edition (do not edit)"),
    "col.marker.help": (
        "本程序据此确认模板与政策版本对应，请勿修改本列第 2 行，本列无需填写。",
        "The program checks the policy edition here. Do not edit row 2 of this column; leave the column empty.",
    ),
    # applicant types (the wizard's wording)
    "applicant.enterprise": ("企业", "Enterprise"),
    "applicant.cluster_body": ("集群促进机构（第三条）", "Cluster promotion body (Art. 3)"),
    "applicant.association": ("行业协会（第五条）", "Industry association (Art. 5)"),
    "applicant.tech_transfer": ("技术转移转化机构（第七条）", "Technology transfer institution (Art. 7)"),
    # No comma in a label: Excel's drop-down list splits its items at commas.
    "applicant.individual": ("个人（科技人才、企业家）", "Individual (researcher or entrepreneur)"),
    # cell problems
    "cell.not_number": ("应为数字（{unit}），而不是文字“{text}”", "should be a number ({unit}), not the text '{text}'"),
    "cell.yes_no": (
        "应为 是/否（也接受 Y/N、1/0、TRUE/FALSE），而不是“{text}”",
        "should be Yes/No (Y/N, 1/0 and TRUE/FALSE also work), not '{text}'",
    ),
    "cell.date_number": ("不是有效的日期（{text}）", "is not a valid date ({text})"),
    "cell.formula_no_value": (
        "公式没有已计算的结果（文件可能由其他程序生成且从未在 Excel 中重新计算）：请在 Excel 中打开并保存一次，或直接填写数值",
        "the formula has no computed result (the file may come from a program that never recalculated it):"
        " open and save it once in Excel, or type the value",
    ),
    "cell.formula_error": ("公式结果为错误值 {text}", "the formula's result is the error {text}"),
    "cell.merged": (
        "属于合并单元格 {range}：每个企业一行，请取消合并并在每一行分别填写",
        "is part of the merged cells {range}: one row per enterprise, so unmerge them and fill in each row",
    ),
    "cell.too_long": ("内容过长（{n} 个字符，最多 {max} 个）", "is too long ({n} characters, at most {max})"),
    "cell.not_text": ("应为文字（请将此列设为“文本”格式，以免代码被改成数字）", "should be text (format the column as Text so codes are not turned into numbers)"),
    "cell.applicant": ("应为以下之一：{allowed}", "should be one of: {allowed}"),
    "cell.area": ("不认识的方面“{text}”（可选：{allowed}）", "unknown area '{text}' (allowed: {allowed})"),
    "cell.project_syntax": (
        "应写作“项目名称：奖补项代码、奖补项代码”，多个项目用分号分隔",
        "should read 'project name: item id, item id', several projects separated by semicolons",
    ),
    "cell.project_item": ("不认识的奖补项代码“{text}”（代码见“说明”表）", "unknown item id '{text}' (see the Notes sheet)"),
    "cell.project_twice": ("奖补项“{text}”出现在两个项目中", "item '{text}' is in two projects"),
    "cell.not_choice": ("应为以下之一：{allowed}", "should be one of: {allowed}"),
    # row and file notices
    "row.where": ("第 {n} 行", "row {n}"),
    "row.refused": ("本行有 {n} 处错误，未计算", "{n} error(s) in this row; not computed"),
    "row.duplicate": (
        "统一社会信用代码 {code} 与第 {others} 行重复",
        "credit code {code} also appears in row(s) {others}",
    ),
    "row.duplicate_file": (
        "统一社会信用代码 {code} 与 {others} 重复",
        "credit code {code} also appears in {others}",
    ),
    "row.no_name": ("未填写企业名称", "no enterprise name given"),
    "file.column_missing": (
        "缺少列“{label}”（{id}），视为未填写",
        "column '{label}' ({id}) is missing; treated as not answered",
    ),
    "file.column_ignored": (
        "第 {letter} 列“{label}”没有列代码，已忽略（如为备注列可不理会）",
        "column {letter} '{label}' has no column id and is ignored (fine for a notes column)",
    ),
    "file.model": (
        "模板由政策模型 {theirs} 生成，当前为 {ours}；已按当前模型评估",
        "the template was made for policy model {theirs}; this program has {ours}, which was used",
    ),
    # whole-file refusals
    "err.not_found": ("找不到文件：{path}", "File not found: {path}"),
    "err.unreadable": ("无法读取：{path}", "Cannot read {path}"),
    "err.too_big": (
        "文件过大（{size} MB，最多 {max} MB），请分成几个文件",
        "The file is too large ({size} MB, at most {max} MB); split it into several files",
    ),
    "err.xls": (
        "这是旧版 Excel 97-2003 工作簿（.xls），本程序只读取 .xlsx：请在 Excel 中“另存为”Excel 工作簿（*.xlsx）",
        "This is an old Excel 97-2003 workbook (.xls); this program reads .xlsx only: in Excel, Save As Excel Workbook (*.xlsx)",
    ),
    "err.encrypted": (
        "工作簿设有打开密码（已加密），无法读取：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存",
        "The workbook is password-protected (encrypted) and cannot be read: remove the password in Excel"
        " (File → Info → Protect Workbook → Encrypt with Password, clear it) and save again",
    ),
    "err.not_workbook": (
        "不是 Excel 工作簿（.xlsx）或 CSV 文件，可能已损坏",
        "This is not an Excel workbook (.xlsx) or a CSV file; it may be damaged",
    ),
    "err.zip_limits": (
        "工作簿的压缩内容异常（{what}），为安全起见拒绝读取",
        "The workbook's compressed content is abnormal ({what}); it is refused for safety",
    ),
    "err.zip_entries": ("包含 {n} 个部件，最多 {max} 个", "{n} parts, at most {max}"),
    "err.zip_total": ("解压后 {size} MB，最多 {max} MB", "{size} MB uncompressed, at most {max} MB"),
    "err.zip_ratio": ("部件 {name} 的压缩比为 {ratio}:1", "part {name} is compressed {ratio}:1"),
    "err.too_many_merged": (
        "工作表中的合并单元格过多（超过 {max} 处）：每个企业一行，请取消合并",
        "The sheet has too many merged cells (more than {max}): one row per enterprise, so unmerge them",
    ),
    "err.no_sheet": ("工作簿中没有工作表", "The workbook has no worksheet"),
    "err.too_many_rows": (
        "超过 {max} 行企业，请分成几个文件",
        "More than {max} enterprise rows; split them into several files",
    ),
    "err.too_many_columns": ("超过 {max} 列", "More than {max} columns"),
    "err.no_id_row": (
        "第 2 行应为列代码（例如 enterprise.name、a1_investment），请使用 hrb-desktop template 生成的模板",
        "Row 2 should hold the column ids (e.g. enterprise.name, a1_investment); use a template from hrb-desktop template",
    ),
    "err.unknown_columns": ("有不认识的列（请核对第 2 行的列代码）：", "Unknown columns (check the column ids in row 2):"),
    "err.unknown_column": ("第 {letter} 列“{label}”：列代码“{id}”", "column {letter} '{label}': column id '{id}'"),
    "err.duplicate_column": ("第 {letter} 列：列代码“{id}”重复出现", "column {letter}: column id '{id}' appears twice"),
    "err.name_column": (
        "缺少必需的列“{label}”（enterprise.name）",
        "The required column '{label}' (enterprise.name) is missing",
    ),
    "err.other_policy": (
        "该模板属于另一项政策（{theirs}），本程序评估的是 {ours}（{doc}）",
        "The template is for another policy ({theirs}); this program assesses {ours} ({doc})",
    ),
    "err.csv_encoding": (
        "CSV 文件的编码无法识别（应为 UTF-8 或 GBK/GB18030）",
        "The CSV file's encoding is not recognised (expected UTF-8 or GBK/GB18030)",
    ),
    "err.csv_syntax": ("CSV 文件格式有误：{detail}", "The CSV file is malformed: {detail}"),
    "err.no_rows": (
        "没有要评估的企业：请从第 3 行起每行填写一个企业（{path}）",
        "There is no enterprise to assess: fill in one enterprise per row from row 3 ({path})",
    ),
    "err.empty_folder": (
        "文件夹中没有 .hrba 或 .json 评估文件：{path}",
        "The folder holds no .hrba or .json assessment files: {path}",
    ),
    "err.same_file": ("结果文件不能与输入文件相同：{path}", "The result file must not be the input file: {path}"),
    "err.out_suffix": ("结果文件名应以 .xlsx 结尾：{path}", "The result file's name should end in .xlsx: {path}"),
    "err.template_suffix": (
        "模板文件名应以 .xlsx 或 .csv 结尾：{path}",
        "The template's name should end in .xlsx or .csv: {path}",
    ),
    "err.out_dir": ("无法写入文件夹 {path}", "Cannot write to the folder {path}"),
    "err.cancelled": ("已取消，未留下任何文件", "Cancelled; no file was left behind"),
}


def bt(key: str, lang: Lang = "zh", **fields: object) -> str:
    zh, en = _TEXTS[key]
    template = en if lang == "en" else zh
    return template.format(**fields) if fields else template


def has_text(key: str) -> bool:
    return key in _TEXTS
