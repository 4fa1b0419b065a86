"""scikit-learn side of the models benchmark (mirrors Bench/main.swift).

    sklearn_bench.py make-data WORK_DIR
        writes WORK_DIR/synthetic_100k.csv (make_classification(n_samples=100000,
        n_features=20, n_informative=10, random_state=0), %.17g so the Swift side
        reads the identical float64 values) and synthetic_100k_split.json
        (train_test_split(stratify=y, random_state=0): 75,000 train / 25,000 test),
        and the same call's splits of digits 9-vs-rest and breast_cancer
        (digits_9_vs_rest_split.json, breast_cancer_split.json).
    sklearn_bench.py bench REPO_ROOT WORK_DIR [reps] [dataset] [model]
        prints `dataset model phase median_ms accuracy runs_ms median_cpu_ms`
        (tab-separated), 1 warm-up then the median of `reps` runs, time.perf_counter
        (cpu: time.process_time, all threads). run.sh sets the BLAS / OpenMP
        thread counts through the environment (see there).
"""
import json
import os
import sys
import time
import warnings

import numpy as np


def make_data(work):
    from sklearn.datasets import make_classification
    from sklearn.model_selection import train_test_split

    os.makedirs(work, exist_ok=True)
    x, y = make_classification(n_samples=100_000, n_features=20, n_informative=10, random_state=0)
    header = ",".join([f"f{j}" for j in range(x.shape[1])] + ["target"])
    table = np.column_stack([x, y.astype(np.float64)])
    np.savetxt(os.path.join(work, "synthetic_100k.csv"), table, fmt="%.17g", delimiter=",",
               header=header, comments="")
    # The small sets' splits: train_test_split(stratify=y, random_state=0), what `split … stratify seed=0` draws.
    data_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                            "Sources/LabCore/Resources/datasets")
    for name, csv, positive in [("digits_9_vs_rest", "digits.csv", 9), ("breast_cancer", "breast_cancer.csv", 1)]:
        target = np.loadtxt(os.path.join(data_dir, csv), delimiter=",", skiprows=1)[:, -1]
        labels = (target == positive).astype(np.int64)
        tr, te = train_test_split(np.arange(len(labels)), stratify=labels, random_state=0)
        with open(os.path.join(work, f"{name}_split.json"), "w") as f:
            json.dump({"call": "train_test_split(np.arange(n), stratify=y, random_state=0)",
                       "train_indices": tr.tolist(), "test_indices": te.tolist()}, f)
    train, test = train_test_split(np.arange(len(y)), stratify=y, random_state=0)
    with open(os.path.join(work, "synthetic_100k_split.json"), "w") as f:
        json.dump({"call": "train_test_split(np.arange(100000), stratify=y, random_state=0)",
                   "train_indices": train.tolist(), "test_indices": test.tolist()}, f)


def load(csv, split, positive):
    with open(csv) as f:
        names = f.readline().rstrip("\n").split(",")
    table = np.loadtxt(csv, delimiter=",", skiprows=1)
    t = names.index("target")
    x = np.delete(table, t, axis=1)
    y = (table[:, t] == positive).astype(np.int64)
    with open(split) as f:
        s = json.load(f)
    tr, te = np.array(s["train_indices"]), np.array(s["test_indices"])
    return x[tr], y[tr], x[te], y[te]


def timed(reps, body):
    """1 warm-up, then `reps` runs: (wall ms, process CPU ms of all threads, last result)."""
    last = body()
    runs, cpu = [], []
    for _ in range(reps):
        cpu_start = time.process_time()
        start = time.perf_counter()
        last = body()
        runs.append((time.perf_counter() - start) * 1e3)
        cpu.append((time.process_time() - cpu_start) * 1e3)
    return runs, cpu, last


def bench(repo, work, reps, dataset_filter, model_filter):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC
    from sklearn.tree import DecisionTreeClassifier

    data_dir = os.path.join(repo, "Sources/LabCore/Resources/datasets")
    split_dir = work
    specs = [
        ("digits_9_vs_rest", os.path.join(data_dir, "digits.csv"),
         os.path.join(split_dir, "digits_9_vs_rest_split.json"), 9, 200),
        ("breast_cancer", os.path.join(data_dir, "breast_cancer.csv"),
         os.path.join(split_dir, "breast_cancer_split.json"), 1, 200),
        ("synthetic_100k", os.path.join(work, "synthetic_100k.csv"),
         os.path.join(work, "synthetic_100k_split.json"), 1, 100),
    ]
    for name, csv, split, positive, trees in specs:
        if dataset_filter not in (None, name):
            continue
        xa, ya, xb, yb = load(csv, split, positive)
        models = [
            ("tree", lambda: DecisionTreeClassifier(max_depth=3, random_state=0)),
            # n_jobs=None is sklearn's default: one job (no joblib parallelism).
            ("forest", lambda: RandomForestClassifier(n_estimators=trees, max_depth=2, random_state=0)),
            ("forest_2jobs", lambda: RandomForestClassifier(n_estimators=trees, max_depth=2, random_state=0,
                                                            n_jobs=2)),
            ("logreg", lambda: LogisticRegression(max_iter=1000)),
            ("linear_svc", lambda: LinearSVC(random_state=0)),
        ]
        for model, make in models:
            if model_filter not in (None, model):
                continue
            if model == "forest_2jobs" and name == "synthetic_100k":
                continue  # only where it is cheap
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fit_runs, fit_cpu, fitted = timed(reps, lambda: make().fit(xa, ya))
                pred_runs, pred_cpu, pred = timed(reps, lambda: fitted.predict(xb))
            acc = float(np.mean(pred == yb))
            if hasattr(fitted, "n_iter_") and model == "logreg":
                print(f"sklearn {name} {model}: {int(np.max(fitted.n_iter_))} L-BFGS iterations", file=sys.stderr)
            for phase, runs, cpu in (("fit", fit_runs, fit_cpu), ("predict", pred_runs, pred_cpu)):
                print("\t".join([name, model, phase, f"{np.median(runs):.4f}", f"{acc:.6f}",
                                 ",".join(f"{r:.4f}" for r in runs), f"{np.median(cpu):.4f}"]), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "make-data":
        make_data(sys.argv[2])
    else:
        a = sys.argv[2:]
        reps = int(a[2]) if len(a) > 2 else 5
        ds = a[3] if len(a) > 3 and a[3] != "all" else None
        md = a[4] if len(a) > 4 and a[4] != "all" else None
        bench(a[0], a[1], reps, ds, md)
