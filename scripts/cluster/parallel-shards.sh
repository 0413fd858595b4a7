#!/bin/bash
# A Nexus build split into N shards run by GNU parallel, on this machine's
# job slots or on other hosts over ssh, then merged into one graph:
#
#   cd /data/reports        # CORPUS below it, at the same path on every host
#   scripts/cluster/parallel-shards.sh corpus 16 graph.json            # local slots
#   SSHLOGINS=2/host1,2/host2 scripts/cluster/parallel-shards.sh corpus 16 graph.json
#
# usage: parallel-shards.sh CORPUS SHARDS OUTPUT
# Environment: NEXUS (default nexus, on every host's PATH), SSHLOGINS
# (parallel's --sshlogin; default ':' for this machine), PARALLEL_SSH (the ssh
# command parallel runs, e.g. 'ssh -p 2222'). The shard lists and the parts
# (shard.K, shard.K.json) are written in the current folder, which the hosts
# must share. The documents are listed sorted with relative paths, so the
# merged graph has the bytes of one build of CORPUS.
set -euo pipefail
corpus=$1
shards=$2
output=$3
nexus=${NEXUS:-nexus}
rm -f shard.*
find "$corpus" \( -name '*.txt' -o -name '*.md' \) -type f | LC_ALL=C sort |
  awk -v n="$shards" '{ print > sprintf("shard.%04d", (NR - 1) % n) }'
ssh_args=()
[ -z "${PARALLEL_SSH:-}" ] || ssh_args=(--ssh "$PARALLEL_SSH")
# Each job reads its list with mapfile, so that paths may hold spaces.
ls shard.???? | parallel --halt now,fail=1 -S "${SSHLOGINS:-:}" "${ssh_args[@]}" --workdir "$PWD" \
  bash -c "'mapfile -t d < \"\$1\"; exec \"\$2\" build \"\${d[@]}\" --jobs 1 --partial --output \"\$1.json\" --quiet'" _ {} "$nexus"
"$nexus" merge shard.????.json --output "$output" --quiet
