"""Generate realistic EDGAR daily feed archives (``YYYYMMDD.nc.tar.gz``) for tests and benchmarks.

Each archive holds ``./{ACC}.nc`` members in the feed's ``<SUBMISSION>`` container: an SGML
header (varied CIKs, filing dates, forms, states of incorporation), a registration-statement
body, an Exhibit 5 opinion, Exhibit 23 consents, uuencoded images, and, at ``broken_rate``,
broken members (empty, truncated, binary, not SGML, post-acceptance corrections). The opinions
are written from the letter templates below with random matters, or taken from a directory of
real letters (``--letters``, e.g. the shared corpus at benchmark time). Output is a pure
function of the arguments and the seed.

    python benchmarks/make_feed.py OUT_DIR -n 20000 --per-day 1000 --seed 7
"""

from __future__ import annotations

import argparse
import binascii
import datetime as dt
import gzip
import io
import random
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from exhibit5.draft import Matter as DraftMatter
from exhibit5.draft import draft

STATES = {
    "DE": "Delaware", "NV": "Nevada", "MD": "Maryland", "NY": "New York", "CA": "California",
    "TX": "Texas", "FL": "Florida", "MA": "Massachusetts", "WA": "Washington", "CO": "Colorado",
    "MN": "Minnesota", "OH": "Ohio", "PA": "Pennsylvania", "GA": "Georgia", "NJ": "New Jersey",
}  # fmt: skip
STATE_WEIGHTS = [50, 10, 6, 5, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2]

# (form, weight, carries an opinion)
FORMS = [
    ("S-8", 30, True), ("S-3", 12, True), ("S-1", 8, True), ("S-8 POS", 4, True),
    ("S-3ASR", 5, True), ("F-3", 3, True), ("S-4", 3, True), ("8-K", 15, True),
    ("10-Q", 15, False), ("DEF 14A", 5, False),
]  # fmt: skip

NAME_A = ["Alder", "Bramble", "Cinder", "Dunmore", "Eastgate", "Fernhill", "Glassworks", "Harbor",
          "Ironwood", "Juniper", "Kestrel", "Larkspur", "Meridian", "Northwind", "Oakridge",
          "Pinecrest", "Quarry", "Redfern", "Saltmarsh", "Thornbury", "Umber", "Vantage",
          "Willowby", "Yarrow", "Zephyr"]  # fmt: skip
NAME_B = ["Biosciences", "Energy", "Holdings", "Paper", "Therapeutics", "Medical Devices",
          "Financial Group", "Software", "Logistics", "Foods", "Semiconductor", "Realty Trust",
          "Networks", "Minerals", "Apparel", "Robotics"]  # fmt: skip
SUFFIX = ["Inc.", "Corp.", "Corporation", "Co.", "Holdings, Inc.", "Ltd."]
FIRMS = ["Harrow & Quill LLP", "Marlowe Pierce LLP", "Tennant, Oakes & Vale LLP",
         "Birchfield Stanton LLP", "Corwin Haddad LLP", "Ellery & Finch, P.C.",
         "Sable Ridge Partners LLP", "Whitcombe Lau LLP", "Okonkwo Brandt LLP",
         "Ashdown Mercer & Rios LLP"]  # fmt: skip
FIRM_WEIGHTS = [20, 16, 12, 10, 9, 8, 7, 6, 5, 4]
PEOPLE = ["Dana Whitfield", "Marcus Ebright", "Priya Castellan", "Tomasz Rehn", "Ada Lindqvist",
          "Graham Osei", "Lucia Ferrante", "Noel Abernathy"]  # fmt: skip
