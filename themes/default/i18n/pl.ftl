# touchmap: słowa strony po polsku. Opisy zmiennych są w en.ftl.

## Site frame (base.html)

site-skip-to-content = Przejdź do treści
site-nav-label = Menu główne
site-breadcrumb-label = Ścieżka nawigacji
site-download-map = Pobierz mapę:
site-built-with = Zbudowano za pomocą { $generator }

## Navigation and page titles

nav-dashboard = Pulpit
nav-map = Mapa
nav-journey = Ścieżka klienta
nav-touchpoints = Punkty styku
nav-value = Wartość
nav-kpis = KPI
nav-competitors = Konkurencja
nav-benefits = Korzyści
nav-insights = Wnioski
nav-notes = Notatki
nav-search = Szukaj
nav-changes = Co się zmieniło

title-map = Mapa punktów styku
title-journey = Ścieżka klienta
title-value = Propozycja wartości
title-insights = Wnioski
title-benefits = Korzyści
title-search = Wyszukiwanie
title-touchpoints = Punkty styku
title-stages = Etapy
title-channels = Kanały
title-personas = Persony
title-kpis = Wskaźniki KPI
title-competitors = Konkurencja
title-notes = Notatki
title-not-found = Nie znaleziono strony
title-changes = Co się zmieniło od: { $since }
nav-personas = Persony
title-list-page = { $title }, strona { $n }

## Words shared by many pages

mode-analog = analogowy
mode-digital = cyfrowy
control-managed = zarządzany
control-spontaneous = spontaniczny
priority-key = kluczowy
priority-supporting = wspierający
state-current = obecny
state-planned = planowany
evidence-assumed = założenie
evidence-partial = częściowo zbadane
evidence-researched = zbadane
kpi-kind-quantitative = ilościowy
kpi-kind-qualitative = jakościowy
severity-low = niskie
severity-medium = średnie
severity-high = wysokie
kpi-source-crm = CRM
kpi-source-profiling = profilowanie
kpi-source-marketing-automation = marketing automation
kpi-source-analytics = analityka
kpi-source-survey = ankieta
kpi-source-manual = ręcznie
kpi-direction-down = im niżej, tym lepiej
kpi-direction-up = im wyżej, tym lepiej

emotion-very-positive = bardzo pozytywne
emotion-positive = pozytywne
emotion-neutral = neutralne
emotion-negative = negatywne
emotion-very-negative = bardzo negatywne
emotion-not-rated = bez oceny

kpi-status-on-target = cel osiągnięty
kpi-status-off-target = poniżej celu
kpi-status-no-data = brak danych
kpi-status-no-target = brak celu
kpi-status-not-scored = bez oceny (jakościowy)
kpi-status-none = brak KPI
kpi-status-planned = planowany

value-strength = { $score } z 5
value-not-rated = bez oceny
score-of-5 = { $score }/5
percent = { $value }%
count-of = { $part } z { $whole }

common-none = brak
common-none-sentence = Brak.
common-none-listed = Brak pozycji.
common-none-recorded = Brak wpisów.
common-not-rated = bez oceny
common-not-described = nie opisano
common-no-owner = brak właściciela
common-overloaded = przeciążony
common-no-touchpoints = brak punktów styku
common-key-touchpoint = Kluczowy punkt styku
common-us = my
common-us-brand = My

count-touchpoints = { $count ->
    [one] { $count } punkt styku
    [few] { $count } punkty styku
   *[many] { $count } punktów styku
}
count-touchpoints-of = { $shown } z { $total ->
    [one] { $total } punktu styku
    [few] { $total } punktów styku
   *[many] { $total } punktów styku
}
count-personas = { $count ->
    [one] { $count } persona
    [few] { $count } persony
   *[many] { $count } person
}
count-competitors = { $count ->
    [one] { $count } konkurent
    [few] { $count } konkurentów
   *[many] { $count } konkurentów
}
count-kpis = { $count ->
    [one] { $count } wskaźnik KPI
    [few] { $count } wskaźniki KPI
   *[many] { $count } wskaźników KPI
}
count-notes = { $count ->
    [one] { $count } notatka
    [few] { $count } notatki
   *[many] { $count } notatek
}
count-channels = { $count ->
    [one] { $count } kanał
    [few] { $count } kanały
   *[many] { $count } kanałów
}
count-risks = { $count ->
    [one] { $count } ryzyko
    [few] { $count } ryzyka
   *[many] { $count } ryzyk
}
count-warnings = { $count ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
   *[many] { $count } ostrzeżeń
}
pager-previous = Poprzednia
pager-next = Następna
list-left = Pozostałe ({ $count }) { $what } nie są wymienione na tej stronie, aby była lekka; { $where }.
poster-svg-note = (SVG, do prezentacji i plakatów)
list-pager-label = Strony listy
list-pager-label-end = Strony listy, na jej końcu

## Table headers

th-kpi = KPI
th-status = Status
th-latest = Ostatni pomiar
th-target = Cel
th-baseline = Punkt wyjścia
th-trend = Trend
th-owner = Właściciel
th-owner-source = Właściciel · źródło
th-touchpoint = Punkt styku
th-touchpoints = Punkty styku
th-stage = Etap
th-channel = Kanał
th-mode = Rodzaj
th-description = Opis
th-emotion = Emocje
th-kpi-status = Status KPI
th-value = Wartość
th-evidence = Podstawa
th-strength = Siła
th-key = Kluczowe
th-analog = Analogowe
th-digital = Cyfrowe
th-mean-emotion = Średnie emocje (stan obecny)
th-load = Obciążenie
th-severity = Waga
th-risk = Ryzyko
th-opportunity = Szansa
th-brand = Marka
th-component = Składnik
th-date = Data
th-lane = Warstwa
th-as-is = Stan obecny
th-with-planned = Z planowanymi

## Touchpoint cards (partials/ui.html)

card-key = kluczowy
card-planned = planowany
card-spontaneous = spontaniczny
card-value-title = Średnia ocena wartości
card-value-prefix = Wartość:
card-value-not-rated = wartość bez oceny
card-value-score = wartość { $score }/5
card-owner = Właściciel: { $owner }
card-spontaneous-title = Spontaniczny: nie zarządzamy nim
card-emotion-aside = (emocje: { $word })
card-emotion-title = Emocje: { $word }
card-kpis-not-measured = KPI: jeszcze bez pomiarów
card-kpi-status = KPI: { $status }
weight-severity = dotkliwość { $n }/3
weight-importance = znaczenie { $n }/3
notes-panel-heading = Notatki
notes-panel-empty = Nie powiązano tu jeszcze żadnej notatki.
tile-emotion-not-rated = emocje bez oceny
tile-mean-emotion = średnie emocje { $mean } ({ $word })
tile-kpis-planned = KPI jeszcze bez pomiarów (planowane)
tile-worst-kpi = najgorszy status KPI: { $status }
tile-mean-value = średnia wartość { $score } z 5
rollup-not-scored = { $count } bez oceny
rollup-emotion = { $count ->
    [one] Średnie emocje { $emotion } ({ $word }), z { $count } obecnego punktu styku
    [few] Średnie emocje { $emotion } ({ $word }), z { $count } obecnych punktów styku
   *[many] Średnie emocje { $emotion } ({ $word }), z { $count } obecnych punktów styku
}
rollup-emotion-not-rated = Emocje bez oceny w obecnych punktach styku
rollup-legend-kpis = KPI:
rollup-legend-rest = bez celu lub bez oceny
vpc-our-offer = Nasza oferta
vpc-pains-relieved = { $met } z { $count ->
    [one] { $count } problemu
    [few] { $count } problemów
   *[many] { $count } problemów
} złagodzonych
vpc-gains-created = { $met } z { $count ->
    [one] { $count } korzyści
    [few] { $count } korzyści
   *[many] { $count } korzyści
} stworzonych
vpc-square-label = Kwadrat: propozycja wartości
vpc-square-label-for = Kwadrat: propozycja wartości dla: { $name }
vpc-fits = pasuje do
vpc-circle-label = Koło: profil klienta: { $name }
vpc-customer-profile = Profil klienta
vpc-customer-jobs = Zadania klienta
vpc-creates = tworzy
vpc-relieves = łagodzi
vpc-created-by = tworzy:
vpc-relieved-by = łagodzi:
vpc-not-addressed = bez odpowiedzi

## Dashboard (index.html)

