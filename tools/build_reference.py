"""Build data/reference/us-economy.csv, the reference table of `numfacts verify`'s demonstration.

Run once, with the two source packages installed (they are not numfacts dependencies):

    pip install vega_datasets statsmodels
    .venv/bin/python tools/build_reference.py

Sources (both public domain, US government statistics; see data/reference/README.md):
- vega_datasets' local `us-employment.csv` (BLS Current Employment Statistics, monthly, 2006-2015,
  seasonally adjusted, thousands of jobs): `nonfarm payroll employment` (the level),
  `nonfarm payroll employment change` (its `nonfarm_change` column) and the month-on-month change of
  each sector's level (`manufacturing employment change`, ...). Values are in jobs (x 1000).
- statsmodels' `macrodata.csv` (BLS series LNS14000000, quarterly averages, 1959Q1-2009Q3):
  `unemployment rate` at quarterly granularity (`2009-Q2`).

The packages' files are read as data (the packages are located, never imported).
"""

from __future__ import annotations

import csv
import importlib.util
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "reference" / "us-economy.csv"

SECTORS = {
    "manufacturing": "manufacturing employment change",
    "construction": "construction employment change",
    "retail_trade": "retail trade employment change",
    "government": "government employment change",
    "education_and_health_services": "education and health services employment change",
    "leisure_and_hospitality": "leisure and hospitality employment change",
    "professional_and_business_services": "professional and business services employment change",
    "financial_activities": "financial activities employment change",
}
CES = "BLS Current Employment Statistics (revised), via vega_datasets us-employment"
CPS = "BLS LNS14000000 quarterly average, via statsmodels macrodata"


def package_dir(name: str) -> pathlib.Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install {name}")
    return pathlib.Path(list(spec.submodule_search_locations)[0])


def thousands(x: str) -> int:
    return round(float(x) * 1000)


def main() -> None:
    rows: list[dict[str, object]] = []
    with open(package_dir("vega_datasets") / "_data" / "us-employment.csv", encoding="utf-8") as fh:
        months = list(csv.DictReader(fh))
    for prev, cur in zip([None, *months], months):
        month = cur["month"][:7]
        rows.append({"measure": "nonfarm payroll employment", "value": thousands(cur["nonfarm"]), "unit": "",
                     "date": month, "kind": "count", "source": CES})
        rows.append({"measure": "nonfarm payroll employment change", "value": thousands(cur["nonfarm_change"]),
                     "unit": "", "date": month, "kind": "count", "source": CES})
        if prev is not None:
            for column, measure in SECTORS.items():
                change = round((float(cur[column]) - float(prev[column])) * 1000)
                rows.append({"measure": measure, "value": change, "unit": "", "date": month, "kind": "count",
                             "source": CES})
    with open(package_dir("statsmodels") / "datasets" / "macrodata" / "macrodata.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append({"measure": "unemployment rate", "value": float(r["unemp"]), "unit": "percent",
                         "date": f"{int(float(r['year']))}-Q{int(float(r['quarter']))}", "kind": "percent",
                         "source": CPS})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["measure", "value", "unit", "date", "kind", "source"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} rows")


if __name__ == "__main__":
    main()
