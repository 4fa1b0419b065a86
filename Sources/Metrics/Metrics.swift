// Module Metrics.
