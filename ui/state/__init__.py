"""The app's state, each piece with one owner built in ui/application.py; views receive it and subscribe."""
