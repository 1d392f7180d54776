"""Property-based tests (hypothesis): whatever comes in, the engine answers with a situation
or a typed error, in bounded time, and never raises anything else."""

from __future__ import annotations

import io

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PIL import Image

from troubleshoot import Engine
from troubleshoot.answering import redact
from troubleshoot.errors import EmptyInputError, TroubleshootError

ENGINE = Engine()
SITUATIONS = {s.id for s in ENGINE.kb.situations}

# Pieces of ANEF wording, identifiers and OCR noise, so texts reach the rules and the
# extraction (dates, addresses, error codes), not only random Unicode.
WORDS = st.sampled_from([
    "Identifiant", "mot de passe", "incorrect", "erreur", "503", "Service Unavailable", "ERR_CONNECTION_RESET",
    "administration-etrangers-en-france.interieur.gouv.fr", "https://", "Bonjour", "Mme", "Nom", "Prénom", ":",
    "Se déconnecter", "14:32", "03/11/2025", "7512043391", "amina@example.org", "06 12 34 56 78", "récépissé",
    "attestation", "dossier", "en cours d'instruction", "\n", "  ", "«", "»", "’", "ﻻ", "مرحبا", "Привет", "0",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(WORDS, max_size=60).map(" ".join),
    st.tuples(WORDS, st.integers(1, 2000)).map(lambda p: p[0] * p[1]),  # long repeats: no runaway regex
)


@settings(max_examples=150, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_situation_or_says_it_is_empty(text: str) -> None:
    try:
        diagnosis = ENGINE.diagnose_text(text)
    except EmptyInputError:
        assert not text.strip()
        return
    assert diagnosis.situation in SITUATIONS
    assert diagnosis.ccc_message.startswith("Objet :")


@settings(max_examples=100, deadline=2000)
@given(TEXTS)
def test_masked_text_holds_no_foreign_number_or_email(text: str) -> None:
    assume("7512043391" not in text and "amina@example.org" not in text)  # the ones put in are the ones looked for
    masked = redact.mask_text(f"{text} Identifiant 7512043391 courriel amina@example.org {text}")
    assert "7512043391" not in masked and "amina@example.org" not in masked


MODES = st.sampled_from(["RGB", "RGBA", "L", "LA", "P", "1", "I;16", "CMYK"])
FORMATS = st.sampled_from(["PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF"])


@st.composite
def image_files(draw: st.DrawFn) -> bytes:
    """A small picture of any mode in any format, maybe cut short, or bytes that only claim to be one."""
    if draw(st.booleans()) and draw(st.booleans()):
        return draw(st.binary(max_size=2000))
    width, height = draw(st.integers(1, 160)), draw(st.integers(1, 160))
    seed = draw(st.integers(0, 2**32 - 1))
    noise = np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)
    picture = Image.fromarray(noise, "RGB")
    mode, fmt = draw(MODES), draw(FORMATS)
    try:
        picture = picture.convert(mode)
        buffer = io.BytesIO()
        picture.save(buffer, fmt)
    except (OSError, ValueError, KeyError):  # that format cannot hold that mode: plain PNG
        buffer = io.BytesIO()
        Image.fromarray(noise, "RGB").save(buffer, "PNG")
    data = buffer.getvalue()
    cut = draw(st.one_of(st.none(), st.integers(0, len(data))))
    return data if cut is None else data[:cut]


@pytest.mark.ocr
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(image_files())
def test_any_small_file_gives_a_diagnosis_or_a_typed_error(data: bytes) -> None:
    try:
        diagnosis = ENGINE.diagnose_image(data)
    except TroubleshootError as error:
        assert error.code and error.remedy  # something to tell the user
        return
    assert diagnosis.situation in SITUATIONS
