"""Rules as data: lexicons, units, patterns, grammars. One loader, read once per process.

Every resource ships in this folder. A user folder (``pipeline extract --resources DIR``, the
``PIPELINE_RESOURCES`` environment variable, or :func:`use_folder`) adds to it without editing
the package: a dictionary or lexicon file there (``user_dict.txt``, ``organizations.tsv``) is
read after the package's; a YAML file there is merged into the package's (lists are extended,
mappings updated key by key), so ``units.yaml`` with ``measure_words: [台套]`` adds one unit; a
``config.cfg`` there is merged over the pipeline's (``pipeline.nlp.language.pipeline_config``), so
``[components.organizations]`` with ``use_model = false`` sets a component without editing the package.

Organisation lexicons can also be given one file at a time (:func:`org_lexicon_files`): ``pipeline
extract --org-lexicon FILE``, the ``PIPELINE_ORG_LEXICON`` environment variable (paths joined by
``os.pathsep``), or a project config ``pipeline.toml`` in the working folder::

    [organizations]
    lexicon = ["lexicons/our-companies.tsv"]   # relative to the config file
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Hashable
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

ENVIRONMENT = "PIPELINE_RESOURCES"
ORG_LEXICON_ENVIRONMENT = "PIPELINE_ORG_LEXICON"
PROJECT_CONFIG = "pipeline.toml"
_user_folder: Path | None = None
_PLACEHOLDER = re.compile(r"\$\{(\w+)\}")


def use_folder(folder: Path | None) -> None:
    """Read the user's resource folder too (None: only the package's); clears cached resources."""
    global _user_folder
    _user_folder = Path(folder) if folder else None
    clear_caches()


def user_folder() -> Path | None:
    """The user's resource folder in effect, if any."""
    if _user_folder is not None:
        return _user_folder
    env = os.environ.get(ENVIRONMENT)
    return Path(env) if env else None


def resource_path(name: str) -> Path:
    """Path of a resource file shipped inside the package."""
    return Path(str(resources.files(__package__).joinpath(name)))


def resource_files(name: str) -> list[Path]:
    """The package's file of that name, then the user folder's when there is one."""
    paths = [resource_path(name)]
    folder = user_folder()
    if folder is not None and (folder / name).is_file():
        paths.append(folder / name)
    return paths


def org_lexicon_files() -> list[Path]:
    """The user's organisation lexicons named outside the resource folder: the environment
    variable (set by ``--org-lexicon``), then the project config's ``[organizations] lexicon``."""
    paths = [Path(p) for p in os.environ.get(ORG_LEXICON_ENVIRONMENT, "").split(os.pathsep) if p]
    config = Path.cwd() / PROJECT_CONFIG
    if config.is_file():
        import tomllib

        with config.open("rb") as handle:
            listed = tomllib.load(handle).get("organizations", {}).get("lexicon", [])
        paths += [config.parent / p for p in ([listed] if isinstance(listed, str) else listed)]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"organisation lexicon not found: {', '.join(missing)}")
    return paths


def check_user_yaml() -> None:
    """Parse every YAML file of the user's resource folder now, so a bad one stops a run with one line naming
    its file and line (ValueError) before worker processes meet it while warming up."""
    folder = user_folder()
    for path in sorted(folder.glob("*.yaml")) if folder is not None else []:
        _read_yaml(path)


@cache
def load_yaml(name: str) -> Any:
    """A YAML resource, with the user folder's file of the same name merged in."""
    data: Any = None
    for path in resource_files(name):
        data = _merge(data, _read_yaml(path))
    return data


def with_shared_words(own: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """The word lists more than one rules file reads (``words.yaml``: change_verbs, attain_words), each extended by a
    list of the same name in ``own`` (a rules file's own ``words``, which it also returns): one loader for the shared
    lists."""
    return _merge(dict(load_yaml("words.yaml")), own or {})


def _read_yaml(path: Path) -> Any:
    """One rules file, parsed by the safe loader that refuses a key given twice; a fault is a ValueError of one line
    that names the file and, where YAML knows it, the line."""
    with path.open(encoding="utf-8") as handle:
        try:
            return yaml.load(handle, _UniqueKeyLoader)  # a SafeLoader
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            raise ValueError(f"{where}: not valid YAML ({err.problem or err.context})") from None
        except yaml.YAMLError as err:
            raise ValueError(f"{path}: not valid YAML ({err})") from None
        except UnicodeDecodeError:
            raise ValueError(f"{path}: not UTF-8 text") from None


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader that refuses a key given twice in one mapping: PyYAML keeps the last silently, so a
    second rule under a name already used would replace the first unseen (a rules file is long; names recur)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                break  # (a list as a key: the safe loader's own error names it, with its line)
            if key in seen:
                mark = key_node.start_mark
                raise ValueError(f"{mark.name}:{mark.line + 1}: the key {key!r} is given twice in one mapping")
            seen.add(key)
        return super().construct_mapping(node, deep)


def _merge(base: Any, extra: Any) -> Any:
    if base is None:
        return extra
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base.get(key), value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


_CACHES: list[Any] = []


held: Callable[[str], re.Pattern[str]] = lru_cache(maxsize=4096)(re.compile)
"""The compiled pattern of a pattern string (a rules file's, or a literal), compiled once and held: ``re.search(p,
text)`` looks its pattern up in ``re``'s cache through two Python calls every time, ``held(p).search(text)`` in one
C call (round 41). What it saves is small: about 0.25 µs a look-up, some 0.07 s of the numbers stage's 4.4–6.5 s CPU on
the 1 MB one-line file (287,168 look-ups of 70 patterns), below the run-to-run noise (round 42 tidy, speed-log); it
is kept as the one way the numbers modules write a rules pattern, and its own bounded cache keeps their patterns
from being pushed out of ``re``'s (512 entries) by other stages'. The answer depends on the string alone, so nothing
is cleared with the resources; bounded, for patterns built from a text's words."""


def cached(function: Any) -> Any:
    """``functools.cache`` for functions built from resources: cleared when the folder changes."""
    wrapped = cache(function)
    _CACHES.append(wrapped)
    return wrapped


def cleared_with_resources(function: Any) -> Any:
    """Register a cache of one's own (an ``lru_cache``-wrapped function whose answers read resources) to be cleared
    with the others when the folder changes."""
    _CACHES.append(function)
    return function


def clear_caches() -> None:
    """Forget everything built from resources (after the user folder changed)."""
    load_yaml.cache_clear()
    for function in _CACHES:
        function.cache_clear()


def fill_placeholders(template: str, fragment: Callable[[str], str]) -> str:
    """A resource pattern with each ``${name}`` replaced by ``fragment(name)``: the one placeholder syntax of every
    rules file (a shared sub-pattern in layout.yaml and dates.yaml, a word list's alternation in claims.yaml)."""
    return _PLACEHOLDER.sub(lambda m: fragment(m.group(1)), template)
