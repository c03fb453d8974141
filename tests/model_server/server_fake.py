"""A scripted OpenAI-compatible chat-completions server (a fake, not a model), for the paths the
real test model cannot be made to take on cue: a tool call asking for a human, tools refused,
malformed output, a first token that never comes.

Each request gets the next scripted answer (the last one repeats):
  {"content": ["Let me ", "get a colleague."], "tool": {"name": "route_call", "arguments": "{...}"}}
  {"status": 400}                       refuse the request (e.g. tools not offered)
  {"first_delay_s": 5, "content": [...]} wait before the first chunk
  {"raw": "not json"}                   a data: event that is not JSON
Requests are kept in `received` (bodies as sent).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ScriptedLlm:
    def __init__(self, answers: list[dict]) -> None:
        self.answers = list(answers)
        self.received: list[dict] = []
        this = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                this.received.append(body)
                answer = this.answers[min(len(this.received), len(this.answers)) - 1]
                if answer.get("status", 200) != 200:
                    raw = b'{"error": {"message": "refused"}}'
                    self.send_response(answer["status"])
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                try:
                    time.sleep(answer.get("first_delay_s", 0))
                    if "raw" in answer:
                        self._send(answer["raw"])
                    for piece in answer.get("content", []):
                        self._send(json.dumps({"choices": [{"index": 0, "delta": {"content": piece}}]}))
                        time.sleep(answer.get("gap_s", 0.02))
                    if "tool" in answer:
                        call = {"index": 0, "id": "call_1", "type": "function",
                                "function": {"name": answer["tool"]["name"], "arguments": answer["tool"]["arguments"]}}
                        self._send(json.dumps({"choices": [{"index": 0, "delta": {"tool_calls": [call]}}]}))
                    self._send(json.dumps({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                                           "usage": {"prompt_tokens": 50, "completion_tokens": 12}}))
                    self._send("[DONE]")
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, data: str) -> None:
                self.wfile.write(f"data: {data}\n\n".encode())
                self.wfile.flush()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
