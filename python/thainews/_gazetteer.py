"""Thailand's provinces, districts and subdistricts, looked up by name or code.

>>> import thainews
>>> thainews.gazetteer.province("โคราช").code
'TH-30'
>>> thainews.gazetteer.district("จอมทอง", province="เชียงใหม่").code
'5002'
>>> [p.province for p in thainews.gazetteer.lookup("เฉลิมพระเกียรติ")]
['สระบุรี', 'นครราชสีมา', 'บุรีรัมย์', 'น่าน', 'นครศรีธรรมราช']

Codes: a province's is its ISO 3166-2 code (``TH-16``); a district's and a
subdistrict's the DOPA code (``1606``, ``160619``). The data is the same
gazetteer the extractor reads, compiled into the library.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import List, Optional, Tuple, Union

from . import _thainews

LEVELS = ("province", "district", "subdistrict")


@dataclass(frozen=True)
class Place:
    """One administrative unit."""

    level: str  # "province", "district" or "subdistrict"
    code: str  # "TH-16", "1606", "160619"
    name: str  # canonical Thai name, without จังหวัด / อำเภอ / ตำบล
    name_en: str
    province: str  # the province it lies in (a province: itself)
    province_code: str  # ISO 3166-2
    district: str = ""  # for a subdistrict, the district it lies in
    district_code: str = ""
    capital: bool = False  # a province's capital district (อำเภอเมือง...)
    aliases: Tuple[str, ...] = ()  # short forms, nicknames, former names, abbreviations


class Gazetteer:
    """Look-ups in the gazetteer. Immutable; safe to share across threads.

    Args:
        data_dir: read the gazetteer's data files from this directory instead
            of the built-in copies.
    """

    def __init__(self, data_dir: Optional[Union[str, os.PathLike]] = None) -> None:
        self._data_dir = os.fspath(data_dir) if data_dir else ""
        self._native_instance: Optional[_thainews.Gazetteer] = None
        self._lock = threading.Lock()

    @property
    def _native(self) -> _thainews.Gazetteer:
        # Loaded on first use, so that importing thainews stays cheap.
        if self._native_instance is None:
            with self._lock:
                if self._native_instance is None:
                    self._native_instance = _thainews.Gazetteer(self._data_dir)
        return self._native_instance

    def lookup(self, query: str, level: Optional[str] = None) -> List[Place]:
        """Every unit ``query`` names: a name or alias ("โคราช", "กทม.",
        "อำเภอบ้านหมี่", "เมือง" for every capital district) or a code
        ("TH-16", "1606", an obsolete DOPA code). ``level`` keeps one level.
        Provinces first, then districts, then subdistricts, in code order."""
        if level is not None and level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}; got {level!r}")
        places = [Place(**d) for d in self._native.find(query)]
        return [p for p in places if level is None or p.level == level]

    def get(self, code: str) -> Optional[Place]:
        """The unit with this code ("TH-16" or "16", "1606", "160619"), or None."""
        found = self._native.find_code(code)
        return Place(**found) if found is not None else None

    def province(self, query: str) -> Optional[Place]:
        """The province ``query`` names (name, alias or code), or None."""
        return self._one(self.lookup(query, "province"), query, "province")

    def district(self, query: str, province: Optional[str] = None) -> Optional[Place]:
        """The district ``query`` names, or None. A name that several
        districts share (เฉลิมพระเกียรติ, จอมทอง) needs ``province`` (its name,
        an alias or its code); without it, ValueError lists the choices."""
        places = self.lookup(query, "district")
        if province is not None:
            places = self._in_province(places, province)
        return self._one(places, query, "district")

    def subdistrict(self, query: str, district: Optional[str] = None,
                    province: Optional[str] = None) -> Optional[Place]:
        """The subdistrict ``query`` names, or None. Most subdistrict names
        repeat (หนองบัว names 28): narrow them with ``district`` and/or
        ``province``; without enough, ValueError lists the choices."""
        places = self.lookup(query, "subdistrict")
        if province is not None:
            places = self._in_province(places, province)
        if district is not None:
            within = self.lookup(district, "district")
            codes = {p.code for p in within}
            places = [p for p in places if p.district_code in codes]
        return self._one(places, query, "subdistrict")

    def provinces(self) -> List[Place]:
        """All 77 provinces in code order."""
        return [Place(**d) for d in self._native.provinces()]

    def children(self, place: Union[Place, str]) -> List[Place]:
        """The districts of a province or the subdistricts of a district
        (a Place or its code)."""
        code = place.code if isinstance(place, Place) else place
        return [Place(**d) for d in self._native.children(code)]

    def _in_province(self, places: List[Place], province: str) -> List[Place]:
        codes = {p.code for p in self.lookup(province, "province")}
        return [p for p in places if p.province_code in codes]

    @staticmethod
    def _one(places: List[Place], query: str, level: str) -> Optional[Place]:
        if not places:
            return None
        if len(places) > 1:
            where = ", ".join(f"{p.name} {p.code} ({p.province})" for p in places[:8])
            more = f" and {len(places) - 8} more" if len(places) > 8 else ""
            raise ValueError(f"{query!r} names {len(places)} {level} units: {where}{more}; "
                             "narrow it with province= or district=")
        return places[0]

    def __repr__(self) -> str:
        where = f"data_dir={self._data_dir!r}" if self._data_dir else "built-in data"
        return f"thainews.Gazetteer({where})"


gazetteer = Gazetteer()
