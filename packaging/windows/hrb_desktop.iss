; Inno Setup 6 script for hrb-desktop: a per-user installer, no admin rights needed.
;
; Build the bundle first (python packaging/build.py -> dist\hrb-desktop\), then either
;   python packaging/build.py --installer
; or compile this file with the Inno Setup 6 compiler (6.4 or later):
;   "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" packaging\windows\hrb_desktop.iss
; The installer is written to dist\hrb-desktop-<version>-setup.exe.
;
; Installer languages: Chinese (Simplified) from ChineseSimplified.isl next to
; this file -- the project's own translation of Inno Setup 6.4.1's Default.isl,
; nothing to download -- and English from the compiler's Default.isl.
; packaging/windows/wine_check.sh compiles, installs and uninstalls this
; installer under Wine (see README, "Packaging").
;
; Uninstalling removes only what this installer put in {app} and its own
; registry entries. It never touches the user's saved assessments (.hrba
; files wherever the user saved them), the autosave / recovery files or the
; settings in %APPDATA% / %LOCALAPPDATA%, nor a portable data folder
; hrb-desktop-data that a user made in {app}: there is deliberately no
; [UninstallDelete] or [UninstallRun] section, and [InstallDelete] names only
; {app}\_internal. Keep it that way (packaging/windows/wine_check.sh checks it).

#define AppName "hrb-desktop"
#define AppExe "hrb-desktop.exe"
#define ProgId "HrbDesktop.Assessment"

#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\hrb-desktop"
#endif
#if !FileExists(AddBackslash(DistDir) + AppExe)
  #error The bundle is missing: run "python packaging/build.py" first (looked for DistDir\hrb-desktop.exe).
#endif
#ifndef AppVersion
  ; build.py passes /DAppVersion from hrb_desktop/__init__.py; otherwise read the exe's version resource.
  #define AppVersion GetVersionNumbersString(AddBackslash(DistDir) + AppExe)
#endif

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{7121A8BC-0456-5358-8A0D-32D419BAEC3E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=hrb-desktop
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no UAC prompt: %LOCALAPPDATA%\Programs\hrb-desktop, HKCU only.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or later.
MinVersion=10.0.17763
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\resources\icons\hrb-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Chinese first: a user whose Windows is neither Chinese nor English gets Chinese.
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.ShortcutName=hrb-desktop (Harbin policy self-assessment)
en.AssocDescription=hrb-desktop assessment
zh_CN.ShortcutName=哈尔滨制造业政策申报前自评估
zh_CN.AssocDescription=hrb-desktop 自评估文件

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle so no file of an older version lingers.
; Only the program's own folder; nothing of the user's.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; File association for .hrba, per user (HKCU\Software\Classes). The ProgId key is
; ours and goes on uninstall; of .hrba only our values go, and the .hrba keys
; themselves only once nothing else is left in them (uninsdeletekeyifempty).
Root: HKCU; Subkey: "Software\Classes\.hrba"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.hrba"; ValueType: string; ValueName: "Content Type"; ValueData: "application/json"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.hrba\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:AssocDescription}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{cm:ShortcutName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".hrba"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:ShortcutName}}"; Flags: nowait postinstall skipifsilent
