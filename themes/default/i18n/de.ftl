# touchmap: die Texte der Website auf Deutsch. Die Variablen sind in en.ftl beschrieben.
# Fachwörter wie im Marketing üblich: der Touchpoint, die Customer Journey; Anrede mit „Sie“.

## Site frame (base.html)

site-skip-to-content = Zum Inhalt springen
site-nav-label = Hauptmenü
site-breadcrumb-label = Brotkrümelnavigation
site-download-map = Karte herunterladen:
site-built-with = Erstellt mit { $generator }

## Navigation and page titles

nav-dashboard = Dashboard
nav-map = Karte
nav-journey = Customer Journey
nav-touchpoints = Touchpoints
nav-value = Wert
nav-kpis = KPIs
nav-competitors = Wettbewerber
nav-benefits = Vorteile
nav-insights = Erkenntnisse
nav-notes = Notizen
nav-search = Suche
nav-changes = Änderungen

title-map = Touchpoint-Karte
title-journey = Customer Journey
title-value = Wertversprechen
title-insights = Erkenntnisse
title-benefits = Vorteile
title-search = Suche
title-touchpoints = Touchpoints
title-stages = Phasen
title-channels = Kanäle
title-personas = Personas
title-kpis = KPIs
title-competitors = Wettbewerber
title-notes = Notizen
title-not-found = Seite nicht gefunden
title-changes = Änderungen seit { $since }
nav-personas = Personas
title-list-page = { $title }, Seite { $n }

## Words shared by many pages

mode-analog = analog
mode-digital = digital
control-managed = gesteuert
control-spontaneous = spontan
priority-key = zentral
priority-supporting = unterstützend
state-current = aktuell
state-planned = geplant
evidence-assumed = angenommen
evidence-partial = teilweise belegt
evidence-researched = durch Forschung belegt
kpi-kind-quantitative = quantitativ
kpi-kind-qualitative = qualitativ
severity-low = niedrig
severity-medium = mittel
severity-high = hoch
kpi-source-crm = CRM
kpi-source-profiling = Profiling
kpi-source-marketing-automation = Marketing-Automation
kpi-source-analytics = Webanalyse
kpi-source-survey = Umfrage
kpi-source-manual = manuelle Erfassung
kpi-direction-down = niedriger ist besser
kpi-direction-up = höher ist besser

emotion-very-positive = sehr positiv
emotion-positive = positiv
emotion-neutral = neutral
emotion-negative = negativ
emotion-very-negative = sehr negativ
emotion-not-rated = nicht bewertet

kpi-status-on-target = Ziel erreicht
kpi-status-off-target = Ziel verfehlt
kpi-status-no-data = keine Daten
kpi-status-no-target = kein Zielwert
kpi-status-not-scored = nicht bewertet (qualitativ)
kpi-status-none = keine KPI
kpi-status-planned = geplant

value-strength = { $score } von 5
value-not-rated = nicht bewertet
score-of-5 = { $score }/5
percent = { $value } %
count-of = { $part } von { $whole }

common-none = keine
common-none-sentence = Keine.
common-none-listed = Keine angegeben.
common-none-recorded = Nichts erfasst.
common-not-rated = nicht bewertet
common-not-described = nicht beschrieben
common-no-owner = ohne Zuständigkeit
common-overloaded = überladen
common-no-touchpoints = keine Touchpoints
common-key-touchpoint = Zentraler Touchpoint
common-us = wir
common-us-brand = Unsere Marke

count-touchpoints = { $count ->
    [one] { $count } Touchpoint
   *[other] { $count } Touchpoints
}
count-touchpoints-of = { $shown } von { $total ->
    [one] { $total } Touchpoint
   *[other] { $total } Touchpoints
}
count-personas = { $count ->
    [one] { $count } Persona
   *[other] { $count } Personas
}
count-competitors = { $count } Wettbewerber
count-kpis = { $count ->
    [one] { $count } KPI
   *[other] { $count } KPIs
}
count-notes = { $count ->
    [one] { $count } Notiz
   *[other] { $count } Notizen
}
count-channels = { $count ->
    [one] { $count } Kanal
   *[other] { $count } Kanäle
}
count-risks = { $count ->
    [one] { $count } Risiko
   *[other] { $count } Risiken
}
count-warnings = { $count ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}
pager-previous = Zurück
pager-next = Weiter
list-left = { $count } weitere { $what } stehen nicht auf dieser Seite, damit sie schlank bleibt; { $where }.
poster-svg-note = (SVG, für Folien und Poster)
list-pager-label = Seiten der Liste
list-pager-label-end = Seiten der Liste, am Ende

## Table headers

th-kpi = KPI
th-status = Status
th-latest = Letzter Wert
th-target = Zielwert
th-baseline = Ausgangswert
th-trend = Verlauf
th-owner = Verantwortlich
th-owner-source = Verantwortlich · Quelle
th-touchpoint = Touchpoint
th-touchpoints = Touchpoints
th-stage = Phase
th-channel = Kanal
th-mode = Art
th-description = Beschreibung
th-emotion = Emotion
th-kpi-status = KPI-Status
th-value = Wert
th-evidence = Beleglage
th-strength = Stärke
th-key = Zentral
th-analog = Analog
th-digital = Digital
th-mean-emotion = Mittlere Emotion (Ist)
th-load = Auslastung
th-severity = Schweregrad
th-risk = Risiko
th-opportunity = Chance
th-brand = Marke
th-component = Komponente
th-date = Datum
th-lane = Ebene
th-as-is = Ist
th-with-planned = Mit geplanten

## Touchpoint cards (partials/ui.html)

card-key = zentral
card-planned = geplant
card-spontaneous = spontan
card-value-title = Mittlerer Wert-Score
card-value-prefix = Wert:
card-value-not-rated = Wert nicht bewertet
card-value-score = Wert { $score }/5
card-owner = Verantwortlich: { $owner }
card-spontaneous-title = Spontan: nicht von uns gesteuert
card-emotion-aside = (Emotion: { $word })
card-emotion-title = Emotion: { $word }
card-kpis-not-measured = KPIs: noch nicht gemessen
card-kpi-status = KPI: { $status }
weight-severity = Schweregrad { $n }/3
weight-importance = Wichtigkeit { $n }/3
notes-panel-heading = Notizen
notes-panel-empty = Hierzu ist noch keine Notiz verknüpft.
tile-emotion-not-rated = Emotion nicht bewertet
tile-mean-emotion = mittlere Emotion { $mean } ({ $word })
tile-kpis-planned = KPIs noch nicht gemessen (geplant)
tile-worst-kpi = schlechtester KPI-Status: { $status }
tile-mean-value = mittlerer Wert { $score } von 5
rollup-not-scored = { $count } nicht bewertet
rollup-emotion = { $count ->
    [one] Mittlere Emotion { $emotion } ({ $word }), über { $count } aktuellen Touchpoint
   *[other] Mittlere Emotion { $emotion } ({ $word }), über { $count } aktuelle Touchpoints
}
rollup-emotion-not-rated = Emotion an den aktuellen Touchpoints nicht bewertet
rollup-legend-kpis = KPIs:
rollup-legend-rest = kein Ziel oder nicht bewertet
vpc-our-offer = Unser Angebot
vpc-pains-relieved = { $met } von { $count ->
    [one] { $count } Pain gelindert
   *[other] { $count } Pains gelindert
}
vpc-gains-created = { $met } von { $count ->
    [one] { $count } Gain geschaffen
   *[other] { $count } Gains geschaffen
}
vpc-square-label = Das Quadrat: Wertversprechen
vpc-square-label-for = Das Quadrat: Wertversprechen für { $name }
vpc-fits = passt zu
vpc-circle-label = Der Kreis: Kundenprofil von { $name }
vpc-customer-profile = Kundenprofil
vpc-customer-jobs = Kundenaufgaben
vpc-creates = schafft
vpc-relieves = lindert
vpc-created-by = geschaffen durch
vpc-relieved-by = gelindert durch
vpc-not-addressed = nicht adressiert

## Dashboard (index.html)

