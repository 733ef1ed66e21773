#!/usr/bin/env bash
# touchmap's performance against Hugo and against the floor, on synthetic
# maps of N touchpoints (benches/gen_map.py). Everything printed is measured
# in this run; nothing is copied from an earlier one.
#
#   bash benches/run.sh                      # N = 1000 10000 50000
#   N_LIST="1000 10000" bash benches/run.sh  # skip the long 50k run
#
# Environment: N_LIST (sizes), REPEAT (runs per measurement, median taken;
# default 3), HUGO_SITE_MAX (largest N of the second comparison), WORK (where the maps go; default /tmp), OUT (where the builds
# write; default /dev/shm when that is a tmpfs with room, else WORK). The
# script works in a new folder of its own in each and removes those folders
# at the end unless KEEP=1; nothing else in WORK or OUT is touched.
#
# Why a tmpfs by default: what a disk costs varies from machine to machine,
# and on some it depends on what was deleted before. On an ext4 without a
# journal (as on the project's machine) the kernel checks, one by one, and
# skips the inodes freed in the last minutes whenever it makes a file: a
# 10k build just after the previous output was deleted took 8.0 s (11.8 s
# system time) against 2.9 s (1.6 s) without, and Hugo and the floor slow
# down alike. On a tmpfs the figures are those of the programs' own work.
# OUT=/some/disk/folder measures a disk; the outputs then stay until the
# end, so that no run follows a deletion.
#
# Per N it measures, each in a new output folder, the runs
# of the three builds interleaved so that all see the same machine:
#   - touchmap build: wall time, CPU time (user + system) and peak RSS
#     (/usr/bin/time -v), output size;
#   - Hugo (Debian's hugo) on the same notes as content pages with a minimal
#     layout: wall time and CPU time;
#   - the floor (benches/floor.rs): one pulldown-cmark pass over the notes and
#     writing as many bytes as touchmap wrote: wall time;
# and the rebuild after an edit to one note through serve's own code path
# (benches/rebuild.rs: median of 5 edits), and after an edit to one map
# file (a comment added to a touchpoints file: serve then runs the whole
# pipeline, as after any edit to YAML; median of 3): when a touchpoint's page
# is shown (serve renders it on request once the map is analysed) and when
# the whole site is rebuilt.
#
# With the first build of each N, when the browser tests' packages are
# installed, the search page in Chromium (benches/search_page.mjs): what the
# worst of its queries downloads and when its results show.
#
# At the end, when the browser tests' packages are installed (tests/browser:
# npm ci), the journey page of the 1k map in Chromium: its height in screens
# and its load time (benches/journey_page.mjs).
#
# Second comparison, for N up to HUGO_SITE_MAX (default 10000: at 10k Hugo
# takes about 13 s and 2 GB, so at 50k minutes and about 10 GB): the same map
# as a Hugo site with touchpoint, note, KPI, stage, channel, persona and
# competitor pages, the journey, the map and a dashboard
# (benches/hugo_site.py, which says what it leaves out): what a team that
# reached for Hugo instead would build. Wall time, CPU time, peak RSS, pages
# and bytes.
set -euo pipefail
cd "$(dirname "$0")/.."

N_LIST=${N_LIST:-"1000 10000 50000"}
REPEAT=${REPEAT:-3}
HUGO_SITE_MAX=${HUGO_SITE_MAX:-10000}
mkdir -p "${WORK:=/tmp}"
WORK=$(mktemp -d "$WORK/touchmap-bench.XXXXXX")
if [ -z "${OUT:-}" ]; then
  # A build writes about 50 KB per touchpoint; one output at a time is kept.
  largest=$(printf '%s\n' $N_LIST | sort -n | tail -1)
  shm_free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 {print $4}')
  if [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ -w /dev/shm ] &&
    [ "${shm_free_kb:-0}" -gt $((largest * 60)) ]; then
    OUT=/dev/shm
  else
    echo "no tmpfs with $((largest * 60 / 1024)) MB free at /dev/shm: the builds write to the disk" >&2
    OUT=$WORK
  fi
fi
mkdir -p "$OUT"
OUT=$(mktemp -d "$OUT/touchmap-bench-out.XXXXXX")
OUT_FS=$(stat -f -c %T "$OUT" 2>/dev/null || echo "?")
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK" "$OUT"; }
trap cleanup EXIT
# done_with DIR: a measured output is removed at once on a tmpfs (where at
# 50k three runs of each would not fit in memory) and kept on a disk (see
# the top of this file).
done_with() { [ "$OUT_FS" != tmpfs ] || rm -rf "$1"; }

apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get install -y "$1" >/dev/null 2>&1 ||
    { $sudo apt-get update >/dev/null && $sudo apt-get install -y "$1" >/dev/null; }
}
[ -x /usr/bin/time ] || apt_install time
command -v hugo >/dev/null || apt_install hugo

echo "building touchmap, the floor and the rebuild bench (release)..." >&2
cargo build --release --quiet
# bench_exe NAME: builds benches/NAME.rs (release) and prints its path.
bench_exe() {
  cargo bench --bench "$1" --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == sys.argv[1]:
        print(m["executable"])' "$1"
}
FLOOR=$(bench_exe floor)
REBUILD=$(bench_exe rebuild)
TM=$PWD/target/release/touchmap

# time_run CMD...: runs CMD under /usr/bin/time -v; prints
# "wall_seconds max_rss_kb cpu_seconds" (cpu: user + system, all threads).
time_run() {
  local log="$WORK/time.log"
  # Earlier runs' writes go to the disk now, not during this run.
  sync
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$WORK/cmd.err" || {
    echo "failed: $*" >&2
    cat "$WORK/cmd.err" >&2
    exit 1
  }
  python3 - "$log" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
w = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1).split(":")
secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)
cpu = sum(float(re.search(rf"{k} time \(seconds\): (\S+)", t).group(1)) for k in ("User", "System"))
print(f"{secs:.2f} {rss} {cpu:.2f}")
PY
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# page_sizes DIR: "largest_bytes largest_path pages_over_1MB" of DIR's HTML pages.
page_sizes() {
  find "$1" -type f -name '*.html' -printf '%s %P\n' |
    awk '{ if ($1 > max) { max = $1; path = $2 } if ($1 > 1000000) over++ } END { printf "%d %s %d\n", max, path, over }'
}
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}'; }
html_pages() { find "$1" -type f -name '*.html' | wc -l; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr)"
echo "touchmap $($TM --version | awk '{print $2}') ($(git rev-parse --short HEAD 2>/dev/null || echo '?')), $(hugo version | awk '{print $1, $2}')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs per measurement: $REPEAT (median); outputs written to $OUT ($OUT_FS)"
echo

