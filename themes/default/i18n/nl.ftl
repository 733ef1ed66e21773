# touchmap: de woorden van de site in het Nederlands. Uitleg van de variabelen staat in en.ftl.

## Site frame (base.html)

site-skip-to-content = Naar de inhoud
site-nav-label = Hoofdmenu
site-breadcrumb-label = Kruimelpad
site-download-map = Download de kaart:
site-built-with = Gemaakt met { $generator }

## Navigation and page titles

nav-dashboard = Dashboard
nav-map = Kaart
nav-journey = Klantreis
nav-touchpoints = Contactmomenten
nav-value = Waarde
nav-kpis = KPI's
nav-competitors = Concurrenten
nav-benefits = Opbrengsten
nav-insights = Inzichten
nav-notes = Notities
nav-search = Zoeken
nav-changes = Wat is er veranderd

title-map = Kaart van de contactmomenten
title-journey = Klantreis
title-value = Waardepropositie
title-insights = Inzichten
title-benefits = Opbrengsten
title-search = Zoeken
title-touchpoints = Contactmomenten
title-stages = Fasen
title-channels = Kanalen
title-personas = Persona's
title-kpis = KPI's
title-competitors = Concurrenten
title-notes = Notities
title-not-found = Pagina niet gevonden
title-changes = Wat is er veranderd sinds { $since }
nav-personas = Persona's
title-list-page = { $title }, pagina { $n }

## Words shared by many pages

mode-analog = analoog
mode-digital = digitaal
control-managed = beheerd
control-spontaneous = spontaan
priority-key = sleutel
priority-supporting = ondersteunend
state-current = huidig
state-planned = gepland
evidence-assumed = aangenomen
evidence-partial = deels onderzocht
evidence-researched = onderzocht
kpi-kind-quantitative = kwantitatief
kpi-kind-qualitative = kwalitatief
severity-low = laag
severity-medium = middel
severity-high = hoog
kpi-source-crm = CRM
kpi-source-profiling = profilering
kpi-source-marketing-automation = marketingautomatisering
kpi-source-analytics = webanalyse
kpi-source-survey = enquête
kpi-source-manual = handmatig
kpi-direction-down = lager is beter
kpi-direction-up = hoger is beter

emotion-very-positive = zeer positief
emotion-positive = positief
emotion-neutral = neutraal
emotion-negative = negatief
emotion-very-negative = zeer negatief
emotion-not-rated = niet beoordeeld

kpi-status-on-target = op doel
kpi-status-off-target = onder doel
kpi-status-no-data = geen gegevens
kpi-status-no-target = geen doel
kpi-status-not-scored = niet gescoord (kwalitatief)
kpi-status-none = geen KPI
kpi-status-planned = gepland

value-strength = { $score } van 5
value-not-rated = niet beoordeeld
score-of-5 = { $score }/5
percent = { $value }%
count-of = { $part } van { $whole }

common-none = geen
common-none-sentence = Geen.
common-none-listed = Niets vermeld.
common-none-recorded = Niets vastgelegd.
common-not-rated = niet beoordeeld
common-not-described = niet beschreven
common-no-owner = geen eigenaar
common-overloaded = overbelast
common-no-touchpoints = geen contactmomenten
common-key-touchpoint = Sleutelcontactmoment
common-us = ons
common-us-brand = Wij

count-touchpoints = { $count ->
    [one] { $count } contactmoment
   *[other] { $count } contactmomenten
}
count-touchpoints-of = { $shown } van { $total ->
    [one] { $total } contactmoment
   *[other] { $total } contactmomenten
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } persona's
}
count-competitors = { $count ->
    [one] { $count } concurrent
   *[other] { $count } concurrenten
}
count-kpis = { $count ->
    [one] { $count } KPI
   *[other] { $count } KPI's
}
count-notes = { $count ->
    [one] { $count } notitie
   *[other] { $count } notities
}
count-channels = { $count ->
    [one] { $count } kanaal
   *[other] { $count } kanalen
}
count-risks = { $count ->
    [one] { $count } risico
   *[other] { $count } risico's
}
count-warnings = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
pager-previous = Vorige
pager-next = Volgende
list-left = Nog { $count } { $what } staan niet op deze pagina, om haar licht te houden; { $where }.
poster-svg-note = (SVG, voor slides en posters)
list-pager-label = Pagina's van de lijst
list-pager-label-end = Pagina's van de lijst, aan het einde

## Table headers

th-kpi = KPI
th-status = Status
th-latest = Laatste meting
th-target = Doel
th-baseline = Nulmeting
th-trend = Trend
th-owner = Eigenaar
th-owner-source = Eigenaar · bron
th-touchpoint = Contactmoment
th-touchpoints = Contactmomenten
th-stage = Fase
th-channel = Kanaal
th-mode = Soort
th-description = Omschrijving
th-emotion = Emotie
th-kpi-status = KPI-status
th-value = Waarde
th-evidence = Onderbouwing
th-strength = Sterkte
th-key = Sleutel
th-analog = Analoog
th-digital = Digitaal
th-mean-emotion = Gemiddelde emotie (huidig)
th-load = Belasting
th-severity = Ernst
th-risk = Risico
th-opportunity = Kans
th-brand = Merk
th-component = Onderdeel
th-date = Datum
th-lane = Laag
th-as-is = Huidig
th-with-planned = Met gepland

## Touchpoint cards (partials/ui.html)

card-key = sleutel
card-planned = gepland
card-spontaneous = spontaan
card-value-title = Gemiddelde waardescore
card-value-prefix = Waarde:
card-value-not-rated = waarde niet beoordeeld
card-value-score = waarde { $score }/5
card-owner = Eigenaar: { $owner }
card-spontaneous-title = Spontaan: niet door ons beheerd
card-emotion-aside = (emotie: { $word })
card-emotion-title = Emotie: { $word }
card-kpis-not-measured = KPI's: nog niet gemeten
card-kpi-status = KPI { $status }
weight-severity = ernst { $n }/3
weight-importance = belang { $n }/3
notes-panel-heading = Notities
notes-panel-empty = Hier zijn nog geen notities aan gekoppeld.
tile-emotion-not-rated = emotie niet beoordeeld
tile-mean-emotion = gemiddelde emotie { $mean } ({ $word })
tile-kpis-planned = KPI’s nog niet gemeten (gepland)
tile-worst-kpi = slechtste KPI-status: { $status }
tile-mean-value = gemiddelde waarde { $score } van 5
rollup-not-scored = { $count } niet gescoord
rollup-emotion = { $count ->
    [one] Gemiddelde emotie { $emotion } ({ $word }), over { $count } huidig contactmoment
   *[other] Gemiddelde emotie { $emotion } ({ $word }), over { $count } huidige contactmomenten
}
rollup-emotion-not-rated = Emotie niet beoordeeld bij de huidige contactmomenten
rollup-legend-kpis = KPI’s:
rollup-legend-rest = geen doel of niet gescoord
vpc-our-offer = Ons aanbod
vpc-pains-relieved = { $met } van { $count ->
    [one] { $count } pijnpunt
   *[other] { $count } pijnpunten
} verlicht
vpc-gains-created = { $met } van { $count ->
    [one] { $count } winstpunt
   *[other] { $count } winstpunten
} gecreëerd
vpc-square-label = Het vierkant: waardepropositie
vpc-square-label-for = Het vierkant: waardepropositie voor { $name }
vpc-fits = past bij
vpc-circle-label = De cirkel: klantprofiel van { $name }
vpc-customer-profile = Klantprofiel
vpc-customer-jobs = Klanttaken
vpc-creates = creëert
vpc-relieves = verlicht
vpc-created-by = gecreëerd door
vpc-relieved-by = verlicht door
vpc-not-addressed = niet aangepakt

## Dashboard (index.html)

