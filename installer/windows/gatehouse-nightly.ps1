# Gatehouse nightly task (created by the installer when "nightly backup and daily report" is ticked):
# a verified backup of the database and yesterday's daily report, as the scheduled-task account.
#
# The account: an administrator creates it in Gatehouse (Operators → the scheduled-task account,
# user name "scheduler") and saves its password in <data folder>\scheduler.password, readable only
# by Administrators and SYSTEM:
#   icacls "%LOCALAPPDATA%\gatehouse\scheduler.password" /inheritance:r /grant:r Administrators:R SYSTEM:R
# Backups go to <data folder>\backups\nightly-YYYY-MM-DD.db (copy them off the PC: see README),
# reports to <data folder>\reports\daily-YYYY-MM-DD.pdf. A failure leaves a line in the Windows
# event log (source "Gatehouse") and an exit code other than 0 in Task Scheduler's history.
param([Parameter(Mandatory = $true)][string]$DataDir)

$ErrorActionPreference = "Stop"
$cli = Join-Path $PSScriptRoot "gatehouse-cli.exe"
$password = Join-Path $DataDir "scheduler.password"
$day = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")
$today = (Get-Date).ToString("yyyy-MM-dd")
New-Item -ItemType Directory -Force -Path (Join-Path $DataDir "backups"), (Join-Path $DataDir "reports") | Out-Null
$account = @("--user", "scheduler", "--password-file", $password)

$failed = 0
& $cli --data-dir $DataDir backup @account --out (Join-Path $DataDir "backups\nightly-$today.db")
if ($LASTEXITCODE -ne 0) { $failed = $LASTEXITCODE }
& $cli --data-dir $DataDir report daily @account --date $day --out (Join-Path $DataDir "reports\daily-$day.pdf")
if ($LASTEXITCODE -ne 0) { $failed = $LASTEXITCODE }
if ($failed -ne 0) {
    try {
        if (-not [System.Diagnostics.EventLog]::SourceExists("Gatehouse")) { New-EventLog -LogName Application -Source "Gatehouse" }
        Write-EventLog -LogName Application -Source "Gatehouse" -EntryType Error -EventId 1 -Message "Gatehouse nightly task failed ($failed)"
    } catch { }
}
exit $failed
