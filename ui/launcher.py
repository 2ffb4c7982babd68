"""The `hearth` console script: no arguments opens the window, anything else is a headless CLI command.

Kept free of Qt imports so `hearth scan` starts fast and works where Qt cannot load.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] != "gui":
        from app.cli import main as cli_main

        return cli_main(args)
    from ui.application import run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
