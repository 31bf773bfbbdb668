"""The market-practice report over a scan: numbers from DuckDB, charts as inline SVG.

Every number comes from one SQL query over the ``letters`` view (one row per letter, a
submission read twice counted once) and the ``findings`` view; ``report_data`` returns them
(the ``--format json`` output) and ``render_html`` lays them out in one self-contained page.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from html import escape
from pathlib import Path
from typing import Any

from exhibit5.corpus.store import connect
from exhibit5.review.places import EDGAR_US
from exhibit5.review.registry import all_rules

# The SEC staff's Legal Bulletin 19 (legality and tax opinions) is dated October 14, 2011.
SLB19 = dt.date(2011, 10, 14)
IN_HOUSE = r"general counsel|in-house|legal officer|corporate counsel|legal department"
RELIANCE_CODE = "E5401"  # review rule: reliance on the opinion limited (spec/rules.md)


# A letter's issuer state: as the letter states it, else the filing header's state code.
_STATE_MAP = "MAP {" + ", ".join(f"'{k}': '{v}'" for k, v in EDGAR_US.items()) + "}"
_ISSUER_STATE = f"coalesce(issuer_jurisdiction, {_STATE_MAP}[state_of_incorporation])"

QUERIES: dict[str, str] = {
    "totals": """
        SELECT count(*) AS letters, count(DISTINCT accession) AS submissions,
               count(*) FILTER (WHERE accession IS NOT NULL) AS letters_in_submissions,
               min(filed) AS first_filed, max(filed) AS last_filed,
               (SELECT count(*) FROM errors) AS errors
        FROM letters""",
    "letters_by_year_form": """
        SELECT year(filed) AS year, coalesce(form_type, '?') AS form, count(*) AS letters
        FROM letters GROUP BY ALL ORDER BY year, letters DESC, form""",
    "counsel_kind": f"""
        SELECT CASE WHEN counsel_name IS NULL AND counsel_role IS NULL THEN 'not found'
                    WHEN regexp_matches(lower(coalesce(counsel_role, '')), '{IN_HOUSE}')
                    THEN 'in-house' ELSE 'outside' END AS kind,
               count(*) AS letters, count(*) / (SELECT count(*) FROM letters) AS share
        FROM letters GROUP BY ALL ORDER BY letters DESC""",
    "top_counsel": f"""
        SELECT counsel_name AS counsel, count(*) AS letters,
               count(*) / (SELECT count(*) FROM letters) AS share,
               bool_or(regexp_matches(lower(coalesce(counsel_role, '')), '{IN_HOUSE}'))
                   AS in_house
        FROM letters WHERE counsel_name IS NOT NULL
        GROUP BY ALL ORDER BY letters DESC, counsel LIMIT 25""",
    "opinion_terms": """
        SELECT term, count(*) AS letters, count(*) / (SELECT count(*) FROM letters) AS share
        FROM (SELECT unnest(list_distinct(opinion_terms)) AS term FROM letters)
        GROUP BY ALL ORDER BY letters DESC, term""",
    "clauses": f"""
        SELECT avg(section7_disclaimer::int) AS section7_disclaimer,
               avg(list_contains(finding_codes, '{RELIANCE_CODE}')::int) AS reliance_limited,
               avg(consent::int) AS consent,
               avg(legal_matters_consent::int) AS legal_matters_consent
        FROM letters""",
    "clauses_by_period": f"""
        SELECT CASE WHEN filed < DATE '{SLB19}' THEN 'before' ELSE 'after' END AS period,
               count(*) AS letters,
               avg(section7_disclaimer::int) AS section7_disclaimer,
               avg(list_contains(finding_codes, '{RELIANCE_CODE}')::int) AS reliance_limited
        FROM letters WHERE filed IS NOT NULL GROUP BY ALL ORDER BY period DESC""",
    "laws_vs_state": f"""
        SELECT CASE WHEN len(laws) = 0 THEN 'no law stated'
                    WHEN {_ISSUER_STATE} IS NULL THEN 'issuer state unknown'
                    WHEN list_contains(laws, {_ISSUER_STATE}) THEN 'covers the issuer''s state'
                    ELSE 'other laws only' END AS coverage,
               count(*) AS letters, count(*) / (SELECT count(*) FROM letters) AS share
        FROM letters GROUP BY ALL ORDER BY letters DESC""",
    "laws_by_state": f"""
        SELECT {_ISSUER_STATE} AS issuer_state,
               array_to_string(list_sort(laws), ' + ') AS laws, count(*) AS letters
        FROM letters WHERE len(laws) > 0 GROUP BY ALL ORDER BY letters DESC LIMIT 20""",
    "findings_per_1000_by_year": """
        WITH l AS (SELECT source, member, doc_index, year(filed) AS year FROM letters),
             n AS (SELECT year, count(*) AS letters FROM l GROUP BY year)
        SELECT f.code, l.year, 1000.0 * count(*) / any_value(n.letters) AS per_1000
        FROM findings f JOIN l USING (source, member, doc_index) JOIN n USING (year)
        GROUP BY ALL ORDER BY f.code, l.year""",
    "findings_per_1000_by_period": f"""
        WITH l AS (SELECT source, member, doc_index,
                          CASE WHEN filed < DATE '{SLB19}' THEN 'before' ELSE 'after' END
                              AS period
                   FROM letters WHERE filed IS NOT NULL),
             n AS (SELECT period, count(*) AS letters FROM l GROUP BY period)
        SELECT f.code, any_value(f.name) AS name,
               1000.0 * count(*) FILTER (WHERE period = 'before')
                   / coalesce(max(n.letters) FILTER (WHERE period = 'before'), 0) AS before,
               1000.0 * count(*) FILTER (WHERE period = 'after')
                   / coalesce(max(n.letters) FILTER (WHERE period = 'after'), 0) AS after
        FROM findings f JOIN l USING (source, member, doc_index) JOIN n USING (period)
        GROUP BY f.code ORDER BY f.code""",
}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6) if value == value else None  # NaN (0/0) becomes null
    return value


# Findings of the rules that run only on a letter read with its submission (the E58xx
# cross-checks against the registration statement), rated per 1,000 such letters.
CROSS_CHECKS = """
    SELECT f.code, count(*) AS findings
    FROM findings f JOIN letters l USING (source, member, doc_index)
    WHERE l.accession IS NOT NULL AND list_contains(?, f.code) GROUP BY f.code"""


def _cross_checks(con: Any, letters: int) -> list[dict[str, Any]]:
    """Every full-submission rule, with its findings (none found: 0)."""
    rules = [r for r in all_rules() if r.mode == "full"]
    counts = dict(con.execute(CROSS_CHECKS, [[r.code for r in rules]]).fetchall())
    return [
        {
            "code": r.code,
            "name": r.name,
            "findings": counts.get(r.code, 0),
            "per_1000": _plain(1000 * counts.get(r.code, 0) / letters) if letters else None,
        }
        for r in rules
    ]


def report_data(db: str | Path) -> dict[str, Any]:
    """Every number of the report, section by section, as JSON-ready lists of records."""
    data: dict[str, Any] = {"slb19": SLB19.isoformat()}
    with connect(db) as con:
        for name, sql in QUERIES.items():
            cur = con.execute(sql)
            cols = [d[0] for d in cur.description or []]
            data[name] = [
                {c: _plain(v) for c, v in zip(cols, row, strict=True)} for row in cur.fetchall()
            ]
        data["totals"] = data["totals"][0]
        data["cross_checks"] = _cross_checks(con, data["totals"]["letters_in_submissions"])
    data["clauses"] = data["clauses"][0]
    return data


# --- HTML ------------------------------------------------------------------------------------


def _svg(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg") :]


def _chart_years(rows: list[dict[str, Any]]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    years = sorted({r["year"] for r in rows if r["year"] is not None})
    forms = sorted({r["form"] for r in rows})
    fig, ax = plt.subplots(figsize=(9, 3.5))
    bottom = [0] * len(years)
    for form in forms:
        counts = {r["year"]: r["letters"] for r in rows if r["form"] == form}
        heights = [counts.get(y, 0) for y in years]
        ax.bar([str(y) for y in years], heights, bottom=bottom, label=form)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("letters")
    ax.legend(ncol=4, fontsize=8)
    ax.tick_params(axis="x", labelrotation=60, labelsize=8)
    return _svg(fig)


def _chart_bars(labels: list[str], series: dict[str, list[float]], ylabel: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 3.2))
    width = 0.8 / max(len(series), 1)
    for i, (name, values) in enumerate(series.items()):
        ax.bar([x + i * width for x in range(len(labels))], values, width, label=name)
    ax.set_xticks([x + width * (len(series) - 1) / 2 for x in range(len(labels))], labels)
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.set_ylabel(ylabel)
    if len(series) > 1:
        ax.legend(fontsize=8)
    return _svg(fig)


def _fmt(value: Any, column: str) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1%}" if column == "share" or column in _SHARE_COLUMNS else f"{value:,.1f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return escape(f"{value:,}" if isinstance(value, int) else str(value))


_SHARE_COLUMNS = {"section7_disclaimer", "reliance_limited", "consent", "legal_matters_consent"}


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "<p><em>No data.</em></p>"
    cols = list(rows[0])
    head = "".join(f"<th>{escape(c.replace('_', ' '))}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{_fmt(r[c], c)}</td>" for c in cols) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_STYLE = """body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#222}h1,h2{font-family:Helvetica,Arial,sans-serif}table{border-collapse:collapse;
margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ccc;padding:.2rem .6rem;text-align:left;
font-size:.9rem}svg{max-width:100%;height:auto}.note{color:#555;font-size:.9rem}"""


def render_html(data: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG, nothing fetched)."""
    t = data["totals"]
    terms = data["opinion_terms"]
    period = data["findings_per_1000_by_period"]
    top_codes = sorted(period, key=lambda r: -((r["before"] or 0) + (r["after"] or 0)))[:15]
    clause_rows = [{"clause": k, "share": v} for k, v in data["clauses"].items()]
    sections = [
        f"<h1>Exhibit 5 legality opinions: market practice</h1><p>{t['letters']:,} letters in "
        f"{t['submissions']:,} submissions filed {t['first_filed']} to {t['last_filed']}; "
        f"{t['errors']:,} inputs could not be read (see <code>errors.parquet</code>).</p>",
        "<h2>Letters per year and form</h2>" + _chart_years(data["letters_by_year_form"]),
        "<h2>Who gives the opinions</h2>" + _table(data["counsel_kind"])
        + "<h3>Top counsel</h3>" + _table(data["top_counsel"]),
        "<h2>Opinion terms</h2>"
        + _chart_bars([r["term"] for r in terms], {"share": [r["share"] for r in terms]}, "share")
        + _table(terms),
        "<h2>Consent, Section 7 disclaimer, reliance limits</h2>" + _table(clause_rows)
        + f"<p class='note'>Before and after the SEC staff's Legal Bulletin 19 "
        f"({data['slb19']}):</p>" + _table(data["clauses_by_period"]),
        "<h2>Laws covered vs the issuer's state</h2>" + _table(data["laws_vs_state"])
        + _table(data["laws_by_state"]),
        "<h2>Review findings per 1,000 letters</h2>"
        + _chart_bars(
            [r["code"] for r in top_codes],
            {"before SLB 19": [r["before"] or 0 for r in top_codes],
             "after SLB 19": [r["after"] or 0 for r in top_codes]},
            "per 1,000 letters",
        )
        + _table(period)
        + "<h3>By year</h3>" + _table(data["findings_per_1000_by_year"]),
        "<h2>Cross-checks against the registration statement</h2><p class='note'>Run on the "
        f"{t['letters_in_submissions']:,} letters read with their submission; rates per 1,000 "
        "of them.</p>" + _table(data["cross_checks"]),
    ]  # fmt: skip
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>exhibit5 market-practice report</title><style>{_STYLE}</style></head><body>\n"
        + "\n".join(f"<section>{s}</section>" for s in sections)
        + "\n</body></html>\n"
    )


def write_report(db: str | Path, out: str | Path, fmt: str = "html") -> Path:
    """Write the report for a scan (its directory or database) to ``out`` as HTML or JSON."""
    if fmt not in ("html", "json"):
        raise ValueError(f"unknown report format {fmt!r} (html or json)")
    data = report_data(db)
    out = Path(out)
    text = json.dumps(data, indent=2) if fmt == "json" else render_html(data)
    out.write_text(text, encoding="utf-8")
    return out
