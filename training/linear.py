"""The learner the recipes of peristiwa's linear models share (``attach_train``,
``evscore_train``): a logistic regression over sparse binary features, fitted by Adam
on the full batch for a fixed number of steps with an L2 penalty. No randomness: the
same rows give the same weights, to the digit written.
"""

from __future__ import annotations

from collections import Counter


def fit_logistic(rows: list[list[str]], ys: list[float], sample_weights: list[float] | None = None,
                 l2: float = 1.0, steps: int = 400, min_count: int = 3) -> dict[str, float]:
    """The weight of every feature seen in ``min_count`` rows or more (rarer ones are
    noise, left out), of a logistic regression of ``ys`` (0 or 1) on ``rows`` (the
    features present). ``sample_weights``: how much each row counts (default 1)."""
    import numpy as np

    seen = Counter(f for r in rows for f in set(r))
    names = sorted(f for f, n in seen.items() if n >= min_count)
    index = {f: k for k, f in enumerate(names)}
    X = np.zeros((len(rows), len(names)))
    for n, r in enumerate(rows):
        for f in r:
            if f in index:
                X[n, index[f]] = 1.0
    y = np.array(ys)
    sw = None if sample_weights is None else np.array(sample_weights, dtype=float)
    total = len(y) if sw is None else float(sw.sum())
    w = np.zeros(len(names))
    m = np.zeros(len(names))
    v = np.zeros(len(names))
    for t in range(1, steps + 1):  # Adam, full batch, fixed steps: deterministic
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        err = p - y if sw is None else (p - y) * sw
        g = X.T @ err / total + l2 * w / total
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {f: float(w[k]) for f, k in index.items() if abs(w[k]) > 1e-4}
