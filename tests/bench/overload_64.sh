#!/usr/bin/env bash
# Overload fault run: 64 concurrent SIP calls with rendered speech through Kamailio for 5 minutes each,
# arriving over 2 minutes. Counts answered, refused (503 + Retry-After), failed and half-served calls
# (answered, then not carried through), with endpoint -> final percentiles of the answered ones.
# JSON report on stdout, progress on stderr. CALLS, DURATION_S, MAX_CALLS, STAGGER_S override.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup >/dev/null
exec .venv/bin/callwarden bench sipload --levels "${CALLS:-64}" --duration-s "${DURATION_S:-300}" \
    --max-calls "${MAX_CALLS:-64}" --stagger-s "${STAGGER_S:-120}" --no-stock --json
