"""Reading files that may be hostile: bounded in size, depth and number length, duplicates refused.

Assessment files travel by e-mail, so any of them may have been built to hang or crash the
program. Everything here costs time linear in the file's size, and every limit is checked
before the expensive step it protects:

- ``read_regular_file`` stats first and reads only a regular file (a FIFO would block
  forever, a device never ends), opened non-blocking, at most ``limit + 1`` bytes;
- ``loads_untrusted`` measures the nesting depth and the longest number literal with
  C-speed scans before ``json.loads`` runs, so neither ``RecursionError`` nor Python's
  4,300-digit integer limit nor ``decimal.InvalidOperation`` can happen inside it, and it
  refuses a key that appears twice in one object (``json`` would keep the last silently).

Errors are ``UntrustedInputError`` with a summary and problems in the user's language;
file-supplied text inside them is shortened by ``quote``.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from hrb_desktop.core.lang import Lang
from hrb_desktop.core.lang import text_for as _t

MAX_JSON_DEPTH = 16  # an assessment nests 4 deep (projects[].items[]), its autosave envelope 5
MAX_NUMBER_DIGITS = 30  # a number literal's digits; 1,000亿元 to the yuan needs 13
MAX_EXPONENT = 100  # |exponent| of a number such as 1e30, which the range checks then refuse
QUOTE_CHARS = 60  # file text quoted in a message is cut to this many characters

# A JSON string, also an unterminated one (it then runs to the end): one match per string,
# unambiguous, so the scan is linear however the quotes and backslashes are arranged.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKETS_AS_PARENS = str.maketrans("[{]}", "(())")
_LONG_DIGITS = re.compile(rf"[0-9]{{{MAX_NUMBER_DIGITS + 1},}}")


class UserFacingError(Exception):
    """An error with a one-line ``summary`` and ``problems`` (one per line), ready to show."""

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.problems = problems or []

    def __str__(self) -> str:
        return "\n".join([self.summary, *(f"  - {p}" for p in self.problems)])


class UntrustedInputError(UserFacingError):
    """A file refused before or while it was read."""


def quote(text: object, limit: int = QUOTE_CHARS) -> str:
    """File text for a message: “…”-quoted, cut to ``limit`` characters, control and invisible
    characters shown as \\n, \\ufeff etc., so that a 5 MB key or a line break never reaches a
    dialog. A JSON value that is not a string is shown as JSON (true, null, 1.5, [...])."""
    if isinstance(text, bool) or text is None:
        raw = json.dumps(text)
    elif isinstance(text, (list, dict)):
        raw = json.dumps(text, ensure_ascii=False, default=str)
    else:
        raw = str(text)
    shown = ""
    for ch in raw:
        if len(shown) >= limit:
            return f"“{shown}…”"
        if ch in "“”":
            ch = '"'  # the quotes around it stay unambiguous
        shown += ch if ch.isprintable() else repr(ch)[1:-1]
    return f"“{shown}”"


def megabytes(size: int) -> str:
    """5000000 -> "5 MB", 7300000 -> "7.3 MB"; one decimal, never "5.0" for a size above 5 MB."""
    shown = f"{size / 1_000_000:.1f}".removesuffix(".0")
    return f"{shown} MB"


def size_limit_message(size: int, limit: int, lang: Lang) -> str:
    actual = megabytes(size)
    if actual == megabytes(limit):  # 1,000,001 bytes: "1 MB" would read as within the limit
        actual = f"{size:,} 字节" if lang == "zh" else f"{size:,} bytes"
    if lang == "en":
        return f"The file is larger than the {megabytes(limit)} limit ({actual}); it is not an assessment file"
    return f"文件超过 {megabytes(limit)} 上限（实际 {actual}），不是评估文件"


def read_regular_file(path: Path, limit: int, lang: Lang = "zh") -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Folders, FIFOs, devices and sockets are refused by ``stat`` before anything is opened;
    the file is opened non-blocking and checked again through its descriptor, so one that
    is swapped for a FIFO in between is refused rather than waited on.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise UntrustedInputError(_t(lang, f"找不到文件：{path}", f"File not found: {path}")) from exc
    except NotADirectoryError as exc:
        raise UntrustedInputError(
            _t(
                lang,
                f"找不到文件：路径中有一部分是文件而不是文件夹：{path}",
                f"File not found: part of the path is a file, not a folder: {path}",
            )
        ) from exc
    except PermissionError as exc:
        raise UntrustedInputError(_t(lang, f"没有权限读取文件：{path}", f"No permission to read: {path}")) from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the name
        raise UntrustedInputError(
            _t(lang, f"无法读取文件：{path}", f"Cannot read {path}"), [os_error_text(exc, lang)]
        ) from exc
    _check_kind(info.st_mode, path, lang)
    if info.st_size > limit:
        raise UntrustedInputError(size_limit_message(info.st_size, limit, lang))
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError as exc:
        raise UntrustedInputError(_t(lang, f"没有权限读取文件：{path}", f"No permission to read: {path}")) from exc
    except OSError as exc:
        raise UntrustedInputError(
            _t(lang, f"无法读取文件：{path}", f"Cannot read {path}"), [os_error_text(exc, lang)]
        ) from exc
    try:
        _check_kind(os.fstat(fd).st_mode, path, lang)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, limit + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise UntrustedInputError(
            _t(lang, f"无法读取文件：{path}", f"Cannot read {path}"), [os_error_text(exc, lang)]
        ) from exc
    finally:
        os.close(fd)
    if total > limit:  # it grew after the stat
        raise UntrustedInputError(size_limit_message(total, limit, lang))
    return b"".join(chunks)


def decode_text(raw: bytes, lang: Lang = "zh") -> str:
    """UTF-8 (a leading BOM allowed, as Notepad writes it); otherwise say where it breaks."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start - (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        line = raw[: exc.start].count(b"\n") + 1
        raise UntrustedInputError(
            _t(
                lang,
                "文件中有无法识别的字符，可能已损坏，或不是本程序保存的评估文件",
                "The file holds bytes that are not text; it may be damaged, or not an assessment file",
            ),
            [
                _t(
                    lang,
                    f"第 {line} 行（第 {offset + 1} 个字节）不是 UTF-8 编码的文字",
                    f"line {line} (byte {offset + 1}) is not UTF-8 text",
                )
            ],
        ) from None