dashboard-key-figures = Kerncijfers
dashboard-touchpoints = Contactmomenten
dashboard-touchpoints-key = { $count } sleutel
dashboard-touchpoints-planned = { $count } gepland
dashboard-analog-digital = Analoog / digitaal
dashboard-analog-count = { $count } analoog
dashboard-digital-count = { $count } digitaal
dashboard-kpis-on-target = KPI's op doel
dashboard-kpis-off-target = { $count } onder doel
dashboard-kpis-no-data = { $count } zonder gegevens
dashboard-kpis-no-target = { $count } zonder doel
dashboard-kpis-not-scored = { $count } niet gescoord (kwalitatief)
dashboard-high-risks = Hoge risico's
dashboard-high-risks-some = risico's met hoge ernst om te beperken
dashboard-high-risks-none = Geen risico met hoge ernst
dashboard-empty-cells = Lege cellen
dashboard-empty-cells-of = van { $count }
dashboard-empty-cells-detail = cellen fase × kanaal zonder contactmoment
dashboard-also-on-map = Ook op deze kaart
dashboard-kpi-status = KPI-status
dashboard-all-kpis = Alle KPI's
dashboard-kpi-table-label = Tabel met KPI-status
dashboard-no-kpis = Deze kaart heeft nog geen KPI's.
dashboard-weakest = Zwakste contactmomenten
dashboard-all-weak = Alle zwakke contactmomenten
dashboard-weakest-intro = Gerangschikt op emotie, overgebrachte waarde en KPI's onder doel.
dashboard-weakest-none = Geen zwakke contactmomenten: elk contactmoment scoort neutraal of beter.
dashboard-open-risks = Openstaande risico's
dashboard-risk-register = Risicoregister
dashboard-risks-none = Er zijn geen risico's vastgelegd.
dashboard-by-stage = Per fase
dashboard-open-map = Open de kaart
dashboard-by-stage-label = Contactmomenten per fase, tabel
dashboard-within-limit = binnen de grens
dashboard-emotion-note = Gemiddelde emotie van de huidige contactmomenten, van −2 (zeer negatief) tot +2 (zeer positief); geplande contactmomenten tellen mee in de totalen, maar niet in de emotie.
dashboard-findings = Bevindingen van { $command }
finding-error = fout
finding-warning = waarschuwing
dashboard-finding-hint = Tip: { $hint }
dashboard-findings-none = Geen bevindingen — { $command } meldt geen waarschuwingen voor deze kaart.
dashboard-channels-detail = contactmomenten in analoge en in digitale kanalen
dashboard-kpis-attention = De { $shown } van de { $count } KPI’s die de meeste aandacht nodig hebben: eerst die onder doel, dan die zonder gegevens.
dashboard-all-n-kpis = Alle { $count } KPI’s
dashboard-all-benefits = Alle voordelen
dashboard-benefit-emotion = gemiddelde emotie { $emotion }
dashboard-health = Gezondheid van de kaart
dashboard-health-intro = Wat de kaart zelf nog mist of signaleert, voor wie haar bijhoudt.
dashboard-health-details = Details voor wie de kaart bewerkt: { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
} van { $command }, met bestand en regel
dashboard-health-good = Niets te verhelpen: elk belangrijk contactmoment heeft een KPI en een eigenaar, elk pijnpunt een verlichter, en geen risico is hoog.
health-high-risk = { $count ->
    [one] { $count } risico heeft een hoge ernst
   *[other] { $count } risico’s hebben een hoge ernst
}
health-unaddressed-pain = { $count ->
    [one] { $count } pijnpunt van klanten heeft geen pijnverlichter
   *[other] { $count } pijnpunten van klanten hebben geen pijnverlichter
}
health-key-without-kpi = { $count ->
    [one] { $count } belangrijk contactmoment heeft geen KPI
   *[other] { $count } belangrijke contactmomenten hebben geen KPI
}
health-key-without-owner = { $count ->
    [one] { $count } belangrijk contactmoment heeft geen eigenaar
   *[other] { $count } belangrijke contactmomenten hebben geen eigenaar
}
health-brand-conflict = { $count ->
    [one] { $count } contactmoment gaat in tegen een merkwaarde
   *[other] { $count } keer gaat een contactmoment in tegen een merkwaarde
}
health-overloaded-stage = { $count ->
    [one] { $count } fase heeft meer contactmomenten dan de kaart toestaat
   *[other] { $count } fasen hebben meer contactmomenten dan de kaart toestaat
}
health-emotion-for-unserved-persona = { $count ->
    [one] { $count } emotie is opgegeven voor een persona die het contactmoment niet bedient
   *[other] { $count } emoties zijn opgegeven voor persona’s die hun contactmomenten niet bedienen
}
health-unused-channel = { $count ->
    [one] { $count } kanaal heeft geen contactmoment
   *[other] { $count } kanalen hebben geen contactmoment
}
health-unused-competitor = { $count ->
    [one] { $count } concurrent komt bij geen enkel contactmoment voor
   *[other] { $count } concurrenten komen bij geen enkel contactmoment voor
}
health-broken-link = { $count ->
    [one] { $count } link in de notities leidt nergens heen
   *[other] { $count } links in de notities leiden nergens heen
}
health-missing-alt = { $count ->
    [one] { $count } afbeelding heeft geen tekst voor wie haar niet kan zien
   *[other] { $count } afbeeldingen hebben geen tekst voor wie ze niet kan zien
}
health-other = { $count ->
    [one] { $count } ander punt in de kaartbestanden om na te kijken
   *[other] { $count } andere punten in de kaartbestanden om na te kijken
}

## Map (map.html, partials/map_grid.html)

map-lede-counts = { $touchpoints ->
    [one] { $touchpoints } contactmoment
   *[other] { $touchpoints } contactmomenten
} verdeeld over { $stages ->
    [one] { $stages } fase
   *[other] { $stages } fasen
} en { $channels ->
    [one] { $channels } kanaal
   *[other] { $channels } kanalen
}.
map-lede-explain-brand = Elke kolom is een fase van de klantcyclus, elke rij een kanaal; een cel toont de contactmomenten waarop klanten op dat moment { $brand } tegenkomen.
map-lede-explain-us = Elke kolom is een fase van de klantcyclus, elke rij een kanaal; een cel toont de contactmomenten waarop klanten ons op dat moment tegenkomen.
map-colour-by = Kaarten kleuren op
map-colour-emotion = Emotie
map-colour-kpi = KPI-status
map-colour-value = Waardesterkte
map-filters-label = Contactmomenten filteren
map-filters-title = Filter
map-filter-persona = Persona
map-filter-all-personas = Alle persona's
map-filter-mode = Soort kanaal
map-filter-mode-all = Analoog en digitaal
map-filter-mode-analog = Alleen analoog
map-filter-mode-digital = Alleen digitaal
map-filter-control = Beheer
map-filter-control-all = Beheerd en spontaan
map-filter-control-managed = Alleen beheerd
map-filter-control-spontaneous = Alleen spontaan
map-filter-state = Stand
map-filter-state-all = Huidig en gepland
map-filter-state-current = Huidig (as-is)
map-filter-state-planned = Gepland (to-be)
map-filter-key-only = Alleen sleutelcontactmomenten
map-filter-reset = Alles tonen
map-legend-emotion-label = Kleuren voor emotie
map-legend-emotion = Emotie:
map-legend-kpi-label = Kleuren voor KPI-status
map-legend-kpi = KPI-status:
map-legend-planned-not-measured = gepland (nog niet gemeten)
map-legend-value-label = Kleuren voor waardesterkte
map-legend-value = Waardesterkte (gemiddelde score):
map-legend-score-on-card = de score op elke kaart
map-legend-symbols-label = Symbolen
map-legend-symbols = Symbolen:
map-legend-planned-dashed = gepland (gestippelde rand)
map-legend-mode-rows = rijen { $analog } { $digital }
map-no-channels = Deze kaart heeft nog geen kanalen, dus het raster heeft geen rijen. Voeg { $channels } (bijvoorbeeld website, e-mail, winkel, telefoon) en { $touchpoints } toe aan een YAML-bestand van de kaart.
map-no-touchpoints = Deze kaart heeft nog geen contactmomenten. Voeg ze toe onder { $touchpoints }, elk met een { $stage } en een { $channel }.
map-grid-caption = Contactmomenten per fase van de klantcyclus (kolommen) en kanaal (rijen)
map-grid-label = Kaart van de contactmomenten: fasen horizontaal, kanalen verticaal (scrollt)
map-scroll-hint = Op een smal scherm scrollt de kaart zijwaarts binnen haar kader; de kanaalkolom en de fasenrij blijven staan. Elk contactmoment linkt naar zijn pagina.
grid-corner-stage = Fase
grid-corner-channel = Kanaal
grid-stage-step = Fase { $n }
grid-group-analog = analoge kanalen
grid-group-digital = digitale kanalen
grid-no-matching = geen passende contactmomenten
grid-empty-cell = leeg
map-view-show = Toon
map-view-overview = Overzicht
map-view-cards = Alle kaarten
map-poster-download = Download de kaart als afbeelding
map-overview-hint = Elke tegel telt de contactmomenten van zijn cel en is gekleurd zoals de kaarten; open een tegel om ze te zien.
map-cell-dialog-title = Contactmomenten van een cel
map-cell-dialog-close = Sluiten
map-cell-dialog-page = Deze cel op een eigen pagina
map-cell-dialog-first = { $shown ->
    [one] Eén ervan staat hieronder; de pagina van de cel toont ze allemaal.
   *[other] { $shown } ervan staan hieronder; de pagina van de cel toont ze allemaal.
}
grid-more = { $number } meer
grid-more-at = bij { $where }
poster-map-subtitle = { $touchpoints ->
    [one] { $touchpoints } contactmoment
   *[other] { $touchpoints } contactmomenten
} over { $stages ->
    [one] { $stages } fase
   *[other] { $stages } fasen
} en { $channels ->
    [one] { $channels } kanaal
   *[other] { $channels } kanalen
} · kaarten gekleurd naar emotie
poster-map-capped = Een cel met meer dan { $limit } contactmomenten toont er { $shown } (eerst de belangrijke, dan de zwakste) en hoeveel ze er nog heeft; de site toont ze allemaal.
poster-drawn-by = Getekend door touchmap { $version } uit de bestanden van de kaart.

