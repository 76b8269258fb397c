#!/usr/bin/env bash
# wine_check.sh -- compile the Windows installer (hrb_desktop.iss) with Inno Setup's
# ISCC under Wine, then install, upgrade and uninstall it in throw-away Wine prefixes
# and check what a Windows user would find. Prints PASS/FAIL per check; exits 1 on any
# FAIL, 2 when it cannot run (a tool is missing). Takes about four minutes; too heavy
# for .ci/run, meant for a developer before a release and after changing the .iss.
#
# Usage (from anywhere):
#   ISCC=/path/to/node_modules/innosetup/bin/ISCC.exe packaging/windows/wine_check.sh
#
# Needs (Debian names): wine wine64 wine32:i386 (Inno's compiler and Setup are 32-bit:
# `dpkg --add-architecture i386 && apt-get update` first), xvfb, xdotool, imagemagick,
# python3; preferably also the zh_CN.UTF-8 locale (`localedef -i zh_CN -f UTF-8
# zh_CN.UTF-8`). Inno Setup's compiler comes from the npm package `innosetup` (ISCC
# 6.4.x), installed OUTSIDE the repository: `mkdir -p ~/tools/innosetup && cd ~/tools/innosetup
# && npm install innosetup`; ISCC is then node_modules/innosetup/bin/ISCC.exe.
# Without $ISCC the script looks in ./node_modules and /work/tools/innosetup/node_modules.
#
# Payload: the real Windows bundle dist/hrb-desktop/hrb-desktop.exe when it exists (it
# can only be built on Windows, see README "Packaging"). Otherwise a clearly labelled
# STAND-IN: Wine's own hostname.exe copied as hrb-desktop.exe and hrb-desktop-cli.exe,
# plus README-STANDIN.txt and an _internal\ folder. The .iss is compiled unchanged; the
# payload comes in through /DDistDir and /DAppVersion, as build.py passes them.
#
# What it checks:
#   1. ISCC compiles without a warning (a missing or unknown message in
#      ChineseSimplified.isl is only a warning to ISCC, so it is a FAIL here), and the
#      translation has every message of this compiler's own Default.isl.
#   2. Setup refuses Windows 7 (MinVersion: Qt 6 needs Windows 10 1809+); then the
#      prefix is set to Windows 10 (Wine 8 reports Windows 7 until told otherwise).
#   3. A silent per-user install (no admin): %LOCALAPPDATA%\Programs\hrb-desktop with
#      the exes, the .hrba association and ProgId under HKCU\Software\Classes with the
#      open command on the installed exe, the Start-menu shortcut, the uninstall entry
#      under HKCU, nothing under HKLM or Program Files, no desktop icon by default.
#   4. The user's data: a saved .hrba in Documents, autosaves in %APPDATA%\hrb-desktop\
#      (both version 0.1's hrb-desktop\hrb-desktop\autosave and the newer autosave\),
#      a file in %LOCALAPPDATA%\hrb-desktop, a portable data folder hrb-desktop-data
#      beside hrb-desktop.exe (in the program folder) and the settings under
#      HKCU\Software\hrb-desktop.
#   5. Upgrade: a second installer (version 99.0.0, same AppId) over the first leaves one
#      uninstall entry and one uninstaller, removes a stale _internal file of the old
#      version and keeps the user's data.
#   6. Silent uninstall: the program's files, association, ProgId, shortcut and
#      uninstall entry gone; the user's data of step 4 byte-for-byte unchanged (so the
#      program folder stays, holding only hrb-desktop-data).
#   7. Chinese: in a second fresh prefix with a Chinese (zh_CN) Windows UI, Setup picks
#      Chinese by itself; the wizard is walked page by page with the keyboard under Xvfb
#      and each page saved as PNG; the Chinese shortcut name, file type description and
#      install language are checked, then it is uninstalled silently.
#
# Screenshots and exported registry keys go to $WINE_CHECK_OUT (default
# build/wine-check/ in the repository, which git ignores). Everything else lives in a
# temporary folder that is removed at the end (KEEP=1 keeps it). The user's ~/.wine is
# never used: each prefix is new, and HOME points into the temporary folder too, because
# Wine links a prefix's Documents and Desktop folders to $HOME. No network is needed:
# Wine's Mono and Gecko downloads are switched off.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ISS="$HERE/hrb_desktop.iss"
ZH_ISL="$HERE/ChineseSimplified.isl"
APP_ID='{7121A8BC-0456-5358-8A0D-32D419BAEC3E}_is1'
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall'
PROGID='HrbDesktop.Assessment'
EN_SHORTCUT='hrb-desktop (Harbin policy self-assessment)'
ZH_SHORTCUT='哈尔滨制造业政策申报前自评估'
ZH_ASSOC='hrb-desktop 自评估文件'
UPGRADE_VERSION='99.0.0'
OUT="${WINE_CHECK_OUT:-$ROOT/build/wine-check}"

