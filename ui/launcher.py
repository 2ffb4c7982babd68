"""The `hearth` console script: no arguments opens the window, anything else is a headless CLI command — except a
`hearth://` link as the only argument, which is how the desktop opens a "Use this model" link (the .desktop file's
`%u`, the Windows registry's `"%1"`): it goes to the window, or to the Hearth window already open.

Kept free of Qt imports so `hearth scan` starts fast and works where Qt cannot load.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    link = args[0] if len(args) == 1 and args[0].strip().lower().startswith("hearth:") else ""
    if args and args[0] != "gui" and not link:
        from app.cli import main as cli_main

        return cli_main(args)
    from ui.single_instance import hand_over_to_open_window  # Qt's network module only: quick

    if hand_over_to_open_window(link):
        return 0
    from ui.application import run

    return run(link=link)


if __name__ == "__main__":
    raise SystemExit(main())
