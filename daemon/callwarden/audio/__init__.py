"""Call audio: frames, endpointing, the recording.

FRAME_MS is the call's audio clock (one RTP frame, the prompt port's ptime, the detectors'
step); it is defined here once, in a module with no imports, so SIP, detectors and the
agent can share it without pulling in numpy."""

FRAME_MS = 20
