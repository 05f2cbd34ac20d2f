# The smoke run of an installed app on Windows (src-tauri/src/smoke.rs): starts -Exe with
# ERFARINGSPLAN_SMOKE pointing at -Folder and a fresh data folder, waits for it to exit, and fails
# unless it exited 0 having written its PDF, workbook and report.
param(
  [Parameter(Mandatory = $true)][string]$Exe,
  [Parameter(Mandatory = $true)][string]$Folder
)
$ErrorActionPreference = "Stop"
# A fresh data folder: the earlier installer's run must not be what this one finds.
Remove-Item -Recurse -Force (Join-Path $env:APPDATA "no.erfaringsplan.desktop") -ErrorAction SilentlyContinue
$env:ERFARINGSPLAN_SMOKE = $Folder
$p = Start-Process -FilePath $Exe -PassThru
if (-not $p.WaitForExit(180000)) {
  Stop-Process -Id $p.Id -Force
  throw "the app did not finish within 3 minutes"
}
if ($p.ExitCode -ne 0) { throw "the app exited with $($p.ExitCode)" }
Get-Content (Join-Path $Folder "smoke.txt")
$pdf = [IO.File]::ReadAllBytes((Join-Path $Folder "erfaringsplan-smoke.pdf"))
if ([Text.Encoding]::ASCII.GetString($pdf, 0, 5) -ne "%PDF-") { throw "no PDF was written" }
$xlsx = [IO.File]::ReadAllBytes((Join-Path $Folder "erfaringsplan-smoke.xlsx"))
if ([Text.Encoding]::ASCII.GetString($xlsx, 0, 2) -ne "PK") { throw "no workbook was written" }
$plans = Join-Path $env:APPDATA "no.erfaringsplan.desktop\plans.json"
if (-not (Select-String -Path $plans -Pattern '"example": ?true' -Quiet)) { throw "$plans does not hold the plan" }
Write-Output "The smoke run passed: $Exe"
