#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Reads JMH's console output on standard input, keeps every line of it in a log file, and shows a
# compact progress view instead (scripts/bench.sh pipes its JMH run through this).
set -euo pipefail
SCRIPT_NAME=jmh-progress.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: JMH-COMMAND 2>&1 | scripts/jmh-progress.sh --log FILE [--rows N] [--jmh-eta] [--terminal COLUMNS | --plain]

Writes every line read to FILE and prints, from what JMH prints ("# Benchmark:", "# Parameters:",
"# Fork:", "# Run progress: X% complete, ETA ...", and the "Result" block after each row's forks):
  on a terminal  one line per finished benchmark class, and one status line redrawn in place:
                 row i of n, time elapsed and left, the row running and its fork, and the score of
                 the row that finished last;
  otherwise      one line per finished row (a CI log): row i of n, time elapsed and left, the row
                 and its score ("FAILED" when JMH reported a failure).
The time left is the time per finished row so far times the rows left; before a row has finished,
JMH's own estimate when --jmh-eta says it covers the whole run (one JMH run, not one per class).

Options:
  --log FILE          where JMH's full output goes (replaced)
  --rows N            the rows the run will measure (io.mcpbench.bench.cli.RowCount); unknown if empty
  --jmh-eta           JMH's "ETA" covers the whole run
  --terminal COLUMNS  draw as on a terminal this wide; --plain: as in a log (default: by standard output)
Exit: 0 once standard input ends, 2 usage, 3 when FILE cannot be written.
USAGE
}

log='' rows='' jmh_eta_whole=0 mode='' columns=''
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --log) need_value "$1" $#; log="$2"; shift 2 ;;
    --rows) need_value "$1" $#; rows="$2"; shift 2 ;;
    --jmh-eta) jmh_eta_whole=1; shift ;;
    --terminal) need_value "$1" $#; mode=terminal; columns="$2"; shift 2 ;;
    --plain) mode=plain; shift ;;
    *) usage_error "unknown argument $1" ;;
  esac
done
[[ -n "$log" ]] || usage_error "--log FILE is required"
[[ -z "$rows" || "$rows" =~ ^[0-9]+$ ]] || usage_error "--rows must be a number, got '$rows'"
[[ -z "$columns" || "$columns" =~ ^[0-9]+$ ]] || usage_error "--terminal needs a number of columns, got '$columns'"
if [[ -z "$mode" ]]; then
  if [[ -t 1 ]]; then
    mode=terminal
    exec 4>&1  # the terminal, for stty inside the command substitution
    columns="$(stty size <&4 2>/dev/null | cut -d' ' -f2)" || columns=''
    exec 4>&-
  else
    mode=plain
  fi
fi
[[ "$columns" =~ ^[0-9]+$ && "$columns" -ge 20 ]] || columns=80
: 2>/dev/null >"$log" || die "cannot write $log"
exec 3>"$log"

started=$SECONDS
started_rows=0 finished=0 failed=0
name='' params='' fork='' landed=1 expect_score=0 jmh_eta='' last=''
class='' class_rows=0 class_failed=0 class_started=$SECONDS
drawn_at=-1 status_shown=0

# clock SECONDS: 75 -> 1:15, 3725 -> 1:02:05.
clock() {
  local s=$1
  if ((s >= 3600)); then printf '%d:%02d:%02d' $((s / 3600)) $((s % 3600 / 60)) $((s % 60))
  else printf '%d:%02d' $((s / 60)) $((s % 60)); fi
}

# progress: "[ i/n] elapsed, ~left left": the row running (or last finished) of the rows planned.
progress() {
  local elapsed=$((SECONDS - started)) n="${rows:-?}" left="?"
  if [[ -n "$rows" ]] && ((finished > 0)); then
    left="~$(clock $((elapsed * (rows - finished) / finished)))"
    ((rows > finished)) || left="0:00"
  elif [[ -n "$jmh_eta" && "$jmh_eta_whole" == 1 ]]; then
    left="~$jmh_eta (JMH)"
  fi
  printf '[%*s/%s] %s, %s left' "${#n}" "$((started_rows > 0 ? started_rows : 0))" "$n" "$(clock "$elapsed")" "$left"
}

# short NAME: Class.method of a benchmark's full name.
short() {
  local rest="${1%.*}"
  printf '%s.%s' "${rest##*.}" "${1##*.}"
}

