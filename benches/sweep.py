#!/usr/bin/env python3
"""Scaling sweep: grows one dimension of a map at a time and times touchmap.

    cargo build --release
    python3 benches/sweep.py [--bin PATH] [--repeat R] [--only DIM[,DIM]] [--list]
    python3 benches/sweep.py --gen DIM SIZE DIR   # write one map, e.g. for perf

Each dimension (personas, competitors per touchpoint, links per note, ...) is
grown through a few sizes, 4x apart, while every other dimension stays at a
small default (500 touchpoints, 4 personas, 10 competitors, 5 benefits, 50
KPIs, 12 channels, 5 stages, notes of about 2 KB). For each map it runs
`touchmap check MAP` and `touchmap build MAP -o OUT` and prints their wall
time (the fastest of R runs, default 1) and, per 4x step of the dimension:

- `x4`: the ratio of the times;
- `dx4`: the ratio of the times less the time of the base map, i.e. of what
  the dimension itself costs. A linear cost gives about 4, a quadratic one
  about 16. When the dimension's share is small (`dx4` of tiny differences)
  this is noise; look at `x4` and the absolute times then.

Every map except the deliberately broken one (`unknown-refs`) must pass
`touchmap check` (warnings allowed); the script stops if it does not.
Maps are written to a folder under /dev/shm (or $TMPDIR when /dev/shm is
missing) and each build output is removed after its run; everything is
removed at the end. `--keep` keeps the maps for a closer look (e.g. with
`perf record -g`).

Python 3 standard library only; the maps depend only on the parameters.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

# The text generator of the benchmark's maps, shared.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_map import Text, q  # noqa: E402


# The small defaults every dimension starts from.
BASE = dict(
    touchpoints=500,
    personas=4,
    personas_per_tp=1,
    pains=4,  # pains and gains per persona (gains one fewer)
    competitors=10,
    comps_per_tp=1,  # on every other touchpoint
    benefits=5,
    benefit_refs=10,  # touchpoints per benefit (and a third as many KPIs)
    kpis=50,
    kpis_per_tp=2,
    measurements=24,
    channels=12,
    stages=5,
    components=4,
    values_per_tp=3,  # value scores per touchpoint, at most `components`
    brand_values=4,
    bv_per_tp=1,
    risks_per_tp=1,  # on every third touchpoint
    one_cell=0,  # 1: every touchpoint in the same stage x channel cell
    notes_per_tp=1,
    links_per_note=2,  # links from each note to other notes
    note_kb=2,  # size of each note
    big_note_kb=0,  # one extra note of this size
    loose_notes=0,  # notes no touchpoint lists
    fm_refs=1,  # entity references in each note's front matter
    entity_links=1,  # inline touchpoint:/kpi:/... links in each note
    headings=3,  # headings per note (beyond the title)
    tags=4,  # distinct tags over all notes
    tp_files=1,  # YAML files the touchpoints are spread over
    hub_notes=0,  # extra notes that all link to tp-00000, kpi-00000 and one note
    big_same_headings=0,  # one extra note with this many identical headings
    big_footnotes=0,  # one extra note with this many footnotes
    big_links=0,  # one extra note with this many links to notes and entities
    static_files=0,  # files in static/
    linked_files=0,  # files of the map that one note links to (copied to files/)
    broken_links=0,  # links to missing notes in one note (warnings)
    unknown_refs=0,  # misspelt KPI ids on touchpoints (errors)
)

# dimension name -> (sizes, function of the size giving the changed parameters)
DIMENSIONS = [
    ("personas", [200, 800, 3200], lambda n: dict(personas=n)),
    ("personas-per-tp", [25, 100, 400], lambda n: dict(personas=400, personas_per_tp=n)),
    ("touchpoints-per-persona", [500, 2000, 8000], lambda n: dict(touchpoints=n, personas=1)),
    ("competitors", [400, 1600, 6400], lambda n: dict(competitors=n)),
    ("competitors-per-tp", [25, 100, 400], lambda n: dict(competitors=400, comps_per_tp=n)),
    ("touchpoints-per-competitor", [500, 2000, 8000], lambda n: dict(touchpoints=n, competitors=1)),
    ("benefits", [400, 1600, 6400], lambda n: dict(benefits=n)),
    ("refs-per-benefit", [100, 400, 1600], lambda n: dict(touchpoints=1600, benefit_refs=n, kpis=1600)),
    ("kpis", [400, 1600, 6400], lambda n: dict(kpis=n)),
    ("kpis-per-tp", [25, 100, 400], lambda n: dict(kpis=400, kpis_per_tp=n)),
    ("touchpoints-per-kpi", [500, 2000, 8000], lambda n: dict(touchpoints=n, kpis=1, kpis_per_tp=1)),
    ("measurements-per-kpi", [100, 400, 1600], lambda n: dict(measurements=n)),
    ("channels", [400, 1600, 6400], lambda n: dict(channels=n)),
    ("stages", [400, 1600, 6400], lambda n: dict(stages=n)),
    ("value-components", [25, 100, 400], lambda n: dict(components=n, values_per_tp=n)),
    ("value-components-unused", [100, 400, 1600], lambda n: dict(components=n)),
    ("brand-values", [400, 1600, 6400], lambda n: dict(brand_values=n)),
    ("brand-values-per-tp", [25, 100, 400], lambda n: dict(brand_values=400, bv_per_tp=n)),
    ("pains-gains-per-persona", [400, 1600, 6400], lambda n: dict(pains=n)),
    ("risks-per-tp", [10, 40, 160], lambda n: dict(risks_per_tp=n)),
    ("tps-in-one-cell", [500, 2000, 8000], lambda n: dict(touchpoints=n, one_cell=1)),
    ("notes-per-tp", [4, 16, 64], lambda n: dict(touchpoints=100, notes_per_tp=n)),
    ("links-per-note", [25, 100, 400], lambda n: dict(links_per_note=n)),
    ("note-size-kb", [4, 16, 64], lambda n: dict(note_kb=n)),
    ("one-big-note-kb", [1000, 4000, 16000], lambda n: dict(big_note_kb=n)),
    ("headings-per-note", [25, 100, 400], lambda n: dict(headings=n)),
    ("one-note-same-headings", [1000, 4000, 16000], lambda n: dict(big_same_headings=n)),
    ("one-note-footnotes", [2000, 8000, 32000], lambda n: dict(big_footnotes=n)),
    ("one-note-links", [1000, 4000, 16000], lambda n: dict(big_links=n)),
    ("loose-notes", [1000, 4000, 16000], lambda n: dict(loose_notes=n)),
    ("notes-linking-one-entity", [1000, 4000, 16000], lambda n: dict(hub_notes=n)),
    ("note-frontmatter-refs", [25, 100, 400], lambda n: dict(fm_refs=n, kpis=400)),
    ("note-entity-links", [25, 100, 400], lambda n: dict(entity_links=n, kpis=400)),
    ("note-tags", [400, 1600, 6400], lambda n: dict(tags=n)),
    ("touchpoint-files", [50, 200, 500], lambda n: dict(tp_files=n)),
    ("static-files", [1000, 4000, 16000], lambda n: dict(static_files=n)),
    ("linked-files", [1000, 4000, 16000], lambda n: dict(linked_files=n)),
    ("unknown-refs", [400, 1600, 6400], lambda n: dict(unknown_refs=n)),
    ("broken-links-one-note", [1000, 4000, 16000], lambda n: dict(broken_links=n)),
]


def ids(prefix, n):
    return [f"{prefix}-{i:05d}" for i in range(n)]


def pick(rng, items, k):
    """k distinct items (all when k >= len), in their original order."""
    if k >= len(items):
        return list(items)
    idx = sorted(rng.sample(range(len(items)), k))
    return [items[i] for i in idx]


def flow(items):
    return "[" + ", ".join(items) + "]"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def note_body(rng, t, p, i, note_ids, kpis, tps, comps, title, kb):
    """Markdown of about `kb` KB with headings, lists, links and a table."""
    out = [f"# {title}", ""]
    # The links: to other notes (relative) and to entities.
    links = []
    for _ in range(p["links_per_note"]):
        other = rng.choice(note_ids)
        links.append(f"see [{t.title(1, 2)}]({other}.md)")
    kinds = [("touchpoint", tps), ("kpi", kpis), ("competitor", comps)]
    for j in range(p["entity_links"]):
        kind, pool = kinds[j % 3]
        links.append(f"[{kind}](" + kind + ":" + rng.choice(pool) + ")")
    sections = max(1, p["headings"])
    target = kb * 1024
    size = 0
    s = 0
    while s < sections or size < target:
        head = f"## {t.title(2, 3)}"
        para = " ".join(t.sentence() for _ in range(3))
        block = [head, "", para, "", f"- {t.sentence(6, 10)}", f"- {t.sentence(6, 10)}", ""]
        if s % 4 == 1:
            block += ["| a | b |", "|---|---:|", f"| {t.words(2)} | {rng.randint(1, 99)}% |", ""]
        out += block
        size += sum(len(x) + 1 for x in block)
        s += 1
    # Spread the links over the text, a few per paragraph.
    chunk = 8
    for k in range(0, len(links), chunk):
        out.append(" ".join(links[k : k + chunk]) + ".")
        out.append("")
    return "\n".join(out)


def generate(root, p, seed=1):
    rng = random.Random(seed)
    t = Text(rng)
    n = p["touchpoints"]
    stages = ids("st", p["stages"])
    channels = ids("ch", p["channels"])
    personas = ids("pe", p["personas"])
    comps = ids("co", p["competitors"])
    kpis = ids("kpi", p["kpis"])
    components = ids("vc", p["components"])
    bvals = ids("bv", p["brand_values"])
    tps = ids("tp", n)

    # touchmap.yaml: site, stages, channels, personas, value proposition.
    out = ["site:", "  title: Sweep map", "  base_url: /", "  brand_values:"]
    for b in bvals:
        out.append(f"    - {{id: {b}, name: {q(t.title(1, 2))}, description: {q(t.sentence())}}}")
    out.append("  limits: {max_touchpoints_per_stage: 10000}")
    out.append(f"  positioning: {{x: {components[0]}, y: {components[1 % len(components)]}}}")
    out.append("stages:")
    for s in stages:
        out.append(f"  - {{id: {s}, name: {q(t.title(1, 2))}, description: {q(t.sentence())}}}")
    out.append("channels:")
    for k, c in enumerate(channels):
        mode = "analog" if k % 2 else "digital"
        out.append(f"  - {{id: {c}, name: {q(t.title(1, 2))}, mode: {mode}}}")
    out.append("personas:")
    all_pains, all_gains = [], []
    for pe in personas:
        out.append(f"  - id: {pe}")
        out.append(f"    name: {q(t.title(2, 3))}")
        out.append(f"    description: {q(t.sentence())}")
        out.append("    jobs:")
        out.append(f"      - {{id: {pe}-job-0, text: {q(t.sentence())}}}")
        out.append("    pains:")
        for j in range(p["pains"]):
            out.append(f"      - {{id: {pe}-pain-{j}, text: {q(t.sentence())}, severity: {j % 3 + 1}}}")
            all_pains.append(f"{pe}-pain-{j}")
        out.append("    gains:")
        for j in range(max(1, p["pains"] - 1)):
            out.append(f"      - {{id: {pe}-gain-{j}, text: {q(t.sentence())}, importance: {j % 3 + 1}}}")
            all_gains.append(f"{pe}-gain-{j}")
    out.append("value_proposition:")
    out.append("  components:")
    for k, c in enumerate(components):
        emph = flow([stages[k % len(stages)], stages[(k + 1) % len(stages)]])
        out.append(f"    - {{id: {c}, name: {q(t.title(1, 1))}, description: {q(t.sentence())}, emphasis: {emph}}}")
    out.append("  products: [Shoes, Fitting]")
    # Every pain and gain is addressed, in relievers of up to 8 each.
    out.append("  pain_relievers:")
    for k in range(0, len(all_pains), 8):
        out.append(f"    - {{text: {q(t.sentence())}, relieves: {flow(all_pains[k:k + 8])}}}")
    out.append("  gain_creators:")
    for k in range(0, len(all_gains), 8):
        out.append(f"    - {{text: {q(t.sentence())}, creates: {flow(all_gains[k:k + 8])}}}")
    write(os.path.join(root, "touchmap.yaml"), "\n".join(out) + "\n")

    # KPIs.
    out = ["kpis:"]
    for k, kid in enumerate(kpis):
        direction = "up" if k % 3 else "down"
        base = round(rng.uniform(10, 80), 1)
        target = round(base * (1.2 if direction == "up" else 0.8), 1)
        out.append(f"  - id: {kid}")
        out.append(f"    name: {q(t.title(2, 3))}")
        out.append("    kind: quantitative")
        out.append('    unit: "%"')
        out.append(f"    direction: {direction}")
        out.append(f"    baseline: {base}")
        out.append(f"    target: {target}")
        out.append("    source: analytics")
        out.append("    measurements:")
        v = base
        for m in range(p["measurements"]):
            v = round(max(0.0, v + rng.uniform(-2, 2.5)), 1)
            # Days from 2000-01-01, months of 28 days keep every date valid.
            y, r = divmod(m, 12 * 28)
            mo, d = divmod(r, 28)
            out.append(f'      - {{date: "{2000 + y:04d}-{mo + 1:02d}-{d + 1:02d}", value: {v}}}')
    write(os.path.join(root, "kpis.yaml"), "\n".join(out) + "\n")

    # Competitors.
    out = ["competitors:"]
    for c in comps:
        out.append(f"  - id: {c}")
        out.append(f"    name: {q(t.title(1, 2))}")
        out.append(f"    description: {q(t.sentence())}")
        out.append(f"    channels: {flow(pick(rng, channels, 4))}")
        vals = ", ".join(f"{vc}: {rng.randint(0, 5)}" for vc in pick(rng, components, 4))
        out.append(f"    value: {{{vals}}}")
        out.append(f"    strengths: [{q(t.sentence())}]")
    write(os.path.join(root, "competitors.yaml"), "\n".join(out) + "\n")

    # Benefits.
    out = ["benefits:"]
    for b in range(p["benefits"]):
        out.append(f"  - id: be-{b:05d}")
        out.append(f"    name: {q(t.title(2, 3))}")
        out.append(f"    description: {q(t.sentence())}")
        out.append(f"    touchpoints: {flow(pick(rng, tps, p['benefit_refs']))}")
        out.append(f"    kpis: {flow(pick(rng, kpis, max(1, p['benefit_refs'] // 3)))}")
    write(os.path.join(root, "benefits.yaml"), "\n".join(out) + "\n")

    # Notes: touchpoint notes, then loose ones.
    note_names = []
    tp_notes = []
    for i in range(n):
        mine = [f"tp-{i:05d}-{j}" for j in range(p["notes_per_tp"])]
        tp_notes.append(mine)
        note_names += mine
    loose = [f"loose-{i:05d}" for i in range(p["loose_notes"])]
    note_names += loose
    tags = [f"tag-{k}" for k in range(p["tags"])]
    fm_kinds = [("kpis", kpis), ("touchpoints", tps), ("competitors", comps)]

    def make_note(name, i, kb):
        title = t.title(3, 5)
        fm = ["---", f"title: {q(title)}"]
        per = [0, 0, 0]
        for j in range(p["fm_refs"]):
            per[j % 3] += 1
        for (field, pool), k in zip(fm_kinds, per):
            if k:
                fm.append(f"{field}: {flow(pick(rng, pool, k))}")
        fm.append(f"tags: {flow([tags[i % len(tags)], tags[(i * 7 + 3) % len(tags)]])}")
        fm += ["---", ""]
        body = note_body(rng, t, p, i, note_names, kpis, tps, comps, title, kb)
        write(os.path.join(root, "notes", name + ".md"), "\n".join(fm) + body + "\n")

    for i, name in enumerate(note_names):
        make_note(name, i, p["note_kb"])
    if p["big_note_kb"]:
        make_note("big", 0, p["big_note_kb"])
    for h in range(p["hub_notes"]):
        text = (
            f"---\ntouchpoints: [{tps[0]}]\nkpis: [{kpis[0]}]\n---\n\n# Hub {h}\n\n"
            f"{t.sentence()} See [the touchpoint](touchpoint:{tps[0]}), "
            f"[the KPI](kpi:{kpis[0]}) and [the first note]({note_names[0]}.md).\n"
        )
        write(os.path.join(root, "notes", "hub", f"hub-{h:05d}.md"), text)
    if p["big_same_headings"]:
        body = ["# Same headings", ""]
        for _ in range(p["big_same_headings"]):
            body += ["## Findings", "", t.sentence(), ""]
        write(os.path.join(root, "notes", "same-headings.md"), "\n".join(body))
    if p["big_footnotes"]:
        body = ["# Footnotes", ""]
        refs = " ".join(f"{t.words(3)}[^f{k}]" for k in range(p["big_footnotes"]))
        body += [refs, ""]
        body += [f"[^f{k}]: {t.sentence(4, 8)}" for k in range(p["big_footnotes"])]
        write(os.path.join(root, "notes", "footnotes.md"), "\n".join(body) + "\n")
    for k in range(p["static_files"]):
        write(os.path.join(root, "static", "img", f"s-{k:05d}.txt"), f"static {k}\n")
    if p["linked_files"]:
        body = ["# Files", ""]
        for k in range(p["linked_files"]):
            write(os.path.join(root, "notes", "files", f"f-{k:05d}.txt"), f"file {k}\n")
            body.append(f"- [file {k}](files/f-{k:05d}.txt)")
        write(os.path.join(root, "notes", "with-files.md"), "\n".join(body) + "\n")
    if p["broken_links"]:
        body = ["# Broken", ""]
        body += [f"- [missing {k}](missing-{k:05d}.md)" for k in range(p["broken_links"])]
        write(os.path.join(root, "notes", "broken.md"), "\n".join(body) + "\n")
    if p["big_links"]:
        body = ["# Links", ""]
        kinds = [("touchpoint", tps), ("kpi", kpis), ("competitor", comps)]
        for k in range(p["big_links"]):
            if k % 2:
                kind, pool = kinds[k % 3]
                body.append(f"- [{kind} {k}]({kind}:{rng.choice(pool)})")
            else:
                body.append(f"- [note {k}]({rng.choice(note_names)}.md)")
        write(os.path.join(root, "notes", "links.md"), "\n".join(body) + "\n")

    # Touchpoints.
    files = max(1, p["tp_files"])
    per_file = -(-n // files)
    bad_left = p["unknown_refs"]
    for f in range(files):
        out = ["touchpoints:"]
        for i in range(f * per_file, min(n, (f + 1) * per_file)):
            if p["one_cell"]:
                stage, channel = stages[0], channels[0]
            else:
                stage = stages[i % len(stages)]
                channel = channels[(i // len(stages)) % len(channels)]
            out.append(f"  - id: {tps[i]}")
            out.append(f"    name: {q(t.title(3, 5))}")
            out.append(f"    stage: {stage}")
            out.append(f"    channel: {channel}")
            out.append(f"    personas: {flow(pick(rng, personas, p['personas_per_tp']))}")
            out.append(f"    control: {'spontaneous' if i % 7 == 3 else 'managed'}")
            out.append(f"    priority: {'key' if i % 10 == 0 else 'supporting'}")
            out.append(f"    owner: {q('Team ' + t.title(1, 1))}")
            out.append(f"    description: {q(t.sentence())}")
            out.append(f"    product: {q(t.title(2, 3))}")
            out.append(f"    interaction: {q(t.sentence())}")
            out.append(f"    communication: {q(t.sentence())}")
            score = rng.randint(-2, 2)
            out.append(f"    emotion: {{score: {score}, label: Fine}}")
            out.append(f"    perception: {q(t.sentence())}")
            vals = pick(rng, components, min(p["values_per_tp"], len(components)))
            out.append("    value: {" + ", ".join(f"{vc}: {rng.randint(0, 5)}" for vc in vals) + "}")
            out.append(f"    pains: [{q(t.sentence())}]")
            out.append(f"    opportunities: [{q(t.sentence())}]")
            if i % 3 == 0:
                out.append("    risks:")
                for r in range(p["risks_per_tp"]):
                    level = "high" if (i % 97 == 0 and r == 0) else ("low", "medium")[r % 2]
                    out.append(f"      - {{text: {q(t.sentence())}, severity: {level}}}")
            out.append(f"    brand_values: {{aligned: {flow(pick(rng, bvals, p['bv_per_tp']))}}}")
            if i % 2 == 0:
                out.append("    competitors:")
                for c in pick(rng, comps, p["comps_per_tp"]):
                    out.append(f"      - competitor: {c}")
                    out.append(f"        practice: {q(t.sentence())}")
                    out.append(f"        differentiation: {q(t.sentence())}")
            mine = pick(rng, kpis, p["kpis_per_tp"])
            if bad_left:
                k = min(bad_left, -(-p["unknown_refs"] // n))
                bad_left -= k
                # Misspelt: a KPI id with one letter changed.
                mine += [kpis[(i + j) % len(kpis)].replace("kpi", "kpj") + f"x{j}" for j in range(k)]
            out.append(f"    kpis: {flow(mine)}")
            out.append("    evidence: partial")
            out.append(f"    notes: {flow(['notes/' + nm + '.md' for nm in tp_notes[i]])}")
        write(os.path.join(root, "touchpoints", f"part-{f:04d}.yaml"), "\n".join(out) + "\n")


def errors(p):
    """Whether the map of parameters p has errors on purpose."""
    return p["unknown_refs"] > 0


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start, proc.returncode, proc.stderr


def measure(binary, mapdir, outdir, repeat, expect_errors):
    best_check = best_build = None
    for _ in range(repeat):
        tc, rc, err = run([binary, "check", mapdir])
        want = 1 if expect_errors else 0
        if rc != want:
            sys.exit(f"touchmap check {mapdir}: exit {rc}, wanted {want}\n{err.decode()[-3000:]}")
        if os.path.exists(outdir):
            shutil.rmtree(outdir)
        tb, rc, err = run([binary, "build", mapdir, "-o", outdir])
        if rc != want:
            sys.exit(f"touchmap build {mapdir}: exit {rc}, wanted {want}\n{err.decode()[-3000:]}")
        if os.path.exists(outdir):
            shutil.rmtree(outdir)
        best_check = tc if best_check is None else min(best_check, tc)
        best_build = tb if best_build is None else min(best_build, tb)
    return best_check, best_build


def ratio(a, b):
    """b / a, or `-` when a is too small a time (or difference) to divide by."""
    return f"{b / a:6.1f}" if a > 0.01 and b > 0 else "     -"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(here, "..", "target"))
    ap.add_argument("--bin", default=os.path.join(target, "release", "touchmap"))
    ap.add_argument("--repeat", type=int, default=1, help="runs per map, fastest taken")
    ap.add_argument("--only", help="comma-separated dimensions to sweep")
    ap.add_argument("--list", action="store_true", help="list the dimensions and exit")
    ap.add_argument("--keep", action="store_true", help="keep the generated maps")
    ap.add_argument(
        "--gen",
        nargs=3,
        metavar=("DIM", "SIZE", "DIR"),
        help="only write the map of DIM at SIZE into DIR (replaced), e.g. for perf",
    )
    args = ap.parse_args()
    if args.gen:
        name, size, out = args.gen
        change = {d[0]: d[2] for d in DIMENSIONS}.get(name)
        if change is None:
            sys.exit(f"unknown dimension: {name} (see --list)")
        p = dict(BASE)
        p.update(change(int(size)))
        if os.path.exists(out):
            shutil.rmtree(out)
        generate(out, p)
        return
    if args.list:
        for name, sizes, _ in DIMENSIONS:
            print(f"{name:26} {sizes}")
        return
    dims = DIMENSIONS
    if args.only:
        wanted = args.only.split(",")
        unknown = set(wanted) - {d[0] for d in DIMENSIONS}
        if unknown:
            sys.exit(f"unknown dimension(s): {', '.join(sorted(unknown))} (see --list)")
        dims = [d for d in DIMENSIONS if d[0] in wanted]
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"no touchmap binary at {args.bin}: run `cargo build --release` or pass --bin")
    parent = "/dev/shm" if os.path.isdir("/dev/shm") else None
    work = tempfile.mkdtemp(prefix="touchmap-sweep.", dir=parent)
    try:
        base_dir = os.path.join(work, "base")
        generate(base_dir, BASE)
        base_c, base_b = measure(args.bin, base_dir, os.path.join(work, "out"), args.repeat, False)
        if not args.keep:
            shutil.rmtree(base_dir)
        print(f"base map: check {base_c:.3f} s, build {base_b:.3f} s  ({BASE['touchpoints']} touchpoints)")
        print()
        head = f"{'dimension':26} {'size':>6} {'check s':>8} {'x4':>6} {'dx4':>6} {'build s':>8} {'x4':>6} {'dx4':>6}"
        print(head)
        print("-" * len(head))
        sys.stdout.flush()
        for name, sizes, change in dims:
            prev = None
            for size in sizes:
                p = dict(BASE)
                p.update(change(size))
                mapdir = os.path.join(work, f"{name}-{size}")
                generate(mapdir, p)
                c, b = measure(args.bin, mapdir, os.path.join(work, "out"), args.repeat, errors(p))
                if not args.keep:
                    shutil.rmtree(mapdir)
                cols = [f"{name:26} {size:>6} {c:8.3f}"]
                if prev:
                    pc, pb = prev
                    cols.append(ratio(pc, c) + " " + ratio(pc - base_c, c - base_c))
                    cols.append(f"{b:8.3f} " + ratio(pb, b) + " " + ratio(pb - base_b, b - base_b))
                else:
                    cols.append(" " * 13)
                    cols.append(f"{b:8.3f} " + " " * 13)
                print(" ".join(cols))
                sys.stdout.flush()
                prev = (c, b)
    finally:
        if args.keep:
            print(f"maps kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