dashboard-key-figures = Najważniejsze liczby
dashboard-touchpoints = Punkty styku
dashboard-touchpoints-key = { $count ->
    [one] { $count } kluczowy
    [few] { $count } kluczowe
   *[many] { $count } kluczowych
}
dashboard-touchpoints-planned = { $count ->
    [one] { $count } planowany
    [few] { $count } planowane
   *[many] { $count } planowanych
}
dashboard-analog-digital = Analogowe / cyfrowe
dashboard-analog-count = { $count ->
    [one] { $count } analogowy
    [few] { $count } analogowe
   *[many] { $count } analogowych
}
dashboard-digital-count = { $count ->
    [one] { $count } cyfrowy
    [few] { $count } cyfrowe
   *[many] { $count } cyfrowych
}
dashboard-kpis-on-target = KPI z osiągniętym celem
dashboard-kpis-off-target = { $count } poniżej celu
dashboard-kpis-no-data = { $count } bez danych
dashboard-kpis-no-target = { $count } bez celu
dashboard-kpis-not-scored = { $count } bez oceny (jakościowe)
dashboard-high-risks = Wysokie ryzyka
dashboard-high-risks-some = ryzyka o wysokiej wadze do ograniczenia
dashboard-high-risks-none = Brak ryzyk o wysokiej wadze
dashboard-empty-cells = Puste pola
dashboard-empty-cells-of = z { $count }
dashboard-empty-cells-detail = pola etap × kanał bez punktu styku
dashboard-also-on-map = Na tej mapie także
dashboard-kpi-status = Status KPI
dashboard-all-kpis = Wszystkie KPI
dashboard-kpi-table-label = Tabela statusów KPI
dashboard-no-kpis = Ta mapa nie określa jeszcze żadnych KPI.
dashboard-weakest = Najsłabsze punkty styku
dashboard-all-weak = Wszystkie słabe punkty styku
dashboard-weakest-intro = Według emocji, przekazywanej wartości i KPI poniżej celu.
dashboard-weakest-none = Brak słabych punktów styku: każdy ma wynik co najmniej neutralny.
dashboard-open-risks = Otwarte ryzyka
dashboard-risk-register = Rejestr ryzyk
dashboard-risks-none = Nie odnotowano żadnych ryzyk.
dashboard-by-stage = Według etapów
dashboard-open-map = Otwórz mapę
dashboard-by-stage-label = Punkty styku według etapów, tabela
dashboard-within-limit = w limicie
dashboard-emotion-note = Średnie emocje obecnych punktów styku, od −2 (bardzo negatywne) do +2 (bardzo pozytywne); planowane punkty styku wliczają się do sum, ale nie do emocji.
dashboard-findings = Wyniki { $command }
finding-error = błąd
finding-warning = ostrzeżenie
dashboard-finding-hint = Wskazówka: { $hint }
dashboard-findings-none = Brak uwag — { $command } nie zgłasza dla tej mapy żadnych ostrzeżeń.
dashboard-channels-detail = punkty styku w kanałach analogowych i cyfrowych
dashboard-kpis-attention = { $shown } z { $count } KPI, które najbardziej wymagają uwagi: najpierw poniżej celu, potem bez danych.
dashboard-all-n-kpis = Wszystkie KPI ({ $count })
dashboard-all-benefits = Wszystkie korzyści
dashboard-benefit-emotion = średnie emocje { $emotion }
dashboard-health = Stan mapy
dashboard-health-intro = Czego mapie jeszcze brakuje lub co sygnalizuje — dla osoby, która ją aktualizuje.
dashboard-health-details = Szczegóły dla redaktorów mapy: { $count ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
   *[many] { $count } ostrzeżeń
} z { $command }, z plikiem i wierszem
dashboard-health-good = Nic do poprawy: każdy kluczowy punkt styku ma KPI i właściciela, każdy problem ma sposób złagodzenia, a żadne ryzyko nie ma wysokiej wagi.
health-high-risk = { $count ->
    [one] { $count } ryzyko ma wysoką wagę
    [few] { $count } ryzyka mają wysoką wagę
   *[many] { $count } ryzyk ma wysoką wagę
}
health-unaddressed-pain = { $count ->
    [one] { $count } problem klienta nie ma sposobu złagodzenia
    [few] { $count } problemy klientów nie mają sposobu złagodzenia
   *[many] { $count } problemów klientów nie ma sposobu złagodzenia
}
health-key-without-kpi = { $count ->
    [one] { $count } kluczowy punkt styku nie ma KPI
    [few] { $count } kluczowe punkty styku nie mają KPI
   *[many] { $count } kluczowych punktów styku nie ma KPI
}
health-key-without-owner = { $count ->
    [one] { $count } kluczowy punkt styku nie ma właściciela
    [few] { $count } kluczowe punkty styku nie mają właściciela
   *[many] { $count } kluczowych punktów styku nie ma właściciela
}
health-brand-conflict = { $count ->
    [one] { $count } punkt styku działa wbrew wartości marki
    [few] { $count } razy punkt styku działa wbrew wartości marki
   *[many] { $count } razy punkt styku działa wbrew wartości marki
}
health-overloaded-stage = { $count ->
    [one] { $count } etap ma więcej punktów styku, niż pozwala mapa
    [few] { $count } etapy mają więcej punktów styku, niż pozwala mapa
   *[many] { $count } etapów ma więcej punktów styku, niż pozwala mapa
}
health-emotion-for-unserved-persona = { $count ->
    [one] { $count } emocja jest podana dla persony, której punkt styku nie obsługuje
    [few] { $count } emocje są podane dla person, których punkty styku nie obsługują
   *[many] { $count } emocji podano dla person, których punkty styku nie obsługują
}
health-unused-channel = { $count ->
    [one] { $count } kanał nie ma punktu styku
    [few] { $count } kanały nie mają punktu styku
   *[many] { $count } kanałów nie ma punktu styku
}
health-unused-competitor = { $count ->
    [one] { $count } konkurent nie występuje w żadnym punkcie styku
    [few] { $count } konkurentów nie występuje w żadnym punkcie styku
   *[many] { $count } konkurentów nie występuje w żadnym punkcie styku
}
health-broken-link = { $count ->
    [one] { $count } link w notatkach prowadzi donikąd
    [few] { $count } linki w notatkach prowadzą donikąd
   *[many] { $count } linków w notatkach prowadzi donikąd
}
health-missing-alt = { $count ->
    [one] { $count } obraz nie ma tekstu dla osób, które go nie widzą
    [few] { $count } obrazy nie mają tekstu dla osób, które ich nie widzą
   *[many] { $count } obrazów nie ma tekstu dla osób, które ich nie widzą
}
health-other = { $count ->
    [one] { $count } inna rzecz w plikach mapy do sprawdzenia
    [few] { $count } inne rzeczy w plikach mapy do sprawdzenia
   *[many] { $count } innych rzeczy w plikach mapy do sprawdzenia
}

## Map (map.html, partials/map_grid.html)

map-lede-counts = { $touchpoints ->
    [one] { $touchpoints } punkt styku
    [few] { $touchpoints } punkty styku
   *[many] { $touchpoints } punktów styku
} na { $stages ->
    [one] { $stages } etapie
   *[many] { $stages } etapach
} i w { $channels ->
    [one] { $channels } kanale
   *[many] { $channels } kanałach
}.
map-lede-explain-brand = Każda kolumna to etap cyklu życia klienta, każdy wiersz to kanał; w polu są punkty styku, w których klienci spotykają się z marką { $brand } na tym etapie.
map-lede-explain-us = Każda kolumna to etap cyklu życia klienta, każdy wiersz to kanał; w polu są punkty styku, w których klienci spotykają się z nami na tym etapie.
map-colour-by = Koloruj karty według
map-colour-emotion = Emocje
map-colour-kpi = Status KPI
map-colour-value = Siła wartości
map-filters-label = Filtruj punkty styku
map-filters-title = Filtr
map-filter-persona = Persona
map-filter-all-personas = Wszystkie persony
map-filter-mode = Rodzaj kanału
map-filter-mode-all = Analogowe i cyfrowe
map-filter-mode-analog = Tylko analogowe
map-filter-mode-digital = Tylko cyfrowe
map-filter-control = Kontrola
map-filter-control-all = Zarządzane i spontaniczne
map-filter-control-managed = Tylko zarządzane
map-filter-control-spontaneous = Tylko spontaniczne
map-filter-state = Stan
map-filter-state-all = Obecne i planowane
map-filter-state-current = Obecne (stan obecny)
map-filter-state-planned = Planowane (stan docelowy)
map-filter-key-only = Tylko kluczowe punkty styku
map-filter-reset = Pokaż wszystko
map-legend-emotion-label = Kolory emocji
map-legend-emotion = Emocje:
map-legend-kpi-label = Kolory statusu KPI
map-legend-kpi = Status KPI:
map-legend-planned-not-measured = planowany (jeszcze bez pomiarów)
map-legend-value-label = Kolory siły wartości
map-legend-value = Siła wartości (średnia ocena):
map-legend-score-on-card = ocena na każdej karcie
map-legend-symbols-label = Symbole
map-legend-symbols = Symbole:
map-legend-planned-dashed = planowany (przerywana ramka)
map-legend-mode-rows = wiersze { $analog } { $digital }
map-no-channels = Ta mapa nie ma jeszcze kanałów, więc siatka nie ma wierszy. Dodaj { $channels } (np. strona internetowa, e-mail, sklep, telefon) i { $touchpoints } do pliku YAML mapy.
map-no-touchpoints = Ta mapa nie ma jeszcze punktów styku. Dodaj je w sekcji { $touchpoints }, każdy z polami { $stage } i { $channel }.
map-grid-caption = Punkty styku według etapu cyklu życia (kolumny) i kanału (wiersze)
map-grid-label = Mapa punktów styku: etapy w poziomie, kanały w pionie (przewijana)
map-scroll-hint = Na wąskim ekranie mapa przewija się w bok wewnątrz ramki; kolumna kanałów i wiersz etapów pozostają na miejscu. Każdy punkt styku prowadzi do swojej strony.
grid-corner-stage = Etap
grid-corner-channel = Kanał
grid-stage-step = Etap { $n }
grid-group-analog = kanały analogowe
grid-group-digital = kanały cyfrowe
grid-no-matching = brak pasujących punktów styku
grid-empty-cell = puste
map-view-show = Pokaż
map-view-overview = Przegląd
map-view-cards = Wszystkie karty
map-poster-download = Pobierz mapę jako obraz
map-overview-hint = Każdy kafelek liczy punkty styku swojego pola i ma kolor jak karty; otwórz kafelek, aby je zobaczyć.
map-cell-dialog-title = Punkty styku pola
map-cell-dialog-close = Zamknij
map-cell-dialog-page = To pole na osobnej stronie
map-cell-dialog-first = { $shown ->
    [one] Poniżej jest jeden z nich; strona pola pokazuje wszystkie.
    [few] Poniżej są { $shown } z nich; strona pola pokazuje wszystkie.
   *[many] Poniżej jest { $shown } z nich; strona pola pokazuje wszystkie.
}
grid-more = { $number } więcej
grid-more-at = w polu { $where }
poster-map-subtitle = { $touchpoints ->
    [one] { $touchpoints } punkt styku
    [few] { $touchpoints } punkty styku
   *[many] { $touchpoints } punktów styku
} na { $stages ->
    [one] { $stages } etapie
    [few] { $stages } etapach
   *[many] { $stages } etapach
} i { $channels ->
    [one] { $channels } kanale
    [few] { $channels } kanałach
   *[many] { $channels } kanałach
} · karty w kolorach emocji
poster-map-capped = Pole z więcej niż { $limit } punktami styku pokazuje { $shown } z nich (najpierw kluczowe, potem najsłabsze) i ile ma jeszcze; strona wymienia wszystkie.
poster-drawn-by = Narysowane przez touchmap { $version } z plików mapy.

## Journey (journey.html, partials/journey.html)

