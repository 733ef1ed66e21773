# touchmap: los textos del sitio en español. Las variables se describen en en.ftl.
# Vocabulario del sector: «puntos de contacto», «recorrido del cliente», «buyer persona»;
# los KPI, invariables y en masculino.

## Site frame (base.html)

site-skip-to-content = Ir al contenido
site-nav-label = Menú principal
site-breadcrumb-label = Ruta de navegación
site-download-map = Descargar el mapa:
site-built-with = Creado con { $generator }

## Navigation and page titles

nav-dashboard = Panel
nav-map = Mapa
nav-journey = Recorrido del cliente
nav-touchpoints = Puntos de contacto
nav-value = Valor
nav-kpis = KPI
nav-competitors = Competidores
nav-benefits = Beneficios
nav-insights = Análisis
nav-notes = Notas
nav-search = Buscar
nav-changes = Qué ha cambiado

title-map = Mapa de puntos de contacto
title-journey = Recorrido del cliente
title-value = Propuesta de valor
title-insights = Análisis
title-benefits = Beneficios
title-search = Buscar
title-touchpoints = Puntos de contacto
title-stages = Etapas
title-channels = Canales
title-personas = Buyer personas
title-kpis = KPI
title-competitors = Competidores
title-notes = Notas
title-not-found = Página no encontrada
title-changes = Qué ha cambiado desde { $since }
nav-personas = Personas
title-list-page = { $title }, página { $n }

## Words shared by many pages

mode-analog = analógico
mode-digital = digital
control-managed = gestionado
control-spontaneous = espontáneo
priority-key = clave
priority-supporting = de apoyo
state-current = actual
state-planned = planificado
evidence-assumed = hipótesis
evidence-partial = parcial
evidence-researched = respaldada por investigación
kpi-kind-quantitative = cuantitativo
kpi-kind-qualitative = cualitativo
severity-low = baja
severity-medium = media
severity-high = alta
kpi-source-crm = CRM
kpi-source-profiling = perfilado
kpi-source-marketing-automation = automatización de marketing
kpi-source-analytics = analítica web
kpi-source-survey = encuesta
kpi-source-manual = registro manual
kpi-direction-down = cuanto más bajo, mejor
kpi-direction-up = cuanto más alto, mejor

emotion-very-positive = muy positiva
emotion-positive = positiva
emotion-neutral = neutra
emotion-negative = negativa
emotion-very-negative = muy negativa
emotion-not-rated = sin valorar

kpi-status-on-target = objetivo cumplido
kpi-status-off-target = objetivo no cumplido
kpi-status-no-data = sin datos
kpi-status-no-target = sin objetivo
kpi-status-not-scored = sin puntuar (cualitativo)
kpi-status-none = sin KPI
kpi-status-planned = planificado

value-strength = { $score } de 5
value-not-rated = sin valorar
score-of-5 = { $score }/5
percent = { $value } %
count-of = { $part } de { $whole }

common-none = ninguno
common-none-sentence = Ninguno.
common-none-listed = No se indica ninguno.
common-none-recorded = No hay nada registrado.
common-not-rated = sin valorar
common-not-described = sin describir
common-no-owner = sin responsable
common-overloaded = sobrecargada
common-no-touchpoints = sin puntos de contacto
common-key-touchpoint = Punto de contacto clave
common-us = nosotros
common-us-brand = Nuestra marca

count-touchpoints = { $count ->
    [one] { $count } punto de contacto
   *[other] { $count } puntos de contacto
}
count-touchpoints-of = { $shown } de { $total ->
    [one] { $total } punto de contacto
   *[other] { $total } puntos de contacto
}
count-personas = { $count ->
    [one] { $count } buyer persona
   *[other] { $count } buyer personas
}
count-competitors = { $count ->
    [one] { $count } competidor
   *[other] { $count } competidores
}
count-kpis = { $count } KPI
count-notes = { $count ->
    [one] { $count } nota
   *[other] { $count } notas
}
count-channels = { $count ->
    [one] { $count } canal
   *[other] { $count } canales
}
count-risks = { $count ->
    [one] { $count } riesgo
   *[other] { $count } riesgos
}
count-warnings = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
pager-previous = Anterior
pager-next = Siguiente
list-left = Otros { $count } { $what } no aparecen en esta página, para que sea ligera; { $where }.
poster-svg-note = (SVG, para diapositivas y pósteres)
list-pager-label = Páginas de la lista
list-pager-label-end = Páginas de la lista, al final

## Table headers

th-kpi = KPI
th-status = Estado
th-latest = Último valor
th-target = Objetivo
th-baseline = Valor inicial
th-trend = Tendencia
th-owner = Responsable
th-owner-source = Responsable · fuente
th-touchpoint = Punto de contacto
th-touchpoints = Puntos de contacto
th-stage = Etapa
th-channel = Canal
th-mode = Tipo
th-description = Descripción
th-emotion = Emoción
th-kpi-status = Estado del KPI
th-value = Valor
th-evidence = Evidencia
th-strength = Fuerza
th-key = Clave
th-analog = Analógico
th-digital = Digital
th-mean-emotion = Emoción media (actual)
th-load = Carga
th-severity = Gravedad
th-risk = Riesgo
th-opportunity = Oportunidad
th-brand = Marca
th-component = Componente
th-date = Fecha
th-lane = Carril
th-as-is = Actual
th-with-planned = Con los planificados

## Touchpoint cards (partials/ui.html)

card-key = clave
card-planned = planificado
card-spontaneous = espontáneo
card-value-title = Puntuación media de valor
card-value-prefix = Valor:
card-value-not-rated = valor sin valorar
card-value-score = valor { $score }/5
card-owner = Responsable: { $owner }
card-spontaneous-title = Espontáneo: no lo gestionamos nosotros
card-emotion-aside = (emoción: { $word })
card-emotion-title = Emoción: { $word }
card-kpis-not-measured = KPI: aún sin medir
card-kpi-status = KPI: { $status }
weight-severity = gravedad { $n }/3
weight-importance = importancia { $n }/3
notes-panel-heading = Notas
notes-panel-empty = Todavía no hay notas vinculadas aquí.
tile-emotion-not-rated = emoción sin valorar
tile-mean-emotion = emoción media { $mean } ({ $word })
tile-kpis-planned = KPI aún sin medir (planificado)
tile-worst-kpi = peor estado de KPI: { $status }
tile-mean-value = valor medio { $score } de 5
rollup-not-scored = { $count } sin puntuar
rollup-emotion = { $count ->
    [one] Emoción media { $emotion } ({ $word }), en { $count } punto de contacto actual
   *[other] Emoción media { $emotion } ({ $word }), en { $count } puntos de contacto actuales
}
rollup-emotion-not-rated = Emoción sin valorar en sus puntos de contacto actuales
rollup-legend-kpis = KPI:
rollup-legend-rest = sin objetivo o sin puntuar
vpc-our-offer = Nuestra oferta
vpc-pains-relieved = { $met } de { $count ->
    [one] { $count } frustración aliviada
   *[other] { $count } frustraciones aliviadas
}
vpc-gains-created = { $met } de { $count ->
    [one] { $count } alegría creada
   *[other] { $count } alegrías creadas
}
vpc-square-label = El cuadrado: propuesta de valor
vpc-square-label-for = El cuadrado: propuesta de valor para { $name }
vpc-fits = encaja con
vpc-circle-label = El círculo: perfil de cliente de { $name }
vpc-customer-profile = Perfil de cliente
vpc-customer-jobs = Trabajos del cliente
vpc-creates = crea
vpc-relieves = alivia
vpc-created-by = creada por
vpc-relieved-by = aliviada por
vpc-not-addressed = sin respuesta

## Dashboard (index.html)

