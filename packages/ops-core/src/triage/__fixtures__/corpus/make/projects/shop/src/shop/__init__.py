"""A tiny shop used to produce triage fixtures."""
