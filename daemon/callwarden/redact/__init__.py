"""Redaction: entity finders, spoken-number assembly, a per-call redactor that fails closed."""
