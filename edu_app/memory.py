"""Give freed memory back to the system, so a kiosk that runs for days stays flat.

glibc keeps freed heap pages for reuse; ``malloc_trim`` returns them. Elsewhere this is a no-op.
"""

from __future__ import annotations

import gc
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: only when memory is first given back, never at start-up

    try:
        library = ctypes.CDLL("libc.so.6")
        return library if hasattr(library, "malloc_trim") else None
    except OSError:
        return None


def release() -> bool:
    """Collect garbage and return free heap memory to the system; True if trimmed."""
    gc.collect()
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
