#!/usr/bin/env bash
# ASR benchmark: JSON report on stdout, progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup >/dev/null
exec .venv/bin/callwarden bench asr --utterances "${1:-36}" --json