# status: redraws the terminal's status line (at most once a second unless FORCE is given): the
# progress, the score of the row that finished last, then the row running (cut first when too wide).
status() {
  [[ "$mode" == terminal ]] || return 0
  [[ "${1:-}" == force || "$drawn_at" != "$SECONDS" ]] || return 0
  drawn_at=$SECONDS
  local line
  line="$(progress)${last:+  last: $last}"
  if [[ -z "$name" ]]; then
    line+="  starting JMH"
  elif ((!landed)); then
    line+="  now: $(short "$name")${params:+ $params}${fork:+ $fork}"
  fi
  printf '\r\033[K%s' "${line:0:$((columns - 1))}"
  status_shown=1
}

# say LINE: a permanent line (above the status line on a terminal).
say() {
  if [[ "$mode" == terminal && "$status_shown" == 1 ]]; then printf '\r\033[K'; status_shown=0; fi
  printf '%s\n' "$1"
}

# class_done: on a terminal, the line of the benchmark class that just finished.
class_done() {
  [[ "$mode" == terminal && -n "$class" ]] || return 0
  local what="$class_rows row"
  ((class_rows == 1)) || what+="s"
  what+=" in $(clock $((SECONDS - class_started)))"
  ((class_failed == 0)) || what+=", $class_failed FAILED"
  say "$(printf '[%*s/%s] %s  %s: %s' "${#rows}" "$finished" "${rows:-?}" "$(clock $((SECONDS - started)))" \
    "$class" "$what")"
}

# row_done SCORE: the running row finished with SCORE (or FAILED).
row_done() {
  landed=1 expect_score=0
  finished=$((finished + 1)) class_rows=$((class_rows + 1))
  [[ "$1" != FAILED ]] || { failed=$((failed + 1)); class_failed=$((class_failed + 1)); }
  if [[ "$mode" == plain ]]; then
    say "$(progress)  $(short "$name")${params:+ $params}  $1"
  else
    last="${name##*.} $1"
    status force
  fi
}

# score LINE: the score of a "Result" block, "56.012 ±(99.9%) 1.234 ns/op [Average]" -> "56.012 ± 1.234 ns/op".
score() {
  local s="${1#"${1%%[! ]*}"}"
  s="${s#mean = }"
  s="${s#"${s%%[! ]*}"}"
  s="${s//±(99.9%)/±}"
  s="${s% \[*\]}"
  printf '%s' "$s"
}

while IFS= read -r line || [[ -n "$line" ]]; do
  printf '%s\n' "$line" >&3
  if ((expect_score)) && [[ -n "${line// /}" ]]; then
    case "$line" in
      *"N = "*) ;;  # SampleTime: the sample count comes before the mean
      *) row_done "$(score "$line")" ;;
    esac
    continue
  fi
  case "$line" in
    "# Benchmark: "*)
      ((landed)) || row_done "done"
      name="${line#"# Benchmark: "}" params='' fork='' landed=0
      started_rows=$((started_rows + 1))
      next_class="$(short "$name")"; next_class="${next_class%.*}"
      if [[ "$next_class" != "$class" ]]; then
        class_done
        class="$next_class" class_rows=0 class_failed=0 class_started=$SECONDS
      fi
      status force ;;
    "# Parameters: ("*)
      params="${line#"# Parameters: ("}"; params="${params%)}"; params="${params// = /=}"; params="${params//, /,}"
      status force ;;
    "# Run progress: "*"ETA "*) jmh_eta="${line##*ETA }" ;;
    "# Fork: "*) fork="fork ${line#"# Fork: "}"; fork="${fork/ of /\/}"; status force ;;
    "# Warmup Fork: "*) fork="warm-up fork ${line#"# Warmup Fork: "}"; fork="${fork/ of /\/}"; status force ;;
    "<failure>") ((landed)) || row_done FAILED ;;
    "Result \""*"\":") ((landed)) || expect_score=1 ;;
    *) status ;;
  esac
done
((landed)) || row_done "done"
class_done
if [[ "$mode" == terminal && "$status_shown" == 1 ]]; then printf '\r\033[K'; fi
summary="$finished row"
((finished == 1)) || summary+="s"
[[ -z "$rows" ]] || summary="$finished of $rows rows"
summary+=" in $(clock $((SECONDS - started)))"
((failed == 0)) || summary+=", $failed FAILED"
printf 'JMH: %s\n' "$summary"
