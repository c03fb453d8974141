"""Routing: flags -> action (auto, escalate, ticket, end). Pure; call control lives in sip/."""
