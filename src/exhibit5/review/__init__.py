"""Review an Exhibit 5 letter as an opinion committee and the SEC staff would.

``review(doc)`` returns the findings of every rule in ``rules/`` (catalogue:
``exhibit5 rules``); ``review_documents(read(path))`` reviews each letter of a file, with the
cross-checks against the registration statement when the file is a full EDGAR submission.
``find_config()`` reads the project's settings (rules off, severities changed) from
``pyproject.toml`` or ``exhibit5.toml``; pass it as ``config=``.
"""

from exhibit5.review.config import ReviewConfig, find_config
from exhibit5.review.engine import LetterReview, review, review_documents, review_letter
from exhibit5.review.filing import Filing
from exhibit5.review.finding import Finding, Severity
from exhibit5.review.registry import Rule, all_rules, get_rule

__all__ = [
    "Filing",
    "Finding",
    "LetterReview",
    "ReviewConfig",
    "Rule",
    "Severity",
    "all_rules",
    "find_config",
    "get_rule",
    "review",
    "review_documents",
    "review_letter",
]
