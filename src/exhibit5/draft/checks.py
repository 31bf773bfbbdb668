"""What the law of these letters does not allow a matter to ask for.

A refusal stops the draft (the staff would comment, or the opinion would be deficient); a
warning is printed with the draft. Each problem names the matter field it comes from, so the
loader can give the YAML line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from exhibit5.draft.jurisdictions import SUPPORTED_ALTERNATIVE_ENTITY_STATES, jurisdiction
from exhibit5.draft.matter import SHARE_TYPES, Matter

# Forms whose filed prospectus names counsel under "Legal Matters".
_PROSPECTUS_FORMS = frozenset({"S-1", "S-3", "S-3ASR", "S-4", "S-11", "F-1", "F-3", "F-4"})
_FILING_GAP = timedelta(days=30)


@dataclass(frozen=True)
class Problem:
    field: tuple[str | int, ...]
    message: str
    refuse: bool = True


def check_matter(matter: Matter) -> list[Problem]:
    return [
        *_law(matter),
        *_securities(matter),
        *_reliance(matter),
        *_consent(matter),
        *_dates(matter),
    ]


def _law(m: Matter) -> list[Problem]:
    out: list[Problem] = []
    issuer = jurisdiction(m.issuer.jurisdiction)
    relied = {jurisdiction(c.jurisdiction).name for c in m.counsel.local_counsel}
    covered = set(m.covered_jurisdictions())
    field: tuple[str | int, ...] = (
        ("opinion", "laws") if m.opinion.laws is not None else ("issuer", "jurisdiction")
    )
    if issuer.name not in covered and issuer.name not in relied:
        out.append(
            Problem(
                field,
                f"the law paragraph must cover {issuer.name}, where the issuer is organized "
                f"(validity of its securities is a question of that law), or the letter must "
                f"rely on local counsel's filed opinion for it (counsel.local_counsel)",
            )
        )
    if not issuer.domestic and issuer.name in covered:
        out.append(
            Problem(
                field,
                f"{issuer.name} law is for counsel admitted there: add it to "
                f"counsel.local_counsel and leave it out of the laws covered",
            )
        )
    if not issuer.domestic:
        for i, sec in enumerate(m.securities):
            if sec.type in SHARE_TYPES or sec.type == "depositary_shares":
                out.append(
                    Problem(
                        ("securities", i, "type"),
                        f"whether shares of a {issuer.name} company are validly issued, fully "
                        f"paid and non-assessable is for {issuer.name} counsel's opinion; this "
                        f"letter can cover the instruments governed by US law",
                    )
                )
    if m.issuer.entity != "corporation" and issuer.name not in SUPPORTED_ALTERNATIVE_ENTITY_STATES:
        out.append(
            Problem(
                ("issuer", "entity"),
                f"interests of a {issuer.name} {m.issuer.entity.upper()} cannot be drafted: the "
                f"clause library covers LLC and LP interests under Delaware law only",
            )
        )
    for i, g in enumerate(m.guarantors):
        name = jurisdiction(g.jurisdiction).name
        if name not in covered and name not in relied:
            out.append(
                Problem(
                    ("guarantors", i, "jurisdiction"),
                    f"guarantor {g.name} is organized in {name}, whose law the letter neither "
                    f"covers nor takes from local counsel; its existence, power and "
                    f"authorization may not be assumed",
                )
            )
    law = m.governing_law
    if law and law not in covered:
        out.append(
            Problem(
                ("opinion", "laws"),
                f"the instruments are governed by {law} law, which a binding-obligation "
                f"opinion must cover",
            )
        )
    if covered == {"United States"}:
        out.append(Problem(("opinion", "laws"), "federal law alone cannot support the opinion"))
    return out


def _securities(m: Matter) -> list[Problem]:
    out: list[Problem] = []
    kind = m.registration.kind
    entity_types = {"llc": "llc_interests", "lp": "lp_units"}
    for i, s in enumerate(m.securities):
        if s.outstanding and s.tense == "will be":
            out.append(
                Problem(
                    ("securities", i, "tense"),
                    "outstanding shares offered for resale are already issued: the opinion "
                    "must say they 'are' validly issued, fully paid and non-assessable, not "
                    "that they 'will be'",
                )
            )
        if s.outstanding and s.type not in SHARE_TYPES:
            out.append(
                Problem(
                    ("securities", i, "outstanding"),
                    "only shares or units can be registered for resale as outstanding",
                )
            )
        if not s.outstanding and s.tense == "are" and kind != "resale":
            out.append(
                Problem(
                    ("securities", i, "tense"),
                    "shares not yet issued cannot be opined on as if they were ('are'); "
                    "mark them outstanding or drop the tense",
                )
            )
        wanted = entity_types.get(m.issuer.entity)
        if s.type in {"llc_interests", "lp_units"} and s.type != wanted:
            out.append(
                Problem(
                    ("securities", i, "type"),
                    f"{s.type} are issued only by an issuer whose entity is "
                    f"{'llc' if s.type == 'llc_interests' else 'lp'}",
                )
            )
        if wanted and s.type in {"common_stock", "preferred_stock"}:
            out.append(
                Problem(
                    ("securities", i, "type"),
                    f"an {m.issuer.entity.upper()} issues interests, not stock: use {wanted}",
                )
            )
        if s.type in SHARE_TYPES and kind != "shelf" and s.count is None:
            out.append(
                Problem(("securities", i, "count"), "the number of shares registered is missing")
            )
        if s.type == "common_stock" and s.par_value is None:
            out.append(
                Problem(
                    ("securities", i, "par_value"),
                    "state the par value (or 'none'): the letter describes the class by it",
                )
            )
    if kind == "resale" and not any(s.outstanding or s.exercise_of for s in m.securities):
        out.append(
            Problem(
                ("securities",),
                "a resale registers outstanding shares (outstanding: true) or shares issuable "
                "on exercise of outstanding securities (exercise_of)",
            )
        )
    if kind == "plan":
        if not m.plans:
            out.append(Problem(("plans",), "an S-8 registers shares issuable under a plan"))
        tranches = [p.shares for p in m.plans]
        if len(m.plans) > 1 and None in tranches:
            out.append(
                Problem(("plans",), "with several plans, give the shares registered under each")
            )
        if None not in tranches and tranches and sum(t or 0 for t in tranches) != m.share_count:
            out.append(
                Problem(
                    ("plans",),
                    f"the plans' shares add up to {sum(t or 0 for t in tranches):,} but the "
                    f"securities register {m.share_count:,}",
                )
            )
    if kind == "merger" and m.merger_agreement is None:
        out.append(Problem(("merger_agreement",), "a merger registration needs merger_agreement"))
    types = {s.type for s in m.securities}
    for i, s in enumerate(m.securities):
        if kind != "shelf" and s.type not in SHARE_TYPES:
            out.append(
                Problem(
                    ("securities", i, "type"),
                    f"{s.type} are drafted only on a shelf (registration.offering: shelf); "
                    f"a {kind} registration here covers shares or units",
                )
            )
        if s.type in {"warrants", "rights", "units"} and len(types) < 2:
            out.append(
                Problem(
                    ("securities", i, "type"),
                    f"{s.type} are for other securities: list those securities too",
                )
            )
    if "depositary_shares" in types and "preferred_stock" not in types:
        out.append(
            Problem(("securities",), "depositary shares represent preferred stock: list it too")
        )
    if "debt" in types and m.indenture is None:
        out.append(Problem(("indenture",), "debt securities are issued under an indenture"))
    if "guarantees" in types and not m.guarantors:
        out.append(Problem(("guarantors",), "guarantees need the guarantors"))
    if "guarantees" in types and "debt" not in types:
        out.append(Problem(("securities",), "guarantees are registered with the debt they cover"))
    if m.guarantors and "guarantees" not in types:
        out.append(
            Problem(("guarantors",), "guarantors are named but no guarantees are registered")
        )
    return out


def _reliance(m: Matter) -> list[Problem]:
    if m.opinion.who_may_rely == "addressee_only":
        return [
            Problem(
                ("opinion", "who_may_rely"),
                "an Exhibit 5 opinion may not limit reliance to the addressee: purchasers in "
                "the registered offering must be able to rely on it (SLB 19)",
            )
        ]
    return []


def _consent(m: Matter) -> list[Problem]:
    out: list[Problem] = []
    if m.consent.placement == "separate" and not m.consent.exhibit:
        out.append(
            Problem(("consent", "exhibit"), "a separate consent needs its exhibit number (23.x)")
        )
    if m.consent.exhibit and m.consent.exhibit.split(".")[0] != "23":
        out.append(Problem(("consent", "exhibit"), "the consent is filed as Exhibit 23 or 23.x"))
    if m.registration.form in _PROSPECTUS_FORMS and not m.legal_matters:
        out.append(
            Problem(
                ("consent", "legal_matters"),
                f"a Form {m.registration.form} prospectus names counsel: the consent should "
                f"cover that reference (review warning E5504)",
                refuse=False,
            )
        )
    if not m.consent.section7:
        out.append(
            Problem(
                ("consent", "section7"),
                "no Section 7 statement: market practice adds it (review info E5502)",
                refuse=False,
            )
        )
    return out


def _dates(m: Matter) -> list[Problem]:
    out: list[Problem] = []
    filed = m.registration.filing_date
    if filed is not None and abs(filed - m.date) > _FILING_GAP:
        out.append(
            Problem(
                ("registration", "filing_date"),
                f"the filing date is more than {_FILING_GAP.days} days from the letter date; "
                f"the opinion should speak at filing",
                refuse=False,
            )
        )
    for i, doc in enumerate(m.documents or []):
        if doc.date is not None and doc.date > m.date:
            out.append(
                Problem(
                    ("documents", i, "date"),
                    "a document reviewed cannot be dated after the letter",
                )
            )
    if m.indenture and m.indenture.date and m.indenture.date > m.date:
        out.append(Problem(("indenture", "date"), "the indenture cannot be dated after the letter"))
    if m.merger_agreement and filed and m.merger_agreement.date > filed:
        out.append(
            Problem(
                ("merger_agreement", "date"),
                "the merger agreement is dated after the registration statement that describes "
                "it was filed",
            )
        )
    if m.merger_agreement and m.merger_agreement.date > m.date:
        out.append(
            Problem(("merger_agreement", "date"), "the merger agreement cannot postdate the letter")
        )
    return out
