"""Character-trigram index of entity names and aliases: the linker's fallback for misspelled,
unaccented or partial names when the lexicon finds nothing.

Built in a second or two for tens of thousands of names (numpy, no model), where embedding the
same names took minutes, and it links misspelled mentions better (bench/typo_links.py). A
question's trigrams gather the names that share its rarer ones (idf-weighted, per-question
work capped); the few best are aligned with the question by rapidfuzz and kept when the aligned
words spell the name closely enough.

Persisted as `names.npz` beside the store (temp file + rename). `sync` is incremental: names are
diffed by id and checksum, so a write re-reads only what changed; only the posting lists are
re-sorted (numpy, milliseconds).
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from graphrag.files import atomic_file
from graphrag.normalize import has_cjk
from graphrag.types import LinkedEntity
from graphrag.retrievers.text import STOPWORDS

NAMES_FILE = "names.npz"
FORMAT = 1  # bump when folding or trigram coding changes: old files are rebuilt
MIN_RATIO = 80.0  # rapidfuzz ratio (0-100) of the aligned words to the name; measured on bench/typo_links.py
MIN_CHARS = 4  # shorter names are not linked by spelling alone ("oscr" is many things)
SHORTLIST = 40  # names aligned with the question per call
COMMON = 0.05  # trigrams in more than this share of names gather no candidates (" th", "the")


@dataclass(frozen=True)
class NameRow:
    """One indexed name: `entity` owns it; `key` identifies it (the entity id for its name, a
    hash for each alias); `label` is the entity's own name."""

    key: int
    entity: int
    text: str
    label: str


def fold_chars(text: str) -> tuple[str, list[int]]:
    """Case, width, accents and punctuation folded, one space between words; with each folded
    character's position in `text` (so a match maps back to what was typed)."""
    out: list[str] = []
    pos: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", ch).casefold()):
            if unicodedata.combining(c):
                continue
            if not c.isalnum():
                c = " "
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            pos.append(i)
    while out and out[-1] == " ":
        out.pop()
        pos.pop()
    return "".join(out), pos


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_ALNUM = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """`fold_chars` without positions, a whole string at a time (names at build time)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    text = _NON_ALNUM.sub(" ", _COMBINING.sub("", text)).strip()
    return text


def _alias_key(entity: int, alias: str) -> int:
    data = f"{entity}\x00{alias}".encode("utf-8")
    return zlib.crc32(data) << 30 | (zlib.adler32(data) & 0x3FFFFFFF)


def _pack_strings(items: list[str]) -> tuple[np.ndarray, np.ndarray]:
    data = [s.encode("utf-8") for s in items]
    ends = np.cumsum([len(d) for d in data], dtype=np.int64) if data else np.zeros(0, np.int64)
    return np.frombuffer(b"".join(data), dtype=np.uint8), ends


def _unpack_strings(blob: np.ndarray, ends: np.ndarray) -> list[str]:
    raw, out, a = blob.tobytes(), [], 0
    for b in ends.tolist():
        out.append(raw[a:b].decode("utf-8"))
        a = b
    return out


def _codes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(trigram codes, row of each) of " text " for each text; a code packs three code points."""
    if not texts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    joined = "\n".join(f" {t} " for t in texts)
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    codes = (cp[:-2] << 42) | (cp[1:-1] << 21) | cp[2:]
    nl = cp == 10
    ok = ~(nl[:-2] | nl[1:-1] | nl[2:])
    row = np.cumsum(nl)[:-2]
    return codes[ok], row[ok]


