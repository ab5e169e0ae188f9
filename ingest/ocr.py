"""OCR for scanned pages with the Tesseract binary (Debian `tesseract-ocr`, plus
`tesseract-ocr-chi-sim` for Chinese). The page's embedded images are what gets read: a scanner
writes each page as one image, so no PDF rasteriser is needed."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

HOW_TO_ENABLE = "install Tesseract to OCR them: apt-get install tesseract-ocr tesseract-ocr-chi-sim"

_CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) +(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")


@dataclass(frozen=True)
class Tesseract:
    binary: str
    languages: str  # e.g. "eng+chi_sim"

    @classmethod
    def find(cls) -> "Tesseract | None":
        """The installed Tesseract with the languages we use, or None."""
        binary = shutil.which("tesseract")
        if not binary:
            return None
        try:
            out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        have = {line.strip() for line in out.splitlines()[1:]}
        langs = [lang for lang in ("eng", "chi_sim") if lang in have]
        return cls(binary, "+".join(langs or ["eng"]))

    def read_image(self, image_bytes: bytes, suffix: str = ".png") -> str:
        with tempfile.TemporaryDirectory(prefix="graphrag-ocr-") as tmp:
            img = Path(tmp) / f"page{suffix}"
            img.write_bytes(image_bytes)
            proc = subprocess.run([self.binary, str(img), "stdout", "-l", self.languages, "--psm", "3"],
                                  capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(f"tesseract failed: {proc.stderr.strip()[:200]}")
        # Tesseract puts spaces between Chinese characters; they are not in the original.
        return _CJK_GAP.sub("", proc.stdout)


def ocr_page_images(page, tesseract: Tesseract) -> str:
    """OCR every image on a pypdf page (scans have one per page) and join the texts."""
    texts = []
    for image in page.images:
        name = getattr(image, "name", "") or "image.png"
        data = image.data
        suffix = Path(name).suffix.lower()
        if suffix not in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif"):
            # re-encode formats Tesseract cannot open (JPEG2000, raw CCITT) through Pillow
            import io

            buf = io.BytesIO()
            image.image.save(buf, format="PNG")
            data, suffix = buf.getvalue(), ".png"
        texts.append(tesseract.read_image(data, suffix).strip())
    return "\n\n".join(t for t in texts if t)


def page_has_images(page) -> bool:
    try:
        return len(page.images) > 0
    except Exception:  # pypdf raises assorted errors on malformed image streams
        return False
