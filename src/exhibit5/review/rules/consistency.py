"""E56xx: the letter states one issuer, one count, one form, one date line and one jurisdiction."""

from __future__ import annotations

import re
from collections.abc import Iterator

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.extract.dates import DATE
from exhibit5.extract.numbers import NUMBER_WORDS, words_to_int
from exhibit5.extract.places import canonical
from exhibit5.extract.record import Part
from exhibit5.review.context import Context
from exhibit5.review.names import company_tokens
from exhibit5.review.places import fold
from exhibit5.review.registry import Hit, rule
from exhibit5.review.values import iso_date, parse_date

# A company name as written in an addressee block: words from the issuer's first word to its
# legal-form suffix, on one line (flattened blocks run on into the street address).
_SUFFIX_WORD = re.compile(
    r"^(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|L\.?L\.?C\.?|"
    r"L\.?P\.?|plc|N\.V\.|S\.A\.)$"
)
_CONNECTORS = frozenset({"of", "and", "the", "&", "de", "du", "la", "del"})
_WORD = re.compile(r"[^\s,]+")
# Case-insensitive patterns are tried only where their first words occur (``Anchored``).
_OWN_FORM = Anchored(
    r"Registration Statement\b.{0,40}$|Post-Effective Amendment\b.{0,40}$",
    ("registration statement", "post-effective amendment"),
    re.I,
)
_OTHER_FILING = Anchored(
    r"previously filed|prior|earlier|incorporat|Post-Effective Amendment",
    ("previously filed", "prior", "earlier", "incorporat", "post-effective amendment"),
    re.I,
)
_FUTURE_FILING = re.compile(
    r"to be filed|will be filed|proposed to be filed|being filed|are filing|on or about", re.I
)
_WORDS_BEFORE = re.compile(rf"\b({NUMBER_WORDS})\s*$", re.I)
_PLAN_IN_NAME = re.compile(r"\b((?:19|20)\d\d) ((?:[A-Z][a-z]+ ){0,5}(?:Plan|Program))\b")
# Before "under the laws of X": "(the Company) is a corporation duly organized, validly existing
# and in good standing", "has been duly incorporated and is validly existing as a corporation".
_IS_ORGANIZED = re.compile(
    r"(?:is|was|has been)(?<!\wis)(?<!\wwas)(?<!\whas been)\s+(?:an?\s+)?(?:[\w,]+\s+){0,6}?"
    r"(?:organized|incorporated|formed|existing)\s+(?:[\w,]+\s+){0,10}?$"
)
_ORGANIZED_WORD = re.compile(r"organized|incorporated|formed|existing")
_QUALIFIED = re.compile(r"foreign|qualified", re.I)
_LAWS_OF = "under the laws of"
_PLACE_AFTER_LAWS_OF = re.compile(
    r" (?:the )?(?:(?:[Ss]tate|[Cc]ommonwealth|[Pp]rovince) of )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
# A definition right after a name: `Acme Corp. (the "Company"), a Delaware corporation`.
_DEFINED_AS = re.compile(r"\s*\((the )?\"[^\"]{1,40}\"\)\s*$")
_OTHER_ENTITY = re.compile(r"predecessor|successor|former|reincorporat|merg|subsidiar|parent")
_TOTAL_BEFORE = re.compile(r"\b(aggregate|total)( number)?( of)?\s*$", re.I)
_TRANCHES_AFTER = re.compile(r"[^;]{0,120}?\b(of which|consisting of|comprised of|comprising)\b")
_FORMER_NAME = ("formerly", "f/k/a", "changed its name", "name change", "previously known as")
_CLASS_IN_SECURITY = re.compile(r"\bclass ([a-z])\b", re.I)
_SHARES_NAMED = re.compile(r"\b(stock|shares?)\b")
_DATED = Anchored(r"\bdated(?: as of)?\s+", ("dated",))
DATE_GAP_DAYS = 30
LATE_LETTER_DAYS = 3


def _name_from(text: str, start: int) -> int | None:
    """Where a company name starting at ``start`` ends: after its legal-form suffix or an
    abbreviation ("BanCorp."), or at the end of its line; None when a street number or a
    lower-case word cuts it off first (a flattened block without a suffix is ambiguous). A
    spaced dash ends it too: what follows is a title ("Acme AG - Swiss Legal Opinion")."""
    last = None
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    dash = text.find(" - ", start, line_end)
    for i, w in enumerate(_WORD.finditer(text, start, line_end if dash < 0 else dash)):
        word = w.group(0)
        if i and (word[0].isdigit() or (word[0].islower() and word not in _CONNECTORS)):
            return None
        last = w.end()
        if _SUFFIX_WORD.match(word) or (word.endswith(".") and len(word) > 2):
            return last
    return last


def _word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text`` as a whole word (not inside "Acme-Lux" or "Acmes")."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not _joins(text[i - 1])) and (j == len(text) or not _joins(text[j])):
            yield i
        i = text.find(word, i + 1)


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _addressee_company(part: Part, issuer: str) -> tuple[str, Span] | None:
    """The company the addressee block names from the issuer's first word on, when it is not
    the name the body uses (None when the block names the issuer as the body does)."""
    wanted = company_tokens(issuer)
    found = None
    first = issuer.split()[0]
    for start in _word_at(part.text, first):
        end = _name_from(part.text, start)
        if end is None:
            continue
        name = part.text[start:end]
        tokens = company_tokens(name)
        if tokens == wanted[: len(tokens)]:  # the same name, or cut at "Corp." ("... of America")
            return None
        found = found or (name, Span(part.span.start + start, part.span.start + end))
    return found


@rule(
    "E5601", "issuer-name-inconsistent", "error",
    heuristic=True,
    applies_to="every form",
    message='Issuer named "{a}" here and "{b}" elsewhere{hint}',
    source="Drafting practice; Item 601(b)(5)(i) (the opinion concerns the registrant's "
    "securities)",
    bad='Addressed to "Quarry Lane Holdings, Inc."; the body says "Quarry Lane Minerals, Inc., a '
    "Utah corporation (the 'Company')\".",
    good="One full name in the addressee block and the body, then \"the Company\".",
)  # fmt: skip
def issuer_name_inconsistent(ctx: Context) -> Iterator[Hit]:
    """The addressee block and the body name the issuer the same way (suffix variants such as
    Inc./Incorporated and Corp./Corporation are the same name).

    Why: a second name suggests a copied letter or a former name, and leaves open whose
    securities the opinion covers. When the letter speaks of a name change ("formerly known
    as", "changed its name"), the message says the other name may be the former one.
    """
    body = ctx.issuer_name
    if not body or ctx.record.addressee is None:
        return
    found = _addressee_company(ctx.record.addressee, body)
    if found is None:
        return
    name, span = found
    a, b = company_tokens(name), company_tokens(body)
    # Only a variant of the same name (same first word) is a finding; an addressee that is
    # another company altogether (a parent, a trustee) is a different question.
    if a and b and a != b and a[0] == b[0]:
        spans = [span, *ctx.record.issuer_name.spans[:1]]
        hint = ""
        if any(w in ctx.lower for w in _FORMER_NAME):
            hint = " (the letter mentions a name change: use the current name throughout)"
        yield Hit(spans, {"a": name, "b": body, "hint": hint}, f'Write "{body}".')


@rule(
    "E5602", "share-count-words-figures", "error",
    applies_to="every letter that states a number in words and figures",
    message='"{words}" is {n} but the figure says {m}',
    source="Drafting practice (the opinion covers a stated amount)",
    bad='"two hundred forty thousand (204,000) shares"',
    good='"two hundred forty thousand (240,000) shares"',
)  # fmt: skip
def words_figures(ctx: Context) -> Iterator[Hit]:
    """A number written in words and in figures says the same in both.

    Why: the registered amount must be certain; a mismatch leaves the opinion's scope open.
    """
    for m in ctx.mentions("number_words"):
        words = _WORDS_BEFORE.search(ctx.text, max(0, m.start() - 160), m.start())
        if words is None:
            continue
        n, figure = words_to_int(words.group(1)), int(m.group(1).replace(",", ""))
        if n is not None and n != figure:
            facts = {"words": words.group(1), "n": f"{n:,}", "m": m.group(1)}
            yield Hit([Span(words.start(1), m.end())], facts)


@rule(
    "E5603", "share-count-inconsistent", "error",
    heuristic=True,
    applies_to="letters that state a number of shares or units",
    message="{n} shares in the {section_a} but {m} in the {section_b}",
    source="Drafting practice; Item 601(b)(5)(i)",
    bad='The introduction registers "750,000 Shares"; the opinion covers "the 570,000 Shares".',
    good="750,000 in the introduction and in the opinion.",
)  # fmt: skip
def share_count_inconsistent(ctx: Context) -> Iterator[Hit]:
    """The number of shares in the introduction (and Re line) is the number in the opinion,
    and tranches listed under a stated total add up to it.

    Why: the opinion must cover exactly what is registered; two numbers mean one is wrong.
    Statements of authorized or outstanding capital are not compared.
    """
    if ctx.intro is None or not ctx.opinions:
        return
    intro = ctx.share_counts([ctx.intro.span])
    heading = ctx.share_counts([ctx.record.re_line.span] if ctx.record.re_line else [])
    opinion = ctx.share_counts([p.span for p in ctx.opinions])
    # In a letter flattened into one paragraph the introduction holds the opinion too.
    stated = {n for n, at in intro if not ctx.in_opinion(at)}
    if not stated and ctx.record.share_count.value:
        stated = {ctx.record.share_count.value}
    if not stated:
        return
    yield from _tranches_against_total(ctx, intro)
    allowed = stated | {sum(stated)}
    for section, counts in (("Re line", heading), ("opinion", opinion)):
        for n, span in counts:
            if n not in allowed:
                m = max(stated)
                yield Hit([span], {"n": f"{n:,}", "m": f"{m:,}", "section_a": section,
                                   "section_b": "introduction"})  # fmt: skip
                return


def _tranches_against_total(ctx: Context, intro: list[tuple[int, Span]]) -> Iterator[Hit]:
    """A stated total ("an aggregate of 1,200,000 shares, of which 900,000 ... and 300,000
    ...") equals the tranches listed after it."""
    for i, (total, at) in enumerate(intro):
        before = ctx.text[max(0, at.start - 30) : at.start]
        after = ctx.text[at.end : at.end + 160]
        if not (_TOTAL_BEFORE.search(before) or _TRANCHES_AFTER.match(after)):
            continue
        tranches = [(n, span) for n, span in intro[i + 1 :] if n < total]
        if len(tranches) >= 2 and sum(n for n, _ in tranches) != total:
            listed = f"{sum(n for n, _ in tranches):,}"
            facts = {"n": listed, "m": f"{total:,}", "section_a": "tranches",
                     "section_b": "stated total"}  # fmt: skip
            yield Hit([at, *(span for _, span in tranches)], facts)
        return


def _form_key(form: str) -> str:
    form = form.upper().replace(" POS", "")
    return "S-3" if form == "S-3ASR" else form


@rule(
    "E5604", "form-inconsistent", "error",
    applies_to="every form",
    message="Letter names Form {a} and Form {b}",
    source="Drafting practice",
    bad='The Re line says "Registration Statement on Form S-8"; the consent speaks of "the '
    'Registration Statement on Form S-1".',
    good="Form S-8 throughout.",
)  # fmt: skip
def form_inconsistent(ctx: Context) -> Iterator[Hit]:
    """One registration form is named for the letter's own registration statement throughout
    (S-3/S-3ASR and S-8/S-8 POS count as one).

    Why: the form tells which statement the opinion is filed with; two forms mean a copied
    letter. Forms of other filings (a statement "previously filed", a post-effective amendment
    that converts one form to another) are not compared.
    """
    first: dict[str, re.Match[str]] = {}
    for m in ctx.mentions("form"):
        start = max(0, m.start() - 80)
        before, low = ctx.text[start : m.start()], ctx.lower[start : m.start()]
        if not _OWN_FORM.search(before, low) or _OTHER_FILING.search(before, low):
            continue
        first.setdefault(_form_key(m.group(1)), m)
    if len(first) > 1 and not any(
        _OTHER_FILING.search(ctx.text, ctx.lower, max(0, m.start() - 200), m.start())
        for m in first.values()
    ):
        (a, ma), (b, mb) = list(first.items())[:2]
        yield Hit([Span(ma.start(), ma.end()), Span(mb.start(), mb.end())], {"a": a, "b": b})


@rule(
    "E5605", "dates-contradictory", "warning",
    mode="now (full refines)",
    applies_to="every form",
    message="{what} is dated {d1}, which conflicts with the letter date {d0}",
    source="Drafting practice; SLB 19 §II.A.2",
    bad='A letter dated October 20 says the statement is "to be filed on or about October 14".',
    good="The letter is dated October 13 and the statement is to be filed on or about October 14.",
)  # fmt: skip
def dates_contradictory(ctx: Context) -> Iterator[Hit]:
    """The dates in the letter fit together: a statement "to be filed" is not filed before the
    letter's date, nor long after it; a statement said to be filed already is not filed more
    than a few days after the letter's date; a document reviewed is not dated after it; the
    plan is not dated after both the filing and the letter. With a full submission, the letter
    is not dated after the FILED AS OF DATE.

    Why: contradictory dates mean a stale or copied letter, or an opinion that did not speak at
    filing.
    """
    letter = iso_date(ctx.record.date.value)
    filed = iso_date(ctx.record.filing_date.value)
    if letter is None:
        return
    d0 = letter.isoformat()
    filed_spans = ctx.record.filing_date.spans or [ctx.letter_span()]
    if filed is not None:
        around = ctx.text[max(0, filed_spans[0].start - 120) : filed_spans[0].start]
        future = _FUTURE_FILING.search(around) is not None
        late, stale = (
            (letter - filed).days > LATE_LETTER_DAYS,
            (filed - letter).days > DATE_GAP_DAYS,
        )
        if future and (late or stale):
            yield Hit(filed_spans, {"what": "The filing (to be made)", "d1": filed, "d0": d0})
        elif not future and (filed - letter).days > LATE_LETTER_DAYS:
            yield Hit(filed_spans, {"what": "The filing (already made)", "d1": filed, "d0": d0})
    for _, dated in ctx.search(_DATED, ctx.record.documents_reviewed):
        when = DATE.pattern.match(ctx.text, dated.end())
        stated = parse_date(when) if when else None
        if when and stated and stated > letter:
            facts = {"what": "A document reviewed", "d1": stated, "d0": d0}
            yield Hit([Span(when.start(), when.end())], facts)
    if filed is not None:
        # A filing stated as made before the letter is an earlier statement that the letter's
        # post-effective amendment amends: the plan may have changed since.
        latest = max(filed, letter)
        for m in ctx.mentions("plan_dated"):
            when = DATE.pattern.match(ctx.text, m.end())
            stated = parse_date(when) if when else None
            if when and stated and stated > latest:
                facts = {"what": "The plan", "d1": stated, "d0": d0}
                yield Hit([Span(when.start(), when.end())], facts)
    submitted = ctx.filing.filed if ctx.filing is not None else None
    if submitted is not None and (letter - submitted).days > LATE_LETTER_DAYS:
        facts = {"what": "The submission", "d1": submitted, "d0": d0}
        yield Hit(ctx.record.date.spans or [ctx.letter_span()], facts)


def _names_issuer(ctx: Context, at: int, names: set[str]) -> bool:
    """The words before ``at`` name the issuer (not "the Company's predecessor, Acme Inc.")."""
    before = _DEFINED_AS.sub("", ctx.text[max(0, at - 120) : at].lower()).rstrip(" ,.")
    return not _OTHER_ENTITY.search(before[-100:]) and any(before.endswith(n) for n in names)


@rule(
    "E5606", "jurisdiction-inconsistent", "error",
    applies_to="every form",
    message="Issuer described as organized in {a} and in {b}",
    source="Drafting practice; SLB 19 (law of the jurisdiction of organization)",
    bad='"Pennock Aerial Corp., a Delaware corporation" and later "the Company, a Nevada '
    'corporation, has the power ...".',
    good="One jurisdiction throughout.",
)  # fmt: skip
def jurisdiction_inconsistent(ctx: Context) -> Iterator[Hit]:
    """The issuer is described under one jurisdiction of organization throughout.

    Why: the jurisdiction decides which law the opinion must cover (E5201); two of them mean
    one is wrong. Only descriptions of the issuer itself (its name or "the Company") count,
    among them the one extraction read as the issuer's ("an Ohio Corporation", "Acme, Inc. a
    Puerto Rico corporation").
    """
    names = _issuer_names(ctx)
    found: list[tuple[Span, str]] = []
    juris = ctx.record.issuer_jurisdiction
    if juris.value and juris.spans:
        found.append((juris.spans[0], juris.value))
    for m in ctx.mentions("described_as"):
        if _names_issuer(ctx, m.start(), names):
            found.append((Span(m.start(1), m.end()), m.group(1)))
    for m in ctx.mentions("incorporated_under"):
        if m.group(1) or _names_issuer(ctx, m.start(), names):
            found.append((Span(m.start(), m.end()), m.group(2)))
    found.extend(_said_organized(ctx, names))
    if len({place for _, place in found}) < 2:  # most letters spell one place throughout
        return
    seen: dict[str, Span] = {}
    for span, place in sorted(found):
        seen.setdefault(fold(canonical(place)), span)  # "Israeli" is Israel
    if len(seen) > 1:
        (a, sa), (b, sb) = list(seen.items())[:2]
        yield Hit([sa, sb], {"a": a.title(), "b": b.title()})


def _said_organized(ctx: Context, names: set[str]) -> Iterator[tuple[Span, str]]:
    """Statements that the issuer "is (a corporation) duly organized, validly existing and in
    good standing under the laws of" a place, with the place. Good standing as a foreign
    corporation, or qualification, elsewhere is not where it is organized."""
    at = ctx.lower.find(_LAWS_OF)
    while at >= 0:
        said = _IS_ORGANIZED.search(ctx.text, max(0, at - 160), at) if _ORGANIZED_WORD.search(
            ctx.lower, max(0, at - 160), at
        ) else None
        place = _PLACE_AFTER_LAWS_OF.match(ctx.text, at + len(_LAWS_OF)) if said else None
        if (
            said
            and place
            and not _QUALIFIED.search(said.group(0))
            and _names_issuer(ctx, said.start(), names)
        ):
            yield Span(said.start(), place.end()), place.group(1)
        at = ctx.lower.find(_LAWS_OF, at + 1)


def _class_mismatch(ctx: Context) -> Iterator[Hit]:
    """The first opinion mention of a lettered class the introduction does not name."""
    mentions = ctx.mentions("share_class")
    if not mentions or ctx.intro is None or not ctx.opinions:
        return
    intro, security = ctx.intro.span, ctx.record.security.value or ""
    registered = {m.group(1) for m in mentions if intro.start <= m.start() < intro.end}
    registered |= {c.upper() for c in _CLASS_IN_SECURITY.findall(security)}
    if not registered and not _SHARES_NAMED.search(ctx.low(intro)):
        return  # an introduction that names no shares cannot say which class is registered
    for m in mentions:
        at = Span(m.start(), m.end())
        if (
            m.group(1) in registered
            or not ctx.in_opinion(at)
            or intro.start <= at.start < intro.end
        ):
            continue
        named = f"Class {', '.join(sorted(registered))}" if registered else "no lettered class"
        yield Hit([at], {"field": "Class", "a": named, "b": m.group(0)})
        return


# "..., par value $5.00 per share, of Harlow Bank": the class of another company.
_OF_NAME = re.compile(r"(?: per share)?,?\s+of\s+((?:[Tt]he\s+)?[A-Z][\w.&'-]*)")


def _issuer_names(ctx: Context) -> set[str]:
    """How the letter names the issuer (lower case): "the company" and the like, its name, and
    the terms defined for it ("F.N.B. Corporation ("FNB")")."""
    names = {"the company", "the registrant", "the corporation", "the issuer"}
    name = (ctx.issuer_name or "").lower().rstrip(",.")
    if name:
        names.add(name)
        names.update(
            t.term.lower()
            for t in ctx.terms.terms
            if any(name in ctx.low(d.antecedent) for d in t.definitions)
        )
    return names


def _of_another_company(ctx: Context, at: int, names: set[str]) -> bool:
    """The words at ``at`` say whose class it is ("of Harlow Bank"), and that is not the
    issuer."""
    m = _OF_NAME.match(ctx.text, at)
    if m is None:
        return False
    owner = ctx.lower[m.start(1) : m.start(1) + 80]
    return not any(owner.startswith(n) for n in names)


def _same_par(a: str, b: str) -> bool:
    """ "$.01" and "0.01" are the same par value; fractions ("1.66-2/3", "0.33 1/3") compare
    as written, and one written in full is the same as its decimal part alone ("$.33")."""
    try:
        return float(a) == float(b)
    except ValueError:
        a, b = a.removeprefix("0"), b.removeprefix("0")
        return b.startswith(a) or a.startswith(b)


@rule(
    "E5607", "class-or-plan-inconsistent", "warning",
    heuristic=True,
    applies_to="every form; plan names on S-8",
    message='{field} is "{a}" in one place but "{b}" in another',
    source="Drafting practice",
    bad='"common stock, par value $0.0001" in the introduction and "common stock, par value '
    '$0.001" in the opinion; or the "2018 Equity Incentive Plan" and later the "2016 Equity '
    'Incentive Plan".',
    good="The same par value and plan name throughout.",
)  # fmt: skip
def class_or_plan_inconsistent(ctx: Context) -> Iterator[Hit]:
    """The class and par value of the registered shares, and each plan's name, are the same
    everywhere: the opinion names no lettered class (Class B) other than those the
    introduction registers.

    Why: another class, par value or plan year points to a copied letter, and leaves open which
    shares or which plan the opinion covers.
    """
    yield from _class_mismatch(ctx)
    par, security = ctx.record.par_value.value, (ctx.record.security.value or "").lower()
    if par and par != "none" and security:
        issuer: set[str] | None = None
        for m in ctx.mentions("par_value"):
            if m.group(1).lower() not in security or _same_par(m.group(3), par):
                continue
            issuer = _issuer_names(ctx) if issuer is None else issuer
            if _of_another_company(ctx, m.end(2), issuer) or _of_another_company(
                ctx, m.end(), issuer
            ):
                continue
            a, b = f"${par}", f"${m.group(3)}"
            yield Hit([Span(m.start(3), m.end(3))], {"field": "Par value", "a": a, "b": b})
            break
    # A plan mentioned with another year than the plan the letter covers ("2018 Equity
    # Incentive Plan" against "2016 Equity Incentive Plan"); plans the letter covers are fine.
    covered = {(m.group(1), m.group(2)) for p in ctx.record.plans.value
               for m in [_PLAN_IN_NAME.search(p)] if m}  # fmt: skip
    names = {name: year for year, name in covered}
    for m in ctx.mentions("plan_year"):
        year, name = m.group(1), m.group(2)
        if (year, name) in covered or name not in names or len(name.split()) < 2:
            continue
        a, b = f"{names[name]} {name}", f"{year} {name}"
        yield Hit([Span(m.start(), m.end())], {"field": "Plan name", "a": a, "b": b})
        return
