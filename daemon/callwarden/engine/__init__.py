"""The ASR/TTS engine: the process that owns the models (server.py), the client workers use
(client.py), the socket protocol between them (protocol.py) and the decoding around Whisper.
The only package that imports faster_whisper / ctranslate2."""
