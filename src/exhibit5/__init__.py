"""exhibit5: read, extract, review and draft SEC Exhibit 5 legality opinions."""

from exhibit5.document import Document, DocumentMeta, Span
from exhibit5.extract import extract
from exhibit5.readers import ReadError, is_opinion, read, read_opinions
from exhibit5.review import review

__version__ = "0.1.0"

__all__ = [
    "Document",
    "DocumentMeta",
    "ReadError",
    "Span",
    "__version__",
    "extract",
    "is_opinion",
    "read",
    "read_opinions",
    "review",
]
