#!/usr/bin/env bash
# Scores Dossier on the sample article's gold and on every development set in ../shared/data with
# ../shared/eval/score.mjs, exactly as the README's accuracy table reports. Usage: npm run evaluate [-- set…]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${DOSSIER_SHARED:-../shared}
if [ ! -f "$shared/eval/score.mjs" ]; then
  echo "evaluate: $shared/eval/score.mjs not found; set DOSSIER_SHARED to the folder that holds eval/ and data/" >&2
  exit 2
fi
score="node $shared/eval/score.mjs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Exit status 1 (some articles failed) still leaves the others to score; their errors are on stderr.
dossier() { node dist/cli/main.js run "$@" --quiet --force > /dev/null || [ $? -eq 1 ]; }

# name, scorer command, gold file
sets=(
  "wikigold ner data/wikigold/dev.jsonl"
  "meantime-ner ner data/meantime/dev-ner.jsonl"
  "meantime-timex timex data/meantime/dev-timex.jsonl"
  "meantime-figures figures data/meantime/dev-figures.jsonl"
  "recognizers-currency figures data/recognizers/currency-dev.jsonl"
  "recognizers-percent figures data/recognizers/percent-dev.jsonl"
  "vader-nyt sentiment data/vader/nyt_editorials-dev.jsonl"
  "vader-tweets sentiment data/vader/tweets-dev.jsonl"
  "newsmtsc targeted data/newsmtsc/dev.jsonl"
)

wanted=" $* "
if [ "$#" -eq 0 ] || [[ "$wanted" == *" sample "* ]]; then
  dossier corpus/central-asia-japan-summit.txt --out "$work/sample"
  echo "== sample article (score.mjs article)"
  $score article "$work/sample/articles/central-asia-japan-summit.json" "$shared/gold/central-asia-japan-summit.json" | sed -n '1,9p;$p'
fi
for entry in "${sets[@]}"; do
  read -r name command gold <<< "$entry"
  if [ "$#" -gt 0 ] && [[ "$wanted" != *" $name "* ]]; then continue; fi
  $score corpus "$shared/$gold" "$work/$name" > /dev/null
  dossier "$work/$name" --out "$work/$name-out"
  echo "== $name (score.mjs $command $gold)"
  $score "$command" "$work/$name-out/articles" "$shared/$gold" | tail -1
  if [[ "$name" == meantime-* ]]; then
    # MEANTIME's gold covers only each document's first six lines; the same score on that region alone, as a diagnostic.
    node scripts/annotated-lines.mjs "$work/$name-out/articles" "$work/$name-lead" 6
    echo "   annotated lines only: $($score "$command" "$work/$name-lead" "$shared/$gold" | tail -1)"
  fi
done