dashboard-key-figures = Cifras clave
dashboard-touchpoints = Puntos de contacto
dashboard-touchpoints-key = { $count } clave
dashboard-touchpoints-planned = { $count ->
    [one] { $count } planificado
   *[other] { $count } planificados
}
dashboard-analog-digital = Analógicos / digitales
dashboard-analog-count = { $count ->
    [one] { $count } analógico
   *[other] { $count } analógicos
}
dashboard-digital-count = { $count ->
    [one] { $count } digital
   *[other] { $count } digitales
}
dashboard-kpis-on-target = KPI con el objetivo cumplido
dashboard-kpis-off-target = { $count } sin cumplir el objetivo
dashboard-kpis-no-data = { $count } sin datos
dashboard-kpis-no-target = { $count } sin objetivo
dashboard-kpis-not-scored = { $count ->
    [one] { $count } sin puntuar (cualitativo)
   *[other] { $count } sin puntuar (cualitativos)
}
dashboard-high-risks = Riesgos altos
dashboard-high-risks-some = riesgos de gravedad alta que mitigar
dashboard-high-risks-none = Ningún riesgo de gravedad alta
dashboard-empty-cells = Celdas vacías
dashboard-empty-cells-of = de { $count }
dashboard-empty-cells-detail = celdas etapa × canal sin punto de contacto
dashboard-also-on-map = También en este mapa
dashboard-kpi-status = Estado de los KPI
dashboard-all-kpis = Todos los KPI
dashboard-kpi-table-label = Tabla del estado de los KPI
dashboard-no-kpis = Este mapa aún no define ningún KPI.
dashboard-weakest = Puntos de contacto más débiles
dashboard-all-weak = Todos los puntos de contacto débiles
dashboard-weakest-intro = Ordenados por emoción, valor transmitido y KPI que no cumplen el objetivo.
dashboard-weakest-none = No hay puntos de contacto débiles: todos tienen una puntuación neutra o superior.
dashboard-open-risks = Riesgos abiertos
dashboard-risk-register = Registro de riesgos
dashboard-risks-none = No hay riesgos registrados.
dashboard-by-stage = Por etapa
dashboard-open-map = Abrir el mapa
dashboard-by-stage-label = Puntos de contacto por etapa, tabla
dashboard-within-limit = dentro del límite
dashboard-emotion-note = Emoción media de los puntos de contacto actuales, de −2 (muy negativa) a +2 (muy positiva); los puntos de contacto planificados cuentan en los totales, pero no en la emoción.
dashboard-findings = Resultados de { $command }
finding-error = error
finding-warning = aviso
dashboard-finding-hint = Sugerencia: { $hint }
dashboard-findings-none = Sin resultados: { $command } no señala ningún aviso en este mapa.
dashboard-channels-detail = puntos de contacto en canales analógicos y digitales
dashboard-kpis-attention = Los { $shown } de { $count } KPI que más atención necesitan: primero los que no alcanzan el objetivo, luego los que no tienen datos.
dashboard-all-n-kpis = Los { $count } KPI
dashboard-all-benefits = Todos los beneficios
dashboard-benefit-emotion = emoción media { $emotion }
dashboard-health = Salud del mapa
dashboard-health-intro = Lo que al propio mapa aún le falta o señala, para quien lo mantiene al día.
dashboard-health-details = Detalles para quien edita el mapa: { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
} de { $command }, con archivo y línea
dashboard-health-good = Nada que corregir: cada punto de contacto clave tiene un KPI y un responsable, cada frustración un aliviador y ningún riesgo es alto.
health-high-risk = { $count ->
    [one] { $count } riesgo tiene gravedad alta
   *[other] { $count } riesgos tienen gravedad alta
}
health-unaddressed-pain = { $count ->
    [one] { $count } frustración del cliente no tiene aliviador
   *[other] { $count } frustraciones del cliente no tienen aliviador
}
health-key-without-kpi = { $count ->
    [one] { $count } punto de contacto clave no tiene KPI
   *[other] { $count } puntos de contacto clave no tienen KPI
}
health-key-without-owner = { $count ->
    [one] { $count } punto de contacto clave no tiene responsable
   *[other] { $count } puntos de contacto clave no tienen responsable
}
health-brand-conflict = { $count ->
    [one] { $count } punto de contacto va en contra de un valor de marca
   *[other] { $count } veces un punto de contacto va en contra de un valor de marca
}
health-overloaded-stage = { $count ->
    [one] { $count } etapa tiene más puntos de contacto de los que permite el mapa
   *[other] { $count } etapas tienen más puntos de contacto de los que permite el mapa
}
health-emotion-for-unserved-persona = { $count ->
    [one] { $count } emoción se da para una persona a la que el punto de contacto no atiende
   *[other] { $count } emociones se dan para personas a las que sus puntos de contacto no atienden
}
health-unused-channel = { $count ->
    [one] { $count } canal no tiene punto de contacto
   *[other] { $count } canales no tienen punto de contacto
}
health-unused-competitor = { $count ->
    [one] { $count } competidor no aparece en ningún punto de contacto
   *[other] { $count } competidores no aparecen en ningún punto de contacto
}
health-broken-link = { $count ->
    [one] { $count } enlace de las notas no lleva a ninguna parte
   *[other] { $count } enlaces de las notas no llevan a ninguna parte
}
health-missing-alt = { $count ->
    [one] { $count } imagen no tiene texto para quien no puede verla
   *[other] { $count } imágenes no tienen texto para quien no puede verlas
}
health-other = { $count ->
    [one] { $count } otro punto que revisar en los archivos del mapa
   *[other] { $count } otros puntos que revisar en los archivos del mapa
}

## Map (map.html, partials/map_grid.html)

map-lede-counts = { $touchpoints ->
    [one] { $touchpoints } punto de contacto
   *[other] { $touchpoints } puntos de contacto
} en { $stages ->
    [one] { $stages } etapa
   *[other] { $stages } etapas
} y { $channels ->
    [one] { $channels } canal
   *[other] { $channels } canales
}.
map-lede-explain-brand = Cada columna es una etapa del ciclo de vida del cliente y cada fila, un canal; una celda reúne los puntos de contacto en los que los clientes se encuentran con { $brand } en ese momento.
map-lede-explain-us = Cada columna es una etapa del ciclo de vida del cliente y cada fila, un canal; una celda reúne los puntos de contacto en los que los clientes se encuentran con nosotros en ese momento.
map-colour-by = Colorear las tarjetas por
map-colour-emotion = Emoción
map-colour-kpi = Estado del KPI
map-colour-value = Fuerza del valor
map-filters-label = Filtrar puntos de contacto
map-filters-title = Filtros
map-filter-persona = Buyer persona
map-filter-all-personas = Todos los buyer personas
map-filter-mode = Tipo de canal
map-filter-mode-all = Analógicos y digitales
map-filter-mode-analog = Solo analógicos
map-filter-mode-digital = Solo digitales
map-filter-control = Gestión
map-filter-control-all = Gestionados y espontáneos
map-filter-control-managed = Solo gestionados
map-filter-control-spontaneous = Solo espontáneos
map-filter-state = Estado
map-filter-state-all = Actuales y planificados
map-filter-state-current = Actuales (situación actual)
map-filter-state-planned = Planificados (situación futura)
map-filter-key-only = Solo puntos de contacto clave
map-filter-reset = Mostrar todo
map-legend-emotion-label = Colores de las emociones
map-legend-emotion = Emoción:
map-legend-kpi-label = Colores del estado del KPI
map-legend-kpi = Estado del KPI:
map-legend-planned-not-measured = planificado (aún sin medir)
map-legend-value-label = Colores de la fuerza del valor
map-legend-value = Fuerza del valor (puntuación media):
map-legend-score-on-card = la puntuación de cada tarjeta
map-legend-symbols-label = Símbolos
map-legend-symbols = Símbolos:
map-legend-planned-dashed = planificado (borde discontinuo)
map-legend-mode-rows = filas { $analog } { $digital }
map-no-channels = Este mapa aún no tiene canales, así que la cuadrícula no tiene filas. Añade una sección { $channels } (por ejemplo, web, correo electrónico, tienda, teléfono) y otra { $touchpoints } en un archivo YAML del mapa.
map-no-touchpoints = Este mapa aún no tiene puntos de contacto. Añádelos en { $touchpoints }, cada uno con los campos { $stage } y { $channel }.
map-grid-caption = Puntos de contacto por etapa del ciclo de vida (columnas) y canal (filas)
map-grid-label = Mapa de puntos de contacto: etapas en horizontal, canales en vertical (con desplazamiento)
map-scroll-hint = En una pantalla estrecha, el mapa se desplaza en horizontal dentro de su marco; la columna de canales y la fila de etapas quedan fijas. Cada punto de contacto enlaza con su página.
grid-corner-stage = Etapa
grid-corner-channel = Canal
grid-stage-step = Etapa { $n }
grid-group-analog = canales analógicos
grid-group-digital = canales digitales
grid-no-matching = ningún punto de contacto coincide
grid-empty-cell = vacía
map-view-show = Mostrar
map-view-overview = Vista general
map-view-cards = Todas las tarjetas
map-poster-download = Descargar el mapa como imagen
map-overview-hint = Cada mosaico cuenta los puntos de contacto de su celda y se colorea como las tarjetas; abre un mosaico para verlos.
map-cell-dialog-title = Puntos de contacto de una celda
map-cell-dialog-close = Cerrar
map-cell-dialog-page = Esta celda en su propia página
map-cell-dialog-first = { $shown ->
    [one] Uno de ellos aparece abajo; la página de la celda los muestra todos.
   *[other] { $shown } de ellos aparecen abajo; la página de la celda los muestra todos.
}
grid-more = { $number } más
grid-more-at = en { $where }
poster-map-subtitle = { $touchpoints ->
    [one] { $touchpoints } punto de contacto
   *[other] { $touchpoints } puntos de contacto
} en { $stages ->
    [one] { $stages } etapa
   *[other] { $stages } etapas
} y { $channels ->
    [one] { $channels } canal
   *[other] { $channels } canales
} · tarjetas coloreadas según la emoción
poster-map-capped = Una celda con más de { $limit } puntos de contacto muestra { $shown } (primero los clave, luego los más débiles) y cuántos más tiene; el sitio los lista todos.
poster-drawn-by = Dibujado por touchmap { $version } a partir de los archivos del mapa.

