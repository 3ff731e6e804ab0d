"""The tutorial's examples (docs/tutorial.md) run and print what the page shows."""

from __future__ import annotations

import doctest
from pathlib import Path

TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial.md"


def test_tutorial_examples_print_what_the_page_shows() -> None:
    # Markdown code fences end examples; drop them so doctest sees plain examples.
    text = "\n".join(
        "" if line.startswith("```") else line
        for line in TUTORIAL.read_text(encoding="utf-8").splitlines()
    )
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, "tutorial.md", str(TUTORIAL), 0)
    assert len(test.examples) >= 15
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0