journey-lede = { $stages ->
    [one] Jak każda persona czuje się w każdym punkcie styku na { $stages } etapie i co tam napotyka: produkt, interakcję, komunikację, swoje odczucia, problemy i nasze szanse.
    [few] Jak każda persona czuje się w każdym punkcie styku na { $stages } etapach i co na nich napotyka: produkt, interakcję, komunikację, swoje odczucia, problemy i nasze szanse.
   *[many] Jak każda persona czuje się w każdym punkcie styku na { $stages } etapach i co na nich napotyka: produkt, interakcję, komunikację, swoje odczucia, problemy i nasze szanse.
}
journey-personas-label = Persony na tej stronie
journey-jump-to = Przejdź do
journey-persona-profile = Profil persony
journey-all-customers = Wszyscy klienci
journey-curve-caption = Jeden punkt na każdy punkt styku, w kolejności ścieżki klienta, od −2 (bardzo negatywne) do +2 (bardzo pozytywne); punkt prowadzi do swojego punktu styku, a pierścień oznacza moment bólu, w którym persona czuje się najgorzej.
journey-curve-caption-markers = Jeden punkt na każdy punkt styku, w kolejności ścieżki klienta, od −2 (bardzo negatywne) do +2 (bardzo pozytywne); pierścień oznacza moment bólu, w którym persona czuje się najgorzej, i prowadzi do swojego punktu styku. Wykres ma zbyt wiele punktów, by każdy był odnośnikiem: warstwy pod nim prowadzą do każdego punktu styku.
journey-legend-as-is = stan obecny (obecne punkty styku)
journey-legend-to-be = z planowanymi punktami styku (stan docelowy), rysowane jako puste
journey-table-summary = Średnie emocje według etapów w tabeli
journey-table-label = Średnie emocje według etapów
journey-no-rating = bez oceny
journey-lanes-heading = Co napotyka { $who } na każdym etapie
journey-lane-touchpoints = Punkty styku
journey-lane-product = Produkt
journey-lane-interaction = Interakcja
journey-lane-communication = Komunikacja
journey-lane-perception = Odczucia
journey-lane-pains = Problemy
journey-lane-opportunities = Szanse
journey-planned-mark = planowany
journey-lane-none = brak
journey-curve-title = Emocje na ścieżce klienta
journey-curve-title-of = Emocje na ścieżce klienta: { $who }
journey-lanes-of = Warstwy:
journey-curve-scroll = Wykres jest szerszy niż strona: przewiń go w bok.
journey-poster-download = Pobierz tę krzywą jako obraz
journey-posters-download = Pobierz krzywą persony jako obraz:
journey-feels-worst-at = { $name } czuje się najgorzej w:
journey-lanes-folded = { $count ->
    [one] { $count } punkt styku: każdy etap jest zwinięty, rozwiń go, aby zobaczyć karty.
    [few] { $count } punkty styku: każdy etap jest zwinięty, rozwiń go, aby zobaczyć karty.
   *[many] { $count } punktów styku: każdy etap jest zwinięty, rozwiń go, aby zobaczyć karty.
}
journey-lanes-summarised = { $count ->
    [one] { $count } punkt styku: każdy etap jest zwinięty, rozwiń go, aby zobaczyć karty.
    [few] { $count } punkty styku: etap z wieloma pokazuje najniższe punkty i prowadzi do strony ze wszystkimi; pozostałe są zwinięte, rozwiń etap, aby zobaczyć karty.
    [many] { $count } punktów styku: etap z wieloma pokazuje najniższe punkty i prowadzi do strony ze wszystkimi; pozostałe są zwinięte, rozwiń etap, aby zobaczyć karty.
   *[other] Punkty styku ({ $count }): etap z wieloma pokazuje najniższe punkty i prowadzi do strony ze wszystkimi; pozostałe są zwinięte, rozwiń etap, aby zobaczyć karty.
}
journey-lane-stage-link = Etap { $stage }
journey-lane-no-touchpoint = Brak punktu styku.
journey-lane-eyebrow = Warstwa ścieżki klienta
journey-lane-title = { $stage }: co napotyka { $who }
journey-lane-lede = { $count ->
    [one] Punkt styku, który { $who } napotyka na etapie { $stage }, w kolorze tego, jak { $who } się tam czuje.
    [few] { $count } punkty styku, które { $who } napotyka na etapie { $stage }, w kolejności ścieżki klienta, każdy w kolorze tego, jak { $who } się tam czuje.
    [many] { $count } punktów styku, które { $who } napotyka na etapie { $stage }, w kolejności ścieżki klienta, każdy w kolorze tego, jak { $who } się tam czuje.
   *[other] Punkty styku ({ $count }), które { $who } napotyka na etapie { $stage }, w kolejności ścieżki klienta, każdy w kolorze tego, jak { $who } się tam czuje.
}
journey-lane-mean = Średnie emocje (stan obecny): { $mean } ({ $word }).
journey-lane-lowest = { $count ->
    [one] Najniższy punkt:
    [few] { $count } najniższe punkty:
    [many] { $count } najniższych punktów:
   *[other] Najniższe punkty ({ $count }):
}
journey-lane-all = { $count ->
    [one] Jedyny punkt styku etapu { $stage }
    [few] Wszystkie { $count } punkty styku etapu { $stage }
    [many] Wszystkie { $count } punktów styku etapu { $stage }
   *[other] Wszystkie punkty styku etapu { $stage } ({ $count })
}
journey-lane-back = Wróć do ścieżki klienta

## Touchpoint page (touchpoint.html)

touchpoint-eyebrow = Punkt styku
touchpoint-classification = Klasyfikacja
touchpoint-key = kluczowy punkt styku
touchpoint-planned = planowany (stan docelowy)
touchpoint-current = obecny (stan obecny)
touchpoint-evidence = podstawa: { $evidence }
touchpoint-about = Opis
touchpoint-experience = Doświadczenie klienta
touchpoint-emotion = Emocje: { $word }
touchpoint-emotion-scale = ({ $score } w skali od −2 do +2)
touchpoint-perception = Odczucia:
touchpoint-value = Przekazywana wartość
touchpoint-value-mean = średnio: { $label }
touchpoint-no-components = Mapa nie określa składników wartości.
touchpoint-pains = Problemy
touchpoint-no-pains = Nie odnotowano problemów.
touchpoint-opportunities = Szanse
touchpoint-no-opportunities = Nie odnotowano szans.
touchpoint-risks = Ryzyka
touchpoint-risk-likelihood = prawdopodobieństwo: { $level }
touchpoint-opportunity-impact = wpływ: { $score }
touchpoint-opportunity-effort = nakład pracy: { $score }
touchpoint-opportunity-owner = właściciel: { $owner }
touchpoint-no-risks = Nie odnotowano ryzyk.
touchpoint-brand-values = Wartości marki
touchpoint-aligned = Zgodny z
touchpoint-none-stated = Nie podano.
touchpoint-in-conflict = W sprzeczności z
touchpoint-no-conflicts = Brak sprzeczności.
touchpoint-competitors = Konkurencja w tym punkcie
touchpoint-their-practice = Ich praktyka
touchpoint-not-described = Nie opisano.
touchpoint-how-we-differ = Czym się wyróżniamy
touchpoint-no-competitors = Dla tego punktu styku nie odnotowano praktyk konkurencji.
touchpoint-kpis = KPI
touchpoint-kpis-planned = Ten punkt styku jest planowany: te KPI będą go mierzyć, gdy powstanie, a poniższe liczby nie dotyczą jeszcze jego samego.
touchpoint-no-kpis = Żaden KPI nie mierzy jeszcze tego punktu styku.
touchpoint-kpi-over-time = { $name } w czasie
touchpoint-all-measurements = Wszystkie pomiary
touchpoint-facts = Fakty
fact-stage = Etap
fact-channel = Kanał
fact-control = Kontrola
fact-priority = Priorytet
fact-state = Stan
fact-owner = Właściciel
fact-evidence = Podstawa
fact-personas = Persony
fact-emotion = Emocje
fact-kpi-status = Status KPI
fact-strength = Siła
touchpoint-key-without-owner = kluczowy bez właściciela
touchpoint-all-personas = Wszystkie persony
touchpoint-weak = słaby
touchpoint-fine = w porządku
touchpoint-pager-label = Wzdłuż ścieżki klienta
touchpoint-previous = Poprzedni punkt styku
touchpoint-next = Następny punkt styku
touchpoint-emotion-by-persona = Emocje według person
touchpoint-emotion-personas-mean = średnia dla person

## KPI figures and charts (touchpoint.html, kpi.html)

kpi-latest = Ostatni pomiar
kpi-target = Cel
kpi-baseline = Punkt wyjścia
kpi-direction = Kierunek
kpi-no-data = brak danych
kpi-chart-target-line = linia przerywana: cel { $target }
kpi-chart-baseline-line = linia kropkowana: punkt wyjścia { $baseline }

## Touchpoints index (touchpoints.html)

touchpoints-lede = { $count ->
    [one] { $count } punkt styku w kolejności ścieżki klienta, etap po etapie.
    [few] Wszystkie { $count } punkty styku w kolejności ścieżki klienta, etap po etapie.
   *[many] Wszystkie { $count } punktów styku w kolejności ścieżki klienta, etap po etapie.
}
touchpoints-see-on-map = Zobacz je na mapie
touchpoints-empty = Ta mapa nie ma jeszcze punktów styku. Dodaj je w sekcji { $touchpoints } w pliku YAML mapy.
touchpoints-stage-page = Strona etapu
touchpoints-table-label = Punkty styku na etapie { $stage }, tabela
touchpoints-lede-page = Punkty styku { $first }–{ $last } z { $total } w kolejności ścieżki klienta, etap po etapie.

## KPI page and index (kpi.html, kpis.html)