## Journey (journey.html, partials/journey.html)

journey-lede = { $stages ->
    [one] Cómo se siente cada persona en cada punto de contacto de la { $stages } etapa, y qué encuentra allí: el producto, la interacción, la comunicación, lo que piensa, sus frustraciones y nuestras oportunidades.
   *[other] Cómo se siente cada persona en cada punto de contacto a lo largo de las { $stages } etapas, y qué encuentra allí: el producto, la interacción, la comunicación, lo que piensa, sus frustraciones y nuestras oportunidades.
}
journey-personas-label = Buyer personas de esta página
journey-jump-to = Ir a
journey-persona-profile = Perfil del buyer persona
journey-all-customers = Todos los clientes
journey-curve-caption = Un punto por punto de contacto, en el orden del recorrido, de −2 (muy negativo) a +2 (muy positivo); un punto enlaza con su punto de contacto y un anillo marca un momento de frustración, donde una persona se siente peor.
journey-curve-caption-markers = Un punto por punto de contacto, en el orden del recorrido, de −2 (muy negativo) a +2 (muy positivo); un anillo marca un momento de frustración, donde una persona se siente peor, y enlaza con su punto de contacto. El gráfico tiene demasiados puntos para enlazar cada uno: los carriles de abajo llevan a cada punto de contacto.
journey-legend-as-is = situación actual (puntos de contacto actuales)
journey-legend-to-be = con los puntos de contacto planificados (futuro), dibujados huecos
journey-table-summary = Emoción media por etapa, como tabla
journey-table-label = Emoción media por etapa
journey-no-rating = sin valorar
journey-lanes-heading = Qué encuentra { $who } en cada etapa
journey-lane-touchpoints = Puntos de contacto
journey-lane-product = Producto
journey-lane-interaction = Interacción
journey-lane-communication = Comunicación
journey-lane-perception = Percepción
journey-lane-pains = Frustraciones
journey-lane-opportunities = Oportunidades
journey-planned-mark = planificado
journey-lane-none = ninguno
journey-curve-title = Emoción a lo largo del recorrido
journey-curve-title-of = Emoción a lo largo del recorrido: { $who }
journey-lanes-of = Carriles de
journey-curve-scroll = El gráfico es más ancho que la página: desplázalo hacia los lados.
journey-poster-download = Descargar esta curva como imagen
journey-posters-download = Descargar la curva de una persona como imagen:
journey-feels-worst-at = { $name } se siente peor en
journey-lanes-folded = { $count ->
    [one] { $count } punto de contacto: cada etapa está plegada, abre una para ver sus tarjetas.
   *[other] { $count } puntos de contacto: cada etapa está plegada, abre una para ver sus tarjetas.
}
journey-lanes-summarised = { $count ->
    [one] { $count } punto de contacto: cada etapa está plegada, abre una para ver sus tarjetas.
   *[other] { $count } puntos de contacto: una etapa con muchos muestra sus puntos más bajos y lleva a una página con todos; las demás están plegadas, abre una para ver sus tarjetas.
}
journey-lane-stage-link = La etapa { $stage }
journey-lane-no-touchpoint = Ningún punto de contacto aquí.
journey-lane-eyebrow = Carril del recorrido
journey-lane-title = { $stage }: qué encuentra { $who }
journey-lane-lede = { $count ->
    [one] El punto de contacto que { $who } encuentra en la etapa { $stage }, coloreado según cómo se siente { $who } allí.
   *[other] Los { $count } puntos de contacto que { $who } encuentra en la etapa { $stage }, en el orden del recorrido, cada uno coloreado según cómo se siente { $who } allí.
}
journey-lane-mean = Emoción media (actual): { $mean } ({ $word }).
journey-lane-lowest = { $count ->
    [one] El punto más bajo:
   *[other] Los { $count } puntos más bajos:
}
journey-lane-all = { $count ->
    [one] El único punto de contacto de { $stage }
   *[other] Los { $count } puntos de contacto de { $stage }
}
journey-lane-back = Volver al recorrido

## Touchpoint page (touchpoint.html)

touchpoint-eyebrow = Punto de contacto
touchpoint-classification = Clasificación
touchpoint-key = punto de contacto clave
touchpoint-planned = planificado (situación futura)
touchpoint-current = actual (situación actual)
touchpoint-evidence = evidencia: { $evidence }
touchpoint-about = Descripción
touchpoint-experience = Experiencia del cliente
touchpoint-emotion = Emoción: { $word }
touchpoint-emotion-scale = ({ $score } en una escala de −2 a +2)
touchpoint-perception = Percepción:
touchpoint-value = Valor transmitido
touchpoint-value-mean = media: { $label }
touchpoint-no-components = El mapa no define componentes de valor.
touchpoint-pains = Frustraciones
touchpoint-no-pains = No hay frustraciones registradas.
touchpoint-opportunities = Oportunidades
touchpoint-no-opportunities = No hay oportunidades registradas.
touchpoint-risks = Riesgos
touchpoint-risk-likelihood = probabilidad { $level }
touchpoint-opportunity-impact = impacto { $score }
touchpoint-opportunity-effort = esfuerzo { $score }
touchpoint-opportunity-owner = responsable: { $owner }
touchpoint-no-risks = No hay riesgos registrados.
touchpoint-brand-values = Valores de marca
touchpoint-aligned = Alineado con
touchpoint-none-stated = No se indica ninguno.
touchpoint-in-conflict = En conflicto con
touchpoint-no-conflicts = Sin conflictos.
touchpoint-competitors = Competidores presentes
touchpoint-their-practice = Qué hacen ellos
touchpoint-not-described = Sin describir.
touchpoint-how-we-differ = En qué nos diferenciamos
touchpoint-no-competitors = No hay ninguna práctica de la competencia registrada para este punto de contacto.
touchpoint-kpis = KPI
touchpoint-kpis-planned = Este punto de contacto está planificado: estos KPI lo medirán cuando exista, y las cifras de abajo aún no son suyas.
touchpoint-no-kpis = Ningún KPI mide todavía este punto de contacto.
touchpoint-kpi-over-time = Evolución de { $name }
touchpoint-all-measurements = Todas las mediciones
touchpoint-facts = Datos básicos
fact-stage = Etapa
fact-channel = Canal
fact-control = Gestión
fact-priority = Prioridad
fact-state = Estado
fact-owner = Responsable
fact-evidence = Evidencia
fact-personas = Buyer personas
fact-emotion = Emoción
fact-kpi-status = Estado del KPI
fact-strength = Fuerza
touchpoint-key-without-owner = clave sin responsable
touchpoint-all-personas = Todos los buyer personas
touchpoint-weak = débil
touchpoint-fine = bien
touchpoint-pager-label = A lo largo del recorrido
touchpoint-previous = Punto de contacto anterior
touchpoint-next = Punto de contacto siguiente
touchpoint-emotion-by-persona = Emoción por persona
touchpoint-emotion-personas-mean = media de las personas

## KPI figures and charts (touchpoint.html, kpi.html)

kpi-latest = Último valor
kpi-target = Objetivo
kpi-baseline = Valor inicial
kpi-direction = Sentido
kpi-no-data = sin datos
kpi-chart-target-line = línea discontinua: objetivo { $target }
kpi-chart-baseline-line = línea de puntos: valor inicial { $baseline }

## Touchpoints index (touchpoints.html)

