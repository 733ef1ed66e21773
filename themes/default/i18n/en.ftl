# touchmap default theme: every word the generated site shows, in English.
#
# One message per string; ids are grouped by the page or part that shows them.
# Variables:
#   $count, $total, $shown, $n ... whole numbers, given as numbers (plural rules apply);
#   $score, $value, $percent, $limit-like decimals are given already formatted for
#     the language (decimal comma where the language writes one), as text;
#   variables documented as "HTML" hold a small fragment the template builds
#     (a <code>, <kbd> or link element); the message itself holds no markup.
# Where a file of another language has the same id, that text is shown instead.

## Site frame (base.html)

site-skip-to-content = Skip to content
site-nav-label = Main
site-breadcrumb-label = Breadcrumb
site-download-map = Download the map:
# $generator: "touchmap 0.x.y"
site-built-with = Built with { $generator }

## Navigation and page titles

nav-dashboard = Dashboard
nav-map = Map
nav-journey = Journey
nav-touchpoints = Touchpoints
nav-value = Value
nav-kpis = KPIs
nav-competitors = Competitors
nav-benefits = Benefits
nav-insights = Insights
nav-notes = Notes
nav-search = Search
nav-changes = What changed

title-map = Touchpoint map
title-journey = Customer journey
title-value = Value proposition
title-insights = Insights
title-benefits = Benefits
title-search = Search
title-touchpoints = Touchpoints
title-stages = Stages
title-channels = Channels
title-personas = Personas
title-kpis = KPIs
title-competitors = Competitors
title-notes = Notes
title-not-found = Page not found
# $since: a revision label such as "HEAD~1 (1a2b3c4)", or changes-working-tree
title-changes = What changed since { $since }
nav-personas = Personas
# $title: the list's title; $n: the page's number, from 2
title-list-page = { $title }, page { $n }

## Words shared by many pages

# The kinds of channel, as badges and in filters.
mode-analog = analog
mode-digital = digital
control-managed = managed
control-spontaneous = spontaneous
priority-key = key
priority-supporting = supporting
state-current = current
state-planned = planned
evidence-assumed = assumed
evidence-partial = partial
evidence-researched = researched
kpi-kind-quantitative = quantitative
kpi-kind-qualitative = qualitative
severity-low = low
severity-medium = medium
severity-high = high
kpi-source-crm = CRM
kpi-source-profiling = profiling
kpi-source-marketing-automation = marketing automation
kpi-source-analytics = analytics
kpi-source-survey = survey
kpi-source-manual = manual
kpi-direction-down = lower is better
kpi-direction-up = higher is better

emotion-very-positive = very positive
emotion-positive = positive
emotion-neutral = neutral
emotion-negative = negative
emotion-very-negative = very negative
emotion-not-rated = not rated

kpi-status-on-target = on target
kpi-status-off-target = off target
kpi-status-no-data = no data
kpi-status-no-target = no target
kpi-status-not-scored = not scored (qualitative)
kpi-status-none = no KPI
kpi-status-planned = planned

# $score: the mean value score, formatted ("2.7")
value-strength = { $score } of 5
value-not-rated = not rated
# $score: a score, formatted
score-of-5 = { $score }/5
# $value: a share, formatted ("42.5")
percent = { $value }%
# $part and $whole: whole numbers ("3 of 7")
count-of = { $part } of { $whole }

common-none = none
common-none-sentence = None.
common-none-listed = None listed.
common-none-recorded = None recorded.
common-not-rated = not rated
common-not-described = not described
common-no-owner = no owner
common-overloaded = overloaded
common-no-touchpoints = no touchpoints
common-key-touchpoint = Key touchpoint
common-us = us
# A table row or chart label standing for the map's own brand when it has no name.
common-us-brand = Us

