"""Mine likely verbs (words that mostly follow infinitive "to") from unlabelled abstracts."""

from __future__ import annotations

import collections
import re
import sys
from typing import Iterable

__all__ = ["mine_verbs"]

_WORD = re.compile(r"[A-Za-z][a-z\-]+")


def mine_verbs(texts: Iterable[str], *, min_count: int = 8, min_ratio: float = 0.25) -> list[str]:
    """Return lower-case words seen after "to" in at least ``min_ratio`` of their uses.

    Examples
    --------
    >>> mine_verbs(["we aim to improve x", "to improve y", "the improve"], min_count=2, min_ratio=0.5)
    ['improve']
    """
    total: collections.Counter = collections.Counter()
    after_to: collections.Counter = collections.Counter()
    for text in texts:
        words = _WORD.findall(text)
        prev = ""
        for w in words:
            if w[0].isupper() and prev:
                prev = w.lower()
                continue
            lw = w.lower()
            total[lw] += 1
            if prev == "to":
                after_to[lw] += 1
            prev = lw
    return sorted(w for w, c in after_to.items()
                  if c >= min_count and c / total[w] >= min_ratio and not w.endswith(("ing", "tion", "ness")))


if __name__ == "__main__":  # pragma: no cover - maintenance script
    import gzip
    import itertools
    import json
    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
        texts = [json.loads(line).get("summary", "") for line in itertools.islice(f, int(sys.argv[2]))]
    print("# Words that mostly follow infinitive 'to' in arXiv cs abstracts (mined by _mine_verbs.py).")
    print("\n".join(mine_verbs(texts)))
