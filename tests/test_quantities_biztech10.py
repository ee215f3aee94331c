"""Issue 9, round 10 (branch biz10): families missed on fresh business and technology news from outlets around
the world (data/gold/quantities-biztech10-dev.jsonl): currencies of many countries, currencies several countries
share, exchange rates per dollar or euro, a table's currency, glued rand, swings to a loss. Cases as data, our own
sentences beyond the gold, each family with guards for the readings its rule must not take.
"""

from __future__ import annotations

import pytest

from tests.test_quantities import No, Q, _check, _rows, q

#: Currency words, codes and signs of the world (lang/en/currencies.json).
WORLD_CURRENCIES = [
    q("Bank Pekao earned 1.6 billion zlotys in the quarter.", "1.6 billion zlotys", "money", value=1.6e9, unit="PLN"),
    q("The shares closed at 142.50 zł.", "142.50 zł", "money", value=142.5, unit="PLN"),
    q("Richter's net profit was 190 billion forints.", "190 billion forints", "money", value=1.9e11, unit="HUF"),
    q("The budget allots 12 billion lei to roads.", "12 billion lei", "money", value=1.2e10, unit="RON"),
    q("Cocoa farmers will be paid 3,100 cedis a bag.", "3,100 cedis", "money", value=3100, unit="GHS"),
    q("A bowl of pho costs 50,000 dong in Hanoi.", "50,000 dong", "money", value=50000, unit="VND"),
    q("Garment exports earned 4,000 crore taka.", "4,000 crore taka", "money", value=4e10, unit="BDT"),
    q("Zambia will spend 2.3 billion kwacha on maize.", "2.3 billion kwacha", "money", value=2.3e9, unit="ZMW"),
    q("Emaar booked revenue of Dh26.7 billion.", "Dh26.7 billion", "money", value=2.67e10, unit="AED"),
    q("Roche's pharma sales reached SFr 45.6bn.", "SFr 45.6bn", "money", value=4.56e10, unit="CHF"),
    q("Novartis will pay Fr. 2.4 billion for the biotech.", "Fr. 2.4 billion", "money", value=2.4e9, unit="CHF"),
    q("Teva set aside NIS 1.1 billion.", "NIS 1.1 billion", "money", value=1.1e9, unit="ILS"),
    q("The plant cost HUF 300 billion.", "HUF 300 billion", "money", value=3e11, unit="HUF"),
    q("BRAC raised Tk 500 crore in bonds.", "Tk 500 crore", "money", value=5e9, unit="BDT"),
    q("Remittances reached E£ 12 billion.", "E£ 12 billion", "money", value=1.2e10, unit="EGP"),
    q("The Kenyan shilling fell to 130.5 per dollar.", "130.5", "money", value=130.5, unit="KES"),
    # guard: a cup is no currency, `Fr.` before a name is a title
    q("Fr. Murphy led 300 pilgrims.", "300", "count", value=300),
]