def loads_untrusted(text: str, lang: Lang = "zh", *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` for a hostile document: numbers with a fraction or exponent as Decimal,
    no NaN/Infinity, no duplicate key, depth and number size bounded before parsing."""
    summary = _t(lang, "不是有效的评估文件", "Not a valid assessment file")
    outside = _STRING.sub('""', text)  # what json parses as structure and numbers
    depth = _depth_bound(outside, max_depth)
    if depth > max_depth:
        raise UntrustedInputError(
            summary,
            [
                _t(
                    lang,
                    f"括号嵌套超过 {max_depth} 层上限（文件可能已损坏或被人为构造）",
                    f"brackets nest deeper than the limit of {max_depth} (the file may be damaged or crafted)",
                )
            ],
        )
    long_number = _LONG_DIGITS.search(outside)
    if long_number is not None:
        digits, shown = len(long_number.group()), quote(long_number.group(), 20)
        raise UntrustedInputError(
            summary,
            [
                _t(
                    lang,
                    f"数字{shown}过长（{digits:,} 位，最多 {MAX_NUMBER_DIGITS} 位）",
                    f"the number {shown} is too long ({digits:,} digits, at most {MAX_NUMBER_DIGITS})",
                )
            ],
        )
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_float=_checked_decimal,
            parse_constant=_no_constant,
        )
    except _Refused as exc:
        raise UntrustedInputError(summary, [exc.text(lang)]) from None
    except json.JSONDecodeError as exc:
        where = _t(lang, f"第 {exc.lineno} 行第 {exc.colno} 列", f"Line {exc.lineno}, column {exc.colno}")
        # json's own wording, without its dangling " at" ("Unterminated string starting at")
        what = _t(lang, "格式不对（文件可能不完整，或被其他程序改动过）", exc.msg.removesuffix(" at"))
        raise UntrustedInputError(
            _t(lang, "不是有效的 JSON 文件", "Not a valid JSON file"), [_t(lang, f"{where}：{what}", f"{where}: {what}")]
        ) from None


def read_json_file(path: Path, limit: int, lang: Lang = "zh", *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``read_regular_file``, ``decode_text`` and ``loads_untrusted`` in one: a JSON file from
    anywhere (an autosave, a lock note), bounded in every way; UntrustedInputError if not."""
    return loads_untrusted(decode_text(read_regular_file(path, limit, lang), lang), lang, max_depth=max_depth)


# ---------------------------------------------------------------- internals


class _Refused(Exception):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en

    def text(self, lang: Lang) -> str:
        return _t(lang, self.zh, self.en)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(
                f"名称{quote(key)}在同一处出现了两次（应只写一次，程序不猜测以哪一个为准）",
                f"the key {quote(key)} appears twice in the same object (write it once; the program does not guess which one counts)",
            )
        result[key] = value
    return result


def _checked_decimal(literal: str) -> Decimal:
    try:
        value = Decimal(literal)
        in_range = abs(value.adjusted()) <= MAX_EXPONENT
    except InvalidOperation:
        in_range = False
    if not in_range:
        raise _Refused(
            f"数字{quote(literal, 20)}超出可处理的范围",
            f"the number {quote(literal, 20)} is out of the range this program handles",
        )
    return value


def _no_constant(name: str) -> Any:
    raise _Refused(
        f"文件里有 {name}：数值必须是有限的数字",
        f"the file holds {name}: values must be finite numbers",
    )


def _depth_bound(outside: str, max_depth: int) -> int:
    """An upper bound of the bracket nesting depth of ``outside`` (strings already removed),
    exact for balanced brackets; at most ``max_depth + 1`` passes of ``str.replace``.

    Each pass removes every innermost "()" pair, so a balanced text needs exactly as many
    passes as it nests. What is left after that (unmatched brackets, ``)))(((``) adds at most
    its openers to the depth json could reach before it fails.
    """
    brackets = _NOT_BRACKET.sub("", outside).translate(_BRACKETS_AS_PARENS)
    passes = 0
    while "()" in brackets:
        passes += 1
        if passes > max_depth:
            return passes
        brackets = brackets.replace("()", "")
    return passes + brackets.count("(")


def _check_kind(mode: int, path: Path, lang: Lang) -> None:
    if stat.S_ISDIR(mode):
        raise UntrustedInputError(
            _t(lang, f"这是一个文件夹，不是文件：{path}", f"This is a folder, not a file: {path}")
        )
    if not stat.S_ISREG(mode):
        raise UntrustedInputError(
            _t(
                lang,
                f"这不是普通文件（而是管道、设备或套接字），无法作为评估文件读取：{path}",
                f"This is not a regular file (a pipe, device or socket), so it cannot be read as an assessment: {path}",
            )
        )


_ERRNO_ZH = {
    errno.ENOSPC: "磁盘空间已满",
    errno.ENAMETOOLONG: "文件名或路径过长",
    errno.ELOOP: "符号链接层数过多（可能指向自身）",
    errno.EIO: "读写设备出错",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "磁盘为只读",
    errno.ENOENT: "找不到文件或文件夹",
    errno.ENOTDIR: "路径中有一部分是文件而不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EMFILE: "打开的文件过多",
}


def os_error_text(exc: BaseException, lang: Lang = "zh") -> str:
    """An operating-system error in the user's language (the system's own words in English)."""
    number = exc.errno if isinstance(exc, OSError) else None
    if lang != "en" and number in _ERRNO_ZH:
        return _ERRNO_ZH[number]
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
