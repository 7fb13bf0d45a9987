"""Rules as data: lexicons, units, patterns. Loaded by name, once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def resource_path(name: str) -> Path:
    """Path of a resource file shipped inside the package."""
    return Path(str(resources.files(__package__).joinpath(name)))


@cache
def load_yaml(name: str) -> Any:
    """Parse a YAML resource (cached: resources are read-only at run time)."""
    with resource_path(name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
