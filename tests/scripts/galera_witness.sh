#!/bin/sh
# The command of test_galera.sh's command tasks: galera_witness.sh TASK SECONDS|hold.
# Appends "TASK HOST NOW PID" to runs (HOST and NOW are the runner's CXCRON_HOSTNAME and
# CXCRON_NOW, which name the slot), holds TASK.lock while it works and appends a line to overlaps
# when another execution of the same task holds it. "hold" works while the file hold exists
# (120 s at most).
task=$1
work=$2
dir=$(dirname "$0")
exec 9>>"$dir/$task.lock"
if ! flock -n 9; then
    echo "$task $CXCRON_HOSTNAME $CXCRON_NOW $$" >>"$dir/overlaps"
fi
echo "$task $CXCRON_HOSTNAME $CXCRON_NOW $$" >>"$dir/runs"
if [ "$work" = hold ]; then
    i=0
    while [ -e "$dir/hold" ] && [ "$i" -lt 1200 ]; do
        sleep 0.1
        i=$((i + 1))
    done
else
    sleep "$work"
fi
echo "$task $CXCRON_HOSTNAME $CXCRON_NOW $$" >>"$dir/ends"