kpi-eyebrow = KPI
kpi-over-time = W czasie
kpi-chart-per-measurement = { $name } w kolejnych pomiarach
kpi-chart-table-below = Tabela poniżej zawiera wszystkie wartości.
kpi-no-measurements = Brak pomiarów.
kpi-source-sentence = Źródło: { $source }.
kpi-text-values = Ten KPI ma wartości tekstowe, więc nie ma wykresu.
kpi-measurements-summary = Pomiary ({ $count }), od najnowszego
kpi-measurements-label = Pomiary: { $name }
kpi-measured-at = Mierzony w punktach styku
kpi-no-touchpoints = Żaden punkt styku nie wskazuje tego KPI.
kpi-benefits = Korzyści, które potwierdza
kpi-no-benefits = Żadna korzyść nie odwołuje się do tego KPI.
kpi-figures = Liczby
kpi-status = Status
kpi-change = Zmiana
kpi-percentage-points = pkt proc.
kpi-since-baseline = od punktu wyjścia
kpi-unit = Jednostka
kpi-source = Źródło
kpi-owner = Właściciel
kpi-not-stated = nie podano
kpi-series = seria: { $series }
kpi-no-measurement = brak pomiaru
kpi-source-of = źródło: { $source }
kpis-lede = Status wynika z ostatniego pomiaru, celu i kierunku każdego KPI.
kpis-on-target = Cel osiągnięty
kpis-off-target = Poniżej celu
kpis-no-data = Brak danych
kpis-no-target = Brak celu
kpis-not-scored = Bez oceny (jakościowe)
kpis-table-label = Tabela statusów KPI
kpis-lede-page = KPI { $first }–{ $last } z { $total }.
kpi-card-combined-status = { $status } ({ $count } KPI)
kpi-card-this-one = ten: { $status }
kpi-card-other = { $name }: { $status }
kpi-card-combined-note = Status łączy { $count } KPI tego punktu styku, liczy się najgorszy: { $each }.

## Value proposition (value.html, partials/benchmark.html)

value-lede = Co oferujemy wobec tego, czego potrzebuje każda persona, i jak mocno każdy składnik wartości jest przekazywany na każdym etapie.
value-matrix = Składniki × etapy
value-matrix-label = Tabela macierzy wartości
value-matrix-caption = Średnia ocena wartości według składnika i etapu; ◆ oznacza wyróżniony etap, „luka” – wyróżniony etap z oceną poniżej { $threshold }
value-emphasised-prefix = wyróżniony:
value-not-conveyed = nieprzekazywany
value-gap = luka
value-legend = Legenda:
value-legend-mean = średnia ocena
value-legend-emphasised = wyróżniony na tym etapie (w ramce)
value-legend-gap = wyróżniony, ale poniżej { $threshold }
value-none-defined = Nie określono składników wartości ani etapów.
value-where-conveyed = Gdzie przekazywany jest każdy składnik
value-where-intro = Punkty styku z oceną 4 lub 5 dla danego składnika.
value-emphasised-at = Wyróżniony na etapach:
value-not-conveyed-strongly = Żaden punkt styku nie przekazuje mocno składnika { $component } (4 lub więcej).
value-canvas = Kanwa propozycji wartości
value-products = Produkty i usługi
value-relievers = Środki zaradcze
value-relieves = łagodzi: { $text }
value-creators = Kreatory korzyści
value-creates = tworzy: { $text }
benchmark-caption = Oceny wartości (0–5) według marki i składnika
benchmark-us-mark = (my)
benchmark-bars-caption = Oceny składników jako słupki; pierwszy słupek w każdej grupie to my.
benchmark-radar-caption = Profil wartości jako wykres radarowy: im dalej od środka, tym silniej.
value-canvas-intro = Dla każdej persony: co oferujemy (kwadrat) wobec tego, czego potrzebuje klient (koło). Znacznik pokazuje, gdzie sposób złagodzenia odpowiada na problem, a twórca korzyści na korzyść; potrzeba bez odpowiedzi jest oznaczona.
value-canvas-intro-no-personas = Co oferujemy. Dodaj persony z ich zadaniami, problemami i korzyściami, aby zobaczyć naprzeciw stronę klienta.
value-matrix-intro = Średnia ocena (0–5) obecnych punktów styku etapu, które oceniają składnik (planowane liczą się dopiero, gdy powstaną). Wyróżnione pola to miejsca, w których propozycja wartości chce, by składnik się wybijał.
value-conveyed-more = { $count ->
    [one] I jeszcze { $count } z oceną 4 lub 5 za { $component }; lista punktów styku podaje wartość każdego.
    [few] I jeszcze { $count } z oceną 4 lub 5 za { $component }; lista punktów styku podaje wartość każdego.
   *[many] I jeszcze { $count } z oceną 4 lub 5 za { $component }; lista punktów styku podaje wartość każdego.
}

## Insights (insights.html)

