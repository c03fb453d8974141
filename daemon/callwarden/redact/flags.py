"""The flag a mask raises: pci, pii or phi by what was masked, or none (a name, a date, a short number
nobody could name are masked but flag nothing on their own). The call's sensitive-data detector and
`callwarden redact` both read it here."""

from __future__ import annotations

from callwarden.bodies import PCI, PHI, PII
from callwarden.redact.readout import PII_NUMBER_RULES

SENSITIVE = {"pci_pan": PCI, "pci_cvv": PCI, "pci_expiry": PCI, "ssn": PII, "dob": PII, "pin": PII,
             "bank_account": PII, "email": PII, "phone": PII, "address": PII, "phi": PHI}


def flag_of(entity: str, rule: str | None) -> str | None:
    """pii too for a long number nothing could name (a ZIP or an account whose context word ASR lost,
    read out in pieces or keyed when asked for): the caller did give personal data."""
    if entity in SENSITIVE:
        return SENSITIVE[entity]
    return PII if rule in PII_NUMBER_RULES else None