#: Pesos, crowns, rupees (`Rs`), dinars, riyals and shillings take the currency of the country the sentence names.
NATIONAL = [
    q("Chile's Codelco posted a profit of 900 billion pesos.", "900 billion pesos", "money", value=9e11, unit="CLP"),
    q("In Manila, Jollibee earned 10.3 billion pesos.", "10.3 billion pesos", "money", value=1.03e10, unit="PHP"),
    q("Equinor paid 25 billion crowns in Norway's taxes.", "25 billion crowns", "money", value=2.5e10, unit="NOK"),
    q("ČEZ, the Czech utility, earned 80 billion crowns.", "80 billion crowns", "money", value=8e10, unit="CZK"),
    q("Karachi's bourse rose as Engro earned Rs 12 billion.", "Rs 12 billion", "money", value=1.2e10, unit="PKR"),
    q("Zain Kuwait's revenue reached 300 million dinars.", "300 million dinars", "money", value=3e8, unit="KWD"),
    q("Ooredoo, the Qatar operator, earned 3 billion riyals.", "3 billion riyals", "money", value=3e9, unit="QAR"),
    q("Uganda's MTN earned 500 billion shillings.", "500 billion shillings", "money", value=5e11, unit="UGX"),
    q("Colombia's peso slid to 4,100 per dollar.", "4,100", "money", value=4100, unit="COP"),
    q("Egypt's pound weakened to 50.2 against the dollar.", "50.2", "money", value=50.2, unit="EGP"),
    # guards: the default with no country; an adjective written with the word wins; a crown alone is no money
    q("The app costs 99 pesos a month.", "99 pesos", "money", value=99, unit="MXN"),
    q("Infosys earned Rs 7,000 crore.", "Rs 7,000 crore", "money", value=7e10, unit="INR"),
    q("Chile's exports to Mexico reached 20 billion Mexican pesos.", "20 billion Mexican pesos", "money", value=2e10,
      unit="MXN"),
    q("The sterling fell to $1.25 in London.", "$1.25", "money", value=1.25, unit="USD"),
]
NATIONAL_NOT_MONEY: list[No] = [
    No("The king of Norway won three crowns.", "three crowns"),
    No("The dentist fitted 4 crowns.", "4 crowns"),
]

#: A rate quoted per dollar or euro after a percent: the rate, in the currency named, not a carried percent.
RATE_AFTER_PERCENT = [
    q("Rates rose to 50%, and the lira sank to 32.4 per dollar.", "32.4", "money", value=32.4, unit="TRY",
      change="down", role="to"),
    # guard: the same bare figure with no quote keeps the carried percent
    q("Rates rose by 500 basis points to 35%, and the index slid to a low of 28.1.", "28.1", "percent", value=28.1),
]

#: A results table's bare scaled figures take the currency of the table's money written above them.
TABLE_CURRENCY = [
    q("Shr 2.10 dlrs vs 1.80 dlrs\nNet 45.2 mln vs 38.7 mln\nRevs 610.3 mln vs 580.9 mln", "45.2 mln", "money",
      value=45.2e6, unit="USD"),
    q("Shr 2.10 dlrs vs 1.80 dlrs\nNet 45.2 mln vs 38.7 mln\nRevs 610.3 mln vs 580.9 mln", "580.9 mln", "money",
      value=580.9e6, unit="USD"),
    q("Shr 41 pence vs 36 pence. Net 18.3 mln vs 16.0 mln.", "18.3 mln", "money", value=18.3e6, unit="GBP"),
]

#: A bare figure before a possessive time (`at yesterday's close`) carries the unit of the figure before it.
CARRY_BEFORE_POSSESSIVE = [
    q("The dollar opened at 148.20 yen, up from 147.90 at yesterday's close.", "147.90", "money", value=147.9,
      unit="JPY"),
    q("Gold rose to $2,050 from $2,010 at Friday's fix.", "$2,010", "money", value=2010, unit="USD"),
    # guard: a plural noun after the figure still names what it counts
    q("It sold 4.1 mln dlrs of bonds and 300 bonds' coupons.", "4.1 mln dlrs", "money", value=4.1e6, unit="USD"),
]

