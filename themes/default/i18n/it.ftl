# touchmap: le parole del sito in italiano. Le variabili sono descritte in en.ftl.
# Come negli articoli: «punti di contatto», e il prestito «customer journey» (femminile); le KPI al femminile.

## Site frame (base.html)

site-skip-to-content = Vai al contenuto
site-nav-label = Menu principale
site-breadcrumb-label = Percorso di navigazione
site-download-map = Scarica la mappa:
site-built-with = Realizzato con { $generator }

## Navigation and page titles

nav-dashboard = Dashboard
nav-map = Mappa
nav-journey = Customer journey
nav-touchpoints = Punti di contatto
nav-value = Valore
nav-kpis = KPI
nav-competitors = Concorrenti
nav-benefits = Vantaggi
nav-insights = Analisi
nav-notes = Note
nav-search = Cerca
nav-changes = Cosa è cambiato

title-map = Mappa dei punti di contatto
title-journey = Customer journey
title-value = Proposta di valore
title-insights = Analisi
title-benefits = Vantaggi
title-search = Cerca
title-touchpoints = Punti di contatto
title-stages = Fasi
title-channels = Canali
title-personas = Buyer persona
title-kpis = KPI
title-competitors = Concorrenti
title-notes = Note
title-not-found = Pagina non trovata
title-changes = Cosa è cambiato da { $since }
nav-personas = Personas
title-list-page = { $title }, pagina { $n }

## Words shared by many pages

mode-analog = analogico
mode-digital = digitale
control-managed = gestito
control-spontaneous = spontaneo
priority-key = chiave
priority-supporting = di supporto
state-current = attuale
state-planned = pianificato
evidence-assumed = ipotesi
evidence-partial = parziale
evidence-researched = supportato da ricerche
kpi-kind-quantitative = quantitativa
kpi-kind-qualitative = qualitativa
severity-low = bassa
severity-medium = media
severity-high = alta
kpi-source-crm = CRM
kpi-source-profiling = profilazione
kpi-source-marketing-automation = marketing automation
kpi-source-analytics = web analytics
kpi-source-survey = sondaggio
kpi-source-manual = inserimento manuale
kpi-direction-down = più basso è, meglio è
kpi-direction-up = più alto è, meglio è

emotion-very-positive = molto positiva
emotion-positive = positiva
emotion-neutral = neutra
emotion-negative = negativa
emotion-very-negative = molto negativa
emotion-not-rated = non valutata

kpi-status-on-target = obiettivo raggiunto
kpi-status-off-target = obiettivo mancato
kpi-status-no-data = nessun dato
kpi-status-no-target = senza obiettivo
kpi-status-not-scored = senza punteggio (qualitativa)
kpi-status-none = nessuna KPI
kpi-status-planned = in programma

value-strength = { $score } su 5
value-not-rated = non valutato
score-of-5 = { $score }/5
percent = { $value }%
count-of = { $part } di { $whole }

common-none = nessuno
common-none-sentence = Nessuno.
common-none-listed = Nessuno elencato.
common-none-recorded = Nessuno registrato.
common-not-rated = non valutato
common-not-described = non descritto
common-no-owner = senza responsabile
common-overloaded = sovraccarica
common-no-touchpoints = nessun punto di contatto
common-key-touchpoint = Punto di contatto chiave
common-us = noi
common-us-brand = Il nostro brand

count-touchpoints = { $count ->
    [one] { $count } punto di contatto
   *[other] { $count } punti di contatto
}
count-touchpoints-of = { $shown } di { $total ->
    [one] { $total } punto di contatto
   *[other] { $total } punti di contatto
}
count-personas = { $count } buyer persona
count-competitors = { $count ->
    [one] { $count } concorrente
   *[other] { $count } concorrenti
}
count-kpis = { $count } KPI
count-notes = { $count ->
    [one] { $count } nota
   *[other] { $count } note
}
count-channels = { $count ->
    [one] { $count } canale
   *[other] { $count } canali
}
count-risks = { $count ->
    [one] { $count } rischio
   *[other] { $count } rischi
}
count-warnings = { $count ->
    [one] { $count } avviso
   *[other] { $count } avvisi
}
pager-previous = Precedente
pager-next = Successiva
list-left = Altri { $count } { $what } non sono elencati in questa pagina, per tenerla leggera; { $where }.
poster-svg-note = (SVG, per slide e poster)
list-pager-label = Pagine dell’elenco
list-pager-label-end = Pagine dell’elenco, in fondo

## Table headers

th-kpi = KPI
th-status = Stato
th-latest = Ultimo valore
th-target = Obiettivo
th-baseline = Valore di partenza
th-trend = Andamento
th-owner = Responsabile
th-owner-source = Responsabile · fonte
th-touchpoint = Punto di contatto
th-touchpoints = Punti di contatto
th-stage = Fase
th-channel = Canale
th-mode = Tipo
th-description = Descrizione
th-emotion = Emozione
th-kpi-status = Stato KPI
th-value = Valore
th-evidence = Evidenze
th-strength = Forza
th-key = Chiave
th-analog = Analogico
th-digital = Digitale
th-mean-emotion = Emozione media (attuale)
th-load = Carico
th-severity = Gravità
th-risk = Rischio
th-opportunity = Opportunità
th-brand = Brand
th-component = Componente
th-date = Data
th-lane = Corsia
th-as-is = Attuale
th-with-planned = Con i pianificati

## Touchpoint cards (partials/ui.html)

card-key = chiave
card-planned = pianificato
card-spontaneous = spontaneo
card-value-title = Punteggio medio di valore
card-value-prefix = Valore:
card-value-not-rated = valore non valutato
card-value-score = valore { $score }/5
card-owner = Responsabile: { $owner }
card-spontaneous-title = Spontaneo: non gestito da noi
card-emotion-aside = (emozione: { $word })
card-emotion-title = Emozione: { $word }
card-kpis-not-measured = KPI: non ancora misurate
card-kpi-status = KPI: { $status }
weight-severity = gravità { $n }/3
weight-importance = importanza { $n }/3
notes-panel-heading = Note
notes-panel-empty = Nessuna nota è ancora collegata qui.
tile-emotion-not-rated = emozione non valutata
tile-mean-emotion = emozione media { $mean } ({ $word })
tile-kpis-planned = KPI non ancora misurati (pianificato)
tile-worst-kpi = peggior stato KPI: { $status }
tile-mean-value = valore medio { $score } su 5
rollup-not-scored = { $count } senza punteggio
rollup-emotion = { $count ->
    [one] Emozione media { $emotion } ({ $word }), su { $count } punto di contatto attuale
   *[other] Emozione media { $emotion } ({ $word }), su { $count } punti di contatto attuali
}
rollup-emotion-not-rated = Emozione non valutata nei punti di contatto attuali
rollup-legend-kpis = KPI:
rollup-legend-rest = senza obiettivo o senza punteggio
vpc-our-offer = La nostra offerta
vpc-pains-relieved = { $met } su { $count ->
    [one] { $count } pain alleviato
   *[other] { $count } pain alleviati
}
vpc-gains-created = { $met } su { $count ->
    [one] { $count } gain creato
   *[other] { $count } gain creati
}
vpc-square-label = Il quadrato: proposta di valore
vpc-square-label-for = Il quadrato: proposta di valore per { $name }
vpc-fits = si adatta a
vpc-circle-label = Il cerchio: profilo cliente di { $name }
vpc-customer-profile = Profilo cliente
vpc-customer-jobs = Job del cliente
vpc-creates = crea
vpc-relieves = allevia
vpc-created-by = creato da
vpc-relieved-by = alleviato da
vpc-not-addressed = non affrontato

## Dashboard (index.html)

