"""Who is who: the issuer (name and jurisdiction) and counsel (name and role)."""

from __future__ import annotations

import re

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.extract.counsel import PERSON_WITH_INITIAL
from exhibit5.extract.places import PLACE_PATTERN, defined_place, place_in
from exhibit5.extract.record import Found, Part
from exhibit5.extract.structure import Structure
from exhibit5.terms import Terms

_SUFFIX_WORD = (
    r"(?:Inc|Corp|Co|Ltd|Limited|LLC|L\.L\.C|L\.P|LP|N\.A|plc|PLC|p\.l\.c|S\.A|N\.V|B\.V|AG|SE|Trust"
    r"|Corporation|Company|Incorporated|Bancorp|Bancorporation|Bancshares|BanCorp|Holdings"
    r"|Partners|Partnership|Group|Fund|Bank)"
)
_SUFFIX = _SUFFIX_WORD + r"\b\.?"
# A proper name: capitalised words, with "of", "and", "&" inside and ", Inc." at the end.
_NAME = re.compile(
    # A brand may start in lower case: "qTrek Holdings Limited".
    r"(?:The\s+)?(?:(?<![A-Za-z])[a-z](?=[A-Z]))?[A-Z0-9][\w.'&/@-]*(?:(?:\s+|\s*,\s*(?=(?:Inc|Ltd|LLC|L\.L\.C|L\.P|LP|N\.A|P\.C|"
    r"Co|Corp|Limited|PLLC|P\.L\.L\.C|LLP|L\.L\.P|plc|p\.l\.c|S\.A|N\.V|Incorporated)\b))(?:of|and|&|de|du|la"
    # A country in brackets inside the name: "Bramble (Luxembourg) S.A.".
    r"|plc\b|p\.l\.c\.?|\([A-Z][a-z]+\)(?=\s+[A-Z])|[A-Z0-9&][\w.'&/@-]*))*"
)
_COMPANY_TERMS = ("Company", "Corporation", "Registrant", "Issuer", "Bank", "Trust", "Partnership")
_REGISTRANT_TERMS = ("Company", "Registrant", "Issuer")
_NOT_A_NAME = re.compile(
    r"^(?:the\s+)?(?:Company|Corporation|Registrant|Issuer|You|Your|Board|Securities|Registration"
    r"|Form|Commission|Shares|Plan|Act|We|Us|Our|This|It|Its|In|As|For|Re"
    # Documents (also "Amended and Restated ...") and public offices, not parties.
    r"|(?:(?:Amended\s+and\s+)?Restated\s+|Amended\s+)?"
    r"(?:Declaration|Certificate|Articles|Agreement|Indenture|Charter|By-?laws)s?"
    r"|(?:State\s+)?Department\s+of|Secretary\s+of\s+State|Division\s+of"
    r"|(?:State|Commonwealth|Province|Grand\s+Duchy)\s+of"
    # Parties to an offering that are not the issuer.
    r"|(?:several\s+)?Underwriters?|Representatives?|(?:Sales\s+)?Agents?|Initial\s+Purchasers?"
    r"|Purchasers?|Trustee|Dealer\s+Managers?|Holders?|Selling\s+(?:Stockholders?|Shareholders?))\b",
    re.IGNORECASE,
)
_AFTER_ROLE = Anchored(
    r"\b(?:counsel|Counsel|COUNSEL|(?i:legal\s+advis[eo]rs?|solicitors)|represented|representing|represent"
    r"|Officer|Secretary)"
    r"\s*(?:,\s*)?(?:(?:to|for|of|with)\s+)?(?:the\s+(?=[A-Z]))?",
    ("counsel", "legal", "solicitors", "represent", "officer", "secretary"),
)
# Where an issuer is organized: a place, or the United States for a federally chartered one.
_ORGANIZED_PLACE = rf"(?:{PLACE_PATTERN}|United\s+States\b)"
_JURISDICTION_AFTER = re.compile(
    # After the name: a company number ("ACN 123 456 789"), a definition, then the place.
    r"\s*,?\s*(?:(?:ACN|ABN|ARBN|CRN|RCS|B)\s+[\d .]+)?\s*,?\s*(?:\([^)]{0,60}\)\s*,?\s*)?"
    # A trade or former name between: "Acme Trust, d/b/a Acme Homes Trust, a ... trust".
    r"(?:(?:d/b/a|doing\s+business\s+as|f/k/a|formerly\s+known\s+as)\s+[^,()]{1,80},\s*)?"
    r"(?:(?:(?:an?|the)\s+|(?<=,\s))(?P<a>"
    + PLACE_PATTERN
    + r")(?:[-\s](?:chartered|organized|incorporated|based|domiciled))?\s+(?:[\w-]+\s+){0,5}?"
    r"(?:corporation|company|trust|partnership|bank|association|limited|entity|business|"
    r"banking|holding|savings|insurance|REIT|Corporation|Company)"
    r"|[^()\"]{0,80}?\b(?:organized|incorporated|formed|existing|registered|chartered|amalgamated"
    r"|continued)\s+"
    r"(?:and\s+existing\s+)?(?:under\s+(?:the\s+(?:federal\s+)?laws?\s+of\s+(?:the\s+)?"
    r"|the\s+[A-Z][\w ]{3,60}?"
    # "existing under Dutch law", "under Netherlands Law"
    r"\b(?:Act|Law|Code)\s+\(|(?=\S+(?:\s\S+)?\s+law\b))|in\s+(?:the\s+)?)(?P<b>"
    + _ORGANIZED_PLACE
    + r"))",
    re.IGNORECASE,
)
_COMPANY_MEANS = re.compile(r"(?<![\w\"“])(?:Company|Issuer)\s+means\s+")
_THE_COMPANY = re.compile(r"\bthe\s+(?:Company|Corporation|Registrant|Issuer)\b")
_COMPANY_IS = re.compile(
    r"\b(?:the\s+Company|the\s+Corporation|the\s+Registrant|[A-Z][\w.&]+)\s+is\s+(?:a\s+|an\s+)?"
    r"(?:[\w,]+\s+){0,6}?(?:organized|incorporated|formed|existing|in\s+good\s+standing)\s+"
    r"(?:[\w,]+\s+){0,10}?under\s+the\s+laws?\s+of\s+(?:the\s+)?(?P<b>" + _ORGANIZED_PLACE + r")"
    # "the Company is a duly and legally organized and existing Nevada state corporation"
    # (also right after its definition: 'Acme Ltd. (the "Company") is a ... Nevada corporation')
    r"|\bthe\s+[\"“]?(?:Company|Corporation)[\"”)]*\s+is\s+an?\s+(?:[\w,]+\s+){0,6}?(?P<a>"
    + PLACE_PATTERN
    + r")\s+(?:state\s+)?corporation",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_ENDS_WITH_SUFFIX = re.compile(_SUFFIX + r"$")
_HAS_SUFFIX = re.compile(_SUFFIX)
# A cleaned name is cut from its match, white space aside, and a suffix holds none: a match
# without one of the words cannot give a name that ends in a suffix, and is not cleaned.
_HAS_SUFFIX_WORD = re.compile(_SUFFIX_WORD)
_PLAN_ENDS = ("Plan", "Plans", "Program", "Agreement")
_PLAN_END = re.compile(rf"\b(?:{'|'.join(_PLAN_ENDS)})$")
_JOINERS = ("of", "and", "&", "de", "du", "la")
_TRAILING_JOINER = re.compile(rf"(?:\s+(?:{'|'.join(_JOINERS)}))+$")
_LINE = re.compile(r"[^\n]+")
_NAME_LINE = re.compile(r"(?:[A-Z][\w.&'-]*\s?){1,5}")


def issuer(text: str, st: Structure, terms: Terms) -> tuple[Found[str | None], int | None]:
    """The issuer's name as the body first names it, and where that name ends (to read the
    jurisdiction that follows it)."""
    role = st.role_sentence
    if role is not None:
        for m in _AFTER_ROLE.finditer(role.text, role.low):
            named = _name_at(role.text, m.end())
            if named:
                name, (a, b) = named
                # The sentence may go on to the registrant it defines as "the Company": the
                # holding company of a converting bank, the parent of counsel's employer.
                defined = _company_defined_in(text, role.span, terms) or _full_name_of(
                    text, name, terms
                )
                at = role.span.start
                if defined is not None and defined.value != name:
                    whole = _across_comma(text, Span(at + a, at + b), defined)
                    return whole, whole.spans[0].end
                return Found.of(name, spans=[Span(at + a, at + b)]), at + b
    # "the Company" first: a letter may define the bank being converted ("the Bank") or a
    # company merged into the registrant before the registrant itself.
    ordered = sorted(terms.defined, key=lambda t: t.term.title() not in _REGISTRANT_TERMS)
    registrant_tried = False
    for term in ordered:
        d = term.definitions[0]
        if d.kind == "heading" or d.span.start < st.body.start - 400:
            continue
        if not registrant_tried and term.term.title() not in _REGISTRANT_TERMS:
            registrant_tried = True
            # "the Company" defined before the body (the subject line of a flattened letter)
            # before another party the body defines ('the Bermuda Monetary Authority (the
            # "BMA")').
            early = _registrant_before(text, terms, st.body.start - 400)
            if early:
                return early, early.spans[0].end
        if term.term.title() in _COMPANY_TERMS or (term.term.isupper() and len(term.term) <= 6):
            found = _company_before(text, d.site.start) or _name_in(text, d.antecedent)
            if found:
                return found, found.spans[0].end
        elif _own_short_name(text, term.term, d.site.start):
            # 'Ashford Financial, Inc. ("Ashford") has entered into ...': named by itself.
            found = _company_before(text, d.site.start)
            if found and found.value and found.value.split()[0] == term.term.split()[0]:
                return found, found.spans[0].end
    # A Company defined before the body (in the Re: line or the addressee block).
    for d in sorted((t.definitions[0] for t in terms.defined), key=lambda d: d.span):
        if d.term.title() in _COMPANY_TERMS:
            found = _name_in(text, d.antecedent)
            if found:
                return found, found.spans[0].end
    # A list of definitions (Dutch and Luxembourg usage): "Company means Tulip Holding N.V., ...".
    means = _COMPANY_MEANS.search(text, st.body.start) if " means " in st.low else None
    named = _name_at(text, means.end()) if means else None
    if named is not None:
        name, span = named
        return Found.of(name, spans=[span]), span.end
    for s in st.body_sentences[:6]:
        for m in _NAME.finditer(s.text):
            if not _HAS_SUFFIX_WORD.search(m.group()):
                continue
            name, span = _named(m, s.span.start)
            if name and _ENDS_WITH_SUFFIX.search(name) and not _NOT_A_NAME.match(name):
                if _AS_AGENT.match(s.text, m.end()):
                    continue  # "Wilmington Trust, National Association, as trustee"
                return Found.of(name, spans=[span]), span.end
    return _addressee_company(text, st), None


_COMMA = re.compile(r",\s*")


def _across_comma(text: str, named: Span, defined: Found[str | None]) -> Found[str | None]:
    """The defined company, or with the words before a comma inside its name when the role
    sentence names it from there: "The Eastfield Gas, Light and Water Company" is read as
    "The Eastfield Gas" and, up to its suffix, "Light and Water Company"."""
    start = defined.spans[0].start
    if _HAS_SUFFIX.search(text, named.start, named.end) or not _COMMA.fullmatch(
        text, named.end, start
    ):
        return defined
    end = defined.spans[0].end
    return Found.of(_SPACES.sub(" ", text[named.start : end]), spans=[Span(named.start, end)])


def _registrant_before(text: str, terms: Terms, end: int) -> Found[str | None] | None:
    """The name defined as "the Company" (or "the Registrant", "the Issuer") before ``end``."""
    for term in terms.defined:
        d = term.definitions[0]
        if d.span.start < end and d.kind != "heading" and term.term.title() in _REGISTRANT_TERMS:
            return _company_before(text, d.site.start) or _name_in(text, d.antecedent)
    return None


# A party named for its role in the offering: the trustee, an agent, the underwriters.
_AS_AGENT = re.compile(
    r"(?:,\s*(?:a\s+)?(?:National\s+Association|national\s+banking\s+association|N\.A\.))?"
    r"(?:,?\s+[A-Z][a-z]+\s+Branch)?"  # "Citibank, N.A., London Branch"
    r",?\s+as\s+(?:the\s+)?(?:(?:indenture|collateral|successor)\s+)?(?:trustee"
    r"|(?:[a-z]+\s+){0,2}agent|registrar|depositary|underwriters?|representatives?)\b",
    re.IGNORECASE,
)


def _company_defined_in(text: str, span: Span, terms: Terms) -> Found[str | None] | None:
    """The company that a definition as "the Company" (or "the Registrant", "the Issuer")
    inside ``span`` names."""
    for term in terms.defined:
        site = term.definitions[0].site
        if term.term.title() in _REGISTRANT_TERMS and span.start <= site.start < span.end:
            found = _company_before(text, site.start)
            if found is None:
                return None
            start, end = found.spans[0]
            # The definition follows the name and at most its description ("Acme Holdings,
            # Inc., a Maryland corporation (the "Company")"); not a former or trade name.
            if not _DESCRIBED.fullmatch(text, end, site.start) or _OTHER_NAME_OF.search(
                text, max(0, start - 30), start
            ):
                return None
            return found
    return None


_DESCRIBED = re.compile(r"\s*(?:,\s*an?\s+[^,()]{1,80})?,?\s*")
_OTHER_NAME_OF = re.compile(
    r"(?:formerly(?:\s+known\s+as)?|f/k/a|d/b/a|doing\s+business\s+as)\s*$", re.IGNORECASE
)


def _full_name_of(text: str, name: str, terms: Terms) -> Found[str | None] | None:
    """The company a short name stands for: "We are counsel for Oak Hill" after 'Oak Hill
    Financial, Inc. ("Oak Hill")'."""
    # Among the definitions only (Terms.get would find every term's uses first); terms differ
    # in their keys, so the one spelt as the name is the one its key finds.
    term = next((t for t in terms.defined if t.term == name), None)
    if term is None:
        return None
    return _company_before(text, term.definitions[0].site.start)


def _own_short_name(text: str, term: str, site: int) -> bool:
    """A one- or two-word capitalised term written just before its definition."""
    return (
        len(term.split()) <= 2
        and term[:1].isupper()
        and text.find(term.split()[0], max(0, site - 80), site) >= 0
    )


def _name_at(text: str, pos: int) -> tuple[str, Span] | None:
    m = _NAME.match(text, pos)
    if not m:
        return None
    name, span = _named(m, 0)
    if (
        _FULL_STOP.search(name)
        and not _ABBREVIATED_SUFFIX.search(name)
        and _STOP.match(text, span.end)
    ):
        # The sentence's full stop after a word ("counsel for Blue Heron."), not an abbreviation's
        name, span = name[:-1], Span(span.start, span.end - 1)
    if not name or _NOT_A_NAME.match(name) or len(name) < 3:
        return None
    return name, span


_FULL_STOP = re.compile(r"(?<=[A-Za-z]{2})\.$")
_STOP = re.compile(r"\s|$")


# (The first must end in a legal form, not in "Bank", "Trust" or "Holdings": "Farmers Bank and
# Trust Company" is one name.)
_TWO_COMPANIES = re.compile(
    r"(.+?\b(?:Inc|Corp|LLC|L\.L\.C|L\.P|LP|Ltd|Limited|plc|N\.V|S\.A|B\.V|AG|SE|Corporation"
    rf"|Incorporated)\b\.?)\s+(?:and|&)\s+.+{_SUFFIX}$"
)
_OTHER_SCRIPT = re.compile(r"\s*[^\x00-\u024f\u2018-\u201d].*$", re.S)
_COMPANY_NUMBER = re.compile(r"\s+(?:ACN|ABN|ARBN|CRN|RCS|B)\s+[\d .]+$")
_COMPANY_NUMBER_WORDS = ("ACN", "B", "CRN", "RCS")  # one is in every match ("ABN" has "B")
_LIST_MARK = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)+")
_STATUTE = re.compile(r"\b(?:Act|Law|Code|Statutes?)$")
_STATUTE_REACH = len("Statutes")  # a match starts this close to the end
_DOCUMENT_TITLE = re.compile(
    r"^.*\b(?:Agreement|Declaration|Certificate|Articles|Indenture|Charter|Bylaws|Statement)\b.*?\sof\s+"
    r"(?!(?:Limited\s+)?(?:Partnership|Trust|Incorporation|Formation|Organization|Association)\b)"
)
_BEFORE_NAME = re.compile(r"^.*\b(?:Dear\s+\w+|Re:?|RE:?|Attention:?|Attn:?|Gentlemen:?)\s+")
_BEFORE_NAME_WORDS = ("Re", "RE", "Dear", "Att", "Gentlemen")  # one is in every match
# The securities named before their issuer: "Common Stock of Lantern Optics Corporation".
_SECURITY_OF = re.compile(
    r"^.*\b(?:Stock|Shares|Units|Notes|Debentures|Warrants|Securities)\s+of\s+(?:the\s+)?"
)
# An officer's title run into the company's name: "Chief Legal Officer of Riverbend Power Company".
_TITLE_OF = re.compile(
    r"^.*\b(?:Officer|Counsel|President|Secretary|Director|Chairman|Treasurer)\s+of\s+(?:the\s+)?"
)