dashboard-key-figures = Kennzahlen
dashboard-touchpoints = Touchpoints
dashboard-touchpoints-key = { $count } zentral
dashboard-touchpoints-planned = { $count } geplant
dashboard-analog-digital = Analog / digital
dashboard-analog-count = { $count } analog
dashboard-digital-count = { $count } digital
dashboard-kpis-on-target = KPIs im Ziel
dashboard-kpis-off-target = { $count } verfehlt
dashboard-kpis-no-data = { $count } ohne Daten
dashboard-kpis-no-target = { $count } ohne Zielwert
dashboard-kpis-not-scored = { $count } nicht bewertet (qualitativ)
dashboard-high-risks = Hohe Risiken
dashboard-high-risks-some = Risiken mit hohem Schweregrad, die zu entschärfen sind
dashboard-high-risks-none = Kein Risiko mit hohem Schweregrad
dashboard-empty-cells = Leere Felder
dashboard-empty-cells-of = von { $count }
dashboard-empty-cells-detail = Felder aus Phase × Kanal ohne Touchpoint
dashboard-also-on-map = Außerdem auf dieser Karte
dashboard-kpi-status = KPI-Status
dashboard-all-kpis = Alle KPIs
dashboard-kpi-table-label = Tabelle zum KPI-Status
dashboard-no-kpis = Diese Karte definiert noch keine KPIs.
dashboard-weakest = Schwächste Touchpoints
dashboard-all-weak = Alle schwachen Touchpoints
dashboard-weakest-intro = Gereiht nach Emotion, vermitteltem Wert und verfehlten KPI-Zielen.
dashboard-weakest-none = Keine schwachen Touchpoints: Jeder Touchpoint erreicht mindestens einen neutralen Wert.
dashboard-open-risks = Offene Risiken
dashboard-risk-register = Risikoregister
dashboard-risks-none = Es sind keine Risiken erfasst.
dashboard-by-stage = Nach Phase
dashboard-open-map = Karte öffnen
dashboard-by-stage-label = Touchpoints nach Phase, Tabelle
dashboard-within-limit = innerhalb des Limits
dashboard-emotion-note = Mittlere Emotion der aktuellen Touchpoints, von −2 (sehr negativ) bis +2 (sehr positiv); geplante Touchpoints zählen in den Summen mit, aber nicht bei der Emotion.
dashboard-findings = Befunde von { $command }
finding-error = Fehler
finding-warning = Warnung
dashboard-finding-hint = Hinweis: { $hint }
dashboard-findings-none = Keine Befunde: { $command } meldet für diese Karte keine Warnungen.
dashboard-channels-detail = Touchpoints in analogen und in digitalen Kanälen
dashboard-kpis-attention = Die { $shown } von { $count } KPIs, die am meisten Aufmerksamkeit brauchen: zuerst die unter Ziel, dann die ohne Daten.
dashboard-all-n-kpis = Alle { $count } KPIs
dashboard-all-benefits = Alle Nutzen
dashboard-benefit-emotion = mittlere Emotion { $emotion }
dashboard-health = Zustand der Map
dashboard-health-intro = Was der Map selbst noch fehlt oder was sie meldet, für alle, die sie pflegen.
dashboard-health-details = Details für die Redaktion der Map: { $count ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
} von { $command }, mit Datei und Zeile
dashboard-health-good = Nichts zu beheben: Jeder Schlüssel-Touchpoint hat einen KPI und eine verantwortliche Person, jeder Pain einen Pain Reliever, und kein Risiko ist hoch.
health-high-risk = { $count ->
    [one] { $count } Risiko hat einen hohen Schweregrad
   *[other] { $count } Risiken haben einen hohen Schweregrad
}
health-unaddressed-pain = { $count ->
    [one] { $count } Kunden-Pain hat keinen Pain Reliever
   *[other] { $count } Kunden-Pains haben keinen Pain Reliever
}
health-key-without-kpi = { $count ->
    [one] { $count } Schlüssel-Touchpoint hat keinen KPI
   *[other] { $count } Schlüssel-Touchpoints haben keinen KPI
}
health-key-without-owner = { $count ->
    [one] { $count } Schlüssel-Touchpoint hat keine verantwortliche Person
   *[other] { $count } Schlüssel-Touchpoints haben keine verantwortliche Person
}
health-brand-conflict = { $count ->
    [one] { $count } Touchpoint widerspricht einem Markenwert
   *[other] { $count }-mal widerspricht ein Touchpoint einem Markenwert
}
health-overloaded-stage = { $count ->
    [one] { $count } Phase hat mehr Touchpoints, als die Map erlaubt
   *[other] { $count } Phasen haben mehr Touchpoints, als die Map erlaubt
}
health-emotion-for-unserved-persona = { $count ->
    [one] { $count } Emotion ist für eine Persona angegeben, die der Touchpoint nicht bedient
   *[other] { $count } Emotionen sind für Personas angegeben, die ihre Touchpoints nicht bedienen
}
health-unused-channel = { $count ->
    [one] { $count } Kanal hat keinen Touchpoint
   *[other] { $count } Kanäle haben keinen Touchpoint
}
health-unused-competitor = { $count ->
    [one] { $count } Wettbewerber kommt an keinem Touchpoint vor
   *[other] { $count } Wettbewerber kommen an keinem Touchpoint vor
}
health-broken-link = { $count ->
    [one] { $count } Link in den Notizen führt ins Leere
   *[other] { $count } Links in den Notizen führen ins Leere
}
health-missing-alt = { $count ->
    [one] { $count } Bild hat keinen Text für alle, die es nicht sehen können
   *[other] { $count } Bilder haben keinen Text für alle, die sie nicht sehen können
}
health-other = { $count ->
    [one] { $count } weiterer Punkt in den Dateien der Map zum Ansehen
   *[other] { $count } weitere Punkte in den Dateien der Map zum Ansehen
}

## Map (map.html, partials/map_grid.html)

map-lede-counts = { $touchpoints ->
    [one] { $touchpoints } Touchpoint
   *[other] { $touchpoints } Touchpoints
} in { $stages ->
    [one] { $stages } Phase
   *[other] { $stages } Phasen
} und { $channels ->
    [one] { $channels } Kanal
   *[other] { $channels } Kanälen
}.
map-lede-explain-brand = Jede Spalte ist eine Phase im Kundenlebenszyklus, jede Zeile ein Kanal; ein Feld zeigt die Touchpoints, an denen Kundinnen und Kunden in diesem Moment auf { $brand } treffen.
map-lede-explain-us = Jede Spalte ist eine Phase im Kundenlebenszyklus, jede Zeile ein Kanal; ein Feld zeigt die Touchpoints, an denen Kundinnen und Kunden in diesem Moment auf uns treffen.
map-colour-by = Karten einfärben nach
map-colour-emotion = Emotion
map-colour-kpi = KPI-Status
map-colour-value = Wertstärke
map-filters-label = Touchpoints filtern
map-filters-title = Filter
map-filter-persona = Persona
map-filter-all-personas = Alle Personas
map-filter-mode = Kanalart
map-filter-mode-all = Analog und digital
map-filter-mode-analog = Nur analog
map-filter-mode-digital = Nur digital
map-filter-control = Steuerung
map-filter-control-all = Gesteuert und spontan
map-filter-control-managed = Nur gesteuert
map-filter-control-spontaneous = Nur spontan
map-filter-state = Stand
map-filter-state-all = Aktuell und geplant
map-filter-state-current = Aktuell (Ist)
map-filter-state-planned = Geplant (Soll)
map-filter-key-only = Nur zentrale Touchpoints
map-filter-reset = Alle anzeigen
map-legend-emotion-label = Farben der Emotionen
map-legend-emotion = Emotion:
map-legend-kpi-label = Farben des KPI-Status
map-legend-kpi = KPI-Status:
map-legend-planned-not-measured = geplant (noch nicht gemessen)
map-legend-value-label = Farben der Wertstärke
map-legend-value = Wertstärke (mittlerer Score):
map-legend-score-on-card = der Score auf jeder Karte
map-legend-symbols-label = Symbole
map-legend-symbols = Symbole:
map-legend-planned-dashed = geplant (gestrichelter Rahmen)
map-legend-mode-rows = Zeilen { $analog } { $digital }
map-no-channels = Diese Karte hat noch keine Kanäle, daher hat das Raster keine Zeilen. Ergänzen Sie { $channels } (zum Beispiel Website, E-Mail, Filiale, Telefon) und { $touchpoints } in einer YAML-Datei der Karte.
map-no-touchpoints = Diese Karte hat noch keine Touchpoints. Legen Sie sie unter { $touchpoints } an, jeweils mit { $stage } und { $channel }.
map-grid-caption = Touchpoints nach Phase im Lebenszyklus (Spalten) und Kanal (Zeilen)
map-grid-label = Touchpoint-Karte: Phasen waagerecht, Kanäle senkrecht (scrollbar)
map-scroll-hint = Auf schmalen Bildschirmen scrollt die Karte in ihrem Rahmen seitwärts; die Kanalspalte und die Phasenzeile bleiben stehen. Jeder Touchpoint führt zu seiner Seite.
grid-corner-stage = Phase
grid-corner-channel = Kanal
grid-stage-step = Phase { $n }
grid-group-analog = analoge Kanäle
grid-group-digital = digitale Kanäle
grid-no-matching = keine passenden Touchpoints
grid-empty-cell = leer
map-view-show = Anzeigen
map-view-overview = Überblick
map-view-cards = Alle Karten
map-poster-download = Map als Bild herunterladen
map-overview-hint = Jede Kachel zählt die Touchpoints ihrer Zelle und ist wie die Karten eingefärbt; öffnen Sie eine Kachel, um sie zu sehen.
map-cell-dialog-title = Touchpoints einer Zelle
map-cell-dialog-close = Schließen
map-cell-dialog-page = Diese Zelle auf einer eigenen Seite
map-cell-dialog-first = { $shown ->
    [one] Einer davon steht unten; die Seite der Zelle zeigt alle.
   *[other] { $shown } davon stehen unten; die Seite der Zelle zeigt alle.
}
grid-more = { $number } weitere
grid-more-at = bei { $where }
poster-map-subtitle = { $touchpoints ->
    [one] { $touchpoints } Touchpoint
   *[other] { $touchpoints } Touchpoints
} in { $stages ->
    [one] { $stages } Phase
   *[other] { $stages } Phasen
} und { $channels ->
    [one] { $channels } Kanal
   *[other] { $channels } Kanälen
} · Karten nach Emotion eingefärbt
poster-map-capped = Eine Zelle mit mehr als { $limit } Touchpoints zeigt { $shown } davon (zuerst die wichtigsten, dann die schwächsten) und wie viele es noch sind; die Website listet alle.
poster-drawn-by = Gezeichnet von touchmap { $version } aus den Dateien der Map.