dashboard-key-figures = Dati principali
dashboard-touchpoints = Punti di contatto
dashboard-touchpoints-key = { $count } chiave
dashboard-touchpoints-planned = { $count ->
    [one] { $count } pianificato
   *[other] { $count } pianificati
}
dashboard-analog-digital = Analogici / digitali
dashboard-analog-count = { $count ->
    [one] { $count } analogico
   *[other] { $count } analogici
}
dashboard-digital-count = { $count ->
    [one] { $count } digitale
   *[other] { $count } digitali
}
dashboard-kpis-on-target = KPI in linea con l’obiettivo
dashboard-kpis-off-target = { $count } fuori obiettivo
dashboard-kpis-no-data = { $count } senza dati
dashboard-kpis-no-target = { $count } senza obiettivo
dashboard-kpis-not-scored = { $count ->
    [one] { $count } senza punteggio (qualitativa)
   *[other] { $count } senza punteggio (qualitative)
}
dashboard-high-risks = Rischi alti
dashboard-high-risks-some = rischi di gravità alta da mitigare
dashboard-high-risks-none = Nessun rischio di gravità alta
dashboard-empty-cells = Celle vuote
dashboard-empty-cells-of = su { $count }
dashboard-empty-cells-detail = celle fase × canale senza punti di contatto
dashboard-also-on-map = Anche su questa mappa
dashboard-kpi-status = Stato delle KPI
dashboard-all-kpis = Tutte le KPI
dashboard-kpi-table-label = Tabella dello stato delle KPI
dashboard-no-kpis = Questa mappa non definisce ancora nessuna KPI.
dashboard-weakest = Punti di contatto più deboli
dashboard-all-weak = Tutti i punti di contatto deboli
dashboard-weakest-intro = In ordine di emozione, valore trasmesso e KPI fuori obiettivo.
dashboard-weakest-none = Nessun punto di contatto debole: tutti hanno un punteggio neutro o superiore.
dashboard-open-risks = Rischi aperti
dashboard-risk-register = Registro dei rischi
dashboard-risks-none = Non è registrato alcun rischio.
dashboard-by-stage = Per fase
dashboard-open-map = Apri la mappa
dashboard-by-stage-label = Punti di contatto per fase, tabella
dashboard-within-limit = entro il limite
dashboard-emotion-note = Emozione media dei punti di contatto attuali, da −2 (molto negativa) a +2 (molto positiva); i punti di contatto pianificati rientrano nei totali, ma non nell’emozione.
dashboard-findings = Risultati di { $command }
finding-error = errore
finding-warning = avviso
dashboard-finding-hint = Suggerimento: { $hint }
dashboard-findings-none = Nessun risultato: { $command } non segnala avvisi per questa mappa.
dashboard-channels-detail = punti di contatto nei canali analogici e digitali
dashboard-kpis-attention = I { $shown } KPI su { $count } che richiedono più attenzione: prima quelli fuori obiettivo, poi quelli senza dati.
dashboard-all-n-kpis = Tutti i { $count } KPI
dashboard-all-benefits = Tutti i benefici
dashboard-benefit-emotion = emozione media { $emotion }
dashboard-health = Salute della mappa
dashboard-health-intro = Cosa manca ancora alla mappa o cosa segnala, per chi la tiene aggiornata.
dashboard-health-details = Dettagli per chi cura la mappa: { $count ->
    [one] { $count } avviso
   *[other] { $count } avvisi
} di { $command }, con file e riga
dashboard-health-good = Niente da correggere: ogni punto di contatto chiave ha un KPI e un responsabile, ogni pain un pain reliever e nessun rischio è alto.
health-high-risk = { $count ->
    [one] { $count } rischio ha gravità alta
   *[other] { $count } rischi hanno gravità alta
}
health-unaddressed-pain = { $count ->
    [one] { $count } pain del cliente non ha un pain reliever
   *[other] { $count } pain dei clienti non hanno un pain reliever
}
health-key-without-kpi = { $count ->
    [one] { $count } punto di contatto chiave non ha KPI
   *[other] { $count } punti di contatto chiave non hanno KPI
}
health-key-without-owner = { $count ->
    [one] { $count } punto di contatto chiave non ha un responsabile
   *[other] { $count } punti di contatto chiave non hanno un responsabile
}
health-brand-conflict = { $count ->
    [one] { $count } punto di contatto va contro un valore del brand
   *[other] { $count } volte un punto di contatto va contro un valore del brand
}
health-overloaded-stage = { $count ->
    [one] { $count } fase ha più punti di contatto di quanti la mappa ne consenta
   *[other] { $count } fasi hanno più punti di contatto di quanti la mappa ne consenta
}
health-emotion-for-unserved-persona = { $count ->
    [one] { $count } emozione è indicata per una persona che il punto di contatto non serve
   *[other] { $count } emozioni sono indicate per personas che i loro punti di contatto non servono
}
health-unused-channel = { $count ->
    [one] { $count } canale non ha punti di contatto
   *[other] { $count } canali non hanno punti di contatto
}
health-unused-competitor = { $count ->
    [one] { $count } concorrente non compare in nessun punto di contatto
   *[other] { $count } concorrenti non compaiono in nessun punto di contatto
}
health-broken-link = { $count ->
    [one] { $count } link nelle note non porta da nessuna parte
   *[other] { $count } link nelle note non portano da nessuna parte
}
health-missing-alt = { $count ->
    [one] { $count } immagine non ha un testo per chi non può vederla
   *[other] { $count } immagini non hanno un testo per chi non può vederle
}
health-other = { $count ->
    [one] { $count } altro punto da controllare nei file della mappa
   *[other] { $count } altri punti da controllare nei file della mappa
}

## Map (map.html, partials/map_grid.html)

map-lede-counts = { $touchpoints ->
    [one] { $touchpoints } punto di contatto
   *[other] { $touchpoints } punti di contatto
} in { $stages ->
    [one] { $stages } fase
   *[other] { $stages } fasi
} e { $channels ->
    [one] { $channels } canale
   *[other] { $channels } canali
}.
map-lede-explain-brand = Ogni colonna è una fase del ciclo di vita del cliente, ogni riga un canale; una cella elenca i punti di contatto in cui i clienti incontrano { $brand } in quel momento.
map-lede-explain-us = Ogni colonna è una fase del ciclo di vita del cliente, ogni riga un canale; una cella elenca i punti di contatto in cui i clienti ci incontrano in quel momento.
map-colour-by = Colora le schede per
map-colour-emotion = Emozione
map-colour-kpi = Stato KPI
map-colour-value = Forza del valore
map-filters-label = Filtra i punti di contatto
map-filters-title = Filtri
map-filter-persona = Buyer persona
map-filter-all-personas = Tutte le buyer persona
map-filter-mode = Tipo di canale
map-filter-mode-all = Analogici e digitali
map-filter-mode-analog = Solo analogici
map-filter-mode-digital = Solo digitali
map-filter-control = Gestione
map-filter-control-all = Gestiti e spontanei
map-filter-control-managed = Solo gestiti
map-filter-control-spontaneous = Solo spontanei
map-filter-state = Stato
map-filter-state-all = Attuali e pianificati
map-filter-state-current = Attuali (as-is)
map-filter-state-planned = Pianificati (to-be)
map-filter-key-only = Solo punti di contatto chiave
map-filter-reset = Mostra tutto
map-legend-emotion-label = Colori delle emozioni
map-legend-emotion = Emozione:
map-legend-kpi-label = Colori dello stato KPI
map-legend-kpi = Stato KPI:
map-legend-planned-not-measured = pianificato (non ancora misurato)
map-legend-value-label = Colori della forza del valore
map-legend-value = Forza del valore (punteggio medio):
map-legend-score-on-card = il punteggio su ogni scheda
map-legend-symbols-label = Simboli
map-legend-symbols = Simboli:
map-legend-planned-dashed = pianificato (bordo tratteggiato)
map-legend-mode-rows = righe { $analog } { $digital }
map-no-channels = Questa mappa non ha ancora canali, quindi la griglia non ha righe. Aggiungi { $channels } (per esempio sito web, e-mail, negozio, telefono) e { $touchpoints } in un file YAML della mappa.
map-no-touchpoints = Questa mappa non ha ancora punti di contatto. Aggiungili sotto { $touchpoints }, ciascuno con un campo { $stage } e un campo { $channel }.
map-grid-caption = Punti di contatto per fase del ciclo di vita (colonne) e canale (righe)
map-grid-label = Mappa dei punti di contatto: fasi in orizzontale, canali in verticale (scorrevole)
map-scroll-hint = Su uno schermo stretto la mappa scorre in orizzontale nella sua cornice; la colonna dei canali e la riga delle fasi restano ferme. Ogni punto di contatto rimanda alla sua pagina.
grid-corner-stage = Fase
grid-corner-channel = Canale
grid-stage-step = Fase { $n }
grid-group-analog = canali analogici
grid-group-digital = canali digitali
grid-no-matching = nessun punto di contatto corrispondente
grid-empty-cell = vuota
map-view-show = Mostra
map-view-overview = Panoramica
map-view-cards = Tutte le schede
map-poster-download = Scarica la mappa come immagine
map-overview-hint = Ogni riquadro conta i punti di contatto della sua cella ed è colorato come le schede; apri un riquadro per vederli.
map-cell-dialog-title = Punti di contatto di una cella
map-cell-dialog-close = Chiudi
map-cell-dialog-page = Questa cella in una pagina a sé
map-cell-dialog-first = { $shown ->
    [one] Uno di essi è qui sotto; la pagina della cella li mostra tutti.
   *[other] { $shown } di essi sono qui sotto; la pagina della cella li mostra tutti.
}
grid-more = altri { $number }
grid-more-at = in { $where }
poster-map-subtitle = { $touchpoints ->
    [one] { $touchpoints } punto di contatto
   *[other] { $touchpoints } punti di contatto
} in { $stages ->
    [one] { $stages } fase
   *[other] { $stages } fasi
} e { $channels ->
    [one] { $channels } canale
   *[other] { $channels } canali
} · schede colorate per emozione
poster-map-capped = Una cella con più di { $limit } punti di contatto ne mostra { $shown } (prima quelli chiave, poi i più deboli) e quanti altri ne ha; il sito li elenca tutti.
poster-drawn-by = Disegnato da touchmap { $version } dai file della mappa.

