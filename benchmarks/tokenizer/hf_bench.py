"""HF tokenizers encode_batch on the same sentences (median of 5), truncation and padding off."""
import json
import statistics
import sys
import time

from tokenizers import Tokenizer

tokenizer = Tokenizer.from_file(sys.argv[1])
tokenizer.no_truncation()
tokenizer.no_padding()
texts = []
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
tokenizer.encode_batch(texts)  # warm-up
times, tokens = [], 0
for _ in range(5):
    start = time.perf_counter()
    encodings = tokenizer.encode_batch(texts)
    times.append(time.perf_counter() - start)
    tokens = sum(len(e.ids) for e in encodings)
median = statistics.median(times)
print(f"hf encode_batch: {len(texts)} sentences, {tokens} tokens, median {median:.4f} s, {len(texts) / median:.0f} sentences/s")