## Journey (journey.html, partials/journey.html)

journey-lede = { $stages ->
    [one] Hoe elke persona zich voelt bij elk contactmoment in de { $stages } fase, en wat hij daar tegenkomt: het product, de interactie, de communicatie, wat hij denkt, zijn pijnpunten en onze kansen.
   *[other] Hoe elke persona zich voelt bij elk contactmoment in de { $stages } fasen, en wat hij daar tegenkomt: het product, de interactie, de communicatie, wat hij denkt, zijn pijnpunten en onze kansen.
}
journey-personas-label = Persona's op deze pagina
journey-jump-to = Ga naar
journey-persona-profile = Profiel van de persona
journey-all-customers = Alle klanten
journey-curve-caption = Eén punt per contactmoment, in de volgorde van de klantreis, van −2 (zeer negatief) tot +2 (zeer positief); een punt linkt naar zijn contactmoment, en een ring markeert een pijnmoment, waar een persona zich het slechtst voelt.
journey-curve-caption-markers = Eén punt per contactmoment, in de volgorde van de klantreis, van −2 (zeer negatief) tot +2 (zeer positief); een ring markeert een pijnmoment, waar een persona zich het slechtst voelt, en linkt naar zijn contactmoment. De grafiek heeft te veel punten om elk punt te linken: de banen eronder leiden naar elk contactmoment.
journey-legend-as-is = huidig (huidige contactmomenten)
journey-legend-to-be = met geplande contactmomenten (to-be), hol getekend
journey-table-summary = Gemiddelde emotie per fase, als tabel
journey-table-label = Gemiddelde emotie per fase
journey-no-rating = geen beoordeling
journey-lanes-heading = Wat { $who } in elke fase tegenkomt
journey-lane-touchpoints = Contactmomenten
journey-lane-product = Product
journey-lane-interaction = Interactie
journey-lane-communication = Communicatie
journey-lane-perception = Beleving
journey-lane-pains = Pijnpunten
journey-lane-opportunities = Kansen
journey-planned-mark = gepland
journey-lane-none = geen
journey-curve-title = Emotie langs de klantreis
journey-curve-title-of = Emotie langs de klantreis: { $who }
journey-lanes-of = Banen van
journey-curve-scroll = De grafiek is breder dan de pagina: scroll zijwaarts.
journey-poster-download = Download deze curve als afbeelding
journey-posters-download = Download de curve van een persona als afbeelding:
journey-feels-worst-at = { $name } voelt zich het slechtst bij
journey-lanes-folded = { $count ->
    [one] { $count } contactmoment: elke fase is ingeklapt, open er een om de kaarten te zien.
   *[other] { $count } contactmomenten: elke fase is ingeklapt, open er een om de kaarten te zien.
}
journey-lanes-summarised = { $count ->
    [one] { $count } contactmoment: elke fase is ingeklapt, open er een om de kaarten te zien.
   *[other] { $count } contactmomenten: een fase met veel toont haar laagste punten en leidt naar een pagina met alle; de andere zijn ingeklapt, open er een om de kaarten te zien.
}
journey-lane-stage-link = De fase { $stage }
journey-lane-no-touchpoint = Hier geen contactmoment.
journey-lane-eyebrow = Baan van de klantreis
journey-lane-title = { $stage }: wat { $who } tegenkomt
journey-lane-lede = { $count ->
    [one] Het contactmoment dat { $who } in de fase { $stage } tegenkomt, gekleurd naar hoe { $who } zich daar voelt.
   *[other] De { $count } contactmomenten die { $who } in de fase { $stage } tegenkomt, in de volgorde van de klantreis, elk gekleurd naar hoe { $who } zich daar voelt.
}
journey-lane-mean = Gemiddelde emotie (huidig): { $mean } ({ $word }).
journey-lane-lowest = { $count ->
    [one] Het laagste punt:
   *[other] De { $count } laagste punten:
}
journey-lane-all = { $count ->
    [one] Het enige contactmoment van { $stage }
   *[other] Alle { $count } contactmomenten van { $stage }
}
journey-lane-back = Terug naar de klantreis

## Touchpoint page (touchpoint.html)

touchpoint-eyebrow = Contactmoment
touchpoint-classification = Indeling
touchpoint-key = sleutelcontactmoment
touchpoint-planned = gepland (to-be)
touchpoint-current = huidig (as-is)
touchpoint-evidence = onderbouwing: { $evidence }
touchpoint-about = Over
touchpoint-experience = Klantbeleving
touchpoint-emotion = Emotie: { $word }
touchpoint-emotion-scale = ({ $score } op een schaal van −2 tot +2)
touchpoint-perception = Beleving:
touchpoint-value = Overgebrachte waarde
touchpoint-value-mean = gemiddeld: { $label }
touchpoint-no-components = De kaart heeft geen waardeonderdelen.
touchpoint-pains = Pijnpunten
touchpoint-no-pains = Geen pijnpunten vastgelegd.
touchpoint-opportunities = Kansen
touchpoint-no-opportunities = Geen kansen vastgelegd.
touchpoint-risks = Risico's
touchpoint-risk-likelihood = waarschijnlijkheid: { $level }
touchpoint-opportunity-impact = impact { $score }
touchpoint-opportunity-effort = inspanning { $score }
touchpoint-opportunity-owner = eigenaar: { $owner }
touchpoint-no-risks = Geen risico's vastgelegd.
touchpoint-brand-values = Merkwaarden
touchpoint-aligned = In lijn met
touchpoint-none-stated = Niets vermeld.
touchpoint-in-conflict = In strijd met
touchpoint-no-conflicts = Geen strijdigheden.
touchpoint-competitors = Concurrenten hier
touchpoint-their-practice = Hun aanpak
touchpoint-not-described = Niet beschreven.
touchpoint-how-we-differ = Hoe wij ons onderscheiden
touchpoint-no-competitors = Voor dit contactmoment is geen aanpak van concurrenten vastgelegd.
touchpoint-kpis = KPI's
touchpoint-kpis-planned = Dit contactmoment is gepland: deze KPI's meten het zodra het bestaat, en de cijfers hieronder zijn nog niet van dit contactmoment zelf.
touchpoint-no-kpis = Nog geen KPI meet dit contactmoment.
touchpoint-kpi-over-time = { $name } in de tijd
touchpoint-all-measurements = Alle metingen
touchpoint-facts = Feiten
fact-stage = Fase
fact-channel = Kanaal
fact-control = Beheer
fact-priority = Prioriteit
fact-state = Stand
fact-owner = Eigenaar
fact-evidence = Onderbouwing
fact-personas = Persona's
fact-emotion = Emotie
fact-kpi-status = KPI-status
fact-strength = Sterkte
touchpoint-key-without-owner = sleutel zonder eigenaar
touchpoint-all-personas = Alle persona's
touchpoint-weak = zwak
touchpoint-fine = in orde
touchpoint-pager-label = Langs de klantreis
touchpoint-previous = Vorig contactmoment
touchpoint-next = Volgend contactmoment
touchpoint-emotion-by-persona = Emotie per persona
touchpoint-emotion-personas-mean = gemiddelde van de persona's

## KPI figures and charts (touchpoint.html, kpi.html)

kpi-latest = Laatste meting
kpi-target = Doel
kpi-baseline = Nulmeting
kpi-direction = Richting
kpi-no-data = geen gegevens
kpi-chart-target-line = gestreepte lijn: doel { $target }
kpi-chart-baseline-line = gestippelde lijn: nulmeting { $baseline }

## Touchpoints index (touchpoints.html)

