"""Hearth's window: PySide6 views over the `app/` core. Thin: it shows state and forwards intent."""