touchpoints-lede = { $count ->
    [one] El único punto de contacto, en el orden del recorrido.
   *[other] Los { $count } puntos de contacto en el orden del recorrido, etapa por etapa.
}
touchpoints-see-on-map = Verlos en el mapa
touchpoints-empty = Este mapa aún no tiene puntos de contacto. Añade algunos en { $touchpoints } en un archivo YAML del mapa.
touchpoints-stage-page = Página de la etapa
touchpoints-table-label = Puntos de contacto de la etapa { $stage }, tabla
touchpoints-lede-page = Puntos de contacto { $first }–{ $last } de { $total } en el orden de la customer journey, etapa por etapa.

## KPI page and index (kpi.html, kpis.html)

kpi-eyebrow = KPI
kpi-over-time = Evolución
kpi-chart-per-measurement = { $name } por medición
kpi-chart-table-below = La tabla de abajo recoge todos los valores.
kpi-no-measurements = Aún no hay mediciones.
kpi-source-sentence = Fuente: { $source }.
kpi-text-values = Este KPI tiene valores de texto, así que no hay gráfico.
kpi-measurements-summary = Mediciones ({ $count }), de la más reciente a la más antigua
kpi-measurements-label = Mediciones de { $name }
kpi-measured-at = Se mide en
kpi-no-touchpoints = Ningún punto de contacto incluye este KPI.
kpi-benefits = Beneficios que demuestra
kpi-no-benefits = Ningún beneficio hace referencia a este KPI.
kpi-figures = Cifras
kpi-status = Estado
kpi-change = Variación
kpi-percentage-points = puntos porcentuales
kpi-since-baseline = desde el valor inicial
kpi-unit = Unidad
kpi-source = Fuente
kpi-owner = Responsable
kpi-not-stated = sin indicar
kpi-series = serie: { $series }
kpi-no-measurement = sin medición
kpi-source-of = fuente: { $source }
kpis-lede = El estado se deriva de la última medición, del objetivo y del sentido de cada KPI.
kpis-on-target = Objetivo cumplido
kpis-off-target = Objetivo no cumplido
kpis-no-data = Sin datos
kpis-no-target = Sin objetivo
kpis-not-scored = Sin puntuar (cualitativo)
kpis-table-label = Tabla del estado de los KPI
kpis-lede-page = KPI { $first }–{ $last } de { $total }.
kpi-card-combined-status = { $status } ({ $count } KPI)
kpi-card-this-one = este: { $status }
kpi-card-other = { $name }: { $status }
kpi-card-combined-note = Su estado combina sus { $count } KPI y cuenta el peor: { $each }.

## Value proposition (value.html, partials/benchmark.html)

value-lede = Lo que ofrecemos frente a lo que necesita cada persona, y con qué fuerza se transmite cada componente de valor en cada etapa.
value-matrix = Componentes × etapas
value-matrix-label = Tabla de la matriz de valor
value-matrix-caption = Puntuación media de valor por componente y etapa; ◆ señala una etapa destacada, y «brecha», una etapa destacada que se transmite por debajo de { $threshold }
value-emphasised-prefix = destacado:
value-not-conveyed = no se transmite
value-gap = brecha
value-legend = Leyenda:
value-legend-mean = puntuación media
value-legend-emphasised = destacado en esta etapa (con marco)
value-legend-gap = destacado, pero por debajo de { $threshold }
value-none-defined = No hay componentes de valor ni etapas definidos.
value-where-conveyed = Dónde se transmite cada componente
value-where-intro = Los puntos de contacto con una puntuación de 4 o 5 en el componente.
value-emphasised-at = Destacado en:
value-not-conveyed-strongly = Ningún punto de contacto transmite con fuerza { $component } (4 o más).
value-canvas = Lienzo de la propuesta de valor
value-products = Productos y servicios
value-relievers = Aliviadores de frustraciones
value-relieves = alivia: { $text }
value-creators = Creadores de alegrías
value-creates = crea: { $text }
benchmark-caption = Puntuaciones de valor (0–5) por marca y componente
benchmark-us-mark = (nosotros)
benchmark-bars-caption = Puntuaciones por componente en barras; la primera barra de cada grupo somos nosotros.
benchmark-radar-caption = Perfil de valor en radar: cuanto más hacia fuera, más fuerte.
value-canvas-intro = Para cada persona: lo que ofrecemos (el cuadrado) frente a lo que necesita el cliente (el círculo). Una marca muestra dónde un aliviador atiende una frustración o un creador de alegrías una alegría; una necesidad sin respuesta lo indica.
value-canvas-intro-no-personas = Lo que ofrecemos. Añade personas con sus trabajos, frustraciones y alegrías para ver enfrente el lado del cliente.
value-matrix-intro = La puntuación media (0–5) de los puntos de contacto actuales de la etapa que valoran el componente (los planificados no cuentan hasta que existan). Las celdas destacadas son donde la propuesta de valor quiere que el componente sobresalga.
value-conveyed-more = { $count ->
    [one] Y { $count } más con 4 o 5 en { $component }; la lista de puntos de contacto da el valor de cada uno.
   *[other] Y { $count } más con 4 o 5 en { $component }; la lista de puntos de contacto da el valor de cada uno.
}

## Insights (insights.html)

