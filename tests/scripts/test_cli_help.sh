#!/usr/bin/env bash
# The command line as a Unix tool: "cxcron COMMAND --help" prints that command's usage, options
# and examples under the program's name (not the path it ran from); a write error on stdout is an
# error (/dev/full); an unknown --lang is refused with the list; the bash completion completes
# commands, options and task names; the man pages pass mandoc -Tlint, document every environment
# variable the sources read and name only pages that exist.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
src=$(cd "$(dirname "$0")/../.." && pwd)
cxl() { LANG=C.UTF-8 LC_ALL=C.UTF-8 "$CXCRON_BINARY" --lang en "$@"; }

db="$TMP/demo.sqlite"
cxl demo-db --path "$db" >/dev/null || fail "demo-db failed"

# --- per-command help -------------------------------------------------------------------------
main_help=$(cxl --help)
first=$(head -1 <<<"$main_help")
[[ $first == "Usage: cxcron "* ]] || fail "--help's usage line shows '$first', not the program's name"
commands="run list history show cancel prune set task discover migrate crontab demo-db alert metrics"
for c in $commands; do
    grep -q "^  $c " <<<"$main_help" || fail "cxcron --help does not list '$c'"
    out=$(cxl "$c" --help) || fail "cxcron $c --help exited non-zero"
    [[ $(head -1 <<<"$out") == "Usage: cxcron [options] $c"* ]] || fail "$c --help usage: $(head -1 <<<"$out")"
    grep -q "^Examples:" <<<"$out" || fail "$c --help has no examples"
    grep -q "^  cxcron $c" <<<"$out" || fail "$c --help's examples do not use $c"
    [ "$out" != "$main_help" ] || fail "$c --help prints the general help"
done
cxl history --help | grep -q -- "--since" || fail "history --help lacks --since"
if cxl history --help | grep -q -- "--keep-days"; then fail "history --help lists prune's --keep-days"; fi
if cxl demo-db --help | grep -q -- "--database"; then fail "demo-db --help lists connection options it ignores"; fi
# Same answer through a symlink of another name: the name typed, never the target's path.
ln -s "$CXCRON_BINARY" "$TMP/cxc"
[[ $("$TMP/cxc" --lang en --help | head -1) == "Usage: cxc [options]"* ]] || fail "usage does not show the name typed"

# --- write errors -----------------------------------------------------------------------------
if [ -w /dev/full ]; then
    rc=0
    cxl --database "sqlite:$db" history --csv --limit 0 >/dev/full 2>"$TMP/full.err" || rc=$?
    [ "$rc" -ne 0 ] || fail "history --csv > /dev/full exited 0"
    grep -q "cannot write the output" "$TMP/full.err" || fail "no message for the write error: $(cat "$TMP/full.err")"
    rc=0
    cxl --help >/dev/full 2>/dev/null || rc=$?
    [ "$rc" -ne 0 ] || fail "--help > /dev/full exited 0"
    cxl --database "sqlite:$db" history --csv --limit 0 >/dev/null || fail "history --csv > /dev/null failed"
else
    note "no writable /dev/full: write-error part not run"
fi

# --- --lang -----------------------------------------------------------------------------------
rc=0
"$CXCRON_BINARY" --lang de --database "sqlite:$db" list >"$TMP/de.out" 2>"$TMP/de.err" || rc=$?
[ "$rc" -eq 2 ] || fail "--lang de exited $rc, not 2 (usage)"
grep -q "en, fr" "$TMP/de.err" || fail "--lang de does not list the languages: $(cat "$TMP/de.err")"
[ ! -s "$TMP/de.out" ] || fail "--lang de still ran the command"
cxl task add langcheck --schedule 1h --database "sqlite:$db" -- /bin/echo --lang de >/dev/null ||
    fail "a task's own --lang argument after -- was taken as cxcron's"

# --- bash completion --------------------------------------------------------------------------
bc=/usr/share/bash-completion/bash_completion
if [ -r "$bc" ]; then
    complete_words() { # complete_words WORD... — prints the completions of the last word
        # As bash splits the line: ':' is a word of its own (COMP_WORDBREAKS).
        bash -c '
            source "$1"; source "$2"; shift 2
            COMP_WORDS=()
            for w in "$@"; do
                while [[ $w == *:* ]]; do
                    [[ -n ${w%%:*} ]] && COMP_WORDS+=("${w%%:*}")
                    COMP_WORDS+=(":")
                    w=${w#*:}
                done
                [[ -n $w || ${#COMP_WORDS[@]} -eq 0 || ${COMP_WORDS[-1]} != ":" ]] && COMP_WORDS+=("$w")
            done
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _cxcron; printf "%s\n" "${COMPREPLY[@]}"' _ "$bc" "$src/resources/completion/cxcron" "$@"
    }
    complete_words "$CXCRON_BINARY" hi | grep -qx history || fail "completion: 'hi' does not give history"
    complete_words "$CXCRON_BINARY" history --st | grep -qx -- --state || fail "completion: history --st"
    if complete_words "$CXCRON_BINARY" history --keep | grep -q .; then fail "completion: history offers prune's options"; fi
    complete_words "$CXCRON_BINARY" --database "sqlite:$db" run langch | grep -qx langcheck ||
        fail "completion: task names of the database on the line: $(complete_words "$CXCRON_BINARY" --database "sqlite:$db" run langch)"
    complete_words "$CXCRON_BINARY" task "" | grep -qx remove || fail "completion: task sub-commands"
else
    note "bash-completion is not installed: completion part not run"
    [ "${CI:-}" = true ] && fail "bash-completion is required in CI (scripts/install-deps.sh)"
fi

# --- man pages --------------------------------------------------------------------------------
command -v mandoc >/dev/null || fail "mandoc is missing (apt-get install mandoc)"
for page in "$src/docs/cxcron.1" "$src/docs/cxcron-gui.1"; do
    lint=$(mandoc -Tlint "$page" 2>&1) || true
    [ -z "$lint" ] || fail "mandoc -Tlint $(basename "$page"): $lint"
    # SEE ALSO names pages of this project or pages installed here.
    sed -n '/^\.SH SEE ALSO/,/^\.SH/p' "$page" | sed -n 's/^\.BR \([^ ]*\) (\([0-9]\)).*/\1 \2/p' |
        while read -r name section; do
            name=${name//\\-/-}
            [ -e "$src/docs/$name.$section" ] || man -w "$section" "$name" >/dev/null 2>&1 ||
                fail "$(basename "$page") names $name($section), which does not exist"
        done
done
# Every variable the sources read from the environment is in the man page's ENVIRONMENT.
env_section=$(sed -n '/^\.SH ENVIRONMENT/,/^\.SH EXAMPLES/p' "$src/docs/cxcron.1")
vars=$(grep -rhoE '(qEnvironmentVariable[A-Za-z]*|qgetenv|getenv|envInt|setting)\((env, )?"[A-Z][A-Z0-9_]+"' \
    "$src/src/core" "$src/src/cli" | grep -oE '"[A-Z][A-Z0-9_]+"' | tr -d '"' | sort -u)
[ -n "$vars" ] || fail "found no environment variable in the sources (pattern out of date?)"
for v in $vars; do
    grep -q "$v" <<<"$env_section" || fail "the man page's ENVIRONMENT does not document $v"
done
pass "per-command help, program name, /dev/full, --lang, completion, man pages ($(wc -w <<<"$vars") variables)"
