"""Our gold data, scored by the shared scorer through the CLI, must stay at the measured level.

The floors sit just under the figures measured when they were set (CHANGELOG has them), so a
regression fails the suite. The seed article must be perfect: every fact, every field, no extra row.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
QUANTITY = "count,percent,money,measure,ratio,ordinal"
TEMPORAL = "date,time,duration,set"

CASES = [
    pytest.param("seed-article.jsonl", QUANTITY, 1.0, 1.0, id="seed-quantities"),
    pytest.param("seed-article.jsonl", TEMPORAL, 1.0, 1.0, id="seed-temporal"),
    pytest.param("seed-article.jsonl", None, 1.0, 1.0, id="seed-all"),
    pytest.param("quantities-dev.jsonl", QUANTITY, 0.98, 0.96, id="quantities-dev"),
    pytest.param("quantities-test.jsonl", QUANTITY, 0.96, 0.92, id="quantities-test"),
    pytest.param("temporal-dev.jsonl", TEMPORAL, 0.98, 0.95, id="temporal-dev"),
    # round 5: `Tuesday night` is one row `...TNI` (TimeML); this half's 6 weekday-with-part facts were widened by
    # tools/gold_conventions.py, the same rule as every other file, so the floor stays
    pytest.param("temporal-test.jsonl", TEMPORAL, 0.97, 0.87, id="temporal-test"),
    # registers beyond Wikinews (issues #9, #10), floors just under the figures of 2026-12-02 (tune2)
    pytest.param("quantities-fomc-dev.jsonl", QUANTITY, 0.99, 0.99, id="fomc-dev"),
    pytest.param("quantities-fomc-test.jsonl", QUANTITY, 0.99, 0.99, id="fomc-test"),
    pytest.param("quantities-mmwr-dev.jsonl", QUANTITY, 0.99, 0.98, id="mmwr-dev"),
    pytest.param("quantities-mmwr-test.jsonl", QUANTITY, 0.96, 0.90, id="mmwr-test"),
    pytest.param("quantities-indiabiz-dev.jsonl", QUANTITY, 0.99, 0.99, id="indiabiz-dev"),
    pytest.param("quantities-indiabiz-test.jsonl", QUANTITY, 0.97, 0.80, id="indiabiz-test"),
    pytest.param("quantities-markets-dev.jsonl", QUANTITY, 0.99, 0.99, id="markets-dev"),
    pytest.param("quantities-markets-test.jsonl", QUANTITY, 0.96, 0.91, id="markets-test"),
    pytest.param("quantities-newswire-dev.jsonl", QUANTITY, 0.99, 0.99, id="newswire-dev"),
    pytest.param("quantities-newswire-test.jsonl", QUANTITY, 0.98, 0.85, id="newswire-test"),
    pytest.param("quantities-ukbiz-dev.jsonl", QUANTITY, 0.99, 0.99, id="ukbiz-dev"),
    pytest.param("quantities-ukbiz-test.jsonl", QUANTITY, 0.99, 0.97, id="ukbiz-test"),
    pytest.param("temporal-mmwr-dev.jsonl", TEMPORAL, 0.99, 0.98, id="temporal-mmwr-dev"),
    pytest.param("temporal-mmwr-test.jsonl", TEMPORAL, 0.97, 0.91, id="temporal-mmwr-test"),
    pytest.param("temporal-newswire-dev.jsonl", TEMPORAL, 0.99, 0.94, id="temporal-newswire-dev"),
    pytest.param("temporal-newswire-test.jsonl", TEMPORAL, 0.98, 0.93, id="temporal-newswire-test"),
    pytest.param("temporal-fomc-dev.jsonl", TEMPORAL, 0.98, 0.97, id="temporal-fomc-dev"),
    pytest.param("temporal-fomc-test.jsonl", TEMPORAL, 0.99, 0.99, id="temporal-fomc-test"),
    # second dev sets probing entity attachment (issue #9, branch ent), floors just under 2026-12-02 figures
    pytest.param("quantities-newswire2-dev.jsonl", QUANTITY, 0.98, 0.99, id="newswire2-dev"),
    pytest.param("quantities-indiabiz2-dev.jsonl", QUANTITY, 0.97, 0.95, id="indiabiz2-dev"),
    # dev-only business and technology news (issue 9, branch ent), floors just under the figures of 2026-12-02
    pytest.param("quantities-tech-dev.jsonl", QUANTITY, 0.99, 0.97, id="tech-dev"),
    pytest.param("quantities-business2-dev.jsonl", QUANTITY, 0.99, 0.99, id="business2-dev"),
    # dev-only wire copy and Indian business pages, entity attachment (issue 9 round 2, branch ent2), 2026-12-02
    pytest.param("quantities-wire3-dev.jsonl", QUANTITY, 0.99, 0.99, id="wire3-dev"),
    # dev-only fresh registers (issue 9, branch num): Asian business pages, elections and polls, tech products and
    # earnings; first scored F1 0.978 / 0.964 / 0.990, strict 0.989 / 0.863 / 0.971; floors just under 2026-12-02 figures
    pytest.param("quantities-asiabiz-dev.jsonl", QUANTITY, 0.98, 0.99, id="asiabiz-dev"),
    pytest.param("quantities-election-dev.jsonl", QUANTITY, 0.99, 0.99, id="election-dev"),
    pytest.param("quantities-tech2-dev.jsonl", QUANTITY, 0.99, 0.97, id="tech2-dev"),
    # dev-only fresh registers, round 4 (issue 9, branch num4): Australian and Canadian business, tech, energy,
    # property, sports business, transport, headlines; first scored F1 0.988 / strict 0.972; floors just under 2026-12-02
    pytest.param("quantities-fresh4-dev.jsonl", QUANTITY, 0.99, 0.99, id="fresh4-dev"),
    # dev-only fresh registers, round 5 (issue 9, branch num5): 1980s wire copy, market reports, business and tech
    # news, UK and Indian business pages; first scored F1 0.981 / strict 0.949; floors just under 2026-12-03 figures
    pytest.param("quantities-fresh5-dev.jsonl", QUANTITY, 0.99, 0.99, id="fresh5-dev"),
    # dev-only fresh registers, round 6 (issue 9, branch num6): autos, airlines, pharma, energy, retail, property,
    # telecoms and streaming, chips and AI, labour, company results 2015-2024; first scored F1 0.988 / strict 0.959;
    # floors just under the figures of 2026-12-03
    pytest.param("quantities-fresh6-dev.jsonl", QUANTITY, 0.99, 0.97, id="fresh6-dev"),
    # dev-only fresh registers, round 7 (issue 9, branch num7): shipping, crypto, sports business, climate, farming,
    # mining, insurance, public finance, deals, media, food prices, drug trials, telecoms, labour; first scored F1 0.978 /
    # strict 0.938 (committed before the first run); floors just under the figures of 2026-12-03
    pytest.param("quantities-fresh7-dev.jsonl", QUANTITY, 0.99, 0.98, id="fresh7-dev"),
    # dev-only fresh registers, round 8 (issue 9, branch num8): agency newswire copy and market close reports
    # 1985-2024; first scored F1 0.969 / strict 0.945 (committed before the first run); floors just under round 8's figures
    pytest.param("quantities-wire8-dev.jsonl", QUANTITY, 0.98, 0.97, id="wire8-dev"),
    # dev-only agency copy and market reports, round 9 (issue 9, branch wire9): results tables and NOTE lines, dividends,
    # commodities, forex crosses, bonds in 32nds, money markets, trade and jobs, mergers, freight, index lists; first
    # scored F1 0.955 / strict 0.904 (committed before the first run; one document crashed); after round 9's rules
    # 0.987 / 0.964; floors just under
    pytest.param("quantities-wire9-dev.jsonl", QUANTITY, 0.98, 0.955, id="wire9-dev"),
    # dev-only business and technology news, round 9 (issue 9, branch num9): chips, cloud, funding, apps, telecoms,
    # EVs, retail, airlines, crypto, layoffs, guidance, stock moves, headlines; first scored F1 0.986 / strict 0.965
    # (committed before the first run); floors just under round 9's figures
    pytest.param("quantities-biztech9-dev.jsonl", QUANTITY, 0.99, 0.98, id="biztech9-dev"),
    # dev-only agency wire copy and market reports, round 10 (issues 9/10, branch wire10): results tables, dividend notices,
    # money markets, two-way forex quotes, futures with delivery months, bonds, commodities, trade and output, central
    # banks, shipping and energy; first scored F1 0.968 / strict 0.904 (committed before the first run); after round
    # 10's rules 0.988 / 0.933 (units of carried currencies left to the currency round); floors just under
    pytest.param("quantities-wire10-dev.jsonl", QUANTITY, 0.98, 0.925, id="wire10-dev"),
    # dev-only agency desks and market reports, round 11 (issues 9/10, branch wire11): grains and softs, metals, FX fixings,
    # bond auctions, money markets, freight, oil inventories, crop and weather, telegraphic briefs, calendar lines,
    # parliaments, Australian and Canadian wraps, notices and clocks; first scored quantities F1 0.972 / strict 0.930,
    # temporal 0.914 / 0.820 (committed before the first run); after round 11's rules 0.988 / 0.976 and 0.973 / 0.940;
    # floors just under
    pytest.param("quantities-wire11-dev.jsonl", QUANTITY, 0.98, 0.97, id="wire11-dev"),
    pytest.param("quantities-wire11-dev.jsonl", TEMPORAL, 0.965, 0.93, id="wire11-dev-temporal"),
    # dev-only probe round 12 (issue 9, branch probe12): ages in months/weeks/days, ranges and pairs of rates per
    # 100,000, entity heads before verbs and words of place; first scored F1 0.938 / strict 0.699 (committed before the
    # first run); after round 12's rules 0.995 / 1.000 (score_cases); floors just under
    pytest.param("quantities-probe12-dev.jsonl", QUANTITY, 0.99, 0.98, id="probe12-dev"),
    # dev-only probe round 14 (issue 9, branch probe14): cents glued to country letters, vulgar fractions alone,
    # temperature bands, vote tallies, ceilings after a floor, partitive groups; first scored F1 0.716 / strict 0.372
    # (committed before the first run); after round 14's rules 1.000 / 0.977; floors just under
    pytest.param("quantities-probe14-dev.jsonl", QUANTITY, 0.99, 0.96, id="probe14-dev"),
    # dev-only probe round 16 (issues 9/10, branch probe16): bare temperature bands (`into the 60s`), airliner numbers
    # after `the` (`The 747 carried`), readings on a named scale (`magnitude 6.4`), passive and noun tallies, bracketed
    # shares of a count; first scored F1 0.874 / strict 0.741, temporal 0.920 (committed before the first run); after
    # round 16's rules 1.000 / 1.000 and 1.000; floors just under
    pytest.param("quantities-probe16-dev.jsonl", QUANTITY, 0.99, 0.98, id="probe16-dev"),
    pytest.param("quantities-probe16-dev.jsonl", TEMPORAL, 0.98, 0.95, id="probe16-dev-temporal"),
    # dev-only business and technology news, round 10 (issue 9, branch biz10): currencies of many countries, rates per
    # dollar/euro, earnings, guidance, funding, chips, phones, EVs, telecoms, commodities, M&A, layoffs, multiples,
    # buybacks, users, the lead's probe sentences; first scored F1 0.949 / strict 0.873 (committed before the first
    # run); after round 10's rules 0.993 / 0.984; floors just under
    pytest.param("quantities-biztech10-dev.jsonl", QUANTITY, 0.99, 0.98, id="biztech10-dev"),
    # dev-only business and technology news, round 11 (issue 9, branch biz11): earnings releases, telecoms, airline
    # traffic, EVs, chips, pharma, retail, apps, IPOs, M&A, crypto, venture, capex, headcount, data centres, results-flash
    # shorthand; first scored F1 0.985 / strict 0.959 (committed before the first run); after round 11's rules 0.993 /
    # 0.979; floors just under
    pytest.param("quantities-biztech11-dev.jsonl", QUANTITY, 0.99, 0.97, id="biztech11-dev"),
    # French (issue #13, branch fr), every kind; floors just under the figures of 2026-12-02 (fr)
    pytest.param("lang-fr-dev.jsonl", None, 0.98, 0.96, id="lang-fr-dev"),
    pytest.param("lang-fr-test.jsonl", None, 0.98, 0.91, id="lang-fr-test"),
    pytest.param("lang-fr2-dev.jsonl", None, 0.99, 0.98, id="lang-fr2-dev"),
    # TimeML-style 1990s news, dev only (issue #10, branch timeml), floors just under the figures of 2026-12-02
    pytest.param("temporal-timeml-dev.jsonl", TEMPORAL, 0.99, 0.96, id="temporal-timeml-dev"),
    # TimeML-style general news 1998-2012, dev only (issue #10 round 2, branch timeml2), floors just under 2026-12-02
    pytest.param("temporal-timeml2-dev.jsonl", TEMPORAL, 0.98, 0.95, id="temporal-timeml2-dev"),
    pytest.param("temporal-mmwr2-dev.jsonl", TEMPORAL, 0.99, 0.99, id="temporal-mmwr2-dev"),
    # TimeML-style wire news 1989-2007, dev only (issue #10 round 3, branch time), floors just under 2026-12-02
    pytest.param("temporal-timeml3-dev.jsonl", TEMPORAL, 0.975, 0.95, id="temporal-timeml3-dev"),
    pytest.param("temporal-wikinews2-dev.jsonl", TEMPORAL, 0.99, 0.95, id="temporal-wikinews2-dev"),
    # fresh TimeML news and 1987 newswire, dev only (issue #10 round 4, branch time4): first scored F1 0.974, strict
    # 0.915 (committed before the first run); floors just under the figures of 2026-12-02 (0.991, 0.972)
    pytest.param("temporal-fresh4-dev.jsonl", TEMPORAL, 0.985, 0.965, id="temporal-fresh4-dev"),
    # TimeML news and TV transcripts, round 5 (issue #10, branch time5), dev only: first scored relaxed F1 0.991, exact F1
    # 0.890, value 0.923 (committed before the first run); floors just under the figures of 2026-12-03
    pytest.param("temporal-timeml4-dev.jsonl", TEMPORAL, 0.985, 0.95, id="temporal-timeml4-dev"),
    # late-1980s WSJ business, 2010s wire, sports/weather/court news, round 6 (issue #10, branch time6), dev only: first
    # scored relaxed F1 0.984, exact F1 0.918, value 0.916 (committed before the first run); after round 6's rules 0.997,
    # 0.966, 0.976 (strict recall 0.974); floors just under
    pytest.param("temporal-timeml5-dev.jsonl", TEMPORAL, 0.99, 0.965, id="temporal-timeml5-dev"),
    # 1996-2008 wire/broadcast news and seven new registers, round 7 (issue #10, branch time7), dev only: first scored
    # relaxed F1 / exact F1 / value timeml6 0.982 / 0.968 / 0.967, fresh7 0.986 / 0.923 / 0.922 (committed before the
    # first run); after round 7's rules timeml6 0.995 / 0.995 / 0.989 (strict 0.979), fresh7 0.993 / 0.950 / 0.992
    # (strict 0.980); floors just under
    pytest.param("temporal-timeml6-dev.jsonl", TEMPORAL, 0.99, 0.975, id="temporal-timeml6-dev"),
    pytest.param("temporal-fresh7-dev.jsonl", TEMPORAL, 0.99, 0.975, id="temporal-fresh7-dev"),
    # 1990s-2000s wire/broadcast news on new topics, round 8 (issue #10, branch time8), dev only: first scored relaxed F1
    # / exact F1 / value / strict 0.990 / 0.973 / 0.950 / 0.934 (committed before the first run); after round 8's rules
    # 0.992 / 0.975 / 0.968 / 0.955; floors just under
    pytest.param("temporal-timeml7-dev.jsonl", TEMPORAL, 0.985, 0.945, id="temporal-timeml7-dev"),
    # agency and broadcast news in new registers, round 9 (issue #10, branch time9), dev only: first scored relaxed F1 /
    # exact F1 / value / strict 0.984 / 0.958 / 0.959 / 0.935 (committed before the first run); 0.989 / 0.966 / 0.962 /
    # 0.948 after four annotation slips were brought to the written conventions; after round 9's rules 0.995 / 0.979 /
    # 0.993 / 0.984; floors just under
    pytest.param("temporal-timeml8-dev.jsonl", TEMPORAL, 0.99, 0.975, id="temporal-timeml8-dev"),
    # everyday news probes of five families (quarters as durations, ordinal days, `due`, a weekday's market session,
    # `the year before`), branch probe10, dev only: first scored relaxed F1 / exact F1 / value / strict 0.848 / 0.779 /
    # 0.789 / 0.585 (committed before the first run); after its rules 1.000 / 1.000 / 0.981 / 0.981; floors just under
    pytest.param("temporal-probe10-dev.jsonl", TEMPORAL, 0.99, 0.97, id="temporal-probe10-dev"),
    # everyday range probes (a week modifier after a weekday range, parts of the day and clocks with days at both ends,
    # `the year to March`, ranges across a month or year end), branch probe11, dev only: first scored relaxed F1 / exact
    # F1 / value / strict 0.946 / 0.706 / 0.538 / 0.492 (committed before the first run); after its rules 1.000 / 0.983 /
    # 0.944 / 0.949; floors just under
    pytest.param("temporal-probe11-dev.jsonl", TEMPORAL, 0.99, 0.94, id="temporal-probe11-dev"),
    # courts, aviation, space, elections abroad, labour, disasters, finance, medical, history, entertainment and sports
    # schedules, round 10 (issue #10, branch time10), dev only: first scored relaxed F1 / exact F1 / value / strict 0.988
    # / 0.934 / 0.947 / 0.931 (committed before the first run); 0.990 / - / - / 0.937 after four annotation slips were
    # brought to written conventions; after round 10's rules 0.995 / 0.990 / 0.984 / 0.976; floors just under
    pytest.param("temporal-timeml9-dev.jsonl", TEMPORAL, 0.99, 0.97, id="temporal-timeml9-dev"),
    # 2015-2024 news in new registers (legislative, school and statistics calendars, guidance, health advisories,
    # timetables, embargoes, weather warnings, tax deadlines, obituaries, end-of-support notices) with round 11's probe
    # sentences (issue #10, branch time11), dev only: first scored relaxed F1 / exact F1 / value / strict 0.956 / 0.859 /
    # 0.872 / 0.807 (committed before the first run); 0.958 / 0.921 / 0.876 / 0.814 after eleven clocks were brought to
    # written conventions; after round 11's rules 1.000 / 0.995 / 0.974 / 0.976; floors just under
    pytest.param("temporal-timeml10-dev.jsonl", TEMPORAL, 0.99, 0.97, id="temporal-timeml10-dev"),
    # 2013-2024 news in registers written afresh (courts, obituaries, sports previews, weather, space, strikes, school
    # calendars, history, travel, arts, agriculture, releases) with round 12's probe sentences (issue #10, branch
    # time12), dev only: first scored relaxed F1 / exact F1 / value / strict 0.964 / 0.891 / 0.864 / 0.812 (committed
    # before the first run); after round 12's rules 0.996 / 0.988 / 0.957 / 0.949; floors just under
    pytest.param("temporal-timeml12-dev.jsonl", TEMPORAL, 0.99, 0.94, id="temporal-timeml12-dev"),
    # Spanish (issue #13, branch es): every kind, floors just under the figures of 2026-12-02
    pytest.param("lang-es-dev.jsonl", None, 0.99, 0.98, id="lang-es-dev"),
    pytest.param("lang-es-test.jsonl", None, 0.97, 0.88, id="lang-es-test"),
    pytest.param("lang-es2-dev.jsonl", None, 0.99, 0.99, id="lang-es2-dev"),
    # German (issue #13, branch de): every kind; floors just under the figures of 2026-12-02
    pytest.param("lang-de-dev.jsonl", None, 0.99, 0.99, id="lang-de-dev"),
    pytest.param("lang-de-test.jsonl", None, 0.98, 0.94, id="lang-de-test"),
    pytest.param("lang-de2-dev.jsonl", None, 0.99, 0.99, id="lang-de2-dev"),
    # third dev-only sets, hand-written test-case and news style (branch lang, 2026-12-02), floors just under the figures reached
    pytest.param("lang-es3-dev.jsonl", None, 0.99, 0.99, id="lang-es3-dev"),
    pytest.param("lang-fr3-dev.jsonl", None, 0.99, 0.99, id="lang-fr3-dev"),
    pytest.param("lang-de3-dev.jsonl", None, 0.99, 0.99, id="lang-de3-dev"),
    # fourth dev-only sets, each country's newsroom style (branch lang4, 2026-12-02): first scored F1 / strict
    # es4 0.975 / 0.914, fr4 0.992 / 0.944, de4 0.992 / 0.960 (after two dates were brought to the earlier sets' convention:
    # es4 0.975 / 0.921, de4 0.992 / 0.968); reached es4 0.996 / 0.986, fr4 1.000 / 0.992, de4 1.000 / 1.000
    pytest.param("lang-es4-dev.jsonl", None, 0.99, 0.98, id="lang-es4-dev"),
    pytest.param("lang-fr4-dev.jsonl", None, 0.99, 0.99, id="lang-fr4-dev"),
    pytest.param("lang-de4-dev.jsonl", None, 0.99, 0.99, id="lang-de4-dev"),
    # fifth dev-only sets, hand-written test-style sentences in four languages (branch lang5, 2026-12-03): first scored
    # F1 / strict en5 0.979 / 0.958, es5 0.995 / 0.978, fr5 0.994 / 0.977, de5 0.982 / 0.953; reached en5 0.995 / 0.979,
    # es5 1.000 / 0.989, fr5 1.000 / 1.000, de5 1.000 / 1.000 (after four annotations were brought to the conventions)
    pytest.param("lang-en5-dev.jsonl", None, 0.99, 0.97, id="lang-en5-dev"),
    pytest.param("lang-es5-dev.jsonl", None, 0.99, 0.98, id="lang-es5-dev"),
    pytest.param("lang-fr5-dev.jsonl", None, 0.99, 0.99, id="lang-fr5-dev"),
    pytest.param("lang-de5-dev.jsonl", None, 0.99, 0.99, id="lang-de5-dev"),
    # sixth dev-only sets, a grid of families written by hand in four languages (branch lang6, 2026-12-03): first scored
    # F1 / strict en6 0.993 / 0.985, es6 1.000 / 0.985, fr6 0.985 / 0.941, de6 0.977 / 0.955; reached en6 1.000 / 0.985
    # (after en6-11's adjective 'monthly' was made an optional set, the English convention), es6, fr6, de6 1.000 / 1.000
    pytest.param("lang-en6-dev.jsonl", None, 0.99, 0.98, id="lang-en6-dev"),
    pytest.param("lang-es6-dev.jsonl", None, 0.99, 0.99, id="lang-es6-dev"),
    pytest.param("lang-fr6-dev.jsonl", None, 0.99, 0.99, id="lang-fr6-dev"),
    pytest.param("lang-de6-dev.jsonl", None, 0.99, 0.99, id="lang-de6-dev"),
    # seventh dev-only sets, hand-written test cases in four languages (branch lang7, 2026-12-03): first scored F1 / strict
    # en7 0.970 / 0.941, es7 0.990 / 0.941, fr7 0.990 / 0.922, de7 0.950 / 0.811 (de7 0.950 / 0.830 and en7 0.980 / 0.941
    # after two annotations were brought to the conventions); reached en7 0.980 / 0.941 (three English gaps, strict xfails in
    # tests/test_lang_round7.py), es7, fr7, de7 1.000 / 1.000
    pytest.param("lang-en7-dev.jsonl", None, 0.97, 0.93, id="lang-en7-dev"),
    pytest.param("lang-es7-dev.jsonl", None, 0.99, 0.99, id="lang-es7-dev"),
    pytest.param("lang-fr7-dev.jsonl", None, 0.99, 0.99, id="lang-fr7-dev"),
    pytest.param("lang-de7-dev.jsonl", None, 0.99, 0.99, id="lang-de7-dev"),
    # eighth English dev-only set, hand-written test cases (branch en8, 2026-12-03): first scored F1 / strict en8 0.975 /
    # 0.900 (0.983 / 0.902 after en8-35's vague 'Thousands' was brought to the convention); reached 1.000 / 1.000
    pytest.param("lang-en8-dev.jsonl", None, 0.99, 0.99, id="lang-en8-dev"),
    # ninth dev-only sets, hand-written German (Austrian/Swiss forms, changes) and English everyday news (branch lang9b,
    # 2026-12-03): first scored F1 / strict de8 0.973 / 0.937, en9 0.978 / 0.940 (0.987 / 0.957 after three annotation
    # slips were brought to written conventions); reached de8 0.995 / 0.989, en9 0.991 / 0.974 (gaps: strict xfails in
    # tests/test_lang_round9.py)
    pytest.param("lang-de8-dev.jsonl", None, 0.99, 0.98, id="lang-de8-dev"),
    pytest.param("lang-en9-dev.jsonl", None, 0.98, 0.96, id="lang-en9-dev"),
    # ninth Spanish and French dev-only sets, hand-written news sentences with Latin American, Belgian, Swiss and Quebec
    # forms (branch lang9a, 2026-12-03): first scored F1 / strict es8 0.975 / 0.911 (after es8-12's 'Una docena' was brought
    # to the Spanish '~'), fr8 0.996 / 0.982; reached es8 1.000 / 1.000, fr8 1.000 / 0.991 (one strict xfail in
    # tests/test_lang_round9.py: 'augmenté de 10 % à 15 %' read as from/to)
    # tenth dev-only sets, fresh hand-written German (markets, sport, weather, health, elections, timetables, courts)
    # and English everyday cases (recipes, records, travel, finance, science, history) (branch lang10b, 2026-12-03):
    # first scored F1 / strict de9 0.967 / 0.902, en10 0.952 / 0.833 (0.962 / 0.843 after four annotations were brought
    # to written conventions); reached de9 1.000 / 0.992, en10 0.986 / 0.944 (gaps: strict xfails in test_lang_round10_deen.py)
    pytest.param("lang-de9-dev.jsonl", None, 0.99, 0.98, id="lang-de9-dev"),
    pytest.param("lang-en10-dev.jsonl", None, 0.98, 0.92, id="lang-en10-dev"),
    pytest.param("lang-es8-dev.jsonl", None, 0.99, 0.99, id="lang-es8-dev"),
    pytest.param("lang-fr8-dev.jsonl", None, 0.99, 0.98, id="lang-fr8-dev"),
    # tenth Spanish and French dev-only sets, hand-written economy, health, sport, weather, election, tourism, transport
    # and court news with the lead's probes (branch lang10a, 2026-12-03): first scored F1 / strict es9 0.979 / 0.931,
    # fr9 0.983 / 0.932 (es9 0.979 / 0.938, fr9 0.986 / 0.932 after two annotations were brought to the conventions);
    # reached es9 0.997 / 0.993, fr9 0.997 / 0.993 (gaps: strict xfails in tests/test_lang_round10_esfr.py)
    pytest.param("lang-es9-dev.jsonl", None, 0.99, 0.98, id="lang-es9-dev"),
    pytest.param("lang-fr9-dev.jsonl", None, 0.99, 0.98, id="lang-fr9-dev"),
    # eleventh Spanish and French dev-only sets, fresh hand-written Latin American, Quebec, Belgian and Swiss news (sport,
    # weather, health, courts, budgets, elections, markets, real estate, transport) with the lead's probes (branch lang12a,
    # 2026-12-03): first scored F1 / strict es10 0.996 / 0.932, fr10 0.982 / 0.941 (es10 0.996 / 0.932, fr10 0.985 / 0.949
    # after three annotations were brought to written conventions); reached es10 0.996 / 0.985, fr10 0.996 / 0.985 (gaps:
    # strict xfails in tests/test_lang_round12_esfr.py)
    pytest.param("lang-es10-dev.jsonl", None, 0.99, 0.98, id="lang-es10-dev"),
    pytest.param("lang-fr10-dev.jsonl", None, 0.99, 0.98, id="lang-fr10-dev"),
    # eleventh German and English dev-only sets, fresh hand-written Austrian/Swiss German (Jänner, Feber, Fr., Mio. Fr.,
    # Tsd., KW, Geschäftsjahr 2024/25, Vortag, übernächste Woche, courts, elections, budgets) and everyday English (a
    # dozen, a score of, half a million, 5ish, Thursday week, ages, heights) with the lead's quarter probes (branch lang12b):
    # first scored F1 / strict de10 0.984 / 0.897, en11 0.963 / 0.883 (0.984 / 0.913 and 0.967 / 0.892 after four annotations
    # were brought to conventions); reached de10 0.996 / 0.992, en11 0.982 / 0.946 (gaps: strict xfails in
    # tests/test_lang_round12_deen.py)
    pytest.param("lang-de10-dev.jsonl", None, 0.99, 0.99, id="lang-de10-dev"),
    pytest.param("lang-en11-dev.jsonl", None, 0.98, 0.94, id="lang-en11-dev"),
    # twelfth es/fr/de dev-only sets, hand-written news with the lead's probes (months after a past month, a bare
    # figure sharing the unit of a temperature before, `$ US`, vote tallies `N voix contre M`, `davon` / `dont` /
    # `de los cuales`) (branch probe17, 2026-12-03): first scored F1 / strict es11 0.968 / 0.875, fr11 0.973 / 0.828,
    # de11 0.972 / 0.875; reached es11 1.000 / 1.000, fr11 1.000 / 0.983, de11 1.000 / 1.000 (gaps: strict xfails in
    # tests/test_lang_round13_probe17.py)
    pytest.param("lang-es11-dev.jsonl", None, 0.99, 0.98, id="lang-es11-dev"),
    pytest.param("lang-fr11-dev.jsonl", None, 0.99, 0.98, id="lang-fr11-dev"),
    pytest.param("lang-de11-dev.jsonl", None, 0.99, 0.98, id="lang-de11-dev"),
]


def _cli() -> str:
    exe = pathlib.Path(sys.executable).parent / "numfacts"
    return str(exe) if exe.exists() else f"{sys.executable} -m numfacts"


@pytest.mark.parametrize("name, kinds, min_f1, min_strict", CASES)
def test_gold_scores(name: str, kinds: str | None, min_f1: float, min_strict: float) -> None:
    cmd = [sys.executable, str(ROOT / "tools" / "score_cases.py"), str(ROOT / "data" / "gold" / name),
           "--cli", _cli(), "--min-f1", str(min_f1), "--min-strict", str(min_strict)]
    if kinds:
        cmd += ["--kinds", kinds]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
    assert done.returncode == 0, f"{name}: {summary}"
    if min_f1 == 1.0:
        assert "junk=0" in summary and "P=1.000" in summary, summary


def test_gold_files_are_valid() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_gold.py")], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:]


sys.path.insert(0, str(ROOT / "tools"))
import check_gold  # noqa: E402  tools/ is not a package

GOLD = ROOT / "data" / "gold"
CASE_FILES = sorted(p.name for p in GOLD.glob("*.jsonl") if check_gold.is_case_file(check_gold.read_jsonl(p)[0]))


def test_every_case_file_is_listed() -> None:
    assert {"quantities-fomc-dev.jsonl", "quantities-fomc-test.jsonl", "quantities-mmwr-dev.jsonl",
            "quantities-mmwr-test.jsonl", "quantities-dev.jsonl", "seed-article.jsonl"} <= set(CASE_FILES)


@pytest.mark.parametrize("name", CASE_FILES)
def test_case_file_passes_check_gold(name: str) -> None:
    records, problems = check_gold.read_jsonl(GOLD / name)
    problems += [p for p in check_gold.check_file(GOLD / name, records) if check_gold.WARN not in p]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("name", CASE_FILES)
def test_change_and_role_in_their_vocabularies(name: str) -> None:
    bad = []
    for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
        case = json.loads(line) if line.strip() else {"facts": []}
        for f in case["facts"]:
            if "change" in f and f["change"] not in ("up", "down"):
                bad.append(f"{case['id']} {f['s']!r}: change {f['change']!r}")
            if "role" in f and (f["role"] not in ("by", "to", "from") or "change" not in f):
                bad.append(f"{case['id']} {f['s']!r}: role {f['role']!r} (change {f.get('change')!r})")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("fact, problem", [
    pytest.param({"s": "5%", "kind": "percent", "change": "rise"}, "change 'rise' not in", id="change-word"),
    pytest.param({"s": "5%", "kind": "percent", "change": "up", "role": "at"}, "role 'at' not in", id="role-word"),
    pytest.param({"s": "5%", "kind": "percent", "role": "to"}, "a role without a change", id="role-alone"),
])
def test_check_gold_flags_bad_direction(fact: dict, problem: str) -> None:
    assert any(problem in p for p in check_gold.check_fact("It rose 5% today.", fact))


def test_new_registers_annotate_direction() -> None:
    for name in ("quantities-fomc-dev.jsonl", "quantities-mmwr-dev.jsonl"):
        roles = {f.get("role") for line in (GOLD / name).read_text(encoding="utf-8").splitlines()
                 for f in json.loads(line)["facts"] if "change" in f}
        assert {"by", "to", "from"} <= roles, name
