"""The LLM dialog: an OpenAI-compatible endpoint answers caller turns, streamed into speech."""
