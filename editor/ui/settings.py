"""Every QSettings key the program uses, declared once with its type and default.

Like Picard's ``picard/options.py``: code reads ``LAST_TAB.read(settings)``
instead of spelling a key and a default at each call, so a typo or two
different defaults for one key cannot happen. Settings are application state
(window, recent files), never project data.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT_FILES = 10


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type[T]
    default: T

    def read(self, settings: QSettings) -> T:
        """The stored value, or the default when it is missing or of the wrong kind."""
        if not settings.contains(self.key):
            return copy.copy(self.default)
        try:
            value: Any = settings.value(self.key, self.default, type=self.kind)
        except (TypeError, ValueError):
            return copy.copy(self.default)
        if self.kind is list:
            # An INI file stores a one-element list as a plain string.
            value = [value] if isinstance(value, str) else list(value or [])
            value = [str(item) for item in value]
        if not isinstance(value, self.kind):
            return copy.copy(self.default)
        return value

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


# Window state: restored at start, saved on close.
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray, QByteArray())
LAST_TAB = Setting("window/last_tab", int, 0)
DOCK_STATE = Setting("window/docks", QByteArray, QByteArray())  # the window's own docks
# The check panel, docked under the preview: shown, size.
CHECK_PANEL_STATE = Setting("window/check_panel", QByteArray, QByteArray())

# Files: the "Recent geopend" menu (newest first) and where dialogs start.
RECENT_FILES: Setting[list[str]] = Setting("files/recent", list, [])
LAST_DIRECTORY = Setting("files/last_directory", str, "")

# The plain notice that the program is a drafting aid, not legal advice:
# shown once, on the first start.
NOTICE_SHOWN = Setting("notice/not_legal_advice_shown", bool, False)


def remember_recent(settings: QSettings, path: str) -> list[str]:
    """Put ``path`` first in the recent files, without duplicates, at most ten."""
    recent = [item for item in RECENT_FILES.read(settings) if item != path]
    recent.insert(0, path)
    del recent[MAX_RECENT_FILES:]
    RECENT_FILES.write(settings, recent)
    return recent


def forget_recent(settings: QSettings, path: str) -> list[str]:
    recent = [item for item in RECENT_FILES.read(settings) if item != path]
    RECENT_FILES.write(settings, recent)
    return recent
