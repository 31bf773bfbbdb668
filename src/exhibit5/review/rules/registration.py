"""E58xx: cross-checks of the letter against its registration statement (full submission)."""
