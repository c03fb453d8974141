"""Audio: call frames, resampling and endpointing (kernels in callwarden_native)."""