#: A single-letter sign glued to a figure (`R10.2 billion`): rand only where the document names it.
GLUED_RAND = [
    q("Sasol's profit fell to R8.9 billion, South African data showed.", "R8.9 billion", "money", value=8.9e9,
      unit="ZAR"),
    q("The rand firmed past R18 to the dollar.", "R18", "money", value=18, unit="ZAR"),
    q("A loaf costs R21.99 in Johannesburg.", "R21.99", "money", value=21.99, unit="ZAR"),
]
#: Philippine `P` and Nigerian `N` glued to a figure: only where the document names the country or the currency, and
#: only with a scale word, a decimal point or thousands separators; Thai `Bt`, Turkish `TL`, Ghanaian `GH¢`, `bil`.
GLUED_OTHERS = [
    q("Ayala Land earned P12.4 billion, the Philippine developer said.", "P12.4 billion", "money", value=1.24e10,
      unit="PHP"),
    q("Access Bank earned N1.2 trillion, the Nigerian lender said.", "N1.2 trillion", "money", value=1.2e12, unit="NGN"),
    q("A Lagos landlord charges N450,000 a year.", "N450,000", "money", value=450000, unit="NGN"),
    q("Airports of Thailand earned Bt19.3 billion.", "Bt19.3 billion", "money", value=1.93e10, unit="THB"),
    q("Koc Holding posted TL 95 billion in profit.", "TL 95 billion", "money", value=9.5e10, unit="TRY"),
    q("The GH¢ 3 billion bond was oversubscribed.", "GH¢ 3 billion", "money", value=3e9, unit="GHS"),
    q("Maybank's profit rose to RM2.6bil.", "RM2.6bil", "money", value=2.6e9, unit="MYR"),
]
GLUED_OTHERS_NOT: list[No] = [
    No("Nigeria's clinics ran short of N95 masks.", "N95"),
    No("Nigeria's clinics ran short of N95 masks.", "95"),
    No("The P2 protein was studied in Manila.", "2"),
    No("Grade P5 pupils sat the exam.", "5"),
]
GLUED_RAND_NOT: list[No] = [
    No("The R2 unit of the droid sold for $500.", "R2"),
    No("The R2 unit of the droid sold for $500.", "2"),
    No("Route R62 in South Africa is scenic.", "62"),
    No("The R35 motorway opened.", "35"),
]

#: `swung to a <date adjective> loss of X from a profit of Y`: down/to and down/from.
SWING_OVER_DATE = [
    q("The carmaker swung to a third-quarter net loss of €1.1 billion from a profit of €2.4 billion.",
      "€1.1 billion", "money", value=1.1e9, change="down", role="to"),
    q("The carmaker swung to a third-quarter net loss of €1.1 billion from a profit of €2.4 billion.",
      "€2.4 billion", "money", value=2.4e9, change="down", role="from"),
    q("It swung to a first-half profit of $300 million from a loss of $120 million.", "$300 million", "money",
      value=3e8, change="up", role="to"),
]

#: `, or bpd,`: a unit's abbreviation glossed between the size of a change and its `to`.
UNIT_GLOSS = [
    q("OPEC said output would be raised by 300,000 barrels per day, or bpd, to 2.1 mln bpd.", "2.1 mln bpd",
      "measure", value=2.1e6, change="up", role="to"),
    q("Imports fell by 4 million tonnes, or mt, to 31 mln tonnes.", "31 mln tonnes", "measure", value=31e6,
      change="down", role="to"),
]

#: A level with its conversion in brackets, then `, up 5%`: both are the new level.
CONVERSION_ASIDE = [
    q("Sabic's profit reached 4.1 billion riyals ($1.1 billion), up 12%.", "4.1 billion riyals", "money", value=4.1e9,
      unit="SAR", change="up", role="to"),
    q("Sabic's profit reached 4.1 billion riyals ($1.1 billion), up 12%.", "$1.1 billion", "money", value=1.1e9,
      change="up", role="to"),
    # guard: no change after the aside
    q("It paid 5 billion yuan ($700 million), the most since 2019.", "5 billion yuan", "money", value=5e9, change=None),
]

