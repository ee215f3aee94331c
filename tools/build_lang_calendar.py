#!/usr/bin/env python3
"""Write src/numfacts/lang/<lang>/calendar.json (month and weekday names) from dateparser's locale data.

Run after upgrading dateparser (tests/test_lang_finder.py fails when a shipped table is stale):
    .venv/bin/python tools/build_lang_calendar.py
"""

import json
import pathlib

from numfacts.lang.build import build_calendar

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src" / "numfacts" / "lang"
for lang in ("es", "fr", "de"):
    out = ROOT / lang / "calendar.json"
    out.write_text(json.dumps(build_calendar(lang), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
