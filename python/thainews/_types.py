"""Read-only result objects, built from the thainews/1 JSON of one article.

Offsets (``start``, ``end``, ``mentions``) are code-point indices into
``Article.text``, so ``article.text[x.start:x.end] == x.text``.
"""

from __future__ import annotations

import calendar
import copy
import datetime as _dt
import json
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Tuple

Mention = Tuple[int, int]

FIELDS = ("dates", "officials", "provinces", "districts", "subdistricts", "attendance", "issues")


def _mentions(raw: Iterable[Iterable[int]]) -> Tuple[Mention, ...]:
    return tuple((int(a), int(b)) for a, b in raw)


def _day(iso: str) -> _dt.date:
    return _dt.date.fromisoformat(iso)


def _month_range(year: int, month: int) -> Tuple[_dt.date, _dt.date]:
    return _dt.date(year, month, 1), _dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Date:
    """A date, month, year or period, converted to the Gregorian calendar."""

    text: str
    start: int
    end: int
    kind: str  # date, date_range, month, year, year_range, fiscal_year, fiscal_year_range
    value: str  # ISO 8601: "2022-06-28", "2020-08-13/2020-08-25", "2022-06", "2022", ...
    era: str  # "BE" or "CE", as written
    weekday: Optional[str] = None
    time: Optional[str] = None
    year_inferred: bool = False
    weekday_mismatch: bool = False

    def as_date(self) -> _dt.date:
        """The day, for kind ``date``; ValueError for other kinds."""
        if self.kind != "date":
            raise ValueError(f"a {self.kind} is not a single day; use as_range()")
        return _day(self.value)

    def as_range(self) -> Tuple[_dt.date, _dt.date]:
        """The first and last day the expression covers, for every kind."""
        if self.kind in ("date_range", "fiscal_year", "fiscal_year_range"):
            first, last = self.value.split("/")
            return _day(first), _day(last)
        if self.kind == "date":
            day = _day(self.value)
            return day, day
        if self.kind == "month":
            year, month = self.value.split("-")
            return _month_range(int(year), int(month))
        if self.kind == "year":
            year = int(self.value)
            return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        if self.kind == "year_range":
            first, last = self.value.split("/")
            return _dt.date(int(first), 1, 1), _dt.date(int(last), 12, 31)
        raise ValueError(f"unknown date kind {self.kind!r}")


@dataclass(frozen=True)
class Official:
    """A titled person, once per article, with the first full mention's span."""

    text: str
    start: int
    end: int
    honorific: str
    name: str  # given and family name, one space between
    given_name: str
    family_name: str
    position: Optional[str] = None
    province: Optional[str] = None  # canonical name, when the position names one
    mentions: Tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Province:
    name: str  # canonical Thai name
    code: str  # ISO 3166-2, "TH-16"
    name_en: str
    mentions: Tuple[Mention, ...] = ()


@dataclass(frozen=True)
class District:
    name: str
    province: str
    code: str  # DOPA, "1604"
    name_en: str = ""
    province_code: str = ""
    mentions: Tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Subdistrict:
    name: str
    district: str
    province: str
    code: str  # DOPA, "160401"
    name_en: str = ""
    mentions: Tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Attendance:
    """How many people took part: "จำนวน 177 คน" -> count 177, unit "คน"."""

    text: str
    start: int
    end: int
    count: int
    unit: str
    approximate: bool = False
    role: Optional[str] = None  # "total", "part" or None


@dataclass(frozen=True)
class IssueList:
    """An enumeration of problems, needs, demands or assigned points."""

    text: str
    start: int
    end: int
    items: Tuple[str, ...]
    declared_count: Optional[int] = None
    item_spans: Tuple[Mention, ...] = ()


@dataclass(frozen=True)
class EventDate:
    """When an event took place: a day or a range of days, as written."""

    text: str  # "28 มิถุนายน 2565", "วานนี้"
    start: int
    end: int
    value: str  # "2022-06-28" or "2020-08-13/2020-08-25"

    def as_range(self) -> Tuple[_dt.date, _dt.date]:
        """The first and last day of the event (the same day for one day)."""
        first, _, last = self.value.partition("/")
        return _day(first), _day(last or first)


