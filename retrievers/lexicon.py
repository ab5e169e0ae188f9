"""The entity lexicon: every entity name and alias of the graph, normalised, in an Aho-Corasick
automaton. Built at load time and persisted beside the store, so linking a question costs a
single pass over its characters."""
from __future__ import annotations

import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from graphrag.files import atomic_file
from graphrag.normalize import fold, has_cjk, normalize
from graphrag.store.base import GraphStore

LEXICON_FILE = "lexicon.pkl"
FORMAT = 5  # bump when normalisation or the fields change: old lexicons are rebuilt
_QUALIFIED = re.compile(r"^(.+?)\s*\(([^()]+)\)$")  # "Fargo (film)": a name and what tells it apart


@dataclass
class Lexicon:
    version: int  # the store version it was built from
    automaton: ahocorasick.Automaton
    # key → [(entity_id, name, is_alias)]
    entries: list[list[tuple[int, str, bool]]]
    keys: list[str]
    cjk_words: list[str] = field(default_factory=list)  # for jieba's user dictionary
    has_cjk: bool = False
    # a name's key without its qualifier → [(entity_id, name, the qualifier's keys)]: "Fargo (film)"
    # said as "the film Fargo"
    qualified: dict[str, list[tuple[int, str, tuple[str, ...]]]] = field(default_factory=dict)

    @classmethod
    def build(cls, store: GraphStore) -> "Lexicon":
        version = store.version()
        index: dict[str, int] = {}
        entries: list[list[tuple[int, str, bool]]] = []
        cjk: set[str] = set()
        qualified: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
        for ent in store.iter_entities():
            m = _QUALIFIED.match(ent.name)
            if m and not has_cjk(ent.name) and normalize(m.group(1)):
                qualified.setdefault(normalize(m.group(1)), []).append(
                    (ent.id, ent.name, tuple(normalize(m.group(2)).split())))
            for name, is_alias in [(ent.name, False), *((a, True) for a in ent.aliases)]:
                key = normalize(name)
                if not key:
                    continue
                if has_cjk(name):
                    cjk.add(fold(name).replace(" ", ""))
                slot = index.get(key)
                if slot is None:
                    slot = index[key] = len(entries)
                    entries.append([])
                if all(e[0] != ent.id for e in entries[slot]):
                    entries[slot].append((ent.id, ent.name, is_alias))
        for key, variants in qualified.items():  # "Vogue (magazine)" said as "Vogue": no entity
            if key not in index:  # has the bare name, so it names the qualified ones
                index[key] = len(entries)
                entries.append([(eid, name, True) for eid, name, _ in variants])
        auto = ahocorasick.Automaton()
        keys = list(index)
        for key, slot in index.items():
            auto.add_word(key, slot)
        if keys:
            auto.make_automaton()
        return cls(version, auto, entries, keys, sorted(cjk), bool(cjk), qualified)

    def save(self, home: str | Path) -> Path:
        """Atomic: write a temp file then rename, so a reader never sees half a lexicon."""
        path = Path(home) / LEXICON_FILE
        with atomic_file(path) as fh:
            pickle.dump((FORMAT, self), fh, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    @classmethod
    def load(cls, home: str | Path) -> "Lexicon | None":
        path = Path(home) / LEXICON_FILE
        try:
            with path.open("rb") as fh:
                fmt, lex = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
            return None
        return lex if fmt == FORMAT else None

    @classmethod
    def current(cls, store: GraphStore, home: str | Path | None) -> "Lexicon":
        """The persisted lexicon if it matches the store, else a fresh one (saved when possible)."""
        if home is not None:
            lex = cls.load(home)
            if lex is not None and lex.version == store.version():
                return lex
        lex = cls.build(store)
        if home is not None:
            try:
                lex.save(home)
            except OSError:
                pass  # read-only graph directory: keep it in memory
        return lex
