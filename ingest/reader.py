"""Read files into pages of text: PDFs with pypdf (OCR for scanned pages when Tesseract is
installed), .txt/.md as one page. Anything unreadable raises DocumentError with a one-line
reason, so a batch can report it and go on with the next file."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Iterator

from graphrag.errors import UserError
from graphrag.ingest.ocr import HOW_TO_ENABLE, Tesseract, ocr_page_images, page_has_images
from graphrag.ingest.types import Document, Page

PDF_SUFFIXES = (".pdf",)
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
SUFFIXES = PDF_SUFFIXES + TEXT_SUFFIXES


class DocumentError(UserError):
    """This one file cannot be ingested; the message says why (and what to do)."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def expand_paths(paths: list[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to ingest (folders searched recursively for supported suffixes, sorted so runs
    are repeatable) and one error line per path that does not exist or is unsupported."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                errors.append(f"{p}: no .pdf, .txt or .md files in this folder")
            files.extend(found)
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                files.append(p)
            else:
                errors.append(f"{p}: unsupported file type {p.suffix or '(none)'} (.pdf, .txt, .md)")
        else:
            errors.append(f"{p}: no such file or folder")
    return list(dict.fromkeys(files)), errors


def read_document(path: Path, *, ocr: Tesseract | None, sha256: str | None = None,
                  only_pages: set[int] | None = None, page_cb=None) -> Document:
    """Read `path`; `only_pages` limits a PDF to those pages (resuming OCR later);
    `page_cb(done, total)` is called after each page."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise DocumentError(f"{path}: cannot open ({e.strerror})") from None
    if size == 0:
        raise DocumentError(f"{path}: empty file (0 bytes)")
    digest = sha256 or sha256_file(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return _read_text(path, digest)
    return _read_pdf(path, digest, ocr, only_pages, page_cb)


def _read_text(path: Path, digest: str) -> Document:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DocumentError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    if not text.strip():
        raise DocumentError(f"{path}: no text (only whitespace)")
    return Document(str(path), path.name, digest, "text", 1, [Page(1, text, first_line=1)])


def _sniff_pdf(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        looks = "text" if _is_text(head) else "binary data"
        preview = head[:24].decode("utf-8", "replace").replace("\n", " ") if looks == "text" else head[:8].hex()
        raise DocumentError(f"{path}: not a PDF (no %PDF header; starts with {looks}: {preview!r})")


def _is_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data


def _read_pdf(path: Path, digest: str, ocr: Tesseract | None, only_pages: set[int] | None,
              page_cb) -> Document:
    _sniff_pdf(path)
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns per odd object; we report per file
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # an empty user password opens many "protected" PDFs
            except (NotImplementedError, FileNotDecryptedError, PdfReadError) as e:
                ok = 0
                if isinstance(e, NotImplementedError):
                    raise DocumentError(f"{path}: encrypted with an unsupported method ({e})") from None
            if not ok:
                raise DocumentError(f"{path}: encrypted PDF that needs a password; decrypt it first "
                                    f"(e.g. qpdf --decrypt --password=... in.pdf out.pdf)")
        n_pages = len(reader.pages)
    except DocumentError:
        raise
    except Exception as e:  # pypdf raises many types on damaged files
        raise DocumentError(f"{path}: corrupt or unreadable PDF ({type(e).__name__}: {str(e)[:120]})") from None
    if n_pages == 0:
        raise DocumentError(f"{path}: PDF has no pages")
    doc = Document(str(path), path.name, digest, "pdf", n_pages)
    for number, page in _pages(reader, path):
        if only_pages is not None and number not in only_pages:
            continue
        text = _page_text(page, path, number)
        if not text.strip() and page_has_images(page):
            if ocr is None:
                doc.skipped_pages.append(number)
            else:
                try:
                    doc.pages.append(Page(number, ocr_page_images(page, ocr), ocr=True))
                except Exception as e:
                    raise DocumentError(f"{path}: OCR failed on page {number} ({str(e)[:120]})") from None
        elif text.strip():
            doc.pages.append(Page(number, text))
        if page_cb is not None:
            page_cb(number, n_pages)
    if not doc.pages and not doc.skipped_pages:
        raise DocumentError(f"{path}: no text on any of its {n_pages} page(s)")
    return doc


def _pages(reader, path: Path) -> Iterator[tuple[int, object]]:
    for i in range(len(reader.pages)):
        try:
            yield i + 1, reader.pages[i]
        except Exception as e:
            raise DocumentError(f"{path}: corrupt page {i + 1} ({type(e).__name__}: {str(e)[:120]})") from None


def _page_text(page, path: Path, number: int) -> str:
    try:
        return page.extract_text() or ""
    except Exception as e:
        raise DocumentError(f"{path}: cannot extract text from page {number} "
                            f"({type(e).__name__}: {str(e)[:120]})") from None


def skipped_message(name: str, pages: list[int], ocr_turned_off: bool = False) -> str:
    how = "OCR is turned off (--no-ocr)" if ocr_turned_off else HOW_TO_ENABLE
    return (f"{name}: page(s) {_ranges(pages)} have no text layer and were skipped; {how}, "
            f"then run the same command again to read them")


def _ranges(nums: list[int]) -> str:
    out, start, prev = [], None, None
    for n in sorted(nums) + [None]:
        if start is None:
            start = prev = n
        elif n is not None and n == prev + 1:
            prev = n
        else:
            out.append(str(start) if start == prev else f"{start}-{prev}")
            start = prev = n
    return ", ".join(out)
