"""Test SIP callers built on pjsua2 (kept in a folder named sip/, like every pjsua2 user)."""
