"""The benchmark map as a Hugo site: what a team that reached for Hugo
instead of touchmap would build, for the second comparison in
benches/run.sh.

    python3 benches/hugo_site.py MAP_DIR HUGO_DIR

MAP_DIR is a map made by benches/gen_map.py. The Hugo site has, from the
same data, the parts of touchmap's site that carry most of its weight:

- a page per touchpoint with everything its YAML says, the status and an
  inline SVG line chart of each of its KPIs (drawn by the template from the
  24 measurements) and its competitors' practices;
- a page per note (the same markdown);
- a page per KPI (chart, measurements, the touchpoints measured by it), per
  stage, channel and persona (cards of their touchpoints; Hugo taxonomies),
  per competitor (its practice at each touchpoint);
- the journey (every touchpoint's card, by stage), the map (stage x channel
  grid), the touchpoint and note indexes, a dashboard with every KPI's status.

It leaves out touchmap's value, insights, benefits and search pages, the
exports (map.json, CSV, search index), the check of the map and its
findings: a comparison with it favours Hugo. Cards, KPI charts and statuses are
`partialCached` (each drawn once and reused), as a Hugo user who knows its
manual would write them. Standard library only.
"""

import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_map import write  # noqa: E402

CONFIG = """baseURL = "/"
title = "Benchmark map"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
[taxonomies]
stage = "stage"
channel = "channel"
persona = "personas"
kpi = "kpis"
[markup.goldmark.renderer]
unsafe = true
"""

