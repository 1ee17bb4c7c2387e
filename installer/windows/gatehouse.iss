; Gatehouse (門崗值守台) — Windows installer script for Inno Setup 6.
;
; Build on a Windows machine with Python 3.11+ and Inno Setup 6.3+ (see docs/install.md):
;   python dev.py bundle                                   -> dist\gatehouse\ (gatehouse.exe, gatehouse-cli.exe, _internal\)
;   iscc /DAppVersion=0.1.0 installer\windows\gatehouse.iss -> dist\gatehouse-0.1.0-windows-x64-setup.exe
; AppVersion is the version in pyproject.toml; installer/windows/build_setup.py reads it and calls iscc.
;
; Languages: Inno ships English only as an official language with Chinese translations as unofficial
; downloads. Our own texts (tasks, questions) are custom messages in gatehouse-zh_TW.isl /
; gatehouse-zh_CN.isl / gatehouse-en.isl; a build machine that has put Inno's unofficial
; ChineseTraditional.isl / ChineseSimplified.isl into its Languages\Unofficial folder gets the whole
; wizard in Chinese (checked below), otherwise the wizard's standard pages stay in English.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z gatehouse.iss
#endif
#define BundleDir "..\..\dist\gatehouse"
#define ZhTwFull FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseTraditional.isl")
#define ZhCnFull FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")

[Setup]
AppId={{6F0C2B52-4E1D-4B8A-9C3E-6A7D2F1B9E40}
AppName=Gatehouse
AppVersion={#AppVersion}
AppVerName=Gatehouse {#AppVersion}
AppPublisher=Gatehouse
DefaultDirName={autopf}\Gatehouse
DefaultGroupName=Gatehouse
DisableProgramGroupPage=yes
; Per-machine: installed once into Program Files for every account of the booth PC.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=gatehouse-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\gatehouse.ico
UninstallDisplayIcon={app}\gatehouse.exe
UninstallDisplayName=Gatehouse {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
#if ZhTwFull
Name: "zh_TW"; MessagesFile: "compiler:Default.isl,compiler:Languages\Unofficial\ChineseTraditional.isl,gatehouse-zh_TW.isl"
#else
Name: "zh_TW"; MessagesFile: "compiler:Default.isl,gatehouse-zh_TW.isl"
#endif
#if ZhCnFull
Name: "zh_CN"; MessagesFile: "compiler:Default.isl,compiler:Languages\Unofficial\ChineseSimplified.isl,gatehouse-zh_CN.isl"
#else
Name: "zh_CN"; MessagesFile: "compiler:Default.isl,gatehouse-zh_CN.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl,gatehouse-en.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "nightly"; Description: "{cm:NightlyTask}"; GroupDescription: "{cm:NightlyGroup}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\gatehouse.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\gatehouse-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\FILES.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "gatehouse-nightly.ps1"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An upgrade replaces the program folder wholesale: no stale library of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\gatehouse.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\gatehouse.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; The nightly task: a verified backup and yesterday's daily report, as the program's scheduled-task
; account (gatehouse-nightly.ps1 explains the password file). Windows runs it as SYSTEM at 02:30.
; schtasks wants the quotes inside /TR escaped as \" (and Inno writes a quote as "").
Filename: "{sys}\schtasks.exe"; Parameters: "/Create /F /TN ""Gatehouse\Nightly"" /SC DAILY /ST 02:30 /RU SYSTEM /RL HIGHEST /TR ""powershell.exe -NoProfile -ExecutionPolicy Bypass -File \""{app}\gatehouse-nightly.ps1\"" -DataDir \""{code:DataDir}\"""""; Flags: runhidden; Tasks: nightly; StatusMsg: "{cm:NightlyCreating}"
Filename: "{app}\gatehouse.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /F /TN ""Gatehouse\Nightly"""; Flags: runhidden; RunOnceId: "DeleteNightlyTask"

[Code]
{ The data folder of the account that installs (the booth's account): %LOCALAPPDATA%\gatehouse. }
function DataDir(Param: String): String;
begin
  Result := ExpandConstant('{localappdata}\gatehouse');
end;

{ Uninstalling keeps the data folder (database, site key, backups) unless the person says otherwise;
  a silent uninstall always keeps it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent and DirExists(DataDir('')) then
    if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir('')]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir(''), True, True, True);
end;
