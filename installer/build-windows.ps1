# Builds Bistånd for Windows with jpackage: an app-image and an .msi, each with its own trimmed
# Java runtime. Two launchers: Bistand and BistandDemo (--demo). Run on a Windows build machine
# from the repository root:   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: JDK 17 (jpackage, jlink, jdeps on PATH), Maven, WiX Toolset 3.x (candle.exe, light.exe on PATH).
# Output: installer\dist\Bistand\ and installer\dist\Bistand-<version>.msi
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$version = if ($env:BISTAND_VERSION) { $env:BISTAND_VERSION } else { "0.1.0" }
$dist = "installer\dist"
$bygg = "installer\target\jpackage"
# A fixed upgrade code: every later .msi replaces the installed version instead of installing beside it.
$upgradeUuid = "6f1d2c0e-3b7a-4e55-9a51-2b4f0c1d8e31"

Write-Host "1/5 Bygger appen (mvn package, utan tester)"
mvn -q -B -pl app -am package -DskipTests
if ($LASTEXITCODE -ne 0) { throw "mvn misslyckades" }

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $bygg, $dist
New-Item -ItemType Directory -Force "$bygg\input", $dist | Out-Null
Copy-Item app\target\bistand.jar "$bygg\input\"
Copy-Item -Recurse app\target\lib "$bygg\input\lib"

Write-Host "2/5 Moduler (jdeps)"
$bibliotek = Get-ChildItem "$bygg\input\lib\*.jar" |
    Where-Object { $_.Name -notmatch '^(javafx-|ikonli-javafx|atlantafx-|controlsfx-)' } |
    ForEach-Object { $_.FullName }
$funna = (& jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$bygg\input\bistand.jar" @bibliotek 2>$null |
    Where-Object { $_ -notmatch '^Warning' } | Select-Object -Last 1)
$extra = "java.desktop,jdk.unsupported,jdk.jsobject,jdk.localedata,jdk.crypto.ec,java.naming,java.management,java.sql,jdk.zipfs,jdk.charsets,java.scripting"
$moduler = "$funna,$extra"
Write-Host "    $moduler"

Write-Host "3/5 Egen Java-runtime (jlink)"
jlink --add-modules $moduler --include-locales=sv,en --strip-debug --no-header-files --no-man-pages `
    --compress=2 --output "$bygg\runtime"

$gemensamt = @("--name", "Bistand", "--app-version", $version, "--vendor", "Bistånd",
    "--description", "Bistånd – handläggning av ekonomiskt bistånd")

Write-Host "4/5 App-image (jpackage)"
jpackage --type app-image @gemensamt --input "$bygg\input" --main-jar bistand.jar `
    --main-class se.bistand.app.Main --runtime-image "$bygg\runtime" `
    --java-options "-Dfile.encoding=UTF-8" `
    --add-launcher "BistandDemo=installer\windows\demo.properties" --dest $dist

Write-Host "5/5 .msi (jpackage + WiX)"
jpackage --type msi @gemensamt --app-image "$dist\Bistand" `
    --win-upgrade-uuid $upgradeUuid --win-menu --win-menu-group "Bistånd" --win-shortcut `
    --win-dir-chooser --dest $dist

Get-ChildItem "$dist\*.msi"
