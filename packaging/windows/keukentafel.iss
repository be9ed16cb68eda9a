; Inno Setup 6 script for Keukentafel on Windows (per-machine install). How IT builds it: packaging/README.md.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\keukentafel.iss        -> dist\keukentafel-0.1.0-setup.exe
;
; Silent install:   keukentafel-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   optional:       /CONFIG=\\server\share\keukentafel\config.toml   (copied to %PROGRAMDATA%\Keukentafel\
;                   config.toml only if that file does not exist yet)
; Silent removal:   "%ProgramFiles%\Keukentafel\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Same layout as the Linux package (packaging/linux/make-deb.sh):
;   {autopf}\Keukentafel\                caseworker.exe (windowed), caseworker-debug.exe (console), _internal\
;   %PROGRAMDATA%\Keukentafel\           config.example.toml; config.toml is IT's and is never overwritten
;                                        or removed (with none, the app runs the demo profile)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define DistDir "..\..\dist\caseworker"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{BEA9D095-64F4-4DA1-9A76-B0FBD351AEE8}
AppName=Keukentafel
AppVersion={#AppVersion}
AppVerName=Keukentafel {#AppVersion}
AppPublisher=Keukentafel
DefaultDirName={autopf}\Keukentafel
DisableDirPage=yes
DefaultGroupName=Keukentafel
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=keukentafel-{#AppVersion}-setup
SetupIconFile=keukentafel.ico
UninstallDisplayIcon={app}\caseworker.exe
UninstallDisplayName=Keukentafel
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Dirs]
; The machine-wide settings folder; kept on uninstall because IT's config.toml lives there.
Name: "{commonappdata}\Keukentafel"; Flags: uninsneveruninstall

[Files]
; The whole PyInstaller folder (same spec as Linux: caseworker.exe, caseworker-debug.exe, _internal\).
; The old _internal\ is removed first (see [InstallDelete]) so no stale module of an older version stays.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\config.example.toml"; DestDir: "{commonappdata}\Keukentafel"; Flags: ignoreversion
; An IT-provided config (/CONFIG=path): installed once, never over an existing config.toml, never removed.
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\Keukentafel"; DestName: "config.toml"; Flags: external onlyifdoesntexist uninsneveruninstall skipifsourcedoesntexist; Check: ConfigGiven

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Keukentafel"; Filename: "{app}\caseworker.exe"; WorkingDir: "{app}"
; The debug variant (console) running the check of this machine; cmd /k keeps the report on screen.
Name: "{autoprograms}\Keukentafel (diagnose)"; Filename: "{cmd}"; Parameters: "/k ""{app}\caseworker-debug.exe"" doctor"; WorkingDir: "{app}"

[Run]
Filename: "{app}\caseworker.exe"; Description: "{cm:LaunchProgram,Keukentafel}"; Flags: nowait postinstall skipifsilent

[Code]
function ConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:CONFIG}') <> '';
end;