count-touchpoints = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
}
# "3 of 7 touchpoints" while the map's filters hide some.
count-touchpoints-of = { $shown } of { $total ->
    [one] { $total } touchpoint
   *[other] { $total } touchpoints
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
count-competitors = { $count ->
    [one] { $count } competitor
   *[other] { $count } competitors
}
count-kpis = { $count ->
    [one] { $count } KPI
   *[other] { $count } KPIs
}
count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
count-channels = { $count ->
    [one] { $count } channel
   *[other] { $count } channels
}
count-risks = { $count ->
    [one] { $count } risk
   *[other] { $count } risks
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
pager-previous = Previous
pager-next = Next
list-left = { $count } more { $what } are not listed on this page, to keep it light; { $where }.
poster-svg-note = (SVG, for slides and posters)
# The pager of a long list; a list has one above and one below it.
list-pager-label = Pages of the list
list-pager-label-end = Pages of the list, at its end

## Table headers

th-kpi = KPI
th-status = Status
th-latest = Latest
th-target = Target
th-baseline = Baseline
th-trend = Trend
th-owner = Owner
th-owner-source = Owner · source
th-touchpoint = Touchpoint
th-touchpoints = Touchpoints
th-stage = Stage
th-channel = Channel
th-mode = Mode
th-description = Description
th-emotion = Emotion
th-kpi-status = KPI status
th-value = Value
th-evidence = Evidence
th-strength = Strength
th-key = Key
th-analog = Analog
th-digital = Digital
th-mean-emotion = Mean emotion (as-is)
th-load = Load
th-severity = Severity
th-risk = Risk
th-opportunity = Opportunity
th-brand = Brand
th-component = Component
th-date = Date
th-lane = Lane
th-as-is = As-is
th-with-planned = With planned

## Touchpoint cards (partials/ui.html)

card-key = key
card-planned = planned
card-spontaneous = spontaneous
card-value-title = Mean value score
card-value-prefix = Value:
card-value-not-rated = value not rated
# $score: formatted
card-value-score = value { $score }/5
# $owner: a person or team, as written in the map
card-owner = Owner: { $owner }
card-spontaneous-title = Spontaneous: not managed by us
# $word: an emotion word (emotion-*)
card-emotion-aside = (emotion: { $word })
card-emotion-title = Emotion: { $word }
card-kpis-not-measured = KPIs: not measured yet
# $status: a KPI status word (kpi-status-*)
card-kpi-status = KPI { $status }
# $n: 1 to 3
weight-severity = severity { $n }/3
weight-importance = importance { $n }/3
notes-panel-heading = Notes
notes-panel-empty = No notes are linked here yet.
tile-emotion-not-rated = emotion not rated
tile-mean-emotion = mean emotion { $mean } ({ $word })
tile-kpis-planned = KPIs not measured yet (planned)
tile-worst-kpi = worst KPI status: { $status }
tile-mean-value = mean value { $score } of 5
rollup-not-scored = { $count } not scored
rollup-emotion = { $count ->
    [one] Mean emotion { $emotion } ({ $word }), over { $count } current touchpoint
   *[other] Mean emotion { $emotion } ({ $word }), over { $count } current touchpoints
}
rollup-emotion-not-rated = Emotion not rated at its current touchpoints
rollup-legend-kpis = KPIs:
rollup-legend-rest = no target or not scored
vpc-our-offer = Our offer
vpc-pains-relieved = { $met } of { $count ->
    [one] { $count } pain
   *[other] { $count } pains
} relieved
vpc-gains-created = { $met } of { $count ->
    [one] { $count } gain
   *[other] { $count } gains
} created
vpc-square-label = The square: value proposition
vpc-square-label-for = The square: value proposition for { $name }
vpc-fits = fits
vpc-circle-label = The circle: customer profile of { $name }
vpc-customer-profile = Customer profile
vpc-customer-jobs = Customer jobs
vpc-creates = creates
vpc-relieves = relieves
vpc-created-by = created by
vpc-relieved-by = relieved by
vpc-not-addressed = not addressed

## Dashboard (index.html)

dashboard-key-figures = Key figures
dashboard-touchpoints = Touchpoints
dashboard-touchpoints-key = { $count } key
dashboard-touchpoints-planned = { $count } planned
dashboard-analog-digital = Analog / digital
dashboard-analog-count = { $count } analog
dashboard-digital-count = { $count } digital
dashboard-kpis-on-target = KPIs on target
dashboard-kpis-off-target = { $count } off target
dashboard-kpis-no-data = { $count } no data
dashboard-kpis-no-target = { $count } no target
dashboard-kpis-not-scored = { $count } not scored (qualitative)
dashboard-high-risks = High risks
dashboard-high-risks-some = high-severity risks to mitigate
dashboard-high-risks-none = No high-severity risk
dashboard-empty-cells = Empty cells
# $count: the number of cells of the map
dashboard-empty-cells-of = of { $count }
dashboard-empty-cells-detail = stage × channel cells without a touchpoint
dashboard-also-on-map = Also on this map
dashboard-kpi-status = KPI status
dashboard-all-kpis = All KPIs
dashboard-kpi-table-label = KPI status table
dashboard-no-kpis = This map defines no KPIs yet.
dashboard-weakest = Weakest touchpoints
dashboard-all-weak = All weak touchpoints
dashboard-weakest-intro = Ranked by emotion, value conveyed and KPIs off target.
dashboard-weakest-none = No weak touchpoints: every touchpoint scores at or above neutral.
dashboard-open-risks = Open risks
dashboard-risk-register = Risk register
dashboard-risks-none = No risks are recorded.
dashboard-by-stage = By stage
dashboard-open-map = Open the map
dashboard-by-stage-label = Touchpoints by stage, table
dashboard-within-limit = within limit
dashboard-emotion-note = Mean emotion of the current touchpoints, from −2 (very negative) to +2 (very positive); planned touchpoints are counted in the totals but not in the emotion.
# $command: HTML, <code>touchmap check</code>
dashboard-findings = Findings of { $command }
finding-error = error
finding-warning = warning
# $hint: as touchmap check wrote it (English)
dashboard-finding-hint = Hint: { $hint }
dashboard-findings-none = No findings — { $command } reports no warnings for this map.
dashboard-channels-detail = touchpoints in analog and in digital channels
dashboard-kpis-attention = The { $shown } of { $count } KPIs that most need attention: those off target first, then those without data.
dashboard-all-n-kpis = All { $count } KPIs
dashboard-all-benefits = All benefits
dashboard-benefit-emotion = mean emotion { $emotion }
dashboard-health = Map health
dashboard-health-intro = What the map itself still lacks or flags, for whoever keeps it up to date.
dashboard-health-details = Details for the map’s editors: { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
} of { $command }, with file and line
dashboard-health-good = Nothing to fix: every key touchpoint has a KPI and an owner, every pain a reliever, and no risk is rated high.
health-high-risk = { $count ->
    [one] { $count } risk is rated high severity
   *[other] { $count } risks are rated high severity
}
health-unaddressed-pain = { $count ->
    [one] { $count } customer pain has no pain reliever
   *[other] { $count } customer pains have no pain reliever
}
health-key-without-kpi = { $count ->
    [one] { $count } key touchpoint has no KPI
   *[other] { $count } key touchpoints have no KPI
}
health-key-without-owner = { $count ->
    [one] { $count } key touchpoint has no owner
   *[other] { $count } key touchpoints have no owner
}
health-brand-conflict = { $count ->
    [one] { $count } touchpoint works against a brand value
   *[other] { $count } times a touchpoint works against a brand value
}
health-overloaded-stage = { $count ->
    [one] { $count } stage has more touchpoints than the map allows
   *[other] { $count } stages have more touchpoints than the map allows
}
health-emotion-for-unserved-persona = { $count ->
    [one] { $count } emotion is given for a persona the touchpoint does not serve
   *[other] { $count } emotions are given for personas their touchpoints do not serve
}
health-unused-channel = { $count ->
    [one] { $count } channel has no touchpoint
   *[other] { $count } channels have no touchpoint
}
health-unused-competitor = { $count ->
    [one] { $count } competitor appears at no touchpoint
   *[other] { $count } competitors appear at no touchpoint
}
health-broken-link = { $count ->
    [one] { $count } link in the notes leads nowhere
   *[other] { $count } links in the notes lead nowhere
}
health-missing-alt = { $count ->
    [one] { $count } image has no text for those who cannot see it
   *[other] { $count } images have no text for those who cannot see them
}
health-other = { $count ->
    [one] { $count } other thing in the map files to look at
   *[other] { $count } other things in the map files to look at
}

## Map (map.html, partials/map_grid.html)

map-lede-counts = { $touchpoints ->
    [one] { $touchpoints } touchpoint
   *[other] { $touchpoints } touchpoints
} across { $stages ->
    [one] { $stages } stage
   *[other] { $stages } stages
} and { $channels ->
    [one] { $channels } channel
   *[other] { $channels } channels
}.
# $brand: the brand's name as written in the map
map-lede-explain-brand = Each column is a stage of the customer lifecycle, each row a channel; a cell lists the touchpoints where customers meet { $brand } at that moment.
map-lede-explain-us = Each column is a stage of the customer lifecycle, each row a channel; a cell lists the touchpoints where customers meet us at that moment.
map-colour-by = Colour cards by
map-colour-emotion = Emotion
map-colour-kpi = KPI status
map-colour-value = Value strength
map-filters-label = Filter touchpoints
map-filters-title = Filter
map-filter-persona = Persona
map-filter-all-personas = All personas
map-filter-mode = Channel mode
map-filter-mode-all = Analog and digital
map-filter-mode-analog = Analog only
map-filter-mode-digital = Digital only
map-filter-control = Control
map-filter-control-all = Managed and spontaneous
map-filter-control-managed = Managed only
map-filter-control-spontaneous = Spontaneous only
map-filter-state = State
map-filter-state-all = Current and planned
map-filter-state-current = Current (as-is)
map-filter-state-planned = Planned (to-be)
map-filter-key-only = Key touchpoints only
map-filter-reset = Show all
map-legend-emotion-label = Emotion colours
map-legend-emotion = Emotion:
map-legend-kpi-label = KPI status colours
map-legend-kpi = KPI status:
map-legend-planned-not-measured = planned (not measured yet)
map-legend-value-label = Value strength colours
map-legend-value = Value strength (mean score):
map-legend-score-on-card = the score on each card
map-legend-symbols-label = Symbols
map-legend-symbols = Symbols:
map-legend-planned-dashed = planned (dashed border)
# $analog and $digital: HTML, the two mode badges
map-legend-mode-rows = { $analog } { $digital } rows
# $channels and $touchpoints: HTML, <code>channels:</code> and <code>touchpoints:</code>
map-no-channels = This map has no channels yet, so the grid has no rows. Add { $channels } (for example website, e-mail, store, phone) and { $touchpoints } to a YAML file of the map.
# $touchpoints, $stage, $channel: HTML, <code>touchpoints:</code>, <code>stage</code>, <code>channel</code>
map-no-touchpoints = This map has no touchpoints yet. Add them under { $touchpoints }, each with a { $stage } and a { $channel }.
map-grid-caption = Touchpoints by lifecycle stage (columns) and channel (rows)
map-grid-label = Touchpoint map: stages across, channels down (scrolls)
map-scroll-hint = On a narrow screen the map scrolls sideways inside its frame; the channel column and the stage row stay in place. Every touchpoint links to its page.
grid-corner-stage = Stage
grid-corner-channel = Channel
# $n: the stage's position, from 1
grid-stage-step = Stage { $n }
grid-group-analog = analog channels
grid-group-digital = digital channels
grid-no-matching = no matching touchpoints
grid-empty-cell = empty
map-view-show = Show
map-view-overview = Overview
map-view-cards = All cards
map-poster-download = Download the map as an image
map-overview-hint = Each tile counts the touchpoints of its cell and is coloured like the cards; open a tile to see them.
map-cell-dialog-title = Touchpoints of a cell
map-cell-dialog-close = Close
map-cell-dialog-page = This cell on a page of its own
# The cell dialog of a crowded map cell lists the cards the map holds, not all; $shown: how many it lists
map-cell-dialog-first = { $shown ->
    [one] One of them is listed below; the cell’s page has them all.
   *[other] { $shown } of them are listed below; the cell’s page has them all.
}
grid-more = { $number } more
grid-more-at = at { $where }
poster-map-subtitle = { $touchpoints ->
    [one] { $touchpoints } touchpoint
   *[other] { $touchpoints } touchpoints
} across { $stages ->
    [one] { $stages } stage
   *[other] { $stages } stages
} and { $channels ->
    [one] { $channels } channel
   *[other] { $channels } channels
} · cards coloured by emotion
poster-map-capped = A cell with more than { $limit } touchpoints shows { $shown } of them (the key ones first, then the weakest) and how many more it has; the site lists them all.
poster-drawn-by = Drawn by touchmap { $version } from the map's files.

## Journey (journey.html, partials/journey.html)

journey-lede = { $stages ->
    [one] How each persona feels at each touchpoint along the { $stages } stage, and what they meet there: the product, the interaction, the communication, what they think, their pains and our opportunities.
   *[other] How each persona feels at each touchpoint along the { $stages } stages, and what they meet there: the product, the interaction, the communication, what they think, their pains and our opportunities.
}
journey-personas-label = Personas on this page
journey-jump-to = Jump to
journey-persona-profile = Persona profile
journey-all-customers = All customers
# $who: a persona's name, or journey-all-customers
journey-curve-caption = One point per touchpoint, in the order of the journey, from −2 (very negative) to +2 (very positive); a point links to its touchpoint, and a ring marks a moment of pain, where a persona feels worst.
journey-curve-caption-markers = One point per touchpoint, in the order of the journey, from −2 (very negative) to +2 (very positive); a ring marks a moment of pain, where a persona feels worst, and links to its touchpoint. The chart has too many points to link each one: the lanes under it lead to every touchpoint.
journey-legend-as-is = as-is (current touchpoints)
journey-legend-to-be = with planned touchpoints (to-be), drawn hollow
journey-table-summary = Mean emotion by stage, as a table
journey-table-label = Mean emotion by stage
journey-no-rating = no rating
journey-lanes-heading = What { $who } meets at each stage
journey-lane-touchpoints = Touchpoints
journey-lane-product = Product
journey-lane-interaction = Interaction
journey-lane-communication = Communication
journey-lane-perception = Perception
journey-lane-pains = Pains
journey-lane-opportunities = Opportunities
journey-planned-mark = planned
journey-lane-none = none
journey-curve-title = Emotion along the journey
journey-curve-title-of = Emotion along the journey: { $who }
journey-lanes-of = Lanes of
journey-curve-scroll = The chart is wider than the page: scroll it sideways.
journey-poster-download = Download this curve as an image
journey-posters-download = Download a persona’s curve as an image:
journey-feels-worst-at = { $name } feels worst at
journey-lanes-folded = { $count ->
    [one] { $count } touchpoint: each stage is folded, open one to see its cards.
   *[other] { $count } touchpoints: each stage is folded, open one to see its cards.
}
journey-lanes-summarised = { $count ->
    [one] { $count } touchpoint: each stage is folded, open one to see its cards.
   *[other] { $count } touchpoints: a stage with many shows its lowest points and leads to a page with all of them; the others are folded, open one to see its cards.
}
journey-lane-stage-link = The { $stage } stage
journey-lane-no-touchpoint = No touchpoint here.
journey-lane-eyebrow = Journey lane
# $who: a persona's name, or journey-all-customers; $stage: a stage's name
journey-lane-title = { $stage }: what { $who } meets
journey-lane-lede = { $count ->
    [one] The touchpoint { $who } meets at the { $stage } stage, coloured by how { $who } feels there.
   *[other] The { $count } touchpoints { $who } meets at the { $stage } stage, in the order of the journey, each coloured by how { $who } feels there.
}
# $mean: a signed mean score ("+0.3"); $word: its word ("neutral")
journey-lane-mean = Mean emotion (as-is): { $mean } ({ $word }).
journey-lane-lowest = { $count ->
    [one] Its lowest point:
   *[other] Its { $count } lowest points:
}
journey-lane-all = { $count ->
    [one] The one touchpoint of { $stage }
   *[other] All { $count } touchpoints of { $stage }
}
journey-lane-back = Back to the journey

## Touchpoint page (touchpoint.html)

touchpoint-eyebrow = Touchpoint
touchpoint-classification = Classification
touchpoint-key = key touchpoint
touchpoint-planned = planned (to-be)
touchpoint-current = current (as-is)
# $evidence: an evidence word (evidence-*)
touchpoint-evidence = evidence: { $evidence }
touchpoint-about = About
touchpoint-experience = Customer experience
touchpoint-emotion = Emotion: { $word }
# $score: "+1", "−2"
touchpoint-emotion-scale = ({ $score } on a scale from −2 to +2)
touchpoint-perception = Perception:
touchpoint-value = Value conveyed
# $label: value-strength or value-not-rated
touchpoint-value-mean = mean: { $label }
touchpoint-no-components = The map defines no value components.
touchpoint-pains = Pains
touchpoint-no-pains = No pains recorded.
touchpoint-opportunities = Opportunities
touchpoint-no-opportunities = No opportunities recorded.
touchpoint-risks = Risks
# $level: low, medium or high
touchpoint-risk-likelihood = likelihood { $level }
touchpoint-opportunity-impact = impact { $score }
touchpoint-opportunity-effort = effort { $score }
touchpoint-opportunity-owner = owner { $owner }
touchpoint-no-risks = No risks recorded.
touchpoint-brand-values = Brand values
touchpoint-aligned = Aligned with
touchpoint-none-stated = None stated.
touchpoint-in-conflict = In conflict with
touchpoint-no-conflicts = No conflicts.
touchpoint-competitors = Competitors here
touchpoint-their-practice = Their practice
touchpoint-not-described = Not described.
touchpoint-how-we-differ = How we differ
touchpoint-no-competitors = No competitor practice is recorded for this touchpoint.
touchpoint-kpis = KPIs
touchpoint-kpis-planned = This touchpoint is planned: these KPIs will measure it once it exists, and their figures below are not its own yet.
touchpoint-no-kpis = No KPI measures this touchpoint yet.
# $name: the KPI's name
touchpoint-kpi-over-time = { $name } over time
touchpoint-all-measurements = All measurements
touchpoint-facts = Facts
fact-stage = Stage
fact-channel = Channel
fact-control = Control
fact-priority = Priority
fact-state = State
fact-owner = Owner
fact-evidence = Evidence
fact-personas = Personas
fact-emotion = Emotion
fact-kpi-status = KPI status
fact-strength = Strength
touchpoint-key-without-owner = key without owner
touchpoint-all-personas = All personas
touchpoint-weak = weak
touchpoint-fine = fine
touchpoint-pager-label = Along the journey
touchpoint-previous = Previous touchpoint
touchpoint-next = Next touchpoint
touchpoint-emotion-by-persona = Emotion by persona
touchpoint-emotion-personas-mean = mean of the personas

## KPI figures and charts (touchpoint.html, kpi.html)

kpi-latest = Latest
kpi-target = Target
kpi-baseline = Baseline
kpi-direction = Direction
kpi-no-data = no data
# $target, $baseline: a value with its unit, formatted
kpi-chart-target-line = dashed line: target { $target }
kpi-chart-baseline-line = dotted line: baseline { $baseline }

## Touchpoints index (touchpoints.html)

touchpoints-lede = { $count ->
    [one] The { $count } touchpoint, in journey order, stage by stage.
   *[other] All { $count } touchpoints in journey order, stage by stage.
}
touchpoints-see-on-map = See them on the map
# $touchpoints: HTML, <code>touchpoints:</code>
touchpoints-empty = This map has no touchpoints yet. Add some under { $touchpoints } in a YAML file of the map.
touchpoints-stage-page = Stage page
# $stage: the stage's name
touchpoints-table-label = Touchpoints at { $stage }, table
# A page of a long list; $first, $last, $total: formatted numbers
touchpoints-lede-page = Touchpoints { $first }–{ $last } of { $total } in journey order, stage by stage.

## KPI page and index (kpi.html, kpis.html)

kpi-eyebrow = KPI
kpi-over-time = Over time
# $name: the KPI's name, with its unit in brackets when it has one
kpi-chart-per-measurement = { $name } per measurement
kpi-chart-table-below = The table below lists every value.
kpi-no-measurements = No measurements yet.
# $source: a source word (kpi-source-*)
kpi-source-sentence = Source: { $source }.
kpi-text-values = This KPI has text values, so there is no chart.
kpi-measurements-summary = Measurements ({ $count }), newest first
kpi-measurements-label = Measurements of { $name }
kpi-measured-at = Measured at
kpi-no-touchpoints = No touchpoint lists this KPI.
kpi-benefits = Benefits it evidences
kpi-no-benefits = No benefit refers to this KPI.
kpi-figures = Figures
kpi-status = Status
kpi-change = Change
kpi-percentage-points = percentage points
kpi-since-baseline = since baseline
kpi-unit = Unit
kpi-source = Source
kpi-owner = Owner
kpi-not-stated = not stated
# $series: HTML, <code>series-id</code>
kpi-series = series: { $series }
kpi-no-measurement = no measurement
# $source: a source word (kpi-source-*)
kpi-source-of = source: { $source }
kpis-lede = Status is derived from the latest measurement, the target and the direction of each KPI.
kpis-on-target = On target
kpis-off-target = Off target
kpis-no-data = No data
kpis-no-target = No target
kpis-not-scored = Not scored (qualitative)
kpis-table-label = KPI status table
# $first, $last, $total: formatted numbers
kpis-lede-page = KPIs { $first }–{ $last } of { $total }.
# A touchpoint's card on a KPI's page, when the touchpoint has several KPIs.
# $status: a KPI status word (kpi-status-*); $count: its KPIs, 2 or more
kpi-card-combined-status = { $status } ({ $count } KPIs)
kpi-card-this-one = this one { $status }
# $name: another KPI's name
kpi-card-other = { $name } { $status }
# $each: kpi-card-this-one and kpi-card-other, joined by "; "
kpi-card-combined-note = Its status combines its { $count } KPIs, the worst counting: { $each }.

## Value proposition (value.html, partials/benchmark.html)

value-lede = What we offer against what each persona needs, and how strongly each value component is conveyed at each stage.
value-matrix = Components × stages
value-matrix-label = Value matrix table
# $threshold: "2.5", formatted
value-matrix-caption = Mean value score per component and stage; ◆ marks an emphasised stage, “gap” an emphasised stage conveyed below { $threshold }
value-emphasised-prefix = emphasised:
value-not-conveyed = not conveyed
value-gap = gap
value-legend = Legend:
value-legend-mean = mean score
value-legend-emphasised = emphasised at this stage (framed)
value-legend-gap = emphasised but below { $threshold }
value-none-defined = No value components or stages are defined.
value-where-conveyed = Where each component is conveyed
value-where-intro = Touchpoints that score 4 or 5 on the component.
value-emphasised-at = Emphasised at:
# $component: the value component's name
value-not-conveyed-strongly = No touchpoint conveys { $component } strongly (4 or more).
value-canvas = Value proposition canvas
value-products = Products & services
value-relievers = Pain relievers
value-relieves = relieves: { $text }
value-creators = Gain creators
value-creates = creates: { $text }
benchmark-caption = Value scores (0–5) by brand and component
benchmark-us-mark = (us)
benchmark-bars-caption = Scores per component as bars; the first bar of each group is us.
benchmark-radar-caption = Value profile as a radar: the further out, the stronger.
value-canvas-intro = For each persona: what we offer (the square) facing what the customer needs (the circle). A mark shows where a pain reliever addresses a pain or a gain creator a gain; a need nothing answers says so.
value-canvas-intro-no-personas = What we offer. Add personas with their jobs, pains and gains to see the customer side facing it.
value-matrix-intro = The mean score (0–5) of the stage’s current touchpoints that rate the component (planned ones are not counted until they exist). Emphasised cells are where the value proposition wants the component to stand out.
value-conveyed-more = { $count ->
    [one] And { $count } more that scores 4 or 5 on { $component }; the list of touchpoints gives each one's value.
   *[other] And { $count } more that score 4 or 5 on { $component }; the list of touchpoints gives each one's value.
}

## Insights (insights.html)

insights-lede = Gaps and priorities derived from the map: what to do next, what could go wrong, and where touchpoints are missing or weak.
insights-on-this-page = On this page
insights-empty-cells = Empty cells
insights-weakest = Weakest touchpoints
insights-kpis = KPIs off target or without data
insights-risks = Risk register
insights-opportunities = Opportunity backlog
insights-overloaded = Overloaded stages
insights-balance = Analog / digital balance
insights-unused-channels = Unused channels
insights-pains = Unaddressed pains
insights-conflicts = Brand conflicts
insights-planned = Planned touchpoints
insights-empty-cells-intro = Stage × channel combinations without a touchpoint. Not every cell needs one; check those where customers expect to meet you.
insights-empty-cells-none = Every cell of the map has at least one touchpoint.
insights-weakest-intro = Strength = emotion score + how far the mean value sits from the middle (−1 to +1) − 1 per KPI off target. Below zero counts as weak. Planned touchpoints are not ranked: they are not there yet.
insights-weakest-label = Weakest touchpoints table
insights-weakest-none = No weak touchpoints.
insights-kpis-label = KPIs off target or without data, table
insights-kpis-none = Every KPI with a target is on target.
insights-risks-intro = Situations that could put a customer off, most severe first, then most likely.
insights-risks-label = Risk register table
insights-risks-none = No risks are recorded.
insights-opportunities-intro = Every opportunity noted on a touchpoint, by priority: impact high first, then effort low first, then journey order; done last.
insights-opportunities-label = Opportunity backlog table
insights-opportunities-none = No opportunities are recorded.
# $limit: the most touchpoints a stage should have
insights-overloaded-figures = { $count ->
    [one] { $count } touchpoint, limit { $limit }
   *[other] { $count } touchpoints, limit { $limit }
}
insights-overloaded-none = No stage has more touchpoints than the limit.
insights-overloaded-none-limit = No stage has more touchpoints than the limit of { $limit }.
insights-unused-none = Every channel has at least one touchpoint.
insights-balance-intro = Overall { $analog } analog and { $digital ->
    [one] { $digital } digital touchpoint.
   *[other] { $digital } digital touchpoints.
}
# $percent: formatted share, without the % sign
insights-balance-analog = { $count } analog ({ $percent }%)
insights-balance-digital = { $count } digital ({ $percent }%)
insights-pains-intro = Persona pains that no pain reliever of the value proposition addresses.
insights-pains-none = Every pain has at least one reliever.
# $value: the brand value's name
insights-conflicts-with = conflicts with { $value }
insights-conflicts-none = No touchpoint conflicts with a brand value.
insights-planned-intro = The to-be journey: touchpoints not yet in place.
insights-planned-none = No planned touchpoints.
insights-toc-scored = { $scored } of { $total } scored
insights-toc-balance = { $analog } analog, { $digital } digital
insights-matrix = Opportunity matrix
insights-matrix-intro = Each opportunity with an impact and an effort (1 to 5; 3 counts as high), placed by the two. Start top left, with the quick wins. Each dot links to its touchpoint.
# $impact, $effort: HTML, <code>impact</code> and <code>effort</code>
insights-matrix-none-scored = No opportunity has both an impact and an effort yet. Give an opportunity { $impact } and { $effort } (1 to 5) to place it here.
insights-matrix-quarters-label = Opportunities per quarter
insights-matrix-status-label = Status shapes
insights-matrix-status = Status:
insights-quick-wins = Quick wins
insights-big-bets = Big bets
insights-fill-ins = Fill-ins
insights-money-pits = Money pits
insights-not-scored = Not scored
insights-not-scored-intro = Without both an impact and an effort an opportunity has no place on the matrix.
insights-not-scored-none = Every opportunity is scored.
insights-not-scored-more = { $count } more not scored
opportunity-status-idea = idea
opportunity-status-planned = planned
opportunity-status-in-progress = in progress
opportunity-status-done = done
insights-backlog-filter-label = Filter the backlog
insights-filter-status = Status
insights-filter-all-statuses = All statuses
insights-filter-open = Open (not done)
insights-filter-stage = Stage
insights-filter-all-stages = All stages
insights-filter-reset = Show all
# In app.js
insights-backlog-showing = Showing { $shown } of { $total ->
    [one] { $total } opportunity.
   *[other] { $total } opportunities.
}
insights-backlog-showing-all = Showing all { $total ->
    [one] { $total } opportunity.
   *[other] { $total } opportunities.
}
insights-backlog-none-match = No opportunity matches these filters.
insights-backlog-opportunity = Opportunity
insights-backlog-impact = Impact
insights-backlog-effort = Effort
insights-backlog-quarter = Quarter
insights-backlog-not-scored = not scored
insights-backlog-owns-touchpoint = owns the touchpoint
insights-backlog-continued = { $label }, continued
insights-backlog-more = Show the other { $count ->
    [one] opportunity
   *[other] { $count } opportunities
}
insights-risk-matrix = Risk matrix
insights-risk-matrix-intro = Each risk by how bad it would be (severity, down the side) and how likely it is (across). Plan for the top right first.
insights-risk-matrix-not-given = { $count ->
    [one] 1 of { $total } risks gives no likelihood: it is counted in the last column.
   *[other] { $count } of { $total } risks give no likelihood: they are counted in the last column.
}
insights-risk-matrix-caption = Risks by severity (rows) and likelihood (columns)
insights-risk-severity = Severity
insights-risk-low-likelihood = Low likelihood
insights-risk-medium-likelihood = Medium likelihood
insights-risk-high-likelihood = High likelihood
insights-risk-likelihood-not-given = Likelihood not given
insights-risk-count = { $count ->
    [one] risk
   *[other] risks
}
insights-risk-cell-none = none
insights-risk-cell-more = { $count } more
# Under a risk grid cell's folded list, when a large map has more risks in the cell than the page lists
insights-risk-cell-left = { $count ->
    [one] { $count } more is not listed here; each touchpoint’s page lists its own risks.
   *[other] { $count } more are not listed here; each touchpoint’s page lists its own risks.
}
insights-risk-likelihood = Likelihood
insights-risk-not-given = not given
insights-risks-more = Show the other { $count } risks
insights-weakest-more = Show the other { $count } weak touchpoints
insights-kpis-more = Show the other { $count } KPIs
insights-conflicts-more = Show the other { $count } conflicts
insights-planned-more = Show the other { $count } planned touchpoints
# The impact × effort matrix (src/render/charts/priority.rs)
chart-priority-title = Opportunities by impact and effort
chart-priority-effort = Effort: little → a lot
chart-priority-impact = Impact: little → a lot
# $label: the opportunity, $touchpoint: its touchpoint's name, $status: opportunity-status-*
chart-priority-dot = { $label } — { $touchpoint } (impact { $impact }, effort { $effort }, { $status })
# $quarters: "3 quick wins, 5 big bets, 2 fill-ins, 1 money pits"
chart-priority-desc = Impact (up, 1 to 5) against effort (across, 1 to 5) of { $count } scored opportunities: { $quarters }. Each dot links to its touchpoint.
chart-priority-more = { $count } more opportunities of impact { $impact } and effort { $effort }: see the list
# What a long list leaves off the page; $count: how many
insights-left-opportunities = { $count ->
    [one] { $count } more opportunity is not listed on this page, to keep it light; the filters look at the listed ones.
   *[other] { $count } more opportunities are not listed on this page, to keep it light; the filters look at the listed ones.
}
insights-left-risks = { $count ->
    [one] { $count } more risk is not listed on this page, to keep it light.
   *[other] { $count } more risks are not listed on this page, to keep it light.
}
# Under the backlog and the register, a link to their pages in full; $count: all of its rows
insights-all-opportunities = { $count ->
    [one] The whole backlog: { $count } opportunity
   *[other] The whole backlog: all { $count } opportunities, in pages
}
insights-all-risks = { $count ->
    [one] The whole register: { $count } risk
   *[other] The whole register: all { $count } risks, in pages
}
# The backlog and the register in full (insights-list.html); $first, $last: the rows of this page, $total: all rows
insights-full-backlog-page = Opportunities { $first }–{ $last } of { $total }, by priority: impact high first, then effort low first, then journey order; done last.
insights-full-risks-page = Risks { $first }–{ $last } of { $total }, most severe first, then most likely.
insights-full-backlog-all = { $count ->
    [one] The one opportunity noted on a touchpoint.
   *[other] All { $count } opportunities noted on the touchpoints, by priority: impact high first, then effort low first, then journey order; done last.
}
insights-full-risks-all = { $count ->
    [one] The one risk noted on a touchpoint.
   *[other] All { $count } risks noted on the touchpoints, most severe first, then most likely.
}
insights-full-back = Back to the insights
insights-left-weakest = { $count ->
    [one] { $count } more weak touchpoint is not listed on this page, to keep it light; the list of touchpoints shows every one’s emotion, KPI status and value.
   *[other] { $count } more weak touchpoints are not listed on this page, to keep it light; the list of touchpoints shows every one’s emotion, KPI status and value.
}
insights-left-kpis = { $count ->
    [one] { $count } more KPI is not listed on this page, to keep it light; the list of KPIs shows every one’s status.
   *[other] { $count } more KPIs are not listed on this page, to keep it light; the list of KPIs shows every one’s status.
}
insights-left-conflicts = { $count ->
    [one] { $count } more conflict is not listed on this page, to keep it light; each touchpoint’s page names its own.
   *[other] { $count } more conflicts are not listed on this page, to keep it light; each touchpoint’s page names its own.
}
insights-left-planned = { $count ->
    [one] { $count } more planned touchpoint is not listed on this page, to keep it light; the map’s filter for planned ones shows them all.
   *[other] { $count } more planned touchpoints are not listed on this page, to keep it light; the map’s filter for planned ones shows them all.
}

## Benefits (benefits.html)

benefits-lede = What the touchpoints bring the business, and the touchpoints and KPIs behind each benefit.
benefits-nav-label = Benefits on this page
benefits-kpis = KPIs
benefits-no-kpi = No KPI evidences this benefit yet.
benefits-touchpoints = Touchpoints
benefits-no-touchpoints = No touchpoints are linked.
# $benefits: HTML, <code>benefits:</code>
benefits-empty = No benefits are defined. Add them under { $benefits }, e.g. customer database, more sales or positive word of mouth.
benefits-at-a-glance = At a glance
benefits-overview-caption = Each bar: the benefit’s KPIs, its share on target first. Each dot: the mean emotion of its current touchpoints, from −2 (left) to +2 (right); the tick marks neutral. Select a benefit to go to it.
# The chart's title, for screen readers
benefits-overview-title = Benefits at a glance

## Stages and channels (stage.html, stages.html, channel.html, channels.html)

stage-eyebrow = Stage
stage-touchpoints = Touchpoints
# $limit: a whole number
stage-limit-max = / { $limit } max
stage-overloaded = overloaded: more than { $limit }
stage-within-limit = within the limit of { $limit }
stage-key-touchpoints = Key touchpoints
stage-analog-digital = Analog / digital
stage-mean-emotion = Mean emotion (as-is)
stage-emotion-detail = of the current touchpoints, from −2 (very negative) to +2 (very positive)
# $value: "+0.5", or emotion-not-rated
stage-emotion-with-planned = with the { $count } planned: { $value }
stage-emphasis = Value emphasis at this stage
stage-emphasis-intro = The value proposition stresses these components here:
stage-emphasis-none = No value component is emphasised at this stage.
stage-by-channel = Touchpoints by channel
stage-no-touchpoints = No touchpoints at this stage yet.
stage-no-touchpoint-in = No touchpoint in:
stage-pager-label = Stages
stage-previous = Previous stage
stage-next = Next stage
# $map: HTML, a link whose text is stages-lede-map
stages-lede = The customer lifecycle, in order: the columns of the { $map }.
stages-lede-map = map
stages-none = No stages are defined.
channel-eyebrow = Channel
channel-touchpoints = Touchpoints
channel-unused = unused channel
# $used and $stages: whole numbers
channel-in-stages = in { $used } of { $stages ->
    [one] { $stages } stage
   *[other] { $stages } stages
}
channel-mode = Mode
channel-competitors-present = Competitors present
channel-by-stage = Touchpoints by stage
channel-no-touchpoints = No touchpoint uses this channel yet.
channel-no-touchpoint-at = No touchpoint at:
channel-competitors = Competitors on this channel
channel-no-competitors = No competitor is recorded on this channel.
# $map: HTML, a link whose text is channels-lede-map
channels-lede = Where customers meet us: the rows of the { $map }, analog and digital.
channels-lede-map = map
channels-table-label = Channels
channels-unused = unused
channels-none = No channels are defined.
stage-limit-at-most = of at most { $limit }
stage-channels = Channels
stage-channels-detail = touchpoints in analog and in digital channels
# A group of a stage's or channel's cards that shows only some of them; $count: all of them
stage-all-in-channel = All { $count } in { $channel }
stage-all-at-stage = at { $stage }
channel-all-at-stage = All { $count } at { $stage }
channel-all-in-channel = in { $channel }
group-more-shown = (the key ones and the weakest are shown)
# The page of one cell of the map (cell.html)
cell-eyebrow = Map cell
# $channel, $stage: HTML, links whose texts are the names; $ranked: true when the map shows only the first of them
cell-lede-brand = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
} where customers meet { $brand } on { $channel } at the { $stage } stage{ $ranked ->
    [true] , the key ones first, then the weakest: the map shows the first of them in its cell
   *[other] {""}
}.
cell-lede-us = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
} where customers meet us on { $channel } at the { $stage } stage{ $ranked ->
    [true] , the key ones first, then the weakest: the map shows the first of them in its cell
   *[other] {""}
}.
cell-mean-emotion = Mean emotion
cell-emotion-scale = from −2 (very negative) to +2 (very positive)
cell-worst-kpi = Worst KPI status
cell-mean-value = Mean value strength
cell-back-to-map = Back to the map
# A cell's page reached from the map with its filters: the link to all of its cards
cell-filter-show-all = Show all of this cell’s touchpoints