def _clean_name(raw: str) -> tuple[str, int]:
    """The name in a ``_NAME`` match, and where it starts in the match ("" when none)."""
    # One space for one line break: offsets stay. (Every white space character but the space
    # is unprintable: a name printable and without double spaces has nothing to replace.)
    name = raw if raw.isprintable() and "  " not in raw else _SPACES.sub(" ", raw)
    # Words before the name: a list mark ("1. Acme Corp. is ..."), a salutation or reference
    # line run on ("Dear Sirs Acme Inc"), a document's title wrapped around it ("Agreement of
    # Limited Partnership of Acme, L.P." names Acme, L.P.). The last three backtrack over the
    # whole name: they are tried only where a word they need is in it.
    name = _LIST_MARK.sub("", name)
    if any(word in name for word in _BEFORE_NAME_WORDS):
        name = _BEFORE_NAME.sub("", name)
    if " of " in name:  # its white space is single spaces now
        for lead in (_DOCUMENT_TITLE, _TITLE_OF, _SECURITY_OF):
            name = lead.sub("", name)
    if "\n" in raw:
        # An address line run into the name ("Dublin 18 Ireland" / "Bramble plc"): the name's
        # own line, when it is one; not a name broken after its first word ("Re: Genco" /
        # "Shipping & Trading Limited"), unless that word is a place ("Dublin 18" / "Ireland").
        cut = raw.rindex("\n")
        last, above = raw[cut + 1 :], _BEFORE_NAME.sub("", raw[:cut].rsplit("\n", 1)[-1])
        if (
            len(last.split()) >= 2
            and _ENDS_WITH_SUFFIX.search(last)
            and len(last) < len(name)
            and (len(above.split()) > 1 or place_in(above) is not None)
        ):
            name = last
    at = len(raw) - len(name)
    # The patterns below are tried only where the words or characters they need are in the
    # name (which holds no line break by now): most names are spared them all.
    if any(word in name for word in _COMPANY_NUMBER_WORDS):
        name = _COMPANY_NUMBER.sub("", name)  # "Bramble Limited ACN 123 456 789"
    if not name.isascii():
        name = _OTHER_SCRIPT.sub("", name)  # the name in Chinese written on after the English
    statute = _STATUTE.search(name, max(0, len(name) - _STATUTE_REACH))
    if statute or _ENDS_WITH_SUFFIX.fullmatch(name):
        return "", at  # "Canada Business Corporations Act"; a lone "Co" cut off a fragment
    # Trailing words that are not part of the name: "Acme Corp and", "Acme Inc. In".
    if name.endswith(_JOINERS):
        name = _TRAILING_JOINER.sub("", name)
    # Two companies joined ("Acme Finance LLC and Acme Finance Co."): the first is named.
    joined = _TWO_COMPANIES.match(name) if "and" in name or "&" in name else None
    if joined:
        name = joined.group(1)
    if name.endswith(_PLAN_ENDS) and _PLAN_END.search(name):
        # A plan is not a party: "the Acme, Inc. Stock Plan" names Acme, Inc. or no one (nor
        # does "Trust Agreement" name a "Trust").
        suffixes = list(_HAS_SUFFIX.finditer(name))
        name = name[: suffixes[-1].end()] if suffixes else ""
        if _ENDS_WITH_SUFFIX.fullmatch(name):
            name = ""
    return name.rstrip(","), at


