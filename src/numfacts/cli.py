"""The command line (placeholder)."""

import click


@click.group()
def main() -> None:
    """numfacts: every numeric fact in news text."""
