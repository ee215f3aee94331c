"""numfacts: every numeric fact in news text, normalised, as a tidy pandas table."""

from .agree import agree
from .api import extract, extract_frame
from .errors import DocumentError, InputError, NumfactsError, ReferenceDateError
from .load import read
from .mention import COLUMNS, Mention
from .verify import verify

__version__ = "0.1.0"
__all__ = [
    "COLUMNS", "DocumentError", "InputError", "Mention", "NumfactsError", "ReferenceDateError",
    "agree", "extract", "extract_frame", "read", "verify", "__version__",
]