def _named(m: re.Match[str], base: int) -> tuple[str, Span]:
    """The cleaned name of a ``_NAME`` match in a string that starts at ``base`` of the text,
    and its span in the text."""
    name, at = _clean_name(m.group(0))
    start = base + m.start() + at
    return name, Span(start, start + len(name))


_ABBREVIATED_SUFFIX = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|N\.V|B\.V|S\.A|L\.P|L\.L\.C|N\.A|P\.C|S\.p\.A|A\.G)\.$"
)


def _company_before(text: str, end: int) -> Found[str | None] | None:
    """The last company name (one with a corporate suffix) in the clause before a
    definition: 'FGBC Bancshares, Inc., a corporation organized under ... (the "Company")'."""
    start = max(0, end - 250)
    stop = text.rfind(". ", start, end)
    while stop >= 0 and (
        _ABBREVIATED_SUFFIX.search(text, start, stop + 1) or _is_initial(text, stop)
    ):
        # "Acme N.V. (the ...)", "R.T.K. Holdings, Inc. (the ...)": no sentence ends there
        stop = text.rfind(". ", start, stop)
    stop = max(stop, text.rfind("\n\n", start, end))
    start = stop + 1 if stop >= 0 else start
    last: Found[str | None] | None = None
    for m in _NAME.finditer(text, start, end):
        if not _HAS_SUFFIX_WORD.search(m.group()):
            continue
        name, span = _named(m, 0)
        # Not a description after an article: "an Ohio Corporation".
        described = _ARTICLE_BEFORE.search(text, max(0, span.start - 4), span.start)
        if _ENDS_WITH_SUFFIX.search(name) and not _NOT_A_NAME.match(name) and not described:
            last = Found.of(name, spans=[span])
    return last


