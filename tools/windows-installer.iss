; Inno Setup script: MediatorDesk-Setup.exe from dist\mediator-desk\ (built by tools\build_app.py on Windows).
; UNTESTED: no Windows machine has built or run it yet (see README, "Standalone application").
#define AppVersion GetEnv("MEDIATOR_DESK_VERSION")

[Setup]
AppId={{7B1E5A52-3C1D-4F0E-9B0A-6D2E8C5B7A31}
AppName=Mediator Desk
AppVersion={#AppVersion}
AppPublisher=The Mediator Desk team
DefaultDirName={autopf}\Mediator Desk
DefaultGroupName=Mediator Desk
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=MediatorDesk-Setup
SetupIconFile=..\resources\icons\mediator-desk.ico
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Files]
Source: "..\dist\mediator-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Mediator Desk"; Filename: "{app}\mediator-desk.exe"
Name: "{autodesktop}\Mediator Desk"; Filename: "{app}\mediator-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\mediator-desk.exe"; Description: "{cm:LaunchProgram,Mediator Desk}"; Flags: nowait postinstall skipifsilent
