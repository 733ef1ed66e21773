# touchmap : les mots du site en français. Les variables sont décrites dans en.ftl.
# Typographie : espace insécable avant « : » et « % », espace fine insécable avant « ; ? ! »,
# guillemets français. En français, 0 et 1 prennent le singulier ([one]).

## Site frame (base.html)

site-skip-to-content = Aller au contenu
site-nav-label = Menu principal
site-breadcrumb-label = Fil d’Ariane
site-download-map = Télécharger la carte :
site-built-with = Réalisé avec { $generator }

## Navigation and page titles

nav-dashboard = Tableau de bord
nav-map = Carte
nav-journey = Parcours client
nav-touchpoints = Points de contact
nav-value = Valeur
nav-kpis = KPI
nav-competitors = Concurrents
nav-benefits = Avantages
nav-insights = Analyses
nav-notes = Notes
nav-search = Recherche
nav-changes = Nouveautés

title-map = Carte des points de contact
title-journey = Parcours client
title-value = Proposition de valeur
title-insights = Analyses
title-benefits = Avantages
title-search = Recherche
title-touchpoints = Points de contact
title-stages = Étapes
title-channels = Canaux
title-personas = Personas
title-kpis = KPI
title-competitors = Concurrents
title-notes = Notes
title-not-found = Page introuvable
title-changes = Ce qui a changé depuis { $since }
nav-personas = Personas
title-list-page = { $title }, page { $n }

## Words shared by many pages

mode-analog = analogique
mode-digital = numérique
control-managed = maîtrisé
control-spontaneous = spontané
priority-key = clé
priority-supporting = complémentaire
state-current = actuel
state-planned = prévu
evidence-assumed = hypothèse
evidence-partial = partiel
evidence-researched = étayé par une étude
kpi-kind-quantitative = quantitatif
kpi-kind-qualitative = qualitatif
severity-low = faible
severity-medium = moyenne
severity-high = élevée
kpi-source-crm = CRM
kpi-source-profiling = profilage
kpi-source-marketing-automation = automatisation marketing
kpi-source-analytics = web analytics
kpi-source-survey = enquête
kpi-source-manual = saisie manuelle
kpi-direction-down = plus c’est bas, mieux c’est
kpi-direction-up = plus c’est haut, mieux c’est

emotion-very-positive = très positive
emotion-positive = positive
emotion-neutral = neutre
emotion-negative = négative
emotion-very-negative = très négative
emotion-not-rated = non évaluée

kpi-status-on-target = objectif atteint
kpi-status-off-target = objectif non atteint
kpi-status-no-data = pas de données
kpi-status-no-target = sans objectif
kpi-status-not-scored = non noté (qualitatif)
kpi-status-none = aucun KPI
kpi-status-planned = prévu

value-strength = { $score } sur 5
value-not-rated = non évaluée
score-of-5 = { $score }/5
percent = { $value } %
count-of = { $part } sur { $whole }

common-none = aucun
common-none-sentence = Aucun.
common-none-listed = Aucun élément.
common-none-recorded = Rien d’enregistré.
common-not-rated = non évalué
common-not-described = non décrit
common-no-owner = sans responsable
common-overloaded = surchargée
common-no-touchpoints = aucun point de contact
common-key-touchpoint = Point de contact clé
common-us = nous
common-us-brand = Notre marque

