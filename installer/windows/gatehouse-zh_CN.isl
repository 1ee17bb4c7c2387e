; Gatehouse installer texts, Simplified Chinese (the wizard's main pages and our own tasks).
; UTF-8 with BOM (Inno Setup 6 reads it as Unicode). Written for Gatehouse, not Inno's translation.

[LangOptions]
LanguageName=简体中文
LanguageID=$0804
LanguageCodePage=0

[Messages]
SetupAppTitle=安装程序
SetupWindowTitle=安装 - %1
UninstallAppTitle=卸载
UninstallAppFullTitle=卸载 %1
ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安装(&I)
ButtonOK=确定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonNo=否(&N)
ButtonFinish=完成(&F)
ButtonBrowse=浏览(&R)…
WizardSelectDir=选择安装位置
WizardSelectTasks=选择附加任务
SelectTasksLabel2=选择安装 [name] 时要执行的附加任务，然后单击“下一步”。
WizardReady=准备安装
ReadyLabel1=已准备好在这台电脑安装 [name]。
ReadyLabel2a=单击“安装”继续，或单击“上一步”检查设置。
WizardInstalling=正在安装
InstallingLabel=正在安装 [name]，请稍候…
FinishedHeadingLabel=[name] 安装完成
FinishedLabel=[name] 已安装在这台电脑，可从开始菜单或桌面快捷方式启动。
ClickFinish=单击“完成”退出安装程序。
ExitSetupTitle=退出安装
ExitSetupMessage=安装尚未完成。现在退出的话，程序不会被安装。%n%n是否退出安装？
ConfirmUninstall=是否确定要完全删除 %1 及其所有组件？
UninstalledAll=%1 已从这台电脑删除。

[CustomMessages]
AppTitle=门岗值守台
NightlyGroup=每晚任务：
NightlyTask=每晚 02:30 备份数据库并写出前一日的日报（需要计划任务账户，见说明文档）
NightlyCreating=正在创建每晚任务…
RemoveDataQuestion=是否同时删除门岗值守台的数据文件夹？%n%n%1%n%n其中有数据库、场所密钥与备份。选“否”保留（重新安装或迁移到新电脑时需要）。
CreateDesktopIcon=在桌面创建快捷方式(&D)
AdditionalIcons=其他快捷方式：
UninstallProgram=卸载 %1
LaunchProgram=启动 %1
