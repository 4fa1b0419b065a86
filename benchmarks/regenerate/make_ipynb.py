"""Writes the Jupyter equivalent of Notebooks/evaluation-metrics.md (scikit-learn +
matplotlib, the same steps, splits, models and charts) for `jupyter nbconvert --execute`.

Usage: python make_ipynb.py OUT.ipynb
"""
import sys

import nbformat

out = sys.argv[1]

cells = [
    """import json
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (ConfusionMatrixDisplay, PrecisionRecallDisplay, RocCurveDisplay, accuracy_score,
                             average_precision_score, classification_report, confusion_matrix, f1_score,
                             precision_recall_curve, precision_score, recall_score, roc_auc_score, roc_curve)
from sklearn.tree import DecisionTreeClassifier
%matplotlib inline""",
    """digits = load_digits()
X, y_digits = digits.data, digits.target
fig, axes = plt.subplots(2, 5, figsize=(6, 3))
for ax, image, label in zip(axes.ravel(), digits.images, digits.target):
    ax.imshow(image, cmap="gray_r"); ax.set_title(label); ax.axis("off")
plt.show()
print(X.shape)""",
    """y = (y_digits == 9).astype(int)
plt.bar(["Not 9", "9"], np.bincount(y)); plt.show()""",
    f"""from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
print(X_train.shape, X_test.shape, np.bincount(y_train), np.bincount(y_test))""",
    """dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print(accuracy_score(y_train, dummy.predict(X_train)), accuracy_score(y_test, dummy.predict(X_test)))""",
    "print(confusion_matrix(y_test, dummy.predict(X_test)))",
    """p = dummy.predict(X_test)
print(precision_score(y_test, p, zero_division=0), recall_score(y_test, p), f1_score(y_test, p))""",
    """tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X_train, y_train)
ConfusionMatrixDisplay.from_estimator(tree, X_test, y_test); plt.show()
for m in (dummy, tree):
    p = m.predict(X_test)
    print(accuracy_score(y_test, p), precision_score(y_test, p, zero_division=0), recall_score(y_test, p), f1_score(y_test, p))""",
    """for m in (dummy, tree):
    tn, fp, fn, tp = confusion_matrix(y_test, m.predict(X_test)).ravel()
    print(tn / (tn + fp), fp / (fp + tn))""",
    "print(classification_report(y_test, tree.predict(X_test)))",
    """forest = RandomForestClassifier(max_depth=2, n_estimators=200, random_state=0).fit(X_train, y_train)
ConfusionMatrixDisplay.from_estimator(forest, X_test, y_test); plt.show()""",
    """scores_tree = tree.predict_proba(X_test)[:, 1]
print(precision_recall_curve(y_test, scores_tree))
for t in (0.4,):
    print(confusion_matrix(y_test, (scores_tree > t).astype(int)))
precision, recall, _ = precision_recall_curve(y_test, scores_tree)
plt.plot(recall, precision); plt.show()""",
    """scores_forest = forest.predict_proba(X_test)[:, 1]
for t in (0.4, 0.1):
    p = (scores_forest > t).astype(int)
    print(t, accuracy_score(y_test, p), precision_score(y_test, p), recall_score(y_test, p), f1_score(y_test, p))
precision, recall, thresholds = precision_recall_curve(y_test, scores_forest)
plt.plot(thresholds, precision[:-1], thresholds, recall[:-1]); plt.show()""",
    """ax = plt.gca()
PrecisionRecallDisplay.from_estimator(tree, X_test, y_test, ax=ax)
PrecisionRecallDisplay.from_estimator(forest, X_test, y_test, ax=ax); plt.show()
for m in (dummy, tree, forest):
    print(average_precision_score(y_test, m.predict_proba(X_test)[:, 1]))""",
    """ax = plt.gca()
RocCurveDisplay.from_estimator(tree, X_test, y_test, ax=ax)
RocCurveDisplay.from_estimator(forest, X_test, y_test, ax=ax); plt.show()
print(roc_curve(y_test, scores_tree))
for m in (dummy, tree, forest):
    print(roc_auc_score(y_test, m.predict_proba(X_test)[:, 1]))""",
    """logreg = LogisticRegression(max_iter=1000).fit(X_train, y_train)
for m in (dummy, tree, forest, logreg):
    p, s = m.predict(X_test), m.predict_proba(X_test)[:, 1]
    print(accuracy_score(y_test, p), precision_score(y_test, p, zero_division=0), recall_score(y_test, p),
          f1_score(y_test, p), roc_auc_score(y_test, s), average_precision_score(y_test, s))
ax = plt.gca()
for m in (tree, forest, logreg):
    PrecisionRecallDisplay.from_estimator(m, X_test, y_test, ax=ax)
plt.show()""",
]

nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbformat.write(nb, out)