## Journey (journey.html, partials/journey.html)

journey-lede = { $stages ->
    [one] Wie sich jede Persona an jedem Touchpoint der { $stages } Phase fühlt und was ihr dort begegnet: das Produkt, die Interaktion, die Kommunikation, was sie denkt, ihre Pains und unsere Chancen.
   *[other] Wie sich jede Persona an jedem Touchpoint entlang der { $stages } Phasen fühlt und was ihr dort begegnet: das Produkt, die Interaktion, die Kommunikation, was sie denkt, ihre Pains und unsere Chancen.
}
journey-personas-label = Personas auf dieser Seite
journey-jump-to = Springen zu
journey-persona-profile = Persona-Profil
journey-all-customers = Alle Kundinnen und Kunden
journey-curve-caption = Ein Punkt je Touchpoint, in der Reihenfolge der Journey, von −2 (sehr negativ) bis +2 (sehr positiv); ein Punkt verlinkt auf seinen Touchpoint, ein Ring markiert einen Pain-Moment, an dem sich eine Persona am schlechtesten fühlt.
journey-curve-caption-markers = Ein Punkt je Touchpoint, in der Reihenfolge der Journey, von −2 (sehr negativ) bis +2 (sehr positiv); ein Ring markiert einen Pain-Moment, an dem sich eine Persona am schlechtesten fühlt, und verlinkt auf seinen Touchpoint. Das Diagramm hat zu viele Punkte, um jeden zu verlinken: Die Bahnen darunter führen zu jedem Touchpoint.
journey-legend-as-is = Ist (aktuelle Touchpoints)
journey-legend-to-be = mit geplanten Touchpoints (Soll), hohl gezeichnet
journey-table-summary = Mittlere Emotion je Phase, als Tabelle
journey-table-label = Mittlere Emotion je Phase
journey-no-rating = keine Bewertung
journey-lanes-heading = Was { $who } in jeder Phase begegnet
journey-lane-touchpoints = Touchpoints
journey-lane-product = Produkt
journey-lane-interaction = Interaktion
journey-lane-communication = Kommunikation
journey-lane-perception = Wahrnehmung
journey-lane-pains = Pain Points
journey-lane-opportunities = Chancen
journey-planned-mark = geplant
journey-lane-none = keine
journey-curve-title = Emotion entlang der Customer Journey
journey-curve-title-of = Emotion entlang der Customer Journey: { $who }
journey-lanes-of = Bahnen von
journey-curve-scroll = Das Diagramm ist breiter als die Seite: seitlich scrollen.
journey-poster-download = Diese Kurve als Bild herunterladen
journey-posters-download = Kurve einer Persona als Bild herunterladen:
journey-feels-worst-at = { $name } fühlt sich am schlechtesten bei
journey-lanes-folded = { $count ->
    [one] { $count } Touchpoint: Jede Phase ist eingeklappt, öffnen Sie eine, um ihre Karten zu sehen.
   *[other] { $count } Touchpoints: Jede Phase ist eingeklappt, öffnen Sie eine, um ihre Karten zu sehen.
}
journey-lanes-summarised = { $count ->
    [one] { $count } Touchpoint: Jede Phase ist eingeklappt, öffnen Sie eine, um ihre Karten zu sehen.
   *[other] { $count } Touchpoints: Eine Phase mit vielen zeigt ihre tiefsten Punkte und führt zu einer Seite mit allen; die anderen sind eingeklappt, öffnen Sie eine, um ihre Karten zu sehen.
}
journey-lane-stage-link = Die Phase { $stage }
journey-lane-no-touchpoint = Hier kein Touchpoint.
journey-lane-eyebrow = Bahn der Journey
journey-lane-title = { $stage }: was { $who } begegnet
journey-lane-lede = { $count ->
    [one] Der Touchpoint, dem { $who } in der Phase { $stage } begegnet, gefärbt danach, wie { $who } sich dort fühlt.
   *[other] Die { $count } Touchpoints, denen { $who } in der Phase { $stage } begegnet, in der Reihenfolge der Journey, jeder gefärbt danach, wie { $who } sich dort fühlt.
}
journey-lane-mean = Mittlere Emotion (Ist): { $mean } ({ $word }).
journey-lane-lowest = { $count ->
    [one] Der tiefste Punkt:
   *[other] Die { $count } tiefsten Punkte:
}
journey-lane-all = { $count ->
    [one] Der eine Touchpoint von { $stage }
   *[other] Alle { $count } Touchpoints von { $stage }
}
journey-lane-back = Zurück zur Journey

## Touchpoint page (touchpoint.html)

touchpoint-eyebrow = Touchpoint
touchpoint-classification = Einordnung
touchpoint-key = zentraler Touchpoint
touchpoint-planned = geplant (Soll)
touchpoint-current = aktuell (Ist)
touchpoint-evidence = Beleglage: { $evidence }
touchpoint-about = Beschreibung
touchpoint-experience = Kundenerlebnis
touchpoint-emotion = Emotion: { $word }
touchpoint-emotion-scale = ({ $score } auf einer Skala von −2 bis +2)
touchpoint-perception = Wahrnehmung:
touchpoint-value = Vermittelter Wert
touchpoint-value-mean = Mittel: { $label }
touchpoint-no-components = Die Karte definiert keine Wertkomponenten.
touchpoint-pains = Pain Points
touchpoint-no-pains = Keine Pain Points erfasst.
touchpoint-opportunities = Chancen
touchpoint-no-opportunities = Keine Chancen erfasst.
touchpoint-risks = Risiken
touchpoint-risk-likelihood = Wahrscheinlichkeit: { $level }
touchpoint-opportunity-impact = Nutzen { $score }
touchpoint-opportunity-effort = Aufwand { $score }
touchpoint-opportunity-owner = verantwortlich: { $owner }
touchpoint-no-risks = Keine Risiken erfasst.
touchpoint-brand-values = Markenwerte
touchpoint-aligned = Im Einklang mit
touchpoint-none-stated = Keine angegeben.
touchpoint-in-conflict = Im Widerspruch zu
touchpoint-no-conflicts = Keine Widersprüche.
touchpoint-competitors = Wettbewerber hier
touchpoint-their-practice = Ihr Vorgehen
touchpoint-not-described = Nicht beschrieben.
touchpoint-how-we-differ = Wie wir uns abheben
touchpoint-no-competitors = Für diesen Touchpoint ist kein Vorgehen von Wettbewerbern erfasst.
touchpoint-kpis = KPIs
touchpoint-kpis-planned = Dieser Touchpoint ist geplant: Diese KPIs messen ihn, sobald es ihn gibt; die Zahlen unten sind noch nicht seine eigenen.
touchpoint-no-kpis = Noch keine KPI misst diesen Touchpoint.
touchpoint-kpi-over-time = { $name } im Zeitverlauf
touchpoint-all-measurements = Alle Messungen
touchpoint-facts = Eckdaten
fact-stage = Phase
fact-channel = Kanal
fact-control = Steuerung
fact-priority = Priorität
fact-state = Stand
fact-owner = Verantwortlich
fact-evidence = Beleglage
fact-personas = Personas
fact-emotion = Emotion
fact-kpi-status = KPI-Status
fact-strength = Stärke
touchpoint-key-without-owner = zentral, ohne Zuständigkeit
touchpoint-all-personas = Alle Personas
touchpoint-weak = schwach
touchpoint-fine = gut
touchpoint-pager-label = Entlang der Customer Journey
touchpoint-previous = Vorheriger Touchpoint
touchpoint-next = Nächster Touchpoint
touchpoint-emotion-by-persona = Emotion je Persona
touchpoint-emotion-personas-mean = Mittel der Personas

## KPI figures and charts (touchpoint.html, kpi.html)

kpi-latest = Letzter Wert
kpi-target = Zielwert
kpi-baseline = Ausgangswert
kpi-direction = Richtung
kpi-no-data = keine Daten
kpi-chart-target-line = gestrichelte Linie: Zielwert { $target }
kpi-chart-baseline-line = gepunktete Linie: Ausgangswert { $baseline }

## Touchpoints index (touchpoints.html)

