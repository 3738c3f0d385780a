#!/bin/sh
# Regenerates the converted fixtures of the io tests with LibreOffice (see README.md):
#   report.odt report.docx   from report.fodt
#   lists.odt lists.docx     from lists.fodt
#   long.docx                from long.fodt (written by make_long_fodt.py)
#   legacy.doc               from report.fodt (the .doc test)
#   encrypted.odt            from report.fodt, saved with a password by a Basic macro
#   numbering.docx           written by make_numbering_docx.py (no office involved)
# Usage: tests/io/data/make_fixtures.sh   (needs soffice and python3)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private profile: never disturb (or depend on) another office running on this machine.
profile="$work/profile"
office() { soffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null 2>&1; }

convert() {  # convert FORMAT SOURCE: writes the converted file next to the source
  office --convert-to "$1" --outdir "$work/out" "$2"
  mv "$work/out/$(basename "${2%.*}").${1%%:*}" "$here/"
}

python3 "$here/make_numbering_docx.py" "$here/numbering.docx"
python3 "$here/make_long_fodt.py" "$work/long.fodt"
for format in odt docx; do
  convert "$format" "$here/report.fodt"
  convert "$format" "$here/lists.fodt"
done
convert docx "$work/long.fodt"
cp "$here/report.fodt" "$work/legacy.fodt"
convert doc "$work/legacy.fodt"

# LibreOffice has no command-line switch for a password, so a macro in the private profile's
# Standard library loads the document and stores it with one.
office --terminate_after_init
cat > "$profile/user/basic/Standard/Module1.xba" <<'XBA'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveEncrypted(sIn As String, sOut As String)
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = &quot;Hidden&quot; : aLoad(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), &quot;_blank&quot;, 0, aLoad())
  Dim aStore(1) As New com.sun.star.beans.PropertyValue
  aStore(0).Name = &quot;FilterName&quot; : aStore(0).Value = &quot;writer8&quot;
  aStore(1).Name = &quot;Password&quot; : aStore(1).Value = &quot;secret&quot;
  oDoc.storeToURL(ConvertToURL(sOut), aStore())
  oDoc.close(True)
End Sub
</script:module>
XBA
office "macro:///Standard.Module1.SaveEncrypted(\"$here/report.fodt\",\"$here/encrypted.odt\")"
test -s "$here/encrypted.odt"
echo "fixtures written to $here"
