"""E54xx: who may rely on the opinion, its date, its signature, and whether it is final."""

from __future__ import annotations

import re
from collections.abc import Iterator

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.review.context import Context
from exhibit5.review.finding import Severity
from exhibit5.review.registry import Hit, rule
from exhibit5.review.values import iso_date

_UPDATE_DISCLAIMER = Anchored(
    r"(speaks|is (given|rendered|expressed)) (only )?as of (its|the) date|"
    r"(undertake|assume)s? no (obligation|duty|responsibility) to (advise|update|supplement)",
    ("speaks ", "is given ", "is rendered ", "is expressed ", "undertake", "assume"),
    re.I,
)
_SENTENCE_STOP = re.compile(r"\.\s")
_PLACEHOLDER_SIGNATURE = re.compile(r"\[\s*(signature|firm|name)[^\]]*\]", re.I)
_NAME_AFTER_CLOSING = re.compile(r"[A-Za-z]{3,}|/s/")
S8_GAP_DAYS = 3
_TAKES_EFFECT_AT_ONCE = {"S-8", "S-8 POS", "POS AM", "8-K"}
# "File No. 333-_____": the number is assigned when the statement is filed, after the letter
# is signed, so its blank is no sign of a draft.
_FILE_NUMBER = re.compile(r"\b\d{1,3}-$")


def _top(ctx: Context) -> list[Span]:
    for part in (ctx.record.addressee, ctx.record.salutation):
        if part is not None:
            return [part.span]
    return [ctx.letter_span()]


@rule(
    "E5401", "reliance-limited", "error",
    applies_to="every form",
    message="Opinion limits who may rely on it",
    source="SLB 19 (reliance); ABA 2013 Update §II.A",
    bad='"This letter is given only for the benefit of the Board of Directors of Halvard Foods, '
    'Inc., and no other person is entitled to rely on it."',
    good="The letter gives its opinion and consent with no restriction on who may rely on them.",
)  # fmt: skip
def reliance_limited(ctx: Context) -> Iterator[Hit]:
    """The letter does not restrict who may rely on the opinion.

    Why: purchasers in the registered offering must be able to rely on an Exhibit 5 opinion; a
    limit to the addressee draws a staff comment. Limits on *purpose* alone are not flagged,
    nor a limit that keeps the reliance the Securities Act gives ("solely for your benefit and
    that of such other persons as are entitled to rely upon it under the Securities Act").
    """
    kept = ctx.mentions("reliance_carve_out")
    for m in ctx.mentions("reliance_limit"):
        text = ctx.text
        begin = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start())) + 1
        stop = _SENTENCE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        if any(begin <= k.start() < end for k in kept):
            continue  # the same sentence keeps that reliance
        yield Hit([Span(m.start(), m.end())], {}, "Delete the limit on who may rely.")


@rule(
    "E5402", "undated-letter", "error",
    applies_to="every form",
    message="Letter has no date",
    source="SLB 19 §II.A.2 (signed opinion on file before effectiveness); NC Bar 2004 Report §2",
    bad="Letterhead, then the addressee and the salutation, and no date line between them.",
    good='"September 14, 2025" under the letterhead.',
)  # fmt: skip
def undated_letter(ctx: Context) -> Iterator[Hit]:
    """The letter carries its date.

    Why: without it nobody can tell whether the opinion speaks at effectiveness. A blank date
    ("________, 2024") counts as no date. Some letters are dated under the signature, so a text
    that stops before the close is not checked.
    """
    if ctx.record.date.value is None and ctx.complete:
        yield Hit(_top(ctx), {})


@rule(
    "E5403", "missing-signature", "error",
    applies_to="every form",
    message="Letter is not signed",
    source="SLB 19 §II.A.2 (counsel's signed opinion); ABA 2013 Update",
    bad='"Very truly yours," and nothing after it.',
    good='"Very truly yours, /s/ Aldine & Moss LLP".',
)  # fmt: skip
def missing_signature(ctx: Context) -> Iterator[Hit]:
    """The letter is signed by the firm or the lawyer; on EDGAR a conformed signature (/s/) or
    the typed name under the closing is enough.

    Why: the staff requires counsel's signed opinion on file before effectiveness.
    """
    signature = ctx.record.signature
    closings = ctx.mentions("closing")
    if signature is not None:
        body = signature.text
        for m in closings:  # the close itself is not a signature
            if signature.span.start <= m.start() < signature.span.end:
                body = body.replace(m.group(0), " ")
        if _NAME_AFTER_CLOSING.search(body) and not _PLACEHOLDER_SIGNATURE.search(body):
            return
    if not closings:
        return  # no close: the text may be cut before it (see Context.complete)
    last = closings[-1]
    after = ctx.text[last.end() :]
    if signature is None and _NAME_AFTER_CLOSING.search(after):
        return
    yield Hit([Span(last.start(), last.end())], {}, "Add the firm's conformed signature (/s/).")