## Personas (persona.html, personas.html)

persona-eyebrow = Persona
# $name: the persona's name
persona-map = { $name }’s map
persona-fit = Value proposition fit
persona-pains-relieved = Pains with a reliever
persona-pains-met = { $met } of { $count ->
    [one] { $count } pain
   *[other] { $count } pains
}
persona-gains-created = Gains with a creator
persona-gains-met = { $met } of { $count ->
    [one] { $count } gain
   *[other] { $count } gains
}
persona-on-full-map = On the full map, with its filters
persona-map-intro-brand = { $count ->
    [one] The { $count } touchpoint where { $name } meets { $brand }, by stage and channel.
   *[other] The { $count } touchpoints where { $name } meets { $brand }, by stage and channel.
}
persona-map-intro-us = { $count ->
    [one] The { $count } touchpoint where { $name } meets us, by stage and channel.
   *[other] The { $count } touchpoints where { $name } meets us, by stage and channel.
}
persona-grid-caption = { $name }’s touchpoints by lifecycle stage (columns) and channel (rows)
persona-grid-label = { $name }’s map: stages across, channels down (scrolls)
persona-no-touchpoints = No touchpoint names this persona.
persona-jobs = Jobs to be done
persona-no-jobs = No jobs recorded.
persona-pains = Pains
persona-no-reliever = no reliever
persona-no-pains = No pains recorded.
persona-gains = Gains
persona-no-creator = no gain creator
persona-no-gains = No gains recorded.
persona-journey = Journey
# $name: the persona's name; the name of the persona's card, for screen readers
persona-card-label = Profile of { $name }
persona-goals = Goals
# $name: the persona's name; the name of a persona's figures on the list of personas
personas-on-the-map = { $name } on the map
personas-count-touchpoints = { $count ->
    [one] touchpoint
   *[other] touchpoints
}
personas-count-jobs = { $count ->
    [one] job
   *[other] jobs
}
personas-count-pains = { $count ->
    [one] pain
   *[other] pains
}
personas-count-gains = { $count ->
    [one] gain
   *[other] gains
}
personas-lede = The customers this map follows. Each persona has a journey with an emotion curve and a value-proposition fit.
# $journey: HTML, a link whose text is personas-empty-journey
personas-empty = No personas are defined. Touchpoints then serve “all customers”; see the { $journey }.
personas-empty-journey = journey

