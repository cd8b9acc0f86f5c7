#!/usr/bin/env bash
# Frame cost of this app next to the original (LMCache's kvcache-view), in one run, both Chromium
# GL modes, measured by ../shared/tools/frame-cost, each page then traced for its script's own CPU
# time (html/perf/script-cpu.mjs); prints one JSON object. Not part of `verify`:
# it needs Node, npm, Chromium and an otherwise idle machine (the figures are only comparable
# within one run). Build the web app first: ./mvnw -q -pl html -am package -DskipTests
#
# usage: html/perf/frame-cost-compare.sh [--seconds N] [--warmup N] [--rounds N]
# env:   FRAME_COST_TOOL (default ../shared/tools/frame-cost), PEER_DIR (default ../shared/peer/kvcache-view),
#        WEB_DIR (default html/target/kvcache-web), CHROMIUM (default /usr/bin/chromium)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tool=${FRAME_COST_TOOL:-$root/../shared/tools/frame-cost}
peer=${PEER_DIR:-$root/../shared/peer/kvcache-view}
web=${WEB_DIR:-$root/html/target/kvcache-web}
seconds=8 warmup=6 rounds=1
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "frame-cost-compare: unknown option '$1' (use --seconds N, --warmup N, --rounds N)" >&2; exit 2 ;;
  esac
done
for need in node npm python3; do
  command -v "$need" >/dev/null || { echo "frame-cost-compare: needs $need" >&2; exit 2; }
done
[ -f "$tool/frame-cost.mjs" ] || { echo "frame-cost-compare: no frame-cost tool at $tool (set FRAME_COST_TOOL)" >&2; exit 2; }
[ -f "$peer/inference.html" ] || { echo "frame-cost-compare: no original at $peer (set PEER_DIR)" >&2; exit 2; }
[ -f "$web/index.html" ] || { echo "frame-cost-compare: no web build at $web (build it first, or set WEB_DIR)" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cp "$tool"/*.mjs "$tool"/package*.json "$work"/
cp "$root/html/perf/script-cpu.mjs" "$work"/
(cd "$work" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) \
  || { echo "frame-cost-compare: npm ci failed in $work (is the npm registry reachable?)" >&2; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
ours_port=$(free_port); peer_port=$(free_port); floor_port=$(free_port)
(cd "$web" && exec python3 -m http.server "$ours_port" --bind 127.0.0.1 >/dev/null 2>&1) & pids+=($!)
(cd "$peer" && exec python3 -m http.server "$peer_port" --bind 127.0.0.1 >/dev/null 2>&1) & pids+=($!)
(cd "$root/html/perf/floor" && exec python3 -m http.server "$floor_port" --bind 127.0.0.1 >/dev/null 2>&1) & pids+=($!)
sleep 1

ours="http://127.0.0.1:$ours_port/index.html"
original="http://127.0.0.1:$peer_port/inference.html"
# The issue's scenario (the original's own defaults, once Play is pressed; it needs two GPUs, so ours
# opens on the cluster view), the same on one GPU (the die view), our worst one, and the scenario on
# the largest cluster preset (100,000 GPUs: the cluster view at its most tiles).
# Then the machine's floor in the same run: a bare WebGL canvas cleared each frame, and the same with one
# flat blended quad over the 42% of the window our scene repaints, its buffer kept (html/perf/floor).
declare -a names=(original ours oursDie oursWorst oursLargest floorClear floorScene)
declare -A urls=([original]="$original" [ours]="$ours?batch=8&context=131072&speed=50&fa=1"
  [oursDie]="$ours?batch=8&context=131072&speed=50&fa=1&gpus=1"
  [oursWorst]="$ours?batch=32&context=100000000&speed=100&fa=1"
  [oursLargest]="$ours?batch=8&context=131072&speed=50&fa=1&cluster=xai-colossus"
  [floorClear]="http://127.0.0.1:$floor_port/clear.html"
  [floorScene]="http://127.0.0.1:$floor_port/fill.html?layers=1&blend=1&cover=0.42&preserve=1")
declare -A extra=([original]="--click Play" [ours]="" [oursDie]="" [oursWorst]="" [oursLargest]="" [floorClear]="" [floorScene]="")
results="$work/results.jsonl"
: > "$results"
for round in $(seq 1 "$rounds"); do
  for mode in swiftshader off; do
    for name in "${names[@]}"; do
      # Alternating pages within a round, so a slow spell of the machine falls on both.
      line=$( (if [ "$mode" = off ]; then export PERF_GL=off; fi
               node "$work/frame-cost.mjs" "${urls[$name]}" ${extra[$name]} --seconds "$seconds" --warmup "$warmup") )
      # The script's own CPU time beside its wall time (a trace of the same page, right after): under
      # SwiftShader the wall time includes waiting for a core the GPU process holds.
      cpu=$( (if [ "$mode" = off ]; then export PERF_GL=off; fi
              node "$work/script-cpu.mjs" "${urls[$name]}" ${extra[$name]} --seconds "$seconds" --warmup "$warmup") )
      echo "{\"round\":$round,\"mode\":\"$mode\",\"page\":\"$name\",\"result\":$line,\"script\":$cpu}" >> "$results"
    done
  done
done
node - "$results" "$seconds" "$warmup" <<'JS'
const fs = require('fs');
const [file, seconds, warmup] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map(JSON.parse);
const out = {scenario: 'batch 8, 128K, 50x, FlashAttention on, 1600x1000 (original: its defaults, Play pressed)',
  die: 'ours only: the scenario on one GPU (gpus=1), the die view', worst: 'ours only: batch 32, 100M, 100x',
  largest: 'ours only: the scenario on the 100,000-GPU cluster preset (cluster=xai-colossus)',
  floor: 'floorClear: a bare WebGL canvas cleared each frame; floorScene: plus one flat blended quad over 42% of the window, buffer kept', seconds: +seconds, warmup: +warmup, modes: {}};
for (const r of rows) {
  const m = out.modes[r.mode] || (out.modes[r.mode] = {});
  (m[r.page] || (m[r.page] = [])).push({fps: +r.result.fps.toFixed(1), cpuMsPerFrame: +r.result.cpuMsPerFrame.toFixed(1),
    scriptMsPerFrame: +r.result.scriptMsPerFrame.toFixed(2), taskMsPerFrame: +r.result.taskMsPerFrame.toFixed(2),
    cpuCores: +r.result.cpuCores.toFixed(2), errors: r.result.errors.length,
    // null when the trace caught no animation frame (a page stalled for the whole trace)
    tracedScriptWallMsPerFrame: r.script.frames ? +r.script.scriptWallMsPerFrame.toFixed(2) : null,
    tracedScriptCpuMsPerFrame: r.script.frames ? +r.script.scriptCpuMsPerFrame.toFixed(2) : null});
}
console.log(JSON.stringify(out));
JS
