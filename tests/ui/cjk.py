"""Matches Chinese characters and CJK punctuation (shared by the i18n tests)."""

import re

CJK_RE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
