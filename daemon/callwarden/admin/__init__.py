"""Admin HTTP on loopback: /healthz, /metrics (Prometheus), /calls."""