## Journey (journey.html, partials/journey.html)

journey-lede = { $stages ->
    [one] Come si sente ogni persona in ogni punto di contatto della { $stages } fase, e cosa vi incontra: il prodotto, l’interazione, la comunicazione, cosa pensa, i suoi pain e le nostre opportunità.
   *[other] Come si sente ogni persona in ogni punto di contatto lungo le { $stages } fasi, e cosa vi incontra: il prodotto, l’interazione, la comunicazione, cosa pensa, i suoi pain e le nostre opportunità.
}
journey-personas-label = Buyer persona in questa pagina
journey-jump-to = Vai a
journey-persona-profile = Profilo della buyer persona
journey-all-customers = Tutti i clienti
journey-curve-caption = Un punto per punto di contatto, nell’ordine della journey, da −2 (molto negativo) a +2 (molto positivo); un punto rimanda al suo punto di contatto e un anello segna un momento di pain, dove una persona si sente peggio.
journey-curve-caption-markers = Un punto per punto di contatto, nell’ordine della journey, da −2 (molto negativo) a +2 (molto positivo); un anello segna un momento di pain, dove una persona si sente peggio, e rimanda al suo punto di contatto. Il grafico ha troppi punti per collegarli tutti: le corsie sotto portano a ogni punto di contatto.
journey-legend-as-is = as-is (punti di contatto attuali)
journey-legend-to-be = con i punti di contatto pianificati (to-be), disegnati vuoti
journey-table-summary = Emozione media per fase, come tabella
journey-table-label = Emozione media per fase
journey-no-rating = non valutata
journey-lanes-heading = Cosa incontra { $who } in ogni fase
journey-lane-touchpoints = Punti di contatto
journey-lane-product = Prodotto
journey-lane-interaction = Interazione
journey-lane-communication = Comunicazione
journey-lane-perception = Percezione
journey-lane-pains = Criticità
journey-lane-opportunities = Opportunità
journey-planned-mark = pianificato
journey-lane-none = nessuno
journey-curve-title = Emozione lungo la customer journey
journey-curve-title-of = Emozione lungo la customer journey: { $who }
journey-lanes-of = Corsie di
journey-curve-scroll = Il grafico è più largo della pagina: scorrilo lateralmente.
journey-poster-download = Scarica questa curva come immagine
journey-posters-download = Scarica la curva di una persona come immagine:
journey-feels-worst-at = { $name } si sente peggio in
journey-lanes-folded = { $count ->
    [one] { $count } punto di contatto: ogni fase è chiusa, aprine una per vederne le schede.
   *[other] { $count } punti di contatto: ogni fase è chiusa, aprine una per vederne le schede.
}
journey-lanes-summarised = { $count ->
    [one] { $count } punto di contatto: ogni fase è chiusa, aprine una per vederne le schede.
   *[other] { $count } punti di contatto: una fase che ne ha molti mostra i suoi punti più bassi e porta a una pagina con tutti; le altre sono chiuse, aprine una per vederne le schede.
}
journey-lane-stage-link = La fase { $stage }
journey-lane-no-touchpoint = Nessun punto di contatto qui.
journey-lane-eyebrow = Corsia della journey
journey-lane-title = { $stage }: cosa incontra { $who }
journey-lane-lede = { $count ->
    [one] Il punto di contatto che { $who } incontra nella fase { $stage }, colorato secondo come { $who } si sente lì.
   *[other] I { $count } punti di contatto che { $who } incontra nella fase { $stage }, nell’ordine della journey, ciascuno colorato secondo come { $who } si sente lì.
}
journey-lane-mean = Emozione media (attuale): { $mean } ({ $word }).
journey-lane-lowest = { $count ->
    [one] Il punto più basso:
   *[other] I { $count } punti più bassi:
}
journey-lane-all = { $count ->
    [one] L’unico punto di contatto di { $stage }
   *[other] Tutti i { $count } punti di contatto di { $stage }
}
journey-lane-back = Torna alla journey

## Touchpoint page (touchpoint.html)

touchpoint-eyebrow = Punto di contatto
touchpoint-classification = Classificazione
touchpoint-key = punto di contatto chiave
touchpoint-planned = pianificato (to-be)
touchpoint-current = attuale (as-is)
touchpoint-evidence = evidenze: { $evidence }
touchpoint-about = Descrizione
touchpoint-experience = Esperienza del cliente
touchpoint-emotion = Emozione: { $word }
touchpoint-emotion-scale = ({ $score } su una scala da −2 a +2)
touchpoint-perception = Percezione:
touchpoint-value = Valore trasmesso
touchpoint-value-mean = media: { $label }
touchpoint-no-components = La mappa non definisce componenti di valore.
touchpoint-pains = Criticità
touchpoint-no-pains = Nessuna criticità registrata.
touchpoint-opportunities = Opportunità
touchpoint-no-opportunities = Nessuna opportunità registrata.
touchpoint-risks = Rischi
touchpoint-risk-likelihood = probabilità { $level }
touchpoint-opportunity-impact = impatto { $score }
touchpoint-opportunity-effort = sforzo { $score }
touchpoint-opportunity-owner = responsabile: { $owner }
touchpoint-no-risks = Nessun rischio registrato.
touchpoint-brand-values = Valori del brand
touchpoint-aligned = In linea con
touchpoint-none-stated = Nessuno indicato.
touchpoint-in-conflict = In conflitto con
touchpoint-no-conflicts = Nessun conflitto.
touchpoint-competitors = Concorrenti presenti
touchpoint-their-practice = Come operano
touchpoint-not-described = Non descritto.
touchpoint-how-we-differ = Come ci differenziamo
touchpoint-no-competitors = Per questo punto di contatto non è registrata alcuna pratica dei concorrenti.
touchpoint-kpis = KPI
touchpoint-kpis-planned = Questo punto di contatto è pianificato: queste KPI lo misureranno quando esisterà, e i dati qui sotto non sono ancora i suoi.
touchpoint-no-kpis = Nessuna KPI misura ancora questo punto di contatto.
touchpoint-kpi-over-time = Andamento di { $name }
touchpoint-all-measurements = Tutte le misurazioni
touchpoint-facts = In sintesi
fact-stage = Fase
fact-channel = Canale
fact-control = Gestione
fact-priority = Priorità
fact-state = Stato
fact-owner = Responsabile
fact-evidence = Evidenze
fact-personas = Buyer persona
fact-emotion = Emozione
fact-kpi-status = Stato KPI
fact-strength = Forza
touchpoint-key-without-owner = chiave senza responsabile
touchpoint-all-personas = Tutte le buyer persona
touchpoint-weak = debole
touchpoint-fine = buono
touchpoint-pager-label = Lungo la customer journey
touchpoint-previous = Punto di contatto precedente
touchpoint-next = Punto di contatto successivo
touchpoint-emotion-by-persona = Emozione per persona
touchpoint-emotion-personas-mean = media delle persona

## KPI figures and charts (touchpoint.html, kpi.html)

kpi-latest = Ultimo valore
kpi-target = Obiettivo
kpi-baseline = Valore di partenza
kpi-direction = Direzione
kpi-no-data = nessun dato
kpi-chart-target-line = linea tratteggiata: obiettivo { $target }
kpi-chart-baseline-line = linea punteggiata: valore di partenza { $baseline }

## Touchpoints index (touchpoints.html)

touchpoints-lede = { $count ->
    [one] L’unico punto di contatto, nell’ordine della customer journey.
   *[other] Tutti i { $count } punti di contatto nell’ordine della customer journey, fase per fase.
}
touchpoints-see-on-map = Vedili sulla mappa
touchpoints-empty = Questa mappa non ha ancora punti di contatto. Aggiungine qualcuno sotto { $touchpoints } in un file YAML della mappa.
touchpoints-stage-page = Pagina della fase
touchpoints-table-label = Punti di contatto della fase { $stage }, tabella
touchpoints-lede-page = Punti di contatto { $first }–{ $last } di { $total } nell’ordine della customer journey, fase per fase.

