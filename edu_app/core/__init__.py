"""Everything that can be decided without Qt: content, rendering to HTML, search, settings.

This package never imports PySide6; ``tests/core/test_layering.py`` enforces it.
"""
