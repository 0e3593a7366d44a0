; Inno Setup 6 script: per-user installer for perfdesk on Windows (no admin rights).
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build installer\perfdesk.spec
;   iscc /DAppVersion=0.1.0 installer\windows\perfdesk.iss
;
; (installer\README.md: the version comes from src\perfdesk\__init__.py.) The result is
; dist\perfdesk-<version>-windows-x64-setup.exe. It installs dist\perfdesk\ (perfdesk.exe,
; the windowed app, and perfdesk-cli.exe, the same program with a console for the
; subcommands), a Start menu entry and the .perfdesk / .pdpkg associations, all for the
; current user (HKCU). The uninstaller removes exactly what it installed: documents,
; packages, reports and perfdesk's settings stay.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\perfdesk.iss
#endif

[Setup]
; Never change AppId: it is how an update finds the installed version.
AppId={{7EFC38C4-1FE2-46D3-BC6D-940D4DB0084D}
AppName=perfdesk
AppVersion={#AppVersion}
AppVerName=perfdesk {#AppVersion}
AppPublisher=perfdesk developers
VersionInfoVersion={#AppVersion}
; Per-user: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs ({userpf}).
PrivilegesRequired=lowest
DefaultDirName={autopf}\perfdesk
DefaultGroupName=perfdesk
DisableProgramGroupPage=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=perfdesk-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\perfdesk.ico
UninstallDisplayIcon={app}\perfdesk.exe
UninstallDisplayName=perfdesk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese wizard texts: Inno Setup ships ChineseSimplified.isl among its unofficial
; translations; copy it to the compiler's Languages folder and uncomment:
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\perfdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\perfdesk"; Filename: "{app}\perfdesk.exe"
Name: "{autodesktop}\perfdesk"; Filename: "{app}\perfdesk.exe"; Tasks: desktopicon

[Registry]
; .perfdesk documents and .pdpkg packages open with perfdesk.exe "<file>" (HKCU only).
Root: HKCU; Subkey: "Software\Classes\.perfdesk"; ValueType: string; ValueName: ""; ValueData: "perfdesk.Document"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.perfdesk\OpenWithProgids"; ValueType: string; ValueName: "perfdesk.Document"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\perfdesk.Document"; ValueType: string; ValueName: ""; ValueData: "perfdesk document"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\perfdesk.Document\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\perfdesk.exe,0"
Root: HKCU; Subkey: "Software\Classes\perfdesk.Document\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\perfdesk.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.pdpkg"; ValueType: string; ValueName: ""; ValueData: "perfdesk.Package"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.pdpkg\OpenWithProgids"; ValueType: string; ValueName: "perfdesk.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\perfdesk.Package"; ValueType: string; ValueName: ""; ValueData: "perfdesk package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\perfdesk.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\perfdesk.exe,0"
Root: HKCU; Subkey: "Software\Classes\perfdesk.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\perfdesk.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\perfdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".perfdesk"; ValueData: ""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\perfdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".pdpkg"; ValueData: ""

[Run]
Filename: "{app}\perfdesk.exe"; Description: "{cm:LaunchProgram,perfdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes the installed files only. perfdesk
; writes nothing into {app} (documents live where the user saves them; settings and
; the demo in the user's AppData), so the folder is left empty and removed.