## KPI page and index (kpi.html, kpis.html)

kpi-eyebrow = KPI
kpi-over-time = Andamento nel tempo
kpi-chart-per-measurement = { $name } per misurazione
kpi-chart-table-below = La tabella qui sotto elenca tutti i valori.
kpi-no-measurements = Ancora nessuna misurazione.
kpi-source-sentence = Fonte: { $source }.
kpi-text-values = Questa KPI ha valori testuali, quindi non c’è un grafico.
kpi-measurements-summary = Misurazioni ({ $count }), dalla più recente
kpi-measurements-label = Misurazioni di { $name }
kpi-measured-at = Misurata in
kpi-no-touchpoints = Nessun punto di contatto elenca questa KPI.
kpi-benefits = Vantaggi che dimostra
kpi-no-benefits = Nessun vantaggio fa riferimento a questa KPI.
kpi-figures = Dati
kpi-status = Stato
kpi-change = Variazione
kpi-percentage-points = punti percentuali
kpi-since-baseline = rispetto al valore di partenza
kpi-unit = Unità
kpi-source = Fonte
kpi-owner = Responsabile
kpi-not-stated = non indicato
kpi-series = serie: { $series }
kpi-no-measurement = nessuna misurazione
kpi-source-of = fonte: { $source }
kpis-lede = Lo stato deriva dall’ultima misurazione, dall’obiettivo e dalla direzione di ogni KPI.
kpis-on-target = Obiettivo raggiunto
kpis-off-target = Obiettivo mancato
kpis-no-data = Nessun dato
kpis-no-target = Senza obiettivo
kpis-not-scored = Senza punteggio (qualitativa)
kpis-table-label = Tabella dello stato delle KPI
kpis-lede-page = KPI { $first }–{ $last } di { $total }.
kpi-card-combined-status = { $status } ({ $count } KPI)
kpi-card-this-one = questo: { $status }
kpi-card-other = { $name }: { $status }
kpi-card-combined-note = Il suo stato combina i suoi { $count } KPI, conta il peggiore: { $each }.

## Value proposition (value.html, partials/benchmark.html)

value-lede = Cosa offriamo rispetto a ciò di cui ogni persona ha bisogno, e quanto ogni componente di valore è trasmessa in ogni fase.
value-matrix = Componenti × fasi
value-matrix-label = Tabella della matrice del valore
value-matrix-caption = Punteggio medio di valore per componente e fase; ◆ indica una fase in evidenza, «lacuna» una fase in evidenza trasmessa sotto { $threshold }
value-emphasised-prefix = in evidenza:
value-not-conveyed = non trasmessa
value-gap = lacuna
value-legend = Legenda:
value-legend-mean = punteggio medio
value-legend-emphasised = in evidenza in questa fase (riquadrata)
value-legend-gap = in evidenza ma sotto { $threshold }
value-none-defined = Non sono definite né componenti di valore né fasi.
value-where-conveyed = Dove è trasmessa ogni componente
value-where-intro = I punti di contatto con un punteggio di 4 o 5 sulla componente.
value-emphasised-at = In evidenza in:
value-not-conveyed-strongly = Nessun punto di contatto trasmette con forza la componente { $component } (4 o più).
value-canvas = Canvas della proposta di valore
value-products = Prodotti e servizi
value-relievers = Soluzioni ai problemi
value-relieves = risolve: { $text }
value-creators = Generatori di benefici
value-creates = genera: { $text }
benchmark-caption = Punteggi di valore (0–5) per brand e componente
benchmark-us-mark = (noi)
benchmark-bars-caption = Punteggi per componente in barre; la prima barra di ogni gruppo siamo noi.
benchmark-radar-caption = Profilo di valore a radar: più è esterno, più è forte.
value-canvas-intro = Per ogni persona: cosa offriamo (il quadrato) di fronte a ciò di cui il cliente ha bisogno (il cerchio). Un segno mostra dove un pain reliever affronta un pain o un gain creator un gain; un bisogno senza risposta lo dice.
value-canvas-intro-no-personas = Cosa offriamo. Aggiungi personas con i loro job, pain e gain per vedere di fronte il lato del cliente.
value-matrix-intro = Il punteggio medio (0–5) dei punti di contatto attuali della fase che valutano la componente (quelli pianificati non contano finché non esistono). Le celle in evidenza sono quelle in cui la proposta di valore vuole che la componente risalti.
value-conveyed-more = { $count ->
    [one] E altro { $count } con punteggio 4 o 5 su { $component }; l’elenco dei punti di contatto dà il valore di ciascuno.
   *[other] E altri { $count } con punteggio 4 o 5 su { $component }; l’elenco dei punti di contatto dà il valore di ciascuno.
}

## Insights (insights.html)

