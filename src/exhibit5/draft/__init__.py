"""Draft Exhibit 5 opinions and Exhibit 23 consents from a matter file.

>>> from exhibit5.draft import load_matter, draft
>>> matter, warnings = load_matter("examples/bramblewood-s8.yaml")
>>> [o.filename for o in draft(matter, "html")]
['ex5-1.htm']
"""

from exhibit5.draft.api import FORMATS, DraftError, DraftOutput, draft, write_outputs
from exhibit5.draft.compose import compose
from exhibit5.draft.edgar_html import HtmlProblem, validate_edgar_html
from exhibit5.draft.loader import MatterError, load_matter, parse_matter
from exhibit5.draft.matter import Matter, matter_json_schema

__all__ = [
    "FORMATS",
    "DraftError",
    "DraftOutput",
    "HtmlProblem",
    "Matter",
    "MatterError",
    "compose",
    "draft",
    "load_matter",
    "matter_json_schema",
    "parse_matter",
    "validate_edgar_html",
    "write_outputs",
]