insights-lede = Luki i priorytety wynikające z mapy: gdzie brakuje punktów styku, gdzie są słabe lub zagrożone i co zrobić dalej.
insights-on-this-page = Na tej stronie
insights-empty-cells = Puste pola
insights-weakest = Najsłabsze punkty styku
insights-kpis = KPI poniżej celu lub bez danych
insights-risks = Rejestr ryzyk
insights-opportunities = Lista szans
insights-overloaded = Przeciążone etapy
insights-balance = Równowaga analogowe / cyfrowe
insights-unused-channels = Niewykorzystane kanały
insights-pains = Nierozwiązane problemy
insights-conflicts = Sprzeczności z marką
insights-planned = Planowane punkty styku
insights-empty-cells-intro = Połączenia etap × kanał bez punktu styku. Nie każde pole go potrzebuje; sprawdź te, w których klienci spodziewają się Cię spotkać.
insights-empty-cells-none = Każde pole mapy ma co najmniej jeden punkt styku.
insights-weakest-intro = Siła = ocena emocji + odchylenie średniej wartości od środka skali (od −1 do +1) − 1 za każdy KPI poniżej celu. Wynik poniżej zera oznacza słaby punkt. Planowane punkty styku nie są oceniane: jeszcze ich nie ma.
insights-weakest-label = Tabela najsłabszych punktów styku
insights-weakest-none = Brak słabych punktów styku.
insights-kpis-label = KPI poniżej celu lub bez danych, tabela
insights-kpis-none = Każdy KPI z określonym celem osiąga cel.
insights-risks-intro = Sytuacje, które mogą zniechęcić klienta, od najpoważniejszych, potem od najbardziej prawdopodobnych.
insights-risks-label = Tabela rejestru ryzyk
insights-risks-none = Nie odnotowano żadnych ryzyk.
insights-opportunities-intro = Wszystkie szanse zapisane przy punktach styku, według priorytetu: najpierw duży wpływ, potem mały nakład pracy, potem kolejność ścieżki klienta; zrealizowane na końcu.
insights-opportunities-label = Tabela listy szans
insights-opportunities-none = Nie odnotowano żadnych szans.
insights-overloaded-figures = { $count ->
    [one] { $count } punkt styku, limit { $limit }
    [few] { $count } punkty styku, limit { $limit }
   *[many] { $count } punktów styku, limit { $limit }
}
insights-overloaded-none = Żaden etap nie ma więcej punktów styku, niż wynosi limit.
insights-overloaded-none-limit = Żaden etap nie ma więcej punktów styku niż { $limit }.
insights-unused-none = Każdy kanał ma co najmniej jeden punkt styku.
insights-balance-intro = Łącznie punkty styku analogowe: { $analog }, cyfrowe: { $digital }.
insights-balance-analog = { $count } analogowe ({ $percent }%)
insights-balance-digital = { $count } cyfrowe ({ $percent }%)
insights-pains-intro = Problemy person, których nie łagodzi żaden środek zaradczy propozycji wartości.
insights-pains-none = Każdy problem ma co najmniej jeden środek zaradczy.
insights-conflicts-with = sprzeczny z: { $value }
insights-conflicts-none = Żaden punkt styku nie jest sprzeczny z wartościami marki.
insights-planned-intro = Docelowa ścieżka klienta: punkty styku, których jeszcze nie ma.
insights-planned-none = Brak planowanych punktów styku.
insights-toc-scored = z oceną: { $scored } z { $total }
insights-toc-balance = analogowe: { $analog }, cyfrowe: { $digital }
insights-matrix = Macierz szans
insights-matrix-intro = Każda szansa z określonym wpływem i nakładem pracy (od 1 do 5; 3 uznaje się za wysoką wartość), umieszczona według tych dwóch ocen. Zacznij od lewego górnego rogu, czyli od szybkich wygranych. Każda kropka prowadzi do swojego punktu styku.
insights-matrix-none-scored = Żadna szansa nie ma jeszcze określonego zarówno wpływu, jak i nakładu pracy. Uzupełnij w szansie pola { $impact } i { $effort } (od 1 do 5), aby pojawiła się tutaj.
insights-matrix-quarters-label = Szanse w poszczególnych ćwiartkach
insights-matrix-status-label = Kształty oznaczające status
insights-matrix-status = Status:
insights-quick-wins = Szybkie wygrane
insights-big-bets = Duże projekty
insights-fill-ins = Zadania uzupełniające
insights-money-pits = Studnie bez dna
insights-not-scored = Bez oceny
insights-not-scored-intro = Szansa, która nie ma określonego zarówno wpływu, jak i nakładu pracy, nie trafia do macierzy.
insights-not-scored-none = Każda szansa ma ocenę.
insights-not-scored-more = jeszcze { $count } bez oceny
opportunity-status-idea = pomysł
opportunity-status-planned = zaplanowana
opportunity-status-in-progress = w realizacji
opportunity-status-done = zrealizowana
insights-backlog-filter-label = Filtruj listę szans
insights-filter-status = Status
insights-filter-all-statuses = Wszystkie statusy
insights-filter-open = Otwarte (niezrealizowane)
insights-filter-stage = Etap
insights-filter-all-stages = Wszystkie etapy
insights-filter-reset = Pokaż wszystko
insights-backlog-showing = { $total ->
    [one] Wyświetlono { $shown } z { $total } szansy.
    [few] Wyświetlono { $shown } z { $total } szans.
    [many] Wyświetlono { $shown } z { $total } szans.
   *[other] Wyświetlono { $shown } z { $total } szansy.
}
insights-backlog-showing-all = { $total ->
    [one] Wyświetlono jedyną szansę.
    [few] Wyświetlono wszystkie { $total } szanse.
    [many] Wyświetlono wszystkie { $total } szans.
   *[other] Wyświetlono wszystkie szanse ({ $total }).
}
insights-backlog-none-match = Żadna szansa nie pasuje do tych filtrów.
insights-backlog-opportunity = Szansa
insights-backlog-impact = Wpływ
insights-backlog-effort = Nakład pracy
insights-backlog-quarter = Ćwiartka
insights-backlog-not-scored = bez oceny
insights-backlog-owns-touchpoint = właściciel punktu styku
insights-backlog-continued = { $label }, ciąg dalszy
insights-backlog-more = { $count ->
    [one] Pokaż pozostałą szansę
    [few] Pokaż pozostałe { $count } szanse
    [many] Pokaż pozostałe { $count } szans
   *[other] Pokaż pozostałe szanse ({ $count })
}
insights-risk-matrix = Macierz ryzyk
insights-risk-matrix-intro = Ryzyka rozmieszczone według tego, jak poważne byłyby ich skutki (waga, w pionie) i jak bardzo są prawdopodobne (w poziomie). Najpierw zaplanuj działania dla prawego górnego rogu.
insights-risk-matrix-not-given = { $count ->
    [one] Dla { $count } z { $total } ryzyk nie podano prawdopodobieństwa: jest ono uwzględnione w ostatniej kolumnie.
    [few] Dla { $count } z { $total } ryzyk nie podano prawdopodobieństwa: są one uwzględnione w ostatniej kolumnie.
    [many] Dla { $count } z { $total } ryzyk nie podano prawdopodobieństwa: są one uwzględnione w ostatniej kolumnie.
   *[other] Dla { $count } z { $total } ryzyk nie podano prawdopodobieństwa: są one uwzględnione w ostatniej kolumnie.
}
insights-risk-matrix-caption = Ryzyka według wagi (wiersze) i prawdopodobieństwa (kolumny)
insights-risk-severity = Waga
insights-risk-low-likelihood = Niskie prawdopodobieństwo
insights-risk-medium-likelihood = Średnie prawdopodobieństwo
insights-risk-high-likelihood = Wysokie prawdopodobieństwo
insights-risk-likelihood-not-given = Nie podano prawdopodobieństwa
insights-risk-count = { $count ->
    [one] ryzyko
    [few] ryzyka
    [many] ryzyk
   *[other] ryzyka
}
insights-risk-cell-none = brak
insights-risk-cell-more = jeszcze { $count }
insights-risk-cell-left = { $count ->
    [one] Jeszcze { $count } ryzyko nie jest tu wymienione; strona każdego punktu styku wymienia jego ryzyka.
    [few] Jeszcze { $count } ryzyka nie są tu wymienione; strona każdego punktu styku wymienia jego ryzyka.
   *[many] Jeszcze { $count } ryzyk nie jest tu wymienionych; strona każdego punktu styku wymienia jego ryzyka.
}
insights-risk-likelihood = Prawdopodobieństwo
insights-risk-not-given = nie podano
insights-risks-more = { $count ->
    [one] Pokaż pozostałe ryzyko
    [few] Pokaż pozostałe { $count } ryzyka
    [many] Pokaż pozostałe { $count } ryzyk
   *[other] Pokaż pozostałe ryzyka ({ $count })
}
insights-weakest-more = { $count ->
    [one] Pokaż pozostały słaby punkt styku
    [few] Pokaż pozostałe { $count } słabe punkty styku
    [many] Pokaż pozostałe { $count } słabych punktów styku
   *[other] Pokaż pozostałe słabe punkty styku ({ $count })
}
insights-kpis-more = { $count ->
    [one] Pokaż pozostały wskaźnik KPI
    [few] Pokaż pozostałe { $count } wskaźniki KPI
    [many] Pokaż pozostałe { $count } wskaźników KPI
   *[other] Pokaż pozostałe wskaźniki KPI ({ $count })
}
insights-conflicts-more = { $count ->
    [one] Pokaż pozostałą sprzeczność
    [few] Pokaż pozostałe { $count } sprzeczności
    [many] Pokaż pozostałe { $count } sprzeczności
   *[other] Pokaż pozostałe sprzeczności ({ $count })
}
insights-planned-more = { $count ->
    [one] Pokaż pozostały planowany punkt styku
    [few] Pokaż pozostałe { $count } planowane punkty styku
    [many] Pokaż pozostałe { $count } planowanych punktów styku
   *[other] Pokaż pozostałe planowane punkty styku ({ $count })
}
chart-priority-title = Szanse według wpływu i nakładu pracy
chart-priority-effort = Nakład pracy: mały → duży
chart-priority-impact = Wpływ: mały → duży
chart-priority-dot = { $label } — { $touchpoint } (wpływ { $impact }, nakład pracy { $effort }, { $status })
chart-priority-desc = { $count ->
    [one] Wpływ (w pionie, od 1 do 5) względem nakładu pracy (w poziomie, od 1 do 5) dla { $count } ocenionej szansy: { $quarters }. Każda kropka prowadzi do swojego punktu styku.
    [few] Wpływ (w pionie, od 1 do 5) względem nakładu pracy (w poziomie, od 1 do 5) dla { $count } ocenionych szans: { $quarters }. Każda kropka prowadzi do swojego punktu styku.
    [many] Wpływ (w pionie, od 1 do 5) względem nakładu pracy (w poziomie, od 1 do 5) dla { $count } ocenionych szans: { $quarters }. Każda kropka prowadzi do swojego punktu styku.
   *[other] Wpływ (w pionie, od 1 do 5) względem nakładu pracy (w poziomie, od 1 do 5) dla { $count } ocenionej szansy: { $quarters }. Każda kropka prowadzi do swojego punktu styku.
}
chart-priority-more = { $count ->
    [one] Jeszcze { $count } szansa o wpływie { $impact } i nakładzie pracy { $effort }: zobacz listę
    [few] Jeszcze { $count } szanse o wpływie { $impact } i nakładzie pracy { $effort }: zobacz listę
    [many] Jeszcze { $count } szans o wpływie { $impact } i nakładzie pracy { $effort }: zobacz listę
   *[other] Jeszcze { $count } szansy o wpływie { $impact } i nakładzie pracy { $effort }: zobacz listę
}
insights-left-opportunities = { $count ->
    [one] Jeszcze { $count } szansa nie jest wymieniona na tej stronie, by była lekka; filtry obejmują wymienione szanse.
    [few] Jeszcze { $count } szanse nie są wymienione na tej stronie, by była lekka; filtry obejmują wymienione szanse.
    [many] Jeszcze { $count } szans nie jest wymienionych na tej stronie, by była lekka; filtry obejmują wymienione szanse.
   *[other] Pozostałe szanse ({ $count }) nie są wymienione na tej stronie, by była lekka; filtry obejmują wymienione szanse.
}
insights-left-risks = { $count ->
    [one] Jeszcze { $count } ryzyko nie jest wymienione na tej stronie, by była lekka.
    [few] Jeszcze { $count } ryzyka nie są wymienione na tej stronie, by była lekka.
    [many] Jeszcze { $count } ryzyk nie jest wymienionych na tej stronie, by była lekka.
   *[other] Pozostałe ryzyka ({ $count }) nie są wymienione na tej stronie, by była lekka.
}
insights-all-opportunities = { $count ->
    [one] Cała lista szans: { $count } szansa
    [few] Cała lista szans: wszystkie { $count } szanse, na kolejnych stronach
    [many] Cała lista szans: wszystkie { $count } szans, na kolejnych stronach
   *[other] Cała lista szans: wszystkie szanse ({ $count }), na kolejnych stronach
}
insights-all-risks = { $count ->
    [one] Cały rejestr ryzyk: { $count } ryzyko
    [few] Cały rejestr ryzyk: wszystkie { $count } ryzyka, na kolejnych stronach
    [many] Cały rejestr ryzyk: wszystkie { $count } ryzyk, na kolejnych stronach
   *[other] Cały rejestr ryzyk: wszystkie ryzyka ({ $count }), na kolejnych stronach
}
insights-full-backlog-page = Szanse { $first }–{ $last } z { $total }, według priorytetu: najpierw duży wpływ, potem mały nakład pracy, potem kolejność ścieżki klienta; zrealizowane na końcu.
insights-full-risks-page = Ryzyka { $first }–{ $last } z { $total }, od najpoważniejszych, potem od najbardziej prawdopodobnych.
insights-full-backlog-all = { $count ->
    [one] Jedyna szansa zapisana przy punkcie styku.
    [few] Wszystkie { $count } szanse zapisane przy punktach styku, według priorytetu: najpierw duży wpływ, potem mały nakład pracy, potem kolejność ścieżki klienta; zrealizowane na końcu.
    [many] Wszystkie { $count } szans zapisanych przy punktach styku, według priorytetu: najpierw duży wpływ, potem mały nakład pracy, potem kolejność ścieżki klienta; zrealizowane na końcu.
   *[other] Wszystkie szanse zapisane przy punktach styku ({ $count }), według priorytetu: najpierw duży wpływ, potem mały nakład pracy, potem kolejność ścieżki klienta; zrealizowane na końcu.
}
insights-full-risks-all = { $count ->
    [one] Jedyne ryzyko zapisane przy punkcie styku.
    [few] Wszystkie { $count } ryzyka zapisane przy punktach styku, od najpoważniejszych, potem od najbardziej prawdopodobnych.
    [many] Wszystkie { $count } ryzyk zapisanych przy punktach styku, od najpoważniejszych, potem od najbardziej prawdopodobnych.
   *[other] Wszystkie ryzyka zapisane przy punktach styku ({ $count }), od najpoważniejszych, potem od najbardziej prawdopodobnych.
}
insights-full-back = Wróć do wniosków
insights-left-weakest = { $count ->
    [one] Jeszcze { $count } słaby punkt styku nie jest wymieniony na tej stronie, by była lekka; lista punktów styku pokazuje emocje, status KPI i wartość każdego z nich.
    [few] Jeszcze { $count } słabe punkty styku nie są wymienione na tej stronie, by była lekka; lista punktów styku pokazuje emocje, status KPI i wartość każdego z nich.
   *[many] Jeszcze { $count } słabych punktów styku nie jest wymienionych na tej stronie, by była lekka; lista punktów styku pokazuje emocje, status KPI i wartość każdego z nich.
}
insights-left-kpis = { $count ->
    [one] Jeszcze { $count } KPI nie jest wymieniony na tej stronie, by była lekka; lista KPI pokazuje status każdego z nich.
    [few] Jeszcze { $count } KPI nie są wymienione na tej stronie, by była lekka; lista KPI pokazuje status każdego z nich.
   *[many] Jeszcze { $count } KPI nie jest wymienionych na tej stronie, by była lekka; lista KPI pokazuje status każdego z nich.
}
insights-left-conflicts = { $count ->
    [one] Jeszcze { $count } sprzeczność nie jest wymieniona na tej stronie, by była lekka; strona każdego punktu styku wymienia własne sprzeczności.
    [few] Jeszcze { $count } sprzeczności nie są wymienione na tej stronie, by była lekka; strona każdego punktu styku wymienia własne sprzeczności.
   *[many] Jeszcze { $count } sprzeczności nie jest wymienionych na tej stronie, by była lekka; strona każdego punktu styku wymienia własne sprzeczności.
}
insights-left-planned = { $count ->
    [one] Jeszcze { $count } planowany punkt styku nie jest wymieniony na tej stronie, by była lekka; filtr planowanych na mapie pokazuje je wszystkie.
    [few] Jeszcze { $count } planowane punkty styku nie są wymienione na tej stronie, by była lekka; filtr planowanych na mapie pokazuje je wszystkie.
   *[many] Jeszcze { $count } planowanych punktów styku nie jest wymienionych na tej stronie, by była lekka; filtr planowanych na mapie pokazuje je wszystkie.
}

