// Module Transformer.
