"""Check an HTML document against the EDGAR rules of ``spec/formats.md`` §4.

``validate_edgar_html(html)`` returns the problems found, each with the rule it breaks and the
source line; an empty list means EDGAR would take the document. Errors are what EDGAR (or
Arelle's EFM profile) rejects; warnings are what it may accept but the writer avoids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lxml import etree

_CORE = frozenset({"id", "class", "style", "title", "lang", "dir"})
_ALIGN = frozenset({"align"})
# §4.2: element -> attributes beyond core and i18n.
_ALLOWED: dict[str, frozenset[str]] = {
    "html": frozenset(),
    "head": frozenset(),
    "title": frozenset(),
    "meta": frozenset({"name", "content"}),
    "body": frozenset({"bgcolor", "text", "link", "vlink", "alink"}),
    **{tag: _ALIGN for tag in ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6")},
    **{tag: frozenset() for tag in ("center", "blockquote", "address")},
    "ul": frozenset({"type", "compact"}),
    "ol": frozenset({"type", "start", "compact"}),
    "li": frozenset({"type", "value"}),
    "dl": frozenset({"compact"}),
    "dt": frozenset(),
    "dd": frozenset(),
    "menu": frozenset({"compact"}),
    "dir": frozenset({"compact"}),
    "pre": frozenset({"width"}),
    "hr": frozenset({"align", "noshade", "size", "width"}),
    "br": frozenset({"clear"}),
    "a": frozenset({"name", "href", "rel", "rev"}),
    "img": frozenset({"src", "alt", "name", "height", "width", "align", "border"}),
    "table": frozenset(
        {"summary", "width", "border", "cellspacing", "cellpadding", "align", "bgcolor"}
    ),
    "caption": _ALIGN,
    "tr": frozenset({"align", "valign", "bgcolor"}),
    **{
        tag: frozenset(
            {"rowspan", "colspan", "align", "valign", "nowrap", "bgcolor", "width", "height"}
        )
        for tag in ("td", "th")
    },
    "font": frozenset({"size", "color"}),
    **{
        tag: frozenset()
        for tag in (
            [
                "b",
                "i",
                "u",
                "tt",
                "strike",
                "big",
                "small",
                "em",
                "strong",
                "dfn",
                "code",
                "samp",
                "kbd",
                "var",
                "cite",
                "sub",
                "sup",
            ]
        )
    },
}
# Recognised legacy tags the writer never emits (§4.2, last row).
_LEGACY = frozenset({"isindex", "listing", "plaintext", "xmp", "page"}) | frozenset(
    f"f{n}" for n in range(1, 100)
)
# §4.3: Arelle's disallowedElements.
_DISALLOWED = frozenset(
    [
        "abbrev",
        "acronym",
        "applet",
        "area",
        "au",
        "banner",
        "base",
        "basefont",
        "bgsound",
        "blink",
        "col",
        "colgroup",
        "credit",
        "del",
        "embed",
        "fig",
        "fn",
        "form",
        "frame",
        "frameset",
        "input",
        "ins",
        "lang",
        "lh",
        "map",
        "marquee",
        "nextid",
        "nobr",
        "noembed",
        "noframe",
        "noframes",
        "note",
        "object",
        "option",
        "overlay",
        "param",
        "person",
        "q",
        "range",
        "s",
        "script",
        "select",
        "spot",
        "style",
        "tab",
        "tbody",
        "textarea",
        "tfoot",
        "thead",
        "wbr",
    ]
)
_ARCHIVES = re.compile(r"https?://www\.sec\.gov/Archives/edgar/data/", re.I)
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.I)
_HTML_TAG = re.compile(rb"<html[\s>]", re.I)
_CSS_ACTIVE = re.compile(r"url\s*\(|expression\s*\(|@import", re.I)


@dataclass(frozen=True)
class HtmlProblem:
    code: str  # Arelle's EFM code where there is one
    severity: Literal["error", "warning"]
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.severity}: {self.message} [{self.code}]"


def _target_problems(tag: str, attr: str, value: str, line: int | None) -> list[HtmlProblem]:
    out: list[HtmlProblem] = []
    scheme_match = _SCHEME.match(value)
    scheme = scheme_match.group(1).lower() if scheme_match else ""
    if scheme in {"javascript", "vbscript"}:
        return [
            HtmlProblem(
                "EFM.5.02.02.10.activeContent", "error", f"<{tag} {attr}> runs script", line
            )
        ]
    if tag == "img":
        if scheme == "data":
            return [
                HtmlProblem(
                    "EFM.5.02.02.10.graphicDataUrl", "error", "<img> embeds a data: URL", line
                )
            ]
        if scheme or value.startswith("//"):
            return [
                HtmlProblem(
                    "EFM.6.05.16.externalReference",
                    "error",
                    f"<img> loads an external image ({value[:60]})",
                    line,
                )
            ]
        if not re.search(r"\.(jpe?g|gif)$", value, re.I):
            out.append(
                HtmlProblem(
                    "EFM.5.02.02.10.graphicFileType",
                    "error",
                    f"<img> file {value[:60]!r} is not a .jpg or .gif",
                    line,
                )
            )
        return out
    external = bool(scheme) or value.startswith("//")
    if external and not _ARCHIVES.match(value):
        out.append(
            HtmlProblem(
                "EFM.6.05.16.externalReference",
                "error",
                f"<{tag} {attr}> points outside the submission ({value[:60]})",
                line,
            )
        )
    return out


def _element_problems(el: etree._Element, in_table: bool) -> list[HtmlProblem]:
    tag = str(el.tag).lower()
    line = el.sourceline
    if tag in _DISALLOWED:
        return [
            HtmlProblem(
                "EFM.5.02.02.04.disallowedElement", "error", f"<{tag}> is not allowed", line
            )
        ]
    out: list[HtmlProblem] = []
    allowed = _ALLOWED.get(tag)
    if allowed is None and tag not in _LEGACY:
        out.append(
            HtmlProblem(
                "EFM.5.02.02.03.unrecognizedElement",
                "warning",
                f"<{tag}> is not in the EDGAR tag set",
                line,
            )
        )
    if tag == "table" and in_table:
        out.append(HtmlProblem("EFM.5.02.02.10.nestedTable", "error", "nested <table>", line))
    for name, value in el.attrib.items():
        attr = str(name).lower()
        if attr.startswith("on"):
            out.append(
                HtmlProblem(
                    "EFM.5.02.02.05.disallowedAttribute",
                    "error",
                    f"event handler {attr} on <{tag}> (scripts are not allowed)",
                    line,
                )
            )
        elif attr.startswith("xmlns"):
            out.append(
                HtmlProblem("EFM.5.02.02.05.xmlns", "error", f"{attr} attribute on <{tag}>", line)
            )
        elif allowed is not None and attr not in _CORE and attr not in allowed:
            out.append(
                HtmlProblem(
                    "EFM.5.02.02.05.disallowedAttribute",
                    "error",
                    f"attribute {attr} is not allowed on <{tag}>",
                    line,
                )
            )
        if attr in {"href", "src"}:
            out.extend(_target_problems(tag, attr, str(value), line))
        if attr == "style" and _CSS_ACTIVE.search(str(value)):
            out.append(
                HtmlProblem(
                    "EFM.6.05.16.externalReference",
                    "error",
                    f"style on <{tag}> loads or computes content (url(), expression(), @import)",
                    line,
                )
            )
    if tag == "img" and "src" not in el.attrib:
        out.append(
            HtmlProblem("EFM.5.02.02.05.missingAttribute", "error", "<img> without src", line)
        )
    return out


def validate_edgar_html(html: str | bytes) -> list[HtmlProblem]:
    """Every way ``html`` breaks the EDGAR HTML rules (formats.md §4.1-4.5); [] if none."""
    raw = html.encode("utf-8") if isinstance(html, str) else html
    problems: list[HtmlProblem] = []
    for lineno, line in enumerate(raw.split(b"\n"), start=1):
        if any(byte > 126 or (byte < 32 and byte not in (9, 10, 13, 12)) for byte in line):
            problems.append(
                HtmlProblem(
                    "EFM.5.02.01.01",
                    "error",
                    "non-ASCII or control character (write it as a character reference)",
                    lineno,
                )
            )
    if len(_HTML_TAG.findall(raw)) > 1:
        problems.append(
            HtmlProblem("EFM.5.02.02.02", "error", "more than one <html> element", None)
        )
    if not raw.strip():
        return [HtmlProblem("EFM.5.02.02.02", "error", "empty document", None)]
    parser = etree.HTMLParser(recover=True, remove_comments=True, remove_pis=True)
    root = etree.fromstring(raw, parser)
    if root is None:
        return [*problems, HtmlProblem("EFM.5.02.02.02", "error", "no HTML content", None)]

    def walk(el: etree._Element, in_table: bool) -> None:
        if not isinstance(el.tag, str):
            return
        problems.extend(_element_problems(el, in_table))
        inside = in_table or str(el.tag).lower() == "table"
        for child in el:
            walk(child, inside)

    walk(root, False)
    return problems


def edgar_html_errors(html: str | bytes) -> list[HtmlProblem]:
    return [p for p in validate_edgar_html(html) if p.severity == "error"]