_ARTICLE_BEFORE = re.compile(r"\b(?:an?|An?)\s+$")


def _is_initial(text: str, stop: int) -> bool:
    """Is the full stop at ``stop`` an initial's: "R.T.K.", "J. C.", "U.S."?"""
    return text[stop - 1 : stop].isupper() and not text[stop - 2 : stop - 1].isalpha()


def _name_in(text: str, span: Span) -> Found[str | None] | None:
    """The proper name at the start of a definition's antecedent."""
    chunk = text[span.start : span.end]
    for m in _NAME.finditer(chunk):
        name, found = _named(m, span.start)
        if (
            name
            and not _NOT_A_NAME.match(name)
            and (len(name.split()) > 1 or _HAS_SUFFIX.search(name))
        ):
            return Found.of(name, spans=[found])
    return None


def _addressee_company(text: str, st: Structure) -> Found[str | None]:
    part = addressee(text, st)
    if part is None or _AGENCY.search(part.text):
        return Found.of(None)  # the Commission's or the underwriters' address
    for m in _NAME.finditer(part.text):
        if not _HAS_SUFFIX_WORD.search(m.group()):
            continue
        name, span = _named(m, part.span.start)
        if _ENDS_WITH_SUFFIX.search(name) and not _NOT_A_NAME.match(name):
            return Found.of(name, spans=[span])
    # No corporate suffix: the first line that is a name, not a title or an address.
    lines = list(_LINE.finditer(part.text))
    for i, line in enumerate(lines):
        value = line.group(0).strip()
        if (
            _NAME_LINE.fullmatch(value)
            and not _ADDRESSEE_NOISE.match(value)
            and not PERSON_WITH_INITIAL.fullmatch(value)  # a lawyer's contact block
        ):
            start = part.span.start + line.start() + line.group(0).find(value)
            after = lines[i + 1].group(0).strip() if i + 1 < len(lines) else ""
            if _NAME_LINE.fullmatch(after) and _ENDS_WITH_SUFFIX.search(after):
                # The name broken over two lines: "Birch" / "Harbor Corporation".
                value = f"{value} {after}"
                return Found.of(value, spans=[Span(start, part.span.start + lines[i + 1].end())])
            return Found.of(value, spans=[Span(start, start + len(value))])
    return Found.of(None)


