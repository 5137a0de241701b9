; Inno Setup 6 script for Windows 10 (x64): installs dist\partydesk built by packaging\partydesk.spec.
;   pyinstaller packaging\partydesk.spec --noconfirm
;   iscc /DAppVersion=0.1.0 packaging\partydesk.iss      -> dist\partydesk-0.1.0-setup.exe
; Per-user install by default (no administrator needed on office PCs); data stays in
; %LOCALAPPDATA%\partydesk and is never removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0B9C1A-3F5D-4C7E-9A44-0D2B7F1C5E21}
AppName=Party Desk
AppVerName=Party Desk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=partydesk
DefaultDirName={autopf}\partydesk
DefaultGroupName=Party Desk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=partydesk-{#AppVersion}-setup
SetupIconFile=icons\partydesk.ico
UninstallDisplayIcon={app}\partydesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\partydesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Party Desk"; Filename: "{app}\partydesk.exe"
Name: "{group}\{cm:UninstallProgram,Party Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Party Desk"; Filename: "{app}\partydesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\partydesk.exe"; Description: "{cm:LaunchProgram,Party Desk}"; Flags: nowait postinstall skipifsilent
