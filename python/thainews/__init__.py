"""thainews: what Thai government news releases say.

>>> import thainews
>>> article = thainews.extract(open("release.txt", encoding="utf-8").read())
>>> article.headline, [d.value for d in article.dates]
>>> thainews.segment("ผู้ว่าราชการจังหวัดลพบุรีเป็นประธาน")
['ผู้', 'ว่า', 'ราชการ', 'จังหวัด', 'ลพบุรี', 'เป็น', 'ประธาน']
>>> thainews.gazetteer.province("โคราช").code
'TH-30'

For many articles, build one Extractor and use ``extract_batch`` (all cores,
the GIL released) or ``iter_extract`` (streaming, bounded memory).
Offsets are code points: ``article.text[x.start:x.end] == x.text``.
Bad input raises ``thainews.Error`` with ``.code`` and ``.offset``.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Iterable, Iterator, List, Optional, Sequence, Union

from . import _thainews
from ._errors import Error
from ._gazetteer import Gazetteer, Place, gazetteer
from ._types import (Article, Attendance, Date, District, Event, EventDate, IssueList, Official,
                     Province, Subdistrict, Venue, to_dataframe)

__all__ = [
    "Article", "Attendance", "Date", "District", "Error", "Event", "EventDate", "Extractor",
    "Gazetteer", "IssueList", "Official", "Place", "Province", "Segmenter", "Subdistrict", "Token",
    "Venue", "extract", "gazetteer", "segment", "to_dataframe", "__version__",
]

__version__: str = _thainews.version()

Text = Union[str, bytes]

_DEFAULT_MAX_BYTES = 64 << 20


class Token:
    """One token of ``Segmenter.tokenize``: its text, code-point span and kind."""

    __slots__ = ("text", "start", "end", "kind")

    def __init__(self, text: str, start: int, end: int, kind: str) -> None:
        self.text, self.start, self.end, self.kind = text, start, end, kind

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end, self.kind) == (
            other.text, other.start, other.end, other.kind)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end, self.kind))


class Segmenter:
    """Thai word segmentation. Immutable; share one across threads freely.

    Args:
        engine: ``"default"`` (our own, ``"thainews"``), ``"thainews"``,
            ``"libthai"`` or ``"icu"``.
        granularity: ``"fine"`` (as the gold standards cut words) or
            ``"compound"`` (domain words such as ``ผู้ว่าราชการจังหวัด`` whole).
        words: extra words to keep whole; the default engine honours them
            wherever they occur, even where it would cut the letters otherwise.
        dictionary: a file of extra words, one per line.
        data_dir: read data files from this directory instead of the built-in copies.
    """

    def __init__(self, engine: str = "default", granularity: str = "fine",
                 words: Optional[Iterable[str]] = None, dictionary: Optional[str] = None,
                 data_dir: Optional[str] = None) -> None:
        self._native = _thainews.Segmenter(engine, granularity, list(words or ()),
                                           os.fspath(dictionary) if dictionary else "",
                                           os.fspath(data_dir) if data_dir else "")

    @property
    def engine(self) -> str:
        """The engine in use: "thainews", "libthai" or "icu"."""
        return self._native.engine

    def segment(self, text: Text, keep_whitespace: bool = True) -> List[str]:
        """The words of ``text``; with whitespace kept, they join back to ``text``."""
        return self._native.segment(text, keep_whitespace)

    def tokenize(self, text: Text) -> List[Token]:
        """Tokens with code-point offsets and a kind: thai, abbreviation, number,
        latin, space, punct or other."""
        return [Token(*t) for t in self._native.tokenize(text)]


_segmenters: dict = {}
_segmenters_lock = threading.Lock()


def segment(text: Text, engine: str = "default", granularity: str = "fine",
            keep_whitespace: bool = True) -> List[str]:
    """Split ``text`` into words with a shared ``Segmenter``."""
    key = (engine, granularity)
    segmenter = _segmenters.get(key)
    if segmenter is None:
        with _segmenters_lock:
            segmenter = _segmenters.get(key)
            if segmenter is None:
                segmenter = _segmenters[key] = Segmenter(engine, granularity)
    return segmenter.segment(text, keep_whitespace)


class Extractor:
    """Finds dates, officials, places, attendance and issues in news releases.

    Build one and keep it: it loads its data once. It is immutable and safe to
    use from many threads at once.

    Args:
        engine: segmentation engine, ``"default"`` (``"thainews"``),
            ``"thainews"``, ``"libthai"`` or ``"icu"``.
        words: extra words for the segmenter to keep whole.
        dictionary: a file of extra words, one per line.
        encoding: how ``bytes`` input is encoded: ``"utf-8"``, ``"tis-620"``
            (also Windows-874) or ``"auto"``. ``str`` input needs none.
        errors: ``"strict"`` (invalid bytes raise ``Error``) or ``"replace"``
            (they become U+FFFD).
        max_bytes: larger inputs raise ``Error`` with code ``input_too_large``.
        data_dir: read data files from this directory instead of the built-in copies.
    """

    def __init__(self, engine: str = "default", words: Optional[Iterable[str]] = None,
                 dictionary: Optional[str] = None, encoding: str = "utf-8",
                 errors: str = "strict", max_bytes: int = _DEFAULT_MAX_BYTES,
                 data_dir: Optional[str] = None) -> None:
        if max_bytes <= 0:
            raise Error(f"max_bytes must be positive, got {max_bytes}", "invalid_argument")
        self._native = _thainews.Extractor(engine, list(words or ()),
                                           os.fspath(dictionary) if dictionary else "",
                                           encoding, errors, int(max_bytes),
                                           os.fspath(data_dir) if data_dir else "")

    @property
    def engine(self) -> str:
        return self._native.engine

    def extract(self, text: Text, *, encoding: Optional[str] = None,
                errors: Optional[str] = None, source: Optional[str] = None) -> Article:
        """Extract from one article (``str``, or ``bytes`` in ``encoding``).

        Raises ``Error`` for invalid bytes (with ``.offset``), binary data,
        empty text, or text over ``max_bytes``.
        """
        raw_json, decoded = self._native.extract(text, encoding, errors)
        return Article._from_json(raw_json, decoded, source)

    def extract_file(self, path: Union[str, os.PathLike], *, encoding: Optional[str] = None,
                     errors: Optional[str] = None) -> Article:
        """Extract from a file, read as bytes; ``source`` is the path."""
        with open(path, "rb") as f:
            data = f.read()
        try:
            return self.extract(data, encoding=encoding, errors=errors, source=os.fspath(path))
        except Error as e:
            raise Error(f"{os.fspath(path)}: {e.message}", e.code, e.offset) from None

    def iter_extract(self, texts: Iterable[Text], *, num_threads: int = -1,
                     chunk_size: int = 256, return_errors: bool = False,
                     encoding: Optional[str] = None, errors: Optional[str] = None,
                     progress: bool = False) -> Iterator[Union[Article, Error]]:
        """Extract from ``texts`` in chunks, yielding results in input order.

        Each chunk runs on ``num_threads`` threads (-1: all cores) with the
        GIL released, so memory stays bounded however long ``texts`` is.
        A bad input raises ``Error`` (with ``.index``), or is yielded as an
        ``Error`` when ``return_errors`` is true. ``progress`` reports the
        count done on stderr.
        """
        if chunk_size <= 0:
            raise Error(f"chunk_size must be positive, got {chunk_size}", "invalid_argument")
        done = 0
        chunk: List[Text] = []
        total = len(texts) if isinstance(texts, Sequence) else None

        def run(batch: List[Text]) -> Iterator[Union[Article, Error]]:
            nonlocal done
            results = self._native.extract_batch(batch, num_threads, encoding, errors)
            for offset, result in enumerate(results):
                index = done + offset
                if isinstance(result, Error):
                    result.index = index
                    if not return_errors:
                        raise Error(f"input {index}: {result.message}", result.code,
                                    result.offset, index)
                    yield result
                else:
                    yield Article._from_json(*result)
            done += len(batch)
            if progress:
                of = f"/{total}" if total is not None else ""
                print(f"\rthainews: {done}{of} articles", end="", file=sys.stderr, flush=True)

        try:
            for text in texts:
                chunk.append(text)
                if len(chunk) >= chunk_size:
                    yield from run(chunk)
                    chunk = []
            if chunk:
                yield from run(chunk)
        finally:
            if progress and done:
                print(file=sys.stderr)

    def extract_batch(self, texts: Iterable[Text], *, num_threads: int = -1,
                      return_errors: bool = False, encoding: Optional[str] = None,
                      errors: Optional[str] = None,
                      progress: bool = False) -> List[Union[Article, Error]]:
        """``extract`` over many texts on all cores; results in input order.

        By default the first bad input raises ``Error`` (its ``.index`` says
        which); with ``return_errors=True`` its place in the list holds the
        ``Error`` instead and the others are still extracted.
        """
        texts = list(texts)
        return list(self.iter_extract(texts, num_threads=num_threads,
                                      chunk_size=max(1, len(texts)) if not progress else 256,
                                      return_errors=return_errors, encoding=encoding,
                                      errors=errors, progress=progress))


_default_extractor: Optional[Extractor] = None
_default_lock = threading.Lock()


def extract(text: Text, *, encoding: Optional[str] = None, errors: Optional[str] = None) -> Article:
    """Extract from one article with a shared default ``Extractor``."""
    global _default_extractor
    if _default_extractor is None:
        with _default_lock:
            if _default_extractor is None:
                _default_extractor = Extractor()
    return _default_extractor.extract(text, encoding=encoding, errors=errors)