@dataclass(frozen=True)
class Venue:
    """Where an event took place, as written, without ณ / ที่."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """The one event an article reports: a row of a table of events."""

    date: Optional[EventDate] = None
    time: Optional[str] = None  # "10:00"
    venue: Optional[Venue] = None
    district: Optional[str] = None  # canonical name
    province: Optional[str] = None  # canonical name
    chair: Optional[str] = None  # the name of the official who presided or led
    attendance: Optional[int] = None  # the event's total count of people

    @classmethod
    def _from_raw(cls, raw: Optional[dict]) -> Optional["Event"]:
        if raw is None:
            return None
        return cls(
            date=EventDate(**raw["date"]) if raw.get("date") else None,
            time=raw.get("time"),
            venue=Venue(**raw["venue"]) if raw.get("venue") else None,
            district=raw.get("district"),
            province=raw.get("province"),
            chair=raw.get("chair"),
            attendance=raw.get("attendance"),
        )


@dataclass(frozen=True)
class Article:
    """Everything thainews found in one article."""

    text: str
    headline: str
    dates: Tuple[Date, ...]
    officials: Tuple[Official, ...]
    provinces: Tuple[Province, ...]
    districts: Tuple[District, ...]
    subdistricts: Tuple[Subdistrict, ...]
    attendance: Tuple[Attendance, ...]
    issues: Tuple[IssueList, ...]
    event: Optional[Event] = None  # None when the article reports no event
    source: Optional[str] = None
    _raw: Any = None  # the parsed thainews/1 JSON, the one source of to_dict()

    @classmethod
    def _from_json(cls, raw_json: str, text: str, source: Optional[str] = None) -> "Article":
        raw = json.loads(raw_json)
        if source is not None:
            raw = {"schema": raw["schema"], "source": source,
                   **{k: v for k, v in raw.items() if k != "schema"}}
        return cls(
            text=text,
            headline=raw["headline"],
            dates=tuple(Date(**d) for d in raw["dates"]),
            officials=tuple(
                Official(**{**o, "mentions": _mentions(o["mentions"])}) for o in raw["officials"]),
            provinces=tuple(
                Province(**{**p, "mentions": _mentions(p["mentions"])}) for p in raw["provinces"]),
            districts=tuple(
                District(**{**d, "mentions": _mentions(d["mentions"])}) for d in raw["districts"]),
            subdistricts=tuple(
                Subdistrict(**{**s, "mentions": _mentions(s["mentions"])})
                for s in raw.get("subdistricts", [])),
            attendance=tuple(Attendance(**a) for a in raw["attendance"]),
            issues=tuple(
                IssueList(**{**i, "items": tuple(i["items"]),
                             "item_spans": _mentions(i.get("item_spans", []))})
                for i in raw["issues"]),
            event=Event._from_raw(raw.get("event")),
            source=source,
            _raw=raw,
        )

    def to_dict(self) -> dict:
        """The thainews/1 object, exactly as the command line prints it."""
        return copy.deepcopy(self._raw)

    def to_json(self, indent: Optional[int] = None) -> str:
        """The thainews/1 JSON text (UTF-8 characters are not escaped)."""
        return json.dumps(self._raw, ensure_ascii=False, indent=indent)

    @property
    def attendance_total(self) -> Optional[int]:
        """The main attendance count, or None when the article gives none.

        That is the largest count of people at the event that is not a part
        of a stated total: a total stands for its parts ("35 รูป และ 30 รูป
        รวม 65 รูป" gives 65), and of several groups the largest is the main
        audience.
        """
        counts = [a.count for a in self.attendance if a.role != "part"]
        return max(counts) if counts else None

    def to_dataframe(self, field: str):
        """One row per entry of ``field`` ("dates", "officials", ...), or the
        article's one row for "events", as a pandas DataFrame."""
        return to_dataframe([self], field)

    def __repr__(self) -> str:
        counts = ", ".join(f"{f}={len(getattr(self, f))}" for f in FIELDS)
        return f"Article(headline={self.headline!r}, {counts})"


def to_dataframe(articles: Iterable[Article], field: str):
    """Rows of ``field`` across ``articles``, with the article's position and source.

    ``field`` is one of the lists ("dates", "officials", ...), one row per
    entry, or "events": one row per article, with its headline and the slots
    of its event as typed columns (``date`` and ``date_end`` as
    ``datetime64``, the first and last day; ``attendance`` as nullable
    ``Int64``); the slots are empty when the article reports no event.

    Needs pandas (``pip install thainews[pandas]``).
    """
    if field not in FIELDS and field != "events":
        raise ValueError(f"field must be one of {', '.join(FIELDS + ('events',))}; got {field!r}")
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install pandas") from e
    if field == "events":
        return _events_frame(pd, articles)
    rows = []
    for n, article in enumerate(articles):
        for entry in article._raw.get(field, []):
            rows.append({"article": n, "source": article.source, **entry})
    columns = None if rows else ["article", "source"]
    return pd.DataFrame(rows, columns=columns)


EVENT_COLUMNS = ("article", "source", "headline", "date", "date_end", "time", "venue",
                 "district", "province", "chair", "attendance")


def _events_frame(pd, articles: Iterable[Article]):
    """One row per article: its event's slots as typed columns."""
    rows = []
    for n, article in enumerate(articles):
        e = article.event or Event()
        first, last = e.date.as_range() if e.date else (None, None)
        rows.append({
            "article": n, "source": article.source, "headline": article.headline,
            "date": first, "date_end": last, "time": e.time,
            "venue": e.venue.text if e.venue else None, "district": e.district,
            "province": e.province, "chair": e.chair, "attendance": e.attendance,
        })
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for column in ("date", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    frame["attendance"] = frame["attendance"].astype("Int64")
    for column in ("source", "headline", "time", "venue", "district", "province", "chair"):
        frame[column] = frame[column].astype(object)
    return frame
