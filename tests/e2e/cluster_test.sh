#!/usr/bin/env bash
# The README's recipes for splitting a build across machines, run for real:
#   parallel  scripts/cluster/parallel-shards.sh with GNU parallel on this
#             machine's job slots, then over ssh to an sshd started on
#             localhost (where one can be started);
#   slurm     scripts/cluster/slurm-shards.sbatch as a job array on a
#             one-node Slurm cluster started here (munged, slurmctld and
#             slurmd as root; proctrack/linuxproc, no cgroup plugin), then the
#             merge job with a dependency on the array.
# Each checks that the merged graph has the bytes of one build of the corpus.
# Exits 77 (CTest: skipped) with the reason when the engine cannot run here.
# usage: cluster_test.sh parallel|slurm NEXUS_BINARY PROJECT_DIR
set -euo pipefail
engine=$1
nexus=$(realpath "$2")
project=$(realpath "$3")
out=$(mktemp -d)
pids=()
cleanup() {
  # The daemons we started, stopped and waited for (then killed), so that
  # none outlives the test or holds its folder.
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null || true
  done
  rm -rf "$out"
}
trap cleanup EXIT
cd "$out"
skip() {
  echo "SKIPPED: $*"
  exit 77
}
# The corpus: the sample and the dev set, one name with a space.
mkdir corpus
cp "$project/samples/S_2015_366.txt" "corpus/S 2015 366.txt"
cp "$project"/tests/data/devset/*.txt corpus/
"$nexus" build corpus --jobs 1 --output one.json --quiet
same() {
  cmp "$1" "$2" || { echo "FAIL: $3"; exit 1; }
  echo "ok   $3"
}
# A free TCP port on localhost.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

run_parallel() {
  command -v parallel >/dev/null || skip "GNU parallel is not installed (Debian: parallel)"
  NEXUS=$nexus "$project/scripts/cluster/parallel-shards.sh" corpus 5 local.json
  same one.json local.json "GNU parallel, 5 shards on local job slots, merged: the bytes of one build"
  # Over ssh, to an sshd of our own on localhost.
  if [ "$(id -u)" -ne 0 ] || [ ! -x /usr/sbin/sshd ]; then
    echo "SKIPPED (ssh part): needs root and openssh-server to start an sshd on localhost"
    return
  fi
  mkdir -p ssh /run/sshd
  ssh-keygen -q -t ed25519 -N '' -f ssh/host_key
  ssh-keygen -q -t ed25519 -N '' -f ssh/user_key
  cp ssh/user_key.pub ssh/authorized_keys
  local port
  port=$(free_port)
  cat > ssh/sshd_config <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $out/ssh/host_key
AuthorizedKeysFile $out/ssh/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PidFile $out/ssh/sshd.pid
CONF
  /usr/sbin/sshd -f ssh/sshd_config -E "$out/ssh/sshd.log" || skip "sshd does not start: $(cat ssh/sshd.log)"
  for _ in $(seq 50); do [ -s ssh/sshd.pid ] && break; sleep 0.1; done
  pids+=("$(cat ssh/sshd.pid)")
  local ssh_cmd="ssh -p $port -i $out/ssh/user_key -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
  $ssh_cmd root@127.0.0.1 true || { echo "SKIPPED (ssh part): no ssh login to localhost"; return; }
  NEXUS=$nexus SSHLOGINS="2/root@127.0.0.1" PARALLEL_SSH="$ssh_cmd" \
    "$project/scripts/cluster/parallel-shards.sh" corpus 4 remote.json
  same one.json remote.json "GNU parallel, 4 shards over ssh, merged: the bytes of one build"
}

run_slurm() {
  for c in munged slurmctld slurmd sbatch squeue; do
    command -v "$c" >/dev/null || skip "$c is not installed (Debian: slurm-wlm, munge)"
  done
  [ "$(id -u)" -eq 0 ] || skip "starting slurmctld and slurmd needs root"
  [ -r /etc/munge/munge.key ] || skip "no munge key (/etc/munge/munge.key)"
  mkdir -p munge state spool log
  cp /etc/munge/munge.key munge/key
  chmod 600 munge/key
  munged --force --key-file="$out/munge/key" --socket="$out/munge/socket" \
    --pid-file="$out/munge/pid" --log-file="$out/munge/log" --seed-file="$out/munge/seed" ||
    skip "munged does not start: $(cat munge/log 2>/dev/null)"
  pids+=("$(cat munge/pid)")
  local host
  host=$(hostname -s)
  cat > slurm.conf <<CONF
ClusterName=nexustest
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$out/munge/socket
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
StateSaveLocation=$out/state
SlurmdSpoolDir=$out/spool
SlurmctldPidFile=$out/slurmctld.pid
SlurmdPidFile=$out/slurmd.pid
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmctldLogFile=$out/log/slurmctld.log
SlurmdLogFile=$out/log/slurmd.log
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF=$out/slurm.conf
  slurmctld -i || skip "slurmctld does not start: $(tail -3 log/slurmctld.log 2>/dev/null)"
  for _ in $(seq 50); do [ -s slurmctld.pid ] && break; sleep 0.1; done
  pids+=("$(cat slurmctld.pid)")
  slurmd || skip "slurmd does not start: $(tail -3 log/slurmd.log 2>/dev/null)"
  for _ in $(seq 50); do [ -s slurmd.pid ] && break; sleep 0.1; done
  pids+=("$(cat slurmd.pid)")
  local idle=""
  for _ in $(seq 100); do
    idle=$(sinfo -h -o %t 2>/dev/null || true)
    [ "$idle" = idle ] && break
    sleep 0.2
  done
  [ "$idle" = idle ] || skip "the Slurm node is not idle ($idle): $(tail -3 log/slurmd.log)"
  # The README's recipe: the array, then the merge once every task succeeded.
  local array merge
  array=$(CORPUS=corpus NEXUS=$nexus sbatch --parsable --array=0-3 --cpus-per-task=1 \
            "$project/scripts/cluster/slurm-shards.sbatch")
  merge=$(sbatch --parsable --dependency=afterok:"$array" --output=merge.log \
            --wrap "$nexus merge part.*.json --output merged.json --quiet")
  for _ in $(seq 600); do
    [ -z "$(squeue -h -j "$array,$merge" 2>/dev/null)" ] && break
    sleep 0.2
  done
  [ -z "$(squeue -h -j "$array,$merge" 2>/dev/null)" ] || { squeue; echo "FAIL: Slurm jobs still queued after 120 s"; exit 1; }
  [ -e merged.json ] || { cat nexus-shard.*.log merge.log 2>/dev/null; echo "FAIL: the merge job wrote nothing"; exit 1; }
  [ "$(ls part.*.json | wc -l)" -eq 4 ] || { ls; echo "FAIL: not four parts"; exit 1; }
  same one.json merged.json "Slurm, a 4-task job array and a dependent merge job: the bytes of one build"
}

case $engine in
  parallel) run_parallel ;;
  slurm) run_slurm ;;
  *) echo "usage: cluster_test.sh parallel|slurm NEXUS PROJECT" >&2; exit 2 ;;
esac
echo "cluster test ($engine) passed"
