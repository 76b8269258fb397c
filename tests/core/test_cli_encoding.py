"""Redirected CLI output is UTF-8 whatever the code page (help-desk scripts: ``hrb-desktop-cli policy > f``).

Windows without UTF-8 mode gives a redirected stdout the ANSI code page: cp936 on Chinese
Windows (no "¥"), cp1252 on Western Windows (no Chinese at all). ``PYTHONIOENCODING`` with
``PYTHONUTF8=0`` makes Python on Linux choose the same, so each command runs here as a
subprocess with stdout and stderr pipes, and must exit as documented with the same text the
CLI prints in-process, as UTF-8.
"""

from __future__ import annotations

import io
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hrb_desktop import cli
from hrb_desktop.core.output_streams import configure
from hrb_desktop.resources import examples_dir, policy_file

EXAMPLE = examples_dir() / "equipment-manufacturer-2023.json"
CODE_PAGES = ["cp936", "cp1252"]


def _env(code_page: str, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON", "HRB_LANG")) and k != "LANG"
    }
    env.update(LANG="C", PYTHONUTF8="0", PYTHONIOENCODING=code_page, **extra)
    return env


def _run(args: list[str], code_page: str, **extra: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "hrb_desktop", *args],
        capture_output=True,
        env=_env(code_page, **extra),
        timeout=120,
    )
    # Strict decoding: anything but UTF-8 (or a BOM) fails here.
    assert not proc.stdout.startswith(b"\xef\xbb\xbf")
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def _in_process(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(args)
    except SystemExit as exc:  # --help, --version and usage errors end in argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


COMMANDS: list[tuple[list[str], int, list[str]]] = [
    # (arguments, exit code, text that must be in stdout or stderr)
    (["assess", str(EXAMPLE)], 0, ["合计（估计区间）：1,027.19–1,577.19万元"]),  # LANG=C: Chinese
    (["assess", str(EXAMPLE), "--lang", "zh"], 0, ["合计（估计区间）", "第十八条"]),
    (
        ["assess", str(EXAMPLE), "--lang", "en"],
        0,
        ["Total (estimated range): 1,027.19–1,577.19", "哈政规〔2021〕10号"],
    ),
    (["assess", str(EXAMPLE), "--format", "json", "--lang", "zh"], 0, ['"total"', "重点项目"]),
    (["assess", str(EXAMPLE), "--format", "json", "--lang", "en"], 0, ['"total"', "key project"]),
    (["policy"], 0, ["¥ a1.project_investment", "第一条"]),
    (["policy", "--lang", "en"], 0, ["¥ a1.project_investment", "Art. 1"]),
    (["policy", "--format", "json"], 0, ['"doc_number": "哈政规〔2021〕10号"']),
    (["policy", "check", str(policy_file())], 0, ["OK: ", "哈政规〔2021〕10号"]),
    (["schema"], 0, ['"title": "Assessment"']),
    (["--help"], 0, ["申报前自评估"]),
    (["--version"], 0, ["hrb-desktop "]),
    # Error paths: one message on stderr, in the chosen language.
    (["assess", "不存在的文件.json"], 3, ["找不到文件", "不存在的文件.json"]),
    (["assess", "不存在的文件.json", "--lang", "en"], 3, ["不存在的文件.json"]),
    (["policy", "check", "不存在的政策.yaml"], 3, ["不存在的政策.yaml"]),
    (["assess"], 2, ["usage: hrb-desktop assess"]),
    (["policy", "--format", "xml"], 2, ["invalid choice"]),
]


@pytest.mark.parametrize("code_page", CODE_PAGES)
@pytest.mark.parametrize(
    ("args", "exit_code", "needles"), COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_redirected_output_is_utf8_under_any_code_page(
    capsys: pytest.CaptureFixture[str], code_page: str, args: list[str], exit_code: int, needles: list[str]
) -> None:
    code, out, err = _run(args, code_page)
    assert code == exit_code, err
    assert "Traceback" not in err and "internal error" not in err
    for needle in needles:
        assert needle in out + err
    expected = _in_process(capsys, args)
    assert (code, out, err) == expected  # the very text the CLI meant, not a re-encoded copy


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_hrb_lang_still_chooses_for_scripts(code_page: str) -> None:
    code, out, _ = _run(["policy"], code_page, HRB_LANG="en")
    assert code == 0 and "Art. 1" in out and "第一条" not in out


def test_an_undecodable_file_name_never_raises(tmp_path: Path) -> None:
    """A name Python cannot decode becomes a lone surrogate; printing it must not raise."""
    odd = os.fsencode(tmp_path) + b"/\xff-policy.yaml"
    shutil.copyfile(policy_file(), odd)
    proc = subprocess.run(
        [sys.executable, "-m", "hrb_desktop", "policy", "check", odd],
        capture_output=True,
        env=_env("cp936"),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert out.startswith("OK: ") and "/?-policy.yaml — hrb-2021-10" in out  # stdout replaces it
    proc = subprocess.run(
        [sys.executable, "-m", "hrb_desktop", "assess", os.fsencode(tmp_path) + b"/\xff.json"],
        capture_output=True,
        env=_env("cp1252"),
        timeout=120,
    )
    assert proc.returncode == 3
    assert "\\udcff.json" in proc.stderr.decode("utf-8")  # stderr escapes it, as Python does


def test_a_terminal_keeps_its_encoding_and_never_raises() -> None:
    """A terminal is left in its own encoding (a Windows console writes UTF-16 anyway);
    what it cannot show becomes "?" instead of ending the run with an error."""
    main_fd, child_fd = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "hrb_desktop", "policy", "--lang", "en"],
            stdout=child_fd,
            stderr=subprocess.PIPE,
            env=_env("cp1252"),
        )
        os.close(child_fd)
        chunks = []
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        _, err = proc.communicate(timeout=120)
    finally:
        os.close(main_fd)
    assert proc.returncode == 0, err
    text = b"".join(chunks).decode("cp1252")
    assert "\u00a5 a1.project_investment" in text  # cp1252 has "¥"
    assert "????2021?10? Measures to Accelerate" in text  # 哈政规〔2021〕10号: "?" for each Han character


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def test_configure_redirected_and_terminal_streams() -> None:
    redirected = io.TextIOWrapper(io.BytesIO(), encoding="cp936")
    configure(redirected, "replace")  # type: ignore[arg-type]
    assert (redirected.encoding, redirected.errors) == ("utf-8", "replace")
    redirected.write("¥ 哈尔滨 \udcff")
    redirected.flush()
    assert redirected.buffer.getvalue() == "¥ 哈尔滨 ?".encode()  # no BOM, nothing raised

    terminal = io.TextIOWrapper(_Terminal(), encoding="cp1252")
    configure(terminal, "replace")  # type: ignore[arg-type]
    assert (terminal.encoding, terminal.errors) == ("cp1252", "replace")
    terminal.write("¥ 哈")
    terminal.flush()
    assert terminal.buffer.getvalue() == b"\xa5 ?"

    closed = io.TextIOWrapper(io.BytesIO(), encoding="cp936")
    closed.close()
    configure(closed, "replace")  # type: ignore[arg-type]
    configure(None, "replace")  # pythonw: no stdout at all
    configure(io.StringIO(), "replace")  # a caller's redirect_stdout: left alone
