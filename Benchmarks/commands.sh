#!/usr/bin/env bash
# The commands as a user types them, timed: each of check, central, stats, communities, gaps,
# suggest, whatif, report (with its aggregated overview), the overview alone (`render --overview`)
# and diff once on each landscape folder, with
# the given `landscape` binary under /usr/bin/time, each stopped after LIMIT seconds together with
# its Graphviz worker. Writes a Markdown table (wall s, CPU s = user + sys, peak RSS MB, exit
# status) to OUT and prints it.
#
#   Benchmarks/commands.sh BINARY OUT FOLDER...      (LIMIT=300 by default)
#
# `diff` compares a folder with its copy whose every hundredth tie is moved (move_ties.py, made
# beside the folder as FOLDER-moved when missing); `whatif` removes the folder's first actor.
set -u -o pipefail
if [ $# -lt 3 ]; then echo "usage: $0 BINARY OUT FOLDER..." >&2; exit 64; fi
bin=$1 out=$2
shift 2
limit=${LIMIT:-300}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
mkdir -p "$(dirname "$out")"
trap 'rm -rf "$scratch"' EXIT

# Every descendant of a process: a command's Graphviz worker runs in a process group of its own,
# so stopping the command's group would leave it running.
descendants() {
    local child
    for child in $(pgrep -P "$1"); do
        echo "$child"
        descendants "$child"
    done
}

row() { # row LABEL ARGS...: one timed run, one table row
    local label=$1 status wall user sys rss pid start timedout=0
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$bin" "$@" >"$scratch/stdout" 2>"$scratch/stderr" &
    pid=$!
    start=$SECONDS
    while kill -0 "$pid" 2>/dev/null; do
        if [ $((SECONDS - start)) -ge "$limit" ]; then
            timedout=1
            # shellcheck disable=SC2046
            kill $(descendants "$pid") 2>/dev/null
            break
        fi
        sleep 0.2
    done
    wait "$pid"
    status=$?
    read -r wall user sys rss <"$scratch/time" 2>/dev/null || { wall=? user=0 sys=0 rss=0; }
    if [ "$timedout" = 1 ]; then
        echo "| \`$label\` | stopped after $limit s | – | – | timed out |"
    else
        printf '| `%s` | %s | %s | %d | %s |\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" \
            $((rss / 1024)) "$status"
    fi
}

{
    echo "# The commands on the benchmark landscapes"
    echo
    echo "\`$(basename "$bin")\` ($("$bin" --version 2>/dev/null || echo "version unknown")), one run each, $(date -u '+%Y-%m-%d %H:%M UTC'),"
    echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start. CPU s is user + sys: on a"
    echo "shared machine the wall time includes waiting for a core."
    for folder in "$@"; do
        name=$(basename "$folder")
        moved="$folder-moved"
        [ -f "$moved/ties.csv" ] || python3 "$here/move_ties.py" "$folder" "$moved" >/dev/null
        first=$(sed -n 2p "$folder/actors.csv" | cut -d, -f1)
        echo
        echo "## $name"
        echo
        echo "| command | wall s | CPU s | peak RSS MB | exit |"
        echo "|---|---|---|---|---|"
        row "check $name" check "$folder"
        row "central $name --top 5" central "$folder" --top 5
        row "stats $name" stats "$folder"
        row "communities $name --format json" communities "$folder" --format json
        row "gaps $name --top 5" gaps "$folder" --top 5
        row "suggest $name --top 5" suggest "$folder" --top 5
        row "whatif $name --remove $first" whatif "$folder" --remove "$first"
        row "report $name -o report.html" report "$folder" -o "$scratch/report.html"
        row "render $name --overview -o overview.svg" render "$folder" --overview -o "$scratch/overview.svg"
        row "diff $name $name-moved" diff "$folder" "$moved"
    done
} | tee "$out.tmp"
mv "$out.tmp" "$out"