# search_figures SITE: what the worst of benches/search_page.mjs's queries
# downloads (bytes, uncompressed) and when its results show (ms), when the
# browser tests' packages and Chromium are there; else "nan nan".
search_figures() {
  if command -v node >/dev/null && [ -d tests/browser/node_modules/playwright-core ] &&
    [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    SUMMARY=1 RUNS=3 SITE=$1 node benches/search_page.mjs 2>/dev/null || echo "nan nan"
  else
    echo "nan nan"
  fi
}

rows=() work=() same=() targets=()
for N in $N_LIST; do
  map="$WORK/map-$N"
  hugo_site="$WORK/hugo-$N"
  echo "N=$N: generating the map..." >&2
  python3 benches/gen_map.py "$N" "$map" --hugo "$hugo_site"
  "$TM" check "$map" >/dev/null 2>&1 || { echo "the generated map has errors" >&2; exit 1; }
  note_count=$(find "$map/notes" -name '*.md' | wc -l)

  tm_t=() tm_rss=() tm_cpu=() hugo_t=() hugo_cpu=() floor_t=() bytes="" tm_html="" hugo_bytes="" hugo_html=""
  largest="" largest_path="" over_1mb="" search_bytes="" search_ms=""
  for r in $(seq "$REPEAT"); do
    echo "N=$N: run $r of $REPEAT..." >&2
    read -r t rss cpu < <(time_run "$TM" build "$map" -o "$OUT/tm-$N-$r")
    tm_t+=("$t") tm_rss+=("$rss") tm_cpu+=("$cpu")
    [ -n "$bytes" ] || bytes=$(bytes_of "$OUT/tm-$N-$r")
    [ -n "$tm_html" ] || tm_html=$(html_pages "$OUT/tm-$N-$r")
    [ -n "${largest:-}" ] || read -r largest largest_path over_1mb < <(page_sizes "$OUT/tm-$N-$r")
    [ -n "${search_bytes:-}" ] || read -r search_bytes search_ms < <(search_figures "$OUT/tm-$N-$r")
    done_with "$OUT/tm-$N-$r"
    read -r t _ cpu < <(cd "$hugo_site" && time_run hugo --quiet -d "$OUT/hugo-$N-$r")
    hugo_t+=("$t") hugo_cpu+=("$cpu")
    hugo_pages=$(find "$OUT/hugo-$N-$r/notes" -name index.html | wc -l)
    [ "$hugo_pages" -ge "$note_count" ] || { echo "Hugo built $hugo_pages pages for $note_count notes" >&2; exit 1; }
    [ -n "$hugo_bytes" ] || hugo_bytes=$(bytes_of "$OUT/hugo-$N-$r")
    [ -n "$hugo_html" ] || hugo_html=$(html_pages "$OUT/hugo-$N-$r")
    done_with "$OUT/hugo-$N-$r"
    read -r t _ < <(time_run "$FLOOR" "$map/notes" "$OUT/floor-$N-$r" "$bytes")
    floor_t+=("$t")
    [ "$(bytes_of "$OUT/floor-$N-$r")" = "$bytes" ] || { echo "the floor wrote a different size" >&2; exit 1; }
    done_with "$OUT/floor-$N-$r"
  done

  if [ "$N" -le "$HUGO_SITE_MAX" ]; then
    hugo_full="$WORK/hugo-site-$N"
    python3 benches/hugo_site.py "$map" "$hugo_full"
    full_t=() full_cpu=() full_rss=() full_bytes="" full_html=""
    for r in $(seq "$REPEAT"); do
      echo "N=$N: the same site in Hugo, run $r of $REPEAT..." >&2
      read -r t rss cpu < <(cd "$hugo_full" && time_run hugo --quiet -d "$OUT/hugo-site-$N-$r")
      full_t+=("$t") full_cpu+=("$cpu") full_rss+=("$rss")
      tp_pages=$(find "$OUT/hugo-site-$N-$r/touchpoints" -mindepth 2 -name index.html | wc -l)
      [ "$tp_pages" -eq "$N" ] || { echo "Hugo built $tp_pages touchpoint pages for $N" >&2; exit 1; }
      [ -n "$full_bytes" ] || full_bytes=$(bytes_of "$OUT/hugo-site-$N-$r")
      [ -n "$full_html" ] || full_html=$(html_pages "$OUT/hugo-site-$N-$r")
      done_with "$OUT/hugo-site-$N-$r"
    done
    rm -rf "$hugo_full"
  fi

  echo "N=$N: timing the one-note rebuild..." >&2
  note=$(cd "$map" && ls notes | sed -n "$((N / 2 + 1))p")
  rebuild=$("$REBUILD" "$map" "notes/$note" 5 2>/dev/null)
  rebuild_ms=$(sed -E 's/.*rebuild_ms=([0-9.]+).*/\1/' <<<"$rebuild")
  echo "N=$N: timing the rebuild after a map file edit..." >&2
  yaml_file=$(cd "$map" && ls touchpoints/*.yaml | head -1)
  # Under /usr/bin/time: the bench holds the site in memory as serve does,
  # so its peak is serve's during a rebuild after a map-file edit.
  yaml_rebuild=$(/usr/bin/time -v -o "$WORK/rebuild-time.log" "$REBUILD" "$map" "$yaml_file" 3 2>/dev/null)
  serve_rss=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+).*/\1/p' "$WORK/rebuild-time.log")
  yaml_ms=$(sed -E 's/.*rebuild_ms=([0-9.]+).*/\1/' <<<"$yaml_rebuild")
  yaml_shown_ms=$(sed -E 's/.*page_shown_ms=([0-9.]+).*/\1/' <<<"$yaml_rebuild")

  t=$(median "${tm_t[@]}")
  rss=$(median "${tm_rss[@]}")
  tc=$(median "${tm_cpu[@]}")
  h=$(median "${hugo_t[@]}")
  hc=$(median "${hugo_cpu[@]}")
  f=$(median "${floor_t[@]}")
  row="$(python3 -c "
n, t, tc, rss, b, rb, ys, yb, h, hc, f = $N, $t, $tc, $rss, $bytes, $rebuild_ms, $yaml_shown_ms, $yaml_ms, $h, $hc, $f
print(f'| {n:,} | {t:.2f} ({tc:.1f}) | {rss / 1024:,.0f} | {b / 1e6:,.0f} | {rb:.0f} ({rb / (t * 1000) * 100:.1f}%) | {ys:,.0f} / {yb:,.0f} | {h:.2f} ({hc:.1f}) | {t / h:.2f} | {f:.2f} | {t / f:.2f} |')
")"
  rows+=("$row")
  echo "$row" >&2
  # What each built: the ratio above compares times, not work.
  work+=("$(python3 -c "
n, t, h, tp, tb, hp, hb = $N, $t, $h, $tm_html, $bytes, $hugo_html, $hugo_bytes
print(f'| {n:,} | {tp:,} | {tb / 1e6:,.0f} | {hp:,} | {hb / 1e6:,.0f} | {tp / t:,.0f} | {hp / h:,.0f} | {tb / 1e6 / t:.0f} | {hb / 1e6 / h:.0f} |')
")")
  full_ratio="nan"
  [ "$N" -gt "$HUGO_SITE_MAX" ] || full_ratio=$(python3 -c "print($t / $(median "${full_t[@]}"))")
  targets+=("$(python3 -c "
nan = float('nan')
n, t, h, full, rss, b, big, path, over, sb, sms, rb, ys, srss = $N, $t, $h, $full_ratio, $rss, $bytes, $largest, '$largest_path', ${over_1mb:-0}, $search_bytes, $search_ms, $rebuild_ms, $yaml_shown_ms, $serve_rss
ok = lambda c: 'yes' if c else '**no**'
print(f'| {n:,} | {big / 1e6:.1f} ({path}; {over} over 1 MB) {ok(big <= 1e6)} | {b / 1e6:,.0f} {ok(b <= 150e6)} | {sb / 1e3:,.0f} {ok(sb <= 300e3)} / {sms:,.0f} {ok(sms <= 300)} | {t / h:.2f} {ok(t <= h)} | {full:.2f} {ok(full <= 0.10)} | {ys:,.0f} {ok(ys <= 250)} | {srss / 1024:,.0f} {ok(srss <= 600 * 1024)} | {rb / (t * 1000) * 100:.1f}% {ok(rb <= 0.03 * t * 1000)} | {rss / 1024:,.0f} {ok(rss <= 300 * 1024)} |')
")")
  if [ "$N" -le "$HUGO_SITE_MAX" ]; then
    same+=("$(python3 -c "
n, t, tc, rss, tp, tb = $N, $t, $tc, $rss, $tm_html, $bytes
h, hc, hrss, hp, hb = $(median "${full_t[@]}"), $(median "${full_cpu[@]}"), $(median "${full_rss[@]}"), $full_html, $full_bytes
print(f'| {n:,} | {t:.2f} ({tc:.1f}) | {rss / 1024:,.0f} | {tp:,} | {tb / 1e6:,.0f} | {h:.2f} ({hc:.1f}) | {hrss / 1024:,.0f} | {hp:,} | {hb / 1e6:,.0f} | {t / h:.2f} |')
")")
  fi
done

echo "| N touchpoints | touchmap build, s (CPU s) | peak RSS (MB) | output (MB) | one-note rebuild, ms (% of build) | map-file edit: page shown / site rebuilt, ms | Hugo, s (CPU s) | touchmap / Hugo | floor (s) | touchmap / floor |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "What each wrote, from the same notes (HTML pages and all files):"
echo
echo "| N touchpoints | touchmap: HTML pages | touchmap: MB | Hugo: HTML pages | Hugo: MB | touchmap: pages/s | Hugo: pages/s | touchmap: MB/s | Hugo: MB/s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${work[@]}"
if [ "${#same[@]}" -gt 0 ]; then
  echo
  echo "The same map as a Hugo site (benches/hugo_site.py), against touchmap's build above:"
  echo
  echo "| N touchpoints | touchmap, s (CPU s) | touchmap: peak RSS (MB) | touchmap: HTML pages | touchmap: MB | Hugo site, s (CPU s) | Hugo: peak RSS (MB) | Hugo: HTML pages | Hugo: MB | touchmap / Hugo site |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${same[@]}"
fi
echo
echo "Issue 19's targets (MB are 10^6 bytes; search: the worst of benches/search_page.mjs's queries, from opening the search page to its first results, uncompressed):"
echo
echo "| N touchpoints | largest HTML page, MB (≤ 1) | output, MB (≤ 150) | search: downloaded, KB (≤ 300) / results shown, ms (≤ 300) | build / Hugo on the notes (≤ 1.0) | build / Hugo site (≤ 0.10) | serve, map-file edit: page shown, ms (≤ 250) | serve: peak RSS, MB (≤ 600) | one-note rebuild (≤ 3% of build) | build: peak RSS, MB (≤ 300) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${targets[@]}"
# How the largest pages read in a browser (benches/journey_page.mjs): load
# time, target ≤ 1 s for the map, journey, insights and a persona page; when
# the browser tests' packages are installed and Chromium is there.
if command -v node >/dev/null && [ -d tests/browser/node_modules/playwright-core ] &&
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  for N in $N_LIST; do
    [ "$N" -le 10000 ] || continue
    echo
    TOUCHMAP_BIN=$TM N=$N RUNS=3 node benches/journey_page.mjs 2>/dev/null
  done
fi
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
