"""Errors a user can act on: the CLI prints their message, the server maps them to 4xx/503."""


class UserError(Exception):
    """Bad input or configuration, explained in the message; no traceback is shown."""


class NotFound(UserError):
    """A graph, entity or job that does not exist."""


class NoGraph(NotFound, FileNotFoundError):
    """No graph in the directory a command was pointed at (callers may catch either base)."""


class BackendUnavailable(UserError):
    """A graph server or LLM endpoint cannot be reached."""


class SettingsError(UserError, ValueError):
    """A setting or per-question parameter that does not exist or cannot be read."""
