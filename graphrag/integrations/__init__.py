"""Adapters to other frameworks. Each lives in its own module and imports its framework only
when that module is imported, so the CLI and the server never pay for them."""
