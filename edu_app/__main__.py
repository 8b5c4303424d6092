"""``python -m edu_app`` and the ``edu-app`` console script."""

from __future__ import annotations

import sys

from edu_app.cli import main as _main


def main() -> None:
    """Run the command line and exit with its code."""
    sys.exit(_main(sys.argv[1:]))


if __name__ == "__main__":
    main()
