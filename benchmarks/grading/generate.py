"""Generates the grading benchmark's class: N submissions of the evaluation-metrics
lecture (its lab blocks with per-student hyper-parameters, own expect lines, a few
broken or renamed), the key, and for the first S students the equivalent Jupyter
notebook (scikit-learn + matplotlib doing the same work, cell for cell).

Usage: python3 generate.py REPO WORK N S
"""
import json, random, re, sys
from pathlib import Path

repo, work, n, s = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
lecture = (repo / "Notebooks/evaluation-metrics.md").read_text()
blocks = re.findall(r"```lab[^\n]*\n(.*?)```", lecture, re.S)
program = "".join(blocks)

KEY = """---
title: Evaluation metrics lab
---
```lab
require tree, forest, logreg points=1 message="Train tree, forest and logreg as in the handout."
expect accuracy(tree on digits.test) >= 0.93 points=2 partial=0.9:1 message="A deeper tree does better."
expect f1(tree on digits.test) >= 0.6 points=2 partial=0.5:1
expect roc_auc(forest on digits.test) >= 0.9 points=2 visibility=hidden
expect average_precision(logreg on digits.test) >= 0.9 points=2
expect recall(logreg on digits.test) >= 0.8 points=1 visibility=after_due_date
```
"""

def student(k, rng):
    depth = rng.randint(2, 6)
    trees = rng.choice([100, 150, 200, 250])
    text = program.replace("max_depth=3 seed=0", f"max_depth={depth} seed=0")
    text = text.replace("n_estimators=200", f"n_estimators={trees}")
    if k % 10 == 3:
        text = text.replace("as logreg", "as lr").replace("logreg on", "lr on").replace(", logreg", ", lr")
    if k % 25 == 7:
        text = text.replace("evaluate tree on digits.test metrics=report", "evalute tree on digits.test metrics=report")
    text += "expect accuracy(tree on digits.test) >= 0.5 points=10\n"
    return depth, trees, f"# Evaluation metrics — student {k:03d}\n\n```lab\n{text}```\n"

def code_cell(src):
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": src}

def jupyter(depth, trees):
    cells = [
        "import json\nimport numpy as np\nimport matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
        "from sklearn.datasets import load_digits\nfrom sklearn.dummy import DummyClassifier\n"
        "from sklearn.tree import DecisionTreeClassifier\nfrom sklearn.ensemble import RandomForestClassifier\n"
        "from sklearn.linear_model import LogisticRegression\nfrom sklearn import metrics",
        "X, y = load_digits(return_X_y=True)\nfig, axes = plt.subplots(2, 5)\n"
        "for ax, img in zip(axes.ravel(), X[:10]): ax.imshow(img.reshape(8, 8), cmap='gray_r')\nplt.show()\nprint(X.shape)",
        "y = (y == 9).astype(int)\nplt.bar(['Not 9', '9'], np.bincount(y)); plt.show()",
        "from sklearn.model_selection import train_test_split\n"
        "Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)\n"
        "print(Xtr.shape, Xte.shape)",
        "dummy = DummyClassifier(strategy='most_frequent').fit(Xtr, ytr)\n"
        "print(metrics.accuracy_score(ytr, dummy.predict(Xtr)), metrics.accuracy_score(yte, dummy.predict(Xte)))\n"
        "print(metrics.confusion_matrix(yte, dummy.predict(Xte)))\n"
        "print(metrics.precision_recall_fscore_support(yte, dummy.predict(Xte), average='binary', zero_division=0))",
        f"tree = DecisionTreeClassifier(max_depth={depth}, random_state=0).fit(Xtr, ytr)\n"
        "metrics.ConfusionMatrixDisplay.from_estimator(tree, Xte, yte); plt.show()\n"
        "for m in (dummy, tree):\n    p = m.predict(Xte)\n"
        "    print(metrics.accuracy_score(yte, p), metrics.precision_recall_fscore_support(yte, p, average='binary', zero_division=0))\n"
        "    tn, fp, fn, tp = metrics.confusion_matrix(yte, p).ravel(); print(tn / (tn + fp), fp / (fp + tn))\n"
        "print(metrics.classification_report(yte, tree.predict(Xte)))",
        f"forest = RandomForestClassifier(max_depth=2, n_estimators={trees}, random_state=0).fit(Xtr, ytr)\n"
        "metrics.ConfusionMatrixDisplay.from_estimator(forest, Xte, yte); plt.show()",
        "st = tree.predict_proba(Xte)[:, 1]; sf = forest.predict_proba(Xte)[:, 1]\n"
        "print(metrics.precision_recall_curve(yte, st))\n"
        "for s, name in ((st, 'tree'), (sf, 'forest')):\n"
        "    p, r, t = metrics.precision_recall_curve(yte, s); plt.plot(t, p[:-1]); plt.plot(t, r[:-1]); plt.axvline(0.4); plt.show()\n"
        "for t in (0.4, 0.1):\n    p = (sf > t).astype(int); print(t, metrics.accuracy_score(yte, p), metrics.precision_recall_fscore_support(yte, p, average='binary', zero_division=0))",
        "for s in (st, sf):\n    p, r, _ = metrics.precision_recall_curve(yte, s); plt.plot(r, p)\nplt.show()\n"
        "sd = dummy.predict_proba(Xte)[:, 1]\nprint([metrics.average_precision_score(yte, s) for s in (sd, st, sf)])\n"
        "for s in (st, sf):\n    f, t, _ = metrics.roc_curve(yte, s); plt.plot(f, t)\nplt.show()\n"
        "print(metrics.roc_curve(yte, st))\nprint([metrics.roc_auc_score(yte, s) for s in (sd, st, sf)])",
        "logreg = LogisticRegression(max_iter=1000).fit(Xtr, ytr)\nsl = logreg.predict_proba(Xte)[:, 1]\n"
        "for m, s in ((dummy, sd), (tree, st), (forest, sf), (logreg, sl)):\n    p = m.predict(Xte)\n"
        "    print(metrics.accuracy_score(yte, p), metrics.precision_recall_fscore_support(yte, p, average='binary', zero_division=0), "
        "metrics.roc_auc_score(yte, s), metrics.average_precision_score(yte, s))\n"
        "for s in (st, sf, sl):\n    p, r, _ = metrics.precision_recall_curve(yte, s); plt.plot(r, p)\nplt.show()",
    ]
    return {"cells": [code_cell(c) for c in cells], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}

rng = random.Random(0)
(work / "submissions").mkdir(parents=True, exist_ok=True)
(work / "jupyter").mkdir(parents=True, exist_ok=True)
(work / "key.md").write_text(KEY)
for k in range(n):
    depth, trees, text = student(k, rng)
    (work / "submissions" / f"student-{k:03d}.md").write_text(text)
    if k < s:
        (work / "jupyter" / f"student-{k:03d}.ipynb").write_text(json.dumps(jupyter(depth, trees), indent=1))
print(f"generated {n} submissions and {min(n, s)} Jupyter notebooks in {work}")
