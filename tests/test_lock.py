"""The lock (tests/constraints.txt) fixes what the tests run with, and agrees with pyproject.toml's ranges."""

from __future__ import annotations

import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

LOCK = ROOT / "tests" / "constraints.txt"


def _pins() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = project["build-system"]["requires"] + project["project"]["dependencies"]
    for extra in project["project"]["optional-dependencies"].values():
        requirements += extra
    return [Requirement(text) for text in requirements]


def test_every_declared_requirement_is_pinned_within_its_range() -> None:
    pins = _pins()
    for requirement in _declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in the lock: run .ci/lock"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"the lock's {requirement.name}=={pins[name]} is outside {requirement}: run .ci/lock"
        )


def test_the_tests_run_with_the_locked_versions() -> None:
    pins = _pins()
    installed = {canonicalize_name(dist.metadata["Name"]): dist.version for dist in metadata.distributions()}
    differ = {name: (installed.get(name), pin) for name, pin in pins.items() if installed.get(name, pin) != pin}
    assert differ == {}, "installed without the lock (README's test command: PIP_CONSTRAINT=tests/constraints.txt)"


def test_the_lock_pins_every_line_exactly() -> None:
    lines = [line for line in LOCK.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert lines and all(line.count("==") == 1 and " " not in line for line in lines)