## Competitors (competitor.html, competitors.html)

competitor-eyebrow = Competitor
competitor-external = (external site)
competitor-strengths = Strengths
competitor-weaknesses = Weaknesses
competitor-channels = Channels
competitor-no-channels = No channels recorded.
competitor-benchmark = Benchmark against us
competitor-practice = Practice and our differentiation, touchpoint by touchpoint
competitor-practice-label = Practice and differentiation table
# $name: the competitor's name
competitor-their-practice = { $name }’s practice
competitor-how-we-differ = How we differ
competitor-no-practice = No touchpoint records { $name }’s practice yet.
# $brand: the brand's name, or common-us-brand
competitors-lede = { $count ->
    [one] How { $brand } compares with { $count } competitor on the value components, where each is present, and how we differ at each touchpoint.
   *[other] How { $brand } compares with { $count } competitors on the value components, where each is present, and how we differ at each touchpoint.
}
competitors-practice-at = { $count ->
    [one] Practice recorded at { $count } touchpoint.
   *[other] Practice recorded at { $count } touchpoints.
}
# $competitors: HTML, <code>competitors:</code>
competitors-empty = No competitors are defined. Add them under { $competitors } to benchmark the value proposition.
competitors-benchmark = Value benchmark
competitors-benchmark-intro = Scores from 0 to 5 per value component. { $brand }’s score is the mean over its current touchpoints that rate the component (planned touchpoints are not there yet).
competitors-positioning = Positioning map
# $x and $y: the names of two value components
competitors-positioning-intro = { $x } (across) against { $y } (up), scores 0–5.
competitors-positioning-caption = Positioning on { $x } and { $y }; { $brand } is highlighted.
competitors-positioning-table = Positioning as a table
competitors-positioning-none = No brand has scores on both components.
competitors-coverage = Channel coverage
competitors-coverage-intro = Which channels each competitor uses, next to the number of touchpoints { $brand } has there.
competitors-coverage-label = Channel coverage table
competitors-coverage-touchpoints = touchpoints
competitors-present = present
competitors-absent = absent

