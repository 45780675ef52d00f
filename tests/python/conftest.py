import os
import shutil
import sys

import pytest


@pytest.fixture(scope="session")
def cli():
    """The thainews command under test: $THAINEWS_CLI, else the one installed
    next to this Python, else the one on PATH."""
    path = os.environ.get("THAINEWS_CLI") or shutil.which(
        "thainews", path=os.path.dirname(sys.executable)) or shutil.which("thainews")
    if not path:
        pytest.fail("no thainews command: set THAINEWS_CLI or install the package")
    return path


def assert_spans_are_slices(article):
    """Every reported span is a slice of article.text, in code points."""
    text = article.text
    for field in ("dates", "officials", "attendance", "issues"):
        for entry in getattr(article, field):
            assert text[entry.start:entry.end] == entry.text, (field, entry)
    event = article.event
    for slot in (event.date, event.venue) if event else ():
        if slot is not None:
            assert text[slot.start:slot.end] == slot.text, ("event", slot)
    for field in ("provinces", "districts", "subdistricts"):
        for entry in getattr(article, field):
            for start, end in entry.mentions:
                assert 0 <= start < end <= len(text), (field, entry)
