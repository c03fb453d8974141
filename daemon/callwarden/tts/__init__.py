"""TTS: the only package that imports piper."""