## Notes (note.html, notes.html, note bodies)

note-eyebrow = Note
note-tags-label = Tags
note-links-label = Links
note-linked-touchpoints = Linked touchpoints
note-linked-kpis = Linked KPIs
note-linked-competitors = Linked competitors
note-links-to = Links to
note-no-other-notes = No other notes.
note-linked-from = Linked from
note-no-backlinks = No note links here.
notes-lede = Research, workshops and decisions behind the map, grouped by folder. Notes link to the touchpoints, KPIs and competitors they are about.
notes-general = General
# $notes: HTML, <code>notes/</code>
notes-empty = No notes yet. Add markdown files under { $notes } in the map folder.
note-footnotes = Footnotes
# $ref: "3", or "3-2" for the second reference to footnote 3
note-back-to-reference = Back to reference { $ref }

## Search (search.html, app.js) and the page not found (404.html)

search-lede = Find touchpoints, KPIs, personas, competitors, stages, channels, benefits and notes.
search-label = Search the map
search-placeholder = e.g. checkout, Nina, NPS, delivery
# $down, $up, $enter: HTML, the <kbd> keys
search-help = Every word must match. Press { $down } and { $up } to move through the results and { $enter } to open one.
search-key-enter = Enter
# $touchpoints, $map, $notes: HTML, links whose texts are the three messages below
search-no-js = Search needs JavaScript, which is turned off or could not load. Browse the { $touchpoints }, the { $map } or the { $notes } instead.
search-no-js-touchpoints = touchpoints index
search-no-js-map = map
search-no-js-notes = notes
search-loading = Loading the search index…
search-type-to-search = { $count ->
    [one] Type to search { $count } page.
   *[other] Type to search { $count } pages.
}
search-no-results = No results for “{ $query }”.
search-results = { $count ->
    [one] { $count } result for “{ $query }”.
   *[other] { $count } results for “{ $query }”.
}
search-results-first = { $count } results for “{ $query }”, showing the first { $shown }.
search-index-failed = The search index could not be loaded.
search-filter-kind = Show
search-kind-all = Everything
search-filter-stage = Stage
search-filter-channel = Channel
search-all-stages = All stages
search-all-channels = All channels
search-show-more = { $count ->
    [one] Show { $count } more result
   *[other] Show { $count } more results
}
search-kind-touchpoint = Touchpoint
search-kind-kpi = KPI
search-kind-competitor = Competitor
search-kind-persona = Persona
search-kind-stage = Stage
search-kind-channel = Channel
search-kind-benefit = Benefit
search-kind-note = Note
# The line under a result's title.
search-meta-latest = latest { $value }
search-meta-stage-position = { $n } of { $total }
not-found-lede = This page is not on the map. It may have been renamed or removed since the link was shared.
not-found-search = Search the map
not-found-home = Go to the dashboard

