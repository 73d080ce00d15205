"""Warta's errors: every message names the input and, where there is one, the fix."""


class WartaError(Exception):
    """Base class of every error Warta raises on purpose."""


class BadInput(WartaError):
    """An input (file, URL, record) cannot be read or holds no article."""


class LangDataError(WartaError):
    """A language data file under warta/lang/ is missing or malformed."""


class StoreError(WartaError):
    """The database cannot be opened, migrated or written."""


class ConfigError(WartaError):
    """A setting has an invalid value."""


class InvalidParameter(WartaError):
    """A query or command parameter has a value Warta cannot use."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"parameter {name!r}: {message}")
        self.name = name


class NotFound(WartaError):
    """The article, actor or page asked for does not exist."""
