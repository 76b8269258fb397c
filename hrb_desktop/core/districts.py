"""Harbin's districts, counties and county-level cities, named in Chinese and English.

One table for the wizard's district list, the review page and the PDF report, so the
English interface and the English report spell a district the same way. The file keeps
the Chinese name; a name not in the table (typed into a file by hand) is shown as it is.
"""

from __future__ import annotations

from hrb_desktop.core.lang import Lang

DISTRICTS: tuple[tuple[str, str], ...] = (
    ("道里区", "Daoli District"),
    ("道外区", "Daowai District"),
    ("南岗区", "Nangang District"),
    ("香坊区", "Xiangfang District"),
    ("平房区", "Pingfang District"),
    ("松北区", "Songbei District"),
    ("呼兰区", "Hulan District"),
    ("阿城区", "Acheng District"),
    ("双城区", "Shuangcheng District"),
    ("依兰县", "Yilan County"),
    ("方正县", "Fangzheng County"),
    ("宾县", "Bin County"),
    ("巴彦县", "Bayan County"),
    ("木兰县", "Mulan County"),
    ("通河县", "Tonghe County"),
    ("延寿县", "Yanshou County"),
    ("尚志市", "Shangzhi City"),
    ("五常市", "Wuchang City"),
)
_ENGLISH = dict(DISTRICTS)


def district_name(district: str, lang: Lang) -> str:
    """``district`` (its Chinese name, as the file keeps it) in ``lang``."""
    if lang == "en":
        return _ENGLISH.get(district, district)
    return district


__all__ = ["DISTRICTS", "district_name"]