# An addressee block that is the Commission, or the banks of an offering, not the issuer.
_AGENCY = re.compile(
    r"Commission|Washington,?\s+D\.?\s?C\.?|Division\s+of\s+Corporation|Underwriters|Representatives"
    r"|Initial\s+Purchasers|Sales\s+Agents?"
)
_ADDRESSEE_NOISE = re.compile(
    r"(?:Board|Boards|Securities|Attention|Attn|Ladies|Gentlemen|Via|By|VIA|BY|The\s+Board|Office"
    r"|Reference|REFERENCE"
    r"|Division|To|Dear|Mr|Ms|Mrs)\b"
)


def jurisdiction(text: str, st: Structure, name_end: int | None) -> Found[str | None]:
    """Where the issuer is organized, as stated right after its name or in an opinion that the
    Company "is validly existing under the laws of" a place."""
    if name_end is not None:
        after = _place_after(text, name_end, min(len(text), name_end + 260))
        if after:
            return Found.of(after[0], spans=[after[1]])
    role = st.role_sentence
    company = _THE_COMPANY.search(role.text) if role is not None else None
    if role is not None and company is not None:
        # "counsel to the Company, an exempted company incorporated in Bermuda".
        after = _place_after(text, role.span.start + company.end(), role.span.end)
        if after:
            return Found.of(after[0], spans=[after[1]])
    for s in st.body_sentences:
        m = _COMPANY_IS.search(s.text)
        if m:
            g = "a" if m.group("a") else "b"
            value = _organized_in(m.group(g))
            if value:
                start = s.span.start + m.start(g)
                return Found.of(value, spans=[Span(start, s.span.start + m.end(g))])
    return Found.of(None)


