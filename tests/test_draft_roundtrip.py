"""The round trip: draft -> read -> extract gives back the matter's facts, and review finds no
error or warning, for every example matter and for random valid matters, in every format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exhibit5 import read
from exhibit5.document import Document
from exhibit5.draft import FORMATS, Matter, draft, load_matter
from exhibit5.draft.checks import check_matter
from exhibit5.evaluate import normalize
from exhibit5.extract import SCORED_FIELDS, OpinionRecord, extract
from exhibit5.review import Filing, Severity, review
from tests.shared import CORPUS, EXAMPLES

MATTERS = sorted(EXAMPLES.glob("*.yaml"))


def _read_back(matter: Matter, fmt: str, tmp: Path) -> tuple[Document, Filing | None]:
    """The opinion as read from its file, and the filing it sits in when the consent is its own
    Exhibit 23 document (as EDGAR types them)."""
    docs = []
    for output in draft(matter, fmt):  # type: ignore[arg-type]
        path = tmp / output.filename
        path.write_bytes(output.data)
        (doc,) = read(path)
        meta = dataclasses.replace(doc.meta, type=f"EX-{output.exhibit}")
        docs.append(dataclasses.replace(doc, meta=meta))
    filing = Filing(documents=docs, letters=docs[:1]) if len(docs) > 1 else None
    return docs[0], filing


Mismatches = dict[str, tuple[object, object]]


def _mismatches(matter: Matter, doc: Document) -> tuple[Mismatches, OpinionRecord]:
    """The scored fields where the extracted record differs from the matter's facts."""
    record = extract(doc)
    expected, got = matter.facts(), record.values()
    wrong = {
        name: (expected[name], got[name])
        for name in SCORED_FIELDS
        if normalize(name, expected[name] or None) != normalize(name, got[name] or None)
    }
    return wrong, record


def round_trip(matter: Matter, fmt: str, tmp: Path) -> tuple[Mismatches, list[str]]:
    """Fields that did not come back, and the error and warning findings of review."""
    doc, filing = _read_back(matter, fmt, tmp)
    wrong, record = _mismatches(matter, doc)
    findings = [
        f"{f.code} {f.severity} {f.message}"
        for f in review(doc, record, filing=filing, severity=Severity.warning)
    ]
    return wrong, findings


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", MATTERS, ids=lambda p: p.stem)
def test_examples_round_trip(path: Path, fmt: str, tmp_path: Path) -> None:
    matter, _ = load_matter(path)
    wrong, findings = round_trip(matter, fmt, tmp_path)
    assert wrong == {}
    assert findings == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_letter_draft_equals_its_gold_record(fmt: str, tmp_path: Path) -> None:
    """The facts of the 1995 HemaCare letter, drafted anew, extract to the seed's gold record."""
    gold = json.loads((CORPUS / "gold" / "hemacare-1995-ex5_1.json").read_text())
    matter, _ = load_matter(EXAMPLES / "hemacare-1995.yaml")
    doc, _ = _read_back(matter, fmt, tmp_path)
    record = extract(doc).values()
    for name in SCORED_FIELDS:
        assert normalize(name, record[name]) == normalize(name, gold[name]), name
    assert review(doc) == []  # not even the seed's undefined "the Act"


# --- random valid matters ----------------------------------------------------------------