## Benefits (benefits.html)

benefits-lede = Co punkty styku dają firmie oraz jakie punkty styku i KPI stoją za każdą korzyścią.
benefits-nav-label = Korzyści na tej stronie
benefits-kpis = KPI
benefits-no-kpi = Żaden KPI nie potwierdza jeszcze tej korzyści.
benefits-touchpoints = Punkty styku
benefits-no-touchpoints = Nie powiązano punktów styku.
benefits-empty = Nie określono korzyści. Dodaj je w sekcji { $benefits }, np. baza klientów, większa sprzedaż lub pozytywny marketing szeptany.
benefits-at-a-glance = W skrócie
benefits-overview-caption = Każdy pasek: KPI danej korzyści, najpierw część z osiągniętym celem. Każdy punkt: średnie emocje jej obecnych punktów styku, od −2 (z lewej) do +2 (z prawej); kreska oznacza wartość neutralną. Wybierz korzyść, aby do niej przejść.
benefits-overview-title = Korzyści w skrócie

## Stages and channels (stage.html, stages.html, channel.html, channels.html)

stage-eyebrow = Etap
stage-touchpoints = Punkty styku
stage-limit-max = / maks. { $limit }
stage-overloaded = przeciążony: więcej niż { $limit }
stage-within-limit = w limicie { $limit }
stage-key-touchpoints = Kluczowe punkty styku
stage-analog-digital = Analogowe / cyfrowe
stage-mean-emotion = Średnie emocje (stan obecny)
stage-emotion-detail = obecnych punktów styku, od −2 (bardzo negatywne) do +2 (bardzo pozytywne)
stage-emotion-with-planned = z planowanymi ({ $count }): { $value }
stage-emphasis = Wyróżniona wartość na tym etapie
stage-emphasis-intro = Propozycja wartości akcentuje tu te składniki:
stage-emphasis-none = Na tym etapie nie wyróżniono żadnego składnika wartości.
stage-by-channel = Punkty styku według kanałów
stage-no-touchpoints = Na tym etapie nie ma jeszcze punktów styku.
stage-no-touchpoint-in = Brak punktu styku w kanałach:
stage-pager-label = Etapy
stage-previous = Poprzedni etap
stage-next = Następny etap
stages-lede = Cykl życia klienta po kolei: kolumny { $map }.
stages-lede-map = mapy
stages-none = Nie określono etapów.
channel-eyebrow = Kanał
channel-touchpoints = Punkty styku
channel-unused = niewykorzystany kanał
channel-in-stages = na { $used } z { $stages ->
    [one] { $stages } etapu
   *[many] { $stages } etapów
}
channel-mode = Rodzaj
channel-competitors-present = Obecna konkurencja
channel-by-stage = Punkty styku według etapów
channel-no-touchpoints = Żaden punkt styku nie korzysta jeszcze z tego kanału.
channel-no-touchpoint-at = Brak punktu styku na etapach:
channel-competitors = Konkurencja w tym kanale
channel-no-competitors = W tym kanale nie odnotowano konkurencji.
channels-lede = Gdzie klienci nas spotykają: wiersze { $map }, analogowe i cyfrowe.
channels-lede-map = mapy
channels-table-label = Kanały
channels-unused = niewykorzystany
channels-none = Nie określono kanałów.
stage-limit-at-most = z maks. { $limit }
stage-channels = Kanały
stage-channels-detail = punkty styku w kanałach analogowych i cyfrowych
stage-all-in-channel = Wszystkie ({ $count }) w kanale { $channel }
stage-all-at-stage = na etapie { $stage }
channel-all-at-stage = Wszystkie ({ $count }) na etapie { $stage }
channel-all-in-channel = w kanale { $channel }
group-more-shown = (pokazano kluczowe i najsłabsze)
cell-eyebrow = Pole mapy
cell-lede-brand = { $count ->
    [one] { $count } punkt styku
    [few] { $count } punkty styku
   *[many] { $count } punktów styku
}, w których klienci spotykają się z marką { $brand } w kanale { $channel } na etapie { $stage }{ $ranked ->
    [true] ; najpierw kluczowe, potem najsłabsze: mapa pokazuje w swoim polu pierwsze z nich
   *[other] {""}
}.
cell-lede-us = { $count ->
    [one] { $count } punkt styku
    [few] { $count } punkty styku
   *[many] { $count } punktów styku
}, w których klienci spotykają się z nami w kanale { $channel } na etapie { $stage }{ $ranked ->
    [true] ; najpierw kluczowe, potem najsłabsze: mapa pokazuje w swoim polu pierwsze z nich
   *[other] {""}
}.
cell-mean-emotion = Średnie emocje
cell-emotion-scale = od −2 (bardzo negatywne) do +2 (bardzo pozytywne)
cell-worst-kpi = Najgorszy status KPI
cell-mean-value = Średnia siła wartości
cell-back-to-map = Powrót do mapy
cell-filter-show-all = Pokaż wszystkie punkty styku tego pola

## Personas (persona.html, personas.html)

persona-eyebrow = Persona
persona-map = Mapa: { $name }
persona-fit = Dopasowanie propozycji wartości
persona-pains-relieved = Problemy ze środkiem zaradczym
persona-pains-met = { $met } z { $count ->
    [one] { $count } problemu
   *[many] { $count } problemów
}
persona-gains-created = Korzyści z kreatorem
persona-gains-met = { $met } z { $count ->
    [one] { $count } korzyści
   *[many] { $count } korzyści
}
persona-on-full-map = Na pełnej mapie, z filtrami
persona-map-intro-brand = { $count ->
    [one] { $count } punkt styku, w którym { $name } spotyka markę { $brand }, według etapów i kanałów.
    [few] { $count } punkty styku, w których { $name } spotyka markę { $brand }, według etapów i kanałów.
   *[many] { $count } punktów styku, w których { $name } spotyka markę { $brand }, według etapów i kanałów.
}
persona-map-intro-us = { $count ->
    [one] { $count } punkt styku, w którym { $name } spotyka się z nami, według etapów i kanałów.
    [few] { $count } punkty styku, w których { $name } spotyka się z nami, według etapów i kanałów.
   *[many] { $count } punktów styku, w których { $name } spotyka się z nami, według etapów i kanałów.
}
persona-grid-caption = Punkty styku: { $name }, według etapu cyklu życia (kolumny) i kanału (wiersze)
persona-grid-label = Mapa: { $name }; etapy w poziomie, kanały w pionie (przewijana)
persona-no-touchpoints = Żaden punkt styku nie wskazuje tej persony.
persona-jobs = Zadania do wykonania
persona-no-jobs = Nie odnotowano zadań.
persona-pains = Problemy
persona-no-reliever = brak środka zaradczego
persona-no-pains = Nie odnotowano problemów.
persona-gains = Korzyści
persona-no-creator = brak kreatora korzyści
persona-no-gains = Nie odnotowano korzyści.
persona-journey = Ścieżka klienta
persona-card-label = Profil: { $name }
persona-goals = Cele
personas-on-the-map = { $name } na mapie
personas-count-touchpoints = { $count ->
    [one] punkt styku
    [few] punkty styku
    [many] punktów styku
   *[other] punktu styku
}
personas-count-jobs = { $count ->
    [one] zadanie
    [few] zadania
    [many] zadań
   *[other] zadania
}
personas-count-pains = { $count ->
    [one] problem
    [few] problemy
    [many] problemów
   *[other] problemu
}
personas-count-gains = { $count ->
    [one] korzyść
    [few] korzyści
    [many] korzyści
   *[other] korzyści
}
personas-lede = Klienci, których śledzi ta mapa. Każda persona ma ścieżkę klienta z krzywą emocji i dopasowanie propozycji wartości.
personas-empty = Nie określono person. Punkty styku obsługują wtedy „wszystkich klientów”; zobacz { $journey }.
personas-empty-journey = ścieżkę klienta

## Competitors (competitor.html, competitors.html)

competitor-eyebrow = Konkurent
competitor-external = (strona zewnętrzna)
competitor-strengths = Mocne strony
competitor-weaknesses = Słabe strony
competitor-channels = Kanały
competitor-no-channels = Nie odnotowano kanałów.
competitor-benchmark = Porównanie z nami
competitor-practice = Praktyka konkurenta i nasze wyróżniki, punkt styku po punkcie
competitor-practice-label = Tabela praktyk i wyróżników
competitor-their-practice = Praktyka: { $name }
competitor-how-we-differ = Czym się wyróżniamy
competitor-no-practice = Żaden punkt styku nie opisuje jeszcze praktyki: { $name }.
competitors-lede = { $count ->
    [one] Jak { $brand } wypada na tle { $count } konkurenta pod względem składników wartości, gdzie jest obecny i czym się wyróżniamy w każdym punkcie styku.
   *[many] Jak { $brand } wypada na tle { $count } konkurentów pod względem składników wartości, gdzie każdy jest obecny i czym się wyróżniamy w każdym punkcie styku.
}
competitors-practice-at = { $count ->
    [one] Praktyka opisana w { $count } punkcie styku.
   *[many] Praktyka opisana w { $count } punktach styku.
}
competitors-empty = Nie określono konkurencji. Dodaj ją w sekcji { $competitors }, aby porównać propozycję wartości.
competitors-benchmark = Porównanie wartości
competitors-benchmark-intro = Oceny od 0 do 5 dla każdego składnika wartości. Ocena marki { $brand } to średnia jej obecnych punktów styku, które oceniają dany składnik (planowanych punktów styku jeszcze nie ma).
competitors-positioning = Mapa pozycjonowania
competitors-positioning-intro = { $x } (w poziomie) wobec { $y } (w pionie), oceny 0–5.
competitors-positioning-caption = Pozycjonowanie według: { $x } i { $y }; { $brand } – wyróżnione.
competitors-positioning-table = Pozycjonowanie w tabeli
competitors-positioning-none = Żadna marka nie ma ocen obu składników.
competitors-coverage = Obecność w kanałach
competitors-coverage-intro = Z jakich kanałów korzysta każdy konkurent, obok liczby punktów styku marki { $brand } w tym kanale.
competitors-coverage-label = Tabela obecności w kanałach
competitors-coverage-touchpoints = punkty styku
competitors-present = obecny
competitors-absent = nieobecny

