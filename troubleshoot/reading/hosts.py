"""Web addresses read off a screen, and whether they are ANEF's.

An address bar shows a host whole (``https://administration-…gouv.fr/usagers``),
cut at the end on a narrow phone bar (``administration-etrangers-en-fran…``),
cut at the start when the field scrolled, and read by OCR with its usual
confusions (``rn`` for ``m``, ``l`` for ``i``, a lost dot). A known host is
recognised from any long enough piece of it with rapidfuzz, which scores
edit distance faster and better than a hand-written comparison; any other
host is kept as it is read, for "another website".

Works on text folded by ``extract._fold`` (one character per character).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

# A whole host: labels and a top-level domain (``gouv`` when the ``.fr`` was lost); OCR may
# put a space inside it, never a line break.
_HOST = re.compile(
    r"(?<![@\w.-])(?:https?[ ]?:[ ]?/[ ]?/[ ]?)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?[ ]?\.[ ]?)+(?:fr|com|org|net|eu|io|gouv|info|be|ch|de|uk))(?![a-z0-9-])"
)
# Any long run of host characters: a piece of an address whose ending (or start) was cut.
# A run cut at its start may keep the hyphen or dot before it ("-etrangers-en-…"); OCR may
# read a dot as a space ("interieur gouv.fr"): a run may go on past one space into the
# address's last labels.
_PIECE = re.compile(
    r"(?<![@\w-])[-.]?(?:https?[ ]?:[ ]?/[ ]?/[ ]?)?([a-z0-9][a-z0-9.-]{9,}[a-z0-9](?:[ ][a-z0-9-]+\.[a-z]{2,4}(?![a-z0-9-]))?)"
)
SCHEME = re.compile(r"^[a-z]{0,5}:?/{1,2}")  # "https://", "ttps://", "//": the start of an address, not its path
WHOLE = 85.0  # rapidfuzz ratio (0-100) for a host read whole with OCR damage
PIECE = 88.0  # ... for a cut piece, compared with the same length of the known host
MIN_PREFIX = 12  # characters of a host's start that tell it from any other
MIN_SUFFIX_SHARE = 0.6  # a host's end is shared with its siblings (".interieur.gouv.fr"): more is needed


@dataclass(frozen=True)
class HostMention:
    start: int
    host: str  # the known host it stands for, else the host as read
    known: bool


def known_host(piece: str, known: Sequence[str]) -> str | None:
    """The known host that ``piece`` is, or the start or end of, if any."""
    piece = piece.strip(".-")
    best: tuple[float, str] | None = None
    for host in known:
        score = fuzz.ratio(piece, host)
        if score < WHOLE:
            score = 0.0
            n = len(piece)
            if not any(c in piece for c in ".-"):
                continue  # a lone word ("administration") is no piece of an address
            if MIN_PREFIX <= n < len(host):
                score = max(score, _piece_score(piece, host[:n]))
            if MIN_SUFFIX_SHARE * len(host) <= n < len(host) and not piece.startswith("www."):
                score = max(score, _piece_score(piece, host[-n:]))
        if score and (best is None or score > best[0]):
            best = (score, host)
    return best[1] if best else None


def _piece_score(piece: str, part: str) -> float:
    score = fuzz.ratio(piece, part)
    return score if score >= PIECE else 0.0


def mentions(folded: str, known: Sequence[str]) -> list[HostMention]:
    """Hosts written in the text, in reading order: known ones (whole or cut) and others."""
    found: dict[int, HostMention] = {}
    spans: list[tuple[int, int]] = []  # the known hosts' pieces: no other host inside them
    for m in _PIECE.finditer(folded):
        if _in_path(folded, m.start()):
            continue
        host = known_host(_clean(m[1]), known)
        if host is not None:
            found[m.start()] = HostMention(m.start(), host, True)
            spans.append((m.start(), m.end()))
    for m in _HOST.finditer(folded):
        if any(m.start() < end and start < m.end() for start, end in spans) or _in_path(folded, m.start()):
            continue
        host = _clean(m[1])
        snapped = known_host(host, known)
        found[m.start()] = HostMention(m.start(), snapped or host, snapped is not None)
    return [found[k] for k in sorted(found)]


def _in_path(folded: str, start: int) -> bool:
    """Whether a host-like piece sits in an address's path or query, after its host
    (a sign-in page's ``…/auth?redirect_uri=https%3A%2F%2Fadministration-…``):
    the address shown is the one before it, not the one it carries."""
    token_start = max(folded.rfind(c, 0, start) for c in " \n\t") + 1
    before = SCHEME.sub("", folded[token_start:start])
    return any(c in before for c in "/?=&%")


def _clean(raw: str) -> str:
    host = re.sub(r"\s*\.\s*", ".", raw)  # "interieur . gouv": a spaced dot
    host = re.sub(r"\s+", ".", host).strip(".")  # "interieur gouv.fr": a dot read as a space
    host = host[host.index("www.") :] if "www." in host else host  # "iwww.x.fr": OCR noise before www
    return re.sub(r"^www(?=[a-z0-9])", "www.", host)  # "wwwexample.fr": the dot lost by OCR
