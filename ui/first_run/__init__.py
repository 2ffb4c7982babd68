"""The first-run flow: welcome → this computer → three models → download → the first chat (app/first_run.py)."""
