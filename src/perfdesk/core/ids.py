"""Row identity and time stamps shared by every table.

Ids are UUID4 text so rows made in different departments' files never collide
and a merge can match them; times are UTC ISO-8601 text so they sort in SQL.
"""

from __future__ import annotations

import datetime


def new_id() -> str:
    import uuid  # uuid imports platform: keep it off the start-up path

    return str(uuid.uuid4())


def utc_now() -> str:
    return (
        datetime.datetime.now(datetime.UTC)
        .isoformat(timespec="microseconds")
        .replace("+00:00", "Z")
    )
