# Eczema Explained kiosk watchdog for Windows. Task Scheduler runs this at the kiosk user's
# logon (see kiosk-watchdog.xml). It starts the program in kiosk mode and starts it again
# whenever it stops with an error, is killed, or hangs. When staff close the program from the
# staff menu it exits with code 0, and the watchdog stops too.
#
# Hangs: in kiosk mode the program writes a heartbeat file every 5 seconds from its event loop
# (%LOCALAPPDATA%\EczemaExplained\State\kiosk-heartbeat, holding only the time). If the file
# gets older than -StaleSeconds, the program is frozen: the watchdog ends it and starts it
# again. (The program also ends itself after [kiosk] stall_seconds, 60 s by default; this is
# the backstop for a hang it cannot notice itself.) Before the first heartbeat of a start the
# watchdog waits -StartSeconds, as a first start after an update rebuilds the content cache.
param(
    [string]$Program = "$env:ProgramFiles\Eczema Explained\edu-app.exe",
    [string]$Heartbeat = "$env:LOCALAPPDATA\EczemaExplained\State\kiosk-heartbeat",
    [int]$StaleSeconds = 90,
    [int]$StartSeconds = 300
)
while ($true) {
    Remove-Item -LiteralPath $Heartbeat -Force -ErrorAction SilentlyContinue
    $process = Start-Process -FilePath $Program -ArgumentList "--kiosk" -PassThru
    $null = $process.Handle  # keeps the exit code readable after the process ends
    $awake = [DateTime]::UtcNow  # when this start began, or the computer last woke up
    $lastCheck = $awake
    $hung = $false
    while (-not $process.WaitForExit(5000)) {
        $now = [DateTime]::UtcNow
        if (($now - $lastCheck).TotalSeconds -gt 60) { $awake = $now }  # the computer slept
        $lastCheck = $now
        $beat = Get-Item -LiteralPath $Heartbeat -ErrorAction SilentlyContinue
        if ($beat) {
            $since = if ($beat.LastWriteTimeUtc -gt $awake) { $beat.LastWriteTimeUtc } else { $awake }
            $limit = $StaleSeconds
        } else {
            $since = $awake
            $limit = $StartSeconds
        }
        if (($now - $since).TotalSeconds -gt $limit) {
            $hung = $true
            Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
            $null = $process.WaitForExit(10000)
            break
        }
    }
    if (-not $hung -and $process.ExitCode -eq 0) { break }  # staff closed it
    Start-Sleep -Seconds 3
}
