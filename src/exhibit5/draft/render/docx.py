"""Word (.docx): the letterhead block, one Word paragraph per paragraph, real numbered lists.

List items use Word numbering (a ``w:numPr`` on the paragraph), so a lawyer who inserts an
item gets the rest renumbered; each list restarts at (a), (i) or 1.
"""

from __future__ import annotations

import io
import re
from typing import Any

from exhibit5.draft.compose import Block, DraftDocument

# Label style -> (w:numFmt, w:lvlText).
_FORMATS = {
    "alpha": ("lowerLetter", "(%1)"),
    "roman": ("lowerRoman", "(%1)"),
    "decimal": ("decimal", "%1."),
}


def _label_style(first_label: str) -> str:
    """The numbering of a list, from its first label: "(a)", "(i)" or "1."."""
    if re.fullmatch(r"\d+\.", first_label):
        return "decimal"
    return "roman" if first_label == "(i)" else "alpha"


class _Lists:
    """Adds one abstract numbering and one numbering instance per list to the numbering part."""

    def __init__(self, document: Any) -> None:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        self._parse, self._ns = parse_xml, nsdecls("w")
        self._numbering = document.part.numbering_part.element
        ids = [int(x) for x in self._numbering.xpath("//w:abstractNum/@w:abstractNumId")]
        nums = [int(x) for x in self._numbering.xpath("//w:num/@w:numId")]
        self._next_abstract = max(ids, default=0) + 1
        self._next_num = max(nums, default=0) + 1

    def new_list(self, style: str) -> int:
        fmt, text = _FORMATS[style]
        abstract_id, num_id = self._next_abstract, self._next_num
        self._next_abstract += 1
        self._next_num += 1
        abstract = self._parse(
            f'<w:abstractNum {self._ns} w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>'
        )
        # abstractNum elements must precede num elements in the numbering part.
        first_num = self._numbering.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num"
        )
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._numbering.append(abstract)
        self._numbering.append(
            self._parse(
                f'<w:num {self._ns} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
        return num_id

    def number(self, paragraph: Any, num_id: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(
            self._parse(
                f'<w:numPr {self._ns}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        )


def render_docx(doc: DraftDocument) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    document = Document()
    for section in document.sections:
        section.left_margin = section.right_margin = Inches(1)
        section.top_margin = section.bottom_margin = Inches(1)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(12)
    document.core_properties.title = doc.title
    lists = _Lists(document)
    current: int | None = None

    def add(block: Block, text: str | None = None) -> Any:
        paragraph = document.add_paragraph()
        lines = [text] if text is not None else list(block.lines)
        for i, line in enumerate(lines):
            run = paragraph.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
        return paragraph

    for block in doc.blocks:
        if block.kind != "item":
            current = None
        if block.kind == "letterhead":
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(24)
            for i, line in enumerate(block.lines):
                run = p.add_run(line)
                run.bold = i == 0
                if i == 0:
                    run.font.size = Pt(14)
                if i < len(block.lines) - 1:
                    run.add_break()
        elif block.kind == "caption":
            add(block).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif block.kind == "title":
            p = add(block)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs:
                run.bold = True
        elif block.kind == "item":
            if current is None:
                current = lists.new_list(_label_style(block.label))
            p = add(block)
            lists.number(p, current)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif block.kind == "para":
            add(block).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif block.kind == "re":
            p = add(block)
            for run in p.runs:
                run.bold = True
        else:
            add(block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
