"""ASR: the only package that imports faster_whisper / ctranslate2."""