#: A change noun after one noun (`a 20% pay rise`), a range of the old level after `a share`, `to trade` as a role,
#: a fraction restating a cut.
CHANGE_FORMS = [
    q("Nurses won a 20% pay rise.", "20%", "percent", value=20, change="up", role="by"),
    q("The chip offers a 30% power reduction.", "30%", "percent", value=30, change="down", role="by"),
    q("The bank cut its profit forecast to $4.10 to $4.30 a share from $4.50 to $4.70.", "from $4.50 to $4.70", "money",
      low=4.5, high=4.7, change="down", role="from"),
    q("The lira fell 3% to trade near 34.2 per dollar.", "near 34.2", "money", value=34.2, unit="TRY", change="down",
      role="to"),
    q("Siemens will cut 6,000 jobs worldwide, about a fifth of its staff.", "about a fifth", "ratio", value=0.2,
      change="down", role="by"),
    # guards: a stake is no change; a share after a level is not a cut
    q("It bought a 30% stake.", "30%", "percent", value=30, change=None),
    q("Fewer than 1,000 staff, about a fifth of the total, work at home.", "about a fifth", "ratio", value=0.2,
      change=None),
]

#: A name word ending in `s` before an acronym or a letter is no plural: the entity keeps the whole name.
NAME_ENTITIES = [
    q("The startup raised a $60 million Series C round led by Accel.", "$60 million", "money", value=6e7,
      entity="Series C round"),
    q("Qualcomm holds 40% of the Windows PC market.", "40%", "percent", value=40, entity="Windows PC market"),
    # guard: a capitalised plural before a lower-case word still ends the phrase
    q("The base houses 300 Marines and 40 SEALs.", "300", "count", value=300, entity="Marines"),
]

#: Known gaps of round 10, each a strict xfail with its reason.
GAPS = [
    q("PGE earned 1.1 billion zlotys, while Orlen lost 2.3 billion zlotys.", "2.3 billion zlotys", "money",
      value=2.3e9, change=None),
    q("Nissan will cut 9,000 jobs and its global capacity by 20%.", "20%", "percent", value=20, change="down",
      role="by"),
    q("Its price-to-earnings ratio fell to 18 from 32.", "18", "ratio", value=18),
    q("Telkom's revenue rose 4% to R43.5 billion.", "R43.5 billion", "money", value=4.35e10, unit="ZAR"),
    q("Indonesia's rupiah hit 16,250, its weakest in four years.", "16,250", "money", value=16250, unit="IDR"),
]
KNOWN_GAPS: dict[str, str] = {
    "2.3 billion zlotys": "`lost` money after a company is a net loss, not a fall; the change step does not read the "
        "verb's subject (see tests/test_quantities_fresh6.py)",
    "20%": "an elided verb (`cut 9,000 jobs and its global capacity by 20%`): the size's governor is the verb of the "
        "first conjunct, which the search does not reach over another figure",
    "18": "a ratio named only by its subject (`price-to-earnings ratio fell to 18`) is read as a count",
    "R43.5 billion": "a glued `R` is read as rand only where the document names the rand or South Africa; a South "
        "African company's name alone is not enough",
    "16,250": "an exchange rate after `hit` with no `per dollar` or `to`/`at` before it is not read as a quote",
}

FAMILIES = {
    "world_currencies": WORLD_CURRENCIES, "national": NATIONAL, "rate_after_percent": RATE_AFTER_PERCENT,
    "table_currency": TABLE_CURRENCY, "carry_before_possessive": CARRY_BEFORE_POSSESSIVE, "glued_rand": GLUED_RAND,
    "swing_over_date": SWING_OVER_DATE, "unit_gloss": UNIT_GLOSS, "conversion_aside": CONVERSION_ASIDE,
    "change_forms": CHANGE_FORMS, "glued_others": GLUED_OTHERS, "name_entities": NAME_ENTITIES,
}


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{name}-{c.text}-{c.sentence[:24]}")
                                  for name, cases in FAMILIES.items() for c in cases])
def test_family(case: Q) -> None:
    _check(case)


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.text}-{c.sentence[:24]}")
                                  for c in NATIONAL_NOT_MONEY + GLUED_RAND_NOT + GLUED_OTHERS_NOT])
def test_not_facts(case: No) -> None:
    assert not [r for r in _rows(case.sentence) if r["text"] == case.text and r["kind"] == "money"]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.text, marks=[
    pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c.text])]) for c in GAPS])
def test_known_gaps(case: Q) -> None:
    _check(case)
