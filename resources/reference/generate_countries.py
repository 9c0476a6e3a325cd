#!/usr/bin/env python3
"""Regenerates countries.tsv and subdivisions.tsv from Debian's iso-codes package.

The data files are committed so that the build never depends on iso-codes being
installed; run this script again when iso-codes is updated.
"""
import gettext
import json
import pathlib

ISO = pathlib.Path("/usr/share/iso-codes/json")
HERE = pathlib.Path(__file__).resolve().parent
LANGUAGES = ["es", "pt_BR"]


def translator(domain, lang):
    return gettext.translation(domain, "/usr/share/locale", languages=[lang], fallback=True)


def clean(text):
    return text.replace("\t", " ").replace("\n", " ")


def countries():
    data = json.loads((ISO / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    tr = {lang: translator("iso_3166-1", lang) for lang in LANGUAGES}
    rows = ["alpha3\talpha2\ten\tes\tpt_BR"]
    for c in sorted(data, key=lambda c: c["alpha_3"]):
        name = c.get("common_name", c["name"])
        names = [tr[lang].gettext(name) for lang in LANGUAGES]
        rows.append("\t".join([c["alpha_3"], c["alpha_2"], clean(name)] + [clean(n) for n in names]))
    (HERE / "countries.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def subdivisions():
    data = json.loads((ISO / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    rows = ["code\tname"]
    for s in sorted(data, key=lambda s: s["code"]):
        if "parent" in s:
            continue  # only first-level divisions
        rows.append("\t".join([s["code"], clean(s["name"])]))
    (HERE / "subdivisions.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    countries()
    subdivisions()
