"""The one exception thainews raises for bad input and bad options."""

from __future__ import annotations


class Error(ValueError):
    """Input or options thainews cannot use.

    Attributes:
        code: what kind of failure: ``"invalid_input"`` (invalid UTF-8, bytes
            undefined in the named encoding, binary data, no text),
            ``"input_too_large"``, ``"invalid_argument"``, ``"data_error"``,
            ``"io_error"`` or ``"internal"``.
        offset: where the input went wrong, when known: a byte offset for
            ``bytes`` input, a code-point index for ``str`` input.
        index: for ``extract_batch``, which input failed.
    """

    def __init__(self, message: str, code: str = "invalid_input",
                 offset: int | None = None, index: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.offset = offset
        self.index = index

    def __reduce__(self):
        return (type(self), (self.message, self.code, self.offset, self.index))

    def __repr__(self) -> str:
        return f"thainews.Error({self.message!r}, code={self.code!r}, offset={self.offset!r})"
