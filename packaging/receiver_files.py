"""The files of the callwarden-receiver package, found from the code rather than listed by hand.

Walks the imports of every callwarden.receiver module (and of what they import, within
callwarden) and prints, one per line, the source files they need relative to daemon/, plus
the SQL migrations. The receiver package is architecture-independent: it runs on Debian's
python3 with Debian's libraries, so every third-party import must map to a Debian package
(DEBIAN_PACKAGES); an unknown one, or anything of the compiled callwarden_native, fails the
build instead of shipping a receiver that cannot start.

    python3 packaging/receiver_files.py files       (paths, relative to daemon/)
    python3 packaging/receiver_files.py depends     (the Debian packages, comma-separated)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

DAEMON = Path(__file__).resolve().parent.parent / "daemon"
# Third-party module -> the Debian 12 package providing it to /usr/bin/python3.
DEBIAN_PACKAGES = {
    "psycopg": "python3-psycopg",
    "cryptography": "python3-cryptography",
    "msgpack": "python3-msgpack",
    "systemd": "python3-systemd",
    "phonenumbers": "python3-phonenumbers",
    "prometheus_client": "python3-prometheus-client",
    "argon2": "python3-argon2",     # the ops console's password hashes (receiver/console/passwords.py)
    "tqdm": "python3-tqdm",         # export progress bars on a terminal (callwarden/progress.py)
}


def source(module: str) -> Path | None:
    path = DAEMON.joinpath(*module.split("."))
    for candidate in (path / "__init__.py", path.with_suffix(".py")):
        if candidate.exists():
            return candidate
    return None


def closure() -> tuple[set[Path], set[str]]:
    files: set[Path] = set()
    third_party: set[str] = set()
    todo = ["callwarden.receiver." + p.stem for p in (DAEMON / "callwarden" / "receiver").glob("*.py")]
    seen: set[str] = set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        path = source(module)
        if path is None:    # `from callwarden.x import name`: the name is no module
            continue
        files.add(path)
        parts = module.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]     # the packages above it
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                raise SystemExit(f"receiver_files: relative import in {path}: not followed")
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                     if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                top = name.split(".")[0]
                if top == "callwarden":
                    todo.append(name)
                elif top not in sys.stdlib_module_names:
                    third_party.add(top)
    return files, third_party


def main(what: str) -> int:
    files, third_party = closure()
    unknown = sorted(third_party - DEBIAN_PACKAGES.keys())
    if unknown:
        print(f"receiver_files: no Debian package known for {', '.join(unknown)} "
              "(add it to DEBIAN_PACKAGES, or keep the import out of the receiver)", file=sys.stderr)
        return 1
    if what == "depends":
        print(", ".join(sorted(DEBIAN_PACKAGES[m] for m in third_party)))
        return 0
    sql = (DAEMON / "callwarden" / "receiver" / "migrations").glob("*.sql")
    for path in sorted(files) + sorted(sql):
        print(path.relative_to(DAEMON))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "files"))
