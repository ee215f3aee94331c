"""Speed work must not change behaviour: the whole Wikinews corpus's rows hash to the stored digest."""

from tests.corpus_digest import STORED, corpus_digest, stored


def test_wikinews_output_unchanged():
    digest, docs, rows = corpus_digest()
    assert digest == stored(), (
        f"the rows extracted from data/corpus/wikinews.jsonl changed ({docs} documents, {rows} rows; "
        f"stored: {STORED.read_text(encoding='utf-8').strip()}). If the change is intended, run "
        "`.venv/bin/python tools/update_digest.py` and write the reason in the commit message."
    )