PLANS = ["2008 Equity Incentive Plan", "Amended and Restated Stock Option Plan",
         "Employee Stock Purchase Plan", "2015 Omnibus Incentive Plan",
         "Non-Employee Director Stock Plan", "2021 Long-Term Incentive Plan"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


@dataclass
class Company:
    cik: int
    name: str
    state: str
    sic: int
    irs: str
    fiscal_year_end: str


@dataclass
class Matter:
    """The facts one opinion letter states."""

    company: Company
    form: str
    date: dt.date
    counsel: str
    in_house: bool
    shares: int
    par: str
    plan: str | None
    debt: bool
    section7: bool
    reliance_limit: bool
    legal_matters: bool
    laws: str
    html: bool


@dataclass
class Document:
    type: str
    filename: str
    description: str
    body: str


@dataclass
class Submission:
    accession: str
    form: str
    filing_date: dt.date
    company: Company
    file_number: str
    documents: list[Document] = field(default_factory=list)


def long_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


# --- letters -------------------------------------------------------------------------------


def letter_paragraphs(m: Matter) -> list[str]:
    """The opinion as paragraphs, written from the matter; clause choices vary with it."""
    c = m.company
    state = STATES[c.state]
    we, our, us = ("I", "my", "me") if m.in_house else ("we", "our", "us")
    We = we.capitalize()
    security = (
        f'${m.shares:,} aggregate principal amount of senior notes (the "Notes")'
        if m.debt
        else f'{m.shares:,} shares of common stock, par value ${m.par} per share (the "Shares")'
    )
    plan = f', issuable under the {c.name} {m.plan} (the "Plan")' if m.plan else ""
    role = (
        f'I am the General Counsel of {c.name}, a {state} corporation (the "Company"), and '
        "I render this opinion"
        if m.in_house
        else f'We have acted as counsel to {c.name}, a {state} corporation (the "Company"),'
    )
    paras = [
        f"Exhibit {'5.1' if m.form != 'S-8' or m.debt else '5'}",
        long_date(m.date),
        f"{c.name}\n{100 + c.cik % 900} Commerce Way\nWilmington, {state}",
        f"Re: Registration Statement on Form {m.form}",
        "Ladies and Gentlemen:",
        f"{role} in connection with the registration statement on Form {m.form} (the "
        '"Registration Statement") that the Company files with the Securities and Exchange '
        'Commission (the "Commission") under the Securities Act of 1933, as amended (the '
        f'"Securities Act"), covering {security}{plan}.',
        f"In preparing this letter {we} examined the Company's certificate of incorporation and "
        "bylaws as in effect today, the resolutions of its board of directors authorizing the "
        f"issuance, {'the Plan, ' if m.plan else ''}the Registration Statement, and such other "
        f"corporate records, certificates of officers and public officials as {we} judged "
        "relevant. As to facts material to this opinion, "
        f"{we} relied without independent check on those certificates.",
        f"{We} assumed that every signature is genuine, that each document submitted to {us} as "
        "an original is authentic, that each copy conforms to its original, and that every "
        "natural person signing a document had legal capacity to do so.",
    ]
    if m.debt:
        opinion = (
            f"On the basis of the foregoing, {we} are of the opinion that, when the Notes have "
            "been duly executed, authenticated and delivered against payment as contemplated by "
            "the Registration Statement and the indenture, the Notes will constitute valid and "
            "binding obligations of the Company, enforceable against it in accordance with their "
            "terms, except as enforcement may be limited by bankruptcy, insolvency and similar "
            "laws affecting creditors' rights generally and by general principles of equity."
        )
    else:
        issued = (
            "when issued and paid for in accordance with the terms of the Plan"
            if m.plan
            else "when sold and paid for in the manner described in the Registration Statement"
        )
        opinion = (
            f"On the basis of the foregoing, {we} {'am' if m.in_house else 'are'} of the "
            f"opinion that the Shares have been duly authorized and, {issued}, will be validly "
            "issued, fully paid and non-assessable."
        )
    paras.append(opinion)
    paras.append(
        f"{We} express no opinion on the laws of any jurisdiction other than {m.laws}, as in "
        "effect on the date of this letter."
    )
    if m.reliance_limit:
        paras.append(
            f"This letter is furnished to the Company for its use in connection with the "
            f"Registration Statement and may not be relied upon by any other person without "
            f"{our} prior written consent."
        )
    consent = (
        f"{We} consent to the filing of this letter as an exhibit to the Registration Statement"
        + (
            f" and to the reference to {'me' if m.in_house else 'our firm'} under the caption "
            '"Legal Matters" in the prospectus that forms part of it'
            if m.legal_matters
            else ""
        )
        + "."
    )
    if m.section7:
        consent += (
            f" In giving this consent {we} do not admit that {we} "
            f"{'am' if m.in_house else 'are'} in the category of persons whose consent is "
            "required by Section 7 of the Securities Act or the rules of the Commission."
        )
    paras.append(consent)
    signer = (
        f"/s/ {PEOPLE[m.company.cik % len(PEOPLE)]}\nGeneral Counsel"
        if m.in_house
        else f"/s/ {m.counsel}"
    )
    paras += ["Very truly yours,", signer]
    return paras


def render(paras: list[str], html: bool) -> str:
    if not html:
        return "\n\n".join(paras) + "\n"
    body = "\n".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    title = f"<head><title>{escape(paras[0])}</title></head>"
    return f"<html>\n{title}\n<body>\n{body}\n</body>\n</html>\n"


# --- other documents -------------------------------------------------------------------------

FILLER = [
    "The registrant files this statement to register securities described below.",
    "Information required by Part I is omitted as permitted by the rules of the Commission.",
    "The registrant's annual report and quarterly reports are incorporated by reference.",
    "Directors and officers are indemnified to the extent permitted by applicable law.",
    "The undersigned registrant undertakes to file any post-effective amendment required.",
    "Pursuant to the requirements of the Securities Act, the registrant certifies this filing.",
]


def main_body(rng: random.Random, sub: Submission, exhibits: list[str]) -> str:
    lines = [
        "UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
        "Washington, D.C. 20549",
        f"FORM {sub.form}",
        sub.company.name.upper(),
        "",
    ]
    for _ in range(rng.randint(20, 80)):
        lines.append(" ".join(rng.choice(FILLER) for _ in range(rng.randint(1, 4))))
        lines.append("")
    lines.append("Item 8. Exhibits")
    lines += [f"  {e}" for e in exhibits]
    return "\n".join(lines) + "\n"


def auditor_consent(rng: random.Random, sub: Submission) -> str:
    auditor = rng.choice(["Greyhaven & Pell LLP", "Norcross Ames LLP", "Tallis Kemp LLP"])
    return (
        "CONSENT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM\n\n"
        "We consent to the incorporation by reference in this Registration Statement on Form "
        f"{sub.form} of our report on the financial statements of {sub.company.name}.\n\n"
        f"/s/ {auditor}\n{long_date(sub.filing_date)}\n"
    )


def uuencode(rng: random.Random, name: str, size: int) -> str:
    data = rng.randbytes(size)
    lines = [f"begin 644 {name}"]
    lines += [binascii.b2a_uu(data[i : i + 45]).decode("ascii").rstrip("\n")
              for i in range(0, len(data), 45)]  # fmt: skip
    lines += ["`", "end"]
    return "\n".join(lines) + "\n"


# --- the container ---------------------------------------------------------------------------


def nc_text(sub: Submission) -> str:
    """The submission in the feed's ``<SUBMISSION>`` SGML container (spec/formats.md §2)."""
    c = sub.company
    head = [
        "<SUBMISSION>",
        f"<ACCESSION-NUMBER>{sub.accession}",
        f"<TYPE>{sub.form}",
        f"<PUBLIC-DOCUMENT-COUNT>{len(sub.documents)}",
        f"<FILING-DATE>{sub.filing_date:%Y%m%d}",
        "<FILER>",
        "<COMPANY-DATA>",
        f"<CONFORMED-NAME>{c.name.upper()}",
        f"<CIK>{c.cik:010d}",
        f"<ASSIGNED-SIC>{c.sic}",
        f"<IRS-NUMBER>{c.irs}",
        f"<STATE-OF-INCORPORATION>{c.state}",
        f"<FISCAL-YEAR-END>{c.fiscal_year_end}",
        "</COMPANY-DATA>",
        "<FILING-VALUES>",
        f"<FORM-TYPE>{sub.form}",
        "<ACT>33",
        f"<FILE-NUMBER>{sub.file_number}",
        "</FILING-VALUES>",
        "</FILER>",
    ]
    return "\n".join(head + [_document(i, d) for i, d in enumerate(sub.documents, 1)]) + (
        "\n</SUBMISSION>\n"
    )


def archives_text(sub: Submission) -> str:
    """The same submission as an Archives ``{ACC}.txt`` full submission file."""
    c = sub.company
    day = f"{sub.filing_date:%Y%m%d}"
    head = [
        f"<SEC-DOCUMENT>{sub.accession}.txt : {day}",
        f"<SEC-HEADER>{sub.accession}.hdr.sgml : {day}",
        f"ACCESSION NUMBER:\t\t{sub.accession}",
        f"CONFORMED SUBMISSION TYPE:\t{sub.form}",
        f"PUBLIC DOCUMENT COUNT:\t\t{len(sub.documents)}",
        f"FILED AS OF DATE:\t\t{day}",
        "",
        "FILER:",
        "",
        "\tCOMPANY DATA:\t",
        f"\t\tCOMPANY CONFORMED NAME:\t\t\t{c.name.upper()}",
        f"\t\tCENTRAL INDEX KEY:\t\t\t{c.cik:010d}",
        f"\t\tSTATE OF INCORPORATION:\t\t\t{c.state}",
        f"\t\tFISCAL YEAR END:\t\t\t{c.fiscal_year_end}",
        "",
        "\tFILING VALUES:",
        f"\t\tFORM TYPE:\t\t{sub.form}",
        "\t\tSEC ACT:\t\t1933 Act",
        f"\t\tSEC FILE NUMBER:\t{sub.file_number}",
        "</SEC-HEADER>",
    ]
    docs = [_document(i, d) for i, d in enumerate(sub.documents, 1)]
    return "\n".join(head + docs) + "\n</SEC-DOCUMENT>\n"


def _document(seq: int, d: Document) -> str:
    return (
        f"<DOCUMENT>\n<TYPE>{d.type}\n<SEQUENCE>{seq}\n<FILENAME>{d.filename}\n"
        f"<DESCRIPTION>{d.description}\n<TEXT>\n{d.body}</TEXT>\n</DOCUMENT>"
    )


# Forms exhibit5.draft writes for; an amendment (S-1/A, S-8 POS) is drafted as its base form,
# anything else (an 8-K takedown) as the S-3 it takes down from.
_DRAFT_FORMS = {"S-8", "S-3", "S-3ASR", "S-1", "S-4", "S-11", "F-1", "F-3", "F-4"}


def _draft_form(form: str) -> str:
    base = form.removesuffix("/A").removesuffix(" POS")
    return base if base in _DRAFT_FORMS else "S-3"


def draft_matter(m: Matter) -> DraftMatter:
    """The same facts as a matter for ``exhibit5.draft``."""
    c = m.company
    state = STATES[c.state]
    security: dict[str, object] = (
        {"type": "debt"}
        if m.debt
        else {"type": "common_stock", "count": m.shares, "par_value": m.par}
    )
    counsel: dict[str, object] = (
        {"name": PEOPLE[c.cik % len(PEOPLE)], "kind": "individual", "role": "General Counsel"}
        if m.in_house
        else {"name": m.counsel, "role": "counsel"}
    )
    registration: dict[str, object] = {
        "form": _draft_form(m.form),
        "filing_date": m.date + dt.timedelta(days=1),
    }
    matter: dict[str, object] = {
        "date": m.date,
        "issuer": {
            "name": c.name,
            "jurisdiction": state,
            "address": [f"{100 + c.cik % 900} Commerce Way", f"Wilmington, {state}"],
        },
        "counsel": counsel,
        "registration": registration,
        "securities": [security],
        "opinion": {"who_may_rely": "addressee_only" if m.reliance_limit else "anyone"},
        "consent": {"section7": m.section7, "legal_matters": m.legal_matters},
    }
    if m.plan:
        matter["plans"] = [{"name": f"{c.name} {m.plan}", "shares": m.shares}]
    if m.debt:
        matter["indenture"] = {"trustee": "Ledgerstone Trust Company, N.A."}
    if _draft_form(m.form) == "S-4":
        matter["merger_agreement"] = {
            "date": m.date - dt.timedelta(days=30),
            "parties": [c.name, f"{c.name.split()[0]} Merger Sub, Inc.", "Target Holdings, Inc."],
        }
    return DraftMatter.model_validate(matter)


# --- the generator ---------------------------------------------------------------------------


class FeedGenerator:
    """Deterministic stream of submissions; ``letters`` are optional real letter bodies."""

    def __init__(self, seed: int = 0, letters: list[tuple[str, str]] | None = None) -> None:
        self.rng = random.Random(seed)
        self.letters = letters or []
        rng = self.rng
        self.companies = [
            Company(
                cik=1_000_000 + i * 37,
                name=f"{rng.choice(NAME_A)} {rng.choice(NAME_B)} {rng.choice(SUFFIX)}",
                state=rng.choices(list(STATES), STATE_WEIGHTS)[0],
                sic=rng.choice([1311, 2834, 3674, 6022, 6798, 7372, 3841, 4911]),
                irs=f"{rng.randrange(10**8, 10**9)}",
                fiscal_year_end=rng.choice(["1231", "0630", "0930", "0331"]),
            )
            for i in range(2000)
        ]
        self.seq = 0

    def matter(self, company: Company, form: str, filed: dt.date) -> Matter:
        rng = self.rng
        debt = form in ("S-3", "S-3ASR", "F-3", "8-K") and rng.random() < 0.35
        in_house = rng.random() < 0.15
        post_2011 = filed >= dt.date(2011, 10, 14)
        state = STATES[company.state]
        laws = rng.choice(
            [
                f"the {'General Corporation Law' if company.state == 'DE' else 'corporate law'}"
                f" of the State of {state}",
                f"the laws of the State of {state}",
                "the laws of the State of New York and the federal laws of the United States",
            ]
        )
        return Matter(
            company=company,
            form=form,
            date=filed - dt.timedelta(days=rng.randint(0, 3)),
            counsel=rng.choices(FIRMS, FIRM_WEIGHTS)[0],
            in_house=in_house,
            shares=rng.randrange(100_000, 20_000_000, 1000),
            par=rng.choice(["0.001", "0.0001", "0.01", "1.00"]),
            plan=rng.choice(PLANS) if form.startswith("S-8") else None,
            debt=debt,
            section7=rng.random() < (0.85 if post_2011 else 0.55),
            reliance_limit=rng.random() < (0.1 if post_2011 else 0.45),
            legal_matters=not form.startswith("S-8") and rng.random() < 0.7,
            laws=laws,
            html=filed.year >= 2001 and rng.random() < 0.8,
        )

    def submission(self, filed: dt.date) -> Submission:
        rng = self.rng
        self.seq += 1
        form, _, opinion = rng.choices(FORMS, [w for _, w, _ in FORMS])[0]
        company = rng.choice(self.companies)
        agent = rng.choice([950123, 950170, 1193125, 1140361, company.cik])
        sub = Submission(
            accession=f"{agent:010d}-{filed:%y}-{self.seq:06d}",
            form=form,
            filing_date=filed,
            company=company,
            file_number=f"333-{rng.randrange(10_000, 299_999)}",
        )
        docs: list[Document] = []
        exhibit_list = []
        takedown = form == "8-K" and rng.random() < 0.5
        if opinion and (form != "8-K" or takedown):
            docs.append(self.opinion(company, form, filed))
            exhibit_list.append(f"5.1  Opinion of counsel ({docs[-1].filename})")
            if rng.random() < 0.9:
                docs.append(
                    Document(
                        "EX-23.1", "ex23-1.txt", "CONSENT OF AUDITORS", auditor_consent(rng, sub)
                    )
                )
                exhibit_list.append("23.1 Consent of independent auditors")
            exhibit_list.append("23.2 Consent of counsel (included in Exhibit 5.1)")
        for i in range(rng.choice([0, 0, 1, 2])):
            name = f"g{self.seq}_{i}.jpg"
            docs.append(
                Document("GRAPHIC", name, "LOGO", uuencode(rng, name, rng.randint(1500, 6000)))
            )
        main = Document(form, f"d{self.seq}.txt", f"FORM {form}",
                        main_body(rng, sub, exhibit_list))  # fmt: skip
        sub.documents = [main, *docs]
        return sub

    def opinion(self, company: Company, form: str, filed: dt.date) -> Document:
        """Half real letters (when given); else two in three drafted by ``exhibit5.draft``,
        the rest from this module's templates, a second drafting style."""
        rng = self.rng
        if self.letters and rng.random() < 0.5:
            name, body = rng.choice(self.letters)
            ext = "htm" if name.endswith(".htm") else "txt"
            return Document("EX-5.1", f"ex5-1.{ext}", "OPINION OF COUNSEL", body)
        m = self.matter(company, form, filed)
        if rng.random() < 2 / 3:
            output = draft(draft_matter(m), "html" if m.html else "text")[0]
            text = output.data.decode("ascii")
            return Document(f"EX-{output.exhibit}", output.filename, "OPINION OF COUNSEL", text)
        body = render(letter_paragraphs(m), m.html)
        return Document("EX-5.1", f"ex5-1.{'htm' if m.html else 'txt'}", "OPINION OF COUNSEL", body)

    def broken(self, sub: Submission) -> tuple[str, bytes]:
        """A member that cannot be read, with the name it goes under."""
        rng = self.rng
        kind = rng.choice(["empty", "truncated", "binary", "not-sgml", "corr"])
        name = f"{sub.accession}.nc"
        if kind == "empty":
            return name, b""
        if kind == "truncated":
            text = nc_text(sub).encode("latin-1", "replace")
            return name, text[: rng.randint(len(text) // 3, len(text) - 200)]
        if kind == "binary":
            return name, b"\x00\x01PK\x03\x04" + rng.randbytes(2000)
        if kind == "not-sgml":
            return name, b"This is a note to the filer desk, not a submission.\n"
        return f"{sub.accession}.corr01.nc", nc_text(sub).encode("latin-1", "replace")

    def members(
        self, filed: dt.date, count: int, broken_rate: float
    ) -> Iterator[tuple[str, bytes]]:
        for _ in range(count):
            sub = self.submission(filed)
            if self.rng.random() < broken_rate:
                yield self.broken(sub)
            else:
                yield f"{sub.accession}.nc", nc_text(sub).encode("latin-1", "replace")


def filing_days(rng: random.Random, count: int) -> list[dt.date]:
    """``count`` distinct business days between 1996 and 2025 (spread across the years)."""
    start, span = dt.date(1996, 1, 2), (dt.date(2025, 12, 31) - dt.date(1996, 1, 2)).days
    days: set[dt.date] = set()
    while len(days) < count:
        d = start + dt.timedelta(days=rng.randrange(span))
        if d.weekday() < 5:
            days.add(d)
    return sorted(days)


def load_letters(directory: str | Path) -> list[tuple[str, str]]:
    paths = sorted(p for p in Path(directory).iterdir() if p.suffix in (".txt", ".htm"))
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def make_feed(
    out: str | Path,
    n: int,
    *,
    seed: int = 0,
    per_day: int = 1000,
    broken_rate: float = 0.01,
    letters: str | Path | None = None,
) -> list[Path]:
    """Write ``n`` submissions as daily archives ``out/YYYYMMDD.nc.tar.gz``; return their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    gen = FeedGenerator(seed, load_letters(letters) if letters else None)
    days = filing_days(random.Random(seed + 1), -(-n // per_day))
    paths = []
    left = n
    for day in days:
        count = min(per_day, left)
        left -= count
        path = out / f"{day:%Y%m%d}.nc.tar.gz"
        # mtimes fixed (gzip header and members) so the bytes are the same from run to run
        with (
            gzip.GzipFile(path, "wb", mtime=0) as gz,
            tarfile.open(fileobj=gz, mode="w", format=tarfile.USTAR_FORMAT) as tar,
        ):
            for name, data in gen.members(day, count, broken_rate):
                info = tarfile.TarInfo(f"./{name}")
                info.size, info.mtime = len(data), 0
                tar.addfile(info, io.BytesIO(data))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="number of submissions")
    parser.add_argument("--per-day", type=int, default=1000, help="submissions per archive")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--broken-rate", type=float, default=0.01)
    parser.add_argument("--letters", type=Path, help="directory of real letters to mix in")
    args = parser.parse_args()
    paths = make_feed(
        args.out, args.n, seed=args.seed, per_day=args.per_day,
        broken_rate=args.broken_rate, letters=args.letters,
    )  # fmt: skip
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} archives, {args.n} submissions, {total / 1e6:.1f} MB to {args.out}")


if __name__ == "__main__":
    main()
