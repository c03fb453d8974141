"""SIP: the only package that imports pjsua2."""