touchpoints-lede = { $count ->
    [one] Der eine Touchpoint, in der Reihenfolge der Customer Journey.
   *[other] Alle { $count } Touchpoints in der Reihenfolge der Customer Journey, Phase für Phase.
}
touchpoints-see-on-map = Auf der Karte ansehen
touchpoints-empty = Diese Karte hat noch keine Touchpoints. Legen Sie welche unter { $touchpoints } in einer YAML-Datei der Karte an.
touchpoints-stage-page = Seite der Phase
touchpoints-table-label = Touchpoints in der Phase { $stage }, Tabelle
touchpoints-lede-page = Touchpoints { $first }–{ $last } von { $total } in der Reihenfolge der Customer Journey, Phase für Phase.

## KPI page and index (kpi.html, kpis.html)

kpi-eyebrow = KPI
kpi-over-time = Im Zeitverlauf
kpi-chart-per-measurement = { $name } je Messung
kpi-chart-table-below = Die Tabelle unten listet alle Werte auf.
kpi-no-measurements = Noch keine Messungen.
kpi-source-sentence = Quelle: { $source }.
kpi-text-values = Diese KPI hat Textwerte, daher gibt es kein Diagramm.
kpi-measurements-summary = Messungen ({ $count }), neueste zuerst
kpi-measurements-label = Messungen von { $name }
kpi-measured-at = Gemessen an
kpi-no-touchpoints = Kein Touchpoint führt diese KPI.
kpi-benefits = Belegte Vorteile
kpi-no-benefits = Kein Vorteil verweist auf diese KPI.
kpi-figures = Zahlen
kpi-status = Status
kpi-change = Veränderung
kpi-percentage-points = Prozentpunkte
kpi-since-baseline = seit dem Ausgangswert
kpi-unit = Einheit
kpi-source = Quelle
kpi-owner = Verantwortlich
kpi-not-stated = nicht angegeben
kpi-series = Reihe: { $series }
kpi-no-measurement = keine Messung
kpi-source-of = Quelle: { $source }
kpis-lede = Der Status ergibt sich aus der letzten Messung, dem Zielwert und der Richtung jeder KPI.
kpis-on-target = Ziel erreicht
kpis-off-target = Ziel verfehlt
kpis-no-data = Keine Daten
kpis-no-target = Kein Zielwert
kpis-not-scored = Nicht bewertet (qualitativ)
kpis-table-label = Tabelle zum KPI-Status
kpis-lede-page = KPIs { $first }–{ $last } von { $total }.
kpi-card-combined-status = { $status } ({ $count } KPIs)
kpi-card-this-one = dieser: { $status }
kpi-card-other = { $name }: { $status }
kpi-card-combined-note = Sein Status fasst seine { $count } KPIs zusammen, der schlechteste zählt: { $each }.

## Value proposition (value.html, partials/benchmark.html)

value-lede = Was wir bieten gegenüber dem, was jede Persona braucht, und wie stark jede Wertkomponente in jeder Phase vermittelt wird.
value-matrix = Komponenten × Phasen
value-matrix-label = Tabelle der Wertmatrix
value-matrix-caption = Mittlerer Wert-Score je Komponente und Phase; ◆ markiert eine hervorgehobene Phase, „Lücke“ eine hervorgehobene Phase mit einem Wert unter { $threshold }
value-emphasised-prefix = hervorgehoben:
value-not-conveyed = nicht vermittelt
value-gap = Lücke
value-legend = Legende:
value-legend-mean = mittlerer Score
value-legend-emphasised = in dieser Phase hervorgehoben (umrahmt)
value-legend-gap = hervorgehoben, aber unter { $threshold }
value-none-defined = Es sind keine Wertkomponenten oder Phasen definiert.
value-where-conveyed = Wo jede Komponente vermittelt wird
value-where-intro = Touchpoints mit 4 oder 5 Punkten bei der Komponente.
value-emphasised-at = Hervorgehoben in:
value-not-conveyed-strongly = Kein Touchpoint vermittelt { $component } stark (4 oder mehr).
value-canvas = Value-Proposition-Canvas
value-products = Produkte & Dienstleistungen
value-relievers = Problemlöser
value-relieves = löst: { $text }
value-creators = Gewinnerzeuger
value-creates = schafft: { $text }
benchmark-caption = Wert-Scores (0–5) nach Marke und Komponente
benchmark-us-mark = (wir)
benchmark-bars-caption = Scores je Komponente als Balken; der erste Balken jeder Gruppe sind wir.
benchmark-radar-caption = Wertprofil als Netzdiagramm: je weiter außen, desto stärker.
value-canvas-intro = Für jede Persona: was wir bieten (das Quadrat) gegenüber dem, was die Kundschaft braucht (der Kreis). Eine Markierung zeigt, wo ein Pain Reliever einen Pain oder ein Gain Creator einen Gain adressiert; ein Bedürfnis ohne Antwort sagt es.
value-canvas-intro-no-personas = Was wir bieten. Fügen Sie Personas mit ihren Aufgaben, Pains und Gains hinzu, um die Kundenseite gegenüber zu sehen.
value-matrix-intro = Der mittlere Wert (0–5) der aktuellen Touchpoints der Phase, die die Komponente bewerten (geplante zählen erst, wenn es sie gibt). Betonte Zellen sind die, in denen das Wertversprechen die Komponente hervorheben will.
value-conveyed-more = { $count ->
    [one] Und { $count } weiterer mit 4 oder 5 bei { $component }; die Liste der Touchpoints nennt den Wert jedes einzelnen.
   *[other] Und { $count } weitere mit 4 oder 5 bei { $component }; die Liste der Touchpoints nennt den Wert jedes einzelnen.
}

## Insights (insights.html)

