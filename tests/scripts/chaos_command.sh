#!/bin/sh
# The command of the chaos test's tasks: chaos_command.sh DIR TASK SECONDS
# It holds the task's flock witness for its whole life (and so does a descendant that leaves
# its process group with setsid), so a second copy of the task running beside it is seen as an
# overlap. It writes "start", then "end" if it ran to its end or "term" if it was stopped.
dir=$1 task=$2 seconds=$3
id=${CXCRON_RUN_ID:?CXCRON_RUN_ID is not set}
exec 9>>"$dir/lock.$task"
if ! flock -n 9; then
    echo "$task $id $(date +%s)" >>"$dir/overlaps"
    exit 3
fi
echo "start $task $id $(date +%s)" >>"$dir/journal"
trap 'echo "term $task $id $(date +%s)" >>"$dir/journal"; exit 143' TERM INT HUP
# A descendant that escapes the process group, still holding the witness: it must end with
# the run however the run ends.
setsid sleep "$seconds" &
sleep "$seconds" &
wait $!
echo "end $task $id $(date +%s)" >>"$dir/journal"