insights-lede = Carencias y prioridades que se desprenden del mapa: dónde faltan puntos de contacto, dónde son débiles o están en riesgo y qué hacer a continuación.
insights-on-this-page = En esta página
insights-empty-cells = Celdas vacías
insights-weakest = Puntos de contacto más débiles
insights-kpis = KPI sin cumplir el objetivo o sin datos
insights-risks = Registro de riesgos
insights-opportunities = Lista de oportunidades
insights-overloaded = Etapas sobrecargadas
insights-balance = Equilibrio analógico / digital
insights-unused-channels = Canales sin usar
insights-pains = Frustraciones sin resolver
insights-conflicts = Conflictos con la marca
insights-planned = Puntos de contacto planificados
insights-empty-cells-intro = Combinaciones de etapa × canal sin punto de contacto. No todas las celdas lo necesitan; revisa aquellas en las que los clientes esperan encontrarte.
insights-empty-cells-none = Todas las celdas del mapa tienen al menos un punto de contacto.
insights-weakest-intro = Fuerza = puntuación de emoción + distancia del valor medio respecto al centro (de −1 a +1) − 1 por cada KPI que no cumple el objetivo. Por debajo de cero, el punto de contacto es débil. Los puntos de contacto planificados no se clasifican: todavía no existen.
insights-weakest-label = Tabla de los puntos de contacto más débiles
insights-weakest-none = No hay puntos de contacto débiles.
insights-kpis-label = KPI sin cumplir el objetivo o sin datos, tabla
insights-kpis-none = Todos los KPI con objetivo lo cumplen.
insights-risks-intro = Situaciones que podrían ahuyentar a un cliente, de la más grave a la menos grave, luego de la más probable a la menos probable.
insights-risks-label = Tabla del registro de riesgos
insights-risks-none = No hay riesgos registrados.
insights-opportunities-intro = Todas las oportunidades anotadas en un punto de contacto, por prioridad: primero impacto alto, luego esfuerzo bajo, luego el orden del recorrido; las completadas al final.
insights-opportunities-label = Tabla de la lista de oportunidades
insights-opportunities-none = No hay oportunidades registradas.
insights-overloaded-figures = { $count ->
    [one] { $count } punto de contacto, límite { $limit }
   *[other] { $count } puntos de contacto, límite { $limit }
}
insights-overloaded-none = Ninguna etapa supera el límite de puntos de contacto.
insights-overloaded-none-limit = Ninguna etapa tiene más de { $limit } puntos de contacto.
insights-unused-none = Todos los canales tienen al menos un punto de contacto.
insights-balance-intro = En total, { $analog ->
    [one] { $analog } punto de contacto analógico
   *[other] { $analog } puntos de contacto analógicos
} y { $digital ->
    [one] { $digital } digital.
   *[other] { $digital } digitales.
}
insights-balance-analog = { $count ->
    [one] { $count } analógico ({ $percent } %)
   *[other] { $count } analógicos ({ $percent } %)
}
insights-balance-digital = { $count ->
    [one] { $count } digital ({ $percent } %)
   *[other] { $count } digitales ({ $percent } %)
}
insights-pains-intro = Frustraciones de los buyer personas que ningún aliviador de la propuesta de valor resuelve.
insights-pains-none = Cada frustración tiene al menos un aliviador.
insights-conflicts-with = en conflicto con { $value }
insights-conflicts-none = Ningún punto de contacto entra en conflicto con un valor de marca.
insights-planned-intro = El recorrido futuro: los puntos de contacto que aún no existen.
insights-planned-none = No hay puntos de contacto planificados.
insights-toc-scored = { $scored ->
    [one] { $scored } de { $total } puntuada
   *[other] { $scored } de { $total } puntuadas
}
insights-toc-balance = { $analog ->
    [one] { $analog } analógico
   *[other] { $analog } analógicos
}, { $digital ->
    [one] { $digital } digital
   *[other] { $digital } digitales
}
insights-matrix = Matriz de oportunidades
insights-matrix-intro = Cada oportunidad con un impacto y un esfuerzo (de 1 a 5; 3 cuenta como alto), situada según ambos valores. Empieza arriba a la izquierda, por las victorias rápidas. Cada marcador enlaza con su punto de contacto.
insights-matrix-none-scored = Ninguna oportunidad tiene todavía un impacto y un esfuerzo. Asigna a una oportunidad { $impact } y { $effort } (de 1 a 5) para situarla aquí.
insights-matrix-quarters-label = Oportunidades por cuadrante
insights-matrix-status-label = Formas de cada estado
insights-matrix-status = Estado:
insights-quick-wins = Victorias rápidas
insights-big-bets = Grandes apuestas
insights-fill-ins = Tareas de relleno
insights-money-pits = Pozos sin fondo
insights-not-scored = Sin puntuar
insights-not-scored-intro = Mientras no tenga a la vez un impacto y un esfuerzo, una oportunidad no tiene cabida en la matriz.
insights-not-scored-none = Todas las oportunidades están puntuadas.
insights-not-scored-more = { $count } más sin puntuar
opportunity-status-idea = idea
opportunity-status-planned = planificada
opportunity-status-in-progress = en curso
opportunity-status-done = completada
insights-backlog-filter-label = Filtrar la lista de oportunidades
insights-filter-status = Estado
insights-filter-all-statuses = Todos los estados
insights-filter-open = Abiertas (sin completar)
insights-filter-stage = Etapa
insights-filter-all-stages = Todas las etapas
insights-filter-reset = Mostrar todo
insights-backlog-showing = { $total ->
    [one] Se muestran { $shown } de { $total } oportunidad.
   *[other] Se muestran { $shown } de { $total } oportunidades.
}
insights-backlog-showing-all = { $total ->
    [one] Se muestra la única oportunidad.
   *[other] Se muestran las { $total } oportunidades.
}
insights-backlog-none-match = Ninguna oportunidad coincide con estos filtros.
insights-backlog-opportunity = Oportunidad
insights-backlog-impact = Impacto
insights-backlog-effort = Esfuerzo
insights-backlog-quarter = Cuadrante
insights-backlog-not-scored = sin puntuar
insights-backlog-owns-touchpoint = responsable del punto de contacto
insights-backlog-continued = { $label } (continuación)
insights-backlog-more = { $count ->
    [one] Mostrar la otra oportunidad
   *[other] Mostrar las otras { $count } oportunidades
}
insights-risk-matrix = Matriz de riesgos
insights-risk-matrix-intro = Cada riesgo según la gravedad de sus consecuencias (en vertical) y su probabilidad (en horizontal). Prioriza la esquina superior derecha.
insights-risk-matrix-not-given = { $count ->
    [one] { $count } de { $total } riesgos no indica la probabilidad: se cuenta en la última columna.
   *[other] { $count } de { $total } riesgos no indican la probabilidad: se cuentan en la última columna.
}
insights-risk-matrix-caption = Riesgos por gravedad (filas) y probabilidad (columnas)
insights-risk-severity = Gravedad
insights-risk-low-likelihood = Probabilidad baja
insights-risk-medium-likelihood = Probabilidad media
insights-risk-high-likelihood = Probabilidad alta
insights-risk-likelihood-not-given = Probabilidad sin indicar
insights-risk-count = { $count ->
    [one] riesgo
   *[other] riesgos
}
insights-risk-cell-none = ninguno
insights-risk-cell-more = { $count } más
insights-risk-cell-left = { $count ->
    [one] { $count } más no aparece aquí; la página de cada punto de contacto enumera sus propios riesgos.
   *[other] { $count } más no aparecen aquí; la página de cada punto de contacto enumera sus propios riesgos.
}
insights-risk-likelihood = Probabilidad
insights-risk-not-given = sin indicar
insights-risks-more = { $count ->
    [one] Mostrar el otro riesgo
   *[other] Mostrar los otros { $count } riesgos
}
insights-weakest-more = { $count ->
    [one] Mostrar el otro punto de contacto débil
   *[other] Mostrar los otros { $count } puntos de contacto débiles
}
insights-kpis-more = { $count ->
    [one] Mostrar el otro KPI
   *[other] Mostrar los otros { $count } KPI
}
insights-conflicts-more = { $count ->
    [one] Mostrar el otro conflicto
   *[other] Mostrar los otros { $count } conflictos
}
insights-planned-more = { $count ->
    [one] Mostrar el otro punto de contacto planificado
   *[other] Mostrar los otros { $count } puntos de contacto planificados
}
chart-priority-title = Oportunidades por impacto y esfuerzo
chart-priority-effort = Esfuerzo: bajo → alto
chart-priority-impact = Impacto: bajo → alto
chart-priority-dot = { $label } — { $touchpoint } (impacto { $impact }, esfuerzo { $effort }, { $status })
chart-priority-desc = { $count ->
    [one] Impacto (eje vertical, de 1 a 5) frente a esfuerzo (eje horizontal, de 1 a 5) de { $count } oportunidad puntuada: { $quarters }. Cada marcador enlaza con su punto de contacto.
   *[other] Impacto (eje vertical, de 1 a 5) frente a esfuerzo (eje horizontal, de 1 a 5) de { $count } oportunidades puntuadas: { $quarters }. Cada marcador enlaza con su punto de contacto.
}
chart-priority-more = { $count ->
    [one] { $count } oportunidad más con impacto { $impact } y esfuerzo { $effort }: consulta la lista
   *[other] { $count } oportunidades más con impacto { $impact } y esfuerzo { $effort }: consulta la lista
}
insights-left-opportunities = { $count ->
    [one] { $count } oportunidad más no aparece en esta página, para aligerarla; los filtros tienen en cuenta las que aparecen.
   *[other] { $count } oportunidades más no aparecen en esta página, para aligerarla; los filtros tienen en cuenta las que aparecen.
}
insights-left-risks = { $count ->
    [one] { $count } riesgo más no aparece en esta página, para aligerarla.
   *[other] { $count } riesgos más no aparecen en esta página, para aligerarla.
}
insights-all-opportunities = { $count ->
    [one] La lista completa: { $count } oportunidad
   *[other] La lista completa: las { $count } oportunidades, página a página
}
insights-all-risks = { $count ->
    [one] El registro completo: { $count } riesgo
   *[other] El registro completo: los { $count } riesgos, página a página
}
insights-full-backlog-page = Oportunidades { $first }–{ $last } de { $total }, por prioridad: primero impacto alto, luego esfuerzo bajo, luego el orden del recorrido; las completadas al final.
insights-full-risks-page = Riesgos { $first }–{ $last } de { $total }, del más grave al menos grave, luego del más probable al menos probable.
insights-full-backlog-all = { $count ->
    [one] La única oportunidad anotada en un punto de contacto.
   *[other] Las { $count } oportunidades anotadas en los puntos de contacto, por prioridad: primero impacto alto, luego esfuerzo bajo, luego el orden del recorrido; las completadas al final.
}
insights-full-risks-all = { $count ->
    [one] El único riesgo anotado en un punto de contacto.
   *[other] Los { $count } riesgos anotados en los puntos de contacto, del más grave al menos grave, luego del más probable al menos probable.
}
insights-full-back = Volver a los análisis
insights-left-weakest = { $count ->
    [one] { $count } punto de contacto débil más no aparece en esta página, para aligerarla; la lista de puntos de contacto muestra la emoción, el estado del KPI y el valor de cada uno.
   *[other] { $count } puntos de contacto débiles más no aparecen en esta página, para aligerarla; la lista de puntos de contacto muestra la emoción, el estado del KPI y el valor de cada uno.
}
insights-left-kpis = { $count ->
    [one] { $count } KPI más no aparece en esta página, para aligerarla; la lista de KPI muestra el estado de cada uno.
   *[other] { $count } KPI más no aparecen en esta página, para aligerarla; la lista de KPI muestra el estado de cada uno.
}
insights-left-conflicts = { $count ->
    [one] { $count } conflicto más no aparece en esta página, para aligerarla; la página de cada punto de contacto nombra los suyos.
   *[other] { $count } conflictos más no aparecen en esta página, para aligerarla; la página de cada punto de contacto nombra los suyos.
}
insights-left-planned = { $count ->
    [one] { $count } punto de contacto previsto más no aparece en esta página, para aligerarla; el filtro del mapa para los previstos los muestra todos.
   *[other] { $count } puntos de contacto previstos más no aparecen en esta página, para aligerarla; el filtro del mapa para los previstos los muestra todos.
}

