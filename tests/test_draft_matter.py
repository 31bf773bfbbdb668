"""Matter files: validation errors name the YAML line and field; the law refuses what it must."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from exhibit5.draft import MatterError, matter_json_schema, parse_matter
from exhibit5.draft.starters import STARTERS, starter
from tests.shared import EXAMPLES, ROOT

BASE = """\
date: 2025-03-03
issuer:
  name: Pelican Grove Foods, Inc.
  jurisdiction: Florida
counsel:
  name: Harrow & Finch LLP
registration:
  form: S-8
  filing_date: 2025-03-04
securities:
  - type: common_stock
    count: 1000000
    par_value: "0.01"
plans:
  - name: Pelican Grove Foods, Inc. 2024 Stock Incentive Plan
    shares: 1000000
"""


def refused(text: str) -> list[str]:
    with pytest.raises(MatterError) as info:
        parse_matter(text, "m.yaml")
    return info.value.problems


def test_base_matter_is_accepted() -> None:
    matter, warnings = parse_matter(BASE, "m.yaml")
    assert matter.issuer.jurisdiction == "Florida"
    assert warnings == []


def test_type_error_names_line_and_field() -> None:
    problems = refused(BASE.replace("count: 1000000", "count: lots"))
    assert problems == [
        "m.yaml:12: securities[0].count: Input should be a valid integer, "
        "unable to parse string as an integer"
    ]


def test_missing_field_points_at_its_parent() -> None:
    problems = refused(BASE.replace("  name: Harrow & Finch LLP\n", "  role: counsel\n"))
    assert problems == ["m.yaml:6: counsel.name: Field required"]


def test_unknown_field_is_named() -> None:
    problems = refused(BASE + "colour: blue\n")
    assert problems == ["m.yaml:17: colour: Extra inputs are not permitted"]


def test_yaml_syntax_error_names_line() -> None:
    problems = refused(BASE.replace("  jurisdiction: Florida", "  jurisdiction: [Florida"))
    assert len(problems) == 1 and problems[0].startswith("m.yaml:")
    assert "YAML syntax error" in problems[0]


def test_law_paragraph_must_cover_state_of_incorporation() -> None:
    problems = refused(BASE + "opinion:\n  laws: [New York]\n")
    assert len(problems) == 1
    assert problems[0].startswith("m.yaml:18: opinion.laws: the law paragraph must cover Florida")


def test_reliance_limited_to_addressee_is_refused() -> None:
    problems = refused(BASE + "opinion:\n  who_may_rely: addressee_only\n")
    assert problems[0].startswith("m.yaml:18: opinion.who_may_rely:")
    assert "purchasers" in problems[0]


def test_will_be_opinion_on_outstanding_resale_shares_is_refused() -> None:
    text = BASE.replace("form: S-8", "form: S-1\n  offering: resale").replace(
        'par_value: "0.01"', 'par_value: "0.01"\n    outstanding: true\n    tense: will be'
    )
    text = text[: text.index("plans:")]
    problems = refused(text)
    assert any(p.startswith("m.yaml:16: securities[0].tense:") and "'are'" in p for p in problems)


def test_foreign_issuer_needs_local_counsel() -> None:
    problems = refused(BASE.replace("jurisdiction: Florida", "jurisdiction: Bermuda"))
    assert "local_counsel" in problems[0]


def test_llc_outside_delaware_is_refused() -> None:
    text = BASE.replace("jurisdiction: Florida", "jurisdiction: Florida\n  entity: llc").replace(
        "type: common_stock", "type: llc_interests"
    )
    problems = refused(text)
    assert any("Delaware law only" in p for p in problems)


def test_plan_tranches_must_add_up() -> None:
    problems = refused(BASE.replace("    shares: 1000000", "    shares: 900000"))
    assert problems == [
        "m.yaml:14: plans: the plans' shares add up to 900,000 but the securities register "
        "1,000,000"
    ]


def test_guarantor_outside_the_laws_covered_is_refused() -> None:
    text = """\
date: 2025-03-03
issuer: {name: Tamsin Rail Corp., jurisdiction: Texas}
counsel: {name: Marlow Pike LLP}
registration: {form: S-3, filing_date: 2025-03-04}
securities: [{type: debt}, {type: guarantees}]
guarantors: [{name: "Lakeshore Freight, Inc.", jurisdiction: Ohio}]
indenture: {trustee: Lone Star Bank}
opinion: {laws: [Texas, New York]}
"""
    problems = refused(text)
    assert problems[0].startswith("m.yaml:6: guarantors[0].jurisdiction:")


def test_warnings_are_returned_not_dropped() -> None:
    text = BASE.replace("form: S-8", "form: S-1").replace("filing_date: 2025-03-04", "")
    text = text[: text.index("plans:")] + "consent:\n  legal_matters: false\n  section7: false\n"
    _, warnings = parse_matter(text, "m.yaml")
    assert any("consent.legal_matters" in w and "E5504" in w for w in warnings)
    assert any("consent.section7" in w for w in warnings)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_example_is_a_valid_matter(path: Path) -> None:
    matter, warnings = parse_matter(path.read_text(), path.name)
    assert warnings == []
    assert matter.facts()["issuer_name"] == matter.issuer.name


@pytest.mark.parametrize("kind", STARTERS)
def test_starters_are_valid_and_commented(kind: str) -> None:
    text = starter(kind)
    assert text.startswith("#") and "schema/matter.schema.json" in text
    parse_matter(text, f"{kind}.yaml")


def test_published_schema_is_current() -> None:
    published = json.loads((ROOT / "schema" / "matter.schema.json").read_text())
    assert published == json.loads(json.dumps(matter_json_schema()))


def test_schema_describes_example_fields() -> None:
    schema = matter_json_schema()
    example = yaml.safe_load((EXAMPLES / "hemacare-1995.yaml").read_text())
    assert set(example) <= set(schema["properties"])  # type: ignore[arg-type]


def test_party_names_split_at_their_commas_are_caught() -> None:
    text = BASE.replace("form: S-8", "form: S-4")[: BASE.index("plans:")]
    text += "merger_agreement:\n  date: 2025-01-10\n  parties: [the Company, Target, Inc.]\n"
    problems = refused(text)
    assert problems == [
        "m.yaml:16: merger_agreement.parties: a party's name was split at its comma: quote each "
        "name or list one per line"
    ]


def test_shares_of_a_foreign_issuer_are_left_to_its_counsel() -> None:
    text = """\
date: 2025-03-03
issuer: {name: Larch Holdings Ltd., jurisdiction: Cayman Islands}
counsel:
  name: Greer Hale LLP
  local_counsel: [{name: Ogden Limited, jurisdiction: Cayman Islands, exhibit: "5.2"}]
registration: {form: F-3, filing_date: 2025-03-04}
securities: [{type: common_stock, par_value: "0.0001"}, {type: debt}]
indenture: {trustee: Quint Bank}
"""
    problems = refused(text)
    assert len(problems) == 1
    assert problems[0].startswith("m.yaml:7: securities[0].type:")
    assert "Cayman Islands counsel" in problems[0]


def test_territories_are_not_styled_as_states() -> None:
    from exhibit5.draft.jurisdictions import jurisdiction

    assert jurisdiction("Delaware").formal == "the State of Delaware"
    assert jurisdiction("Guam").formal == "Guam"
    assert jurisdiction("Ontario").formal == "the Province of Ontario"
    assert jurisdiction("Yukon").prefix == ""
