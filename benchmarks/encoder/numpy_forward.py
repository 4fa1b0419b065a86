"""NumPy float32 forward pass of the same BERT encoder, for comparison.

Reads model.safetensors with NumPy alone (header parsed by hand), runs the
corpus with the same length bucketing (batches of 32, padded, additive mask),
mean-pools + L2-normalises, reports sentences/s and the max |difference| to the
Swift embeddings. Usage: python3 numpy_forward.py MODEL_DIR IDS.json SWIFT.bin [repeats]
"""
import json
import struct
import sys
import time

import numpy as np

try:
    from scipy.special import erf
except ImportError:  # Abramowitz-Stegun 7.1.26 would be too coarse; fall back to math.erf
    import math
    erf = np.vectorize(math.erf, otypes=[np.float32])

DTYPES = {"F32": np.float32, "F16": np.float16, "F64": np.float64, "I64": np.int64}


def read_safetensors(path):
    with open(path, "rb") as handle:
        (length,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(length))
        data = handle.read()
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        array = np.frombuffer(data[begin:end], dtype=DTYPES[entry["dtype"]]).reshape(entry["shape"])
        tensors[name.removeprefix("bert.")] = array.astype(np.float32) if entry["dtype"] != "I64" else array
    for layer in range(1000):  # stack query/key/value and pre-transpose weights, as the Swift encoder does
        p = f"encoder.layer.{layer}.attention.self."
        if p + "query.weight" not in tensors:
            break
        tensors[f"encoder.layer.{layer}.qkv.weight"] = np.concatenate([tensors[p + n + ".weight"] for n in ("query", "key", "value")])
        tensors[f"encoder.layer.{layer}.qkv.bias"] = np.concatenate([tensors[p + n + ".bias"] for n in ("query", "key", "value")])
    for name in [n for n in tensors if n.endswith("dense.weight") or n.endswith("qkv.weight")]:
        tensors[name + "T"] = np.ascontiguousarray(tensors[name].T)
    return tensors


def layer_norm(x, scale, shift, eps):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * scale + shift


def linear(w, x, name):
    """x[rows, in] @ W[in, out] + b with the weight pre-transposed (2-D, so NumPy calls sgemm)."""
    return x @ w[name + ".weightT"] + w[name + ".bias"]


def forward(w, cfg, ids, lengths):
    b, t = ids.shape
    h, heads = cfg["hidden_size"], cfg["num_attention_heads"]
    d, eps = h // heads, np.float32(cfg["layer_norm_eps"])
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t] \
        + w["embeddings.token_type_embeddings.weight"][0]
    x = layer_norm(x.reshape(b * t, h), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
    mask = np.where(np.arange(t)[None, :] < lengths[:, None], 0, np.finfo(np.float32).min).astype(np.float32)
    for layer in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."
        qkv = linear(w, x, p + "qkv")                                             # one fused product
        qkv = np.ascontiguousarray(qkv.reshape(b, t, 3, heads, d).transpose(2, 0, 3, 1, 4))  # [3, b, heads, t, d]
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = q @ k.transpose(0, 1, 3, 2) * np.float32(1 / np.sqrt(d)) + mask[:, None, None, :]
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(b * t, h)
        a = linear(w, context, p + "attention.output.dense")
        x = layer_norm(a + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], eps)
        inner = linear(w, x, p + "intermediate.dense")
        inner = 0.5 * inner * (1 + erf(inner * np.float32(0.7071067811865476)))
        o = linear(w, inner, p + "output.dense")
        x = layer_norm(o + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
    return x.reshape(b, t, h)


def embed_all(w, cfg, corpus, batch=32):
    order = sorted(range(len(corpus)), key=lambda i: (len(corpus[i]), i))
    out = np.zeros((len(corpus), cfg["hidden_size"]), dtype=np.float32)
    for start in range(0, len(order), batch):
        chunk = order[start:start + batch]
        lengths = np.array([len(corpus[i]) for i in chunk])
        ids = np.zeros((len(chunk), lengths.max()), dtype=np.int64)
        for row, i in enumerate(chunk):
            ids[row, :lengths[row]] = corpus[i]
        states = forward(w, cfg, ids, lengths)
        valid = (np.arange(ids.shape[1])[None, :] < lengths[:, None]).astype(np.float32)
        mean = (states * valid[:, :, None]).sum(1) / lengths[:, None]
        out[chunk] = mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
    return out


def main():
    model_dir, ids_path, swift_path = sys.argv[1:4]
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    with open(f"{model_dir}/config.json") as handle:
        cfg = json.load(handle)
    w = read_safetensors(f"{model_dir}/model.safetensors")
    with open(ids_path) as handle:
        corpus = json.load(handle)["ids"]
    embed_all(w, cfg, corpus[:64])  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        embeddings = embed_all(w, cfg, corpus)
        times.append(time.perf_counter() - start)
    median = sorted(times)[len(times) // 2]
    swift = np.fromfile(swift_path, dtype=np.float32).reshape(embeddings.shape)
    print(f"numpy {np.__version__} float32 forward: median {median:.3f} s of {repeats} runs = "
          f"{len(corpus) / median:.1f} sentences/s")
    print(f"max |swift - numpy| over the normalised mean embeddings: {np.abs(swift - embeddings).max():.2e}")
    print(f"NUMPY_RATE={len(corpus) / median}")


if __name__ == "__main__":
    main()
