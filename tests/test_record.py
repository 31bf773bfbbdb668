"""OpinionRecord built without validation must still be what validation would build."""

from __future__ import annotations

import pytest

from exhibit5 import read
from exhibit5.draft.api import draft
from exhibit5.draft.loader import load_matter
from exhibit5.extract import OpinionRecord, extract
from tests.shared import EXAMPLES


def test_extracted_record_survives_validation_unchanged() -> None:
    matter, _ = load_matter(EXAMPLES / "hemacare-1995.yaml")
    (doc,) = read(draft(matter, "text")[0].data, name="hemacare-ex5.txt")
    record = extract(doc)
    dumped = record.model_dump()
    assert OpinionRecord.model_validate(dumped).model_dump() == dumped
    assert record.share_count.value == 160_000


def test_record_of_refuses_a_missing_field() -> None:
    fields = dict(OpinionRecord())
    del fields["plans"]
    with pytest.raises(TypeError, match="every field"):
        OpinionRecord.of(**fields)