count-touchpoints = { $count ->
    [one] { $count } point de contact
   *[other] { $count } points de contact
}
count-touchpoints-of = { $shown } sur { $total ->
    [one] { $total } point de contact
   *[other] { $total } points de contact
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
count-competitors = { $count ->
    [one] { $count } concurrent
   *[other] { $count } concurrents
}
count-kpis = { $count } KPI
count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
count-channels = { $count ->
    [one] { $count } canal
   *[other] { $count } canaux
}
count-risks = { $count ->
    [one] { $count } risque
   *[other] { $count } risques
}
count-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
pager-previous = Précédente
pager-next = Suivante
list-left = { $count } autres { $what } ne sont pas listés sur cette page, pour qu’elle reste légère ; { $where }.
poster-svg-note = (SVG, pour diapositives et affiches)
list-pager-label = Pages de la liste
list-pager-label-end = Pages de la liste, en fin de liste

## Table headers

th-kpi = KPI
th-status = Statut
th-latest = Dernière valeur
th-target = Objectif
th-baseline = Référence
th-trend = Tendance
th-owner = Responsable
th-owner-source = Responsable · source
th-touchpoint = Point de contact
th-touchpoints = Points de contact
th-stage = Étape
th-channel = Canal
th-mode = Type
th-description = Description
th-emotion = Émotion
th-kpi-status = Statut KPI
th-value = Valeur
th-evidence = Niveau de preuve
th-strength = Force
th-key = Clé
th-analog = Analogique
th-digital = Numérique
th-mean-emotion = Émotion moyenne (actuelle)
th-load = Charge
th-severity = Gravité
th-risk = Risque
th-opportunity = Opportunité
th-brand = Marque
th-component = Composante
th-date = Date
th-lane = Couloir
th-as-is = Actuel
th-with-planned = Avec les prévus

## Touchpoint cards (partials/ui.html)

card-key = clé
card-planned = prévu
card-spontaneous = spontané
card-value-title = Score de valeur moyen
card-value-prefix = Valeur :
card-value-not-rated = valeur non évaluée
card-value-score = valeur { $score }/5
card-owner = Responsable : { $owner }
card-spontaneous-title = Spontané : hors de notre maîtrise
card-emotion-aside = (émotion : { $word })
card-emotion-title = Émotion : { $word }
card-kpis-not-measured = KPI : pas encore mesurés
card-kpi-status = KPI : { $status }
weight-severity = gravité { $n }/3
weight-importance = importance { $n }/3
notes-panel-heading = Notes
notes-panel-empty = Aucune note n’est encore liée ici.
tile-emotion-not-rated = émotion non évaluée
tile-mean-emotion = émotion moyenne { $mean } ({ $word })
tile-kpis-planned = KPI pas encore mesurés (prévu)
tile-worst-kpi = pire statut KPI : { $status }
tile-mean-value = valeur moyenne { $score } sur 5
rollup-not-scored = { $count } non noté(s)
rollup-emotion = { $count ->
    [one] Émotion moyenne { $emotion } ({ $word }), sur { $count } point de contact actuel
   *[other] Émotion moyenne { $emotion } ({ $word }), sur { $count } points de contact actuels
}
rollup-emotion-not-rated = Émotion non évaluée à ses points de contact actuels
rollup-legend-kpis = KPI :
rollup-legend-rest = sans objectif ou non noté
vpc-our-offer = Notre offre
vpc-pains-relieved = { $met } { $count ->
    [one] douleur sur { $count } soulagée
   *[other] douleurs sur { $count } soulagées
}
vpc-gains-created = { $met } { $count ->
    [one] gain sur { $count } créé
   *[other] gains sur { $count } créés
}
vpc-square-label = Le carré : proposition de valeur
vpc-square-label-for = Le carré : proposition de valeur pour { $name }
vpc-fits = correspond à
vpc-circle-label = Le cercle : profil client de { $name }
vpc-customer-profile = Profil client
vpc-customer-jobs = Tâches du client
vpc-creates = crée
vpc-relieves = soulage
vpc-created-by = créé par
vpc-relieved-by = soulagé par
vpc-not-addressed = non traité

## Dashboard (index.html)

dashboard-key-figures = Chiffres clés
dashboard-touchpoints = Points de contact
dashboard-touchpoints-key = { $count ->
    [one] { $count } clé
   *[other] { $count } clés
}
dashboard-touchpoints-planned = { $count ->
    [one] { $count } prévu
   *[other] { $count } prévus
}
dashboard-analog-digital = Analogique / numérique
dashboard-analog-count = { $count ->
    [one] { $count } analogique
   *[other] { $count } analogiques
}
dashboard-digital-count = { $count ->
    [one] { $count } numérique
   *[other] { $count } numériques
}
dashboard-kpis-on-target = Objectifs KPI atteints
dashboard-kpis-off-target = { $count } hors objectif
dashboard-kpis-no-data = { $count } sans données
dashboard-kpis-no-target = { $count } sans objectif
dashboard-kpis-not-scored = { $count ->
    [one] { $count } non noté (qualitatif)
   *[other] { $count } non notés (qualitatifs)
}
dashboard-high-risks = Risques élevés
dashboard-high-risks-some = risques de gravité élevée à traiter
dashboard-high-risks-none = Aucun risque de gravité élevée
dashboard-empty-cells = Cases vides
dashboard-empty-cells-of = sur { $count }
dashboard-empty-cells-detail = cases étape × canal sans point de contact
dashboard-also-on-map = Aussi sur cette carte
dashboard-kpi-status = Statut des KPI
dashboard-all-kpis = Tous les KPI
dashboard-kpi-table-label = Tableau du statut des KPI
dashboard-no-kpis = Cette carte ne définit encore aucun KPI.
dashboard-weakest = Points de contact les plus faibles
dashboard-all-weak = Tous les points de contact faibles
dashboard-weakest-intro = Classés selon l’émotion, la valeur transmise et les KPI hors objectif.
dashboard-weakest-none = Aucun point de contact faible : tous obtiennent un score neutre ou supérieur.
dashboard-open-risks = Risques ouverts
dashboard-risk-register = Registre des risques
dashboard-risks-none = Aucun risque n’est enregistré.
dashboard-by-stage = Par étape
dashboard-open-map = Ouvrir la carte
dashboard-by-stage-label = Points de contact par étape, tableau
dashboard-within-limit = dans la limite
dashboard-emotion-note = Émotion moyenne des points de contact actuels, de −2 (très négative) à +2 (très positive) ; les points de contact prévus comptent dans les totaux, mais pas dans l’émotion.
dashboard-findings = Résultats de { $command }
finding-error = erreur
finding-warning = avertissement
dashboard-finding-hint = Conseil : { $hint }
dashboard-findings-none = Aucun résultat — { $command } ne signale aucun avertissement pour cette carte.
dashboard-channels-detail = points de contact dans les canaux analogiques et numériques
dashboard-kpis-attention = Les { $shown } KPI sur { $count } qui demandent le plus d’attention : d’abord ceux hors objectif, puis ceux sans données.
dashboard-all-n-kpis = Les { $count } KPI
dashboard-all-benefits = Tous les bénéfices
dashboard-benefit-emotion = émotion moyenne { $emotion }
dashboard-health = Santé de la carte
dashboard-health-intro = Ce qui manque encore à la carte ou ce qu’elle signale, pour qui la tient à jour.
dashboard-health-details = Détails pour qui rédige la carte : { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
} de { $command }, avec fichier et ligne
dashboard-health-good = Rien à corriger : chaque point de contact clé a un KPI et un responsable, chaque douleur un soulagement, et aucun risque n’est élevé.
health-high-risk = { $count ->
    [one] { $count } risque est de gravité élevée
   *[other] { $count } risques sont de gravité élevée
}
health-unaddressed-pain = { $count ->
    [one] { $count } douleur client n’a pas de soulagement
   *[other] { $count } douleurs client n’ont pas de soulagement
}
health-key-without-kpi = { $count ->
    [one] { $count } point de contact clé n’a pas de KPI
   *[other] { $count } points de contact clés n’ont pas de KPI
}
health-key-without-owner = { $count ->
    [one] { $count } point de contact clé n’a pas de responsable
   *[other] { $count } points de contact clés n’ont pas de responsable
}
health-brand-conflict = { $count ->
    [one] { $count } point de contact va à l’encontre d’une valeur de marque
   *[other] { $count } fois un point de contact va à l’encontre d’une valeur de marque
}
health-overloaded-stage = { $count ->
    [one] { $count } étape a plus de points de contact que la carte ne le permet
   *[other] { $count } étapes ont plus de points de contact que la carte ne le permet
}
health-emotion-for-unserved-persona = { $count ->
    [one] { $count } émotion est donnée pour une persona que le point de contact ne sert pas
   *[other] { $count } émotions sont données pour des personas que leurs points de contact ne servent pas
}
health-unused-channel = { $count ->
    [one] { $count } canal n’a aucun point de contact
   *[other] { $count } canaux n’ont aucun point de contact
}
health-unused-competitor = { $count ->
    [one] { $count } concurrent n’apparaît à aucun point de contact
   *[other] { $count } concurrents n’apparaissent à aucun point de contact
}
health-broken-link = { $count ->
    [one] { $count } lien des notes ne mène nulle part
   *[other] { $count } liens des notes ne mènent nulle part
}
health-missing-alt = { $count ->
    [one] { $count } image n’a pas de texte pour qui ne peut pas la voir
   *[other] { $count } images n’ont pas de texte pour qui ne peut pas les voir
}
health-other = { $count ->
    [one] { $count } autre point à vérifier dans les fichiers de la carte
   *[other] { $count } autres points à vérifier dans les fichiers de la carte
}

## Map (map.html, partials/map_grid.html)

map-lede-counts = { $touchpoints ->
    [one] { $touchpoints } point de contact
   *[other] { $touchpoints } points de contact
} répartis sur { $stages ->
    [one] { $stages } étape
   *[other] { $stages } étapes
} et { $channels ->
    [one] { $channels } canal
   *[other] { $channels } canaux
}.
map-lede-explain-brand = Chaque colonne est une étape du cycle de vie client, chaque ligne un canal ; une case liste les points de contact où les clients rencontrent { $brand } à ce moment-là.
map-lede-explain-us = Chaque colonne est une étape du cycle de vie client, chaque ligne un canal ; une case liste les points de contact où les clients nous rencontrent à ce moment-là.
map-colour-by = Colorer les cartes selon
map-colour-emotion = Émotion
map-colour-kpi = Statut KPI
map-colour-value = Force de la valeur
map-filters-label = Filtrer les points de contact
map-filters-title = Filtrer
map-filter-persona = Persona
map-filter-all-personas = Toutes les personas
map-filter-mode = Type de canal
map-filter-mode-all = Analogiques et numériques
map-filter-mode-analog = Analogiques seulement
map-filter-mode-digital = Numériques seulement
map-filter-control = Maîtrise
map-filter-control-all = Maîtrisés et spontanés
map-filter-control-managed = Maîtrisés seulement
map-filter-control-spontaneous = Spontanés seulement
map-filter-state = État
map-filter-state-all = Actuels et prévus
map-filter-state-current = Actuels (situation actuelle)
map-filter-state-planned = Prévus (situation cible)
map-filter-key-only = Points de contact clés seulement
map-filter-reset = Tout afficher
map-legend-emotion-label = Couleurs des émotions
map-legend-emotion = Émotion :
map-legend-kpi-label = Couleurs du statut KPI
map-legend-kpi = Statut KPI :
map-legend-planned-not-measured = prévu (pas encore mesuré)
map-legend-value-label = Couleurs de la force de la valeur
map-legend-value = Force de la valeur (score moyen) :
map-legend-score-on-card = le score sur chaque carte
map-legend-symbols-label = Symboles
map-legend-symbols = Symboles :
map-legend-planned-dashed = prévu (bordure en tirets)
map-legend-mode-rows = lignes { $analog } { $digital }
map-no-channels = Cette carte n’a pas encore de canaux : la grille n’a donc aucune ligne. Ajoutez une section { $channels } (par exemple site web, e-mail, magasin, téléphone) et une section { $touchpoints } dans un fichier YAML de la carte.
map-no-touchpoints = Cette carte n’a pas encore de points de contact. Ajoutez-les sous { $touchpoints }, chacun avec un champ { $stage } et un champ { $channel }.
map-grid-caption = Points de contact par étape du cycle de vie (colonnes) et par canal (lignes)
map-grid-label = Carte des points de contact : étapes en colonnes, canaux en lignes (défilement)
map-scroll-hint = Sur un écran étroit, la carte défile horizontalement dans son cadre ; la colonne des canaux et la ligne des étapes restent en place. Chaque point de contact renvoie à sa page.
grid-corner-stage = Étape
grid-corner-channel = Canal
grid-stage-step = Étape { $n }
grid-group-analog = canaux analogiques
grid-group-digital = canaux numériques
grid-no-matching = aucun point de contact correspondant
grid-empty-cell = vide
map-view-show = Afficher
map-view-overview = Vue d’ensemble
map-view-cards = Toutes les cartes
map-poster-download = Télécharger la carte en image
map-overview-hint = Chaque tuile compte les points de contact de sa case et prend la couleur des cartes ; ouvrez une tuile pour les voir.
map-cell-dialog-title = Points de contact d’une case
map-cell-dialog-close = Fermer
map-cell-dialog-page = Cette case sur sa propre page
map-cell-dialog-first = { $shown ->
    [one] { $shown } d’entre eux figure ci-dessous ; la page de la case les montre tous.
   *[other] { $shown } d’entre eux figurent ci-dessous ; la page de la case les montre tous.
}
grid-more = { $number } de plus
grid-more-at = à { $where }
poster-map-subtitle = { $touchpoints ->
    [one] { $touchpoints } point de contact
   *[other] { $touchpoints } points de contact
} sur { $stages ->
    [one] { $stages } étape
   *[other] { $stages } étapes
} et { $channels ->
    [one] { $channels } canal
   *[other] { $channels } canaux
} · cartes colorées selon l’émotion
poster-map-capped = Une case de plus de { $limit } points de contact en montre { $shown } (les clés d’abord, puis les plus faibles) et combien il en reste ; le site les liste tous.
poster-drawn-by = Dessiné par touchmap { $version } à partir des fichiers de la carte.

## Journey (journey.html, partials/journey.html)

journey-lede = { $stages ->
    [one] Comment chaque persona se sent à chaque point de contact de l’étape, et ce qu’elle y rencontre : le produit, l’interaction, la communication, ce qu’elle pense, ses douleurs et nos opportunités.
   *[other] Comment chaque persona se sent à chaque point de contact au fil des { $stages } étapes, et ce qu’elle y rencontre : le produit, l’interaction, la communication, ce qu’elle pense, ses douleurs et nos opportunités.
}
journey-personas-label = Personas de cette page
journey-jump-to = Aller à
journey-persona-profile = Profil de la persona
journey-all-customers = Tous les clients
journey-curve-caption = Un point par point de contact, dans l’ordre du parcours, de −2 (très négatif) à +2 (très positif) ; un point renvoie à son point de contact, et un anneau marque un moment de douleur, où une persona se sent le plus mal.
journey-curve-caption-markers = Un point par point de contact, dans l’ordre du parcours, de −2 (très négatif) à +2 (très positif) ; un anneau marque un moment de douleur, où une persona se sent le plus mal, et renvoie à son point de contact. Le graphique a trop de points pour que chacun soit un lien : les couloirs en dessous mènent à chaque point de contact.
journey-legend-as-is = situation actuelle (points de contact actuels)
journey-legend-to-be = avec les points de contact prévus (cible), dessinés en creux
journey-table-summary = Émotion moyenne par étape, en tableau
journey-table-label = Émotion moyenne par étape
journey-no-rating = non évaluée
journey-lanes-heading = Ce que { $who } rencontre à chaque étape
journey-lane-touchpoints = Points de contact
journey-lane-product = Produit
journey-lane-interaction = Interaction
journey-lane-communication = Communication
journey-lane-perception = Perception
journey-lane-pains = Irritants
journey-lane-opportunities = Opportunités
journey-planned-mark = prévu
journey-lane-none = aucun
journey-curve-title = Émotion au fil du parcours
journey-curve-title-of = Émotion au fil du parcours : { $who }
journey-lanes-of = Couloirs de
journey-curve-scroll = Le graphique est plus large que la page : faites-le défiler latéralement.
journey-poster-download = Télécharger cette courbe en image
journey-posters-download = Télécharger la courbe d’une persona en image :
journey-feels-worst-at = { $name } se sent le plus mal à
journey-lanes-folded = { $count ->
    [one] { $count } point de contact : chaque étape est repliée, ouvrez-en une pour voir ses cartes.
   *[other] { $count } points de contact : chaque étape est repliée, ouvrez-en une pour voir ses cartes.
}
journey-lanes-summarised = { $count ->
    [one] { $count } point de contact : chaque étape est repliée, ouvrez-en une pour voir ses cartes.
   *[other] { $count } points de contact : une étape qui en a beaucoup montre ses points les plus bas et mène à une page qui les montre tous ; les autres sont repliées, ouvrez-en une pour voir ses cartes.
}
journey-lane-stage-link = L’étape { $stage }
journey-lane-no-touchpoint = Aucun point de contact ici.
journey-lane-eyebrow = Couloir du parcours
journey-lane-title = { $stage } : ce que { $who } rencontre
journey-lane-lede = { $count ->
    [one] Le point de contact que { $who } rencontre à l’étape { $stage }, coloré selon ce que { $who } y ressent.
   *[other] Les { $count } points de contact que { $who } rencontre à l’étape { $stage }, dans l’ordre du parcours, chacun coloré selon ce que { $who } y ressent.
}
journey-lane-mean = Émotion moyenne (actuelle) : { $mean } ({ $word }).
journey-lane-lowest = { $count ->
    [one] Son point le plus bas :
   *[other] Ses { $count } points les plus bas :
}
journey-lane-all = { $count ->
    [one] L’unique point de contact de { $stage }
   *[other] Les { $count } points de contact de { $stage }
}
journey-lane-back = Retour au parcours

## Touchpoint page (touchpoint.html)

touchpoint-eyebrow = Point de contact
touchpoint-classification = Classification
touchpoint-key = point de contact clé
touchpoint-planned = prévu (situation cible)
touchpoint-current = actuel (situation actuelle)
touchpoint-evidence = niveau de preuve : { $evidence }
touchpoint-about = À propos
touchpoint-experience = Expérience client
touchpoint-emotion = Émotion : { $word }
touchpoint-emotion-scale = ({ $score } sur une échelle de −2 à +2)
touchpoint-perception = Perception :
touchpoint-value = Valeur transmise
touchpoint-value-mean = moyenne : { $label }
touchpoint-no-components = La carte ne définit aucune composante de valeur.
touchpoint-pains = Irritants
touchpoint-no-pains = Aucun irritant enregistré.
touchpoint-opportunities = Opportunités
touchpoint-no-opportunities = Aucune opportunité enregistrée.
touchpoint-risks = Risques
touchpoint-risk-likelihood = probabilité { $level }
touchpoint-opportunity-impact = impact { $score }
touchpoint-opportunity-effort = effort { $score }
touchpoint-opportunity-owner = responsable : { $owner }
touchpoint-no-risks = Aucun risque enregistré.
touchpoint-brand-values = Valeurs de marque
touchpoint-aligned = En accord avec
touchpoint-none-stated = Aucune indiquée.
touchpoint-in-conflict = En conflit avec
touchpoint-no-conflicts = Aucun conflit.
touchpoint-competitors = Concurrents présents ici
touchpoint-their-practice = Leur pratique
touchpoint-not-described = Non décrite.
touchpoint-how-we-differ = Notre différence
touchpoint-no-competitors = Aucune pratique concurrente n’est enregistrée pour ce point de contact.
touchpoint-kpis = KPI
touchpoint-kpis-planned = Ce point de contact est prévu : ces KPI le mesureront une fois en place, et les chiffres ci-dessous ne sont pas encore les siens.
touchpoint-no-kpis = Aucun KPI ne mesure encore ce point de contact.
touchpoint-kpi-over-time = Évolution de { $name }
touchpoint-all-measurements = Toutes les mesures
touchpoint-facts = En bref
fact-stage = Étape
fact-channel = Canal
fact-control = Maîtrise
fact-priority = Priorité
fact-state = État
fact-owner = Responsable
fact-evidence = Niveau de preuve
fact-personas = Personas
fact-emotion = Émotion
fact-kpi-status = Statut KPI
fact-strength = Force
touchpoint-key-without-owner = clé sans responsable
touchpoint-all-personas = Toutes les personas
touchpoint-weak = faible
touchpoint-fine = correct
touchpoint-pager-label = Au fil du parcours
touchpoint-previous = Point de contact précédent
touchpoint-next = Point de contact suivant
touchpoint-emotion-by-persona = Émotion par persona
touchpoint-emotion-personas-mean = moyenne des personas

## KPI figures and charts (touchpoint.html, kpi.html)

kpi-latest = Dernière valeur
kpi-target = Objectif
kpi-baseline = Référence
kpi-direction = Sens
kpi-no-data = pas de données
kpi-chart-target-line = ligne en tirets : objectif { $target }
kpi-chart-baseline-line = ligne en pointillés : référence { $baseline }

## Touchpoints index (touchpoints.html)

touchpoints-lede = { $count ->
    [one] { $count } point de contact, dans l’ordre du parcours, étape par étape.
   *[other] Les { $count } points de contact, dans l’ordre du parcours, étape par étape.
}
touchpoints-see-on-map = Les voir sur la carte
touchpoints-empty = Cette carte n’a pas encore de points de contact. Ajoutez-en sous { $touchpoints } dans un fichier YAML de la carte.
touchpoints-stage-page = Page de l’étape
touchpoints-table-label = Points de contact de l’étape { $stage }, tableau
touchpoints-lede-page = Points de contact { $first } à { $last } sur { $total }, dans l’ordre du parcours, étape par étape.

## KPI page and index (kpi.html, kpis.html)

kpi-eyebrow = KPI
kpi-over-time = Évolution
kpi-chart-per-measurement = { $name } par mesure
kpi-chart-table-below = Le tableau ci-dessous liste toutes les valeurs.
kpi-no-measurements = Aucune mesure pour l’instant.
kpi-source-sentence = Source : { $source }.
kpi-text-values = Ce KPI a des valeurs textuelles : il n’y a donc pas de graphique.
kpi-measurements-summary = Mesures ({ $count }), les plus récentes d’abord
kpi-measurements-label = Mesures de { $name }
kpi-measured-at = Mesuré sur
kpi-no-touchpoints = Aucun point de contact ne liste ce KPI.
kpi-benefits = Avantages qu’il démontre
kpi-no-benefits = Aucun avantage ne renvoie à ce KPI.
kpi-figures = Chiffres
kpi-status = Statut
kpi-change = Variation
kpi-percentage-points = points de pourcentage
kpi-since-baseline = depuis la référence
kpi-unit = Unité
kpi-source = Source
kpi-owner = Responsable
kpi-not-stated = non précisé
kpi-series = série : { $series }
kpi-no-measurement = aucune mesure
kpi-source-of = source : { $source }
kpis-lede = Le statut découle de la dernière mesure, de l’objectif et du sens de chaque KPI.
kpis-on-target = Objectif atteint
kpis-off-target = Objectif non atteint
kpis-no-data = Pas de données
kpis-no-target = Sans objectif
kpis-not-scored = Non noté (qualitatif)
kpis-table-label = Tableau du statut des KPI
kpis-lede-page = KPI { $first } à { $last } sur { $total }.
kpi-card-combined-status = { $status } ({ $count } KPI)
kpi-card-this-one = celui-ci : { $status }
kpi-card-other = { $name } : { $status }
kpi-card-combined-note = Son statut combine ses { $count } KPI, le plus mauvais l’emportant : { $each }.

## Value proposition (value.html, partials/benchmark.html)

value-lede = Ce que nous offrons face à ce dont chaque persona a besoin, et avec quelle force chaque composante de valeur est transmise à chaque étape.
value-matrix = Composantes × étapes
value-matrix-label = Tableau de la matrice de valeur
value-matrix-caption = Score de valeur moyen par composante et par étape ; ◆ signale une étape mise en avant, « écart » une étape mise en avant transmise sous { $threshold }
value-emphasised-prefix = mise en avant :
value-not-conveyed = non transmise
value-gap = écart
value-legend = Légende :
value-legend-mean = score moyen
value-legend-emphasised = mise en avant à cette étape (encadrée)
value-legend-gap = mise en avant, mais sous { $threshold }
value-none-defined = Aucune composante de valeur ni aucune étape n’est définie.
value-where-conveyed = Où chaque composante est transmise
value-where-intro = Les points de contact qui obtiennent 4 ou 5 sur la composante.
value-emphasised-at = Mise en avant à :
value-not-conveyed-strongly = Aucun point de contact ne transmet fortement la composante { $component } (4 ou plus).
value-canvas = Canevas de la proposition de valeur
value-products = Produits et services
value-relievers = Solutions aux problèmes
value-relieves = résout : { $text }
value-creators = Créateurs de bénéfices
value-creates = crée : { $text }
benchmark-caption = Scores de valeur (0–5) par marque et par composante
benchmark-us-mark = (nous)
benchmark-bars-caption = Scores par composante sous forme de barres ; la première barre de chaque groupe, c’est nous.
benchmark-radar-caption = Profil de valeur en radar : plus on s’éloigne du centre, plus la valeur est forte.
value-canvas-intro = Pour chaque persona : ce que nous offrons (le carré) face à ce dont le client a besoin (le cercle). Une marque montre où un soulagement traite une douleur ou un créateur de gain un gain ; un besoin sans réponse le dit.
value-canvas-intro-no-personas = Ce que nous offrons. Ajoutez des personas avec leurs tâches, douleurs et gains pour voir le côté client en face.
value-matrix-intro = La note moyenne (0–5) des points de contact actuels de l’étape qui évaluent la composante (les prévus ne comptent qu’une fois en place). Les cases mises en avant sont celles où la proposition de valeur veut que la composante ressorte.
value-conveyed-more = { $count ->
    [one] Et { $count } autre noté 4 ou 5 sur { $component } ; la liste des points de contact donne la valeur de chacun.
   *[other] Et { $count } autres notés 4 ou 5 sur { $component } ; la liste des points de contact donne la valeur de chacun.
}

## Insights (insights.html)

insights-lede = Manques et priorités tirés de la carte : où des points de contact manquent, sont faibles ou à risque, et que faire ensuite.
insights-on-this-page = Sur cette page
insights-empty-cells = Cases vides
insights-weakest = Points de contact les plus faibles
insights-kpis = KPI hors objectif ou sans données
insights-risks = Registre des risques
insights-opportunities = Liste des opportunités
insights-overloaded = Étapes surchargées
insights-balance = Équilibre analogique / numérique
insights-unused-channels = Canaux inutilisés
insights-pains = Problèmes sans solution
insights-conflicts = Conflits avec la marque
insights-planned = Points de contact prévus
insights-empty-cells-intro = Combinaisons étape × canal sans point de contact. Toutes les cases n’en ont pas besoin ; vérifiez celles où les clients s’attendent à vous rencontrer.
insights-empty-cells-none = Chaque case de la carte compte au moins un point de contact.
insights-weakest-intro = Force = score d’émotion + écart de la valeur moyenne par rapport au milieu (−1 à +1) − 1 par KPI hors objectif. En dessous de zéro, le point de contact est faible. Les points de contact prévus ne sont pas classés : ils n’existent pas encore.
insights-weakest-label = Tableau des points de contact les plus faibles
insights-weakest-none = Aucun point de contact faible.
insights-kpis-label = KPI hors objectif ou sans données, tableau
insights-kpis-none = Chaque KPI doté d’un objectif l’atteint.
insights-risks-intro = Les situations qui pourraient rebuter un client, des plus graves aux moins graves, puis des plus probables aux moins probables.
insights-risks-label = Tableau du registre des risques
insights-risks-none = Aucun risque n’est enregistré.
insights-opportunities-intro = Chaque opportunité notée sur un point de contact, par priorité : impact élevé d’abord, puis effort faible d’abord, puis ordre du parcours ; les réalisées en dernier.
insights-opportunities-label = Tableau de la liste des opportunités
insights-opportunities-none = Aucune opportunité n’est enregistrée.
insights-overloaded-figures = { $count ->
    [one] { $count } point de contact, limite { $limit }
   *[other] { $count } points de contact, limite { $limit }
}
insights-overloaded-none = Aucune étape ne dépasse la limite de points de contact.
insights-overloaded-none-limit = Aucune étape ne compte plus de { $limit } points de contact.
insights-unused-none = Chaque canal compte au moins un point de contact.
insights-balance-intro = Au total, { $analog ->
    [one] { $analog } point de contact analogique
   *[other] { $analog } points de contact analogiques
} et { $digital ->
    [one] { $digital } numérique.
   *[other] { $digital } numériques.
}
insights-balance-analog = { $count ->
    [one] { $count } analogique ({ $percent } %)
   *[other] { $count } analogiques ({ $percent } %)
}
insights-balance-digital = { $count ->
    [one] { $count } numérique ({ $percent } %)
   *[other] { $count } numériques ({ $percent } %)
}
insights-pains-intro = Les problèmes des personas qu’aucune solution de la proposition de valeur ne traite.
insights-pains-none = Chaque problème a au moins une solution.
insights-conflicts-with = en conflit avec { $value }
insights-conflicts-none = Aucun point de contact n’entre en conflit avec une valeur de la marque.
insights-planned-intro = Le parcours cible : les points de contact pas encore en place.
insights-planned-none = Aucun point de contact prévu.
insights-toc-scored = { $scored ->
    [one] { $scored } sur { $total } notée
   *[other] { $scored } sur { $total } notées
}
insights-toc-balance = { $analog ->
    [one] { $analog } analogique
   *[other] { $analog } analogiques
}, { $digital ->
    [one] { $digital } numérique
   *[other] { $digital } numériques
}
insights-matrix = Matrice des opportunités
insights-matrix-intro = Chaque opportunité dotée d’un impact et d’un effort (de 1 à 5 ; 3 compte comme élevé), placée selon ces deux critères. Commencez en haut à gauche, par les gains rapides. Chaque pastille renvoie à son point de contact.
insights-matrix-none-scored = Aucune opportunité n’a encore à la fois un impact et un effort. Renseignez les champs { $impact } et { $effort } (de 1 à 5) d’une opportunité pour la placer ici.
insights-matrix-quarters-label = Opportunités par quadrant
insights-matrix-status-label = Formes des statuts
insights-matrix-status = Statut :
insights-quick-wins = Gains rapides
insights-big-bets = Grands projets
insights-fill-ins = Tâches d’appoint
insights-money-pits = Gouffres financiers
insights-not-scored = Non notées
insights-not-scored-intro = Tant qu’elle n’a pas à la fois un impact et un effort, une opportunité ne peut pas figurer dans la matrice.
insights-not-scored-none = Toutes les opportunités sont notées.
insights-not-scored-more = { $count ->
    [one] { $count } autre non notée
   *[other] { $count } autres non notées
}
opportunity-status-idea = idée
opportunity-status-planned = prévue
opportunity-status-in-progress = en cours
opportunity-status-done = réalisée
insights-backlog-filter-label = Filtrer la liste des opportunités
insights-filter-status = Statut
insights-filter-all-statuses = Tous les statuts
insights-filter-open = Ouvertes (non réalisées)
insights-filter-stage = Étape
insights-filter-all-stages = Toutes les étapes
insights-filter-reset = Tout afficher
insights-backlog-showing = { $total ->
    [one] Affichage : { $shown } sur { $total } opportunité.
   *[other] Affichage : { $shown } sur { $total } opportunités.
}
insights-backlog-showing-all = { $total ->
    [one] { $total } opportunité affichée.
   *[other] Les { $total } opportunités sont affichées.
}
insights-backlog-none-match = Aucune opportunité ne correspond à ces filtres.
insights-backlog-opportunity = Opportunité
insights-backlog-impact = Impact
insights-backlog-effort = Effort
insights-backlog-quarter = Quadrant
insights-backlog-not-scored = non notée
insights-backlog-owns-touchpoint = responsable du point de contact
insights-backlog-continued = { $label } (suite)
insights-backlog-more = { $count ->
    [one] Afficher l’autre opportunité
   *[other] Afficher les { $count } autres opportunités
}
insights-risk-matrix = Matrice des risques
insights-risk-matrix-intro = Chaque risque selon la gravité de ses conséquences (verticalement) et sa probabilité (horizontalement). Traitez en priorité le coin supérieur droit.
insights-risk-matrix-not-given = { $count ->
    [one] { $count } risque sur { $total } n’indique pas de probabilité : il est compté dans la dernière colonne.
   *[other] { $count } risques sur { $total } n’indiquent pas de probabilité : ils sont comptés dans la dernière colonne.
}
insights-risk-matrix-caption = Risques par gravité (lignes) et probabilité (colonnes)
insights-risk-severity = Gravité
insights-risk-low-likelihood = Probabilité faible
insights-risk-medium-likelihood = Probabilité moyenne
insights-risk-high-likelihood = Probabilité élevée
insights-risk-likelihood-not-given = Probabilité non indiquée
insights-risk-count = { $count ->
    [one] risque
   *[other] risques
}
insights-risk-cell-none = aucun
insights-risk-cell-more = { $count } de plus
insights-risk-cell-left = { $count ->
    [one] { $count } autre n’est pas listé ici ; la page de chaque point de contact liste ses propres risques.
   *[other] { $count } autres ne sont pas listés ici ; la page de chaque point de contact liste ses propres risques.
}
insights-risk-likelihood = Probabilité
insights-risk-not-given = non indiquée
insights-risks-more = { $count ->
    [one] Afficher l’autre risque
   *[other] Afficher les { $count } autres risques
}
insights-weakest-more = { $count ->
    [one] Afficher l’autre point de contact faible
   *[other] Afficher les { $count } autres points de contact faibles
}
insights-kpis-more = { $count ->
    [one] Afficher l’autre KPI
   *[other] Afficher les { $count } autres KPI
}
insights-conflicts-more = { $count ->
    [one] Afficher l’autre conflit
   *[other] Afficher les { $count } autres conflits
}
insights-planned-more = { $count ->
    [one] Afficher l’autre point de contact prévu
   *[other] Afficher les { $count } autres points de contact prévus
}
chart-priority-title = Opportunités par impact et effort
chart-priority-effort = Effort : faible → élevé
chart-priority-impact = Impact : faible → élevé
chart-priority-dot = { $label } — { $touchpoint } (impact { $impact }, effort { $effort }, { $status })
chart-priority-desc = { $count ->
    [one] Impact (en ordonnée, de 1 à 5) en fonction de l’effort (en abscisse, de 1 à 5) pour { $count } opportunité notée : { $quarters }. Chaque pastille renvoie à son point de contact.
   *[other] Impact (en ordonnée, de 1 à 5) en fonction de l’effort (en abscisse, de 1 à 5) pour { $count } opportunités notées : { $quarters }. Chaque pastille renvoie à son point de contact.
}
chart-priority-more = { $count ->
    [one] { $count } autre opportunité d’impact { $impact } et d’effort { $effort } : voir la liste
   *[other] { $count } autres opportunités d’impact { $impact } et d’effort { $effort } : voir la liste
}
insights-left-opportunities = { $count ->
    [one] { $count } autre opportunité n’est pas listée sur cette page, pour l’alléger ; les filtres portent sur celles qui sont listées.
   *[other] { $count } autres opportunités ne sont pas listées sur cette page, pour l’alléger ; les filtres portent sur celles qui sont listées.
}
insights-left-risks = { $count ->
    [one] { $count } autre risque n’est pas listé sur cette page, pour l’alléger.
   *[other] { $count } autres risques ne sont pas listés sur cette page, pour l’alléger.
}
insights-all-opportunities = { $count ->
    [one] Toute la liste : { $count } opportunité
   *[other] Toute la liste : les { $count } opportunités, page par page
}
insights-all-risks = { $count ->
    [one] Tout le registre : { $count } risque
   *[other] Tout le registre : les { $count } risques, page par page
}
insights-full-backlog-page = Opportunités { $first } à { $last } sur { $total }, par priorité : impact élevé d’abord, puis effort faible d’abord, puis ordre du parcours ; les réalisées en dernier.
insights-full-risks-page = Risques { $first } à { $last } sur { $total }, des plus graves aux moins graves, puis des plus probables aux moins probables.
insights-full-backlog-all = { $count ->
    [one] L’unique opportunité notée sur un point de contact.
   *[other] Les { $count } opportunités notées sur les points de contact, par priorité : impact élevé d’abord, puis effort faible d’abord, puis ordre du parcours ; les réalisées en dernier.
}
insights-full-risks-all = { $count ->
    [one] L’unique risque noté sur un point de contact.
   *[other] Les { $count } risques notés sur les points de contact, des plus graves aux moins graves, puis des plus probables aux moins probables.
}
insights-full-back = Retour aux analyses
insights-left-weakest = { $count ->
    [one] { $count } autre point de contact faible n’est pas listé sur cette page, pour l’alléger ; la liste des points de contact montre l’émotion, le statut KPI et la valeur de chacun.
   *[other] { $count } autres points de contact faibles ne sont pas listés sur cette page, pour l’alléger ; la liste des points de contact montre l’émotion, le statut KPI et la valeur de chacun.
}
insights-left-kpis = { $count ->
    [one] { $count } autre KPI n’est pas listé sur cette page, pour l’alléger ; la liste des KPI montre le statut de chacun.
   *[other] { $count } autres KPI ne sont pas listés sur cette page, pour l’alléger ; la liste des KPI montre le statut de chacun.
}
insights-left-conflicts = { $count ->
    [one] { $count } autre conflit n’est pas listé sur cette page, pour l’alléger ; la page de chaque point de contact nomme les siens.
   *[other] { $count } autres conflits ne sont pas listés sur cette page, pour l’alléger ; la page de chaque point de contact nomme les siens.
}
insights-left-planned = { $count ->
    [one] { $count } autre point de contact prévu n’est pas listé sur cette page, pour l’alléger ; le filtre de la carte pour les points prévus les montre tous.
   *[other] { $count } autres points de contact prévus ne sont pas listés sur cette page, pour l’alléger ; le filtre de la carte pour les points prévus les montre tous.
}

## Benefits (benefits.html)

benefits-lede = Ce que les points de contact apportent à l’entreprise, et les points de contact et KPI derrière chaque avantage.
benefits-nav-label = Avantages de cette page
benefits-kpis = KPI
benefits-no-kpi = Aucun KPI ne démontre encore cet avantage.
benefits-touchpoints = Points de contact
benefits-no-touchpoints = Aucun point de contact n’est lié.
benefits-empty = Aucun avantage n’est défini. Ajoutez-en sous { $benefits }, par exemple une base de données clients, plus de ventes ou un bouche-à-oreille positif.
benefits-at-a-glance = En un coup d’œil
benefits-overview-caption = Chaque barre : les KPI du bénéfice, la part qui atteint l’objectif en premier. Chaque point : l’émotion moyenne de ses points de contact actuels, de −2 (à gauche) à +2 (à droite) ; le trait marque le neutre. Sélectionnez un bénéfice pour y accéder.
benefits-overview-title = Les bénéfices en un coup d’œil

## Stages and channels (stage.html, stages.html, channel.html, channels.html)

stage-eyebrow = Étape
stage-touchpoints = Points de contact
stage-limit-max = / { $limit } max.
stage-overloaded = surchargée : plus de { $limit }
stage-within-limit = dans la limite de { $limit }
stage-key-touchpoints = Points de contact clés
stage-analog-digital = Analogique / numérique
stage-mean-emotion = Émotion moyenne (actuelle)
stage-emotion-detail = des points de contact actuels, de −2 (très négative) à +2 (très positive)
stage-emotion-with-planned = { $count ->
    [one] avec { $count } point prévu : { $value }
   *[other] avec les { $count } prévus : { $value }
}
stage-emphasis = Valeur mise en avant à cette étape
stage-emphasis-intro = La proposition de valeur insiste ici sur ces composantes :
stage-emphasis-none = Aucune composante de valeur n’est mise en avant à cette étape.
stage-by-channel = Points de contact par canal
stage-no-touchpoints = Pas encore de point de contact à cette étape.
stage-no-touchpoint-in = Aucun point de contact sur :
stage-pager-label = Étapes
stage-previous = Étape précédente
stage-next = Étape suivante
stages-lede = Le cycle de vie client, dans l’ordre : les colonnes de la { $map }.
stages-lede-map = carte
stages-none = Aucune étape n’est définie.
channel-eyebrow = Canal
channel-touchpoints = Points de contact
channel-unused = canal inutilisé
channel-in-stages = { $used ->
    [one] dans { $used } étape sur { $stages }
   *[other] dans { $used } étapes sur { $stages }
}
channel-mode = Type
channel-competitors-present = Concurrents présents
channel-by-stage = Points de contact par étape
channel-no-touchpoints = Aucun point de contact n’utilise encore ce canal.
channel-no-touchpoint-at = Aucun point de contact à l’étape :
channel-competitors = Concurrents sur ce canal
channel-no-competitors = Aucun concurrent n’est enregistré sur ce canal.
channels-lede = Là où les clients nous rencontrent : les lignes de la { $map }, analogiques et numériques.
channels-lede-map = carte
channels-table-label = Canaux
channels-unused = inutilisé
channels-none = Aucun canal n’est défini.
stage-limit-at-most = sur { $limit } au plus
stage-channels = Canaux
stage-channels-detail = points de contact dans les canaux analogiques et numériques
stage-all-in-channel = Les { $count } sur { $channel }
stage-all-at-stage = à l’étape { $stage }
channel-all-at-stage = Les { $count } à l’étape { $stage }
channel-all-in-channel = sur { $channel }
group-more-shown = (les points clés et les plus faibles sont affichés)
cell-eyebrow = Case de la carte
cell-lede-brand = { $count ->
    [one] { $count } point de contact
   *[other] { $count } points de contact
} où les clients rencontrent { $brand } sur { $channel } à l’étape { $stage }{ $ranked ->
    [true] , les points clés d’abord, puis les plus faibles : la carte montre les premiers dans sa case
   *[other] {""}
}.
cell-lede-us = { $count ->
    [one] { $count } point de contact
   *[other] { $count } points de contact
} où les clients nous rencontrent sur { $channel } à l’étape { $stage }{ $ranked ->
    [true] , les points clés d’abord, puis les plus faibles : la carte montre les premiers dans sa case
   *[other] {""}
}.
cell-mean-emotion = Émotion moyenne
cell-emotion-scale = de −2 (très négative) à +2 (très positive)
cell-worst-kpi = Pire statut KPI
cell-mean-value = Force moyenne de la valeur
cell-back-to-map = Retour à la carte
cell-filter-show-all = Afficher tous les points de contact de cette case

## Personas (persona.html, personas.html)

persona-eyebrow = Persona
persona-map = Carte de { $name }
persona-fit = Adéquation à la proposition de valeur
persona-pains-relieved = Problèmes avec une solution
persona-pains-met = { $met } sur { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
persona-gains-created = Bénéfices avec un créateur
persona-gains-met = { $met } sur { $count ->
    [one] { $count } bénéfice
   *[other] { $count } bénéfices
}
persona-on-full-map = Sur la carte complète, avec ses filtres
persona-map-intro-brand = { $count ->
    [one] { $count } point de contact où { $name } rencontre { $brand }, par étape et par canal.
   *[other] Les { $count } points de contact où { $name } rencontre { $brand }, par étape et par canal.
}
persona-map-intro-us = { $count ->
    [one] { $count } point de contact où { $name } nous rencontre, par étape et par canal.
   *[other] Les { $count } points de contact où { $name } nous rencontre, par étape et par canal.
}
persona-grid-caption = Points de contact de { $name } par étape du cycle de vie (colonnes) et par canal (lignes)
persona-grid-label = Carte de { $name } : étapes en colonnes, canaux en lignes (défilement)
persona-no-touchpoints = Aucun point de contact ne cite cette persona.
persona-jobs = Tâches du client
persona-no-jobs = Aucune tâche enregistrée.
persona-pains = Problèmes
persona-no-reliever = sans solution
persona-no-pains = Aucun problème enregistré.
persona-gains = Bénéfices
persona-no-creator = sans créateur de bénéfices
persona-no-gains = Aucun bénéfice enregistré.
persona-journey = Parcours
persona-card-label = Profil de { $name }
persona-goals = Objectifs
personas-on-the-map = { $name } sur la carte
personas-count-touchpoints = { $count ->
    [one] point de contact
   *[other] points de contact
}
personas-count-jobs = { $count ->
    [one] tâche
   *[other] tâches
}
personas-count-pains = { $count ->
    [one] problème
   *[other] problèmes
}
personas-count-gains = { $count ->
    [one] bénéfice
   *[other] bénéfices
}
personas-lede = Les clients que suit cette carte. Chaque persona a un parcours, avec une courbe d’émotion et une adéquation à la proposition de valeur.
personas-empty = Aucune persona n’est définie. Les points de contact s’adressent alors à « tous les clients » ; voir le { $journey }.
personas-empty-journey = parcours

## Competitors (competitor.html, competitors.html)

competitor-eyebrow = Concurrent
competitor-external = (site externe)
competitor-strengths = Forces
competitor-weaknesses = Faiblesses
competitor-channels = Canaux
competitor-no-channels = Aucun canal enregistré.
competitor-benchmark = Comparaison avec nous
competitor-practice = Pratique et différenciation, point de contact par point de contact
competitor-practice-label = Tableau des pratiques et de la différenciation
competitor-their-practice = Pratique de { $name }
competitor-how-we-differ = Notre différence
competitor-no-practice = Aucun point de contact ne décrit encore la pratique de { $name }.
competitors-lede = { $count ->
    [one] { $brand } face à { $count } concurrent : les composantes de valeur, la présence de chacun sur les canaux et notre différence à chaque point de contact.
   *[other] { $brand } face à { $count } concurrents : les composantes de valeur, la présence de chacun sur les canaux et notre différence à chaque point de contact.
}
competitors-practice-at = { $count ->
    [one] Pratique décrite sur { $count } point de contact.
   *[other] Pratique décrite sur { $count } points de contact.
}
competitors-empty = Aucun concurrent n’est défini. Ajoutez-en sous { $competitors } pour comparer la proposition de valeur.
competitors-benchmark = Comparaison de la valeur
competitors-benchmark-intro = Scores de 0 à 5 par composante de valeur. Le score de { $brand } est la moyenne de ses points de contact actuels qui évaluent la composante (les points de contact prévus n’existent pas encore).
competitors-positioning = Carte de positionnement
competitors-positioning-intro = { $x } (horizontalement) par rapport à { $y } (verticalement), scores de 0 à 5.
competitors-positioning-caption = Positionnement selon { $x } et { $y } ; { $brand } est mis en évidence.
competitors-positioning-table = Le positionnement sous forme de tableau
competitors-positioning-none = Aucune marque n’a de score sur les deux composantes.
competitors-coverage = Présence sur les canaux
competitors-coverage-intro = Les canaux qu’utilise chaque concurrent, à côté du nombre de points de contact qu’y a { $brand }.
competitors-coverage-label = Tableau de présence sur les canaux
competitors-coverage-touchpoints = points de contact
competitors-present = présent
competitors-absent = absent

## Notes (note.html, notes.html, note bodies)

note-eyebrow = Note
note-tags-label = Étiquettes
note-links-label = Liens
note-linked-touchpoints = Points de contact liés
note-linked-kpis = KPI liés
note-linked-competitors = Concurrents liés
note-links-to = Renvoie à
note-no-other-notes = Aucune autre note.
note-linked-from = Cité dans
note-no-backlinks = Aucune note ne renvoie ici.
notes-lede = Études, ateliers et décisions derrière la carte, classés par dossier. Les notes renvoient aux points de contact, KPI et concurrents dont elles parlent.
notes-general = Général
notes-empty = Pas encore de notes. Ajoutez des fichiers Markdown sous { $notes } dans le dossier de la carte.
note-footnotes = Notes de bas de page
note-back-to-reference = Retour à l’appel de note { $ref }

## Search (search.html, app.js) and the page not found (404.html)

search-lede = Trouvez points de contact, KPI, personas, concurrents, étapes, canaux, avantages et notes.
search-label = Rechercher dans la carte
search-placeholder = ex. paiement, Nina, NPS, livraison
search-help = Tous les mots doivent correspondre. Appuyez sur { $down } et { $up } pour parcourir les résultats, et sur { $enter } pour en ouvrir un.
search-key-enter = Entrée
search-no-js = La recherche nécessite JavaScript, qui est désactivé ou n’a pas pu se charger. Parcourez plutôt l’{ $touchpoints }, la { $map } ou les { $notes }.
search-no-js-touchpoints = index des points de contact
search-no-js-map = carte
search-no-js-notes = notes
search-loading = Chargement de l’index de recherche…
search-type-to-search = { $count ->
    [one] Saisissez un terme pour chercher dans { $count } page.
   *[other] Saisissez un terme pour chercher dans { $count } pages.
}
search-no-results = Aucun résultat pour « { $query } ».
search-results = { $count ->
    [one] { $count } résultat pour « { $query } ».
   *[other] { $count } résultats pour « { $query } ».
}
search-results-first = { $count } résultats pour « { $query } », dont les { $shown } premiers affichés.
search-index-failed = L’index de recherche n’a pas pu être chargé.
search-filter-kind = Afficher
search-kind-all = Tout
search-filter-stage = Étape
search-filter-channel = Canal
search-all-stages = Toutes les étapes
search-all-channels = Tous les canaux
search-show-more = { $count ->
    [one] Afficher { $count } résultat de plus
   *[other] Afficher { $count } résultats de plus
}
search-kind-touchpoint = Point de contact
search-kind-kpi = KPI
search-kind-competitor = Concurrent
search-kind-persona = Persona
search-kind-stage = Étape
search-kind-channel = Canal
search-kind-benefit = Avantage
search-kind-note = Note
search-meta-latest = dernière valeur { $value }
search-meta-stage-position = { $n } sur { $total }
not-found-lede = Cette page ne figure pas sur la carte. Elle a peut-être été renommée ou supprimée depuis que le lien a été partagé.
not-found-search = Rechercher dans la carte
not-found-home = Aller au tableau de bord

## Map filters in the browser (app.js)

filter-showing-some = { $total ->
    [one] Affichage : { $shown } sur { $total } point de contact.
   *[other] Affichage : { $shown } sur { $total } points de contact.
}
filter-showing-all = { $total ->
    [one] { $total } point de contact affiché.
   *[other] Les { $total } points de contact sont affichés.
}

filter-cell-matching = { $shown } sur { $total ->
    [one] { $total } point de contact correspond
   *[other] { $total } points de contact correspondent
} aux filtres.
filter-tile-emotion-not-rated = émotion non évaluée
filter-tile-mean-emotion = émotion moyenne { $value } ({ $word })
filter-tile-kpis-planned = KPI pas encore mesurés (prévu)
filter-tile-worst-kpi = pire statut KPI : { $status }
filter-tile-value-not-rated = valeur non évaluée
filter-tile-mean-value = valeur moyenne { $score } sur 5
filter-curve-hint = Cliquez sur un nom pour afficher ou masquer ce persona.
## Live reload while serving (live.js)

live-errors = { $count ->
    [one] touchmap : la carte contient { $count } erreur
   *[other] touchmap : la carte contient { $count } erreurs
}
live-showing-last-good = — affichage de la dernière version correcte de cette page
live-appears-when-fixed = — le site apparaîtra une fois les erreurs corrigées
live-folder-gone = touchmap : le dossier de la carte { $folder } a disparu
live-folder-gone-detail = Il a été supprimé ou déplacé. Dès qu’un dossier se trouve de nouveau à cet emplacement, touchmap en génère le site et cette page se recharge.

## Charts: titles and descriptions for screen readers (charts.rs)

chart-default-title = Graphique
chart-trend = Tendance
chart-no-data = Pas de données
chart-no-data-sentence = Pas de données.
chart-series-as-is = { $who } — situation actuelle
chart-series-to-be = { $who } — avec les points de contact prévus
chart-emotion-desc = Émotion par étape de −2 (très négative) à +2 (très positive) ; { $points }.
chart-stage-value = { $stage } { $value }
chart-stage-no-touchpoint = { $stage } sans point de contact
chart-target = objectif { $value }
chart-baseline = référence { $value }
chart-one-value-dated = Une seule valeur : { $value } ({ $date })
chart-values-dated = { $count } valeurs, de { $first } ({ $firstDate }) à { $last } ({ $lastDate }), minimum { $min }, maximum { $max }
chart-desc-target = ; objectif { $value }
chart-desc-baseline = ; référence { $value }
chart-one-value = Une seule valeur : { $value }.
chart-values = { $count } valeurs, de { $first } à { $last }, minimum { $min }, maximum { $max }.
chart-benchmark-title = Comparaison de la valeur
chart-profile-title = Profil de valeur
chart-positioning-title = Carte de positionnement
chart-not-available = n.d.
chart-scores-desc = Scores de 0 à 5 par composante ; { $profiles }.
chart-component-no-data = { $component } sans données
chart-highlighted = (mis en évidence)
chart-point = { $label } en ({ $x } ; { $y })
chart-positioning-desc = Carte de positionnement avec { $x } en abscisse et { $y } en ordonnée, tous deux de 0 à 5 : { $points }.

chart-target-sentence = Objectif : { $value }.
chart-emotion-planned = (prévu)
chart-emotion-steps-desc = Émotion à chaque point de contact du parcours client, de −2 (très négative) à +2 (très positive). { $walks }.
chart-emotion-walk = { $who } : { $count ->
    [one] { $count } point de contact
   *[other] { $count } points de contact
}
chart-emotion-walk-planned = (dont { $count } prévus)
chart-emotion-walk-lowest = au plus bas à { $points }
chart-benefits-kpis = KPI à l’objectif
chart-benefits-emotion = Émotion moyenne
chart-benefits-kpis-on-target = { $on } KPI sur { $total } à l’objectif
chart-benefits-mean-emotion = émotion moyenne { $value }
chart-benefits-emotion-not-rated = émotion non évaluée
chart-benefits-not-scored = non noté

## Posters: map.svg and journey-ID.svg (charts/map_poster, charts/journey_poster.rs, views/overview/posters.rs)

poster-journey-no-emotion = Aucune émotion n’est encore évaluée à ces points de contact.
poster-journey-no-emotion-desc = Aucune émotion n’est encore évaluée.
poster-journey-caption = Un point par point de contact, dans l’ordre du parcours, de −2 (très négative) à +2 (très positive) ; un cercle signale un irritant.
poster-legend-as-is = situation actuelle
poster-legend-to-be = avec les points de contact prévus (creux)
poster-legend-pain = irritant
poster-legend-spontaneous = spontané (hors de notre maîtrise)
poster-more = +{ $count } autres
poster-map-desc = { $subtitle } : { $stages ->
    [one] { $stages } étape
   *[other] { $stages } étapes
} en colonnes, { $channels ->
    [one] { $channels } canal
   *[other] { $channels } canaux
} en lignes, une carte par point de contact, colorée selon l’émotion.

## Default stages and value components, when a map declares none (model/resolve.rs)

default-stage-awareness = Notoriété
default-stage-awareness-description = Premier contact : le client découvre l’existence de la marque.
default-stage-consideration = Considération
default-stage-consideration-description = Le client s’informe et compare.
default-stage-decision = Décision
default-stage-decision-description = Le client choisit et achète.
default-stage-post-purchase = Après-achat
default-stage-post-purchase-description = Livraison, première utilisation, service et avis.
default-stage-retention = Fidélisation
default-stage-retention-description = Fidélité, rachat et recommandation.
default-component-price = Prix
default-component-price-description = Ce que paie le client, et à quel point cela lui paraît juste.
default-component-service = Service
default-component-service-description = Aide, commodité et fiabilité autour du produit.
default-component-personalization = Personnalisation
default-component-personalization-description = À quel point l’offre correspond à ce client.
default-component-proximity = Proximité
default-component-proximity-description = Être proche du client, physiquement ou dans le temps.

## What changed (changes.html, diff/mod.rs)

changes-eyebrow = Modifications
changes-since = depuis { $label }
changes-working-tree = la copie de travail
changes-nothing = Rien n’a changé sur la carte depuis { $label }.
changes-that-revision = cette révision
changes-compared = Par rapport à { $label } : { $summary }.
changes-earlier-revision = la révision précédente
changes-summary-none = aucune modification
changes-legend-label = Symboles
changes-legend = Symboles :
changes-mark-added = ajouté
changes-mark-removed = supprimé
changes-mark-changed = modifié
changes-mark-better = a atteint son objectif
changes-mark-worse = n’atteint plus son objectif
changes-none = Aucune modification.
changes-title-touchpoints = { $change ->
    [added] Points de contact ajoutés
    [removed] Points de contact supprimés
   *[changed] Points de contact modifiés
}
changes-title-kpis = { $change ->
    [added] KPI ajoutés
    [removed] KPI supprimés
   *[changed] KPI modifiés
}
changes-title-kpis-crossed = KPI ayant franchi leur objectif
changes-title-stages = { $change ->
    [added] Étapes ajoutées
    [removed] Étapes supprimées
   *[changed] Étapes modifiées
}
changes-title-channels = { $change ->
    [added] Canaux ajoutés
    [removed] Canaux supprimés
   *[changed] Canaux modifiés
}
changes-title-personas = { $change ->
    [added] Personas ajoutées
    [removed] Personas supprimées
   *[changed] Personas modifiées
}
changes-title-competitors = { $change ->
    [added] Concurrents ajoutés
    [removed] Concurrents supprimés
   *[changed] Concurrents modifiés
}
changes-title-benefits = { $change ->
    [added] Avantages ajoutés
    [removed] Avantages supprimés
   *[changed] Avantages modifiés
}
changes-title-notes = { $change ->
    [added] Notes ajoutées
    [removed] Notes supprimées
   *[changed] Notes modifiées
}
changes-count-touchpoints = { $count ->
    [one] { $count } point de contact { $change ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié
    }
   *[other] { $count } points de contact { $change ->
        [added] ajoutés
        [removed] supprimés
       *[changed] modifiés
    }
}
changes-count-kpis = { $count ->
    [one] { $count } KPI { $change ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié
    }
   *[other] { $count } KPI { $change ->
        [added] ajoutés
        [removed] supprimés
       *[changed] modifiés
    }
}
changes-count-kpis-crossed = { $count ->
    [one] { $count } KPI a franchi son objectif
   *[other] { $count } KPI ont franchi leur objectif
}
changes-count-stages = { $count ->
    [one] { $count } étape { $change ->
        [added] ajoutée
        [removed] supprimée
       *[changed] modifiée
    }
   *[other] { $count } étapes { $change ->
        [added] ajoutées
        [removed] supprimées
       *[changed] modifiées
    }
}
changes-count-channels = { $count ->
    [one] { $count } canal { $change ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié
    }
   *[other] { $count } canaux { $change ->
        [added] ajoutés
        [removed] supprimés
       *[changed] modifiés
    }
}
changes-count-personas = { $count ->
    [one] { $count } persona { $change ->
        [added] ajoutée
        [removed] supprimée
       *[changed] modifiée
    }
   *[other] { $count } personas { $change ->
        [added] ajoutées
        [removed] supprimées
       *[changed] modifiées
    }
}
changes-count-competitors = { $count ->
    [one] { $count } concurrent { $change ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié
    }
   *[other] { $count } concurrents { $change ->
        [added] ajoutés
        [removed] supprimés
       *[changed] modifiés
    }
}
changes-count-benefits = { $count ->
    [one] { $count } avantage { $change ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié
    }
   *[other] { $count } avantages { $change ->
        [added] ajoutés
        [removed] supprimés
       *[changed] modifiés
    }
}
changes-count-notes = { $count ->
    [one] { $count } note { $change ->
        [added] ajoutée
        [removed] supprimée
       *[changed] modifiée
    }
   *[other] { $count } notes { $change ->
        [added] ajoutées
        [removed] supprimées
       *[changed] modifiées
    }
}
changes-at = en { $cell }
changes-was-at = était en { $cell }
changes-moved = déplacé de { $from } vers { $to }
changes-renamed = renommé de « { $from } » en « { $to } »
changes-emotion = émotion passée de { $from } à { $to }
changes-value = valeur { $component } passée de { $from } à { $to }
changes-emotion-for = émotion pour { $persona } passée de { $from } à { $to }
changes-opportunity = opportunité « { $text } » : { $changes }
changes-risk = risque « { $text } » : { $changes }
changes-impact = impact passé de { $from } à { $to }
changes-effort = effort passé de { $from } à { $to }
changes-severity = gravité passée de { $from } à { $to }
changes-likelihood = probabilité passée de { $from } à { $to }
changes-not-scored = non noté
changes-not-given = non indiquée
changes-state = état passé de { $from } à { $to }
changes-priority = priorité passée de { $from } à { $to }
changes-also = autres modifications : { $fields }
changes-status = statut passé de { $from } à { $to }
changes-target = objectif passé de { $from } à { $to }
changes-latest-was = dernière valeur { $value }, auparavant { $was }
changes-latest = dernière valeur { $value }
changes-first-measurement = première mesure : { $value }
changes-no-measurements = plus aucune mesure (auparavant { $was })
changes-now = désormais { $status }
changes-value-in = { $value } ({ $date })
changes-at-least = au moins { $value }
changes-at-most = au plus { $value }
changes-none-word = aucun
changes-not-rated = non évalué
changes-badge-better = mieux
changes-badge-worse = moins bien

## Exports: the column headers of touchpoints.csv and kpis.csv (exports.rs)

csv-id = id
csv-name = nom
csv-stage = étape
csv-channel = canal
csv-mode = type
csv-personas = personas
csv-control = maîtrise
csv-priority = priorité
csv-state = état
csv-owner = responsable
csv-emotion = émotion
csv-emotion-label = émotion_libellé
csv-value-strength = force_valeur
csv-kpis = kpi
csv-kpi-status = statut_kpi
csv-evidence = niveau_preuve
csv-risks = risques
csv-kind = nature
csv-unit = unité
csv-direction = sens
csv-baseline = référence
csv-target = objectif
csv-source = source
csv-status = statut
csv-latest-date = date_dernière_valeur
csv-latest = dernière_valeur
csv-emotion-score-persona = émotion_score_{ $persona }
csv-emotion-label-persona = émotion_libellé_{ $persona }

## Dates: a measurement's date as the map writes it (2026-12, 2026-12-05), in words

month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
