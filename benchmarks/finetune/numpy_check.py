"""Independent NumPy (float64) forward of a saved labbook checkpoint, from model.safetensors by
Hugging Face tensor names; compares with the logits labbook wrote to probe.json.
Usage: python3 numpy_check.py CHECKPOINT_DIR   (made by FinetuneBench ... SAVE_DIR)
"""
import json
import struct
import sys
from math import erf, sqrt

import numpy as np

folder = sys.argv[1]
cfg = json.load(open(folder + '/config.json'))
raw = open(folder + '/model.safetensors', 'rb').read()
n = struct.unpack('<Q', raw[:8])[0]
header = json.loads(raw[8:8 + n])
W = {}
for name, info in header.items():
    if name == '__metadata__':
        continue
    a, b = info['data_offsets']
    W[name] = np.frombuffer(raw[8 + n + a:8 + n + b], dtype='<f4').astype(np.float64).reshape(info['shape'])
H, heads, eps = cfg['hidden_size'], cfg['num_attention_heads'], cfg['layer_norm_eps']
d = H // heads
gelu = np.vectorize(lambda v: 0.5 * v * (1 + erf(v / sqrt(2))))


def ln(x, p):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * W[p + '.weight'] + W[p + '.bias']


def lin(x, p):
    return x @ W[p + '.weight'].T + W[p + '.bias']


def logits(seq):
    T = len(seq)
    x = W['bert.embeddings.word_embeddings.weight'][seq] + W['bert.embeddings.position_embeddings.weight'][:T] \
        + W['bert.embeddings.token_type_embeddings.weight'][0]
    x = ln(x, 'bert.embeddings.LayerNorm')
    for layer in range(cfg['num_hidden_layers']):
        p = 'bert.encoder.layer.%d.' % layer
        q, k, v = (lin(x, p + 'attention.self.' + s).reshape(T, heads, d).transpose(1, 0, 2) for s in ('query', 'key', 'value'))
        s = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        ctx = (s @ v).transpose(1, 0, 2).reshape(T, H)
        x = ln(lin(ctx, p + 'attention.output.dense') + x, p + 'attention.output.LayerNorm')
        x = ln(lin(gelu(lin(x, p + 'intermediate.dense')), p + 'output.dense') + x, p + 'output.LayerNorm')
    c = x.mean(0) if cfg.get('labbook_pooling') == 'mean' else x[0]
    z = np.maximum(lin(c, 'pre_classifier'), 0) if cfg.get('labbook_head') == 'distilbert' else np.tanh(lin(c, 'bert.pooler.dense'))
    return lin(z, 'classifier')


probe = json.load(open(folder + '/probe.json'))
diff = max(np.abs(logits(ids) - np.array(ours)).max() for ids, ours in zip(probe['ids'], probe['logits']))
print(f"architectures {cfg['architectures']}, {len(probe['ids'])} sentences: max |NumPy - labbook| logit difference {diff:.2e}")
sys.exit(0 if diff < 1e-4 else 1)