insights-lede = Lücken und Prioritäten aus der Karte: wo Touchpoints fehlen, schwach oder gefährdet sind, und was als Nächstes zu tun ist.
insights-on-this-page = Auf dieser Seite
insights-empty-cells = Leere Felder
insights-weakest = Schwächste Touchpoints
insights-kpis = KPIs, die ihr Ziel verfehlen oder keine Daten haben
insights-risks = Risikoregister
insights-opportunities = Chancen-Backlog
insights-overloaded = Überladene Phasen
insights-balance = Verhältnis analog / digital
insights-unused-channels = Ungenutzte Kanäle
insights-pains = Ungelöste Probleme
insights-conflicts = Widersprüche zur Marke
insights-planned = Geplante Touchpoints
insights-empty-cells-intro = Kombinationen aus Phase und Kanal ohne Touchpoint. Nicht jedes Feld braucht einen; prüfen Sie die, in denen Kundinnen und Kunden Sie erwarten.
insights-empty-cells-none = Jedes Feld der Karte hat mindestens einen Touchpoint.
insights-weakest-intro = Stärke = Emotions-Score + Abstand des mittleren Werts von der Mitte (−1 bis +1) − 1 je KPI, die ihr Ziel verfehlt. Unter null gilt als schwach. Geplante Touchpoints werden nicht gereiht: Es gibt sie noch nicht.
insights-weakest-label = Tabelle der schwächsten Touchpoints
insights-weakest-none = Keine schwachen Touchpoints.
insights-kpis-label = KPIs, die ihr Ziel verfehlen oder keine Daten haben, Tabelle
insights-kpis-none = Jede KPI mit Zielwert erreicht ihr Ziel.
insights-risks-intro = Situationen, die Kundinnen und Kunden abschrecken könnten, die schwersten zuerst, dann die wahrscheinlichsten.
insights-risks-label = Tabelle des Risikoregisters
insights-risks-none = Es sind keine Risiken erfasst.
insights-opportunities-intro = Jede Chance, die bei einem Touchpoint notiert ist, nach Priorität: hoher Nutzen zuerst, dann geringer Aufwand zuerst, dann die Reihenfolge der Customer Journey; umgesetzte zuletzt.
insights-opportunities-label = Tabelle des Chancen-Backlogs
insights-opportunities-none = Es sind keine Chancen erfasst.
insights-overloaded-figures = { $count ->
    [one] { $count } Touchpoint, Limit { $limit }
   *[other] { $count } Touchpoints, Limit { $limit }
}
insights-overloaded-none = Keine Phase hat mehr Touchpoints als erlaubt.
insights-overloaded-none-limit = Keine Phase hat mehr als { $limit } Touchpoints.
insights-unused-none = Jeder Kanal hat mindestens einen Touchpoint.
insights-balance-intro = Insgesamt { $analog ->
    [one] { $analog } analoger
   *[other] { $analog } analoge
} und { $digital ->
    [one] { $digital } digitaler Touchpoint.
   *[other] { $digital } digitale Touchpoints.
}
insights-balance-analog = { $count } analog ({ $percent } %)
insights-balance-digital = { $count } digital ({ $percent } %)
insights-pains-intro = Probleme der Personas, die kein Problemlöser des Wertversprechens adressiert.
insights-pains-none = Für jedes Problem gibt es mindestens einen Problemlöser.
insights-conflicts-with = widerspricht { $value }
insights-conflicts-none = Kein Touchpoint widerspricht einem Markenwert.
insights-planned-intro = Die Soll-Journey: Touchpoints, die es noch nicht gibt.
insights-planned-none = Keine geplanten Touchpoints.
insights-toc-scored = { $scored } von { $total } bewertet
insights-toc-balance = { $analog } analog, { $digital } digital
insights-matrix = Chancen-Matrix
insights-matrix-intro = Jede Chance mit Nutzen und Aufwand (1 bis 5; 3 gilt als hoch), nach diesen beiden Werten eingeordnet. Beginnen Sie oben links, bei den Quick Wins. Jeder Punkt verlinkt auf seinen Touchpoint.
insights-matrix-none-scored = Noch keine Chance hat sowohl einen Nutzen als auch einen Aufwand. Geben Sie einer Chance { $impact } und { $effort } (1 bis 5), um sie hier einzuordnen.
insights-matrix-quarters-label = Chancen je Quadrant
insights-matrix-status-label = Symbole je Status
insights-matrix-status = Status:
insights-quick-wins = Quick Wins
insights-big-bets = Große Projekte
insights-fill-ins = Lückenfüller
insights-money-pits = Fässer ohne Boden
insights-not-scored = Nicht bewertet
insights-not-scored-intro = Solange Nutzen oder Aufwand fehlt, hat eine Chance keinen Platz in der Matrix.
insights-not-scored-none = Jede Chance ist bewertet.
insights-not-scored-more = { $count } weitere nicht bewertet
opportunity-status-idea = Idee
opportunity-status-planned = geplant
opportunity-status-in-progress = in Umsetzung
opportunity-status-done = umgesetzt
insights-backlog-filter-label = Chancen-Backlog filtern
insights-filter-status = Status
insights-filter-all-statuses = Alle Status
insights-filter-open = Offen (nicht umgesetzt)
insights-filter-stage = Phase
insights-filter-all-stages = Alle Phasen
insights-filter-reset = Alle anzeigen
insights-backlog-showing = { $total ->
    [one] { $shown } von { $total } Chance angezeigt.
   *[other] { $shown } von { $total } Chancen angezeigt.
}
insights-backlog-showing-all = { $total ->
    [one] Die einzige Chance wird angezeigt.
   *[other] Alle { $total } Chancen werden angezeigt.
}
insights-backlog-none-match = Keine Chance passt zu diesen Filtern.
insights-backlog-opportunity = Chance
insights-backlog-impact = Nutzen
insights-backlog-effort = Aufwand
insights-backlog-quarter = Quadrant
insights-backlog-not-scored = nicht bewertet
insights-backlog-owns-touchpoint = verantwortet den Touchpoint
insights-backlog-continued = { $label }, Fortsetzung
insights-backlog-more = { $count ->
    [one] Weitere Chance anzeigen
   *[other] Weitere { $count } Chancen anzeigen
}
insights-risk-matrix = Risikomatrix
insights-risk-matrix-intro = Jedes Risiko, eingeordnet danach, wie schwer die Folgen wären (Schweregrad, senkrecht) und wie wahrscheinlich es eintritt (waagerecht). Kümmern Sie sich zuerst um das Feld oben rechts.
insights-risk-matrix-not-given = { $count ->
    [one] Bei { $count } von { $total } Risiken ist keine Wahrscheinlichkeit angegeben: Es wird in der letzten Spalte gezählt.
   *[other] Bei { $count } von { $total } Risiken ist keine Wahrscheinlichkeit angegeben: Sie werden in der letzten Spalte gezählt.
}
insights-risk-matrix-caption = Risiken nach Schweregrad (Zeilen) und Wahrscheinlichkeit (Spalten)
insights-risk-severity = Schweregrad
insights-risk-low-likelihood = Geringe Wahrscheinlichkeit
insights-risk-medium-likelihood = Mittlere Wahrscheinlichkeit
insights-risk-high-likelihood = Hohe Wahrscheinlichkeit
insights-risk-likelihood-not-given = Wahrscheinlichkeit nicht angegeben
insights-risk-count = { $count ->
    [one] Risiko
   *[other] Risiken
}
insights-risk-cell-none = keine
insights-risk-cell-more = { $count } weitere
insights-risk-cell-left = { $count ->
    [one] { $count } weiteres ist hier nicht aufgeführt; die Seite jedes Touchpoints nennt seine eigenen Risiken.
   *[other] { $count } weitere sind hier nicht aufgeführt; die Seite jedes Touchpoints nennt seine eigenen Risiken.
}
insights-risk-likelihood = Wahrscheinlichkeit
insights-risk-not-given = nicht angegeben
insights-risks-more = { $count ->
    [one] Weiteres Risiko anzeigen
   *[other] Weitere { $count } Risiken anzeigen
}
insights-weakest-more = { $count ->
    [one] Weiteren schwachen Touchpoint anzeigen
   *[other] Weitere { $count } schwache Touchpoints anzeigen
}
insights-kpis-more = { $count ->
    [one] Weitere KPI anzeigen
   *[other] Weitere { $count } KPIs anzeigen
}
insights-conflicts-more = { $count ->
    [one] Weiteren Widerspruch anzeigen
   *[other] Weitere { $count } Widersprüche anzeigen
}
insights-planned-more = { $count ->
    [one] Weiteren geplanten Touchpoint anzeigen
   *[other] Weitere { $count } geplante Touchpoints anzeigen
}
chart-priority-title = Chancen nach Nutzen und Aufwand
chart-priority-effort = Aufwand: gering → hoch
chart-priority-impact = Nutzen: gering → hoch
chart-priority-dot = { $label } – { $touchpoint } (Nutzen { $impact }, Aufwand { $effort }, { $status })
chart-priority-desc = { $count ->
    [one] Nutzen (senkrecht, 1 bis 5) gegenüber Aufwand (waagerecht, 1 bis 5) von { $count } bewerteten Chance: { $quarters }. Jeder Punkt verlinkt auf seinen Touchpoint.
   *[other] Nutzen (senkrecht, 1 bis 5) gegenüber Aufwand (waagerecht, 1 bis 5) von { $count } bewerteten Chancen: { $quarters }. Jeder Punkt verlinkt auf seinen Touchpoint.
}
chart-priority-more = { $count ->
    [one] { $count } weitere Chance mit Nutzen { $impact } und Aufwand { $effort }: siehe Liste
   *[other] { $count } weitere Chancen mit Nutzen { $impact } und Aufwand { $effort }: siehe Liste
}
insights-left-opportunities = { $count ->
    [one] { $count } weitere Chance steht nicht auf dieser Seite, damit sie schlank bleibt; die Filter berücksichtigen die aufgeführten.
   *[other] { $count } weitere Chancen stehen nicht auf dieser Seite, damit sie schlank bleibt; die Filter berücksichtigen die aufgeführten.
}
insights-left-risks = { $count ->
    [one] { $count } weiteres Risiko steht nicht auf dieser Seite, damit sie schlank bleibt.
   *[other] { $count } weitere Risiken stehen nicht auf dieser Seite, damit sie schlank bleibt.
}
insights-all-opportunities = { $count ->
    [one] Der ganze Chancen-Backlog: { $count } Chance
   *[other] Der ganze Chancen-Backlog: alle { $count } Chancen, seitenweise
}
insights-all-risks = { $count ->
    [one] Das ganze Risikoregister: { $count } Risiko
   *[other] Das ganze Risikoregister: alle { $count } Risiken, seitenweise
}
insights-full-backlog-page = Chancen { $first }–{ $last } von { $total }, nach Priorität: hoher Nutzen zuerst, dann geringer Aufwand zuerst, dann die Reihenfolge der Customer Journey; umgesetzte zuletzt.
insights-full-risks-page = Risiken { $first }–{ $last } von { $total }, die schwersten zuerst, dann die wahrscheinlichsten.
insights-full-backlog-all = { $count ->
    [one] Die eine Chance, die bei einem Touchpoint notiert ist.
   *[other] Alle { $count } Chancen, die bei den Touchpoints notiert sind, nach Priorität: hoher Nutzen zuerst, dann geringer Aufwand zuerst, dann die Reihenfolge der Customer Journey; umgesetzte zuletzt.
}
insights-full-risks-all = { $count ->
    [one] Das eine Risiko, das bei einem Touchpoint notiert ist.
   *[other] Alle { $count } Risiken, die bei den Touchpoints notiert sind, die schwersten zuerst, dann die wahrscheinlichsten.
}
insights-full-back = Zurück zu den Erkenntnissen
insights-left-weakest = { $count ->
    [one] { $count } weiterer schwacher Touchpoint steht nicht auf dieser Seite, damit sie schlank bleibt; die Liste der Touchpoints zeigt von jedem Emotion, KPI-Status und Wert.
   *[other] { $count } weitere schwache Touchpoints stehen nicht auf dieser Seite, damit sie schlank bleibt; die Liste der Touchpoints zeigt von jedem Emotion, KPI-Status und Wert.
}
insights-left-kpis = { $count ->
    [one] { $count } weiterer KPI steht nicht auf dieser Seite, damit sie schlank bleibt; die Liste der KPIs zeigt den Status jedes KPI.
   *[other] { $count } weitere KPIs stehen nicht auf dieser Seite, damit sie schlank bleibt; die Liste der KPIs zeigt den Status jedes KPI.
}
insights-left-conflicts = { $count ->
    [one] { $count } weiterer Konflikt steht nicht auf dieser Seite, damit sie schlank bleibt; die Seite jedes Touchpoints nennt die eigenen.
   *[other] { $count } weitere Konflikte stehen nicht auf dieser Seite, damit sie schlank bleibt; die Seite jedes Touchpoints nennt die eigenen.
}
insights-left-planned = { $count ->
    [one] { $count } weiterer geplanter Touchpoint steht nicht auf dieser Seite, damit sie schlank bleibt; der Filter der Karte für geplante zeigt sie alle.
   *[other] { $count } weitere geplante Touchpoints stehen nicht auf dieser Seite, damit sie schlank bleibt; der Filter der Karte für geplante zeigt sie alle.
}

