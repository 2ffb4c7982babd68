"""`python -m app ...` runs the headless CLI without needing the GUI package."""

from app.cli import main

raise SystemExit(main())
