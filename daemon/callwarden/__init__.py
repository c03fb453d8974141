"""callwarden: an on-premises SIP call appliance (see README.md)."""

__version__ = "0.1.0"
