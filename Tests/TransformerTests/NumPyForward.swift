import Foundation

/// Runs a self-contained NumPy (float64) BERT-for-sequence-classification forward pass over a
/// checkpoint folder, reading `model.safetensors` by Hugging Face tensor names without our code.
enum NumPyForward {
    static let script = #"""
import json, struct, sys
import numpy as np
folder, ids_path = sys.argv[1], sys.argv[2]
cfg = json.load(open(folder + '/config.json'))
raw = open(folder + '/model.safetensors', 'rb').read()
n = struct.unpack('<Q', raw[:8])[0]
header = json.loads(raw[8:8 + n])
W = {}
for name, info in header.items():
    if name == '__metadata__':
        continue
    a, b = info['data_offsets']
    assert info['dtype'] == 'F32'
    W[name] = np.frombuffer(raw[8 + n + a:8 + n + b], dtype='<f4').astype(np.float64).reshape(info['shape'])
H, heads, eps = cfg['hidden_size'], cfg['num_attention_heads'], cfg['layer_norm_eps']
d = H // heads
def ln(x, p):
    mu = x.mean(-1, keepdims=True); var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * W[p + '.weight'] + W[p + '.bias']
def lin(x, p):
    return x @ W[p + '.weight'].T + W[p + '.bias']
from math import erf, sqrt
gelu = np.vectorize(lambda v: 0.5 * v * (1 + erf(v / sqrt(2))))
out = []
for seq in json.load(open(ids_path)):
    T = len(seq)
    x = W['bert.embeddings.word_embeddings.weight'][seq] + W['bert.embeddings.position_embeddings.weight'][:T] \
        + W['bert.embeddings.token_type_embeddings.weight'][0]
    x = ln(x, 'bert.embeddings.LayerNorm')
    for l in range(cfg['num_hidden_layers']):
        p = 'bert.encoder.layer.%d.' % l
        q, k, v = (lin(x, p + 'attention.self.' + s).reshape(T, heads, d).transpose(1, 0, 2) for s in ('query', 'key', 'value'))
        s = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        s = np.exp(s - s.max(-1, keepdims=True)); s /= s.sum(-1, keepdims=True)
        ctx = (s @ v).transpose(1, 0, 2).reshape(T, H)
        x = ln(lin(ctx, p + 'attention.output.dense') + x, p + 'attention.output.LayerNorm')
        x = ln(lin(gelu(lin(x, p + 'intermediate.dense')), p + 'output.dense') + x, p + 'output.LayerNorm')
    c = x.mean(0) if cfg.get('labbook_pooling') == 'mean' else x[0]
    if cfg.get('labbook_head') == 'distilbert':
        z = np.maximum(lin(c, 'pre_classifier'), 0)
    else:
        z = np.tanh(lin(c, 'bert.pooler.dense'))
    out.append(lin(z, 'classifier').tolist())
print(json.dumps(out))
"""#

    /// Whether `python3` with numpy is on the PATH.
    static let available: Bool = (try? run(["-c", "import numpy"]))?.status == 0

    /// The logits NumPy computes for `ids` from the checkpoint in `checkpoint`.
    static func logits(checkpoint: URL, ids: [[Int32]]) throws -> [[Double]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-numpy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scriptURL = folder.appendingPathComponent("forward.py"), idsURL = folder.appendingPathComponent("ids.json")
        try Data(script.utf8).write(to: scriptURL)
        try JSONSerialization.data(withJSONObject: ids.map { $0.map(Int.init) }).write(to: idsURL)
        let result = try run([scriptURL.path, checkpoint.path, idsURL.path])
        guard result.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSDebugDescriptionErrorKey: result.output]) }
        return (try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[Double]]) ?? []
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
