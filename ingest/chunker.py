"""Sentence-aware chunking sized in tokens, with overlap.

Chunks never cross a page, so every chunk (and every fact extracted from it) cites one page.
Sentences end at 。！？； (and their ASCII forms), or at . ! ? before a capital, quote or
digit unless the word before is a known abbreviation."""
from __future__ import annotations

import re
from typing import Callable

from graphrag.ingest.types import Chunk, Page

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_CJK_NEWLINE = re.compile(rf"(?<=[{_CJK}，。！？；：、（）《》“”])[ \t]*\n[ \t]*(?=[{_CJK}，。！？；：、（）《》“”])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"[ \t\r\f\v\n]+")
# a sentence ends after CJK terminal punctuation (plus closing quotes), or after .!? plus
# closing quotes when whitespace and an opening capital/digit/quote/CJK char follow
_CJK_END = re.compile(r"(?<![（(])[。！？；!?;][”’」』）)]*")  # not "张骞（？—前114年）": a year no one knows
_LATIN_END = re.compile(rf"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9{_CJK}])")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")  # "n.v", "s.a", "b.v": letters joined by dots
_MONTH_ABBREV = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_LEGAL_ABBREV = frozenset("inc ltd corp".split())  # a firm's name may end a sentence
_ABBREV = frozenset("""mr mrs ms dr prof st sr jr vs etc e.g i.e no fig al inc ltd co corp gen col lt sgt mt ft u.s u.k
d.c a.m p.m""".split()) | _MONTH_ABBREV


def clean_page_text(text: str) -> str:
    """Undo PDF line wrapping: re-join hyphenated words, drop newlines inside CJK text, keep
    blank lines as paragraph breaks (they end a sentence). A heading (a short line with no
    closing punctuation) is a paragraph of its own, not the start of the next sentence."""
    text = _headings_apart(text.replace("\u00ad", ""))
    text = _HYPHEN_BREAK.sub("", text)
    text = _CJK_NEWLINE.sub("", text)
    paragraphs = [_SPACES.sub(" ", p).strip() for p in _PARAGRAPH.split(text)]
    return "\n\n".join(p for p in paragraphs if p)


_TERMINAL = tuple(".!?;:,，。！？；：、")


def _headings_apart(text: str) -> str:
    lines = text.split("\n")
    longest = max((len(x.strip()) for x in lines), default=0)
    out = []
    heading = True  # the first line may be one; after that, a line that follows a sentence end or a heading
    for i, line in enumerate(lines):
        out.append(line)
        bare = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        prev = lines[i - 1].strip() if i else ""
        after = heading or not prev or prev.endswith(_TERMINAL)
        heading = False
        if bare and nxt and after and not any(ch in bare for ch in "。！？.!?;；") \
                and len(bare) <= min(60, 0.6 * longest) \
                and len(bare.split()) <= 10 and (nxt[:1].isupper() or nxt[:1].isdigit() or re.match(rf"[{_CJK}]", nxt)):
            out.append("")
            heading = True
    return "\n".join(out)


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in clean_page_text(text).split("\n\n"):
        out.extend(_split_paragraph(para))
    return [s for s in out if s]


def _split_paragraph(para: str) -> list[str]:
    cuts = {m.end() for m in _CJK_END.finditer(para)}
    for m in _LATIN_END.finditer(para):
        tail = re.search(r"[A-Za-z.]*$", para[:m.start() + 1]).group()
        word = tail.rstrip(".").lower()
        if word in _MONTH_ABBREV and not para[m.end():m.end() + 1].isdigit():
            pass  # "with his son Jan. The first …": a month is cut short before its day ("Jan. 5"), a name is not
        elif word in _LEGAL_ABBREV and re.match(r"[A-Z][a-z]+\s+[a-z]", para[m.end():]):
            pass  # "… became a limited company, Marks and Spencer Ltd. Spencer died in 1905": a new sentence
        elif word in _ABBREV or (len(word) == 1 and word.isalpha()) or _INITIALISM.fullmatch(word):
            continue  # "J. Smith", "U.S.", "N.V. Philips' Gloeilampenfabrieken"
        cuts.add(m.start() + 1 + len(m.group().rstrip()) - 1)
    sentences, start = [], 0
    for cut in sorted(cuts):
        piece = para[start:cut].strip()
        if piece:
            sentences.append(piece)
        start = cut
    tail = para[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _split_long(sentence: str, max_tokens: int, count: Callable[[str], int]) -> list[str]:
    """A sentence longer than a chunk is cut at commas/spaces (CJK: anywhere) to fit."""
    if count(sentence) <= max_tokens:
        return [sentence]
    parts = re.split(r"(?<=[,，、:：])\s*|\s+", sentence) if " " in sentence or "," in sentence else list(sentence)
    out, cur = [], ""
    joiner = "" if not (" " in sentence) else " "
    for part in parts:
        if not part:
            continue
        trial = f"{cur}{joiner}{part}" if cur else part
        if cur and count(trial) > max_tokens:
            out.append(cur)
            cur = part
        else:
            cur = trial
    if cur:
        out.append(cur)
    # a single unbreakable part still longer than the limit is cut by characters
    final = []
    for piece in out:
        while count(piece) > max_tokens and len(piece) > 1:
            cut = max(1, len(piece) * max_tokens // max(count(piece), 1))
            final.append(piece[:cut])
            piece = piece[cut:]
        final.append(piece)
    return final


def chunk_page(page: Page, *, doc_sha256: str, doc_name: str, max_tokens: int, overlap: int,
               count: Callable[[str], int]) -> list[Chunk]:
    """Greedy packing of whole sentences up to `max_tokens`; each chunk after the first starts
    with the previous chunk's last sentences totalling at most `overlap` tokens."""
    sentences: list[tuple[str, int]] = []
    for para in clean_page_text(page.text).split("\n\n"):
        for k, s in enumerate(_split_paragraph(para)):
            for j, piece in enumerate(_split_long(s, max_tokens, count)):
                sentences.append(("\n\n" + piece if k == 0 and j == 0 and sentences else piece, count(piece)))
    groups: list[list[tuple[str, int]]] = []
    cur: list[tuple[str, int]] = []
    size = 0
    fresh = 0  # sentences in `cur` that are not overlap
    for sent, n in sentences:
        if cur and size + n > max_tokens and fresh:
            groups.append(cur)
            tail: list[tuple[str, int]] = []
            t = 0
            for prev in reversed(cur):
                if t + prev[1] > overlap or t + prev[1] + n > max_tokens:
                    break
                tail.insert(0, prev)
                t += prev[1]
            cur, size, fresh = tail, t, 0
        cur.append((sent, n))
        size += n
        fresh += 1
    if cur and fresh:
        groups.append(cur)
    prefix = doc_sha256[:16]
    chunks = []
    for i, group in enumerate(groups):
        text = _join([s for s, _ in group])
        if page.first_line is not None:  # the version too: name.pdf#p3@1a2b3c4d
            source = f"{doc_name}#L{_line_of(page.text, group[0][0], page.first_line)}@{doc_sha256[:8]}"
        else:
            source = f"{doc_name}#p{page.number}@{doc_sha256[:8]}"
        chunks.append(Chunk(f"{prefix}:p{page.number}:{i}", doc_sha256, page.number, i, text, source,
                            count(text)))
    return chunks


def _join(sentences: list[str]) -> str:
    """Sentences joined as they stood: a space between English ones, none between Chinese
    ones, a blank line where a paragraph (or a heading) ended."""
    out = ""
    for s in sentences:
        if s.startswith("\n\n"):
            out += s if out else s[2:]
            continue
        if out and not (re.search(rf"[{_CJK}。！？；]$", out) and re.match(rf"[{_CJK}]", s)):
            out += " "
        out += s
    return out


def _line_of(text: str, sentence: str, first_line: int) -> int:
    """Line where a sentence starts in a text file (its first words are searched verbatim)."""
    probe = sentence.split()[0] if sentence.split() else sentence.strip()
    pos = text.find(probe)
    return first_line + (text.count("\n", 0, pos) if pos >= 0 else 0)
