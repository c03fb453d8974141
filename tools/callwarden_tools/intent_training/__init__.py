"""Builds the shipped intent model from generated, labelled turns (see __main__.py)."""