## Benefits (benefits.html)

benefits-lede = Was die Touchpoints dem Unternehmen bringen, und welche Touchpoints und KPIs hinter jedem Vorteil stehen.
benefits-nav-label = Vorteile auf dieser Seite
benefits-kpis = KPIs
benefits-no-kpi = Noch keine KPI belegt diesen Vorteil.
benefits-touchpoints = Touchpoints
benefits-no-touchpoints = Keine Touchpoints verknüpft.
benefits-empty = Es sind keine Vorteile definiert. Legen Sie sie unter { $benefits } an, z. B. Kundendatenbank, mehr Umsatz oder positive Mundpropaganda.
benefits-at-a-glance = Auf einen Blick
benefits-overview-caption = Jeder Balken: die KPIs des Nutzens, zuerst der Anteil im Ziel. Jeder Punkt: die mittlere Emotion seiner aktuellen Touchpoints, von −2 (links) bis +2 (rechts); der Strich markiert neutral. Wählen Sie einen Nutzen, um zu ihm zu gelangen.
benefits-overview-title = Nutzen auf einen Blick

## Stages and channels (stage.html, stages.html, channel.html, channels.html)

stage-eyebrow = Phase
stage-touchpoints = Touchpoints
stage-limit-max = / max. { $limit }
stage-overloaded = überladen: mehr als { $limit }
stage-within-limit = innerhalb des Limits von { $limit }
stage-key-touchpoints = Zentrale Touchpoints
stage-analog-digital = Analog / digital
stage-mean-emotion = Mittlere Emotion (Ist)
stage-emotion-detail = der aktuellen Touchpoints, von −2 (sehr negativ) bis +2 (sehr positiv)
stage-emotion-with-planned = { $count ->
    [one] mit dem einen geplanten: { $value }
   *[other] mit den { $count } geplanten: { $value }
}
stage-emphasis = Wertschwerpunkte in dieser Phase
stage-emphasis-intro = Das Wertversprechen betont hier diese Komponenten:
stage-emphasis-none = In dieser Phase wird keine Wertkomponente hervorgehoben.
stage-by-channel = Touchpoints nach Kanal
stage-no-touchpoints = Noch keine Touchpoints in dieser Phase.
stage-no-touchpoint-in = Kein Touchpoint in:
stage-pager-label = Phasen
stage-previous = Vorherige Phase
stage-next = Nächste Phase
stages-lede = Der Kundenlebenszyklus der Reihe nach: die Spalten der { $map }.
stages-lede-map = Karte
stages-none = Es sind keine Phasen definiert.
channel-eyebrow = Kanal
channel-touchpoints = Touchpoints
channel-unused = ungenutzter Kanal
channel-in-stages = in { $used } von { $stages ->
    [one] { $stages } Phase
   *[other] { $stages } Phasen
}
channel-mode = Art
channel-competitors-present = Präsente Wettbewerber
channel-by-stage = Touchpoints nach Phase
channel-no-touchpoints = Noch kein Touchpoint nutzt diesen Kanal.
channel-no-touchpoint-at = Kein Touchpoint in:
channel-competitors = Wettbewerber auf diesem Kanal
channel-no-competitors = Auf diesem Kanal ist kein Wettbewerber erfasst.
channels-lede = Wo Kundinnen und Kunden auf uns treffen: die Zeilen der { $map }, analog und digital.
channels-lede-map = Karte
channels-table-label = Kanäle
channels-unused = ungenutzt
channels-none = Es sind keine Kanäle definiert.
stage-limit-at-most = von höchstens { $limit }
stage-channels = Kanäle
stage-channels-detail = Touchpoints in analogen und in digitalen Kanälen
stage-all-in-channel = Alle { $count } in { $channel }
stage-all-at-stage = in der Phase { $stage }
channel-all-at-stage = Alle { $count } in der Phase { $stage }
channel-all-in-channel = in { $channel }
group-more-shown = (gezeigt werden die zentralen und die schwächsten)
cell-eyebrow = Feld der Karte
cell-lede-brand = { $count ->
    [one] { $count } Touchpoint
   *[other] { $count } Touchpoints
}, an denen Kunden { $brand } über { $channel } in der Phase { $stage } begegnen{ $ranked ->
    [true] , die zentralen zuerst, dann die schwächsten: Die Karte zeigt in ihrem Feld die ersten davon
   *[other] {""}
}.
cell-lede-us = { $count ->
    [one] { $count } Touchpoint
   *[other] { $count } Touchpoints
}, an denen Kunden uns über { $channel } in der Phase { $stage } begegnen{ $ranked ->
    [true] , die zentralen zuerst, dann die schwächsten: Die Karte zeigt in ihrem Feld die ersten davon
   *[other] {""}
}.
cell-mean-emotion = Mittlere Emotion
cell-emotion-scale = von −2 (sehr negativ) bis +2 (sehr positiv)
cell-worst-kpi = Schlechtester KPI-Status
cell-mean-value = Mittlere Wertstärke
cell-back-to-map = Zurück zur Karte
cell-filter-show-all = Alle Touchpoints dieser Zelle zeigen

## Personas (persona.html, personas.html)

persona-eyebrow = Persona
persona-map = Karte für { $name }
persona-fit = Passung zum Wertversprechen
persona-pains-relieved = Probleme mit Problemlöser
persona-pains-met = { $met } von { $count ->
    [one] { $count } Problem
   *[other] { $count } Problemen
}
persona-gains-created = Gewinne mit Gewinnerzeuger
persona-gains-met = { $met } von { $count ->
    [one] { $count } Gewinn
   *[other] { $count } Gewinnen
}
persona-on-full-map = Auf der vollständigen Karte, mit ihren Filtern
persona-map-intro-brand = { $count ->
    [one] Der eine Touchpoint, an dem { $name } auf { $brand } trifft, nach Phase und Kanal.
   *[other] Die { $count } Touchpoints, an denen { $name } auf { $brand } trifft, nach Phase und Kanal.
}
persona-map-intro-us = { $count ->
    [one] Der eine Touchpoint, an dem { $name } auf uns trifft, nach Phase und Kanal.
   *[other] Die { $count } Touchpoints, an denen { $name } auf uns trifft, nach Phase und Kanal.
}
persona-grid-caption = Touchpoints von { $name } nach Phase im Lebenszyklus (Spalten) und Kanal (Zeilen)
persona-grid-label = Karte für { $name }: Phasen waagerecht, Kanäle senkrecht (scrollbar)
persona-no-touchpoints = Kein Touchpoint nennt diese Persona.
persona-jobs = Kundenaufgaben
persona-no-jobs = Keine Aufgaben erfasst.
persona-pains = Probleme
persona-no-reliever = ohne Problemlöser
persona-no-pains = Keine Probleme erfasst.
persona-gains = Gewinne
persona-no-creator = ohne Gewinnerzeuger
persona-no-gains = Keine Gewinne erfasst.
persona-journey = Customer Journey
persona-card-label = Profil von { $name }
persona-goals = Ziele
personas-on-the-map = { $name } auf der Karte
personas-count-touchpoints = { $count ->
    [one] Touchpoint
   *[other] Touchpoints
}
personas-count-jobs = { $count ->
    [one] Aufgabe
   *[other] Aufgaben
}
personas-count-pains = { $count ->
    [one] Problem
   *[other] Probleme
}
personas-count-gains = { $count ->
    [one] Gewinn
   *[other] Gewinne
}
personas-lede = Die Kundinnen und Kunden, denen diese Karte folgt. Jede Persona hat eine Customer Journey mit Emotionskurve und einer Passung zum Wertversprechen.
personas-empty = Es sind keine Personas definiert. Touchpoints richten sich dann an „alle Kundinnen und Kunden“; siehe die { $journey }.
personas-empty-journey = Customer Journey

## Competitors (competitor.html, competitors.html)

