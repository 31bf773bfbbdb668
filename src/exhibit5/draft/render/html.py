"""EDGAR HTML: the allowed tag set, inline styles, ASCII bytes with character references."""

from __future__ import annotations

from functools import cache

import jinja2

from exhibit5.draft.compose import DraftDocument, template_environment


@cache
def _template() -> jinja2.Template:
    env = template_environment().overlay(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("document.html.j2")


def render_html(doc: DraftDocument) -> str:
    """The document as EDGAR HTML; characters outside ASCII become numeric references (H9)."""
    html = _template().render(doc=doc)
    return html.encode("ascii", "xmlcharrefreplace").decode("ascii")
