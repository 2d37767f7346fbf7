"""Generate the README's configuration block and CLI reference from the code, so they cannot drift.

    python scripts/readme_sections.py          # rewrite the generated sections of README.md
    python scripts/readme_sections.py --check  # exit 1 (and say which section) when README.md is out of date

A section sits between ``<!-- generated: NAME -->`` and ``<!-- end generated: NAME -->``. The configuration
block comes from the settings dataclasses of ``topline/config.py`` (defaults, and the comment on each field's
line); the CLI reference from the click commands (arguments, options and the first paragraph of each help).
"""
from __future__ import annotations

import ast
import dataclasses
import io
import json
import re
import sys
import tokenize
from pathlib import Path
from typing import Any, Mapping

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COMMENT_COLUMN = 34


# --- configuration -------------------------------------------------------------------------------------------

def _field_comments(source: str) -> dict[tuple[str, str], str]:
    """(class name, field name) -> the comment on the field's line in config.py."""
    comments = {tok.start[0]: tok.string.lstrip("#").strip()
                for tok in tokenize.generate_tokens(io.StringIO(source).readline) if tok.type == tokenize.COMMENT}
    out: dict[tuple[str, str], str] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.lineno in comments:
                    out[(node.name, stmt.target.id)] = comments[stmt.lineno]
    return out


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        return "{}" if not value else "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


def _line(key: str, value: Any, comment: str) -> str:
    text = f"{key} = {_toml_value(value)}"
    return f"{text.ljust(COMMENT_COLUMN - 1)} # {comment}".rstrip() if comment else text


def render_config() -> str:
    from topline import config
    comments = _field_comments(Path(config.__file__).read_text(encoding="utf-8"))
    settings = config.Settings()
    top, sections = [], []
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if f.name == "home":
            continue
        if dataclasses.is_dataclass(value):
            lines = [f"[{f.name}]"]
            for g in dataclasses.fields(value):
                lines.append(_line(g.name, getattr(value, g.name), comments.get((type(value).__name__, g.name), "")))
            sections.append("\n".join(lines))
        else:
            top.append(_line(f.name, value, comments.get(("Settings", f.name), "")))
    return "```toml\n" + "\n".join(top) + "\n\n" + "\n\n".join(sections) + "\n```"


# --- CLI reference -------------------------------------------------------------------------------------------

def _param_usage(param: Any) -> str:
    import click
    if isinstance(param, click.Argument):
        name = (param.metavar or param.name or "").upper()
        name = name + "..." if param.nargs == -1 and not name.endswith("...") else name
        return name if param.required else f"[{name}]"
    long = max(param.opts, key=len)
    if param.is_flag:
        shown = long
    else:
        if isinstance(param.type, click.Choice):
            meta = "\\|".join(str(c) for c in param.type.choices)
        else:
            meta = param.metavar or long.lstrip("-").upper().replace("-", "_")
        shown = f"{long} {meta}"
    return f"[{shown}]" + ("..." if getattr(param, "multiple", False) else "")


def _help(cmd: Any) -> str:
    text = (cmd.help or "").split("\f", 1)[0]
    first = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0]
    return re.sub(r"\s+", " ", first.replace("\b", "")).strip().replace("|", "\\|")


def _leaves(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    import click
    out = []
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            out.extend(_leaves(cmd, prefix + (name,)))
        else:
            out.append((prefix + (name,), cmd))
    return out


def render_cli() -> str:
    from topline.cli.main import cli
    rows = ["| command | what it does |", "|---|---|"]
    for path, cmd in _leaves(cli):
        params = [p for p in cmd.params if p.name != "help"]
        args = [_param_usage(p) for p in params if p.param_type_name == "argument"]
        opts = [_param_usage(p) for p in params if p.param_type_name == "option"]
        usage = " ".join(["topline", *path, *args, *opts])
        rows.append(f"| `{usage}` | {_help(cmd)} |")
    rows.append("| `topline --version` | the version |")
    return "\n".join(rows)


SECTIONS = {"config": render_config, "cli": render_cli}


def _pattern(name: str) -> re.Pattern:
    return re.compile(rf"(<!-- generated: {name} -->\n)(.*?)(\n<!-- end generated: {name} -->)", re.S)


def update(text: str) -> tuple[str, list[str]]:
    """README text with every generated section rewritten, and the names of the sections that changed."""
    changed = []
    for name, render in SECTIONS.items():
        pattern = _pattern(name)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no section {name!r} (<!-- generated: {name} --> ... end marker)")
        new = pattern.sub(lambda m: m.group(1) + render() + m.group(3), text, count=1)
        if new != text:
            changed.append(name)
        text = new
    return text, changed


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new, changed = update(text)
    if "--check" in argv:
        if changed:
            print(f"README.md is out of date ({', '.join(changed)}): run python scripts/readme_sections.py",
                  file=sys.stderr)
            return 1
        return 0
    if changed:
        README.write_text(new, encoding="utf-8")
        print(f"README.md: rewrote {', '.join(changed)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