competitor-eyebrow = Wettbewerber
competitor-external = (externe Website)
competitor-strengths = Stärken
competitor-weaknesses = Schwächen
competitor-channels = Kanäle
competitor-no-channels = Keine Kanäle erfasst.
competitor-benchmark = Benchmark gegen uns
competitor-practice = Vorgehen und unsere Differenzierung, Touchpoint für Touchpoint
competitor-practice-label = Tabelle zu Vorgehen und Differenzierung
competitor-their-practice = Vorgehen von { $name }
competitor-how-we-differ = Wie wir uns abheben
competitor-no-practice = Noch kein Touchpoint beschreibt das Vorgehen von { $name }.
competitors-lede = { $count ->
    [one] { $brand } im Vergleich mit { $count } Wettbewerber: bei den Wertkomponenten, bei der Präsenz in den Kanälen und darin, wie wir uns an jedem Touchpoint abheben.
   *[other] { $brand } im Vergleich mit { $count } Wettbewerbern: bei den Wertkomponenten, bei der Präsenz in den Kanälen und darin, wie wir uns an jedem Touchpoint abheben.
}
competitors-practice-at = { $count ->
    [one] Vorgehen an { $count } Touchpoint erfasst.
   *[other] Vorgehen an { $count } Touchpoints erfasst.
}
competitors-empty = Es sind keine Wettbewerber definiert. Legen Sie sie unter { $competitors } an, um das Wertversprechen zu vergleichen.
competitors-benchmark = Wert-Benchmark
competitors-benchmark-intro = Scores von 0 bis 5 je Wertkomponente. Der Score von { $brand } ist der Mittelwert der aktuellen Touchpoints, die die Komponente bewerten (geplante Touchpoints gibt es noch nicht).
competitors-positioning = Positionierungskarte
competitors-positioning-intro = { $x } (waagerecht) gegen { $y } (senkrecht), Scores 0–5.
competitors-positioning-caption = Positionierung nach { $x } und { $y }; { $brand } ist hervorgehoben.
competitors-positioning-table = Positionierung als Tabelle
competitors-positioning-none = Keine Marke hat Scores für beide Komponenten.
competitors-coverage = Kanalabdeckung
competitors-coverage-intro = Welche Kanäle jeder Wettbewerber nutzt, neben der Zahl der Touchpoints, die { $brand } dort hat.
competitors-coverage-label = Tabelle zur Kanalabdeckung
competitors-coverage-touchpoints = Touchpoints
competitors-present = präsent
competitors-absent = nicht präsent

## Notes (note.html, notes.html, note bodies)

note-eyebrow = Notiz
note-tags-label = Schlagwörter
note-links-label = Verweise
note-linked-touchpoints = Verknüpfte Touchpoints
note-linked-kpis = Verknüpfte KPIs
note-linked-competitors = Verknüpfte Wettbewerber
note-links-to = Verweist auf
note-no-other-notes = Keine anderen Notizen.
note-linked-from = Verwiesen von
note-no-backlinks = Keine Notiz verweist hierher.
notes-lede = Recherchen, Workshops und Entscheidungen hinter der Karte, nach Ordner gruppiert. Notizen verweisen auf die Touchpoints, KPIs und Wettbewerber, um die es geht.
notes-general = Allgemein
notes-empty = Noch keine Notizen. Legen Sie Markdown-Dateien unter { $notes } im Ordner der Karte an.
note-footnotes = Fußnoten
note-back-to-reference = Zurück zum Verweis { $ref }

## Search (search.html, app.js) and the page not found (404.html)

search-lede = Finden Sie Touchpoints, KPIs, Personas, Wettbewerber, Phasen, Kanäle, Vorteile und Notizen.
search-label = Karte durchsuchen
search-placeholder = z. B. Kasse, Nina, NPS, Lieferung
search-help = Jedes Wort muss vorkommen. Mit { $down } und { $up } gehen Sie durch die Ergebnisse, mit { $enter } öffnen Sie eines.
search-key-enter = Eingabe
search-no-js = Die Suche braucht JavaScript, das ausgeschaltet ist oder nicht geladen werden konnte. Stöbern Sie stattdessen im { $touchpoints }, in der { $map } oder in den { $notes }.
search-no-js-touchpoints = Touchpoint-Verzeichnis
search-no-js-map = Karte
search-no-js-notes = Notizen
search-loading = Suchindex wird geladen …
search-type-to-search = { $count ->
    [one] Tippen Sie, um { $count } Seite zu durchsuchen.
   *[other] Tippen Sie, um { $count } Seiten zu durchsuchen.
}
search-no-results = Keine Ergebnisse für „{ $query }“.
search-results = { $count ->
    [one] { $count } Ergebnis für „{ $query }“.
   *[other] { $count } Ergebnisse für „{ $query }“.
}
search-results-first = { $count } Ergebnisse für „{ $query }“, die ersten { $shown } werden angezeigt.
search-index-failed = Der Suchindex konnte nicht geladen werden.
search-filter-kind = Zeigen
search-kind-all = Alles
search-filter-stage = Phase
search-filter-channel = Kanal
search-all-stages = Alle Phasen
search-all-channels = Alle Kanäle
search-show-more = { $count ->
    [one] { $count } weiteres Ergebnis zeigen
   *[other] { $count } weitere Ergebnisse zeigen
}
search-kind-touchpoint = Touchpoint
search-kind-kpi = KPI
search-kind-competitor = Wettbewerber
search-kind-persona = Persona
search-kind-stage = Phase
search-kind-channel = Kanal
search-kind-benefit = Vorteil
search-kind-note = Notiz
search-meta-latest = zuletzt { $value }
search-meta-stage-position = { $n } von { $total }
not-found-lede = Diese Seite ist nicht auf der Karte. Vielleicht wurde sie umbenannt oder entfernt, nachdem der Link geteilt wurde.
not-found-search = Karte durchsuchen
not-found-home = Zum Dashboard

## Map filters in the browser (app.js)

filter-showing-some = { $total ->
    [one] { $shown } von { $total } Touchpoint angezeigt.
   *[other] { $shown } von { $total } Touchpoints angezeigt.
}
filter-showing-all = { $total ->
    [one] Der einzige Touchpoint wird angezeigt.
   *[other] Alle { $total } Touchpoints werden angezeigt.
}

filter-cell-matching = { $shown } von { $total ->
    [one] { $total } Touchpoint passt
   *[other] { $total } Touchpoints passen
} zu den Filtern.
filter-tile-emotion-not-rated = Emotion nicht bewertet
filter-tile-mean-emotion = mittlere Emotion { $value } ({ $word })
filter-tile-kpis-planned = KPIs noch nicht gemessen (geplant)
filter-tile-worst-kpi = schlechtester KPI-Status: { $status }
filter-tile-value-not-rated = Wert nicht bewertet
filter-tile-mean-value = mittlerer Wert { $score } von 5
filter-curve-hint = Klicken Sie auf einen Namen, um diese Persona ein- oder auszublenden.
## Live reload while serving (live.js)

live-errors = touchmap: Die Karte hat { $count } Fehler
live-showing-last-good = – angezeigt wird die letzte fehlerfreie Fassung dieser Seite
live-appears-when-fixed = – die Website erscheint, sobald sie behoben sind
live-folder-gone = touchmap: Der Kartenordner { $folder } ist nicht mehr da
live-folder-gone-detail = Er wurde gelöscht oder verschoben. Sobald wieder ein Ordner unter diesem Pfad liegt, erstellt touchmap daraus die Website und diese Seite lädt neu.

## Charts: titles and descriptions for screen readers (charts.rs)

chart-default-title = Diagramm
chart-trend = Verlauf
chart-no-data = Keine Daten
chart-no-data-sentence = Keine Daten.
chart-series-as-is = { $who } – Ist
chart-series-to-be = { $who } – mit geplanten Touchpoints
chart-emotion-desc = Emotion nach Phase von −2 (sehr negativ) bis +2 (sehr positiv); { $points }.
chart-stage-value = { $stage } { $value }
chart-stage-no-touchpoint = { $stage } kein Touchpoint
chart-target = Zielwert { $value }
chart-baseline = Ausgangswert { $value }
chart-one-value-dated = Ein Wert: { $value } ({ $date })
chart-values-dated = { $count } Werte von { $first } ({ $firstDate }) bis { $last } ({ $lastDate }), niedrigster { $min }, höchster { $max }
chart-desc-target = ; Zielwert { $value }
chart-desc-baseline = ; Ausgangswert { $value }
chart-one-value = Ein Wert: { $value }.
chart-values = { $count } Werte von { $first } bis { $last }, niedrigster { $min }, höchster { $max }.
chart-benchmark-title = Wert-Benchmark
chart-profile-title = Wertprofil
chart-positioning-title = Positionierungskarte
chart-not-available = k. A.
chart-scores-desc = Scores von 0 bis 5 je Komponente; { $profiles }.
chart-component-no-data = { $component } keine Daten
chart-highlighted = (hervorgehoben)
chart-point = { $label } bei ({ $x }; { $y })
chart-positioning-desc = Positionierungskarte mit { $x } auf der x-Achse und { $y } auf der y-Achse, beide von 0 bis 5: { $points }.