_WORDS = [
    "Alder",
    "Bramble",
    "Cobalt",
    "Dunmore",
    "Ember",
    "Fallow",
    "Garnet",
    "Heron",
    "Ivory",
    "Juniper",
    "Kestrel",
    "Linden",
    "Marrow",
    "Nettle",
    "Osprey",
    "Pinion",
    "Quarry",
    "Rowan",
    "Sable",
    "Thistle",
    "Umber",
    "Vesper",
    "Willow",
    "Yarrow",
]
_SURNAMES = [
    "Ashby",
    "Birch",
    "Calloway",
    "Dorsey",
    "Ellery",
    "Finch",
    "Greer",
    "Hale",
    "Ingram",
    "Jessup",
    "Kerr",
    "Lowell",
    "Marsh",
    "Norcross",
    "Oakes",
    "Pryor",
    "Quint",
    "Rourke",
    "Stanton",
    "Thorne",
    "Upham",
    "Vance",
    "Whitlock",
    "Yates",
]
_STATES = (
    "Delaware",
    "California",
    "Nevada",
    "New York",
    "Maryland",
    "Texas",
    "Florida",
    "Washington",
)
_SUFFIXES = ("Inc.", "Corporation", "Corp.", "Holdings, Inc.", "Company")
_PLAN_KINDS = (
    "Equity Incentive Plan", "Stock Option Plan", "Employee Stock Purchase Plan",
    "Omnibus Incentive Plan", "Long-Term Incentive Plan",
)  # fmt: skip
_PARS = ("0.001", "0.0001", "0.01", "1.00", "none")


