; Inno Setup script for Ametieditor on Windows (Inno Setup 6).
;
; Installs the PyInstaller one-folder build (packaging/ametieditor.spec, built
; into dist\Ametieditor) for the current user only: no administrator rights,
; program files under %LOCALAPPDATA%\Programs\Ametieditor, a Start menu entry,
; and the .ametijuhend file association with its icon in HKCU\Software\Classes.
; The Estonian speller (_internal\vabamorf: SWIG module and the _sp lexicon) comes
; with the build folder when it was built with the "spell" extra (estnltk); the
; [Files] entry copies all subfolders, so it needs no line of its own.
;
; Uninstalling removes the program folder, the Start menu entry and the
; association, and nothing else: the user's documents and the per-user data
; folder %APPDATA%\Ametieditor (wording library, backups, recovery files) stay.
;
; Build on Windows:  pyinstaller --noconfirm packaging\ametieditor.spec
;                    iscc packaging\windows\ametieditor.iss
; tests/packaging/test_inno_setup.py keeps this file consistent with the spec.

#define AppName "Ametieditor"
#define AppVersion "0.1.0"
#define AppExe "ametieditor.exe"
#define BuildDir "..\..\dist\Ametieditor"
#define ProgId "Ametieditor.Ametijuhend"

[Setup]
AppId={{6B0E2F4C-9A51-4C7B-8E2D-3F1A7C5D9B24}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Ametieditor
; Per-user install: no UAC prompt, nothing written outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Ametieditor-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\ametieditor.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Ametijuhendite koostamine"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .ametijuhend opens in the editor and shows its icon (per user: HKCU\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\.ametijuhend"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.ametijuhend"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ametijuhend+xml"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.ametijuhend\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Ametijuhend"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ametijuhend"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