## Map filters in the browser (app.js)

filter-showing-some = { $total ->
    [one] Showing { $shown } of { $total } touchpoint.
   *[other] Showing { $shown } of { $total } touchpoints.
}
filter-showing-all = { $total ->
    [one] Showing the only touchpoint.
   *[other] Showing all { $total } touchpoints.
}

# The cell's cards over the map, while filters hide some of them.
filter-cell-matching = { $shown } of its { $total ->
    [one] { $total } touchpoint match
   *[other] { $total } touchpoints match
} the filters.
# A map overview tile's text, counted again in the browser (as partials/ui.html's tile says it): its parts, joined by "; "
filter-tile-emotion-not-rated = emotion not rated
# $value: the mean emotion, formatted ("+0.7"); $word: an emotion word (emotion-*)
filter-tile-mean-emotion = mean emotion { $value } ({ $word })
filter-tile-kpis-planned = KPIs not measured yet (planned)
# $status: a KPI status word (kpi-status-*)
filter-tile-worst-kpi = worst KPI status: { $status }
filter-tile-value-not-rated = value not rated
# $score: formatted ("2.8")
filter-tile-mean-value = mean value { $score } of 5
# Under the emotion curve's legend (journey and persona pages)
filter-curve-hint = Press a name to show or hide that persona.

