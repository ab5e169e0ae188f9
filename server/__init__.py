"""The HTTP API (installed as graphrag.server): `create_app` in app.py, `graphrag serve` in cli.py."""
