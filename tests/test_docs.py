"""The README documents every command and option of the CLI, and its examples run."""

from __future__ import annotations

import pathlib

import click
import pytest

from numfacts.cli import main

README = (pathlib.Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, click.Command]]:
    return sorted(main.commands.items())  # type: ignore[attr-defined]


@pytest.mark.parametrize("name, command", _commands(), ids=[n for n, _ in _commands()])
def test_command_is_documented(name: str, command: click.Command) -> None:
    assert f"numfacts {name}" in README


OPTIONS = [
    (name, opt)
    for name, command in _commands()
    for param in command.params
    if isinstance(param, click.Option)
    for opt in param.opts
    if opt.startswith("--")
]


@pytest.mark.parametrize("name, option", OPTIONS, ids=[f"{n}{o}" for n, o in OPTIONS])
def test_option_is_documented(name: str, option: str) -> None:
    assert f"`{option}" in README, f"numfacts {name} {option} is not in README.md"


def test_every_command_has_examples_in_its_help() -> None:
    for name, command in _commands():
        assert "numfacts " + name in (command.help or ""), f"numfacts {name} --help has no example"
