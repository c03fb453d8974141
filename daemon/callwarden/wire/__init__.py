"""Formats on the wire between appliance and receiver: signed event batches, keys, recordings,
the key probe. Both sides import these; neither imports the other."""
