"""Corpus pipeline: discover and fetch EDGAR filings, scan them to Parquet/DuckDB, report."""
