"""Errors the CLI turns into one-line messages."""


class PeristiwaError(Exception):
    """An error with a message fit to show a user as it is."""


class UnsupportedLanguage(PeristiwaError):
    def __init__(self, lang: str, name: str = "", where: str = "") -> None:
        self.lang = lang
        what = f"{name} ({lang})" if name else lang
        prefix = f"{where}: " if where else ""
        super().__init__(
            f"{prefix}text looks like {what}, which peristiwa does not code; "
            "use --lang id or --lang en to force a language"
        )


class InputError(PeristiwaError):
    """Bad input: names the file (and line) and what is wrong with it."""
