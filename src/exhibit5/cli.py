"""The ``exhibit5`` command line: one thin command per verb over the documented Python API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from exhibit5 import __version__
from exhibit5.readers import ReadError, read, read_opinions

app = typer.Typer(
    name="exhibit5",
    help="Read, extract, review and draft SEC Exhibit 5 legality opinions and their consents.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
out = Console(highlight=False, soft_wrap=True, emoji=False)
err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def _version(value: bool) -> None:
    if value:
        out.print(f"exhibit5 {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Read, extract, review and draft SEC Exhibit 5 legality opinions and their consents."""


@app.command("read")
def read_command(
    files: Annotated[list[Path], typer.Argument(help="Letters or EDGAR submissions to read.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per document, with metadata.")
    ] = False,
    opinions_only: Annotated[
        bool, typer.Option("--opinions", help="Keep only Exhibit 5 opinion letters.")
    ] = False,
) -> None:
    """Print each document's normalized text (with --json: text, metadata, offset map).
    An unreadable file gets one error line on stderr, the others are still read; exit 1."""
    failed = False
    reader = read_opinions if opinions_only else read
    for path in files:
        try:
            docs = reader(path)
        except ReadError as exc:
            err.print(f"error: {exc}", markup=False)
            failed = True
            continue
        for skipped in docs.skipped:
            err.print(
                f"note: {path}: document {skipped.index + 1} ({skipped.type}) not read: "
                f"{skipped.reason}",
                markup=False,
            )
        for doc in docs:
            if as_json:
                typer.echo(
                    json.dumps(
                        {
                            "source": doc.source,
                            "document": doc.meta.index,
                            "meta": doc.meta.as_dict(),
                            "chars": len(doc.text),
                            "raw_chars": len(doc.raw),
                            "segments": len(doc.offsets),
                            "page_breaks": list(doc.page_breaks),
                            "text": doc.text,
                        }
                    )
                )
            else:
                if len(files) > 1 or len(docs) > 1:
                    label = doc.meta.type or doc.meta.format
                    typer.echo(f"==> {doc.source} [{doc.meta.index}: {label}] <==")
                typer.echo(doc.text)
    if failed:
        raise typer.Exit(1)


@app.command("review")
def review_command(
    files: Annotated[list[Path], typer.Argument(help="Letters or EDGAR submissions to review.")],
    fmt: Annotated[str, typer.Option("--format", help="text, json or sarif.")] = "text",
    select: Annotated[
        list[str], typer.Option("--select", help="Only these codes or prefixes (E51,E52).")
    ] = [],  # noqa: B006 - Typer reads the default, never mutates it
    ignore: Annotated[
        list[str], typer.Option("--ignore", help="Skip these codes or prefixes (E57).")
    ] = [],  # noqa: B006
    severity: Annotated[
        str | None, typer.Option("--severity", help="Lowest severity shown: info, warning, error.")
    ] = None,
) -> None:
    """Review letters like an opinion committee: linter lines `path:line:col: CODE severity
    message`. Exit status 1 on an error-level finding, 2 if a file is unreadable, else 0."""
    from exhibit5.review.command import run_review

    raise typer.Exit(run_review(files, fmt=fmt, select=select, ignore=ignore,
                                severity=severity, out=out, err=err))  # fmt: skip


@app.command("extract")
def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Letters or EDGAR submissions.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per opinion letter per line.")
    ] = False,
) -> None:
    """Extract the opinion record of each letter: a table of fields with the text each came
    from, or JSON lines with every value's spans. Exit status 1 if a file failed."""
    from exhibit5.extract.command import run_extract

    raise typer.Exit(run_extract(files, as_json=as_json, out=out, err=err))