## Live reload while serving (live.js)

live-errors = { $count ->
    [one] touchmap: the map has { $count } error
   *[other] touchmap: the map has { $count } errors
}
live-showing-last-good = — showing the last good version of this page
live-appears-when-fixed = — the site appears once they are fixed
# $folder: a path
live-folder-gone = touchmap: the map folder { $folder } is gone
live-folder-gone-detail = It was removed or moved away. Once a folder is back at that path, touchmap builds the site from it and this page reloads.

## Charts: titles and descriptions for screen readers (charts.rs)

chart-default-title = Chart
chart-trend = Trend
chart-no-data = No data
chart-no-data-sentence = No data.
chart-series-as-is = { $who } — as-is
chart-series-to-be = { $who } — with planned touchpoints
# $points: "Awareness 1.5, Consideration no touchpoint, …" built from the next two messages
chart-emotion-desc = Emotion by stage from -2 (very negative) to +2 (very positive); { $points }.
chart-stage-value = { $stage } { $value }
chart-stage-no-touchpoint = { $stage } no touchpoint
chart-target = target { $value }
chart-baseline = baseline { $value }
# $value: a value with its unit, formatted; $date as written in the map
chart-one-value-dated = One value: { $value } ({ $date })
chart-values-dated = { $count } values from { $first } ({ $firstDate }) to { $last } ({ $lastDate }), lowest { $min }, highest { $max }
chart-desc-target = ; target { $value }
chart-desc-baseline = ; baseline { $value }
chart-one-value = One value: { $value }.
chart-values = { $count } values from { $first } to { $last }, lowest { $min }, highest { $max }.
chart-benchmark-title = Value benchmark
chart-profile-title = Value profile
chart-positioning-title = Positioning map
chart-not-available = n/a
chart-scores-desc = Scores from 0 to 5 per component; { $profiles }.
chart-component-no-data = { $component } no data
chart-highlighted = (highlighted)
chart-point = { $label } at ({ $x }, { $y })
chart-positioning-desc = Positioning map with { $x } on the x axis and { $y } on the y axis, both from 0 to 5: { $points }.

chart-target-sentence = Target { $value }.
# A planned touchpoint's point on the emotion curve (its tooltip).
chart-emotion-planned = (planned)
# $walks: each persona's part (the next three messages), joined by "; "
chart-emotion-steps-desc = Emotion at each touchpoint along the journey, from −2 (very negative) to +2 (very positive). { $walks }.
chart-emotion-walk = { $who }: { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
}
chart-emotion-walk-planned = ({ $count } planned)
# $points: "Checkout (−2), Delivery (−1.5)"
chart-emotion-walk-lowest = lowest at { $points }
chart-benefits-kpis = KPIs on target
chart-benefits-emotion = Mean emotion
chart-benefits-kpis-on-target = { $on } of { $total ->
    [one] { $total } KPI
   *[other] { $total } KPIs
} on target
# $value: a score from −2 to +2, formatted ("+0.4")
chart-benefits-mean-emotion = mean emotion { $value }
chart-benefits-emotion-not-rated = emotion not rated
chart-benefits-not-scored = not scored