# ---------------------------------------------------------------- tools, output
die() { echo "wine_check: $*" >&2; exit 2; }
for tool in wine wineserver winepath xvfb-run xdotool import python3 iconv timeout; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is missing (see the top of this script for the packages)"
done
if [ -z "${ISCC:-}" ]; then
  for candidate in "$PWD/node_modules/innosetup/bin/ISCC.exe" /work/tools/innosetup/node_modules/innosetup/bin/ISCC.exe; do
    [ -f "$candidate" ] && ISCC="$candidate" && break
  done
fi
[ -n "${ISCC:-}" ] && [ -f "$ISCC" ] || die "ISCC.exe not found: npm install innosetup outside the repo and set ISCC=.../node_modules/innosetup/bin/ISCC.exe"
DEFAULT_ISL="$(dirname "$ISCC")/Default.isl"

# Everything runs on a private X server: Setup needs a display even when silent.
if [ -z "${WINE_CHECK_IN_XVFB:-}" ]; then
  export WINE_CHECK_IN_XVFB=1
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/hrb-wine-check.XXXXXX")"
PREFIXES=()
cleanup() {
  local prefix
  for prefix in "${PREFIXES[@]}"; do WINEPREFIX="$prefix" wineserver -k >/dev/null 2>&1; done
  if [ "${KEEP:-0}" = 1 ]; then echo "wine_check: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
mkdir -p "$OUT" "$WORK/home"
rm -f "$OUT"/zh-*.png "$OUT"/installed-*.reg "$OUT"/iscc.log "$OUT"/install-*.log
export HOME="$WORK/home" WINEDEBUG=-all WINEARCH=win64
# No Mono/Gecko download prompts (offline), no Linux menu entries for the shortcuts.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_DESKTOP_DIR XDG_DOCUMENTS_DIR

FAILS=0
PASSES=0
pass() { PASSES=$((PASSES + 1)); printf 'PASS  %s\n' "$1"; }
fail() { FAILS=$((FAILS + 1)); printf 'FAIL  %s\n' "$1"; [ -n "${2:-}" ] && printf '        %s\n' "$2"; return 0; }
check() { # check "what" command... : PASS when the command succeeds
  local what="$1"; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
section() { printf '\n== %s\n' "$1"; }

# ---------------------------------------------------------------- wine helpers
# w LOCALE cmd...: run a Wine program in $WINEPREFIX with a Unix locale, C or zh_CN,
# which Wine turns into the Windows locale and UI language; bounded in time.
# LC_ALL=zh_CN.UTF-8 without that locale installed leaves Wine unable to convert Chinese
# file names (the Chinese shortcut then fails with 0x80070002), so without it the UI
# language is Chinese and the character type stays C.UTF-8.
if locale -a 2>/dev/null | grep -qix 'zh_CN.utf-\?8'; then
  ZH_ENV=(LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8)
else
  ZH_ENV=(-u LC_ALL LANG=zh_CN.UTF-8 LC_MESSAGES=zh_CN.UTF-8 LC_CTYPE=C.UTF-8)
  echo "note: no zh_CN.UTF-8 locale on this system (localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 adds it):"
  echo "      the Chinese run gets a Chinese UI language but not the Chinese code page 936"
fi
w() {
  local locale="$1"; shift
  if [ "$locale" = zh_CN ]; then env "${ZH_ENV[@]}" timeout 300 wine "$@"
  else env LC_ALL=C.UTF-8 LANG=C.UTF-8 timeout 300 wine "$@"; fi
}
new_prefix() { # new_prefix DIR LOCALE: a fresh 64-bit prefix
  export WINEPREFIX="$1"
  PREFIXES+=("$1")
  w "$2" wineboot --init >/dev/null 2>&1
  wineserver -w
  [ -f "$WINEPREFIX/system.reg" ] || die "wineboot did not create $WINEPREFIX"
}
win_env() { w "$1" cmd /c echo "%$2%" 2>/dev/null | tr -d '\r'; } # win_env LOCALE NAME
unix_path() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }

cat > "$WORK/regread.py" <<'PY'
"""Read a key exported by `wine reg export` (UTF-16): get a value or count entries."""
import re
import sys

ROOTS = {"HKCU": "HKEY_CURRENT_USER", "HKLM": "HKEY_LOCAL_MACHINE"}


def sections(path):
    text = open(path, encoding="utf-16").read()
    result, current = {}, None
    for line in text.splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = result.setdefault(line[1:-1].lower(), {})
        elif current is not None:
            match = re.match(r'^(@|"((?:[^"\\]|\\.)*)")="((?:[^"\\]|\\.)*)"$', line)
            if match:
                name = "" if match.group(1) == "@" else re.sub(r"\\(.)", r"\1", match.group(2))
                current[name] = re.sub(r"\\(.)", r"\1", match.group(3))
    return result


command, path = sys.argv[1], sys.argv[2]
if command == "get":  # get FILE KEY NAME ("" = the default value)
    root, _, rest = sys.argv[3].partition("\\")
    values = sections(path).get((ROOTS.get(root, root) + "\\" + rest).lower())
    if values is None or sys.argv[4] not in values:
        sys.exit(1)
    print(values[sys.argv[4]])
elif command == "count":  # count FILE DISPLAYNAME: uninstall entries with that DisplayName
    print(sum(1 for values in sections(path).values() if values.get("DisplayName") == sys.argv[3]))
PY

REG_N=0
reg_export() { # reg_export LOCALE KEY -> path of the exported file (fails if the key is missing)
  REG_N=$((REG_N + 1))
  local file="$WORK/export-$REG_N.reg"
  w "$1" reg export "$2" "$(winepath -w "$file" | tr -d '\r')" /y >/dev/null 2>&1 || return 1
  echo "$file"
}
reg_get() { # reg_get LOCALE KEY NAME -> value ("" NAME = default value)
  local file
  file="$(reg_export "$1" "$2")" || return 1
  python3 "$WORK/regread.py" get "$file" "$2" "$3"
}
reg_missing() { ! w "$1" reg query "$2" >/dev/null 2>&1; }
reg_is() { # reg_is LOCALE KEY NAME EXPECTED
  local got
  got="$(reg_get "$1" "$2" "$3")" || { echo "        $2 [$3] is missing"; return 1; }
  [ "$got" = "$4" ] || { echo "        $2 [$3] = '$got', expected '$4'"; return 1; }
}
uninstall_entries() { # how many uninstall entries are called hrb-desktop
  local file
  file="$(reg_export "$1" "$UNINSTALL_KEY")" || { echo 0; return 0; }
  python3 "$WORK/regread.py" count "$file" hrb-desktop
}
lnk_targets() { # lnk_targets FILE.lnk EXE-NAME: the shortcut names the exe (ANSI or UTF-16 path)
  grep -aq "$2" "$1" || iconv -f UTF-16LE -t UTF-8 "$1" 2>/dev/null | grep -aq "$2"
}

# ---------------------------------------------------------------- 1. payload and compile
section "1. Compile $(basename "$ISS") with ISCC under Wine"
VERSION="$(sed -n 's/^__version__ *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' "$ROOT/hrb_desktop/__init__.py")"
[ -n "$VERSION" ] || die "no __version__ in hrb_desktop/__init__.py"
new_prefix "$WORK/prefix-en" C

BUNDLE="$ROOT/dist/hrb-desktop"
if [ -f "$BUNDLE/hrb-desktop.exe" ] && [ "$(head -c 2 "$BUNDLE/hrb-desktop.exe")" = MZ ]; then
  PAYLOAD="$BUNDLE"
  echo "payload: the real Windows bundle $BUNDLE"
else
  PAYLOAD="$WORK/standin-payload"
  mkdir -p "$PAYLOAD/_internal"
  STANDIN_EXE="$WINEPREFIX/drive_c/windows/system32/hostname.exe"
  [ -f "$STANDIN_EXE" ] || die "no $STANDIN_EXE in the new prefix to use as a stand-in exe"
  cp "$STANDIN_EXE" "$PAYLOAD/hrb-desktop.exe"
  cp "$STANDIN_EXE" "$PAYLOAD/hrb-desktop-cli.exe"
  printf '%s\r\n' "STAND-IN PAYLOAD made by packaging/windows/wine_check.sh." \
    "hrb-desktop.exe and hrb-desktop-cli.exe are copies of Wine's hostname.exe, NOT the app:" \
    "a real PyInstaller Windows bundle can only be built on Windows." > "$PAYLOAD/README-STANDIN.txt"
  cp "$PAYLOAD/README-STANDIN.txt" "$PAYLOAD/_internal/README-STANDIN.txt"
  echo "************************************************************************"
  echo "*  STAND-IN PAYLOAD: no Windows bundle at dist/hrb-desktop, so the     *"
  echo "*  installer wraps copies of Wine's hostname.exe, NOT the real app.    *"
  echo "*  Installer, registry, shortcuts and uninstall are checked for real;  *"
  echo "*  the app itself is not.                                              *"
  echo "************************************************************************"
fi

compile() { # compile VERSION OUTDIR -> the setup exe; the ISCC output goes to OUTDIR/iscc.log
  mkdir -p "$2"
  w C "$ISCC" "/DAppVersion=$1" "/DDistDir=$(winepath -w "$PAYLOAD" | tr -d '\r')" \
    "/O$(winepath -w "$2" | tr -d '\r')" "$(winepath -w "$ISS" | tr -d '\r')" > "$2/iscc.log" 2>&1
}
if compile "$VERSION" "$WORK/out"; then pass "ISCC compiles hrb_desktop.iss (exit 0)"
else fail "ISCC compiles hrb_desktop.iss" "$(tr -d '\r' < "$WORK/out/iscc.log" | tail -5)"; fi
tr -d '\r' < "$WORK/out/iscc.log" > "$OUT/iscc.log"
echo "compiler: $ISCC ($(sed -n 's/^Compiler engine version: //p' "$OUT/iscc.log")); app version $VERSION"
SETUP="$WORK/out/hrb-desktop-$VERSION-setup.exe"
check "the installer is written: $(basename "$SETUP")" test -s "$SETUP"
WARNINGS="$(grep -i '^warning' "$OUT/iscc.log")"
if [ -z "$WARNINGS" ]; then pass "ISCC reports no warning (every Chinese message defined and recognised)"
else fail "ISCC reports no warning" "$WARNINGS"; fi
check "ISCC read the repository's ChineseSimplified.isl" grep -q 'ChineseSimplified.isl' "$OUT/iscc.log"
ISL_PROBLEMS="$(python3 "$HERE/isl_messages.py" compare "$DEFAULT_ISL" "$ZH_ISL")"
if [ -z "$ISL_PROBLEMS" ]; then pass "ChineseSimplified.isl has every message of this compiler's Default.isl, placeholders kept"
else fail "ChineseSimplified.isl matches this compiler's Default.isl" "$ISL_PROBLEMS"; fi
[ -s "$SETUP" ] || { echo; echo "no installer, nothing more to check"; echo "$PASSES passed, $FAILS failed"; exit 1; }

# ---------------------------------------------------------------- 2. Windows version
section "2. Windows version"
w C winecfg -v win7 >/dev/null 2>&1; wineserver -w
w C "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LANG=en "/LOG=$(winepath -w "$WORK/win7.log" | tr -d '\r')" >/dev/null 2>&1
rc=$?
wineserver -w
LOCALAPPDATA_U="$(unix_path "$(win_env C LOCALAPPDATA)")"
APPDATA_U="$(unix_path "$(win_env C APPDATA)")"
PROFILE_U="$(unix_path "$(win_env C USERPROFILE)")"
INSTALL_DIR="$LOCALAPPDATA_U/Programs/hrb-desktop"
if [ "$rc" != 0 ] && [ ! -e "$INSTALL_DIR" ] && grep -q 'does not support the version of Windows' "$WORK/win7.log" 2>/dev/null; then
  pass "Setup refuses Windows 7 and installs nothing"
else fail "Setup refuses Windows 7" "exit code $rc; install folder present: $([ -e "$INSTALL_DIR" ] && echo yes || echo no)"; fi
w C winecfg -v win10 >/dev/null 2>&1; wineserver -w
echo "prefix set to Windows $(reg_get C 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' CurrentBuild || echo '?') (build)"

# ---------------------------------------------------------------- 3. silent install
section "3. Silent per-user install (English)"
run_setup() { # run_setup LOCALE SETUP LOG [args...]: silent install, exit code checked by the caller
  local locale="$1" setup="$2" log="$3"; shift 3
  w "$locale" "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winepath -w "$log" | tr -d '\r')" "$@" >/dev/null 2>&1
  local rc=$?
  wineserver -w
  return $rc
}
check "silent install exits 0" run_setup C "$SETUP" "$WORK/install.log" /LANG=en
cp "$WORK/install.log" "$OUT/install-en.log" 2>/dev/null
# Wine's user is an administrator; PrivilegesRequired=lowest must still install per user.
check "per-user mode although Wine's user is an administrator (log: 'Administrative install mode: No')" \
  grep -q 'Administrative install mode: No' "$WORK/install.log"
check "... with 'Install mode root key: HKEY_CURRENT_USER'" \
  grep -q 'Install mode root key: HKEY_CURRENT_USER' "$WORK/install.log"
check_installed() { # check_installed LOCALE SHORTCUT-NAME ASSOC-DESCRIPTION VERSION
  local locale="$1" shortcut="$2" assoc="$3" version="$4" exe_win
  check "program folder %LOCALAPPDATA%\\Programs\\hrb-desktop has hrb-desktop.exe" test -f "$INSTALL_DIR/hrb-desktop.exe"
  check "... and hrb-desktop-cli.exe and the uninstaller unins000.exe" \
    test -f "$INSTALL_DIR/hrb-desktop-cli.exe" -a -f "$INSTALL_DIR/unins000.exe"
  check "nothing installed under Program Files (per user, no admin)" \
    test ! -e "$WINEPREFIX/drive_c/Program Files/hrb-desktop" -a ! -e "$WINEPREFIX/drive_c/Program Files (x86)/hrb-desktop"
  # The C: path as Setup writes it; checked below to be the installed exe.
  exe_win="$(reg_get "$locale" "$UNINSTALL_KEY\\$APP_ID" InstallLocation)hrb-desktop.exe" || exe_win="?"
  check "HKCU\\Software\\Classes\\.hrba = $PROGID" reg_is "$locale" 'HKCU\Software\Classes\.hrba' "" "$PROGID"
  check "HKCU\\Software\\Classes\\.hrba\\OpenWithProgids lists $PROGID" \
    reg_is "$locale" 'HKCU\Software\Classes\.hrba\OpenWithProgids' "$PROGID" ""
  check "ProgId $PROGID is described as '$assoc'" reg_is "$locale" "HKCU\\Software\\Classes\\$PROGID" "" "$assoc"
  check "open command is \"$exe_win\" \"%1\"" \
    reg_is "$locale" "HKCU\\Software\\Classes\\$PROGID\\shell\\open\\command" "" "\"$exe_win\" \"%1\""
  check "... and that path is the installed exe" test "$(unix_path "$exe_win")" -ef "$INSTALL_DIR/hrb-desktop.exe"
  check "nothing registered under HKLM\\Software\\Classes\\.hrba (no admin)" \
    reg_missing "$locale" 'HKLM\Software\Classes\.hrba'
  local lnk="$APPDATA_U/Microsoft/Windows/Start Menu/Programs/$shortcut.lnk"
  check "Start-menu shortcut 'Programs\\$shortcut.lnk'" test -f "$lnk"
  check "... pointing at hrb-desktop.exe" lnk_targets "$lnk" 'hrb-desktop.exe'
  check "no desktop shortcut (the task is unchecked by default)" test ! -e "$PROFILE_U/Desktop/$shortcut.lnk"
  check "uninstall entry HKCU\\...\\Uninstall\\$APP_ID: DisplayName hrb-desktop" \
    reg_is "$locale" "$UNINSTALL_KEY\\$APP_ID" DisplayName hrb-desktop
  check "... DisplayVersion $version" reg_is "$locale" "$UNINSTALL_KEY\\$APP_ID" DisplayVersion "$version"
  check "... UninstallString is the installed unins000.exe" \
    reg_is "$locale" "$UNINSTALL_KEY\\$APP_ID" UninstallString "\"${exe_win%hrb-desktop.exe}unins000.exe\""
  check "no uninstall entry under HKLM" \
    reg_missing "$locale" "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID"
}
check_installed C "$EN_SHORTCUT" "hrb-desktop assessment" "$VERSION"
check "installed in English (Inno Setup: Language = en)" reg_is C "$UNINSTALL_KEY\\$APP_ID" "Inno Setup: Language" en
for key in "HKCU\\Software\\Classes\\$PROGID" "$UNINSTALL_KEY\\$APP_ID"; do
  file="$(reg_export C "$key")" && iconv -f UTF-16 -t UTF-8 "$file" | tr -d '\r' >> "$OUT/installed-en.reg"
done

# ---------------------------------------------------------------- 4. the user's data
section "4. Plant the user's data"
USER_FILES=(
  "$PROFILE_U/Documents/我的评估.hrba"
  "$APPDATA_U/hrb-desktop/hrb-desktop/autosave/untitled-1.hrba-autosave"
  "$APPDATA_U/hrb-desktop/autosave/untitled-2.hrba-autosave"
  "$LOCALAPPDATA_U/hrb-desktop/hrb-desktop/cache-note.txt"
  "$INSTALL_DIR/hrb-desktop-data/autosave/untitled-3.hrba-autosave"
)
EXAMPLE="$(ls "$ROOT"/examples/*.json | head -1)"
for f in "${USER_FILES[@]}"; do mkdir -p "$(dirname "$f")"; cp "$EXAMPLE" "$f"; done
echo "the user's note, written before the uninstall" > "${USER_FILES[3]}"
case "$(readlink -f "$PROFILE_U/Documents")" in
  "$WORK"/*) pass "the prefix's Documents folder is inside the temporary folder (not the real home)";;
  *) fail "the prefix's Documents folder is inside the temporary folder" "$(readlink -f "$PROFILE_U/Documents")";;
esac
(cd / && sha256sum "${USER_FILES[@]}") > "$WORK/user-files.sha256"
SETTINGS=(
  'HKCU\Software\hrb-desktop\hrb-desktop\ui|language|zh'
  'HKCU\Software\hrb-desktop\hrb-desktop\files|last_directory|C:\users\Documents'
  'HKCU\Software\hrb-desktop\ui|language|en'
)
for s in "${SETTINGS[@]}"; do
  IFS='|' read -r key name value <<< "$s"
  w C reg add "$key" /v "$name" /t REG_SZ /d "$value" /f >/dev/null 2>&1
done
printf '  %s\n' "${USER_FILES[@]}" "${SETTINGS[@]}"
check_user_data() { # check_user_data WHEN
  if sha256sum --quiet -c "$WORK/user-files.sha256" >/dev/null 2>&1; then
    pass "$1: the saved .hrba, the autosaves (also in {app}\\hrb-desktop-data) and the %LOCALAPPDATA% file are unchanged"
  else fail "$1: the user's files are unchanged" "$(sha256sum -c "$WORK/user-files.sha256" 2>&1 | grep -v ': OK$')"; fi
  local s key name value
  for s in "${SETTINGS[@]}"; do
    IFS='|' read -r key name value <<< "$s"
    check "$1: setting $key [$name] kept" reg_is C "$key" "$name" "$value"
  done
}

# ---------------------------------------------------------------- 5. upgrade
section "5. Upgrade: version $UPGRADE_VERSION over $VERSION (same AppId)"
STALE="$INSTALL_DIR/_internal/stale-file-of-the-old-version.txt"
mkdir -p "$(dirname "$STALE")" && echo stale > "$STALE"
if compile "$UPGRADE_VERSION" "$WORK/out-upgrade"; then pass "ISCC compiles the upgrade installer"
else fail "ISCC compiles the upgrade installer" "$(tr -d '\r' < "$WORK/out-upgrade/iscc.log" | tail -5)"; fi
check "upgrade installs silently (exit 0)" \
  run_setup C "$WORK/out-upgrade/hrb-desktop-$UPGRADE_VERSION-setup.exe" "$WORK/upgrade.log" /LANG=en
check "one uninstall entry called hrb-desktop after the upgrade" test "$(uninstall_entries C)" = 1
check "... and it is version $UPGRADE_VERSION" reg_is C "$UNINSTALL_KEY\\$APP_ID" DisplayVersion "$UPGRADE_VERSION"
check "one uninstaller (unins000.exe, no unins001.exe)" \
  test -f "$INSTALL_DIR/unins000.exe" -a ! -e "$INSTALL_DIR/unins001.exe"
check "the old version's stale _internal file is gone ([InstallDelete])" test ! -e "$STALE"
check "the new version's files are there" test -f "$INSTALL_DIR/hrb-desktop.exe"
check_user_data "after the upgrade"

# ---------------------------------------------------------------- 6. uninstall
section "6. Silent uninstall"
# The uninstaller copies itself to %TEMP% and goes on from there: wineserver -w waits for it.
w C "$INSTALL_DIR/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >/dev/null 2>&1
rc=$?
wineserver -w
check "uninstaller exits 0" test "$rc" = 0
only_portable_data_left() { [ "$(ls -A "$INSTALL_DIR")" = hrb-desktop-data ]; }
check_uninstalled() { # check_uninstalled LOCALE SHORTCUT-NAME [portable]
  if [ "${3:-}" = portable ]; then
    check "the program's files are gone; the folder holds only the user's hrb-desktop-data" only_portable_data_left
  else
    check "program folder is gone" test ! -e "$INSTALL_DIR"
  fi
  check "HKCU\\Software\\Classes\\.hrba is gone (no empty key left)" reg_missing "$1" 'HKCU\Software\Classes\.hrba'
  check "ProgId $PROGID is gone" reg_missing "$1" "HKCU\\Software\\Classes\\$PROGID"
  check "Applications\\hrb-desktop.exe is gone" \
    reg_missing "$1" 'HKCU\Software\Classes\Applications\hrb-desktop.exe'
  check "Start-menu shortcut is gone" test ! -e "$APPDATA_U/Microsoft/Windows/Start Menu/Programs/$2.lnk"
  check "uninstall entry is gone" test "$(uninstall_entries "$1")" = 0
}
check_uninstalled C "$EN_SHORTCUT" portable
check_user_data "after the uninstall"

# ---------------------------------------------------------------- 7. Chinese wizard
section "7. Chinese: a zh_CN Windows, the wizard walked with the keyboard"
new_prefix "$WORK/prefix-zh" zh_CN
w zh_CN winecfg -v win10 >/dev/null 2>&1
# A Chinese Windows has Microsoft YaHei; Wine has no CJK font of its own, so the
# project's bundled WenQuanYi Micro Hei stands in for the dialog fonts.
cp "$ROOT/resources/fonts/wqy-microhei.ttf" "$WINEPREFIX/drive_c/windows/Fonts/"
for font in "Segoe UI" "Tahoma" "MS Shell Dlg" "MS Shell Dlg 2" "Microsoft YaHei" "Microsoft YaHei UI" "SimSun" "Verdana"; do
  w zh_CN reg add 'HKCU\Software\Wine\Fonts\Replacements' /v "$font" /t REG_SZ /d "WenQuanYi Micro Hei" /f >/dev/null 2>&1
done
wineserver -w
LOCALAPPDATA_U="$(unix_path "$(win_env zh_CN LOCALAPPDATA)")"
APPDATA_U="$(unix_path "$(win_env zh_CN APPDATA)")"
PROFILE_U="$(unix_path "$(win_env zh_CN USERPROFILE)")"
INSTALL_DIR="$LOCALAPPDATA_U/Programs/hrb-desktop"

ZH_LOG="$WORK/install-zh.log"
w zh_CN "$SETUP" "/LOG=$(winepath -w "$ZH_LOG" | tr -d '\r')" >/dev/null 2>&1 &
SETUP_PID=$!
WIZARD=""
for _ in $(seq 1 60); do
  # (xdotool's --name regex does not match Chinese text; the title is compared below)
  WIZARD="$(xdotool search --onlyvisible --name '^.* - hrb-desktop [0-9]' 2>/dev/null | head -1)"
  [ -n "$WIZARD" ] && break
  sleep 1
done
TITLE="$([ -n "$WIZARD" ] && xdotool getwindowname "$WIZARD" 2>/dev/null)"
shot() { sleep 2; import -window "$WIZARD" "$OUT/$1.png" 2>/dev/null; }
next_page() { xdotool key --window "$WIZARD" Return 2>/dev/null; }
if [ -z "$WIZARD" ]; then
  fail "the wizard opens" "no window 'hrb-desktop <version>' within 60 s"
elif [ "${TITLE%% - *}" != "安装" ]; then
  fail "the wizard opens in Chinese by itself" "its title is '$TITLE'"
else
  pass "the wizard opens in Chinese by itself: '$TITLE'"
  shot zh-1-select-dir
  next_page; shot zh-2-tasks
  next_page; shot zh-3-ready
  next_page
  for _ in $(seq 1 60); do
    grep -q 'Installation process succeeded\|Message box' "$ZH_LOG" 2>/dev/null && break
    sleep 1
  done
  if grep -q 'Message box' "$ZH_LOG" 2>/dev/null; then
    sleep 1; import -window root "$OUT/zh-message-box.png" 2>/dev/null
    fail "the Chinese install shows no error message" \
      "$(grep -A3 'Message box' "$ZH_LOG" | tr -d '\r'); screen: $OUT/zh-message-box.png"
    wineserver -k
  else
    shot zh-4-finished
    next_page
  fi
fi
for _ in $(seq 1 60); do kill -0 "$SETUP_PID" 2>/dev/null || break; sleep 1; done
if kill -0 "$SETUP_PID" 2>/dev/null; then
  fail "the Chinese wizard finished" "still running after the last page; see $OUT/zh-*.png"
  WINEPREFIX="$WINEPREFIX" wineserver -k
else
  wait "$SETUP_PID"; rc=$?
  check "the Chinese wizard finished with exit code 0 (got $rc)" test "$rc" = 0
fi
# Finish starts the program ([Run] postinstall, checked by default); end it, as a user would.
sleep 3
w zh_CN taskkill /f /im hrb-desktop.exe >/dev/null 2>&1
wineserver -w
cp "$ZH_LOG" "$OUT/install-zh.log" 2>/dev/null
for page in zh-1-select-dir zh-2-tasks zh-3-ready zh-4-finished; do
  check "screenshot $OUT/$page.png" test -s "$OUT/$page.png"
done
if [ ! -f "$INSTALL_DIR/unins000.exe" ]; then
  fail "the Chinese wizard installed the program" "nothing in $INSTALL_DIR; the remaining Chinese checks are skipped"
else
  check "installed in Chinese (Inno Setup: Language = zh_CN)" reg_is zh_CN "$UNINSTALL_KEY\\$APP_ID" "Inno Setup: Language" zh_CN
  check_installed zh_CN "$ZH_SHORTCUT" "$ZH_ASSOC" "$VERSION"
  file="$(reg_export zh_CN "$UNINSTALL_KEY\\$APP_ID")" && iconv -f UTF-16 -t UTF-8 "$file" | tr -d '\r' > "$OUT/installed-zh.reg"
  w zh_CN "$INSTALL_DIR/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >/dev/null 2>&1
  rc=$?
  wineserver -w
  check "Chinese uninstall exits 0" test "$rc" = 0
  check_uninstalled zh_CN "$ZH_SHORTCUT"
fi

# ---------------------------------------------------------------- summary
echo
[ "$PAYLOAD" = "$ROOT/dist/hrb-desktop" ] || echo "(installer checked with the STAND-IN payload, not the real app)"
echo "screenshots, logs and exported keys: $OUT"
echo "$PASSES passed, $FAILS failed"
[ "$FAILS" = 0 ]
