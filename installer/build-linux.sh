#!/usr/bin/env bash
# Builds Bistånd for Linux with jpackage: an app-image and a .deb, each with its own trimmed Java
# runtime (jlink, module list from jdeps). Two launchers: Bistand and BistandDemo (--demo).
# Not part of `mvn verify` (too slow for CI). Run from anywhere:  installer/build-linux.sh
# Output: installer/dist/Bistand/ (app-image) and installer/dist/bistand_<version>_amd64.deb
# Needs: JDK 17 with jpackage/jlink/jdeps, Maven, fakeroot and dpkg-deb (Debian/Ubuntu).
set -euo pipefail

cd "$(dirname "$0")/.."
VERSION="${BISTAND_VERSION:-0.1.0}"   # jpackage wants digits and dots only
DIST=installer/dist
BYGG=installer/target/jpackage
export XDG_CACHE_HOME="${XDG_CACHE_HOME:-$PWD/installer/target/cache}"

echo "1/5 Bygger appen (mvn package, utan tester)"
mvn -q -B -pl app -am package -DskipTests

rm -rf "$BYGG" "$DIST"
mkdir -p "$BYGG/input" "$DIST"
cp app/target/bistand.jar "$BYGG/input/"
cp -r app/target/lib "$BYGG/input/lib"

echo "2/5 Moduler (jdeps)"
# jdeps over the app and every library that is not JavaFX or built on it (JavaFX stays on the class
# path, not in the runtime; its modular companions would make jdeps look for JavaFX modules).
mapfile -t BIBLIOTEK < <(find "$BYGG/input/lib" -name '*.jar' ! -name 'javafx-*' ! -name 'ikonli-javafx*' \
    ! -name 'atlantafx-*' ! -name 'controlsfx-*')
FUNNA=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
    "$BYGG/input/bistand.jar" "${BIBLIOTEK[@]}" 2>/dev/null | grep -v '^Warning' | tail -1)
# What jdeps cannot see: JavaFX's own needs (java.desktop, jdk.unsupported, jdk.jsobject), Swedish
# locale data, TLS to PostgreSQL, JMX for the pool, JNDI for logback, zip for backups.
EXTRA=java.desktop,jdk.unsupported,jdk.jsobject,jdk.localedata,jdk.crypto.ec,java.naming,java.management,java.sql,jdk.zipfs,jdk.charsets,java.scripting
MODULER="$FUNNA,$EXTRA"
echo "    $MODULER"

echo "3/5 Egen Java-runtime (jlink, strippad)"
jlink --add-modules "$MODULER" --include-locales=sv,en \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$BYGG/runtime"

echo "4/5 App-image (jpackage)"
GEMENSAMT=(--name Bistand --app-version "$VERSION" --vendor "Bistånd" \
    --description "Bistånd – handläggning av ekonomiskt bistånd" --copyright "Bistånd")
jpackage --type app-image "${GEMENSAMT[@]}" \
    --input "$BYGG/input" --main-jar bistand.jar --main-class se.bistand.app.Main \
    --runtime-image "$BYGG/runtime" \
    --java-options '-Dfile.encoding=UTF-8 -Xss2m' \
    --add-launcher BistandDemo=installer/linux/demo.properties \
    --dest "$DIST"

echo "5/5 .deb (jpackage)"
# jpackage does not see JavaFX's native needs: GTK 3 (and with it X11/GL libraries).
jpackage --type deb "${GEMENSAMT[@]}" \
    --app-image "$DIST/Bistand" \
    --linux-package-name bistand --linux-app-category office --linux-menu-group Office \
    --linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1" \
    --linux-shortcut \
    --resource-dir installer/linux/resources \
    --dest "$DIST"

ls -lh "$DIST"/*.deb
du -sh "$DIST/Bistand"
echo "Klart. Installera: sudo apt-get install ./$(ls "$DIST"/*.deb)"
