"""Draft Exhibit 5 opinions and Exhibit 23 consents from a matter file.

A matter (YAML, ``Matter``; ``exhibit5 new s8`` writes a starter) holds the facts; ``load_matter``
names the line and field of anything wrong and refuses what these letters may not say (a law
paragraph without the issuer's state, reliance limited to the addressee, "will be" for shares
already outstanding ...). ``compose`` fills the clause templates (``clauses/``, each clause
written once) into blocks; ``draft`` renders them as EDGAR plain text, EDGAR HTML (checked by
``validate_edgar_html``), DOCX or PDF.

>>> from exhibit5.draft import load_matter, draft
>>> matter, warnings = load_matter("examples/bramblewood-s8-delaware.yaml")
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
