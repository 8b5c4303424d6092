; Inno Setup 6 script for Eczema Explained (Windows installer).
;
; Built by `python packaging/make_installer.py` on Windows (or the CI workflow), which passes
;   /DAppVersion=<edu_app.__version__>  /DBundleDir=<dist\eczema-explained>  /O<dist>
; By hand, after building the bundle:
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\eczema-explained packaging\windows\eczema-explained.iss
;
; Silent install (clinic IT):  eczema-explained-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   add /CLINICCONFIG="\\server\share\clinic.toml" to copy a clinic configuration to
;   %PROGRAMDATA%\EczemaExplained\clinic.toml, and /TASKS="kiosk,autostartkiosk" for a kiosk.
; Silent uninstall: "%ProgramFiles%\Eczema Explained\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\eczema-explained"
#endif
#define AppName "Eczema Explained"
#define AppExe "edu-app.exe"

[Setup]
; A fixed AppId: updates install over the previous version (same folder, same shortcuts).
AppId={{6A0E9C52-3F4B-4C1D-9B57-2E8D0C7A41F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Eczema Explained team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine install (kiosks and shared desk computers); needs administrator rights.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=eczema-explained-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\eczema-explained.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "kiosk"; Description: "Add a ""Kiosk"" shortcut (full screen, resets when idle)"; GroupDescription: "Kiosk:"; Flags: unchecked
Name: "autostartkiosk"; Description: "Start in kiosk mode when anyone signs in"; GroupDescription: "Kiosk:"; Flags: unchecked

[Files]
; The whole one-folder bundle: edu-app.exe (windowed), edu-app-cli.exe (console: self-test,
; handouts, check-content) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The kiosk watchdog (README "Running a kiosk"): a Task Scheduler task that restarts the kiosk
; if it stops unexpectedly. Installed, not registered: clinic IT imports the task.
Source: "..\kiosk\kiosk-watchdog.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion
Source: "..\kiosk\kiosk-watchdog.xml"; DestDir: "{app}\kiosk"; Flags: ignoreversion

[Dirs]
; Machine-wide configuration folder (where the program looks for clinic.toml).
Name: "{commonappdata}\EczemaExplained"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} (Kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: kiosk
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{commonstartup}\{#AppName} (Kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: autostartkiosk

[Run]
; Copy a clinic configuration given on the command line (/CLINICCONFIG=path) into place.
Filename: "{cmd}"; Parameters: "/C copy /Y ""{param:CLINICCONFIG}"" ""{commonappdata}\EczemaExplained\clinic.toml"""; Flags: runhidden; Check: HasClinicConfig
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The program writes nothing into its own folder; the clinic's configuration in ProgramData is
; kept on uninstall on purpose (an update uninstalls nothing, and a reinstall keeps it).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function HasClinicConfig: Boolean;
begin
  Result := ExpandConstant('{param:CLINICCONFIG}') <> '';
end;