def _checksum(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def store_rows(store) -> Iterator[NameRow]:
    """Every entity name and alias of a store (alias keys as the vector index makes them)."""
    for e in store.iter_entities():
        yield NameRow(e.id, e.id, e.name, e.name)
        for alias in e.aliases:
            yield NameRow(_alias_key(e.id, alias), e.id, alias, e.name)


class NameIndex:
    """The trigram index of one graph's names (see the module docstring)."""

    def __init__(self) -> None:
        self.store_version = -1
        self.keys = np.zeros(0, np.int64)  # per row
        self.entities = np.zeros(0, np.int64)
        self.checksums = np.zeros(0, np.int64)
        self.texts: list[str] = []  # folded
        self.labels: list[str] = []  # the owning entity's name
        self.row_codes = np.zeros(0, np.int64)  # trigram codes of all rows, row after row
        self.row_start = np.zeros(1, np.int64)  # row r's codes: row_codes[row_start[r]:row_start[r+1]]
        self._postings()

    def __len__(self) -> int:
        return len(self.texts)

    # -- building ----------------------------------------------------------------------------
    def _postings(self) -> None:
        """Inverted lists (sorted unique codes, their rows) and per-row idf mass."""
        n = len(self.texts)
        rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(self.row_start))
        order = np.argsort(self.row_codes, kind="stable")
        codes, self.post_rows = self.row_codes[order], rows[order]
        self.vocab, self.post_start, df = np.unique(codes, return_index=True, return_counts=True)
        self.post_start = np.append(self.post_start, len(codes)).astype(np.int64)
        self.idf = np.log1p(max(n, 1) / np.maximum(df, 1)).astype(np.float32)
        w = self.idf[np.searchsorted(self.vocab, self.row_codes)] if len(codes) else np.zeros(0, np.float32)
        self.row_mass = np.zeros(n, np.float32)
        if n:
            np.add.at(self.row_mass, rows, w)

    def apply(self, add: list[NameRow], remove: Iterable[int]) -> None:
        """Drop rows by key (and rows re-added), append `add`, re-sort the posting lists."""
        gone = set(remove) | {r.key for r in add}
        keep = np.array([k not in gone for k in self.keys.tolist()], dtype=bool)
        if not keep.all():
            lens = np.diff(self.row_start)
            self.row_codes = self.row_codes[np.repeat(keep, lens)]
            self.row_start = np.concatenate([[0], np.cumsum(lens[keep])]).astype(np.int64)
            self.keys, self.entities, self.checksums = self.keys[keep], self.entities[keep], self.checksums[keep]
            self.texts = [t for t, k in zip(self.texts, keep.tolist()) if k]
            self.labels = [t for t, k in zip(self.labels, keep.tolist()) if k]
        if add:
            texts = [fold(r.text) for r in add]
            codes, rows = _codes(texts)
            uniq = np.unique(np.stack([rows, codes]), axis=1)  # a trigram counts once per name, rows stay in order
            lens = np.bincount(uniq[0], minlength=len(add))
            self.row_codes = np.concatenate([self.row_codes, uniq[1]])
            self.row_start = np.concatenate([self.row_start, self.row_start[-1] + np.cumsum(lens)]).astype(np.int64)
            self.keys = np.concatenate([self.keys, np.array([r.key for r in add], np.int64)])
            self.entities = np.concatenate([self.entities, np.array([r.entity for r in add], np.int64)])
            self.checksums = np.concatenate([self.checksums, np.array([_checksum(r.text) for r in add], np.int64)])
            self.texts.extend(texts)
            self.labels.extend(r.label for r in add)
        self._postings()

    def sync(self, store) -> tuple[int, int]:
        """Bring the index up to the store's names; (added, removed)."""
        version = store.version()
        have = dict(zip(self.keys.tolist(), self.checksums.tolist()))
        add, seen = [], set()
        for row in store_rows(store):
            seen.add(row.key)
            if have.get(row.key) != _checksum(row.text):
                add.append(row)
        remove = [k for k in have if k not in seen]
        if add or remove:
            self.apply(add, remove)
        self.store_version = version
        return len(add), len(remove)

    # -- persistence -------------------------------------------------------------------------
    def save(self, home: str | Path) -> Path:
        path = Path(home) / NAMES_FILE
        buf = io.BytesIO()
        texts, text_ends = _pack_strings(self.texts)
        labels, label_ends = _pack_strings(self.labels)
        np.savez(buf, format=np.int64(FORMAT), version=np.int64(self.store_version), keys=self.keys,
                 entities=self.entities, checksums=self.checksums, row_codes=self.row_codes,
                 row_start=self.row_start, texts=texts, text_ends=text_ends, labels=labels, label_ends=label_ends)
        with atomic_file(path) as fh:
            fh.write(buf.getvalue())
        return path

    @classmethod
    def load(cls, home: str | Path) -> "NameIndex | None":
        """None when missing, unreadable or of another format (then it is rebuilt)."""
        try:
            with np.load(Path(home) / NAMES_FILE) as z:
                if int(z["format"]) != FORMAT:
                    return None
                self = cls.__new__(cls)
                self.store_version = int(z["version"])
                self.keys, self.entities, self.checksums = z["keys"], z["entities"], z["checksums"]
                self.row_codes, self.row_start = z["row_codes"], z["row_start"]
                self.texts = _unpack_strings(z["texts"], z["text_ends"])
                self.labels = _unpack_strings(z["labels"], z["label_ends"])
        except (OSError, ValueError, KeyError, EOFError, UnicodeDecodeError, zlib.error, zipfile.BadZipFile):
            return None
        if not (len(self.texts) == len(self.labels) == len(self.keys) == len(self.row_start) - 1):
            return None
        self._postings()
        return self

    @classmethod
    def current(cls, store, home: str | Path | None) -> "NameIndex":
        """The saved index brought up to date with the store (saved again when it changed)."""
        ix = cls.load(home) if home is not None else None
        if ix is not None and ix.store_version == store.version():
            return ix
        ix = ix or cls()
        ix.sync(store)
        if home is not None:
            try:
                ix.save(home)
            except OSError:
                pass  # read-only graph directory: keep it in memory
        return ix

    # -- linking -----------------------------------------------------------------------------
    def shortlist(self, folded: str, k: int = SHORTLIST) -> np.ndarray:
        """Rows sharing the most rare trigrams with `folded`, weighted by how much of each name
        they cover (a name spelled nearly whole in the question first)."""
        if not len(self.texts) or not folded:
            return np.zeros(0, np.int64)
        codes, _ = _codes([folded])
        codes = np.unique(codes)
        at = np.minimum(np.searchsorted(self.vocab, codes), len(self.vocab) - 1)
        at = at[self.vocab[at] == codes]
        lens = self.post_start[at + 1] - self.post_start[at]
        at = at[lens <= max(50, COMMON * len(self.texts))]  # bounded work: common trigrams say little
        if not len(at):
            return np.zeros(0, np.int64)
        lens = self.post_start[at + 1] - self.post_start[at]
        idx = np.repeat(self.post_start[at] - np.cumsum(np.concatenate([[0], lens[:-1]])), lens) + np.arange(lens.sum())
        rows = self.post_rows[idx]
        shared = np.bincount(rows, weights=np.repeat(self.idf[at], lens), minlength=len(self.texts))
        score = shared * shared / np.maximum(self.row_mass, 1e-6)
        k = min(k, int((shared > 0).sum()))
        if k <= 0:
            return np.zeros(0, np.int64)
        top = np.argpartition(-score, k - 1)[:k]
        return top[np.argsort(-score[top])]

    def link(self, question: str, k: int = 3, min_ratio: float = MIN_RATIO) -> list[LinkedEntity]:
        """Entities whose name the question spells closely, best first (closeness, then length
        of the name), each once; the mention is the question's words aligned with the name and
        the score their closeness (rapidfuzz ratio / 100)."""
        from rapidfuzz import fuzz

        folded, pos = fold_chars(question)
        found: dict[int, tuple[float, LinkedEntity]] = {}
        for r in self.shortlist(folded).tolist():
            name = self.texts[r]
            if len(name.replace(" ", "")) < MIN_CHARS:
                continue
            span = _align(name, folded)
            if span is None:
                continue
            a, b = _trim(name, folded, *span)
            words = folded[a:b]
            ratio = fuzz.ratio(name, words) if a < b else 0.0
            if ratio < min_ratio or all(w in STOPWORDS for w in words.split()) or _other_word(name, words):
                continue
            # a longer name spelled as closely is likelier the one meant ("the art of cryig")
            rank = ratio / 100.0 * (1.0 - 1.0 / (1.0 + len(name) / 4.0))
            eid = int(self.entities[r])
            if eid not in found or rank > found[eid][0]:
                start, end = pos[a], pos[b - 1] + 1
                found[eid] = (rank, LinkedEntity(eid, self.labels[r], question[start:end], start, end,
                                                 round(ratio / 100.0, 4), "fuzzy"))
        best = sorted(found.values(), key=lambda x: -x[0])[:k]
        return [e for _, e in best]


