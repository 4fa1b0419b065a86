"""Times scikit-learn roc_auc_score + average_precision_score on 10M scores (median of 3).

Same distribution as Bench/main.swift: labels ~ Bernoulli(0.3), scores ~ N(0, 1) for
negatives and N(1, 1) for positives. Prints `sklearn seconds auc ap`.
"""
import sys
import time

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
rng = np.random.default_rng(20261123)
y = rng.random(n) < 0.3
s = rng.normal(0.0, 1.0, n) + y
runs = []
for _ in range(3):
    t = time.perf_counter()
    auc = roc_auc_score(y, s)
    ap = average_precision_score(y, s)
    runs.append((time.perf_counter() - t, auc, ap))
runs.sort()
print("sklearn", f"{runs[1][0]:.4f}", runs[1][1], runs[1][2])
