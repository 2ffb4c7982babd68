; Inno Setup script for Hearth on Windows: a per-user install (no administrator rights), like Ollama's.
; Build on Windows after PyInstaller:  iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\Hearth packaging\windows\hearth.iss
; The uninstaller removes the program only; the user's models, conversations and transcripts (%LOCALAPPDATA%\Hearth)
; stay unless the user ticks the box that asks for them to go.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Hearth"
#endif

[Setup]
AppId={{6F1B7A52-8C1E-4D0B-9A57-3E2B7D4C9F11}
AppName=Hearth
AppVersion={#AppVersion}
AppPublisher=Hearth developers
AppPublisherURL=https://github.com/hearth-app/hearth
DefaultDirName={localappdata}\Programs\Hearth
DefaultGroupName=Hearth
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Hearth-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\hearth.ico
UninstallDisplayIcon={app}\Hearth.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Hearth"; Filename: "{app}\Hearth.exe"
Name: "{userdesktop}\Hearth"; Filename: "{app}\Hearth.exe"; Tasks: desktopicon

[Registry]
; hearth:// links (Hugging Face's "Use this model") open Hearth: Software\Classes\hearth under HKA, which is
; HKEY_CURRENT_USER in this per-user install (HKEY_LOCAL_MACHINE only when someone chose to install for all users).
; A second Hearth.exe started with a link hands it to the window already open and exits (ui/single_instance.py).
Root: HKA; Subkey: "Software\Classes\hearth"; ValueType: string; ValueName: ""; ValueData: "URL:Hearth model link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\hearth"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\hearth\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\Hearth.exe"",0"
Root: HKA; Subkey: "Software\Classes\hearth\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Hearth.exe"" ""%1"""

[Run]
Filename: "{app}\Hearth.exe"; Description: "{cm:LaunchProgram,Hearth}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder; user data is handled in [Code] below.
Type: filesandordirs; Name: "{app}"

[Code]
var
  RemoveUserData: Boolean;

function InitializeUninstall(): Boolean;
begin
  RemoveUserData := (not UninstallSilent) and
    (MsgBox('Also delete your Hearth models, conversations and transcripts?' + #13#10 +
            'Choose No to keep them for a later install.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES);
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
    DelTree(ExpandConstant('{localappdata}\Hearth'), True, True, True);
end;