## Posters: map.svg and journey-ID.svg (charts/map_poster, charts/journey_poster.rs, views/overview/posters.rs)

poster-journey-no-emotion = No emotion is rated at these touchpoints yet.
poster-journey-no-emotion-desc = No emotion is rated yet.
poster-journey-caption = One point per touchpoint, in the order of the journey, from −2 (very negative) to +2 (very positive); a ring marks a moment of pain.
poster-legend-as-is = as-is
poster-legend-to-be = with planned touchpoints (hollow)
poster-legend-pain = moment of pain
poster-legend-spontaneous = spontaneous (not managed by us)
# A crowded cell: how many cards it does not show
poster-more = +{ $count } more
# $subtitle: the poster's line under the title (poster-map-subtitle)
poster-map-desc = { $subtitle }: { $stages ->
    [one] { $stages } stage
   *[other] { $stages } stages
} across, { $channels ->
    [one] { $channels } channel
   *[other] { $channels } channels
} down, one card per touchpoint, coloured by emotion.

## Default stages and value components, when a map declares none (model/resolve.rs)

default-stage-awareness = Awareness
default-stage-awareness-description = First contact: the customer learns the brand exists.
default-stage-consideration = Consideration
default-stage-consideration-description = The customer looks for information and compares.
default-stage-decision = Decision
default-stage-decision-description = The customer chooses and buys.
default-stage-post-purchase = Post-purchase
default-stage-post-purchase-description = Delivery, first use, service and feedback.
default-stage-retention = Retention
default-stage-retention-description = Loyalty, repeat purchase and recommendation.
default-component-price = Price
default-component-price-description = What the customer pays and how fair it feels.
default-component-service = Service
default-component-service-description = Help, convenience and reliability around the product.
default-component-personalization = Personalization
default-component-personalization-description = How much the offer fits this customer.
default-component-proximity = Proximity
default-component-proximity-description = Being near the customer, physically or in time.

## What changed (changes.html, diff/mod.rs)

changes-eyebrow = Changes
# $label: HTML, <code>revision</code>
changes-since = since { $label }
changes-working-tree = the working tree
changes-nothing = Nothing on the map changed since { $label }.
changes-that-revision = that revision
# $summary: the section counts joined by ", "
changes-compared = Compared with { $label }: { $summary }.
changes-earlier-revision = the earlier revision
changes-summary-none = no changes
changes-legend-label = Symbols
changes-legend = Symbols:
changes-mark-added = added
changes-mark-removed = removed
changes-mark-changed = changed
changes-mark-better = reached its target
changes-mark-worse = fell off its target
changes-none = No changes.
# $change: added, removed or changed
changes-title-touchpoints = { $change ->
    [added] Touchpoints added
    [removed] Touchpoints removed
   *[changed] Touchpoints changed
}
changes-title-kpis = { $change ->
    [added] KPIs added
    [removed] KPIs removed
   *[changed] KPIs changed
}
changes-title-kpis-crossed = KPIs that crossed their target
changes-title-stages = { $change ->
    [added] Stages added
    [removed] Stages removed
   *[changed] Stages changed
}
changes-title-channels = { $change ->
    [added] Channels added
    [removed] Channels removed
   *[changed] Channels changed
}
changes-title-personas = { $change ->
    [added] Personas added
    [removed] Personas removed
   *[changed] Personas changed
}
changes-title-competitors = { $change ->
    [added] Competitors added
    [removed] Competitors removed
   *[changed] Competitors changed
}
changes-title-benefits = { $change ->
    [added] Benefits added
    [removed] Benefits removed
   *[changed] Benefits changed
}
changes-title-notes = { $change ->
    [added] Notes added
    [removed] Notes removed
   *[changed] Notes changed
}
# The counts in the summary line; $change: added, removed or changed
changes-count-touchpoints = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
changes-count-kpis = { $count ->
    [one] { $count } KPI
   *[other] { $count } KPIs
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
changes-count-kpis-crossed = { $count ->
    [one] { $count } KPI crossed its target
   *[other] { $count } KPIs crossed their target
}
changes-count-stages = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
changes-count-channels = { $count ->
    [one] { $count } channel
   *[other] { $count } channels
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
changes-count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
changes-count-competitors = { $count ->
    [one] { $count } competitor
   *[other] { $count } competitors
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
changes-count-benefits = { $count ->
    [one] { $count } benefit
   *[other] { $count } benefits
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
changes-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
} { $change ->
    [added] added
    [removed] removed
   *[changed] changed
}
# $cell: HTML, <code>stage/channel</code>
changes-at = at { $cell }
changes-was-at = was at { $cell }
# $from, $to: HTML, <code> ids
changes-moved = moved from { $from } to { $to }
changes-renamed = renamed from “{ $from }” to “{ $to }”
changes-emotion = emotion changed from { $from } to { $to }
# $component: HTML, <code>component-id</code>
changes-value = value { $component } changed from { $from } to { $to }
# $persona: HTML, <code>persona-id</code>
changes-emotion-for = emotion for { $persona } changed from { $from } to { $to }
# $text: the opportunity or risk as written; $changes: what changed (the messages below), joined by ", "
changes-opportunity = opportunity “{ $text }”: { $changes }
changes-risk = risk “{ $text }”: { $changes }
changes-impact = impact changed from { $from } to { $to }
changes-effort = effort changed from { $from } to { $to }
changes-severity = severity changed from { $from } to { $to }
changes-likelihood = likelihood changed from { $from } to { $to }
changes-not-scored = not scored
changes-not-given = not given
changes-state = state changed from { $from } to { $to }
changes-priority = priority changed from { $from } to { $to }
# $fields: HTML, <code> field names joined by ", "
changes-also = also changed: { $fields }
changes-status = status changed from { $from } to { $to }
changes-target = target changed from { $from } to { $to }
changes-latest-was = latest { $value }, was { $was }
changes-latest = latest { $value }
changes-first-measurement = first measurement: { $value }
changes-no-measurements = no measurements any more (was { $was })
changes-now = now { $status }
# $value: with its unit; $date as written in the map
changes-value-in = { $value } in { $date }
changes-at-least = at least { $value }
changes-at-most = at most { $value }
changes-none-word = none
changes-not-rated = not rated
# The badge of a KPI that crossed its target
changes-badge-better = better
changes-badge-worse = worse

## Exports: the column headers of touchpoints.csv and kpis.csv (exports.rs)

csv-id = id
csv-name = name
csv-stage = stage
csv-channel = channel
csv-mode = mode
csv-personas = personas
csv-control = control
csv-priority = priority
csv-state = state
csv-owner = owner
csv-emotion = emotion
csv-emotion-label = emotion_label
csv-value-strength = value_strength
csv-kpis = kpis
csv-kpi-status = kpi_status
csv-evidence = evidence
csv-risks = risks
csv-kind = kind
csv-unit = unit
csv-direction = direction
csv-baseline = baseline
csv-target = target
csv-source = source
csv-status = status
csv-latest-date = latest_date
csv-latest = latest
# The two columns per persona at the end of touchpoints.csv; $persona: the persona's id
csv-emotion-score-persona = emotion_score_{ $persona }
csv-emotion-label-persona = emotion_label_{ $persona }

## Dates: a measurement's date as the map writes it (2026-12, 2026-12-05), in words

# The months, short, as a date shows them.
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
# $day and $year: numbers as written; $month: one of the months above
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