insights-lede = Lacune e priorità ricavate dalla mappa: dove i punti di contatto mancano, sono deboli o a rischio, e che cosa fare adesso.
insights-on-this-page = In questa pagina
insights-empty-cells = Celle vuote
insights-weakest = Punti di contatto più deboli
insights-kpis = KPI fuori obiettivo o senza dati
insights-risks = Registro dei rischi
insights-opportunities = Elenco delle opportunità
insights-overloaded = Fasi sovraccariche
insights-balance = Equilibrio analogico / digitale
insights-unused-channels = Canali inutilizzati
insights-pains = Problemi senza soluzione
insights-conflicts = Conflitti con il brand
insights-planned = Punti di contatto pianificati
insights-empty-cells-intro = Combinazioni fase × canale senza punti di contatto. Non tutte le celle ne hanno bisogno: controlla quelle in cui i clienti si aspettano di incontrarti.
insights-empty-cells-none = Ogni cella della mappa ha almeno un punto di contatto.
insights-weakest-intro = Forza = punteggio dell’emozione + distanza del valore medio dal centro (da −1 a +1) − 1 per ogni KPI fuori obiettivo. Sotto lo zero il punto di contatto è debole. I punti di contatto pianificati non sono in classifica: non esistono ancora.
insights-weakest-label = Tabella dei punti di contatto più deboli
insights-weakest-none = Nessun punto di contatto debole.
insights-kpis-label = KPI fuori obiettivo o senza dati, tabella
insights-kpis-none = Ogni KPI con un obiettivo lo raggiunge.
insights-risks-intro = Le situazioni che potrebbero allontanare un cliente, dalla più grave, poi dalla più probabile.
insights-risks-label = Tabella del registro dei rischi
insights-risks-none = Non è registrato alcun rischio.
insights-opportunities-intro = Ogni opportunità annotata su un punto di contatto, per priorità: prima impatto alto, poi sforzo basso, poi ordine della customer journey; le completate per ultime.
insights-opportunities-label = Tabella dell’elenco delle opportunità
insights-opportunities-none = Non è registrata alcuna opportunità.
insights-overloaded-figures = { $count ->
    [one] { $count } punto di contatto, limite { $limit }
   *[other] { $count } punti di contatto, limite { $limit }
}
insights-overloaded-none = Nessuna fase supera il limite di punti di contatto.
insights-overloaded-none-limit = Nessuna fase ha più di { $limit } punti di contatto.
insights-unused-none = Ogni canale ha almeno un punto di contatto.
insights-balance-intro = In totale { $analog ->
    [one] { $analog } punto di contatto analogico
   *[other] { $analog } punti di contatto analogici
} e { $digital ->
    [one] { $digital } digitale.
   *[other] { $digital } digitali.
}
insights-balance-analog = { $count ->
    [one] { $count } analogico ({ $percent }%)
   *[other] { $count } analogici ({ $percent }%)
}
insights-balance-digital = { $count ->
    [one] { $count } digitale ({ $percent }%)
   *[other] { $count } digitali ({ $percent }%)
}
insights-pains-intro = I problemi delle buyer persona che nessuna soluzione della proposta di valore affronta.
insights-pains-none = Ogni problema ha almeno una soluzione.
insights-conflicts-with = in conflitto con { $value }
insights-conflicts-none = Nessun punto di contatto è in conflitto con un valore del brand.
insights-planned-intro = La customer journey futura (to-be): i punti di contatto non ancora attivi.
insights-planned-none = Nessun punto di contatto pianificato.
insights-toc-scored = { $scored } su { $total } con punteggio
insights-toc-balance = { $analog ->
    [one] { $analog } analogico
   *[other] { $analog } analogici
}, { $digital ->
    [one] { $digital } digitale
   *[other] { $digital } digitali
}
insights-matrix = Matrice delle opportunità
insights-matrix-intro = Ogni opportunità con un impatto e uno sforzo (da 1 a 5; 3 conta come alto), posizionata in base ai due valori. Parti dall’angolo in alto a sinistra, con i quick win. Ogni pallino rimanda al relativo punto di contatto.
insights-matrix-none-scored = Nessuna opportunità ha ancora sia un impatto sia uno sforzo. Indica { $impact } ed { $effort } (da 1 a 5) di un’opportunità per posizionarla qui.
insights-matrix-quarters-label = Opportunità per quadrante
insights-matrix-status-label = Forme degli stati
insights-matrix-status = Stato:
insights-quick-wins = Quick win
insights-big-bets = Grandi progetti
insights-fill-ins = Riempitivi
insights-money-pits = Pozzi senza fondo
insights-not-scored = Senza punteggio
insights-not-scored-intro = Finché non ha sia un impatto sia uno sforzo, un’opportunità non trova posto nella matrice.
insights-not-scored-none = Ogni opportunità ha un punteggio.
insights-not-scored-more = ancora { $count } senza punteggio
opportunity-status-idea = idea
opportunity-status-planned = pianificata
opportunity-status-in-progress = in corso
opportunity-status-done = completata
insights-backlog-filter-label = Filtra l’elenco delle opportunità
insights-filter-status = Stato
insights-filter-all-statuses = Tutti gli stati
insights-filter-open = Aperte (non completate)
insights-filter-stage = Fase
insights-filter-all-stages = Tutte le fasi
insights-filter-reset = Mostra tutto
insights-backlog-showing = { $total ->
    [one] { $shown } di { $total } opportunità visualizzata.
   *[other] { $shown } di { $total } opportunità visualizzate.
}
insights-backlog-showing-all = { $total ->
    [one] È visualizzata l’unica opportunità.
   *[other] Sono visualizzate tutte le { $total } opportunità.
}
insights-backlog-none-match = Nessuna opportunità corrisponde a questi filtri.
insights-backlog-opportunity = Opportunità
insights-backlog-impact = Impatto
insights-backlog-effort = Sforzo
insights-backlog-quarter = Quadrante
insights-backlog-not-scored = senza punteggio
insights-backlog-owns-touchpoint = responsabile del punto di contatto
insights-backlog-continued = { $label } (continua)
insights-backlog-more = { $count ->
    [one] Mostra l’altra opportunità
   *[other] Mostra le altre { $count } opportunità
}
insights-risk-matrix = Matrice dei rischi
insights-risk-matrix-intro = Ogni rischio in base alla gravità delle conseguenze (in verticale) e alla probabilità che si verifichi (in orizzontale). Pianifica prima le azioni per l’angolo in alto a destra.
insights-risk-matrix-not-given = { $count ->
    [one] { $count } rischio su { $total } non indica la probabilità: è conteggiato nell’ultima colonna.
   *[other] { $count } rischi su { $total } non indicano la probabilità: sono conteggiati nell’ultima colonna.
}
insights-risk-matrix-caption = Rischi per gravità (righe) e probabilità (colonne)
insights-risk-severity = Gravità
insights-risk-low-likelihood = Probabilità bassa
insights-risk-medium-likelihood = Probabilità media
insights-risk-high-likelihood = Probabilità alta
insights-risk-likelihood-not-given = Probabilità non indicata
insights-risk-count = { $count ->
    [one] rischio
   *[other] rischi
}
insights-risk-cell-none = nessuno
insights-risk-cell-more = ancora { $count }
insights-risk-cell-left = { $count ->
    [one] Un altro non è elencato qui; la pagina di ogni punto di contatto elenca i propri rischi.
   *[other] Altri { $count } non sono elencati qui; la pagina di ogni punto di contatto elenca i propri rischi.
}
insights-risk-likelihood = Probabilità
insights-risk-not-given = non indicata
insights-risks-more = { $count ->
    [one] Mostra l’altro rischio
   *[other] Mostra gli altri { $count } rischi
}
insights-weakest-more = { $count ->
    [one] Mostra l’altro punto di contatto debole
   *[other] Mostra gli altri { $count } punti di contatto deboli
}
insights-kpis-more = { $count ->
    [one] Mostra l’altra KPI
   *[other] Mostra le altre { $count } KPI
}
insights-conflicts-more = { $count ->
    [one] Mostra l’altro conflitto
   *[other] Mostra gli altri { $count } conflitti
}
insights-planned-more = { $count ->
    [one] Mostra l’altro punto di contatto pianificato
   *[other] Mostra gli altri { $count } punti di contatto pianificati
}
chart-priority-title = Opportunità per impatto e sforzo
chart-priority-effort = Sforzo: basso → alto
chart-priority-impact = Impatto: basso → alto
chart-priority-dot = { $label } — { $touchpoint } (impatto { $impact }, sforzo { $effort }, { $status })
chart-priority-desc = Impatto (in verticale, da 1 a 5) rispetto allo sforzo (in orizzontale, da 1 a 5) di { $count } opportunità con punteggio: { $quarters }. Ogni pallino rimanda al relativo punto di contatto.
chart-priority-more = Ancora { $count } opportunità con impatto { $impact } e sforzo { $effort }: vedi l’elenco
insights-left-opportunities = { $count ->
    [one] Un’altra opportunità non è elencata in questa pagina, per tenerla leggera; i filtri considerano quelle elencate.
   *[other] Altre { $count } opportunità non sono elencate in questa pagina, per tenerla leggera; i filtri considerano quelle elencate.
}
insights-left-risks = { $count ->
    [one] Un altro rischio non è elencato in questa pagina, per tenerla leggera.
   *[other] Altri { $count } rischi non sono elencati in questa pagina, per tenerla leggera.
}
insights-all-opportunities = { $count ->
    [one] L’elenco completo: { $count } opportunità
   *[other] L’elenco completo: tutte le { $count } opportunità, pagina per pagina
}
insights-all-risks = { $count ->
    [one] Il registro completo: { $count } rischio
   *[other] Il registro completo: tutti i { $count } rischi, pagina per pagina
}
insights-full-backlog-page = Opportunità { $first }–{ $last } di { $total }, per priorità: prima impatto alto, poi sforzo basso, poi ordine della customer journey; le completate per ultime.
insights-full-risks-page = Rischi { $first }–{ $last } di { $total }, dal più grave, poi dal più probabile.
insights-full-backlog-all = { $count ->
    [one] L’unica opportunità annotata su un punto di contatto.
   *[other] Tutte le { $count } opportunità annotate sui punti di contatto, per priorità: prima impatto alto, poi sforzo basso, poi ordine della customer journey; le completate per ultime.
}
insights-full-risks-all = { $count ->
    [one] L’unico rischio annotato su un punto di contatto.
   *[other] Tutti i { $count } rischi annotati sui punti di contatto, dal più grave, poi dal più probabile.
}
insights-full-back = Torna alle analisi
insights-left-weakest = { $count ->
    [one] Un altro punto di contatto debole non è elencato in questa pagina, per tenerla leggera; l’elenco dei punti di contatto mostra emozione, stato KPI e valore di ciascuno.
   *[other] Altri { $count } punti di contatto deboli non sono elencati in questa pagina, per tenerla leggera; l’elenco dei punti di contatto mostra emozione, stato KPI e valore di ciascuno.
}
insights-left-kpis = { $count ->
    [one] Un altro KPI non è elencato in questa pagina, per tenerla leggera; l’elenco dei KPI mostra lo stato di ciascuno.
   *[other] Altri { $count } KPI non sono elencati in questa pagina, per tenerla leggera; l’elenco dei KPI mostra lo stato di ciascuno.
}
insights-left-conflicts = { $count ->
    [one] Un altro conflitto non è elencato in questa pagina, per tenerla leggera; la pagina di ogni punto di contatto indica i propri.
   *[other] Altri { $count } conflitti non sono elencati in questa pagina, per tenerla leggera; la pagina di ogni punto di contatto indica i propri.
}
insights-left-planned = { $count ->
    [one] Un altro punto di contatto pianificato non è elencato in questa pagina, per tenerla leggera; il filtro della mappa per quelli pianificati li mostra tutti.
   *[other] Altri { $count } punti di contatto pianificati non sono elencati in questa pagina, per tenerla leggera; il filtro della mappa per quelli pianificati li mostra tutti.
}

## Benefits (benefits.html)