## Benefits (benefits.html)

benefits-lede = Lo que los puntos de contacto aportan al negocio, y los puntos de contacto y KPI que respaldan cada beneficio.
benefits-nav-label = Beneficios de esta página
benefits-kpis = KPI
benefits-no-kpi = Ningún KPI demuestra todavía este beneficio.
benefits-touchpoints = Puntos de contacto
benefits-no-touchpoints = No hay puntos de contacto vinculados.
benefits-empty = No hay beneficios definidos. Añádelos en { $benefits }; por ejemplo, base de datos de clientes, más ventas o boca a boca positivo.
benefits-at-a-glance = De un vistazo
benefits-overview-caption = Cada barra: los KPI del beneficio, primero la parte que cumple el objetivo. Cada punto: la emoción media de sus puntos de contacto actuales, de −2 (izquierda) a +2 (derecha); la marca indica el neutro. Selecciona un beneficio para ir a él.
benefits-overview-title = Beneficios de un vistazo

## Stages and channels (stage.html, stages.html, channel.html, channels.html)

stage-eyebrow = Etapa
stage-touchpoints = Puntos de contacto
stage-limit-max = / máx. { $limit }
stage-overloaded = sobrecargada: más de { $limit }
stage-within-limit = dentro del límite de { $limit }
stage-key-touchpoints = Puntos de contacto clave
stage-analog-digital = Analógicos / digitales
stage-mean-emotion = Emoción media (actual)
stage-emotion-detail = de los puntos de contacto actuales, de −2 (muy negativa) a +2 (muy positiva)
stage-emotion-with-planned = { $count ->
    [one] con el planificado: { $value }
   *[other] con los { $count } planificados: { $value }
}
stage-emphasis = Valor destacado en esta etapa
stage-emphasis-intro = Aquí la propuesta de valor pone el acento en estos componentes:
stage-emphasis-none = En esta etapa no se destaca ningún componente de valor.
stage-by-channel = Puntos de contacto por canal
stage-no-touchpoints = Aún no hay puntos de contacto en esta etapa.
stage-no-touchpoint-in = Ningún punto de contacto en:
stage-pager-label = Etapas
stage-previous = Etapa anterior
stage-next = Etapa siguiente
stages-lede = El ciclo de vida del cliente, en orden: las columnas del { $map }.
stages-lede-map = mapa
stages-none = No hay etapas definidas.
channel-eyebrow = Canal
channel-touchpoints = Puntos de contacto
channel-unused = canal sin usar
channel-in-stages = en { $used } de { $stages ->
    [one] { $stages } etapa
   *[other] { $stages } etapas
}
channel-mode = Tipo
channel-competitors-present = Competidores presentes
channel-by-stage = Puntos de contacto por etapa
channel-no-touchpoints = Ningún punto de contacto usa todavía este canal.
channel-no-touchpoint-at = Ningún punto de contacto en:
channel-competitors = Competidores en este canal
channel-no-competitors = No hay ningún competidor registrado en este canal.
channels-lede = Dónde nos encuentran los clientes: las filas del { $map }, analógicas y digitales.
channels-lede-map = mapa
channels-table-label = Canales
channels-unused = sin usar
channels-none = No hay canales definidos.
stage-limit-at-most = de un máximo de { $limit }
stage-channels = Canales
stage-channels-detail = puntos de contacto en canales analógicos y digitales
stage-all-in-channel = Los { $count } en { $channel }
stage-all-at-stage = en la etapa { $stage }
channel-all-at-stage = Los { $count } en la etapa { $stage }
channel-all-in-channel = en { $channel }
group-more-shown = (se muestran los clave y los más débiles)
cell-eyebrow = Celda del mapa
cell-lede-brand = { $count ->
    [one] { $count } punto de contacto
   *[other] { $count } puntos de contacto
} en los que los clientes encuentran a { $brand } en { $channel } en la etapa { $stage }{ $ranked ->
    [true] , primero los clave y luego los más débiles: el mapa muestra los primeros en su celda
   *[other] {""}
}.
cell-lede-us = { $count ->
    [one] { $count } punto de contacto
   *[other] { $count } puntos de contacto
} en los que los clientes nos encuentran en { $channel } en la etapa { $stage }{ $ranked ->
    [true] , primero los clave y luego los más débiles: el mapa muestra los primeros en su celda
   *[other] {""}
}.
cell-mean-emotion = Emoción media
cell-emotion-scale = de −2 (muy negativa) a +2 (muy positiva)
cell-worst-kpi = Peor estado de KPI
cell-mean-value = Fuerza media del valor
cell-back-to-map = Volver al mapa
cell-filter-show-all = Mostrar todos los puntos de contacto de esta celda

## Personas (persona.html, personas.html)

persona-eyebrow = Buyer persona
persona-map = Mapa de { $name }
persona-fit = Encaje con la propuesta de valor
persona-pains-relieved = Frustraciones con aliviador
persona-pains-met = { $met } de { $count ->
    [one] { $count } frustración
   *[other] { $count } frustraciones
}
persona-gains-created = Alegrías con creador
persona-gains-met = { $met } de { $count ->
    [one] { $count } alegría
   *[other] { $count } alegrías
}
persona-on-full-map = En el mapa completo, con sus filtros
persona-map-intro-brand = { $count ->
    [one] El único punto de contacto en el que { $name } se encuentra con { $brand }, por etapa y canal.
   *[other] Los { $count } puntos de contacto en los que { $name } se encuentra con { $brand }, por etapa y canal.
}
persona-map-intro-us = { $count ->
    [one] El único punto de contacto en el que { $name } se encuentra con nosotros, por etapa y canal.
   *[other] Los { $count } puntos de contacto en los que { $name } se encuentra con nosotros, por etapa y canal.
}
persona-grid-caption = Puntos de contacto de { $name } por etapa del ciclo de vida (columnas) y canal (filas)
persona-grid-label = Mapa de { $name }: etapas en horizontal, canales en vertical (con desplazamiento)
persona-no-touchpoints = Ningún punto de contacto menciona a este buyer persona.
persona-jobs = Trabajos del cliente
persona-no-jobs = No hay trabajos registrados.
persona-pains = Frustraciones
persona-no-reliever = sin aliviador
persona-no-pains = No hay frustraciones registradas.
persona-gains = Alegrías
persona-no-creator = sin creador de alegrías
persona-no-gains = No hay alegrías registradas.
persona-journey = Recorrido
persona-card-label = Perfil de { $name }
persona-goals = Objetivos
personas-on-the-map = { $name } en el mapa
personas-count-touchpoints = { $count ->
    [one] punto de contacto
   *[other] puntos de contacto
}
personas-count-jobs = { $count ->
    [one] trabajo
   *[other] trabajos
}
personas-count-pains = { $count ->
    [one] frustración
   *[other] frustraciones
}
personas-count-gains = { $count ->
    [one] alegría
   *[other] alegrías
}
personas-lede = Los clientes a los que sigue este mapa. Cada buyer persona tiene un recorrido con una curva emocional y un encaje con la propuesta de valor.
personas-empty = No hay buyer personas definidos. En ese caso, los puntos de contacto se dirigen a «todos los clientes»; consulta el { $journey }.
personas-empty-journey = recorrido

## Competitors (competitor.html, competitors.html)

