"""Clinician mode: explain steps, draw on them, show a patient screen, hand over the visit."""
