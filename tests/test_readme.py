"""The README's configuration block and CLI reference are generated from the code (scripts/readme_sections.py):
this fails when they differ, naming the command that brings them back in line."""
from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _generator():  # noqa: ANN202 - the scripts/readme_sections.py module
    spec = importlib.util.spec_from_file_location("readme_sections", REPO / "scripts" / "readme_sections.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_generated_sections_are_current():
    gen = _generator()
    _text, changed = gen.update((REPO / "README.md").read_text(encoding="utf-8"))
    assert not changed, f"README.md is out of date ({', '.join(changed)}): run python scripts/readme_sections.py"


def test_the_configuration_block_is_valid_toml_with_every_setting():
    import dataclasses

    from topline.config import Settings, _apply
    block = _generator().render_config().removeprefix("```toml\n").removesuffix("```")
    data = tomllib.loads(block)
    _apply(Settings(), data)          # every key is a real setting with a usable value
    for f in dataclasses.fields(Settings):
        value = getattr(Settings(), f.name)
        if dataclasses.is_dataclass(value):
            assert set(data[f.name]) == {g.name for g in dataclasses.fields(value)}, f.name


def test_the_check_fails_on_a_stale_readme(tmp_path: Path):
    gen = _generator()
    text = (REPO / "README.md").read_text(encoding="utf-8").replace("`topline search QUERY", "`topline find QUERY")
    _new, changed = gen.update(text)
    assert changed == ["cli"]
