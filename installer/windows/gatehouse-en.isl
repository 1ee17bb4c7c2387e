; Gatehouse installer texts, English (our own tasks; the wizard's words come from Default.isl).
; UTF-8 with BOM (Inno Setup 6 reads it as Unicode). Written for Gatehouse, not Inno's translation.

[LangOptions]
LanguageName=English
LanguageID=$0409
LanguageCodePage=0

[CustomMessages]
AppTitle=Gatehouse
NightlyGroup=Nightly task:
NightlyTask=Back up the database and write yesterday's daily report every night at 02:30 (needs the scheduled-task account, see the README)
NightlyCreating=Creating the nightly task…
RemoveDataQuestion=Also delete Gatehouse's data folder?%n%n%1%n%nIt holds the database, the site key and the backups. Answer No to keep it (for a reinstall or to move to a new PC).