@st.composite
def valid_matters(draw: st.DrawFn) -> Matter:
    """A matter drawn from the forms, states, securities and drafting choices the clause
    library covers."""
    issuer = f"{draw(st.sampled_from(_WORDS))} {draw(st.sampled_from(_WORDS))} " + draw(
        st.sampled_from(_SUFFIXES)
    )
    state = draw(st.sampled_from(_STATES))
    letter_date = draw(st.dates(dt.date(1996, 1, 1), dt.date(2026, 6, 30)))
    filed = draw(
        st.one_of(
            st.none(),
            st.integers(-20, 14).map(lambda d: letter_date + dt.timedelta(days=d)),
        )
    )
    kinds = ["plan", "primary", "resale", "merger", "shelf-common", "shelf-debt", "foreign-debt"]
    # Several securities: a numbered opinion paragraph each.
    kinds += ["universal-shelf", "guaranteed-debt", "resale-warrants"]
    kind = draw(st.sampled_from(kinds))
    form = {"plan": "S-8", "primary": "S-1", "resale": draw(st.sampled_from(["S-1", "S-3"])),
            "merger": "S-4", "foreign-debt": "F-3", "resale-warrants": "S-1"}.get(
                kind, draw(st.sampled_from(["S-3", "S-3ASR"])))  # fmt: skip
    # Interests of a Delaware LLC or LP, in the offerings that register units.
    entity = "corporation"
    if kind in ("plan", "primary") and draw(st.integers(0, 4)) == 0:
        entity, state = draw(st.sampled_from(["llc", "lp"])), "Delaware"
        issuer = issuer.rsplit(" ", 1)[0].rstrip(",") + (" LLC" if entity == "llc" else " LP")
    local_counsel: list[dict[str, str]] = []
    if kind == "foreign-debt":
        state = draw(st.sampled_from(["Bermuda", "Cayman Islands", "British Columbia"]))
        issuer = issuer.rsplit(" ", 1)[0].rstrip(",") + " Ltd."
        local_counsel = [{"name": f"{draw(st.sampled_from(_SURNAMES))} Limited",
                          "jurisdiction": state, "exhibit": "5.2"}]  # fmt: skip
    file_number = draw(st.one_of(st.none(), st.integers(100000, 299999).map(lambda n: f"333-{n}")))
    registration: dict[str, object] = {
        "form": form,
        "filing_date": filed,
        "file_number": file_number,
    }
    par = draw(st.sampled_from(_PARS))
    data: dict[str, object] = {"date": letter_date}
    if kind == "plan":
        # Distinct amounts: extraction folds a repeated figure into one (the same count named
        # in the introduction and the opinion), so two equal tranches read back as one.
        tranches = draw(
            st.lists(st.integers(10_000, 20_000_000), min_size=1, max_size=3, unique=True)
        )
        # A plan named for a year after the filing would be a real inconsistency (E5605).
        year = draw(st.integers(1990, min(letter_date, filed or letter_date).year))
        kinds = draw(st.lists(st.sampled_from(_PLAN_KINDS), min_size=len(tranches),
                              max_size=len(tranches), unique=True))  # fmt: skip
        data["plans"] = [
            {"name": f"{issuer} {year} {k}", "shares": n, "amended": draw(st.booleans()),
             "awards": draw(st.sampled_from([None, "stock options"]))}
            for k, n in zip(kinds, tranches, strict=True)
        ]  # fmt: skip
        securities = [{"type": "common_stock", "count": sum(tranches), "par_value": par}]
        if entity != "corporation":
            securities = [{"type": "llc_interests" if entity == "llc" else "lp_units",
                           "name": "common units", "count": sum(tranches)}]  # fmt: skip
        if file_number and draw(st.booleans()):
            registration["post_effective"] = {"amendment": draw(st.integers(1, 3))}
    elif kind in ("primary", "merger"):
        securities = [{"type": "common_stock", "count": draw(st.integers(10_000, 90_000_000)),
                       "par_value": par}]  # fmt: skip
        if entity != "corporation":
            securities = [{"type": "llc_interests" if entity == "llc" else "lp_units",
                           "name": "common units", "count": securities[0]["count"]}]  # fmt: skip
        elif kind == "primary" and draw(st.integers(0, 3)) == 0:
            securities[0] |= {"type": "preferred_stock", "name": "Series A preferred stock"}
        if kind == "merger":
            data["merger_agreement"] = {
                "date": min(letter_date, filed or letter_date)
                - dt.timedelta(days=draw(st.integers(0, 200))),
                "parties": ["the Company", f"{draw(st.sampled_from(_WORDS))} Merger Sub, Inc.",
                            f"{draw(st.sampled_from(_WORDS))} Systems, Inc."],
            }  # fmt: skip
    elif kind == "resale-warrants":
        registration["offering"] = "resale"
        counts = draw(st.lists(st.integers(10_000, 9_000_000), min_size=2, max_size=2, unique=True))
        securities = [
            {"type": "common_stock", "count": counts[0], "par_value": par, "outstanding": True},
            {"type": "common_stock", "count": counts[1], "par_value": par,
             "exercise_of": "outstanding warrants held by the selling holders"},
        ]  # fmt: skip
    elif kind == "universal-shelf":
        types = draw(
            st.lists(st.sampled_from(["preferred_stock", "debt", "warrants", "rights", "units"]),
                     min_size=1, max_size=5, unique=True)
        )  # fmt: skip
        securities = [{"type": "common_stock", "par_value": par}] + [
            {"type": t, "par_value": par} if t == "preferred_stock" else {"type": t} for t in types
        ]
        if "debt" in types:
            data["indenture"] = {"trustee": f"{draw(st.sampled_from(_SURNAMES))} Trust Company"}
    elif kind == "guaranteed-debt":
        securities = [{"type": "debt"}, {"type": "guarantees"}]
        data["indenture"] = {"trustee": f"{draw(st.sampled_from(_SURNAMES))} Bank, N.A."}
        data["guarantors"] = [
            {"name": f"{draw(st.sampled_from(_WORDS))} {name}", "jurisdiction": where,
             "entity": entity_kind}
            for name, where, entity_kind in draw(
                st.lists(st.sampled_from([("Holdings LLC", "Delaware", "llc"),
                                          ("Operating Company", state, "corporation"),
                                          ("Finance Corp.", "Delaware", "corporation")]),
                         min_size=1, max_size=3, unique=True)
            )
        ]  # fmt: skip
    elif kind == "resale":
        registration["offering"] = "resale"
        securities = [{"type": "common_stock", "count": draw(st.integers(10_000, 90_000_000)),
                       "par_value": par, "outstanding": True}]  # fmt: skip
    elif kind == "shelf-common":
        securities = [{"type": "common_stock", "par_value": par}]
    else:  # debt, of a US or a foreign issuer
        securities = [{"type": "debt"}]
        data["indenture"] = {"trustee": f"{draw(st.sampled_from(_SURNAMES))} Trust Company, N.A."}
    individual = kind != "foreign-debt" and draw(st.booleans())
    person = f"{draw(st.sampled_from(_SURNAMES))} {draw(st.sampled_from(_SURNAMES))}"
    counsel: dict[str, object] = (
        {"name": person, "kind": "individual",
         "role": draw(st.sampled_from(["General Counsel", "Vice President and General Counsel"]))}
        if individual
        else {"name": f"{draw(st.sampled_from(_SURNAMES))} & {draw(st.sampled_from(_SURNAMES))} "
                      + draw(st.sampled_from(["LLP", "P.C.", "PLLC"])),
              "role": draw(st.sampled_from(["counsel", "special counsel", "securities counsel"]))}
    )  # fmt: skip
    data |= {
        "issuer": {"name": issuer, "jurisdiction": state, "entity": entity,
                   "address": [f"{draw(st.integers(1, 9999))} Main Street", "Springfield"]},
        "counsel": counsel,
        "registration": registration,
        "securities": securities,
        "opinion": {"duly_authorized": draw(st.booleans()), "federal_law": draw(st.booleans())},
        "consent": {"exhibit": draw(st.sampled_from([None, "23.1", "23.2"])),
                    "section7": draw(st.booleans())},
    }  # fmt: skip
    if local_counsel:
        counsel["local_counsel"] = local_counsel
    # The clause library's options: which assumptions and reliance, which documents.
    base = ["signatures", "capacity", "authenticity", "copies"]
    if draw(st.booleans()):
        data["assumptions"] = [a for a in base if draw(st.booleans())] or ["signatures"]
    data["reliance"] = draw(
        st.sampled_from([["officers"], ["public_officials"], ["officers", "public_officials"]])
    )
    data["officer_certificate"] = draw(st.booleans())
    if draw(st.integers(0, 3)) == 0:
        data["documents"] = [
            {"description": f"the minutes of the {what} of the Company",
             "date": letter_date - dt.timedelta(days=draw(st.integers(1, 400)))}
            for what in draw(st.lists(st.sampled_from(["annual meeting", "board meeting",
                                                       "committee meeting"]),
                                      min_size=1, max_size=3, unique=True))
        ] + [{"description": "the Registration Statement"}]  # fmt: skip
    if not individual and draw(st.booleans()):
        counsel["signatory"] = {
            "name": person,
            "title": draw(st.sampled_from(["Partner", "Member"])),
        }
    if data["consent"]["exhibit"] and draw(st.booleans()):  # type: ignore[index]
        data["consent"]["placement"] = "separate"  # type: ignore[index]
    matter = Matter.model_validate(data)
    refusals = [p for p in check_matter(matter) if p.refuse]
    assert refusals == [], refusals  # the strategy only draws what the law allows
    return matter


