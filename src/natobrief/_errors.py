"""The exceptions natobrief raises: one base class that carries data."""

from __future__ import annotations

import bisect
import re

__all__ = ["BriefError", "BriefParseError", "SerializationError"]


class BriefError(ValueError):
    """Base class of every error natobrief raises on purpose.

    It subclasses :class:`ValueError`, so code that already guards against bad values
    catches it too.
    """


class BriefParseError(BriefError):
    """A brief's text could not be read.

    The position attributes are the API; the wording of :attr:`msg` is not.

    Attributes:
        msg: What was expected or what was wrong, in the reader's words.
        line: 1-based line number of the problem in the input text.
        column: 1-based column number of the problem on that line.
        offset: 0-based character offset of the problem in the input text.
    """

    def __init__(self, msg: str, line: int, column: int, offset: int = 0) -> None:
        super().__init__(msg, line, column, offset)
        self.msg = msg
        self.line = line
        self.column = column
        self.offset = offset

    def __str__(self) -> str:
        return f"{self.msg} (at line {self.line}, column {self.column})"

    @classmethod
    def at(cls, msg: str, text: str, offset: int) -> BriefParseError:
        """Build the error for ``offset`` in ``text``, computing its line and column."""
        line, column = line_and_column(text, offset)
        return cls(msg, line, column, offset)


class SerializationError(BriefError):
    """Data could not be turned into natobrief's model (or back).

    Attributes:
        errors: One message per bad field, each starting with the field's path,
            e.g. ``"commitments[3].status: 'maybe' is not a CommitmentStatus"``.
    """

    def __init__(self, errors: tuple[str, ...] | list[str]) -> None:
        errors = tuple(errors)
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        if len(self.errors) == 1:
            return self.errors[0]
        return f"{len(self.errors)} problems: " + "; ".join(self.errors)


_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns offsets into 1-based lines and columns; build once, ask many times.

    Line ends are ``\\n``, ``\\r\\n`` and a lone ``\\r``, as the reader counts them.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0, *(m.end() for m in _LINE_END.finditer(text))]

    def locate(self, offset: int) -> tuple[int, int]:
        """The line and column of ``offset``."""
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset`` in ``text``."""
    return LineIndex(text).locate(offset)
