"""paperkg: knowledge graphs of methods, datasets, tasks and code from ML paper listings.

Examples
--------
>>> import kg
>>> kg.Paper(id="x", title="A title").title
'A title'
"""

from kg.exceptions import EmptyGraphError, InputError, KGError, OptionError, QueryError
from kg.sources.model import Paper
from kg.api import KnowledgeGraph, build, load

__all__ = ["Paper", "build", "load", "KnowledgeGraph", "KGError", "InputError", "EmptyGraphError", "QueryError",
           "OptionError"]
__version__ = "0.1.0"