_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
# Examples per format: text and HTML are fast; DOCX and PDF cost more per letter.
_EXAMPLES = {"text": 150, "html": 150, "docx": 60, "pdf": 25}


def _random_round_trip(fmt: str) -> Callable[..., None]:
    @settings(max_examples=_EXAMPLES[fmt], deadline=None, suppress_health_check=_QUIET)
    @given(matter=valid_matters())
    def check(matter: Matter, tmp_path_factory: pytest.TempPathFactory) -> None:
        wrong, findings = round_trip(matter, fmt, tmp_path_factory.mktemp(fmt))
        assert wrong == {}
        assert findings == []

    return check


test_random_matters_round_trip_text = _random_round_trip("text")
test_random_matters_round_trip_html = _random_round_trip("html")
test_random_matters_round_trip_docx = _random_round_trip("docx")
test_random_matters_round_trip_pdf = _random_round_trip("pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_separate_consent_reads_back_as_the_consent(fmt: str, tmp_path: Path) -> None:
    matter, _ = load_matter(EXAMPLES / "cascade-s4-washington-merger.yaml")
    _, filing = _read_back(matter, fmt, tmp_path)
    assert filing is not None
    consent = extract(filing.documents[1]).values()
    assert consent["exhibits"] == [matter.consent.exhibit]
    assert (consent["consent"], consent["legal_matters_consent"]) == (True, True)
    assert consent["section7_disclaimer"] is True
    assert consent["counsel_name"] == matter.counsel.name
    assert consent["issuer_name"] == matter.issuer.name