benefits-lede = Che cosa portano i punti di contatto all’azienda, e quali punti di contatto e KPI sostengono ogni vantaggio.
benefits-nav-label = Vantaggi in questa pagina
benefits-kpis = KPI
benefits-no-kpi = Nessuna KPI dimostra ancora questo vantaggio.
benefits-touchpoints = Punti di contatto
benefits-no-touchpoints = Nessun punto di contatto collegato.
benefits-empty = Non è definito alcun vantaggio. Aggiungili sotto { $benefits }, per esempio database clienti, più vendite o passaparola positivo.
benefits-at-a-glance = In sintesi
benefits-overview-caption = Ogni barra: i KPI del beneficio, prima la quota in linea con l’obiettivo. Ogni punto: l’emozione media dei suoi punti di contatto attuali, da −2 (a sinistra) a +2 (a destra); la tacca indica il neutro. Seleziona un beneficio per raggiungerlo.
benefits-overview-title = Benefici in sintesi

## Stages and channels (stage.html, stages.html, channel.html, channels.html)

stage-eyebrow = Fase
stage-touchpoints = Punti di contatto
stage-limit-max = / max { $limit }
stage-overloaded = sovraccarica: più di { $limit }
stage-within-limit = entro il limite di { $limit }
stage-key-touchpoints = Punti di contatto chiave
stage-analog-digital = Analogici / digitali
stage-mean-emotion = Emozione media (attuale)
stage-emotion-detail = dei punti di contatto attuali, da −2 (molto negativa) a +2 (molto positiva)
stage-emotion-with-planned = { $count ->
    [one] con { $count } pianificato: { $value }
   *[other] con i { $count } pianificati: { $value }
}
stage-emphasis = Valore in evidenza in questa fase
stage-emphasis-intro = Qui la proposta di valore punta su queste componenti:
stage-emphasis-none = In questa fase nessuna componente di valore è in evidenza.
stage-by-channel = Punti di contatto per canale
stage-no-touchpoints = Ancora nessun punto di contatto in questa fase.
stage-no-touchpoint-in = Nessun punto di contatto in:
stage-pager-label = Fasi
stage-previous = Fase precedente
stage-next = Fase successiva
stages-lede = Il ciclo di vita del cliente, in ordine: le colonne della { $map }.
stages-lede-map = mappa
stages-none = Non è definita alcuna fase.
channel-eyebrow = Canale
channel-touchpoints = Punti di contatto
channel-unused = canale inutilizzato
channel-in-stages = { $used ->
    [one] in { $used } fase su { $stages }
   *[other] in { $used } fasi su { $stages }
}
channel-mode = Tipo
channel-competitors-present = Concorrenti presenti
channel-by-stage = Punti di contatto per fase
channel-no-touchpoints = Nessun punto di contatto usa ancora questo canale.
channel-no-touchpoint-at = Nessun punto di contatto in:
channel-competitors = Concorrenti su questo canale
channel-no-competitors = Nessun concorrente registrato su questo canale.
channels-lede = Dove i clienti ci incontrano: le righe della { $map }, analogiche e digitali.
channels-lede-map = mappa
channels-table-label = Canali
channels-unused = inutilizzato
channels-none = Non è definito alcun canale.
stage-limit-at-most = su un massimo di { $limit }
stage-channels = Canali
stage-channels-detail = punti di contatto nei canali analogici e digitali
stage-all-in-channel = Tutti i { $count } su { $channel }
stage-all-at-stage = nella fase { $stage }
channel-all-at-stage = Tutti i { $count } nella fase { $stage }
channel-all-in-channel = su { $channel }
group-more-shown = (sono mostrati quelli chiave e i più deboli)
cell-eyebrow = Cella della mappa
cell-lede-brand = { $count ->
    [one] { $count } punto di contatto
   *[other] { $count } punti di contatto
} in cui i clienti incontrano { $brand } su { $channel } nella fase { $stage }{ $ranked ->
    [true] , prima quelli chiave, poi i più deboli: la mappa mostra i primi nella sua cella
   *[other] {""}
}.
cell-lede-us = { $count ->
    [one] { $count } punto di contatto
   *[other] { $count } punti di contatto
} in cui i clienti ci incontrano su { $channel } nella fase { $stage }{ $ranked ->
    [true] , prima quelli chiave, poi i più deboli: la mappa mostra i primi nella sua cella
   *[other] {""}
}.
cell-mean-emotion = Emozione media
cell-emotion-scale = da −2 (molto negativa) a +2 (molto positiva)
cell-worst-kpi = Stato KPI peggiore
cell-mean-value = Forza media del valore
cell-back-to-map = Torna alla mappa
cell-filter-show-all = Mostra tutti i punti di contatto di questa cella

## Personas (persona.html, personas.html)

persona-eyebrow = Buyer persona
persona-map = Mappa di { $name }
persona-fit = Aderenza alla proposta di valore
persona-pains-relieved = Problemi con una soluzione
persona-pains-met = { $met } su { $count ->
    [one] { $count } problema
   *[other] { $count } problemi
}
persona-gains-created = Benefici con un generatore
persona-gains-met = { $met } su { $count ->
    [one] { $count } beneficio
   *[other] { $count } benefici
}
persona-on-full-map = Sulla mappa completa, con i suoi filtri
persona-map-intro-brand = { $count ->
    [one] L’unico punto di contatto in cui { $name } incontra { $brand }, per fase e canale.
   *[other] I { $count } punti di contatto in cui { $name } incontra { $brand }, per fase e canale.
}
persona-map-intro-us = { $count ->
    [one] L’unico punto di contatto in cui { $name } ci incontra, per fase e canale.
   *[other] I { $count } punti di contatto in cui { $name } ci incontra, per fase e canale.
}
persona-grid-caption = Punti di contatto di { $name } per fase del ciclo di vita (colonne) e canale (righe)
persona-grid-label = Mappa di { $name }: fasi in orizzontale, canali in verticale (scorrevole)
persona-no-touchpoints = Nessun punto di contatto indica questa buyer persona.
persona-jobs = Compiti del cliente
persona-no-jobs = Nessun compito registrato.
persona-pains = Problemi
persona-no-reliever = senza soluzione
persona-no-pains = Nessun problema registrato.
persona-gains = Benefici attesi
persona-no-creator = senza generatore di benefici
persona-no-gains = Nessun beneficio registrato.
persona-journey = Customer journey
persona-card-label = Profilo di { $name }
persona-goals = Obiettivi
personas-on-the-map = { $name } sulla mappa
personas-count-touchpoints = { $count ->
    [one] punto di contatto
   *[other] punti di contatto
}
personas-count-jobs = { $count ->
    [one] compito
   *[other] compiti
}
personas-count-pains = { $count ->
    [one] problema
   *[other] problemi
}
personas-count-gains = { $count ->
    [one] beneficio
   *[other] benefici
}
personas-lede = I clienti che questa mappa segue. Ogni buyer persona ha una customer journey con una curva delle emozioni e un’aderenza alla proposta di valore.
personas-empty = Non è definita alcuna buyer persona. I punti di contatto si rivolgono quindi a «tutti i clienti»; vedi la { $journey }.
personas-empty-journey = customer journey

## Competitors (competitor.html, competitors.html)

competitor-eyebrow = Concorrente
competitor-external = (sito esterno)
competitor-strengths = Punti di forza
competitor-weaknesses = Punti deboli
competitor-channels = Canali
competitor-no-channels = Nessun canale registrato.
competitor-benchmark = Confronto con noi
competitor-practice = Come opera e come ci differenziamo, punto di contatto per punto di contatto
competitor-practice-label = Tabella delle pratiche e della differenziazione
competitor-their-practice = Come opera { $name }
competitor-how-we-differ = Come ci differenziamo
competitor-no-practice = Nessun punto di contatto descrive ancora come opera { $name }.
competitors-lede = { $count ->
    [one] { $brand } a confronto con { $count } concorrente: le componenti di valore, dove è presente ciascuno e come ci differenziamo in ogni punto di contatto.
   *[other] { $brand } a confronto con { $count } concorrenti: le componenti di valore, dove è presente ciascuno e come ci differenziamo in ogni punto di contatto.
}
competitors-practice-at = { $count ->
    [one] Pratica registrata in { $count } punto di contatto.
   *[other] Pratica registrata in { $count } punti di contatto.
}
competitors-empty = Non è definito alcun concorrente. Aggiungili sotto { $competitors } per confrontare la proposta di valore.
competitors-benchmark = Benchmark del valore
competitors-benchmark-intro = Punteggi da 0 a 5 per componente di valore. Il punteggio di { $brand } è la media dei suoi punti di contatto attuali che valutano la componente (quelli pianificati non esistono ancora).
competitors-positioning = Mappa di posizionamento
competitors-positioning-intro = { $x } (in orizzontale) rispetto a { $y } (in verticale), punteggi 0–5.
competitors-positioning-caption = Posizionamento per { $x } e { $y }; { $brand } è evidenziato.
competitors-positioning-table = Il posizionamento in una tabella
competitors-positioning-none = Nessun brand ha punteggi su entrambe le componenti.
competitors-coverage = Copertura dei canali
competitors-coverage-intro = Quali canali usa ogni concorrente, accanto al numero di punti di contatto che { $brand } ha su ciascuno.
competitors-coverage-label = Tabella della copertura dei canali
competitors-coverage-touchpoints = punti di contatto
competitors-present = presente
competitors-absent = assente

