"""Spanish forms read by numfacts.lang.phrases and the finder's optional table keys (issue #13): cases as data.

Each case: (id, text, surface, expected fields), read in Spanish against 2024-03-06 (a Wednesday,
ISO week 10). The row whose text contains `surface` must exist and carry those fields; REJECT lists
surfaces that must give no row of the kinds named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from numfacts.lang.finder import find
from tests.finder_checks import assert_row

REF = dt.date(2024, 3, 6)

CASES = [
    # clock times, joined to the day written before them
    ("clock-horas", "El pleno empieza a las 18.30 horas.", "18.30 horas", dict(kind="time", date="2024-03-06T18:30")),
    ("clock-day-part", "Abrirá a las 9 de la mañana.", "9 de la mañana", dict(kind="time", date="2024-03-06T09:00")),
    ("clock-tarde", "Llegó a las 5 de la tarde.", "5 de la tarde", dict(kind="time", date="2024-03-06T17:00")),
    ("clock-words", "Son las ocho y media.", "ocho y media", dict(kind="time", date="2024-03-06T08:30")),
    ("clock-menos-cuarto", "Quedamos a las nueve menos cuarto.", "nueve menos cuarto", dict(kind="time", date="2024-03-06T08:45")),
    ("clock-pm", "Volveré a las 7pm.", "7pm", dict(kind="time", date="2024-03-06T19:00")),
    ("clock-mediodia", "La marcha sale a mediodía.", "mediodía", dict(kind="time", date="2024-03-06T12:00")),
    ("clock-with-day", "El pleno se reunirá el próximo jueves a las 18.30 horas.", "jueves a las 18.30",
     dict(kind="time", date="2024-03-07T18:30")),
    ("clock-with-hoy", "Hoy a las 17.00 horas habrá tormentas.", "Hoy a las 17.00", dict(kind="time", date="2024-03-06T17:00")),
    ("duration-not-clock", "El metro funcionará las 24 horas.", "24 horas", dict(kind="duration", duration="PT24H")),
    # parts of the day, weekends, decades, relative days
    ("esta-tarde", "Esta tarde lloverá.", "Esta tarde", dict(kind="date", date="2024-03-06TAF")),
    ("anoche", "Un terremoto sacudió anoche Granada.", "anoche", dict(kind="date", date="2024-03-05TNI")),
    ("por-la-manana-not-tomorrow", "Llegó el lunes por la mañana.", "lunes", dict(kind="date", date="2024-03-04")),
    ("fin-de-semana-past", "El fin de semana murieron 14 personas.", "fin de semana", dict(kind="date", date="2024-W09-WE")),
    ("fin-de-semana-future", "El fin de semana lloverá.", "fin de semana", dict(kind="date", date="2024-W10-WE")),
    ("este-fin-de-semana", "Este fin de semana abre el museo.", "fin de semana", dict(date="2024-W10-WE")),
    ("decade-words", "En los años noventa se construyó.", "años noventa", dict(kind="date", date="199")),
    ("decade-digits", "Los precios de los años 80 eran otros.", "años 80", dict(kind="date", date="198")),
    ("pasado-manana", "Llegará pasado mañana.", "pasado mañana", dict(kind="date", date="2024-03-08")),
    ("ano-anterior", "Frente al 14,1 % del año anterior.", "año anterior", dict(kind="date", date="2023")),
    ("proxima-semana", "La próxima semana entra en vigor.", "próxima semana", dict(date="2024-W11")),
    ("un-ano-antes", "Son 120.000 más que un año antes.", "un año antes", dict(kind="date", date="2023")),
    ("dias-antes-de-is-duration", "Murió tres días antes de la boda.", "tres días", dict(kind="duration", duration="P3D")),
    # tense: weekdays and days without their year
    ("weekday-past", "El BCE bajó el jueves los tipos.", "jueves", dict(date="2024-02-29")),
    ("weekday-future", "El BCE decidirá el martes los tipos.", "martes", dict(date="2024-03-12")),
    ("este-weekday-future", "El pleno votará este viernes.", "este viernes", dict(date="2024-03-08")),
    ("day-past-tense", "Desde el 1 de octubre han llegado 3.000 personas.", "1 de octubre", dict(date="2023-10-01")),
    ("day-future-tense", "Las rebajas terminarán el 31 de enero.", "31 de enero", dict(date="2025-01-31")),
    ("day-near-ref-stays", "La subida se aplicará desde el 1 de marzo.", "1 de marzo", dict(date="2024-03-01")),
    ("weekday-and-date", "Volveré el lunes 12 de enero de 2026.", "lunes 12 de enero de 2026", dict(date="2026-01-12")),
    ("numeric-date", "El plazo acaba el 21/04/2024.", "21/04/2024", dict(kind="date", date="2024-04-21")),
    ("numeric-date-short-year", "Nació el 05/05/89.", "05/05/89", dict(kind="date", date="1989-05-05")),
    ("day-range", "El festival será del 1 al 15 de agosto.", "1 al 15 de agosto", dict(date="2024-08-01/2024-08-15")),
    ("hasta-day-not-count", "Se podrán pedir hasta el 30 de abril.", "30 de abril", dict(kind="date", date="2024-04-30")),
    # sets and durations
    ("cada-dos-anos", "La feria se celebra cada dos años.", "cada dos años", dict(kind="set", duration="P2Y")),
    ("cada-15-minutos", "Pasa un tren cada 15 minutos.", "cada 15 minutos", dict(kind="set", duration="PT15M")),
    ("horas-y-media", "Tardará dos horas y media.", "dos horas y media", dict(kind="duration", value=2.5, duration="PT2.5H")),
    # numbers, ranges, qualifiers
    ("millones-y-medio", "Llegaron unos dos millones y medio de turistas.", "dos millones y medio",
     dict(kind="count", value=2.5e6, qualifier="~", entity="turistas")),
    ("medio-millon", "Espera recibir a medio millón de visitantes.", "medio millón", dict(kind="count", value=5e5, entity="visitantes")),
    ("entre-y-measure", "Temperaturas de entre 38 y 42 grados.", "entre 38 y 42 grados",
     dict(kind="measure", low=38, high=42, qualifier="range", unit="degree Celsius", value=None)),
    ("entre-y-count", "El aforo será de entre 5.000 y 6.000 personas.", "entre 5.000 y 6.000",
     dict(kind="count", low=5000, high=6000, qualifier="range", entity="personas")),
    ("de-a-money", "Las entradas costarán de 10 a 15 euros.", "10 a 15 euros", dict(kind="money", low=10, high=15, unit="EUR")),
    ("entre-percents", "El paro estará entre el 11 % y el 12 %.", "11 % y el 12 %", dict(kind="percent", low=11, high=12)),
    ("de-a-change-not-range", "El salario pasó de 1.134 a 1.184 euros.", "1.134", dict(kind="money", value=1134, change="up", role="from")),
    ("hasta-in-change-is-to", "El BCE bajó los tipos en 25 puntos básicos, hasta el 3,5 %.", "3,5 %",
     dict(qualifier="=", high=None, change="down", role="to")),
    ("hasta-without-change-is-bound", "Descuentos de hasta el 70 %.", "70 %", dict(qualifier="<=", high=70, change=None)),
    ("basis-points", "Subió los tipos 25 puntos básicos.", "25 puntos básicos", dict(kind="percent", unit="basis point", value=25)),
    ("verb-then-figure-is-by", "La brecha se ha reducido 3,2 puntos porcentuales.", "3,2 puntos",
     dict(unit="percentage point", change="down", role="by")),
    ("score-points", "El Real Madrid suma 57 puntos tras 23 jornadas.", "57", dict(kind="count", value=57, entity="puntos")),
    ("points-with-percent", "Fue del 49,2 %, 1,5 puntos menos.", "1,5 puntos", dict(kind="percent", unit="percentage point")),
    ("compared-not-bound", "Cerró en el 3,1 %, dos puntos por debajo del 5,7 % de 2022.", "5,7 %", dict(qualifier="=", high=None)),
    ("ratio-qualifier", "Cerca de 8 de cada 10 jóvenes usa las redes.", "8 de cada 10", dict(kind="ratio", value=0.8, qualifier="~")),
    ("range-with-un", "Los precios subieron entre un 3 % y un 5 %.", "entre un 3 % y un 5 %",
     dict(kind="percent", low=3, high=5, qualifier="range", change="up", role="by")),
    ("below-zero", "La mínima fue de 5 grados bajo cero.", "5 grados bajo cero", dict(kind="measure", value=-5, change=None)),
    ("index-points", "La Bolsa subió un 1,2 %, hasta los 10.500 puntos.", "10.500",
     dict(kind="count", entity="puntos", change="up", role="to")),
    ("la-mitad", "Más de la mitad de los jóvenes no tenía empleo.", "Más de la mitad",
     dict(kind="ratio", value=0.5, qualifier=">", entity="jóvenes")),
    ("el-triple", "Vendió el triple que en 2019.", "el triple", dict(kind="ratio", value=3)),
    ("vague-miles", "Miles de personas se manifestaron.", "Miles", dict(kind="count", value=1000, qualifier="~", entity="personas")),
    ("entity-stops-at-verb", "Dos tercios de las empresas recibieron ayudas.", "Dos tercios", dict(entity="empresas")),
    ("decade-of-year", "En la década de 1990 el paro superó el 20 %.", "década de 1990", dict(kind="date", date="199")),
    ("desde-hace-is-duration", "Desde hace tres años cobra la ayuda.", "tres años", dict(kind="duration", duration="P3Y")),
    ("hace-is-date", "Hace tres años cobraba la ayuda.", "Hace tres años", dict(kind="date", date="2021")),
    ("long-number-words", "Ingresó tres millones cincuenta y dos mil trescientos euros.", "tres millones cincuenta y dos mil trescientos",
     dict(kind="money", value=3052300, unit="EUR")),
    ("veintiocho", "Murieron veintiocho personas.", "veintiocho", dict(kind="count", value=28, entity="personas")),
    ("docenas", "Compró tres docenas de huevos.", "tres docenas", dict(kind="count", value=36)),
    ("negative", "El PIB varió un -1,2 % en el trimestre.", "-1,2 %", dict(kind="percent", value=-1.2)),
    ("todos-los-dias", "Sale todos los días a correr.", "todos los días", dict(kind="set", duration="P1D")),
    ("trimestral", "Publica un informe trimestral.", "trimestral", dict(kind="set", duration="P3M")),
    ("hours-abbrev", "Estuvo cortada 3 h la carretera.", "3 h", dict(kind="duration", duration="PT3H")),
    # change and role of levels stated with a comparison, and the role words
    ("comparison-level", "La participación fue del 49,2 %, 1,5 puntos menos que en 2019.", "49,2 %", dict(change="down", role="to")),
    ("comparison-difference", "La participación fue del 49,2 %, 1,5 puntos menos que en 2019.", "1,5 puntos",
     dict(change="down", role="by")),
    ("comparison-old-level", "Cerró en el 3,1 %, dos puntos por debajo del 5,7 % de 2022.", "5,7 %", dict(change="down", role="from")),
    ("comparison-between-groups", "Las mujeres cobran un 18,7 % menos que los hombres, una brecha que se ha reducido.", "18,7 %",
     dict(change=None, role=None)),
    ("de-after-total-no-role", "Un total de 1.543 personas murieron, y el paro bajó.", "1.543", dict(change=None, role=None)),
    ("del-after-change-noun", "Cerró con una caída del 1,8 %.", "1,8 %", dict(change="down", role="by")),
    ("a-far-from-change", "Una subida del 3,8 % que beneficiará a casi 10 millones de pensionistas.", "casi 10 millones",
     dict(change=None, role=None)),
    ("nearest-change-word", "El alquiler cayó hasta los 1.200 euros tras dos años de subidas.", "1.200 euros",
     dict(change="down", role="to")),
    ("future-passive-weekday", "La ley será aprobada el jueves por el Congreso.", "jueves", dict(date="2024-03-07")),
    ("perfect-weekday", "La ley ha sido aprobada el lunes.", "lunes", dict(date="2024-03-04")),
    ("article-not-added", "Nada más un veinticinco por ciento.", "veinticinco por ciento", dict(kind="percent", value=25)),
    ("cien-por-cien", "El cien por cien del combustible.", "cien por cien", dict(kind="percent", value=100)),
    ("percent-comma-three-digits", "El Euríbor cerró en el 3,718 %.", "3,718 %", dict(kind="percent", value=3.718)),
    ("decimas", "La inflación bajó tres décimas.", "tres décimas", dict(kind="percent", value=0.3, unit="percentage point")),
    ("entity-not-a-month", "Frente al 2,8 % de julio.", "2,8 %", dict(entity=None)),
    ("clock-range", "La huelga será de 6.00 a 10.00 horas.", "6.00 a 10.00 horas",
     dict(kind="time", date="2024-03-06T06:00/2024-03-06T10:00")),
    ("clock-then-day", "Ocurrió sobre las 23.45 horas del sábado.", "23.45 horas del sábado", dict(kind="time", date="2024-03-02T23:45")),
    ("una-veintena", "Dejó una veintena de heridos.", "una veintena", dict(kind="count", value=20, qualifier="~", entity="heridos")),
    ("ultimo-ano-duration", "En el último año la luz se abarató.", "el último año", dict(kind="duration", duration="P1Y")),
    ("todo-el-dia", "Estuvo cerrado todo el día.", "todo el día", dict(kind="duration", duration="P1D")),
    ("dos-ultimos-anos", "Los precios se han disparado en los dos últimos años.", "dos últimos años",
     dict(kind="duration", value=2, duration="P2Y")),
    ("entity-stops-at-este", "Mínimas de -8 grados este fin de semana.", "-8 grados", dict(value=-8, entity=None)),
    ("doce-de-la-noche", "La reunión terminó a las doce de la noche.", "doce de la noche", dict(kind="time", date="2024-03-06T00:00")),
    ("diez-de-la-noche", "Cierra a las 10 de la noche.", "10 de la noche", dict(kind="time", date="2024-03-06T22:00")),
    ("season-year", "El verano de 2022 fue el más caluroso.", "verano de 2022", dict(kind="date", date="2022-SU")),
    ("season-next", "La próxima primavera abrirá la línea.", "próxima primavera", dict(kind="date", date="2025-SP")),
    ("weekday-set", "Todos los jueves el museo abre hasta tarde.", "Todos los jueves", dict(kind="set", duration="P1W")),
    ("millones-de-toneladas", "Se exportaron 1,5 millones de toneladas de cereal.", "1,5 millones de toneladas",
     dict(kind="measure", value=1.5e6, unit="tonne")),
    ("fahrenheit", "Hace 90 grados Fahrenheit en Texas.", "90 grados Fahrenheit", dict(kind="measure", unit="degree fahrenheit")),
    ("kwh", "Consumió 3.000 kWh en un año.", "3.000 kWh", dict(kind="measure", value=3000, unit="kilowatt hour")),
    ("month-of-last-year", "Las ventas cayeron en mayo del año pasado.", "mayo del año pasado", dict(kind="date", date="2023-05")),
    ("quarter-of-last-year", "Creció en el primer trimestre del año pasado.", "primer trimestre del año pasado",
     dict(kind="date", date="2023-Q1")),
    ("vague-duration", "Durante años no se hizo nada.", "años", dict(kind="duration", unit="year", duration="PXY")),
    ("ano-y-medio", "Tardó un año y medio.", "un año y medio", dict(kind="duration", value=1.5, duration="P1.5Y")),
    ("currency-code", "Costó 300 millones de USD.", "300 millones de USD", dict(kind="money", value=3e8, unit="USD")),
    ("split-years", "El curso 2023-2024 empieza en septiembre.", "2023-2024", dict(kind="date", date="2023/2024")),
    ("split-years-short", "La temporada 2022-23 fue récord.", "2022-23", dict(kind="date", date="2022/2023")),
    ("veces-mas", "Cobran cuatro veces más que en 2010.", "cuatro veces más", dict(kind="ratio", value=4)),
    ("multiplico-por", "El número de pisos se multiplicó por tres.", "multiplicó por tres", dict(kind="ratio", value=3)),
    ("rate-por", "La tasa fue de 12,3 por 100.000 habitantes.", "12,3 por 100.000", dict(kind="ratio", value=12.3e-5, entity="habitantes")),
    ("por-100-percent", "El paro es del 20 por 100 de la población.", "20 por 100", dict(kind="percent", value=20)),
    ("mayores-de", "Vacunaron a los mayores de 65 años.", "65 años", dict(qualifier=">", low=65)),
    # ordinals
    ("ordinal-word", "Ganó su tercer título.", "tercer", dict(kind="ordinal", value=3)),
    ("ordinal-compound", "Es el vigésimo quinto aniversario.", "vigésimo quinto", dict(kind="ordinal", value=25)),
    ("ordinal-digits", "Es ya el 1.º del ranking.", "1.º", dict(kind="ordinal", value=1)),
    ("ordinal-feminine", "Quedó 5ª en la final.", "5ª", dict(kind="ordinal", value=5)),
    ("period-not-ordinal", "Creció en el tercer trimestre.", "tercer trimestre", dict(kind="date", date="2024-Q3")),
    # third dev round (lang-es3-dev families)
    ("una-decada", "La obra durará una década.", "una década", dict(kind="duration", duration="P10Y")),
    ("hm3", "Los embalses guardan 34.000 hectómetros cúbicos.", "34.000 hectómetros cúbicos",
     dict(kind="measure", value=34000, unit="cubic hectometre")),
    ("rate-per-word", "La tasa cayó a 6,6 nacimientos por cada mil habitantes.", "6,6 nacimientos por cada mil",
     dict(kind="ratio", value=0.0066, entity="habitantes")),
    ("menos-grados", "Se esperan menos 5 grados en Soria.", "menos 5 grados", dict(kind="measure", value=-5)),
    ("al-menos-grados", "Se esperan al menos 40 grados en Córdoba.", "al menos 40 grados", dict(kind="measure", value=40, qualifier=">=")),
    ("trimestre-anterior", "Un 2 % más que el trimestre anterior.", "trimestre anterior", dict(kind="date", date="2023-Q4")),
    ("hace-casi", "Ocurrió hace casi dos años.", "hace casi dos años", dict(kind="date", date="2022")),
    ("range-scale-once", "Viven allí entre 2 y 3 millones de personas.", "entre 2 y 3 millones", dict(kind="count", low=2e6, high=3e6)),
    ("carried-currency", "Ganó 835 millones de dólares, frente a 780 millones un año antes.", "780 millones",
     dict(kind="money", value=7.8e8, unit="USD")),
    ("un-euro", "El billete sube un euro.", "un euro", dict(kind="money", value=1, unit="EUR")),
    ("centimos", "La gasolina subió 34 céntimos.", "34 céntimos", dict(kind="money", value=0.34, unit="EUR")),
    ("centenar", "Un centenar de personas se concentraron.", "Un centenar", dict(kind="count", value=100, qualifier="~", entity="personas")),
    ("docena", "Hubo una docena de heridos.", "una docena", dict(kind="count", value=12, qualifier="~", entity="heridos")),
    ("millar", "Un millar de vecinos protestó.", "Un millar", dict(kind="count", value=1000, qualifier="~")),
    ("levels-one-scale", "La población creció de 46 a 48 millones.", "46", dict(kind="count", value=4.6e7, change="up", role="from")),
    ("frequency-set", "Se reúnen dos veces al año.", "dos veces al año", dict(kind="set", duration="P1Y")),
    ("plural-weekday-set", "El museo abre los domingos.", "los domingos", dict(kind="set", duration="P1W")),
    ("glued-metre-no-scale", "El muro mide 5m de altura.", "5m", dict(kind="measure", value=5, unit="metre")),
    ("a-partir-del-weekday", "Las escuelas abren a partir del lunes.", "lunes", dict(kind="date", date="2024-03-11")),
    ("ordinal-er", "El 1.er premio fue para Ana.", "1.er", dict(kind="ordinal", value=1)),
    ("entity-complement", "Se crearon 500 puestos de trabajo.", "500", dict(kind="count", entity="puestos de trabajo")),
    ("entity-no-place-complement", "Llegaron 3 millones de personas de Madrid.", "3 millones", dict(kind="count", entity="personas")),
    ("score-no-figure-kept", "El Real Madrid ganó 3-1 al Getafe el 5 de mayo.", "5 de mayo", dict(kind="date")),
]

REJECT = [
    ("un-segundo-not-ordinal", "Dura un segundo.", "segundo", ("ordinal",)),
    ("ibex", "El Ibex 35 cayó un 1,8 %.", "35", ("count",)),
    ("clock-needs-a-time-word", "Se unió a las 7 comunidades.", "7", ("time",)),
    ("una-media-de", "Pasan una media de tres horas.", "una media", ("ratio", "count")),
    ("por-la-manana", "Llegó el lunes por la mañana.", "mañana", ("date",)),
    ("hace-anos-no-duration", "Hace años que no llueve.", "años", ("duration",)),
    ("veces-al-dia-not-ratio", "Come tres veces al día.", "tres", ("ratio",)),
    ("fase-id", "La región pasa a la fase 2 de la desescalada.", "2", ("count",)),
    ("antena-3", "Lo emitió Antena 3 anoche.", "3", ("count",)),
    ("season-as-adjective", "Las rebajas de verano empiezan.", "verano", ("date",)),
    ("score", "El Real Madrid ganó 3-1 al Getafe.", "3-1", ("count",)),
]


@pytest.mark.parametrize("text, surface, want", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_spanish_case(text: str, surface: str, want: dict) -> None:
    assert_row(text, find(text, "es", REF), surface, want)


@pytest.mark.parametrize("text, surface, kinds", [pytest.param(*c[1:], id=c[0]) for c in REJECT])
def test_spanish_reject(text: str, surface: str, kinds: tuple[str, ...]) -> None:
    at = text.index(surface)
    hits = [(text[f.start : f.end], f.kind) for f in find(text, "es", REF) if f.start < at + len(surface) and at < f.end]
    assert not [h for h in hits if h[1] in kinds], hits