@rule(
    "E5404", "update-disclaimer-before-effectiveness", "warning",
    mode="now (full refines)", heuristic=True,
    applies_to="every form; mainly statements the staff declares effective (S-1, S-3, S-4, F-1)",
    message="Opinion disclaims updating and is dated {days} days before effectiveness",
    source="SLB 19 §II.A.2; S-8 effective on filing (Rule 462(a), per PwC Viewpoint 2125)",
    bad='An S-1 opinion dated 3 February "speaks only as of its date", disclaims any duty to '
    "update, and the statement goes effective on 20 March.",
    good="The opinion is refiled with the last pre-effective amendment, dated that day.",
)  # fmt: skip
def update_disclaimer(ctx: Context) -> Iterator[Hit]:
    """An opinion that speaks only as of its date is dated at (or near) effectiveness.

    Why: the opinion must hold when the statement becomes effective; an earlier opinion that
    disclaims updating leaves a gap.
    """
    letter, filed = iso_date(ctx.record.date.value), iso_date(ctx.record.filing_date.value)
    if letter is None or filed is None or filed <= letter:
        return
    days = (filed - letter).days
    if (ctx.record.form.value or "").startswith("S-8") and days <= S8_GAP_DAYS:
        return
    parts = [*ctx.record.qualifications, *ctx.record.reliance]
    for span, _ in ctx.search(_UPDATE_DISCLAIMER, parts):
        yield Hit([span], {"days": days})
        return


@rule(
    "E5405", "form-of-opinion-placeholder", "warning",
    applies_to="every form",
    message='Letter is a form or draft (placeholder "{text}")',
    source="SLB 19 §II.A.2 (signed opinion before effectiveness)",
    bad='"[FORM OF OPINION] ... the [*] Shares will be validly issued ..."',
    good="An executed letter with its figures filled in and a conformed signature.",
)  # fmt: skip
def form_of_opinion(ctx: Context) -> Iterator[Hit]:
    """The filed letter is executed: no "form of opinion" legend, DRAFT legend or blanks.

    Why: a form may accompany a pre-effective amendment, but the opinion on file at
    effectiveness must be the signed, final one. Signature rules ("By: ______") are not hits.
    Filed with an S-8, S-8 POS, POS AM or 8-K submission, which take effect or speak at once,
    the finding is an error.
    """
    sign_from = min(
        [m.start() for m in ctx.mentions("closing")]
        + ([ctx.record.signature.span.start] if ctx.record.signature else [])
        + [len(ctx.text)]
    )
    for m in [*ctx.mentions("placeholder"), *ctx.mentions("draft_legend")]:
        if m.group(0).startswith("_") and (
            m.start() >= sign_from or _letterhead_rule(ctx, m) or _FILE_NUMBER.search(
                ctx.text, max(0, m.start() - 8), m.start()
            )
        ):
            continue
        yield Hit([Span(m.start(), m.end())], {"text": m.group(0)[:40]}, severity=_escalated(ctx))
        return


def _letterhead_rule(ctx: Context, m: re.Match[str]) -> bool:
    """A line of underscores alone above the date: a rule drawn under the letterhead."""
    dated = ctx.record.date.spans
    if not dated or m.end() > dated[0].start:
        return False
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    line_end = ctx.text.find("\n", m.end())
    return ctx.text[line_start : len(ctx.text) if line_end < 0 else line_end].strip() == m[0]


def _escalated(ctx: Context) -> Severity | None:
    """A form filed with a submission that takes effect or speaks at once is an error."""
    form = (ctx.filing.form_type or "").upper() if ctx.filing is not None else ""
    return Severity.error if form in _TAKES_EFFECT_AT_ONCE else None
