"""`callwarden phone`: a small test softphone on the local microphone and speaker (softphone.py)."""