## Notes (note.html, notes.html, note bodies)

note-eyebrow = Notatka
note-tags-label = Tagi
note-links-label = Powiązania
note-linked-touchpoints = Powiązane punkty styku
note-linked-kpis = Powiązane KPI
note-linked-competitors = Powiązana konkurencja
note-links-to = Odsyła do
note-no-other-notes = Brak innych notatek.
note-linked-from = Odsyłają tu
note-no-backlinks = Żadna notatka tu nie odsyła.
notes-lede = Badania, warsztaty i decyzje stojące za mapą, pogrupowane według folderów. Notatki odsyłają do punktów styku, KPI i konkurentów, których dotyczą.
notes-general = Ogólne
notes-empty = Brak notatek. Dodaj pliki markdown w folderze { $notes } mapy.
note-footnotes = Przypisy
note-back-to-reference = Wróć do odwołania { $ref }

## Search (search.html, app.js) and the page not found (404.html)

search-lede = Znajdź punkty styku, KPI, persony, konkurentów, etapy, kanały, korzyści i notatki.
search-label = Szukaj na mapie
search-placeholder = np. koszyk, Nina, NPS, dostawa
search-help = Każde słowo musi pasować. Naciśnij { $down } i { $up }, aby przechodzić między wynikami, i { $enter }, aby otworzyć wynik.
search-key-enter = Enter
search-no-js = Wyszukiwanie wymaga JavaScriptu, który jest wyłączony lub nie mógł się wczytać. Przejrzyj zamiast tego { $touchpoints }, { $map } lub { $notes }.
search-no-js-touchpoints = spis punktów styku
search-no-js-map = mapę
search-no-js-notes = notatki
search-loading = Wczytywanie indeksu wyszukiwania…
search-type-to-search = { $count ->
    [one] Wpisz szukane słowa ({ $count } strona).
    [few] Wpisz szukane słowa ({ $count } strony).
   *[many] Wpisz szukane słowa ({ $count } stron).
}
search-no-results = Brak wyników dla „{ $query }”.
search-results = { $count ->
    [one] { $count } wynik dla „{ $query }”.
    [few] { $count } wyniki dla „{ $query }”.
   *[many] { $count } wyników dla „{ $query }”.
}
search-results-first = { $count ->
    [one] { $count } wynik dla „{ $query }”, pokazano pierwsze { $shown }.
    [few] { $count } wyniki dla „{ $query }”, pokazano pierwsze { $shown }.
   *[many] { $count } wyników dla „{ $query }”, pokazano pierwsze { $shown }.
}
search-index-failed = Nie udało się wczytać indeksu wyszukiwania.
search-filter-kind = Pokaż
search-kind-all = Wszystko
search-filter-stage = Etap
search-filter-channel = Kanał
search-all-stages = Wszystkie etapy
search-all-channels = Wszystkie kanały
search-show-more = { $count ->
    [one] Pokaż jeszcze { $count } wynik
    [few] Pokaż jeszcze { $count } wyniki
    [many] Pokaż jeszcze { $count } wyników
   *[other] Pokaż jeszcze { $count } wyniku
}
search-kind-touchpoint = Punkt styku
search-kind-kpi = KPI
search-kind-competitor = Konkurent
search-kind-persona = Persona
search-kind-stage = Etap
search-kind-channel = Kanał
search-kind-benefit = Korzyść
search-kind-note = Notatka
search-meta-latest = ostatnio { $value }
search-meta-stage-position = { $n } z { $total }
not-found-lede = Tej strony nie ma na mapie. Mogła zmienić nazwę lub zostać usunięta, odkąd udostępniono link.
not-found-search = Szukaj na mapie
not-found-home = Przejdź do pulpitu

## Map filters in the browser (app.js)

filter-showing-some = { $total ->
    [one] Widoczne: { $shown } z { $total } punktu styku.
   *[many] Widoczne: { $shown } z { $total } punktów styku.
}
filter-showing-all = { $total ->
    [one] Widoczny jedyny punkt styku.
    [few] Widoczne wszystkie { $total } punkty styku.
   *[many] Widocznych wszystkich { $total } punktów styku.
}

filter-cell-matching = Do filtrów pasuje { $shown } z { $total ->
    [one] { $total } punktu styku
   *[other] { $total } punktów styku
}.
filter-tile-emotion-not-rated = emocje bez oceny
filter-tile-mean-emotion = średnie emocje { $value } ({ $word })
filter-tile-kpis-planned = KPI jeszcze niemierzone (planowany)
filter-tile-worst-kpi = najgorszy status KPI: { $status }
filter-tile-value-not-rated = wartość bez oceny
filter-tile-mean-value = średnia wartość { $score } z 5
filter-curve-hint = Kliknij nazwę, aby pokazać lub ukryć tę personę.
## Live reload while serving (live.js)

live-errors = { $count ->
    [one] touchmap: mapa ma { $count } błąd
    [few] touchmap: mapa ma { $count } błędy
   *[many] touchmap: mapa ma { $count } błędów
}
live-showing-last-good = — widoczna jest ostatnia poprawna wersja tej strony
live-appears-when-fixed = — strona pojawi się po ich poprawieniu
live-folder-gone = touchmap: folder mapy { $folder } zniknął
live-folder-gone-detail = Został usunięty lub przeniesiony. Gdy folder wróci pod tę ścieżkę, touchmap zbuduje z niego stronę, a ta strona się odświeży.

## Charts: titles and descriptions for screen readers (charts.rs)

chart-default-title = Wykres
chart-trend = Trend
chart-no-data = Brak danych
chart-no-data-sentence = Brak danych.
chart-series-as-is = { $who } — stan obecny
chart-series-to-be = { $who } — z planowanymi punktami styku
chart-emotion-desc = Emocje według etapów od -2 (bardzo negatywne) do +2 (bardzo pozytywne); { $points }.
chart-stage-value = { $stage } { $value }
chart-stage-no-touchpoint = { $stage }: brak punktu styku
chart-target = cel { $value }
chart-baseline = punkt wyjścia { $value }
chart-one-value-dated = Jedna wartość: { $value } ({ $date })
chart-values-dated = Wartości: { $count }, od { $first } ({ $firstDate }) do { $last } ({ $lastDate }), najniższa { $min }, najwyższa { $max }
chart-desc-target = ; cel { $value }
chart-desc-baseline = ; punkt wyjścia { $value }
chart-one-value = Jedna wartość: { $value }.
chart-values = Wartości: { $count }, od { $first } do { $last }, najniższa { $min }, najwyższa { $max }.
chart-benchmark-title = Porównanie wartości
chart-profile-title = Profil wartości
chart-positioning-title = Mapa pozycjonowania
chart-not-available = b.d.
chart-scores-desc = Oceny od 0 do 5 dla każdego składnika; { $profiles }.
chart-component-no-data = { $component }: brak danych
chart-highlighted = (wyróżnione)
chart-point = { $label } w punkcie ({ $x }; { $y })
chart-positioning-desc = Mapa pozycjonowania: { $x } na osi poziomej i { $y } na osi pionowej, obie od 0 do 5: { $points }.

chart-target-sentence = Cel: { $value }.
chart-emotion-planned = (planowany)
chart-emotion-steps-desc = Emocje w każdym punkcie styku na ścieżce klienta, od −2 (bardzo negatywne) do +2 (bardzo pozytywne). { $walks }.
chart-emotion-walk = { $who }: { $count ->
    [one] { $count } punkt styku
    [few] { $count } punkty styku
   *[many] { $count } punktów styku
}
chart-emotion-walk-planned = (w tym planowane: { $count })
chart-emotion-walk-lowest = najniżej: { $points }
chart-benefits-kpis = KPI z osiągniętym celem
chart-benefits-emotion = Średnie emocje
chart-benefits-kpis-on-target = cel osiągnięty w { $on } z { $total } KPI
chart-benefits-mean-emotion = średnie emocje { $value }
chart-benefits-emotion-not-rated = emocje bez oceny
chart-benefits-not-scored = bez oceny

## Posters: map.svg and journey-ID.svg (charts/map_poster, charts/journey_poster.rs, views/overview/posters.rs)

poster-journey-no-emotion = W tych punktach styku nie oceniono jeszcze emocji.
poster-journey-no-emotion-desc = Emocje nie zostały jeszcze ocenione.
poster-journey-caption = Jeden punkt na każdy punkt styku, w kolejności ścieżki klienta, od −2 (bardzo negatywne) do +2 (bardzo pozytywne); pierścień oznacza punkt krytyczny.
poster-legend-as-is = stan obecny
poster-legend-to-be = z planowanymi punktami styku (puste znaczniki)
poster-legend-pain = punkt krytyczny
poster-legend-spontaneous = spontaniczny (nie zarządzamy nim)
poster-more = +{ $count } więcej
poster-map-desc = { $subtitle }: { $stages ->
    [one] { $stages } etap
    [few] { $stages } etapy
   *[many] { $stages } etapów
} w poziomie, { $channels ->
    [one] { $channels } kanał
    [few] { $channels } kanały
   *[many] { $channels } kanałów
} w pionie, jedna karta na punkt styku, w kolorach emocji.

## Default stages and value components, when a map declares none (model/resolve.rs)

