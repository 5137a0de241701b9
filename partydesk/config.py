"""Where the data lives: data dir (platformdirs, PARTYDESK_DATA_DIR or --data-dir) and DB URL."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "partydesk"
DB_FILENAME = "partydesk.sqlite3"


@dataclass(frozen=True)
class Location:
    data_dir: Path
    db_url: str

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def db_path(self) -> Path | None:
        return self.data_dir / DB_FILENAME if self.is_sqlite else None


def default_data_dir() -> Path:
    env = os.environ.get("PARTYDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve(data_dir: str | os.PathLike | None = None, db_url: str | None = None) -> Location:
    """--data-dir beats PARTYDESK_DATA_DIR beats the per-user data dir; --db-url for a server."""
    directory = Path(data_dir).expanduser() if data_dir else default_data_dir()
    url = db_url or os.environ.get("PARTYDESK_DB_URL") or f"sqlite:///{(directory / DB_FILENAME).as_posix()}"
    return Location(directory.resolve(), url)