LAYOUTS = {
    "_default/baseof.html": """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<link rel="stylesheet" href="/style.css"></head>
<body><header><a href="/">{{ site.Title }}</a><nav><ul>
<li><a href="/map/">Map</a></li><li><a href="/journey/">Journey</a></li>
<li><a href="/touchpoints/">Touchpoints</a></li><li><a href="/kpis/">KPIs</a></li>
<li><a href="/competitors/">Competitors</a></li><li><a href="/notes/">Notes</a></li>
</ul></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>Built with Hugo</footer></body></html>
""",
    "_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "partials/kpi-status.html": """{{ $m := .Params.measurements }}{{ $last := index $m (sub (len $m) 1) }}
{{- $ok := cond (eq .Params.direction "up") (ge $last.value .Params.target) (le $last.value .Params.target) -}}
<span class="status {{ if $ok }}on{{ else }}off{{ end }}">{{ if $ok }}✓ on target{{ else }}✗ off target{{ end }}</span>
<span class="latest">{{ $last.value }}{{ .Params.unit }} ({{ $last.date }}); target {{ .Params.target }}{{ .Params.unit }}</span>
""",
    "partials/kpi-chart.html": """{{ $m := .Params.measurements }}{{ $min := (index $m 0).value }}{{ $max := $min }}
{{- range $m }}{{ if lt .value $min }}{{ $min = .value }}{{ end }}{{ if gt .value $max }}{{ $max = .value }}{{ end }}{{ end }}
{{- if lt .Params.target $min }}{{ $min = .Params.target }}{{ end }}{{ if gt .Params.target $max }}{{ $max = .Params.target }}{{ end }}
{{- $span := sub (float $max) $min }}{{ if eq $span 0.0 }}{{ $span = 1.0 }}{{ end }}
{{- $step := div 560.0 (sub (len $m) 1) }}
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 270" role="img"><title>{{ .Title }}</title>
<desc>{{ len $m }} values from {{ (index $m 0).value }} to {{ (index $m (sub (len $m) 1)).value }}, lowest {{ $min }}, highest {{ $max }}</desc>
<path class="grid" d="M44 240H604M44 170H604M44 100H604M44 30H604" stroke="currentColor" stroke-opacity="0.2"/>
<g class="tick">{{ range $i, $p := $m }}{{ if eq (mod $i 3) 2 }}<text x="{{ add 44 (mul $i $step) | lang.FormatNumber 2 }}" y="258">{{ $p.date }}</text>{{ end }}{{ end }}</g>
<line class="target" x1="44" x2="604" y1="{{ sub 240 (mul (div (sub .Params.target $min) $span) 210) | lang.FormatNumber 1 }}" y2="{{ sub 240 (mul (div (sub .Params.target $min) $span) 210) | lang.FormatNumber 1 }}" stroke="currentColor" stroke-dasharray="7 4"/>
<path class="line" fill="none" stroke="currentColor" stroke-width="2.5" d="{{ range $i, $p := $m }}{{ if $i }} L{{ else }}M{{ end }}{{ add 44 (mul $i $step) | lang.FormatNumber 2 }} {{ sub 240 (mul (div (sub $p.value $min) $span) 210) | lang.FormatNumber 1 }}{{ end }}"/>
{{ range $i, $p := $m }}<circle cx="{{ add 44 (mul $i $step) | lang.FormatNumber 2 }}" cy="{{ sub 240 (mul (div (sub $p.value $min) $span) 210) | lang.FormatNumber 1 }}" r="4"><title>{{ $p.date }}: {{ $p.value }}</title></circle>
{{ end }}</svg>
""",
    "partials/card.html": """<article class="card">
<h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
<p class="where">{{ .Params.stage }} · {{ .Params.channel }}{{ if eq .Params.priority "key" }} · ★ key{{ end }}{{ if eq .Params.state "planned" }} · planned{{ end }}</p>
{{ with .Params.emotion }}<p class="emotion">emotion {{ .score }}{{ with .label }}: {{ . }}{{ end }}</p>{{ end }}
{{ $sum := 0 }}{{ $n := 0 }}{{ range $k, $v := .Params.value }}{{ $sum = add $sum $v }}{{ $n = add $n 1 }}{{ end }}
{{- if $n }}<p class="value">value {{ div (float $sum) $n | lang.FormatNumber 1 }} of 5</p>{{ end }}
<ul class="kpis">{{ range .Params.kpis }}{{ with site.GetPage (printf "/kpis/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ partialCached "kpi-status.html" . .RelPermalink }}</li>{{ end }}{{ end }}</ul>
<p class="owner">Owner: {{ .Params.owner }}</p>
</article>
""",
    "touchpoints/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<p class="chips">{{ .Params.stage }} · {{ .Params.channel }} · {{ .Params.control }} · {{ .Params.priority }} · {{ .Params.state }} · evidence: {{ .Params.evidence }}</p>
<section><h2>About</h2>{{ .Params.description | markdownify }}</section>
<section><h2>Customer experience</h2>
{{ with .Params.emotion }}<p>{{ .label }} ({{ .score }} on a scale from -2 to +2)</p>{{ end }}
<p class="quote">“{{ .Params.perception }}”</p>
<h3>Product</h3><p>{{ .Params.product }}</p><h3>Interaction</h3><p>{{ .Params.interaction }}</p><h3>Communication</h3><p>{{ .Params.communication }}</p></section>
<section><h2>Value conveyed</h2><ul>{{ range $k, $v := .Params.value }}<li>{{ $k }}: {{ $v }}/5</li>{{ end }}</ul></section>
<section><h2>Pains</h2><ul>{{ range .Params.pains }}<li>{{ . }}</li>{{ end }}</ul>
<h2>Opportunities</h2><ul>{{ range .Params.opportunities }}<li>{{ . }}</li>{{ end }}</ul></section>
{{ with .Params.risks }}<section><h2>Risks</h2><ul>{{ range . }}<li>{{ .severity }}: {{ .text }}</li>{{ end }}</ul></section>{{ end }}
{{ with .Params.brand_values }}<section><h2>Brand values</h2><p>Aligned with: {{ delimit .aligned ", " }}</p>{{ with .conflicts }}<p>In conflict with: {{ delimit . ", " }}</p>{{ end }}</section>{{ end }}
{{ with .Params.competitors }}<section><h2>Competitors here</h2>{{ range . }}{{ $c := site.GetPage (printf "/competitors/%s" .competitor) }}
<h3><a href="{{ $c.RelPermalink }}">{{ $c.Title }}</a></h3><h4>Their practice</h4><p>{{ .practice }}</p><h4>How we differ</h4><p>{{ .differentiation }}</p>{{ end }}</section>{{ end }}
<section><h2>KPIs</h2>{{ range .Params.kpis }}{{ with site.GetPage (printf "/kpis/%s" .) }}
<div class="kpi"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ partialCached "kpi-status.html" . .RelPermalink }}
<figure>{{ partialCached "kpi-chart.html" . .RelPermalink }}<figcaption>{{ .Title }} over time. <a href="{{ .RelPermalink }}">All measurements</a>.</figcaption></figure></div>{{ end }}{{ end }}</section>
<section><h2>Notes</h2><ul>{{ range .Params.notes }}{{ with site.GetPage (strings.TrimSuffix ".md" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul></section>
<aside><dl><dt>Owner</dt><dd>{{ .Params.owner }}</dd><dt>Personas</dt><dd>{{ range .GetTerms "personas" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ else }}all{{ end }}</dd></dl></aside>
{{ with .NextInSection }}<nav><a href="{{ .RelPermalink }}">Next touchpoint: {{ .Title }}</a></nav>{{ end }}
{{ end }}
""",
    "touchpoints/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }} touchpoints</p>
{{ range .Pages }}{{ partialCached "card.html" . .RelPermalink }}{{ end }}{{ end }}
""",
    "journey/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range (where site.RegularPages "Section" "touchpoints").GroupByParam "stage" }}<section><h2>{{ .Key }}</h2>
{{ range .Pages }}{{ partialCached "card.html" . .RelPermalink }}{{ end }}</section>{{ end }}{{ end }}
""",
    "map/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><table><tr><th>Channel</th>{{ range $s, $_ := site.Taxonomies.stage }}<th>{{ $s }}</th>{{ end }}</tr>
{{ range $c, $cpages := site.Taxonomies.channel }}<tr><th>{{ $c }}</th>{{ range $s, $_ := site.Taxonomies.stage }}<td>
{{ range where $cpages.Pages "Params.stage" $s }}<a class="cell-card" href="{{ .RelPermalink }}">{{ .Title }}{{ with .Params.emotion }} <span>{{ .score }} {{ .label }}</span>{{ end }}</a>{{ end }}</td>{{ end }}</tr>
{{ end }}</table>{{ end }}
""",
    "taxonomy/term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<p>{{ len .Pages }} touchpoints</p>
{{ range .Pages }}{{ partialCached "card.html" . .RelPermalink }}{{ end }}{{ end }}
""",
    "taxonomy/taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "kpis/term.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.description }}</p>
<p>{{ partialCached "kpi-status.html" . .RelPermalink }}</p><p>Direction: {{ .Params.direction }}; baseline {{ .Params.baseline }}; source {{ .Params.source }}; owner {{ .Params.owner }}</p>
<figure>{{ partialCached "kpi-chart.html" . .RelPermalink }}</figure>
<table><tr><th>Date</th><th>Value</th></tr>{{ range .Params.measurements }}<tr><td>{{ .date }}</td><td>{{ .value }}</td></tr>{{ end }}</table>
<h2>Measured at</h2>{{ range where .Pages "Section" "touchpoints" }}{{ partialCached "card.html" . .RelPermalink }}{{ end }}
<h2>Notes</h2><ul>{{ range where .Pages "Section" "notes" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "competitors/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.description }}</p>
<ul>{{ range $k, $v := .Params.value }}<li>{{ $k }}: {{ $v }}/5</li>{{ end }}</ul>
<h2>Strengths</h2><ul>{{ range .Params.strengths }}<li>{{ . }}</li>{{ end }}</ul>
<h2>Weaknesses</h2><ul>{{ range .Params.weaknesses }}<li>{{ . }}</li>{{ end }}</ul>
<h2>Where we meet them</h2>{{ $id := .File.BaseFileName }}
{{ range where site.RegularPages "Section" "touchpoints" }}{{ $tp := . }}{{ range .Params.competitors }}{{ if eq .competitor $id }}
<div><h3><a href="{{ $tp.RelPermalink }}">{{ $tp.Title }}</a></h3><p>{{ .practice }}</p><p>{{ .differentiation }}</p></div>{{ end }}{{ end }}{{ end }}{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ $tps := where site.RegularPages "Section" "touchpoints" }}<p>{{ len $tps }} touchpoints</p>
<h2>KPI status</h2><table>{{ range site.Taxonomies.kpis }}<tr><td><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></td><td>{{ partialCached "kpi-status.html" .Page .Page.RelPermalink }}</td><td>{{ .Page.Params.owner }}</td></tr>{{ end }}</table>{{ end }}
""",
}


def blocks(text, list_key):
    """The items of the top-level list `list_key:` in a generated map file, each
    as a YAML mapping of its own (the item's lines, dedented)."""
    items, current, inside = [], None, False
    for line in text.splitlines():
        if not line.startswith(" "):
            inside = line.rstrip() == f"{list_key}:"
            continue
        if not inside:
            continue
        if line.startswith("  - "):
            current = [line[4:]]
            items.append(current)
        elif current is not None:
            current.append(line[4:])
    return ["\n".join(item) + "\n" for item in items]


def field(block, key):
    m = re.search(rf"^{key}: (.*)$", block, re.M)
    return m.group(1) if m else None


def page(front, body=""):
    return "---\n" + front + "---\n" + body


def hugo_site(map_dir, hugo_dir):
    if os.path.exists(hugo_dir):
        shutil.rmtree(hugo_dir)
    write(os.path.join(hugo_dir, "hugo.toml"), CONFIG)
    for path, text in LAYOUTS.items():
        write(os.path.join(hugo_dir, "layouts", path), text)
    write(os.path.join(hugo_dir, "static", "style.css"), "body{font-family:sans-serif}\n")
    content = os.path.join(hugo_dir, "content")
    for section, title in [
        ("touchpoints", "Touchpoints"),
        ("notes", "Notes"),
        ("competitors", "Competitors"),
        ("journey", "Journey"),
        ("map", "Touchpoint map"),
    ]:
        write(os.path.join(content, section, "_index.md"), page(f"title: {title}\n"))

    site = open(os.path.join(map_dir, "touchmap.yaml"), encoding="utf-8").read()
    for key, taxonomy in [("stages", "stage"), ("channels", "channel"), ("personas", "personas")]:
        for b in blocks(site, key):
            if b.startswith("{"):  # `- {id: awareness, name: Awareness, ...}`
                b = "\n".join(p.strip() for p in b.strip()[1:-1].split(", ", 2)) + "\n"
            tid = field(b, "id")
            front = f"title: {field(b, 'name')}\n" + b
            write(os.path.join(content, taxonomy, tid, "_index.md"), page(front))

    for name in sorted(os.listdir(os.path.join(map_dir, "kpis"))):
        text = open(os.path.join(map_dir, "kpis", name), encoding="utf-8").read()
        for b in blocks(text, "kpis"):
            series = field(b, "series")
            if series:
                rows = open(os.path.join(map_dir, series), encoding="utf-8").read().split()[1:]
                b = b.replace(f"series: {series}\n", "measurements:\n")
                b += "".join(
                    f'  - {{date: "{d}", value: {v}}}\n' for d, v in (r.split(",") for r in rows)
                )
            front = f"title: {field(b, 'name')}\n" + b
            write(os.path.join(content, "kpis", field(b, "id"), "_index.md"), page(front))

    text = open(os.path.join(map_dir, "competitors.yaml"), encoding="utf-8").read()
    for b in blocks(text, "competitors"):
        front = f"title: {field(b, 'name')}\n" + b
        write(os.path.join(content, "competitors", field(b, "id") + ".md"), page(front))

    for name in sorted(os.listdir(os.path.join(map_dir, "touchpoints"))):
        text = open(os.path.join(map_dir, "touchpoints", name), encoding="utf-8").read()
        for b in blocks(text, "touchpoints"):
            front = f"title: {field(b, 'name')}\n" + b
            write(os.path.join(content, "touchpoints", field(b, "id") + ".md"), page(front))

    notes = os.path.join(map_dir, "notes")
    for name in sorted(os.listdir(notes)):
        shutil.copyfile(os.path.join(notes, name), os.path.join(content, "notes", name))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    hugo_site(sys.argv[1], sys.argv[2])
