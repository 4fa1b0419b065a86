"""Tokenise the Rotten Tomatoes test split with the model's tokenizer.json.

Writes {"ids": [[...], ...]} (with [CLS]/[SEP], no truncation) for the Swift and
NumPy benchmarks. Usage: python3 tokenize_test_split.py MODEL_DIR DATA.jsonl OUT.json
"""
import json
import sys

from tokenizers import Tokenizer

model_dir, data_path, out_path = sys.argv[1:4]
tokenizer = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
tokenizer.no_truncation()
tokenizer.no_padding()
with open(data_path, encoding="utf-8") as handle:
    texts = [json.loads(line)["text"] for line in handle if line.strip()]
ids = [encoding.ids for encoding in tokenizer.encode_batch(texts)]
with open(out_path, "w", encoding="utf-8") as handle:
    json.dump({"ids": ids}, handle)
lengths = [len(x) for x in ids]
print(f"tokenized {len(ids)} sentences, mean length {sum(lengths) / len(lengths):.2f}, max {max(lengths)}")