## Notes (note.html, notes.html, note bodies)

note-eyebrow = Nota
note-tags-label = Tag
note-links-label = Collegamenti
note-linked-touchpoints = Punti di contatto collegati
note-linked-kpis = KPI collegate
note-linked-competitors = Concorrenti collegati
note-links-to = Rimanda a
note-no-other-notes = Nessun’altra nota.
note-linked-from = Citata in
note-no-backlinks = Nessuna nota rimanda qui.
notes-lede = Ricerche, workshop e decisioni alla base della mappa, raggruppati per cartella. Le note rimandano ai punti di contatto, alle KPI e ai concorrenti di cui parlano.
notes-general = Generale
notes-empty = Ancora nessuna nota. Aggiungi file Markdown sotto { $notes } nella cartella della mappa.
note-footnotes = Note a piè di pagina
note-back-to-reference = Torna al richiamo { $ref }

## Search (search.html, app.js) and the page not found (404.html)

search-lede = Trova punti di contatto, KPI, buyer persona, concorrenti, fasi, canali, vantaggi e note.
search-label = Cerca nella mappa
search-placeholder = es. checkout, Nina, NPS, consegna
search-help = Ogni parola deve corrispondere. Premi { $down } e { $up } per scorrere i risultati e { $enter } per aprirne uno.
search-key-enter = Invio
search-no-js = La ricerca richiede JavaScript, che è disattivato o non si è potuto caricare. Consulta invece l’{ $touchpoints }, la { $map } o le { $notes }.
search-no-js-touchpoints = indice dei punti di contatto
search-no-js-map = mappa
search-no-js-notes = note
search-loading = Caricamento dell’indice di ricerca…
search-type-to-search = { $count ->
    [one] Digita per cercare in { $count } pagina.
   *[other] Digita per cercare in { $count } pagine.
}
search-no-results = Nessun risultato per «{ $query }».
search-results = { $count ->
    [one] { $count } risultato per «{ $query }».
   *[other] { $count } risultati per «{ $query }».
}
search-results-first = { $count } risultati per «{ $query }»; ecco i primi { $shown }.
search-index-failed = Non è stato possibile caricare l’indice di ricerca.
search-filter-kind = Mostra
search-kind-all = Tutto
search-filter-stage = Fase
search-filter-channel = Canale
search-all-stages = Tutte le fasi
search-all-channels = Tutti i canali
search-show-more = { $count ->
    [one] Mostra ancora { $count } risultato
   *[other] Mostra altri { $count } risultati
}
search-kind-touchpoint = Punto di contatto
search-kind-kpi = KPI
search-kind-competitor = Concorrente
search-kind-persona = Buyer persona
search-kind-stage = Fase
search-kind-channel = Canale
search-kind-benefit = Vantaggio
search-kind-note = Nota
search-meta-latest = ultimo valore { $value }
search-meta-stage-position = { $n } di { $total }
not-found-lede = Questa pagina non è sulla mappa. Forse è stata rinominata o eliminata dopo che il link è stato condiviso.
not-found-search = Cerca nella mappa
not-found-home = Vai alla dashboard

## Map filters in the browser (app.js)

filter-showing-some = { $total ->
    [one] { $shown } di { $total } punto di contatto visualizzato.
   *[other] { $shown } di { $total } punti di contatto visualizzati.
}
filter-showing-all = { $total ->
    [one] È visualizzato l’unico punto di contatto.
   *[other] Sono visualizzati tutti i { $total } punti di contatto.
}

filter-cell-matching = { $shown } su { $total ->
    [one] { $total } punto di contatto corrisponde
   *[other] { $total } punti di contatto corrispondono
} ai filtri.
filter-tile-emotion-not-rated = emozione non valutata
filter-tile-mean-emotion = emozione media { $value } ({ $word })
filter-tile-kpis-planned = KPI non ancora misurate (in programma)
filter-tile-worst-kpi = stato KPI peggiore: { $status }
filter-tile-value-not-rated = valore non valutato
filter-tile-mean-value = valore medio { $score } su 5
filter-curve-hint = Fai clic su un nome per mostrare o nascondere quella persona.
## Live reload while serving (live.js)

live-errors = { $count ->
    [one] touchmap: la mappa contiene { $count } errore
   *[other] touchmap: la mappa contiene { $count } errori
}
live-showing-last-good = — viene mostrata l’ultima versione valida di questa pagina
live-appears-when-fixed = — il sito comparirà quando saranno corretti
live-folder-gone = touchmap: la cartella della mappa { $folder } non esiste più
live-folder-gone-detail = È stata rimossa o spostata. Quando a quel percorso ci sarà di nuovo una cartella, touchmap ne genererà il sito e questa pagina si ricaricherà.

## Charts: titles and descriptions for screen readers (charts.rs)

chart-default-title = Grafico
chart-trend = Andamento
chart-no-data = Nessun dato
chart-no-data-sentence = Nessun dato.
chart-series-as-is = { $who } — as-is
chart-series-to-be = { $who } — con i punti di contatto pianificati
chart-emotion-desc = Emozione per fase da −2 (molto negativa) a +2 (molto positiva); { $points }.
chart-stage-value = { $stage } { $value }
chart-stage-no-touchpoint = { $stage } nessun punto di contatto
chart-target = obiettivo { $value }
chart-baseline = valore di partenza { $value }
chart-one-value-dated = Un solo valore: { $value } ({ $date })
chart-values-dated = { $count } valori da { $first } ({ $firstDate }) a { $last } ({ $lastDate }), minimo { $min }, massimo { $max }
chart-desc-target = ; obiettivo { $value }
chart-desc-baseline = ; valore di partenza { $value }
chart-one-value = Un solo valore: { $value }.
chart-values = { $count } valori da { $first } a { $last }, minimo { $min }, massimo { $max }.
chart-benchmark-title = Benchmark del valore
chart-profile-title = Profilo di valore
chart-positioning-title = Mappa di posizionamento
chart-not-available = n.d.
chart-scores-desc = Punteggi da 0 a 5 per componente; { $profiles }.
chart-component-no-data = { $component } nessun dato
chart-highlighted = (evidenziato)
chart-point = { $label } in ({ $x }; { $y })
chart-positioning-desc = Mappa di posizionamento con { $x } sull’asse x e { $y } sull’asse y, entrambi da 0 a 5: { $points }.

chart-target-sentence = Obiettivo: { $value }.
chart-emotion-planned = (in programma)
chart-emotion-steps-desc = Emozione a ogni punto di contatto lungo la customer journey, da −2 (molto negativa) a +2 (molto positiva). { $walks }.
chart-emotion-walk = { $who }: { $count ->
    [one] { $count } punto di contatto
   *[other] { $count } punti di contatto
}
chart-emotion-walk-planned = ({ $count } in programma)
chart-emotion-walk-lowest = punto più basso: { $points }
chart-benefits-kpis = KPI in linea con l’obiettivo
chart-benefits-emotion = Emozione media
chart-benefits-kpis-on-target = { $on } KPI su { $total } in linea con l’obiettivo
chart-benefits-mean-emotion = emozione media { $value }
chart-benefits-emotion-not-rated = emozione non valutata
chart-benefits-not-scored = senza punteggio

## Posters: map.svg and journey-ID.svg (charts/map_poster, charts/journey_poster.rs, views/overview/posters.rs)

poster-journey-no-emotion = In questi punti di contatto non è ancora valutata alcuna emozione.
poster-journey-no-emotion-desc = Nessuna emozione è ancora valutata.
poster-journey-caption = Un punto per ogni punto di contatto, nell’ordine della customer journey, da −2 (molto negativa) a +2 (molto positiva); un anello segna un momento critico.
poster-legend-as-is = situazione attuale
poster-legend-to-be = con i punti di contatto pianificati (vuoti)
poster-legend-pain = momento critico
poster-legend-spontaneous = spontaneo (non gestito da noi)
poster-more = +{ $count } altri
poster-map-desc = { $subtitle }: { $stages ->
    [one] { $stages } fase
   *[other] { $stages } fasi
} in orizzontale, { $channels ->
    [one] { $channels } canale
   *[other] { $channels } canali
} in verticale, una scheda per punto di contatto, colorata secondo l’emozione.

