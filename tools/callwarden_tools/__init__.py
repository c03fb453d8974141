"""Developer tooling around the appliance: benches, the demo, the eval harness, scoring, intent
training and test callers. Never imported by the runtime package `callwarden`."""
