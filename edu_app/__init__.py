"""Eczema Explained: an offline patient-education program about eczema and UC-MSC therapy."""

__version__ = "0.1.0"
