"""Scaling paperkg out: Dask extraction and incremental builds.

Examples
--------
>>> import kg.scale
>>> callable(kg.scale.extract_with_dask)
True
"""

from kg.scale.dask_extract import extract_with_dask

__all__ = ["extract_with_dask"]
