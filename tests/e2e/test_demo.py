"""`callwarden demo` end to end, exactly as the README's quick start runs it."""

from __future__ import annotations

import re
import subprocess
import sys


def test_demo_places_a_call_and_reports():
    out = subprocess.run([sys.executable, "-m", "callwarden.cli", "demo"], capture_output=True, text=True,
                         timeout=400)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    text = out.stdout
    # The caller is shown as [privacy] keeps it by default: a keyed hash, the trunk host kept.
    assert re.search(r"call.start\s+call from sip:h-[0-9a-f]{16}@127.0.0.1", text), text[-2000:]
    assert "tts.start        speaking: \"Hello, you are speaking with an automated assistant" in text
    assert len(re.findall(r"utterance.final", text)) == 4
    assert "We are open Monday to Friday" in text                 # the scripted intent answered
    assert "ended: agent_end" in text                             # "goodbye": the agent hangs up
    assert "utterances: 4 (script: 4 sentences)" in text
    wer = float(re.search(r"WER against the script: ([\d.]+) %", text).group(1))
    assert wer <= 15.0
    assert re.search(r"endpoint -> final latency: p50 \d+ ms, p95 \d+ ms", text)
    assert "caller heard the greeting: yes" in text
