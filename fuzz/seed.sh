#!/bin/sh
# Fills corpus/ with the seeds of the fuzz targets (see docs/fuzzing.md):
# every map file, note and series of the example map and of the test
# fixtures for `map_file` (each as its path in the map, a newline, its
# text), and every note and page of the docs for `note_markdown`. The corpora are not checked in.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/map_file corpus/note_markdown
seed() { # MAP_FOLDER PREFIX
    (cd "$1" && find . -type f \( -name '*.yaml' -o -name '*.md' -o -name '*.csv' \) \
        ! -path './public/*') |
        while read -r file; do
            rel=${file#./}
            name=$2$(printf '%s' "$rel" | tr '/' '_')
            { printf '%s\n' "$rel"; cat "$1/$rel"; } >"corpus/map_file/$name"
            case $rel in
            *.md) cp "$1/$rel" "corpus/note_markdown/$name" ;;
            esac
        done
}
seed ../example-map example-
for map in ../tests/fixtures/valid ../tests/fixtures/broken/* ../tests/fixtures/site/*; do
    seed "$map" "$(basename "$map")-"
done
# The user guide: markdown of every kind.
for doc in ../README.md ../docs/*.md; do
    cp "$doc" "corpus/note_markdown/docs-$(basename "$doc")"
done
echo "seeded: $(ls corpus/map_file | wc -l) map_file, $(ls corpus/note_markdown | wc -l) note_markdown"
