#!/bin/sh
# Builds the seed corpus of every fuzz target into Fuzz/corpus/TARGET/ (git-ignored):
# the example landscapes, the test fixtures of each format, the small seeds in Fuzz/seeds/,
# and every example (and the canonical test landscape) converted by `landscape convert` into
# the CSV pair, JSON, GraphML, GEXF and DOT.
#
#   Fuzz/seed-corpus.sh [LANDSCAPE]     LANDSCAPE: the built CLI (default .build/debug/landscape)
#
# Files already in the corpus (what earlier runs found) are kept.
set -eu
cd "$(dirname "$0")/.."
landscape=${1:-.build/debug/landscape}
corpus=Fuzz/corpus
fixtures=Tests/LandscapeIOTests/Fixtures
if [ ! -x "$landscape" ]; then
    echo "seed-corpus.sh: $landscape is missing: build the CLI first (swift build --product landscape)" >&2
    exit 1
fi
for target in yaml csv json graphml gexf dot xlsx; do mkdir -p "$corpus/$target"; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# seed TARGET NAME FILE: copy FILE into the target's corpus as NAME.
seed() { cp "$3" "$corpus/$1/$2"; }

# The CSV pair as one input: actors.csv, the line ---ties---, ties.csv (see FuzzInput.tiesSeparator).
pair() {
    if [ -f "$3/ties.csv" ]; then
        { cat "$3/actors.csv"; printf '\n---ties---\n'; cat "$3/ties.csv"; } > "$corpus/csv/$2"
    else
        cp "$3/actors.csv" "$corpus/csv/$2"
    fi
}

landscapes="graphs/*.yaml graphs/variants/*.yaml $fixtures/formats/canonical.yaml"
for file in $landscapes; do
    name=$(basename "$file" .yaml)
    seed yaml "$name.yaml" "$file"
    for format in json graphml gexf dot; do
        "$landscape" convert "$file" -o "$work/$name.$format" >/dev/null 2>&1 \
            && seed "$format" "$name.$format" "$work/$name.$format"
    done
    "$landscape" convert "$file" -o "$work/$name-csv" --to csv >/dev/null 2>&1 && pair csv "$name" "$work/$name-csv"
done

# Every fixture (good and bad) by its format; bad/ is the hostile-input corpus, where present.
find "$fixtures" -type f | while read -r file; do
    name=$(echo "${file#$fixtures/}" | tr '/' '-')
    case "$file" in
        *.yaml|*.yml) seed yaml "$name" "$file" ;;
        *.json) seed json "$name" "$file" ;;
        *.graphml) seed graphml "$name" "$file" ;;
        *.gexf) seed gexf "$name" "$file" ;;
        *.dot|*.gv) seed dot "$name" "$file" ;;
        *.xlsx|*.xlsm) seed xlsx "$name" "$file" ;;
        */actors.csv) pair csv "$(echo "${file%/actors.csv}" | sed "s|^$fixtures/||" | tr '/' '-')" "$(dirname "$file")" ;;
    esac
done

# Hand-picked seeds, one folder per target.
for target in yaml csv json graphml gexf dot xlsx; do
    [ -d "Fuzz/seeds/$target" ] || continue
    for file in Fuzz/seeds/"$target"/*; do [ -f "$file" ] && seed "$target" "seed-$(basename "$file")" "$file"; done
done

for target in yaml csv json graphml gexf dot xlsx; do
    echo "corpus $target: $(ls "$corpus/$target" | wc -l) files"
done
