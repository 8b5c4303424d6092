"""Printed handouts: laying out core.handout HTML on paper (PDF, printer)."""
