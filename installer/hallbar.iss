; Inno Setup script: wraps the Windows bundle (dist\Hallbar) in a per-user setup program.
;
; On Windows, after `python build_installer.py` has built and self-tested dist\Hallbar:
;   iscc installer\hallbar.iss
; (Inno Setup 6.5 or later, which ships Swedish.isl.) The result is
; dist\Hallbar-<version>-windows-x86_64-setup.exe. The version is read from Hallbar.exe's
; version resource, which build_installer.py writes from hallbar_desktop.__version__.
;
; It installs for the current user only (PrivilegesRequired=lowest): into
; %LOCALAPPDATA%\Programs\Hallbar, with a Start menu entry, so staff without administrator
; rights can install, update and uninstall it. The workshops in %LOCALAPPDATA%\hallbar-desktop
; are the user's data: an update or an uninstall leaves them alone.
;
; Not run on the project's Linux machines (Inno Setup is a Windows program); see
; docs/installing.md.

#define BundleDir SourcePath + "..\dist\Hallbar"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\Hallbar.exe", "ProductVersion")
#endif

[Setup]
; The AppId ties updates and the uninstaller to earlier installs: never change it.
AppId={{C32B4BB0-C446-4775-AFFC-36B849783387}
AppName=Hållbar förändring
AppVersion={#AppVersion}
AppVerName=Hållbar förändring {#AppVersion}
AppPublisher=hallbar-desktop
PrivilegesRequired=lowest
; With lowest privileges {autopf} is %LOCALAPPDATA%\Programs.
DefaultDirName={autopf}\Hallbar
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourcePath}..\dist
OutputBaseFilename=Hallbar-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#SourcePath}..\build\icons\hallbar.ico
UninstallDisplayIcon={app}\Hallbar.exe
UninstallDisplayName=Hållbar förändring
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An update closes a running Hallbar (Windows' Restart Manager) before replacing its files.
CloseApplications=yes
ChangesEnvironment=yes

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[Tasks]
Name: "desktopicon"; Description: "Skapa en genväg på skrivbordet"; Flags: unchecked
Name: "addtopath"; Description: "Gör kommandot hallbar tillgängligt i terminalen (PATH)"; Flags: unchecked

[InstallDelete]
; An update replaces the whole runtime, so no library of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Hållbar förändring"; Filename: "{app}\Hallbar.exe"
Name: "{autodesktop}\Hållbar förändring"; Filename: "{app}\Hallbar.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Hallbar.exe"; Description: "Starta Hållbar förändring"; Flags: nowait postinstall skipifsilent

[Code]
const
  EnvironmentKey = 'Environment';

function PathWithout(Path, Folder: string): string;
var
  Padded: string;
  Position: Integer;
begin
  Padded := ';' + Path + ';';
  Position := Pos(';' + Uppercase(Folder) + ';', Uppercase(Padded));
  if Position > 0 then
    Delete(Padded, Position, Length(Folder) + 1);
  Result := Copy(Padded, 2, Length(Padded) - 2);
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Path: string;
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
  begin
    if not RegQueryStringValue(HKCU, EnvironmentKey, 'Path', Path) then
      Path := '';
    Path := PathWithout(Path, ExpandConstant('{app}'));
    if Path <> '' then
      Path := Path + ';';
    RegWriteExpandStringValue(HKCU, EnvironmentKey, 'Path', Path + ExpandConstant('{app}'));
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path: string;
begin
  if (CurUninstallStep = usPostUninstall) and
     RegQueryStringValue(HKCU, EnvironmentKey, 'Path', Path) then
    RegWriteExpandStringValue(HKCU, EnvironmentKey, 'Path',
      PathWithout(Path, ExpandConstant('{app}')));
end;