competitor-eyebrow = Competidor
competitor-external = (sitio externo)
competitor-strengths = Fortalezas
competitor-weaknesses = Debilidades
competitor-channels = Canales
competitor-no-channels = No hay canales registrados.
competitor-benchmark = Comparativa con nosotros
competitor-practice = Lo que hacen y en qué nos diferenciamos, punto de contacto a punto de contacto
competitor-practice-label = Tabla de prácticas y diferenciación
competitor-their-practice = Lo que hace { $name }
competitor-how-we-differ = En qué nos diferenciamos
competitor-no-practice = Ningún punto de contacto recoge todavía lo que hace { $name }.
competitors-lede = { $count ->
    [one] { $brand } frente a { $count } competidor: los componentes de valor, dónde está presente cada uno y en qué nos diferenciamos en cada punto de contacto.
   *[other] { $brand } frente a { $count } competidores: los componentes de valor, dónde está presente cada uno y en qué nos diferenciamos en cada punto de contacto.
}
competitors-practice-at = { $count ->
    [one] Práctica registrada en { $count } punto de contacto.
   *[other] Práctica registrada en { $count } puntos de contacto.
}
competitors-empty = No hay competidores definidos. Añádelos en { $competitors } para comparar la propuesta de valor.
competitors-benchmark = Comparativa de valor
competitors-benchmark-intro = Puntuaciones de 0 a 5 por componente de valor. La puntuación de { $brand } es la media de sus puntos de contacto actuales que valoran el componente (los planificados todavía no existen).
competitors-positioning = Mapa de posicionamiento
competitors-positioning-intro = { $x } (en horizontal) frente a { $y } (en vertical), puntuaciones de 0 a 5.
competitors-positioning-caption = Posicionamiento según { $x } y { $y }; { $brand } aparece resaltado.
competitors-positioning-table = El posicionamiento en una tabla
competitors-positioning-none = Ninguna marca tiene puntuación en ambos componentes.
competitors-coverage = Cobertura de canales
competitors-coverage-intro = Qué canales usa cada competidor, junto al número de puntos de contacto que { $brand } tiene en ellos.
competitors-coverage-label = Tabla de cobertura de canales
competitors-coverage-touchpoints = puntos de contacto
competitors-present = presente
competitors-absent = ausente

## Notes (note.html, notes.html, note bodies)

note-eyebrow = Nota
note-tags-label = Etiquetas
note-links-label = Enlaces
note-linked-touchpoints = Puntos de contacto vinculados
note-linked-kpis = KPI vinculados
note-linked-competitors = Competidores vinculados
note-links-to = Enlaza con
note-no-other-notes = No hay otras notas.
note-linked-from = Citada en
note-no-backlinks = Ninguna nota enlaza aquí.
notes-lede = Estudios, talleres y decisiones que hay detrás del mapa, agrupados por carpeta. Las notas enlazan con los puntos de contacto, KPI y competidores de los que tratan.
notes-general = General
notes-empty = Aún no hay notas. Añade archivos Markdown en { $notes } dentro de la carpeta del mapa.
note-footnotes = Notas al pie
note-back-to-reference = Volver a la referencia { $ref }

## Search (search.html, app.js) and the page not found (404.html)

search-lede = Busca puntos de contacto, KPI, buyer personas, competidores, etapas, canales, beneficios y notas.
search-label = Buscar en el mapa
search-placeholder = p. ej., pago, Nina, NPS, entrega
search-help = Deben coincidir todas las palabras. Pulsa { $down } y { $up } para moverte por los resultados y { $enter } para abrir uno.
search-key-enter = Intro
search-no-js = La búsqueda necesita JavaScript, que está desactivado o no se ha podido cargar. Puedes consultar el { $touchpoints }, el { $map } o las { $notes }.
search-no-js-touchpoints = índice de puntos de contacto
search-no-js-map = mapa
search-no-js-notes = notas
search-loading = Cargando el índice de búsqueda…
search-type-to-search = { $count ->
    [one] Escribe para buscar en { $count } página.
   *[other] Escribe para buscar en { $count } páginas.
}
search-no-results = No hay resultados para «{ $query }».
search-results = { $count ->
    [one] { $count } resultado para «{ $query }».
   *[other] { $count } resultados para «{ $query }».
}
search-results-first = { $count } resultados para «{ $query }»; se muestran los { $shown } primeros.
search-index-failed = No se ha podido cargar el índice de búsqueda.
search-filter-kind = Mostrar
search-kind-all = Todo
search-filter-stage = Etapa
search-filter-channel = Canal
search-all-stages = Todas las etapas
search-all-channels = Todos los canales
search-show-more = { $count ->
    [one] Mostrar { $count } resultado más
   *[other] Mostrar { $count } resultados más
}
search-kind-touchpoint = Punto de contacto
search-kind-kpi = KPI
search-kind-competitor = Competidor
search-kind-persona = Buyer persona
search-kind-stage = Etapa
search-kind-channel = Canal
search-kind-benefit = Beneficio
search-kind-note = Nota
search-meta-latest = último valor: { $value }
search-meta-stage-position = { $n } de { $total }
not-found-lede = Esta página no está en el mapa. Puede que se haya renombrado o eliminado después de compartir el enlace.
not-found-search = Buscar en el mapa
not-found-home = Ir al panel

## Map filters in the browser (app.js)

filter-showing-some = { $total ->
    [one] Se muestran { $shown } de { $total } punto de contacto.
   *[other] Se muestran { $shown } de { $total } puntos de contacto.
}
filter-showing-all = { $total ->
    [one] Se muestra el único punto de contacto.
   *[other] Se muestran los { $total } puntos de contacto.
}

filter-cell-matching = { $shown } de { $total ->
    [one] { $total } punto de contacto coincide
   *[other] { $total } puntos de contacto coinciden
} con los filtros.
filter-tile-emotion-not-rated = emoción sin valorar
filter-tile-mean-emotion = emoción media { $value } ({ $word })
filter-tile-kpis-planned = KPI aún sin medir (planificado)
filter-tile-worst-kpi = peor estado de KPI: { $status }
filter-tile-value-not-rated = valor sin valorar
filter-tile-mean-value = valor medio { $score } de 5
filter-curve-hint = Pulsa un nombre para mostrar u ocultar ese buyer persona.
## Live reload while serving (live.js)

live-errors = { $count ->
    [one] touchmap: el mapa tiene { $count } error
   *[other] touchmap: el mapa tiene { $count } errores
}
live-showing-last-good = — se muestra la última versión correcta de esta página
live-appears-when-fixed = — el sitio aparecerá cuando se corrijan
live-folder-gone = touchmap: la carpeta del mapa { $folder } ya no existe
live-folder-gone-detail = Se ha eliminado o movido. Cuando vuelva a haber una carpeta en esa ruta, touchmap generará el sitio a partir de ella y esta página se recargará.

## Charts: titles and descriptions for screen readers (charts.rs)

chart-default-title = Gráfico
chart-trend = Tendencia
chart-no-data = Sin datos
chart-no-data-sentence = Sin datos.
chart-series-as-is = { $who } — situación actual
chart-series-to-be = { $who } — con los puntos de contacto planificados
chart-emotion-desc = Emoción por etapa de −2 (muy negativa) a +2 (muy positiva); { $points }.
chart-stage-value = { $stage } { $value }
chart-stage-no-touchpoint = { $stage } sin punto de contacto
chart-target = objetivo { $value }
chart-baseline = valor inicial { $value }
chart-one-value-dated = Un único valor: { $value } ({ $date })
chart-values-dated = { $count } valores, de { $first } ({ $firstDate }) a { $last } ({ $lastDate }); mínimo { $min }, máximo { $max }
chart-desc-target = ; objetivo { $value }
chart-desc-baseline = ; valor inicial { $value }
chart-one-value = Un único valor: { $value }.
chart-values = { $count } valores, de { $first } a { $last }; mínimo { $min }, máximo { $max }.
chart-benchmark-title = Comparativa de valor
chart-profile-title = Perfil de valor
chart-positioning-title = Mapa de posicionamiento
chart-not-available = n. d.
chart-scores-desc = Puntuaciones de 0 a 5 por componente; { $profiles }.
chart-component-no-data = { $component } sin datos
chart-highlighted = (resaltado)
chart-point = { $label } en ({ $x }; { $y })
chart-positioning-desc = Mapa de posicionamiento con { $x } en el eje x y { $y } en el eje y, ambos de 0 a 5: { $points }.

chart-target-sentence = Objetivo: { $value }.
chart-emotion-planned = (planificado)
chart-emotion-steps-desc = Emoción en cada punto de contacto a lo largo del recorrido del cliente, de −2 (muy negativa) a +2 (muy positiva). { $walks }.
chart-emotion-walk = { $who }: { $count ->
    [one] { $count } punto de contacto
   *[other] { $count } puntos de contacto
}
chart-emotion-walk-planned = ({ $count } planificados)
chart-emotion-walk-lowest = punto más bajo en { $points }
chart-benefits-kpis = KPI en objetivo
chart-benefits-emotion = Emoción media
chart-benefits-kpis-on-target = { $on } de { $total } KPI en objetivo
chart-benefits-mean-emotion = emoción media { $value }
chart-benefits-emotion-not-rated = emoción sin valorar
chart-benefits-not-scored = sin puntuar

## Posters: map.svg and journey-ID.svg (charts/map_poster, charts/journey_poster.rs, views/overview/posters.rs)

