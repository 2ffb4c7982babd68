"""The frozen app's entry point: the same launcher as the `hearth` console script (window, or a CLI command)."""

from ui.launcher import main

raise SystemExit(main())
