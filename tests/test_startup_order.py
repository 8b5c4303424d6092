"""The plain start loads configuration and content before PySide6 is imported.

PySide6 installs an import hook that inspects every module imported after it, so the Qt-free
loading must come first (see ``edu_app.startup``). This starts the real command line in a child
process and looks at ``sys.modules`` as content loading begins and ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent("""
    import sys
    import edu_app.startup as startup

    real = startup.load_everything

    def qt():
        return sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))

    def probe(*args, **kwargs):
        print("QT_BEFORE", qt(), flush=True)
        loaded = real(*args, **kwargs)
        print("QT_AFTER", qt(), flush=True)
        print("LANGUAGES", sorted(loaded.library.languages), flush=True)
        raise SystemExit(0)  # stop before the window

    startup.load_everything = probe
    from edu_app.cli import main
    sys.exit(main([]))
""")


def test_content_loads_before_pyside6_is_imported(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_STATE_HOME=str(tmp_path / "state"), EDU_APP_LOG_DIR=str(tmp_path / "logs"),
               EDU_APP_CONFIG=str(tmp_path / "none.toml"))
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "QT_BEFORE []" in lines
    assert "QT_AFTER []" in lines
    assert "LANGUAGES ['en', 'th']" in lines  # the real content was loaded
