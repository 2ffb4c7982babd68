"""The first-run flow: welcome → this computer → three models → download → the first chat (app/models/first_run.py)."""
