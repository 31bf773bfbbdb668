"""Review rules, one module per topic; importing this package registers them all."""

from exhibit5.review.rules import (  # noqa: F401
    assumptions,
    consent,
    consistency,
    coverage,
    drafting,
    law,
    registration,
    reliance,
)