default-stage-awareness = Świadomość
default-stage-awareness-description = Pierwszy kontakt: klient dowiaduje się, że marka istnieje.
default-stage-consideration = Rozważanie
default-stage-consideration-description = Klient szuka informacji i porównuje oferty.
default-stage-decision = Decyzja
default-stage-decision-description = Klient wybiera i kupuje.
default-stage-post-purchase = Po zakupie
default-stage-post-purchase-description = Dostawa, pierwsze użycie, obsługa i opinie.
default-stage-retention = Lojalność
default-stage-retention-description = Lojalność, ponowny zakup i polecenia.
default-component-price = Cena
default-component-price-description = Ile klient płaci i na ile uczciwa wydaje mu się cena.
default-component-service = Obsługa
default-component-service-description = Pomoc, wygoda i niezawodność wokół produktu.
default-component-personalization = Personalizacja
default-component-personalization-description = Na ile oferta pasuje do tego klienta.
default-component-proximity = Bliskość
default-component-proximity-description = Bycie blisko klienta, fizycznie lub w czasie.

## What changed (changes.html, diff/mod.rs)

changes-eyebrow = Zmiany
changes-since = od { $label }
changes-working-tree = bieżącej kopii roboczej
changes-nothing = Na mapie nic się nie zmieniło od { $label }.
changes-that-revision = tamtej wersji
changes-compared = W porównaniu z { $label }: { $summary }.
changes-earlier-revision = wcześniejszą wersją
changes-summary-none = brak zmian
changes-legend-label = Symbole
changes-legend = Symbole:
changes-mark-added = dodano
changes-mark-removed = usunięto
changes-mark-changed = zmieniono
changes-mark-better = osiągnął cel
changes-mark-worse = spadł poniżej celu
changes-none = Brak zmian.
changes-title-touchpoints = { $change ->
    [added] Dodane punkty styku
    [removed] Usunięte punkty styku
   *[changed] Zmienione punkty styku
}
changes-title-kpis = { $change ->
    [added] Dodane KPI
    [removed] Usunięte KPI
   *[changed] Zmienione KPI
}
changes-title-kpis-crossed = KPI, które przekroczyły próg celu
changes-title-stages = { $change ->
    [added] Dodane etapy
    [removed] Usunięte etapy
   *[changed] Zmienione etapy
}
changes-title-channels = { $change ->
    [added] Dodane kanały
    [removed] Usunięte kanały
   *[changed] Zmienione kanały
}
changes-title-personas = { $change ->
    [added] Dodane persony
    [removed] Usunięte persony
   *[changed] Zmienione persony
}
changes-title-competitors = { $change ->
    [added] Dodani konkurenci
    [removed] Usunięci konkurenci
   *[changed] Zmienieni konkurenci
}
changes-title-benefits = { $change ->
    [added] Dodane korzyści
    [removed] Usunięte korzyści
   *[changed] Zmienione korzyści
}
changes-title-notes = { $change ->
    [added] Dodane notatki
    [removed] Usunięte notatki
   *[changed] Zmienione notatki
}
changes-count-touchpoints = { $change ->
    [added] { $count ->
        [one] { $count } punkt styku dodany
        [few] { $count } punkty styku dodane
       *[many] { $count } punktów styku dodanych
    }
    [removed] { $count ->
        [one] { $count } punkt styku usunięty
        [few] { $count } punkty styku usunięte
       *[many] { $count } punktów styku usuniętych
    }
   *[changed] { $count ->
        [one] { $count } punkt styku zmieniony
        [few] { $count } punkty styku zmienione
       *[many] { $count } punktów styku zmienionych
    }
}
changes-count-kpis = { $change ->
    [added] { $count ->
        [one] { $count } KPI dodany
        [few] { $count } KPI dodane
       *[many] { $count } KPI dodanych
    }
    [removed] { $count ->
        [one] { $count } KPI usunięty
        [few] { $count } KPI usunięte
       *[many] { $count } KPI usuniętych
    }
   *[changed] { $count ->
        [one] { $count } KPI zmieniony
        [few] { $count } KPI zmienione
       *[many] { $count } KPI zmienionych
    }
}
changes-count-kpis-crossed = { $count ->
    [one] { $count } KPI przekroczył próg celu
    [few] { $count } KPI przekroczyły próg celu
   *[many] { $count } KPI przekroczyło próg celu
}
changes-count-stages = { $change ->
    [added] { $count ->
        [one] { $count } etap dodany
        [few] { $count } etapy dodane
       *[many] { $count } etapów dodanych
    }
    [removed] { $count ->
        [one] { $count } etap usunięty
        [few] { $count } etapy usunięte
       *[many] { $count } etapów usuniętych
    }
   *[changed] { $count ->
        [one] { $count } etap zmieniony
        [few] { $count } etapy zmienione
       *[many] { $count } etapów zmienionych
    }
}
changes-count-channels = { $change ->
    [added] { $count ->
        [one] { $count } kanał dodany
        [few] { $count } kanały dodane
       *[many] { $count } kanałów dodanych
    }
    [removed] { $count ->
        [one] { $count } kanał usunięty
        [few] { $count } kanały usunięte
       *[many] { $count } kanałów usuniętych
    }
   *[changed] { $count ->
        [one] { $count } kanał zmieniony
        [few] { $count } kanały zmienione
       *[many] { $count } kanałów zmienionych
    }
}
changes-count-personas = { $change ->
    [added] { $count ->
        [one] { $count } persona dodana
        [few] { $count } persony dodane
       *[many] { $count } person dodanych
    }
    [removed] { $count ->
        [one] { $count } persona usunięta
        [few] { $count } persony usunięte
       *[many] { $count } person usuniętych
    }
   *[changed] { $count ->
        [one] { $count } persona zmieniona
        [few] { $count } persony zmienione
       *[many] { $count } person zmienionych
    }
}
changes-count-competitors = { $change ->
    [added] { $count ->
        [one] { $count } konkurent dodany
        [few] { $count } konkurentów dodanych
       *[many] { $count } konkurentów dodanych
    }
    [removed] { $count ->
        [one] { $count } konkurent usunięty
        [few] { $count } konkurentów usuniętych
       *[many] { $count } konkurentów usuniętych
    }
   *[changed] { $count ->
        [one] { $count } konkurent zmieniony
        [few] { $count } konkurentów zmienionych
       *[many] { $count } konkurentów zmienionych
    }
}
changes-count-benefits = { $change ->
    [added] { $count ->
        [one] { $count } korzyść dodana
        [few] { $count } korzyści dodane
       *[many] { $count } korzyści dodanych
    }
    [removed] { $count ->
        [one] { $count } korzyść usunięta
        [few] { $count } korzyści usunięte
       *[many] { $count } korzyści usuniętych
    }
   *[changed] { $count ->
        [one] { $count } korzyść zmieniona
        [few] { $count } korzyści zmienione
       *[many] { $count } korzyści zmienionych
    }
}
changes-count-notes = { $change ->
    [added] { $count ->
        [one] { $count } notatka dodana
        [few] { $count } notatki dodane
       *[many] { $count } notatek dodanych
    }
    [removed] { $count ->
        [one] { $count } notatka usunięta
        [few] { $count } notatki usunięte
       *[many] { $count } notatek usuniętych
    }
   *[changed] { $count ->
        [one] { $count } notatka zmieniona
        [few] { $count } notatki zmienione
       *[many] { $count } notatek zmienionych
    }
}
changes-at = w polu { $cell }
changes-was-at = był w polu { $cell }
changes-moved = przeniesiono z { $from } do { $to }
changes-renamed = zmieniono nazwę z „{ $from }” na „{ $to }”
changes-emotion = emocje zmienione z { $from } na { $to }
changes-value = wartość { $component } zmieniona z { $from } na { $to }
changes-emotion-for = emocje dla { $persona } zmienione z { $from } na { $to }
changes-opportunity = szansa „{ $text }”: { $changes }
changes-risk = ryzyko „{ $text }”: { $changes }
changes-impact = wpływ zmieniony z { $from } na { $to }
changes-effort = nakład pracy zmieniony z { $from } na { $to }
changes-severity = dotkliwość zmieniona z { $from } na { $to }
changes-likelihood = prawdopodobieństwo zmienione z { $from } na { $to }
changes-not-scored = bez oceny
changes-not-given = nie podano
changes-state = stan zmieniony z { $from } na { $to }
changes-priority = priorytet zmieniony z { $from } na { $to }
changes-also = zmieniono też: { $fields }
changes-status = status zmieniony z „{ $from }” na „{ $to }”
changes-target = cel zmieniony z { $from } na { $to }
changes-latest-was = ostatnio { $value }, wcześniej { $was }
changes-latest = ostatnio { $value }
changes-first-measurement = pierwszy pomiar: { $value }
changes-no-measurements = brak pomiarów (wcześniej { $was })
changes-now = teraz: { $status }
changes-value-in = { $value } ({ $date })
changes-at-least = co najmniej { $value }
changes-at-most = najwyżej { $value }
changes-none-word = brak
changes-not-rated = bez oceny
changes-badge-better = lepiej
changes-badge-worse = gorzej

## Exports: the column headers of touchpoints.csv and kpis.csv (exports.rs)

csv-id = id
csv-name = nazwa
csv-stage = etap
csv-channel = kanał
csv-mode = rodzaj
csv-personas = persony
csv-control = kontrola
csv-priority = priorytet
csv-state = stan
csv-owner = właściciel
csv-emotion = emocje
csv-emotion-label = opis_emocji
csv-value-strength = siła_wartości
csv-kpis = kpi
csv-kpi-status = status_kpi
csv-evidence = podstawa
csv-risks = ryzyka
csv-kind = typ
csv-unit = jednostka
csv-direction = kierunek
csv-baseline = punkt_wyjścia
csv-target = cel
csv-source = źródło
csv-status = status
csv-latest-date = data_ostatniego_pomiaru
csv-latest = ostatni_pomiar
csv-emotion-score-persona = ocena_emocji_{ $persona }
csv-emotion-label-persona = opis_emocji_{ $persona }

## Dates: a measurement's date as the map writes it (2026-12, 2026-12-05), in words

month-1 = sty
month-2 = lut
month-3 = mar
month-4 = kwi
month-5 = maj
month-6 = cze
month-7 = lip
month-8 = sie
month-9 = wrz
month-10 = paź
month-11 = lis
month-12 = gru
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