touchpoints-lede = { $count ->
    [one] Het enige contactmoment, in de volgorde van de klantreis.
   *[other] Alle { $count } contactmomenten in de volgorde van de klantreis, fase na fase.
}
touchpoints-see-on-map = Bekijk ze op de kaart
touchpoints-empty = Deze kaart heeft nog geen contactmomenten. Voeg ze toe onder { $touchpoints } in een YAML-bestand van de kaart.
touchpoints-stage-page = Pagina van de fase
touchpoints-table-label = Contactmomenten in { $stage }, tabel
touchpoints-lede-page = Contactmomenten { $first }–{ $last } van { $total } in de volgorde van de klantreis, fase na fase.

## KPI page and index (kpi.html, kpis.html)

kpi-eyebrow = KPI
kpi-over-time = In de tijd
kpi-chart-per-measurement = { $name } per meting
kpi-chart-table-below = De tabel hieronder toont elke waarde.
kpi-no-measurements = Nog geen metingen.
kpi-source-sentence = Bron: { $source }.
kpi-text-values = Deze KPI heeft tekstwaarden, daarom is er geen grafiek.
kpi-measurements-summary = Metingen ({ $count }), nieuwste eerst
kpi-measurements-label = Metingen van { $name }
kpi-measured-at = Gemeten bij
kpi-no-touchpoints = Geen contactmoment noemt deze KPI.
kpi-benefits = Opbrengsten die deze KPI aantoont
kpi-no-benefits = Geen opbrengst verwijst naar deze KPI.
kpi-figures = Cijfers
kpi-status = Status
kpi-change = Verandering
kpi-percentage-points = procentpunt
kpi-since-baseline = sinds de nulmeting
kpi-unit = Eenheid
kpi-source = Bron
kpi-owner = Eigenaar
kpi-not-stated = niet vermeld
kpi-series = reeks: { $series }
kpi-no-measurement = geen meting
kpi-source-of = bron: { $source }
kpis-lede = De status volgt uit de laatste meting, het doel en de richting van elke KPI.
kpis-on-target = Op doel
kpis-off-target = Onder doel
kpis-no-data = Geen gegevens
kpis-no-target = Geen doel
kpis-not-scored = Niet gescoord (kwalitatief)
kpis-table-label = Tabel met KPI-status
kpis-lede-page = KPI's { $first }–{ $last } van { $total }.
kpi-card-combined-status = { $status } ({ $count } KPI's)
kpi-card-this-one = deze { $status }
kpi-card-other = { $name } { $status }
kpi-card-combined-note = De status combineert de { $count } KPI's van dit contactmoment; de slechtste telt: { $each }.

## Value proposition (value.html, partials/benchmark.html)

value-lede = Wat we bieden tegenover wat elke persona nodig heeft, en hoe sterk elke waardecomponent in elke fase wordt overgebracht.
value-matrix = Onderdelen × fasen
value-matrix-label = Tabel met de waardematrix
value-matrix-caption = Gemiddelde waardescore per onderdeel en fase; ◆ markeert een uitgelichte fase, „kloof” een uitgelichte fase die onder { $threshold } blijft
value-emphasised-prefix = uitgelicht:
value-not-conveyed = niet overgebracht
value-gap = kloof
value-legend = Legenda:
value-legend-mean = gemiddelde score
value-legend-emphasised = uitgelicht in deze fase (omkaderd)
value-legend-gap = uitgelicht maar onder { $threshold }
value-none-defined = Er zijn geen waardeonderdelen of fasen.
value-where-conveyed = Waar elk onderdeel wordt overgebracht
value-where-intro = Contactmomenten die 4 of 5 scoren op het onderdeel.
value-emphasised-at = Uitgelicht in:
value-not-conveyed-strongly = Geen contactmoment brengt { $component } sterk over (4 of meer).
value-canvas = Value proposition canvas
value-products = Producten en diensten
value-relievers = Pijnverzachters
value-relieves = verzacht: { $text }
value-creators = Winstmakers
value-creates = levert op: { $text }
benchmark-caption = Waardescores (0–5) per merk en onderdeel
benchmark-us-mark = (wij)
benchmark-bars-caption = Scores per onderdeel als staven; de eerste staaf van elke groep zijn wij.
benchmark-radar-caption = Waardeprofiel als radar: hoe verder naar buiten, hoe sterker.
value-canvas-intro = Per persona: wat we bieden (het vierkant) tegenover wat de klant nodig heeft (de cirkel). Een markering toont waar een pijnverlichter een pijnpunt aanpakt of een winstmaker een winstpunt; een behoefte waar niets op antwoordt, zegt dat.
value-canvas-intro-no-personas = Wat we bieden. Voeg persona’s toe met hun taken, pijnpunten en winstpunten om de kant van de klant ertegenover te zien.
value-matrix-intro = De gemiddelde score (0–5) van de huidige contactmomenten van de fase die de component beoordelen (geplande tellen pas mee als ze bestaan). Benadrukte cellen zijn waar de waardepropositie de component wil laten opvallen.
value-conveyed-more = { $count ->
    [one] En nog { $count } die 4 of 5 scoort op { $component }; de lijst van contactmomenten geeft de waarde van elk.
   *[other] En nog { $count } die 4 of 5 scoren op { $component }; de lijst van contactmomenten geeft de waarde van elk.
}

## Insights (insights.html)

insights-lede = Hiaten en prioriteiten uit de kaart: waar contactmomenten ontbreken, zwak zijn of risico lopen, en wat de volgende stap is.
insights-on-this-page = Op deze pagina
insights-empty-cells = Lege cellen
insights-weakest = Zwakste contactmomenten
insights-kpis = KPI's onder doel of zonder gegevens
insights-risks = Risicoregister
insights-opportunities = Kansenlijst
insights-overloaded = Overbelaste fasen
insights-balance = Balans analoog / digitaal
insights-unused-channels = Ongebruikte kanalen
insights-pains = Onopgeloste pijnpunten
insights-conflicts = Strijdigheden met het merk
insights-planned = Geplande contactmomenten
insights-empty-cells-intro = Combinaties van fase × kanaal zonder contactmoment. Niet elke cel heeft er een nodig; kijk naar de cellen waar klanten verwachten je te treffen.
insights-empty-cells-none = Elke cel van de kaart heeft minstens één contactmoment.
insights-weakest-intro = Sterkte = emotiescore + hoe ver de gemiddelde waarde van het midden ligt (−1 tot +1) − 1 per KPI onder doel. Onder nul telt als zwak. Geplande contactmomenten worden niet gerangschikt: ze zijn er nog niet.
insights-weakest-label = Tabel met de zwakste contactmomenten
insights-weakest-none = Geen zwakke contactmomenten.
insights-kpis-label = KPI's onder doel of zonder gegevens, tabel
insights-kpis-none = Elke KPI met een doel zit op doel.
insights-risks-intro = Situaties die een klant kunnen afschrikken, de ernstigste eerst, dan de waarschijnlijkste.
insights-risks-label = Tabel met het risicoregister
insights-risks-none = Er zijn geen risico's vastgelegd.
insights-opportunities-intro = Elke kans die bij een contactmoment is genoteerd, op prioriteit: hoge impact eerst, dan weinig inspanning eerst, dan de volgorde van de klantreis; afgeronde kansen als laatste.
insights-opportunities-label = Tabel met de kansenlijst
insights-opportunities-none = Er zijn geen kansen vastgelegd.
insights-overloaded-figures = { $count ->
    [one] { $count } contactmoment, grens { $limit }
   *[other] { $count } contactmomenten, grens { $limit }
}
insights-overloaded-none = Geen fase heeft meer contactmomenten dan de grens.
insights-overloaded-none-limit = Geen fase heeft meer contactmomenten dan de grens van { $limit }.
insights-unused-none = Elk kanaal heeft minstens één contactmoment.
insights-balance-intro = In totaal { $analog } analoge en { $digital ->
    [one] { $digital } digitaal contactmoment.
   *[other] { $digital } digitale contactmomenten.
}
insights-balance-analog = { $count } analoog ({ $percent }%)
insights-balance-digital = { $count } digitaal ({ $percent }%)
insights-pains-intro = Pijnpunten van persona's die geen pijnverzachter van de waardepropositie aanpakt.
insights-pains-none = Elk pijnpunt heeft minstens één pijnverzachter.
insights-conflicts-with = in strijd met { $value }
insights-conflicts-none = Geen contactmoment is in strijd met een merkwaarde.
insights-planned-intro = De gewenste klantreis: contactmomenten die er nog niet zijn.
insights-planned-none = Geen geplande contactmomenten.
insights-toc-scored = { $scored } van { $total } gescoord
insights-toc-balance = { $analog } analoog, { $digital } digitaal
insights-matrix = Kansenmatrix
insights-matrix-intro = Elke kans met een impact en een inspanning (1 tot 5; 3 telt als hoog), geplaatst volgens die twee. Begin linksboven, bij de quick wins. Elke stip linkt naar het bijbehorende contactmoment.
insights-matrix-none-scored = Nog geen enkele kans heeft zowel een impact als een inspanning. Geef een kans een { $impact } en een { $effort } (1 tot 5) om die hier te plaatsen.
insights-matrix-quarters-label = Kansen per kwadrant
insights-matrix-status-label = Vormen per status
insights-matrix-status = Status:
insights-quick-wins = Quick wins
insights-big-bets = Grote projecten
insights-fill-ins = Opvullers
insights-money-pits = Geldputten
insights-not-scored = Niet gescoord
insights-not-scored-intro = Zolang een kans niet zowel een impact als een inspanning heeft, krijgt ze geen plek in de matrix.
insights-not-scored-none = Elke kans is gescoord.
insights-not-scored-more = nog { $count } niet gescoord
opportunity-status-idea = idee
opportunity-status-planned = gepland
opportunity-status-in-progress = in uitvoering
opportunity-status-done = afgerond
insights-backlog-filter-label = Kansenlijst filteren
insights-filter-status = Status
insights-filter-all-statuses = Alle statussen
insights-filter-open = Open (niet afgerond)
insights-filter-stage = Fase
insights-filter-all-stages = Alle fasen
insights-filter-reset = Alles tonen
insights-backlog-showing = { $total ->
    [one] { $shown } van { $total } kans getoond.
   *[other] { $shown } van { $total } kansen getoond.
}
insights-backlog-showing-all = { $total ->
    [one] De enige kans wordt getoond.
   *[other] Alle { $total } kansen worden getoond.
}
insights-backlog-none-match = Geen enkele kans past bij deze filters.
insights-backlog-opportunity = Kans
insights-backlog-impact = Impact
insights-backlog-effort = Inspanning
insights-backlog-quarter = Kwadrant
insights-backlog-not-scored = niet gescoord
insights-backlog-owns-touchpoint = eigenaar van het contactmoment
insights-backlog-continued = { $label }, vervolg
insights-backlog-more = { $count ->
    [one] De overige kans tonen
   *[other] De overige { $count } kansen tonen
}
insights-risk-matrix = Risicomatrix
insights-risk-matrix-intro = Elk risico naar hoe ernstig de gevolgen zouden zijn (ernst, verticaal) en hoe waarschijnlijk het is (horizontaal). Pak eerst de risico's rechtsboven aan.
insights-risk-matrix-not-given = { $count ->
    [one] Bij { $count } van de { $total } risico's is geen waarschijnlijkheid opgegeven: het telt mee in de laatste kolom.
   *[other] Bij { $count } van de { $total } risico's is geen waarschijnlijkheid opgegeven: ze tellen mee in de laatste kolom.
}
insights-risk-matrix-caption = Risico's naar ernst (rijen) en waarschijnlijkheid (kolommen)
insights-risk-severity = Ernst
insights-risk-low-likelihood = Lage waarschijnlijkheid
insights-risk-medium-likelihood = Gemiddelde waarschijnlijkheid
insights-risk-high-likelihood = Hoge waarschijnlijkheid
insights-risk-likelihood-not-given = Waarschijnlijkheid niet opgegeven
insights-risk-count = { $count ->
    [one] risico
   *[other] risico's
}
insights-risk-cell-none = geen
insights-risk-cell-more = nog { $count }
insights-risk-cell-left = { $count ->
    [one] Nog { $count } staat hier niet; de pagina van elk contactmoment toont zijn eigen risico’s.
   *[other] Nog { $count } staan hier niet; de pagina van elk contactmoment toont zijn eigen risico’s.
}
insights-risk-likelihood = Waarschijnlijkheid
insights-risk-not-given = niet opgegeven
insights-risks-more = { $count ->
    [one] Het overige risico tonen
   *[other] De overige { $count } risico's tonen
}
insights-weakest-more = { $count ->
    [one] Het overige zwakke contactmoment tonen
   *[other] De overige { $count } zwakke contactmomenten tonen
}
insights-kpis-more = { $count ->
    [one] De overige KPI tonen
   *[other] De overige { $count } KPI's tonen
}
insights-conflicts-more = { $count ->
    [one] De overige strijdigheid tonen
   *[other] De overige { $count } strijdigheden tonen
}
insights-planned-more = { $count ->
    [one] Het overige geplande contactmoment tonen
   *[other] De overige { $count } geplande contactmomenten tonen
}
chart-priority-title = Kansen naar impact en inspanning
chart-priority-effort = Inspanning: weinig → veel
chart-priority-impact = Impact: klein → groot
chart-priority-dot = { $label } — { $touchpoint } (impact { $impact }, inspanning { $effort }, { $status })
chart-priority-desc = { $count ->
    [one] Impact (verticaal, 1 tot 5) tegenover inspanning (horizontaal, 1 tot 5) van { $count } gescoorde kans: { $quarters }. Elke stip linkt naar het bijbehorende contactmoment.
   *[other] Impact (verticaal, 1 tot 5) tegenover inspanning (horizontaal, 1 tot 5) van { $count } gescoorde kansen: { $quarters }. Elke stip linkt naar het bijbehorende contactmoment.
}
chart-priority-more = { $count ->
    [one] Nog { $count } kans met impact { $impact } en inspanning { $effort }: zie de lijst
   *[other] Nog { $count } kansen met impact { $impact } en inspanning { $effort }: zie de lijst
}
insights-left-opportunities = { $count ->
    [one] Nog { $count } kans staat niet op deze pagina, om haar licht te houden; de filters kijken naar de getoonde kansen.
   *[other] Nog { $count } kansen staan niet op deze pagina, om haar licht te houden; de filters kijken naar de getoonde kansen.
}
insights-left-risks = { $count ->
    [one] Nog { $count } risico staat niet op deze pagina, om haar licht te houden.
   *[other] Nog { $count } risico's staan niet op deze pagina, om haar licht te houden.
}
insights-all-opportunities = { $count ->
    [one] De hele kansenlijst: { $count } kans
   *[other] De hele kansenlijst: alle { $count } kansen, verdeeld over pagina's
}
insights-all-risks = { $count ->
    [one] Het hele risicoregister: { $count } risico
   *[other] Het hele risicoregister: alle { $count } risico's, verdeeld over pagina's
}
insights-full-backlog-page = Kansen { $first }–{ $last } van { $total }, op prioriteit: hoge impact eerst, dan weinig inspanning eerst, dan de volgorde van de klantreis; afgeronde kansen als laatste.
insights-full-risks-page = Risico's { $first }–{ $last } van { $total }, de ernstigste eerst, dan de waarschijnlijkste.
insights-full-backlog-all = { $count ->
    [one] De enige kans die bij een contactmoment is genoteerd.
   *[other] Alle { $count } kansen die bij de contactmomenten zijn genoteerd, op prioriteit: hoge impact eerst, dan weinig inspanning eerst, dan de volgorde van de klantreis; afgeronde kansen als laatste.
}
insights-full-risks-all = { $count ->
    [one] Het enige risico dat bij een contactmoment is genoteerd.
   *[other] Alle { $count } risico's die bij de contactmomenten zijn genoteerd, de ernstigste eerst, dan de waarschijnlijkste.
}
insights-full-back = Terug naar de inzichten
insights-left-weakest = { $count ->
    [one] Nog { $count } zwak contactmoment staat niet op deze pagina, om haar licht te houden; de lijst van contactmomenten toont van elk de emotie, de KPI-status en de waarde.
   *[other] Nog { $count } zwakke contactmomenten staan niet op deze pagina, om haar licht te houden; de lijst van contactmomenten toont van elk de emotie, de KPI-status en de waarde.
}
insights-left-kpis = { $count ->
    [one] Nog { $count } KPI staat niet op deze pagina, om haar licht te houden; de lijst van KPI's toont van elke KPI de status.
   *[other] Nog { $count } KPI's staan niet op deze pagina, om haar licht te houden; de lijst van KPI's toont van elke KPI de status.
}
insights-left-conflicts = { $count ->
    [one] Nog { $count } conflict staat niet op deze pagina, om haar licht te houden; de pagina van elk contactmoment noemt zijn eigen conflicten.
   *[other] Nog { $count } conflicten staan niet op deze pagina, om haar licht te houden; de pagina van elk contactmoment noemt zijn eigen conflicten.
}
insights-left-planned = { $count ->
    [one] Nog { $count } gepland contactmoment staat niet op deze pagina, om haar licht te houden; het filter van de kaart voor geplande contactmomenten toont ze allemaal.
   *[other] Nog { $count } geplande contactmomenten staan niet op deze pagina, om haar licht te houden; het filter van de kaart voor geplande contactmomenten toont ze allemaal.
}

## Benefits (benefits.html)

benefits-lede = Wat de contactmomenten het bedrijf opleveren, en welke contactmomenten en KPI's achter elke opbrengst staan.
benefits-nav-label = Opbrengsten op deze pagina
benefits-kpis = KPI's
benefits-no-kpi = Nog geen KPI toont deze opbrengst aan.
benefits-touchpoints = Contactmomenten
benefits-no-touchpoints = Er zijn geen contactmomenten gekoppeld.
benefits-empty = Er zijn geen opbrengsten. Voeg ze toe onder { $benefits }, bijvoorbeeld een klantenbestand, meer verkoop of positieve mond-tot-mondreclame.
benefits-at-a-glance = In één oogopslag
benefits-overview-caption = Elke balk: de KPI's van de baat, het deel op doel eerst. Elke stip: de gemiddelde emotie van de huidige contactmomenten, van −2 (links) tot +2 (rechts); het streepje staat voor neutraal. Kies een baat om ernaartoe te gaan.
benefits-overview-title = Baten in één oogopslag

## Stages and channels (stage.html, stages.html, channel.html, channels.html)

stage-eyebrow = Fase
stage-touchpoints = Contactmomenten
stage-limit-max = / max. { $limit }
stage-overloaded = overbelast: meer dan { $limit }
stage-within-limit = binnen de grens van { $limit }
stage-key-touchpoints = Sleutelcontactmomenten
stage-analog-digital = Analoog / digitaal
stage-mean-emotion = Gemiddelde emotie (huidig)
stage-emotion-detail = van de huidige contactmomenten, van −2 (zeer negatief) tot +2 (zeer positief)
stage-emotion-with-planned = met de { $count } geplande: { $value }
stage-emphasis = Waardeaccent in deze fase
stage-emphasis-intro = De waardepropositie legt hier de nadruk op deze onderdelen:
stage-emphasis-none = In deze fase ligt de nadruk op geen enkel waardeonderdeel.
stage-by-channel = Contactmomenten per kanaal
stage-no-touchpoints = Nog geen contactmomenten in deze fase.
stage-no-touchpoint-in = Geen contactmoment in:
stage-pager-label = Fasen
stage-previous = Vorige fase
stage-next = Volgende fase
stages-lede = De klantcyclus, op volgorde: de kolommen van de { $map }.
stages-lede-map = kaart
stages-none = Er zijn geen fasen.
channel-eyebrow = Kanaal
channel-touchpoints = Contactmomenten
channel-unused = ongebruikt kanaal
channel-in-stages = in { $used } van { $stages ->
    [one] { $stages } fase
   *[other] { $stages } fasen
}
channel-mode = Soort
channel-competitors-present = Aanwezige concurrenten
channel-by-stage = Contactmomenten per fase
channel-no-touchpoints = Nog geen contactmoment gebruikt dit kanaal.
channel-no-touchpoint-at = Geen contactmoment in:
channel-competitors = Concurrenten op dit kanaal
channel-no-competitors = Er is geen concurrent op dit kanaal vastgelegd.
channels-lede = Waar klanten ons tegenkomen: de rijen van de { $map }, analoog en digitaal.
channels-lede-map = kaart
channels-table-label = Kanalen
channels-unused = ongebruikt
channels-none = Er zijn geen kanalen.
stage-limit-at-most = van maximaal { $limit }
stage-channels = Kanalen
stage-channels-detail = contactmomenten in analoge en in digitale kanalen
stage-all-in-channel = Alle { $count } in { $channel }
stage-all-at-stage = in { $stage }
channel-all-at-stage = Alle { $count } in { $stage }
channel-all-in-channel = in { $channel }
group-more-shown = (de sleutelcontactmomenten en de zwakste worden getoond)
cell-eyebrow = Cel van de kaart
cell-lede-brand = { $count ->
    [one] { $count } contactmoment
   *[other] { $count } contactmomenten
} waarop klanten { $brand } tegenkomen via { $channel } in de fase { $stage }{ $ranked ->
    [true] , de sleutelcontactmomenten eerst, dan de zwakste: de kaart toont de eerste ervan in haar cel
   *[other] {""}
}.
cell-lede-us = { $count ->
    [one] { $count } contactmoment
   *[other] { $count } contactmomenten
} waarop klanten ons tegenkomen via { $channel } in de fase { $stage }{ $ranked ->
    [true] , de sleutelcontactmomenten eerst, dan de zwakste: de kaart toont de eerste ervan in haar cel
   *[other] {""}
}.
cell-mean-emotion = Gemiddelde emotie
cell-emotion-scale = van −2 (zeer negatief) tot +2 (zeer positief)
cell-worst-kpi = Slechtste KPI-status
cell-mean-value = Gemiddelde waardesterkte
cell-back-to-map = Terug naar de kaart
cell-filter-show-all = Toon alle contactmomenten van deze cel

## Personas (persona.html, personas.html)

persona-eyebrow = Persona
persona-map = Kaart van { $name }
persona-fit = Fit met de waardepropositie
persona-pains-relieved = Pijnpunten met een verzachter
persona-pains-met = { $met } van { $count ->
    [one] { $count } pijnpunt
   *[other] { $count } pijnpunten
}
persona-gains-created = Winsten met een winstmaker
persona-gains-met = { $met } van { $count ->
    [one] { $count } winst
   *[other] { $count } winsten
}
persona-on-full-map = Op de volledige kaart, met de filters
persona-map-intro-brand = { $count ->
    [one] Het { $count } contactmoment waarop { $name } { $brand } tegenkomt, per fase en kanaal.
   *[other] De { $count } contactmomenten waarop { $name } { $brand } tegenkomt, per fase en kanaal.
}
persona-map-intro-us = { $count ->
    [one] Het { $count } contactmoment waarop { $name } ons tegenkomt, per fase en kanaal.
   *[other] De { $count } contactmomenten waarop { $name } ons tegenkomt, per fase en kanaal.
}
persona-grid-caption = Contactmomenten van { $name } per fase van de klantcyclus (kolommen) en kanaal (rijen)
persona-grid-label = Kaart van { $name }: fasen horizontaal, kanalen verticaal (scrollt)
persona-no-touchpoints = Geen contactmoment noemt deze persona.
persona-jobs = Jobs to be done
persona-no-jobs = Geen jobs vastgelegd.
persona-pains = Pijnpunten
persona-no-reliever = geen verzachter
persona-no-pains = Geen pijnpunten vastgelegd.
persona-gains = Winsten
persona-no-creator = geen winstmaker
persona-no-gains = Geen winsten vastgelegd.
persona-journey = Klantreis
persona-card-label = Profiel van { $name }
persona-goals = Doelen
personas-on-the-map = { $name } op de kaart
personas-count-touchpoints = { $count ->
    [one] contactmoment
   *[other] contactmomenten
}
personas-count-jobs = { $count ->
    [one] job
   *[other] jobs
}
personas-count-pains = { $count ->
    [one] pijnpunt
   *[other] pijnpunten
}
personas-count-gains = { $count ->
    [one] winst
   *[other] winsten
}
personas-lede = De klanten die deze kaart volgt. Elke persona heeft een klantreis met een emotiecurve en een fit met de waardepropositie.
personas-empty = Er zijn geen persona's. De contactmomenten zijn dan voor „alle klanten”; zie de { $journey }.
personas-empty-journey = klantreis

## Competitors (competitor.html, competitors.html)

competitor-eyebrow = Concurrent
competitor-external = (externe site)
competitor-strengths = Sterke punten
competitor-weaknesses = Zwakke punten
competitor-channels = Kanalen
competitor-no-channels = Geen kanalen vastgelegd.
competitor-benchmark = Vergelijking met ons
competitor-practice = Aanpak en ons onderscheid, contactmoment per contactmoment
competitor-practice-label = Tabel met aanpak en onderscheid
competitor-their-practice = Aanpak van { $name }
competitor-how-we-differ = Hoe wij ons onderscheiden
competitor-no-practice = Nog geen contactmoment beschrijft de aanpak van { $name }.
competitors-lede = { $count ->
    [one] Hoe { $brand } zich verhoudt tot { $count } concurrent op de waardeonderdelen, waar die aanwezig is en hoe wij ons per contactmoment onderscheiden.
   *[other] Hoe { $brand } zich verhoudt tot { $count } concurrenten op de waardeonderdelen, waar elk aanwezig is en hoe wij ons per contactmoment onderscheiden.
}
competitors-practice-at = { $count ->
    [one] Aanpak vastgelegd bij { $count } contactmoment.
   *[other] Aanpak vastgelegd bij { $count } contactmomenten.
}
competitors-empty = Er zijn geen concurrenten. Voeg ze toe onder { $competitors } om de waardepropositie te vergelijken.
competitors-benchmark = Waardevergelijking
competitors-benchmark-intro = Scores van 0 tot 5 per waardeonderdeel. De score van { $brand } is het gemiddelde van de huidige contactmomenten die het onderdeel beoordelen (geplande contactmomenten zijn er nog niet).
competitors-positioning = Positioneringskaart
competitors-positioning-intro = { $x } (horizontaal) tegenover { $y } (verticaal), scores 0–5.
competitors-positioning-caption = Positionering op { $x } en { $y }; { $brand } is uitgelicht.
competitors-positioning-table = Positionering als tabel
competitors-positioning-none = Geen merk heeft scores op beide onderdelen.
competitors-coverage = Kanaaldekking
competitors-coverage-intro = Welke kanalen elke concurrent gebruikt, naast het aantal contactmomenten van { $brand } daar.
competitors-coverage-label = Tabel met kanaaldekking
competitors-coverage-touchpoints = contactmomenten
competitors-present = aanwezig
competitors-absent = afwezig

## Notes (note.html, notes.html, note bodies)

note-eyebrow = Notitie
note-tags-label = Labels
note-links-label = Koppelingen
note-linked-touchpoints = Gekoppelde contactmomenten
note-linked-kpis = Gekoppelde KPI's
note-linked-competitors = Gekoppelde concurrenten
note-links-to = Linkt naar
note-no-other-notes = Geen andere notities.
note-linked-from = Gelinkt vanuit
note-no-backlinks = Geen notitie linkt hierheen.
notes-lede = Onderzoek, workshops en besluiten achter de kaart, gegroepeerd per map. Notities linken naar de contactmomenten, KPI's en concurrenten waarover ze gaan.
notes-general = Algemeen
notes-empty = Nog geen notities. Zet markdownbestanden in { $notes } in de map van de kaart.
note-footnotes = Voetnoten
note-back-to-reference = Terug naar verwijzing { $ref }

## Search (search.html, app.js) and the page not found (404.html)

search-lede = Vind contactmomenten, KPI's, persona's, concurrenten, fasen, kanalen, opbrengsten en notities.
search-label = Zoek op de kaart
search-placeholder = bijv. afrekenen, Nina, NPS, levering
search-help = Elk woord moet overeenkomen. Druk op { $down } en { $up } om door de resultaten te gaan en op { $enter } om er een te openen.
search-key-enter = Enter
search-no-js = Zoeken heeft JavaScript nodig, en dat staat uit of kon niet laden. Blader in plaats daarvan door het { $touchpoints }, de { $map } of de { $notes }.
search-no-js-touchpoints = overzicht van contactmomenten
search-no-js-map = kaart
search-no-js-notes = notities
search-loading = De zoekindex wordt geladen…
search-type-to-search = { $count ->
    [one] Typ om { $count } pagina te doorzoeken.
   *[other] Typ om { $count } pagina's te doorzoeken.
}
search-no-results = Geen resultaten voor ‘{ $query }’.
search-results = { $count ->
    [one] { $count } resultaat voor ‘{ $query }’.
   *[other] { $count } resultaten voor ‘{ $query }’.
}
search-results-first = { $count } resultaten voor ‘{ $query }’, de eerste { $shown } worden getoond.
search-index-failed = De zoekindex kon niet worden geladen.
search-filter-kind = Toon
search-kind-all = Alles
search-filter-stage = Fase
search-filter-channel = Kanaal
search-all-stages = Alle fasen
search-all-channels = Alle kanalen
search-show-more = { $count ->
    [one] Toon nog { $count } resultaat
   *[other] Toon nog { $count } resultaten
}
search-kind-touchpoint = Contactmoment
search-kind-kpi = KPI
search-kind-competitor = Concurrent
search-kind-persona = Persona
search-kind-stage = Fase
search-kind-channel = Kanaal
search-kind-benefit = Opbrengst
search-kind-note = Notitie
search-meta-latest = laatste { $value }
search-meta-stage-position = { $n } van { $total }
not-found-lede = Deze pagina staat niet op de kaart. Misschien is ze hernoemd of verwijderd sinds de link werd gedeeld.
not-found-search = Zoek op de kaart
not-found-home = Naar het dashboard

## Map filters in the browser (app.js)

filter-showing-some = { $total ->
    [one] { $shown } van { $total } contactmoment getoond.
   *[other] { $shown } van { $total } contactmomenten getoond.
}
filter-showing-all = { $total ->
    [one] Het enige contactmoment wordt getoond.
   *[other] Alle { $total } contactmomenten worden getoond.
}

filter-cell-matching = { $shown } van de { $total ->
    [one] { $total } contactmoment in deze cel past
   *[other] { $total } contactmomenten in deze cel passen
} bij de filters.
filter-tile-emotion-not-rated = emotie niet beoordeeld
filter-tile-mean-emotion = gemiddelde emotie { $value } ({ $word })
filter-tile-kpis-planned = KPI's nog niet gemeten (gepland)
filter-tile-worst-kpi = slechtste KPI-status: { $status }
filter-tile-value-not-rated = waarde niet beoordeeld
filter-tile-mean-value = gemiddelde waarde { $score } van 5
filter-curve-hint = Klik op een naam om die persona te tonen of te verbergen.
## Live reload while serving (live.js)

live-errors = { $count ->
    [one] touchmap: de kaart heeft { $count } fout
   *[other] touchmap: de kaart heeft { $count } fouten
}
live-showing-last-good = — de laatste goede versie van deze pagina wordt getoond
live-appears-when-fixed = — de site verschijnt zodra ze zijn opgelost
live-folder-gone = touchmap: de map { $folder } van de kaart is verdwenen
live-folder-gone-detail = Ze is verwijderd of verplaatst. Zodra er weer een map op die plek staat, bouwt touchmap de site daaruit en laadt deze pagina opnieuw.

## Charts: titles and descriptions for screen readers (charts.rs)

chart-default-title = Grafiek
chart-trend = Trend
chart-no-data = Geen gegevens
chart-no-data-sentence = Geen gegevens.
chart-series-as-is = { $who } — huidig
chart-series-to-be = { $who } — met geplande contactmomenten
chart-emotion-desc = Emotie per fase van -2 (zeer negatief) tot +2 (zeer positief); { $points }.
chart-stage-value = { $stage } { $value }
chart-stage-no-touchpoint = { $stage } geen contactmoment
chart-target = doel { $value }
chart-baseline = nulmeting { $value }
chart-one-value-dated = Eén waarde: { $value } ({ $date })
chart-values-dated = { $count } waarden van { $first } ({ $firstDate }) tot { $last } ({ $lastDate }), laagste { $min }, hoogste { $max }
chart-desc-target = ; doel { $value }
chart-desc-baseline = ; nulmeting { $value }
chart-one-value = Eén waarde: { $value }.
chart-values = { $count } waarden van { $first } tot { $last }, laagste { $min }, hoogste { $max }.
chart-benchmark-title = Waardevergelijking
chart-profile-title = Waardeprofiel
chart-positioning-title = Positioneringskaart
chart-not-available = n.v.t.
chart-scores-desc = Scores van 0 tot 5 per onderdeel; { $profiles }.
chart-component-no-data = { $component } geen gegevens
chart-highlighted = (uitgelicht)
chart-point = { $label } op ({ $x }; { $y })
chart-positioning-desc = Positioneringskaart met { $x } op de horizontale as en { $y } op de verticale as, beide van 0 tot 5: { $points }.

chart-target-sentence = Doel: { $value }.
chart-emotion-planned = (gepland)
chart-emotion-steps-desc = Emotie bij elk contactmoment van de klantreis, van −2 (zeer negatief) tot +2 (zeer positief). { $walks }.
chart-emotion-walk = { $who }: { $count ->
    [one] { $count } contactmoment
   *[other] { $count } contactmomenten
}
chart-emotion-walk-planned = ({ $count } gepland)
chart-emotion-walk-lowest = dieptepunt bij { $points }
chart-benefits-kpis = KPI's op doel
chart-benefits-emotion = Gemiddelde emotie
chart-benefits-kpis-on-target = { $on } van { $total } KPI's op doel
chart-benefits-mean-emotion = gemiddelde emotie { $value }
chart-benefits-emotion-not-rated = emotie niet beoordeeld
chart-benefits-not-scored = niet gescoord

## Posters: map.svg and journey-ID.svg (charts/map_poster, charts/journey_poster.rs, views/overview/posters.rs)

poster-journey-no-emotion = Bij deze contactmomenten is nog geen emotie beoordeeld.
poster-journey-no-emotion-desc = Er is nog geen emotie beoordeeld.
poster-journey-caption = Eén punt per contactmoment, in de volgorde van de klantreis, van −2 (zeer negatief) tot +2 (zeer positief); een ring markeert een pijnpunt.
poster-legend-as-is = huidig
poster-legend-to-be = met geplande contactmomenten (open)
poster-legend-pain = pijnpunt
poster-legend-spontaneous = spontaan (niet door ons beheerd)
poster-more = +{ $count } meer
poster-map-desc = { $subtitle }: { $stages ->
    [one] { $stages } fase
   *[other] { $stages } fasen
} horizontaal, { $channels ->
    [one] { $channels } kanaal
   *[other] { $channels } kanalen
} verticaal, één kaart per contactmoment, gekleurd naar emotie.

## Default stages and value components, when a map declares none (model/resolve.rs)

default-stage-awareness = Bewustwording
default-stage-awareness-description = Eerste contact: de klant ontdekt dat het merk bestaat.
default-stage-consideration = Overweging
default-stage-consideration-description = De klant zoekt informatie en vergelijkt.
default-stage-decision = Beslissing
default-stage-decision-description = De klant kiest en koopt.
default-stage-post-purchase = Na de aankoop
default-stage-post-purchase-description = Levering, eerste gebruik, service en feedback.
default-stage-retention = Behoud
default-stage-retention-description = Loyaliteit, herhaalaankopen en aanbevelingen.
default-component-price = Prijs
default-component-price-description = Wat de klant betaalt en hoe eerlijk dat voelt.
default-component-service = Service
default-component-service-description = Hulp, gemak en betrouwbaarheid rond het product.
default-component-personalization = Personalisatie
default-component-personalization-description = Hoe goed het aanbod bij deze klant past.
default-component-proximity = Nabijheid
default-component-proximity-description = Dicht bij de klant zijn, fysiek of in de tijd.

## What changed (changes.html, diff/mod.rs)

changes-eyebrow = Wijzigingen
changes-since = sinds { $label }
changes-working-tree = de werkmap
changes-nothing = Er is niets op de kaart veranderd sinds { $label }.
changes-that-revision = die versie
changes-compared = Vergeleken met { $label }: { $summary }.
changes-earlier-revision = de eerdere versie
changes-summary-none = geen wijzigingen
changes-legend-label = Symbolen
changes-legend = Symbolen:
changes-mark-added = toegevoegd
changes-mark-removed = verwijderd
changes-mark-changed = gewijzigd
changes-mark-better = doel gehaald
changes-mark-worse = onder doel gezakt
changes-none = Geen wijzigingen.
changes-title-touchpoints = { $change ->
    [added] Toegevoegde contactmomenten
    [removed] Verwijderde contactmomenten
   *[changed] Gewijzigde contactmomenten
}
changes-title-kpis = { $change ->
    [added] Toegevoegde KPI's
    [removed] Verwijderde KPI's
   *[changed] Gewijzigde KPI's
}
changes-title-kpis-crossed = KPI's die hun doel zijn gepasseerd
changes-title-stages = { $change ->
    [added] Toegevoegde fasen
    [removed] Verwijderde fasen
   *[changed] Gewijzigde fasen
}
changes-title-channels = { $change ->
    [added] Toegevoegde kanalen
    [removed] Verwijderde kanalen
   *[changed] Gewijzigde kanalen
}
changes-title-personas = { $change ->
    [added] Toegevoegde persona's
    [removed] Verwijderde persona's
   *[changed] Gewijzigde persona's
}
changes-title-competitors = { $change ->
    [added] Toegevoegde concurrenten
    [removed] Verwijderde concurrenten
   *[changed] Gewijzigde concurrenten
}
changes-title-benefits = { $change ->
    [added] Toegevoegde opbrengsten
    [removed] Verwijderde opbrengsten
   *[changed] Gewijzigde opbrengsten
}
changes-title-notes = { $change ->
    [added] Toegevoegde notities
    [removed] Verwijderde notities
   *[changed] Gewijzigde notities
}
changes-count-touchpoints = { $count ->
    [one] { $count } contactmoment
   *[other] { $count } contactmomenten
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-count-kpis = { $count ->
    [one] { $count } KPI
   *[other] { $count } KPI's
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-count-kpis-crossed = { $count ->
    [one] { $count } KPI is over zijn doel gegaan
   *[other] { $count } KPI's zijn over hun doel gegaan
}
changes-count-stages = { $count ->
    [one] { $count } fase
   *[other] { $count } fasen
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-count-channels = { $count ->
    [one] { $count } kanaal
   *[other] { $count } kanalen
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } persona's
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-count-competitors = { $count ->
    [one] { $count } concurrent
   *[other] { $count } concurrenten
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-count-benefits = { $count ->
    [one] { $count } opbrengst
   *[other] { $count } opbrengsten
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-count-notes = { $count ->
    [one] { $count } notitie
   *[other] { $count } notities
} { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd
}
changes-at = bij { $cell }
changes-was-at = stond bij { $cell }
changes-moved = verplaatst van { $from } naar { $to }
changes-renamed = hernoemd van ‘{ $from }’ naar ‘{ $to }’
changes-emotion = emotie veranderd van { $from } naar { $to }
changes-value = waarde { $component } veranderd van { $from } naar { $to }
changes-emotion-for = emotie voor { $persona } veranderd van { $from } naar { $to }
changes-opportunity = kans ‘{ $text }’: { $changes }
changes-risk = risico ‘{ $text }’: { $changes }
changes-impact = impact veranderd van { $from } naar { $to }
changes-effort = inspanning veranderd van { $from } naar { $to }
changes-severity = ernst veranderd van { $from } naar { $to }
changes-likelihood = waarschijnlijkheid veranderd van { $from } naar { $to }
changes-not-scored = niet gescoord
changes-not-given = niet opgegeven
changes-state = stand veranderd van { $from } naar { $to }
changes-priority = prioriteit veranderd van { $from } naar { $to }
changes-also = ook gewijzigd: { $fields }
changes-status = status veranderd van { $from } naar { $to }
changes-target = doel veranderd van { $from } naar { $to }
changes-latest-was = laatste { $value }, was { $was }
changes-latest = laatste { $value }
changes-first-measurement = eerste meting: { $value }
changes-no-measurements = geen metingen meer (was { $was })
changes-now = nu { $status }
changes-value-in = { $value } in { $date }
changes-at-least = minstens { $value }
changes-at-most = hoogstens { $value }
changes-none-word = geen
changes-not-rated = niet beoordeeld
changes-badge-better = beter
changes-badge-worse = slechter

## Exports: the column headers of touchpoints.csv and kpis.csv (exports.rs)

csv-id = id
csv-name = naam
csv-stage = fase
csv-channel = kanaal
csv-mode = soort
csv-personas = personas
csv-control = beheer
csv-priority = prioriteit
csv-state = stand
csv-owner = eigenaar
csv-emotion = emotie
csv-emotion-label = emotie_label
csv-value-strength = waardesterkte
csv-kpis = kpis
csv-kpi-status = kpi_status
csv-evidence = onderbouwing
csv-risks = risicos
csv-kind = soort
csv-unit = eenheid
csv-direction = richting
csv-baseline = nulmeting
csv-target = doel
csv-source = bron
csv-status = status
csv-latest-date = datum_laatste_meting
csv-latest = laatste_meting
csv-emotion-score-persona = emotie_score_{ $persona }
csv-emotion-label-persona = emotie_label_{ $persona }

## Dates: a measurement's date as the map writes it (2026-12, 2026-12-05), in words

month-1 = jan
month-2 = feb
month-3 = mrt
month-4 = apr
month-5 = mei
month-6 = jun
month-7 = jul
month-8 = aug
month-9 = sep
month-10 = okt
month-11 = nov
month-12 = dec
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
