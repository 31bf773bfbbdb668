"""``python -m exhibit5`` runs the command line."""

from exhibit5.cli import app

app()
