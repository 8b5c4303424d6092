# Eczema Explained kiosk watchdog for Windows. Task Scheduler runs this at the kiosk user's
# logon (see kiosk-watchdog.xml). It starts the program in kiosk mode and starts it again
# whenever it stops with an error or is killed. When staff close the program from the staff
# menu it exits with code 0, and the watchdog stops too.
param(
    [string]$Program = "$env:ProgramFiles\Eczema Explained\edu-app.exe"
)
while ($true) {
    $process = Start-Process -FilePath $Program -ArgumentList "--kiosk" -PassThru -Wait
    if ($process.ExitCode -eq 0) { break }
    Start-Sleep -Seconds 3
}