@app.command("eval")
def eval_command(
    corpus_dir: Annotated[Path, typer.Argument(help="Directory with docs/ and gold/.")],
    errors: Annotated[
        bool, typer.Option("--errors", help="List each miss with the text around it.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score extraction against gold labels: per-field, overall and stated-value accuracy."""
    from exhibit5.extract.command import run_eval

    raise typer.Exit(run_eval(corpus_dir, errors=errors, as_json=as_json, out=out, err=err))


@app.command("rules")
def rules_command(
    code: Annotated[str | None, typer.Argument(help="A rule code, e.g. E5102.")] = None,
    select: Annotated[
        list[str], typer.Option("--select", help="Only these codes or prefixes.")
    ] = [],  # noqa: B006
) -> None:
    """List the review rules, or print one rule's page (what, why, source, examples)."""
    from exhibit5.review.command import run_rules

    raise typer.Exit(run_rules(code, select=select, out=out, err=err))


@app.command("discover")
def discover_command(
    indexes: Annotated[
        list[Path], typer.Argument(help="EDGAR index files (master/form/company .idx, .gz).")
    ],
    form: Annotated[
        list[str],
        typer.Option("--form", help="Forms to keep (repeat); default: registration forms."),
    ] = [],  # noqa: B006
    since: Annotated[str | None, typer.Option(help="First filing date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last filing date, YYYY-MM-DD.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default stdout).")
    ] = None,
) -> None:
    """List the filings of chosen forms from EDGAR index files, one per accession."""
    from exhibit5.corpus.commands import run_discover
    from exhibit5.corpus.discover import REGISTRATION_FORMS

    raise typer.Exit(
        run_discover(indexes, form or REGISTRATION_FORMS, since, until, fmt, output, err)
    )


@app.command("fetch")
def fetch_command(
    listing: Annotated[
        Path, typer.Argument(help="Filings from `exhibit5 discover` (.jsonl or .csv).")
    ],
    mirror: Annotated[Path, typer.Option("--mirror", help="Local mirror root (Archives layout).")],
    user_agent: Annotated[
        str, typer.Option("--user-agent", help="'Name email' (EDGAR refuses anonymous clients).")
    ],
    exhibits: Annotated[
        bool, typer.Option("--exhibits", help="Only the index page and EX-5 documents.")
    ] = False,
    rate: Annotated[float, typer.Option(help="Requests per second (at most 10).")] = 10.0,
    base_url: Annotated[
        str | None, typer.Option(help="Archives root URL (default sec.gov).")
    ] = None,
) -> None:
    """Download filings into a local mirror, politely and resumably."""
    from exhibit5.corpus.commands import run_fetch

    what = "exhibits" if exhibits else "submission"
    raise typer.Exit(run_fetch(listing, mirror, user_agent, what, rate, base_url, err))


@app.command("scan")
def scan_command(
    inputs: Annotated[
        list[Path], typer.Argument(help="Directories, submissions, feed archives, exhibits.")
    ],
    out_dir: Annotated[Path, typer.Option("--out", help="Output directory (Parquet + DuckDB).")],
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Local processes (default: all cores).")
    ] = None,
    dask: Annotated[
        str | None, typer.Option("--dask", help="'local' or a scheduler address tcp://host:8786.")
    ] = None,
) -> None:
    """Run read → extract → review over a corpus into Parquet files and a DuckDB database."""
    from exhibit5.corpus.commands import run_scan

    raise typer.Exit(run_scan(inputs, out_dir, jobs, dask, err))


@app.command("query")
def query_command(
    db: Annotated[Path, typer.Argument(help="A scan's output directory or its exhibit5.duckdb.")],
    sql: Annotated[str, typer.Argument(help="SQL over opinions, findings, errors, letters.")],
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """Query a scan's results with DuckDB SQL."""
    from exhibit5.corpus.commands import run_query

    raise typer.Exit(run_query(db, sql, fmt, out, err))


@app.command("report")
def report_command(
    db: Annotated[Path, typer.Argument(help="A scan's output directory or its exhibit5.duckdb.")],
    output: Annotated[Path, typer.Option("--out", "-o", help="Report file to write.")] = Path(
        "report.html"
    ),
    fmt: Annotated[str, typer.Option("--format", help="html or json.")] = "html",
) -> None:
    """Write the market-practice report (self-contained HTML, or the numbers as JSON)."""
    from exhibit5.corpus.commands import run_report

    raise typer.Exit(run_report(db, output, fmt, err))


@app.command("draft")
def draft_command(
    matter: Annotated[Path, typer.Argument(help="The matter file (YAML).")],
    fmt: Annotated[str, typer.Option("--format", help="text, html, docx or pdf.")] = "text",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write.")] = None,
) -> None:
    """Draft the Exhibit 5 opinion (and a separate Exhibit 23 consent) from a matter file."""
    from exhibit5.draft.command import run_draft

    raise typer.Exit(run_draft(matter, fmt, output, err))


@app.command("new")
def new_command(
    form: Annotated[str, typer.Argument(help="s8, s3, s1, s4 or f3.")] = "s8",
) -> None:
    """Print a commented starter matter: `exhibit5 new s8 > matter.yaml`."""
    from exhibit5.draft.command import run_new

    raise typer.Exit(run_new(form, err))
