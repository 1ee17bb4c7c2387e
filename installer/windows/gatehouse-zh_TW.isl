; Gatehouse installer texts, Traditional Chinese (the wizard's main pages and our own tasks).
; UTF-8 with BOM (Inno Setup 6 reads it as Unicode). Written for Gatehouse, not Inno's translation.

[LangOptions]
LanguageName=繁體中文
LanguageID=$0404
LanguageCodePage=0

[Messages]
SetupAppTitle=安裝程式
SetupWindowTitle=安裝 - %1
UninstallAppTitle=解除安裝
UninstallAppFullTitle=解除安裝 %1
ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安裝(&I)
ButtonOK=確定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonNo=否(&N)
ButtonFinish=完成(&F)
ButtonBrowse=瀏覽(&R)…
WizardSelectDir=選擇安裝位置
WizardSelectTasks=選擇附加工作
SelectTasksLabel2=選擇安裝 [name] 時要執行的附加工作，然後按「下一步」。
WizardReady=準備安裝
ReadyLabel1=已準備好在這部電腦安裝 [name]。
ReadyLabel2a=按「安裝」繼續，或按「上一步」檢查設定。
WizardInstalling=正在安裝
InstallingLabel=正在安裝 [name]，請稍候…
FinishedHeadingLabel=[name] 安裝完成
FinishedLabel=[name] 已安裝在這部電腦，可從開始功能表或桌面捷徑啟動。
ClickFinish=按「完成」結束安裝程式。
ExitSetupTitle=結束安裝
ExitSetupMessage=安裝尚未完成。現在結束的話，程式不會被安裝。%n%n是否結束安裝？
ConfirmUninstall=是否確定要完全移除 %1 及其所有元件？
UninstalledAll=%1 已從這部電腦移除。

[CustomMessages]
AppTitle=門崗值守台
NightlyGroup=每晚工作：
NightlyTask=每晚 02:30 備份資料庫並寫出前一日的日報（需要排程工作帳戶，見說明文件）
NightlyCreating=正在建立每晚工作…
RemoveDataQuestion=是否同時刪除門崗值守台的資料夾？%n%n%1%n%n其中有資料庫、場所金鑰與備份。選「否」保留（重新安裝或搬到新電腦時需要）。
CreateDesktopIcon=在桌面建立捷徑(&D)
AdditionalIcons=其他捷徑：
UninstallProgram=解除安裝 %1
LaunchProgram=啟動 %1
