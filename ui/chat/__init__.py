"""The chat's state and its reply stream, apart from the widgets that show them."""
