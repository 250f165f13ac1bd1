"""Sources stage: read paper listings in any supported format into :class:`Paper` records.

Examples
--------
>>> from kg.sources import load_papers, Paper
>>> load_papers([]).papers
[]
"""

from kg.sources.detect import detect_format, record_format
from kg.sources.loader import LoadResult, iter_files, iter_papers, iter_records, load_papers, write_papers
from kg.sources.merge import merge_group, merge_papers
from kg.sources.model import Paper, Skipped, normalize_title, title_id

__all__ = [
    "Paper",
    "Skipped",
    "LoadResult",
    "load_papers",
    "iter_papers",
    "iter_records",
    "iter_files",
    "write_papers",
    "merge_papers",
    "merge_group",
    "detect_format",
    "record_format",
    "normalize_title",
    "title_id",
]
