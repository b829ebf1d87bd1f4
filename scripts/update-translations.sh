#!/usr/bin/env bash
# Refreshes the translations from the sources. First translations/marginalia_en.ts: the English singular and plural of every
# message with a count ("%n file(s)"), which Qt takes from a translation even in English. New messages come
# in unfinished; this fills in the obvious forms ("(s)" dropped, or made "s"), and anything else is left
# for a person with Qt Linguist. Run it after adding or changing a tr() with a count.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || echo lupdate)
ts="$here/translations/marginalia_en.ts"
# lupdate warns about every class without Q_OBJECT; our Tr structs name their context themselves.
(cd "$here" && "$lupdate" -pluralonly -locations none -no-obsolete core ui app -ts "$ts" 2>&1 | grep -v 'lacks Q_OBJECT' || true)
python3 - "$ts" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def forms(source):
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    return singular, plural

def fill(match):
    source = match.group(1)
    if "(s)" not in source and "(es)" not in source:
        return match.group(0)  # no obvious forms: leave it unfinished for a person
    singular, plural = forms(source)
    return ("<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>" % (source, singular, plural))

# Unfinished entries, empty or guessed by lupdate from a message with the same source elsewhere.
text = re.sub(r'<source>([^<]*?)</source>\s*<translation type="unfinished">\s*<numerusform>[^<]*</numerusform>\s*'
              r'<numerusform>[^<]*</numerusform>\s*</translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
grep -c 'type="unfinished"' "$ts" | sed 's/^/unfinished: /' || true

# The full translations: every message, under the context the code asks for at run time. New messages come
# in unfinished (tests/translations fails until they are translated); changed ones keep their old text
# marked unfinished, removed ones are dropped.
for language in fr es ar; do
    ts="$here/translations/marginalia_$language.ts"
    (cd "$here" && "$lupdate" -locations none -no-obsolete -target-language "$language" core ui app -ts "$ts" 2>&1 \
        | grep -v 'lacks Q_OBJECT' || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "marginalia_$language.ts: $unfinished unfinished"
done
