"""What the result workbook shows of one enterprise: a summary row and its detail rows.

Only these small records are kept per enterprise (never the full engine result),
so 10,000 rows stay within a few tens of megabytes. The wizard's "Export Excel"
builds the same records from the current assessment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from hrb_desktop.core.assessment import Assessment
from hrb_desktop.core.engine import AssessmentResult, ItemResult, Status
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.messages import t

# Detail rows by default: the items the summary counts, those with money to claim or a
# department's decision to ask for. ``all_items`` lists every item of the enterprise's
# applicant type: non-monetary benefits (which nearly every manufacturer has), items not met
# and items not answered.
CLAIMABLE = frozenset({Status.eligible, Status.judgement})


@dataclass(slots=True)
class DetailRow:
    article: int
    item_id: str
    title: str
    status: str  # in the user's language
    amounts: tuple[Decimal, Decimal, Decimal, Decimal] | None  # low, high, counted low, counted high
    art18: str


@dataclass
class SummaryRow:
    source: str  # the row number or the file's name
    row: int | None
    name: str
    credit_code: str
    applicant: str
    reference_date: date | None
    total: tuple[Decimal, Decimal] | None  # None: not computed
    eligible: int = 0
    judgement: int = 0
    warnings: list[str] = field(default_factory=list)
    problems: int = 0
    pdf: str = ""
    hrba: str = ""
    details: list[DetailRow] = field(default_factory=list)

    @property
    def computed(self) -> bool:
        return self.total is not None


def status_text(status: Status, lang: Lang) -> str:
    return t("status." + status.value, lang)


def summarise(
    source: str,
    row: int | None,
    assessment: Assessment,
    result: AssessmentResult,
    applicant: str,
    lang: Lang,
    all_items: bool = False,
) -> SummaryRow:
    summary = SummaryRow(
        source=source,
        row=row,
        name=assessment.enterprise.name,
        credit_code=assessment.enterprise.credit_code,
        applicant=applicant,
        reference_date=assessment.reference_date,
        total=(result.total_low, result.total_high),
        eligible=sum(1 for r in result.items if r.status == Status.eligible),
        judgement=sum(1 for r in result.items if r.status == Status.judgement),
        warnings=list(result.warnings),
    )
    summary.details = [_detail(r, lang) for r in result.items if all_items or r.status in CLAIMABLE]
    return summary


def _detail(r: ItemResult, lang: Lang) -> DetailRow:
    amounts = (r.low, r.high, r.counted_low, r.counted_high) if r.status == Status.eligible else None
    return DetailRow(r.article, r.id, r.item.title.get(lang), status_text(r.status, lang), amounts, r.art18 or "")