# "a RMI corporation", "a RMI non-resident domestic corporation", "a BVI business company": a
# place named by an abbreviation the letter defines for it.
_ABBREVIATION_AFTER = re.compile(
    r"\s*,?\s*(?:\([^)]{0,60}\)\s*,?\s*)?an?\s+(?P<abbr>[A-Z]{2,5})\s+(?:[\w-]+\s+){0,2}(?:corporation|company)\b"
)


def _place_after(text: str, pos: int, end: int) -> tuple[str, Span] | None:
    """The place an issuer is organized in, stated right after its name (or "the Company")."""
    m = _JURISDICTION_AFTER.match(text, pos, end)
    if m:
        g = "a" if m.group("a") else "b"
        value = _organized_in(m.group(g))
        return (value, Span(m.start(g), m.end(g))) if value else None
    m = _ABBREVIATION_AFTER.match(text, pos, end)
    defined = defined_place(text, m.group("abbr")) if m else None
    if m and defined:
        value = _organized_in(defined)
        return (value, Span(m.start("abbr"), m.end("abbr"))) if value else None
    return None


def _organized_in(place: str) -> str | None:
    """The canonical name of the place an issuer is organized in ("United States" included)."""
    return "United States" if _UNITED_STATES.match(place) else place_in(place)


_UNITED_STATES = re.compile(r"United\s+States\b", re.IGNORECASE)


def addressee(text: str, st: Structure) -> Part | None:
    """The addressee block (located once, by :attr:`Structure.addressee`)."""
    return Part.of(text, st.addressee) if st.addressee else None