chart-target-sentence = Zielwert: { $value }.
chart-emotion-planned = (geplant)
chart-emotion-steps-desc = Emotion an jedem Touchpoint entlang der Customer Journey, von −2 (sehr negativ) bis +2 (sehr positiv). { $walks }.
chart-emotion-walk = { $who }: { $count ->
    [one] { $count } Touchpoint
   *[other] { $count } Touchpoints
}
chart-emotion-walk-planned = (davon { $count } geplant)
chart-emotion-walk-lowest = Tiefpunkt bei { $points }
chart-benefits-kpis = KPIs im Ziel
chart-benefits-emotion = Mittlere Emotion
chart-benefits-kpis-on-target = { $on } von { $total } KPIs im Ziel
chart-benefits-mean-emotion = mittlere Emotion { $value }
chart-benefits-emotion-not-rated = Emotion nicht bewertet
chart-benefits-not-scored = nicht bewertet

## Posters: map.svg and journey-ID.svg (charts/map_poster, charts/journey_poster.rs, views/overview/posters.rs)

poster-journey-no-emotion = An diesen Touchpoints ist noch keine Emotion bewertet.
poster-journey-no-emotion-desc = Noch keine Emotion bewertet.
poster-journey-caption = Ein Punkt je Touchpoint, in der Reihenfolge der Customer Journey, von −2 (sehr negativ) bis +2 (sehr positiv); ein Ring markiert einen Pain Point.
poster-legend-as-is = Ist
poster-legend-to-be = mit geplanten Touchpoints (hohl)
poster-legend-pain = Pain Point
poster-legend-spontaneous = spontan (nicht von uns gesteuert)
poster-more = +{ $count } weitere
poster-map-desc = { $subtitle }: { $stages ->
    [one] { $stages } Phase
   *[other] { $stages } Phasen
} waagerecht, { $channels ->
    [one] { $channels } Kanal
   *[other] { $channels } Kanäle
} senkrecht, eine Karte je Touchpoint, nach Emotion eingefärbt.

## Default stages and value components, when a map declares none (model/resolve.rs)

default-stage-awareness = Aufmerksamkeit
default-stage-awareness-description = Erster Kontakt: Die Kundin oder der Kunde erfährt, dass es die Marke gibt.
default-stage-consideration = Abwägung
default-stage-consideration-description = Die Kundin oder der Kunde sucht Informationen und vergleicht.
default-stage-decision = Entscheidung
default-stage-decision-description = Die Kundin oder der Kunde wählt aus und kauft.
default-stage-post-purchase = Nach dem Kauf
default-stage-post-purchase-description = Lieferung, erste Nutzung, Service und Feedback.
default-stage-retention = Kundenbindung
default-stage-retention-description = Treue, Wiederkauf und Weiterempfehlung.
default-component-price = Preis
default-component-price-description = Was die Kundin oder der Kunde zahlt und wie fair es sich anfühlt.
default-component-service = Service
default-component-service-description = Hilfe, Bequemlichkeit und Verlässlichkeit rund um das Produkt.
default-component-personalization = Personalisierung
default-component-personalization-description = Wie gut das Angebot zu dieser Kundin oder diesem Kunden passt.
default-component-proximity = Nähe
default-component-proximity-description = Nah an der Kundschaft sein, räumlich oder zeitlich.

## What changed (changes.html, diff/mod.rs)

changes-eyebrow = Änderungen
changes-since = seit { $label }
changes-working-tree = dem Arbeitsverzeichnis
changes-nothing = Auf der Karte hat sich seit { $label } nichts geändert.
changes-that-revision = dieser Revision
changes-compared = Im Vergleich mit { $label }: { $summary }.
changes-earlier-revision = der früheren Revision
changes-summary-none = keine Änderungen
changes-legend-label = Symbole
changes-legend = Symbole:
changes-mark-added = hinzugefügt
changes-mark-removed = entfernt
changes-mark-changed = geändert
changes-mark-better = hat das Ziel erreicht
changes-mark-worse = hat das Ziel verfehlt
changes-none = Keine Änderungen.
changes-title-touchpoints = { $change ->
    [added] Hinzugefügte Touchpoints
    [removed] Entfernte Touchpoints
   *[changed] Geänderte Touchpoints
}
changes-title-kpis = { $change ->
    [added] Hinzugefügte KPIs
    [removed] Entfernte KPIs
   *[changed] Geänderte KPIs
}
changes-title-kpis-crossed = KPIs, die ihre Zielmarke überschritten haben
changes-title-stages = { $change ->
    [added] Hinzugefügte Phasen
    [removed] Entfernte Phasen
   *[changed] Geänderte Phasen
}
changes-title-channels = { $change ->
    [added] Hinzugefügte Kanäle
    [removed] Entfernte Kanäle
   *[changed] Geänderte Kanäle
}
changes-title-personas = { $change ->
    [added] Hinzugefügte Personas
    [removed] Entfernte Personas
   *[changed] Geänderte Personas
}
changes-title-competitors = { $change ->
    [added] Hinzugefügte Wettbewerber
    [removed] Entfernte Wettbewerber
   *[changed] Geänderte Wettbewerber
}
changes-title-benefits = { $change ->
    [added] Hinzugefügte Vorteile
    [removed] Entfernte Vorteile
   *[changed] Geänderte Vorteile
}
changes-title-notes = { $change ->
    [added] Hinzugefügte Notizen
    [removed] Entfernte Notizen
   *[changed] Geänderte Notizen
}
changes-count-touchpoints = { $count ->
    [one] { $count } Touchpoint
   *[other] { $count } Touchpoints
} { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-count-kpis = { $count ->
    [one] { $count } KPI
   *[other] { $count } KPIs
} { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-count-kpis-crossed = { $count ->
    [one] { $count } KPI hat die Zielmarke überschritten
   *[other] { $count } KPIs haben die Zielmarke überschritten
}
changes-count-stages = { $count ->
    [one] { $count } Phase
   *[other] { $count } Phasen
} { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-count-channels = { $count ->
    [one] { $count } Kanal
   *[other] { $count } Kanäle
} { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-count-personas = { $count ->
    [one] { $count } Persona
   *[other] { $count } Personas
} { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-count-competitors = { $count } Wettbewerber { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-count-benefits = { $count ->
    [one] { $count } Vorteil
   *[other] { $count } Vorteile
} { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-count-notes = { $count ->
    [one] { $count } Notiz
   *[other] { $count } Notizen
} { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert
}
changes-at = in { $cell }
changes-was-at = vorher in { $cell }
changes-moved = verschoben von { $from } nach { $to }
changes-renamed = umbenannt von „{ $from }“ in „{ $to }“
changes-emotion = Emotion geändert von { $from } auf { $to }
changes-value = Wert { $component } geändert von { $from } auf { $to }
changes-emotion-for = Emotion für { $persona } geändert von { $from } auf { $to }
changes-opportunity = Chance „{ $text }“: { $changes }
changes-risk = Risiko „{ $text }“: { $changes }
changes-impact = Wirkung geändert von { $from } auf { $to }
changes-effort = Aufwand geändert von { $from } auf { $to }
changes-severity = Schweregrad geändert von { $from } auf { $to }
changes-likelihood = Wahrscheinlichkeit geändert von { $from } auf { $to }
changes-not-scored = nicht bewertet
changes-not-given = nicht angegeben
changes-state = Stand geändert von { $from } auf { $to }
changes-priority = Priorität geändert von { $from } auf { $to }
changes-also = außerdem geändert: { $fields }
changes-status = Status geändert von { $from } auf { $to }
changes-target = Zielwert geändert von { $from } auf { $to }
changes-latest-was = zuletzt { $value }, vorher { $was }
changes-latest = zuletzt { $value }
changes-first-measurement = erste Messung: { $value }
changes-no-measurements = keine Messungen mehr (vorher { $was })
changes-now = jetzt { $status }
changes-value-in = { $value } ({ $date })
changes-at-least = mindestens { $value }
changes-at-most = höchstens { $value }
changes-none-word = keine
changes-not-rated = nicht bewertet
changes-badge-better = besser
changes-badge-worse = schlechter

## Exports: the column headers of touchpoints.csv and kpis.csv (exports.rs)

csv-id = id
csv-name = name
csv-stage = phase
csv-channel = kanal
csv-mode = art
csv-personas = personas
csv-control = steuerung
csv-priority = priorität
csv-state = stand
csv-owner = verantwortlich
csv-emotion = emotion
csv-emotion-label = emotion_bezeichnung
csv-value-strength = wertstärke
csv-kpis = kpis
csv-kpi-status = kpi_status
csv-evidence = beleglage
csv-risks = risiken
csv-kind = typ
csv-unit = einheit
csv-direction = richtung
csv-baseline = ausgangswert
csv-target = zielwert
csv-source = quelle
csv-status = status
csv-latest-date = datum_letzter_wert
csv-latest = letzter_wert
csv-emotion-score-persona = emotion_wert_{ $persona }
csv-emotion-label-persona = emotion_bezeichnung_{ $persona }

## Dates: a measurement's date as the map writes it (2026-12, 2026-12-05), in words

month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.
date-day-month-year = { $day }. { $month } { $year }
date-month-year = { $month } { $year }
