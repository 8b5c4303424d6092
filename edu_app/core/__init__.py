"""Everything that can be decided without Qt: content, rendering to HTML, search, settings.

This package never imports PySide6 nor anything of the program above it: import-linter checks
every import (``make imports``, contracts in pyproject.toml) and ``tests/core/test_layering.py``
checks that importing it loads no Qt.
"""