## Default stages and value components, when a map declares none (model/resolve.rs)

default-stage-awareness = Consapevolezza
default-stage-awareness-description = Primo contatto: il cliente scopre che il brand esiste.
default-stage-consideration = Considerazione
default-stage-consideration-description = Il cliente cerca informazioni e confronta.
default-stage-decision = Decisione
default-stage-decision-description = Il cliente sceglie e acquista.
default-stage-post-purchase = Post-acquisto
default-stage-post-purchase-description = Consegna, primo utilizzo, assistenza e feedback.
default-stage-retention = Fidelizzazione
default-stage-retention-description = Fedeltà, riacquisto e passaparola.
default-component-price = Prezzo
default-component-price-description = Quanto paga il cliente e quanto gli sembra equo.
default-component-service = Servizio
default-component-service-description = Assistenza, comodità e affidabilità intorno al prodotto.
default-component-personalization = Personalizzazione
default-component-personalization-description = Quanto l’offerta si adatta a questo cliente.
default-component-proximity = Vicinanza
default-component-proximity-description = Essere vicini al cliente, fisicamente o nel tempo.

## What changed (changes.html, diff/mod.rs)

changes-eyebrow = Modifiche
changes-since = da { $label }
changes-working-tree = la copia di lavoro
changes-nothing = Nulla è cambiato sulla mappa da { $label }.
changes-that-revision = quella revisione
changes-compared = Rispetto a { $label }: { $summary }.
changes-earlier-revision = la revisione precedente
changes-summary-none = nessuna modifica
changes-legend-label = Simboli
changes-legend = Simboli:
changes-mark-added = aggiunto
changes-mark-removed = rimosso
changes-mark-changed = modificato
changes-mark-better = ha raggiunto l’obiettivo
changes-mark-worse = non raggiunge più l’obiettivo
changes-none = Nessuna modifica.
changes-title-touchpoints = { $change ->
    [added] Punti di contatto aggiunti
    [removed] Punti di contatto rimossi
   *[changed] Punti di contatto modificati
}
changes-title-kpis = { $change ->
    [added] KPI aggiunte
    [removed] KPI rimosse
   *[changed] KPI modificate
}
changes-title-kpis-crossed = KPI che hanno superato la soglia dell’obiettivo
changes-title-stages = { $change ->
    [added] Fasi aggiunte
    [removed] Fasi rimosse
   *[changed] Fasi modificate
}
changes-title-channels = { $change ->
    [added] Canali aggiunti
    [removed] Canali rimossi
   *[changed] Canali modificati
}
changes-title-personas = { $change ->
    [added] Buyer persona aggiunte
    [removed] Buyer persona rimosse
   *[changed] Buyer persona modificate
}
changes-title-competitors = { $change ->
    [added] Concorrenti aggiunti
    [removed] Concorrenti rimossi
   *[changed] Concorrenti modificati
}
changes-title-benefits = { $change ->
    [added] Vantaggi aggiunti
    [removed] Vantaggi rimossi
   *[changed] Vantaggi modificati
}
changes-title-notes = { $change ->
    [added] Note aggiunte
    [removed] Note rimosse
   *[changed] Note modificate
}
changes-count-touchpoints = { $count ->
    [one] { $count } punto di contatto { $change ->
        [added] aggiunto
        [removed] rimosso
       *[changed] modificato
    }
   *[other] { $count } punti di contatto { $change ->
        [added] aggiunti
        [removed] rimossi
       *[changed] modificati
    }
}
changes-count-kpis = { $count ->
    [one] { $count } KPI { $change ->
        [added] aggiunta
        [removed] rimossa
       *[changed] modificata
    }
   *[other] { $count } KPI { $change ->
        [added] aggiunte
        [removed] rimosse
       *[changed] modificate
    }
}
changes-count-kpis-crossed = { $count ->
    [one] { $count } KPI ha superato la soglia dell’obiettivo
   *[other] { $count } KPI hanno superato la soglia dell’obiettivo
}
changes-count-stages = { $count ->
    [one] { $count } fase { $change ->
        [added] aggiunta
        [removed] rimossa
       *[changed] modificata
    }
   *[other] { $count } fasi { $change ->
        [added] aggiunte
        [removed] rimosse
       *[changed] modificate
    }
}
changes-count-channels = { $count ->
    [one] { $count } canale { $change ->
        [added] aggiunto
        [removed] rimosso
       *[changed] modificato
    }
   *[other] { $count } canali { $change ->
        [added] aggiunti
        [removed] rimossi
       *[changed] modificati
    }
}
changes-count-personas = { $count ->
    [one] { $count } buyer persona { $change ->
        [added] aggiunta
        [removed] rimossa
       *[changed] modificata
    }
   *[other] { $count } buyer persona { $change ->
        [added] aggiunte
        [removed] rimosse
       *[changed] modificate
    }
}
changes-count-competitors = { $count ->
    [one] { $count } concorrente { $change ->
        [added] aggiunto
        [removed] rimosso
       *[changed] modificato
    }
   *[other] { $count } concorrenti { $change ->
        [added] aggiunti
        [removed] rimossi
       *[changed] modificati
    }
}
changes-count-benefits = { $count ->
    [one] { $count } vantaggio { $change ->
        [added] aggiunto
        [removed] rimosso
       *[changed] modificato
    }
   *[other] { $count } vantaggi { $change ->
        [added] aggiunti
        [removed] rimossi
       *[changed] modificati
    }
}
changes-count-notes = { $count ->
    [one] { $count } nota { $change ->
        [added] aggiunta
        [removed] rimossa
       *[changed] modificata
    }
   *[other] { $count } note { $change ->
        [added] aggiunte
        [removed] rimosse
       *[changed] modificate
    }
}
changes-at = in { $cell }
changes-was-at = prima in { $cell }
changes-moved = spostato da { $from } a { $to }
changes-renamed = rinominato da «{ $from }» a «{ $to }»
changes-emotion = emozione cambiata da { $from } a { $to }
changes-value = valore { $component } cambiato da { $from } a { $to }
changes-emotion-for = emozione per { $persona } cambiata da { $from } a { $to }
changes-opportunity = opportunità «{ $text }»: { $changes }
changes-risk = rischio «{ $text }»: { $changes }
changes-impact = impatto cambiato da { $from } a { $to }
changes-effort = sforzo cambiato da { $from } a { $to }
changes-severity = gravità cambiata da { $from } a { $to }
changes-likelihood = probabilità cambiata da { $from } a { $to }
changes-not-scored = senza punteggio
changes-not-given = non indicata
changes-state = stato cambiato da { $from } a { $to }
changes-priority = priorità cambiata da { $from } a { $to }
changes-also = altre modifiche: { $fields }
changes-status = stato cambiato da { $from } a { $to }
changes-target = obiettivo cambiato da { $from } a { $to }
changes-latest-was = ultimo valore { $value }, prima { $was }
changes-latest = ultimo valore { $value }
changes-first-measurement = prima misurazione: { $value }
changes-no-measurements = nessuna misurazione (prima { $was })
changes-now = ora { $status }
changes-value-in = { $value } ({ $date })
changes-at-least = almeno { $value }
changes-at-most = al massimo { $value }
changes-none-word = nessuno
changes-not-rated = non valutato
changes-badge-better = meglio
changes-badge-worse = peggio

## Exports: the column headers of touchpoints.csv and kpis.csv (exports.rs)

csv-id = id
csv-name = nome
csv-stage = fase
csv-channel = canale
csv-mode = tipo
csv-personas = buyer_persona
csv-control = gestione
csv-priority = priorità
csv-state = stato
csv-owner = responsabile
csv-emotion = emozione
csv-emotion-label = emozione_etichetta
csv-value-strength = forza_valore
csv-kpis = kpi
csv-kpi-status = stato_kpi
csv-evidence = evidenze
csv-risks = rischi
csv-kind = natura
csv-unit = unità
csv-direction = direzione
csv-baseline = valore_di_partenza
csv-target = obiettivo
csv-source = fonte
csv-status = stato
csv-latest-date = data_ultimo_valore
csv-latest = ultimo_valore
csv-emotion-score-persona = emozione_punteggio_{ $persona }
csv-emotion-label-persona = emozione_etichetta_{ $persona }

## Dates: a measurement's date as the map writes it (2026-12, 2026-12-05), in words

month-1 = gen
month-2 = feb
month-3 = mar
month-4 = apr
month-5 = mag
month-6 = giu
month-7 = lug
month-8 = ago
month-9 = set
month-10 = ott
month-11 = nov
month-12 = dic
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