def _trim(name: str, text: str, a: int, b: int) -> tuple[int, int]:
    """Drop function words at either end of an aligned span unless the name has them (or a word
    spelled like them) there: "by giants" is not "My Giant"; "the art of cryig" may be "The Art
    of Crying", "any behrens" "Andy Behrens"."""
    from rapidfuzz import fuzz

    words = name.split()
    while a < b:
        end = text.find(" ", a, b)
        first = text[a:end if end >= 0 else b]
        if first not in STOPWORDS or fuzz.ratio(first, words[0]) >= 75 or end < 0:
            break
        a = end + 1
    while a < b:
        start = text.rfind(" ", a, b)
        last = text[start + 1:b]
        if last not in STOPWORDS or fuzz.ratio(last, words[-1]) >= 75 or start < 0:
            break
        b = start
    return a, b


def _other_word(name: str, words: str) -> bool:
    """One spelled as the other plus three letters or more in the same word is another word, not
    a misspelling: "germanium" is not "German", nor "Parisian" "Paris" (typos change a letter or
    two; an "s" or "'s" is still the name)."""
    short, long_ = sorted((name, words), key=len)
    return long_.startswith(short) and len(long_) - len(short) >= 3 and long_[len(short)].isalpha() \
        and " " not in long_[len(short):]


def _align(name: str, text: str) -> tuple[int, int] | None:
    """The words of `text` that spell `name` most closely: rapidfuzz's best alignment widened to
    whole words, then a word more or less at either end if that spells it closer. CJK text is
    aligned by characters (its words are not space-delimited)."""
    from rapidfuzz import fuzz

    if len(name) >= len(text):
        return 0, len(text)
    al = fuzz.partial_ratio_alignment(name, text)
    if al is None:
        return None
    a, b = al.dest_start, al.dest_end
    if has_cjk(name):
        return a, b
    while a > 0 and text[a - 1] != " ":
        a -= 1
    while b < len(text) and text[b] != " ":
        b += 1
    starts = {a, text.rfind(" ", 0, max(a - 1, 0)) + 1 if a > 0 else a}
    nxt = text.find(" ", a)
    if 0 <= nxt < b:
        starts.add(nxt + 1)
    ends = {b}
    after = text.find(" ", b + 1)
    if b < len(text):
        ends.add(after if after >= 0 else len(text))
    prev = text.rfind(" ", a, b)
    if prev > a:
        ends.add(prev)
    spans = [(x, y) for x in starts for y in ends if x < y]
    return max(spans, key=lambda s: (fuzz.ratio(name, text[s[0]:s[1]]), -(s[1] - s[0])))
