"""Named seasonal profiles (period_profiles): twelve month weights a split can use.

`save_profile` adds a profile, or with `profile_id` renames and reweights one;
`archive_profile` hides one (its row stays, as every entity's). The weights are
checked by core/split (twelve, none negative, not all zero) and stored as a JSON
array. A name is unique among the live profiles. Each is one transaction and one
undo step. Reads: store/repo_cascade.load_profiles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from perfdesk.core.split import SplitError, check_profile
from perfdesk.store.document import Document
from perfdesk.store.ops._base import Changes, OpError, OpResult, name_text, require, write
from perfdesk.store.ops._images import Recorder


def _weights_json(weights: Sequence[float | int | str]) -> str:
    try:
        checked = check_profile(weights)
    except SplitError as error:
        raise OpError(error.code, **error.params) from None
    # Whole weights stay whole ("[5, 4, 8]"), others keep their shortest repr.
    return json.dumps([int(w) if w.denominator == 1 else float(w) for w in checked])


def save_profile(
    doc: Document,
    name: str,
    weights: Sequence[float | int | str],
    profile_id: str | None = None,
) -> OpResult:
    """Add a seasonal profile, or change the name and weights of `profile_id`."""
    profile_name = name_text(name, "profile_name")
    text = _weights_json(weights)
    with write(doc) as conn:
        clash = conn.execute(
            "SELECT 1 FROM period_profiles WHERE name = ? AND archived = 0 AND deleted = 0 "
            "AND id IS NOT ?",
            (profile_name, profile_id),
        ).fetchone()
        if clash:
            raise OpError("profile_name_taken", name=profile_name)
        record = Recorder(doc)
        if profile_id is None:
            row_id = record.insert("period_profiles", {"name": profile_name, "weights": text})
        else:
            require(doc, "period_profiles", profile_id, "profile")
            record.update("period_profiles", (profile_id,), {"name": profile_name, "weights": text})
            row_id = profile_id
        return record.result(Changes(frozenset({"period_profiles"}), frozenset({row_id})), row_id)


def archive_profile(doc: Document, profile_id: str) -> OpResult:
    """Hide a profile from the lists (kept, like every archived entity)."""
    with write(doc):
        require(doc, "period_profiles", profile_id, "profile")
        record = Recorder(doc)
        record.update("period_profiles", (profile_id,), {"archived": 1})
        return record.result(Changes(frozenset({"period_profiles"}), frozenset({profile_id})))