poster-journey-no-emotion = Aún no hay ninguna emoción valorada en estos puntos de contacto.
poster-journey-no-emotion-desc = Aún no hay ninguna emoción valorada.
poster-journey-caption = Un punto por punto de contacto, en el orden del recorrido, de −2 (muy negativa) a +2 (muy positiva); un anillo marca un momento de frustración.
poster-legend-as-is = situación actual
poster-legend-to-be = con los puntos de contacto planificados (huecos)
poster-legend-pain = momento de frustración
poster-legend-spontaneous = espontáneo (no gestionado por nosotros)
poster-more = +{ $count } más
poster-map-desc = { $subtitle }: { $stages ->
    [one] { $stages } etapa
   *[other] { $stages } etapas
} en horizontal, { $channels ->
    [one] { $channels } canal
   *[other] { $channels } canales
} en vertical, una tarjeta por punto de contacto, coloreada según la emoción.

## Default stages and value components, when a map declares none (model/resolve.rs)

default-stage-awareness = Descubrimiento
default-stage-awareness-description = Primer contacto: el cliente descubre que la marca existe.
default-stage-consideration = Consideración
default-stage-consideration-description = El cliente busca información y compara.
default-stage-decision = Decisión
default-stage-decision-description = El cliente elige y compra.
default-stage-post-purchase = Poscompra
default-stage-post-purchase-description = Entrega, primer uso, servicio y opiniones.
default-stage-retention = Fidelización
default-stage-retention-description = Lealtad, recompra y recomendación.
default-component-price = Precio
default-component-price-description = Lo que paga el cliente y lo justo que le parece.
default-component-service = Servicio
default-component-service-description = Ayuda, comodidad y fiabilidad en torno al producto.
default-component-personalization = Personalización
default-component-personalization-description = Hasta qué punto la oferta se ajusta a este cliente.
default-component-proximity = Cercanía
default-component-proximity-description = Estar cerca del cliente, física o temporalmente.

## What changed (changes.html, diff/mod.rs)

changes-eyebrow = Cambios
changes-since = desde { $label }
changes-working-tree = la copia de trabajo
changes-nothing = Nada ha cambiado en el mapa desde { $label }.
changes-that-revision = esa revisión
changes-compared = En comparación con { $label }: { $summary }.
changes-earlier-revision = la revisión anterior
changes-summary-none = sin cambios
changes-legend-label = Símbolos
changes-legend = Símbolos:
changes-mark-added = añadido
changes-mark-removed = eliminado
changes-mark-changed = modificado
changes-mark-better = ha alcanzado su objetivo
changes-mark-worse = ha dejado de cumplir su objetivo
changes-none = Sin cambios.
changes-title-touchpoints = { $change ->
    [added] Puntos de contacto añadidos
    [removed] Puntos de contacto eliminados
   *[changed] Puntos de contacto modificados
}
changes-title-kpis = { $change ->
    [added] KPI añadidos
    [removed] KPI eliminados
   *[changed] KPI modificados
}
changes-title-kpis-crossed = KPI que han cruzado su objetivo
changes-title-stages = { $change ->
    [added] Etapas añadidas
    [removed] Etapas eliminadas
   *[changed] Etapas modificadas
}
changes-title-channels = { $change ->
    [added] Canales añadidos
    [removed] Canales eliminados
   *[changed] Canales modificados
}
changes-title-personas = { $change ->
    [added] Buyer personas añadidos
    [removed] Buyer personas eliminados
   *[changed] Buyer personas modificados
}
changes-title-competitors = { $change ->
    [added] Competidores añadidos
    [removed] Competidores eliminados
   *[changed] Competidores modificados
}
changes-title-benefits = { $change ->
    [added] Beneficios añadidos
    [removed] Beneficios eliminados
   *[changed] Beneficios modificados
}
changes-title-notes = { $change ->
    [added] Notas añadidas
    [removed] Notas eliminadas
   *[changed] Notas modificadas
}
changes-count-touchpoints = { $count ->
    [one] { $count } punto de contacto { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado
    }
   *[other] { $count } puntos de contacto { $change ->
        [added] añadidos
        [removed] eliminados
       *[changed] modificados
    }
}
changes-count-kpis = { $count ->
    [one] { $count } KPI { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado
    }
   *[other] { $count } KPI { $change ->
        [added] añadidos
        [removed] eliminados
       *[changed] modificados
    }
}
changes-count-kpis-crossed = { $count ->
    [one] { $count } KPI ha cruzado su objetivo
   *[other] { $count } KPI han cruzado su objetivo
}
changes-count-stages = { $count ->
    [one] { $count } etapa { $change ->
        [added] añadida
        [removed] eliminada
       *[changed] modificada
    }
   *[other] { $count } etapas { $change ->
        [added] añadidas
        [removed] eliminadas
       *[changed] modificadas
    }
}
changes-count-channels = { $count ->
    [one] { $count } canal { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado
    }
   *[other] { $count } canales { $change ->
        [added] añadidos
        [removed] eliminados
       *[changed] modificados
    }
}
changes-count-personas = { $count ->
    [one] { $count } buyer persona { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado
    }
   *[other] { $count } buyer personas { $change ->
        [added] añadidos
        [removed] eliminados
       *[changed] modificados
    }
}
changes-count-competitors = { $count ->
    [one] { $count } competidor { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado
    }
   *[other] { $count } competidores { $change ->
        [added] añadidos
        [removed] eliminados
       *[changed] modificados
    }
}
changes-count-benefits = { $count ->
    [one] { $count } beneficio { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado
    }
   *[other] { $count } beneficios { $change ->
        [added] añadidos
        [removed] eliminados
       *[changed] modificados
    }
}
changes-count-notes = { $count ->
    [one] { $count } nota { $change ->
        [added] añadida
        [removed] eliminada
       *[changed] modificada
    }
   *[other] { $count } notas { $change ->
        [added] añadidas
        [removed] eliminadas
       *[changed] modificadas
    }
}
changes-at = en { $cell }
changes-was-at = antes en { $cell }
changes-moved = movido de { $from } a { $to }
changes-renamed = renombrado de «{ $from }» a «{ $to }»
changes-emotion = emoción cambiada de { $from } a { $to }
changes-value = valor { $component } cambiado de { $from } a { $to }
changes-emotion-for = emoción para { $persona } cambiada de { $from } a { $to }
changes-opportunity = oportunidad «{ $text }»: { $changes }
changes-risk = riesgo «{ $text }»: { $changes }
changes-impact = impacto cambiado de { $from } a { $to }
changes-effort = esfuerzo cambiado de { $from } a { $to }
changes-severity = gravedad cambiada de { $from } a { $to }
changes-likelihood = probabilidad cambiada de { $from } a { $to }
changes-not-scored = sin puntuar
changes-not-given = no indicada
changes-state = estado cambiado de { $from } a { $to }
changes-priority = prioridad cambiada de { $from } a { $to }
changes-also = otros cambios: { $fields }
changes-status = estado cambiado de { $from } a { $to }
changes-target = objetivo cambiado de { $from } a { $to }
changes-latest-was = último valor { $value }, antes { $was }
changes-latest = último valor { $value }
changes-first-measurement = primera medición: { $value }
changes-no-measurements = ya no hay mediciones (antes { $was })
changes-now = ahora { $status }
changes-value-in = { $value } ({ $date })
changes-at-least = al menos { $value }
changes-at-most = como máximo { $value }
changes-none-word = ninguno
changes-not-rated = sin valorar
changes-badge-better = mejor
changes-badge-worse = peor

## Exports: the column headers of touchpoints.csv and kpis.csv (exports.rs)

csv-id = id
csv-name = nombre
csv-stage = etapa
csv-channel = canal
csv-mode = tipo
csv-personas = buyer_personas
csv-control = gestión
csv-priority = prioridad
csv-state = situación
csv-owner = responsable
csv-emotion = emoción
csv-emotion-label = emoción_etiqueta
csv-value-strength = fuerza_valor
csv-kpis = kpi
csv-kpi-status = estado_kpi
csv-evidence = evidencia
csv-risks = riesgos
csv-kind = naturaleza
csv-unit = unidad
csv-direction = sentido
csv-baseline = valor_inicial
csv-target = objetivo
csv-source = fuente
csv-status = estado
csv-latest-date = fecha_último_valor
csv-latest = último_valor
csv-emotion-score-persona = emoción_puntuación_{ $persona }
csv-emotion-label-persona = emoción_etiqueta_{ $persona }

## Dates: a measurement's date as the map writes it (2026-12, 2026-12-05), in words

month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
