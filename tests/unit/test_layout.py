"""The layout's rules, read from the source (no imports run): no import cycle inside the runtime
package, the runtime never imports the developer tooling, no module past 500 lines, and pjsua2
only inside a sip/ folder. Each failure names the modules, so the fix is where the message points."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "daemon" / "callwarden"
TOOLING = "callwarden_tools"
MAX_LINES = 500
SOURCE_DIRS = ("daemon", "native", "tools", "tests", "packaging", "scripts")


def module_name(path: Path, top: Path) -> str:
    rel = path.relative_to(top).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def type_checking_nodes(tree: ast.AST) -> set[int]:
    """Ids of every node under an `if TYPE_CHECKING:` block: annotations only, never run."""
    return {id(inner) for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test)
            for stmt in node.body for inner in ast.walk(stmt)}


def imported_names(path: Path, module: str) -> set[str]:
    """Every dotted name an import in `path` may refer to (the module, and module.name for
    `from module import name`, since name may be a submodule); relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = type_checking_nodes(tree)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def runtime_graph() -> dict[str, set[str]]:
    paths = {module_name(p, RUNTIME.parent): p for p in RUNTIME.rglob("*.py")}
    return {m: {n for n in imported_names(p, m) if n in paths and n != m} for m, p in paths.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as [a, b, ..., a], or None (depth-first search, colouring nodes)."""
    state: dict[str, int] = {}      # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_no_import_cycle_inside_the_runtime_package():
    cycle = find_cycle(runtime_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_sees_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_runtime_never_imports_the_tooling():
    offenders = sorted(f"{p.relative_to(ROOT)} imports {n}"
                       for p in RUNTIME.rglob("*.py")
                       for n in imported_names(p, module_name(p, RUNTIME.parent))
                       if n == TOOLING or n.startswith(TOOLING + "."))
    assert not offenders, offenders


def python_files():
    for top in SOURCE_DIRS:
        yield from (p for p in (ROOT / top).rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_past_500_lines():
    long = sorted(f"{p.relative_to(ROOT)} ({n} lines)" for p in python_files()
                  if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES)
    assert not long, long


def test_pjsua2_is_imported_only_inside_sip():
    outside = []
    for p in python_files():
        rel = p.relative_to(ROOT)
        if "sip" in rel.parts[:-1] or rel.parts[0] == "tests":
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            mods = ([a.name for a in node.names] if isinstance(node, ast.Import)
                    else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(m == "pjsua2" or m.startswith("pjsua2.") for m in mods):
                outside.append(str(rel))
    assert not outside, sorted(set(outside))


# DESIGN.md's order: a module may import from its own tier or a lower one, never a higher one.
TIERS = {"cli": 5, "doctor": 5, "status": 5, "runtime": 4, "call": 3, "receiver": 3,
         "wire": 1, "admin": 1, "config": 1, "events": 1, "text": 1, "models": 1, "version": 1,
         "alarms": 1, "progress": 1, "cli_util": 1, "systemd": 1, "bodies": 1}
MIDDLE = 2      # agent, detect, route, redact, sip, audio, engine, tts, timeline, sync


def tier(module: str) -> int:
    parts = module.split(".")
    return 0 if len(parts) == 1 else TIERS.get(parts[1], MIDDLE)


def test_imports_point_down_the_layers():
    up = sorted(f"{a} -> {b}" for a, targets in runtime_graph().items() for b in targets if tier(b) > tier(a))
    assert not up, up


def test_the_receiver_does_not_import_the_appliances_sync():
    graph = runtime_graph()
    crossing = sorted(f"{a} -> {b}" for a in graph if a.startswith("callwarden.receiver")
                      for b in graph[a] if b.startswith("callwarden.sync"))
    assert not crossing, crossing


def test_the_receiver_imports_only_the_shared_vocabulary():
    # It runs on a central box without the appliance's packages: wire/, bodies, events, config ... (tier 1).
    graph = runtime_graph()
    crossing = sorted(f"{a} -> {b}" for a in graph if a.startswith("callwarden.receiver")
                      for b in graph[a] if not b.startswith("callwarden.receiver") and tier(b) > 1)
    assert not crossing, crossing
