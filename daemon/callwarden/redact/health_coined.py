"""A health term no list holds, known by how medicine builds its words: an inflammation ("-itis"), a
condition ("-osis", "-pathy", "-algia", "-plegia", "-penia", "-aemia"), an operation ("-ectomy",
"-otomy", "-ostomy", "-plasty"), a look inside ("-oscopy"). Such a word that is not in everyday English
(Whisper's own vocabulary of common words) is a rare disease, a new procedure or a misheard one:
masked, whatever frame it is said in. Some surnames end so (Petraitis, Tripathy): a listed name is left
to the name rules; "-oma", "-emia" and "-uria" end too many names and places (Oklahoma, Jeremia, Kathuria)
and are left to the lists.
"""

from __future__ import annotations

import re

from callwarden.redact import namelists

_ENDINGS = ("itis", "itides", "osis", "pathy", "pathies", "algia", "plegia", "paresis", "penia", "aemia",
            "ectomy", "ectomies", "otomy", "ostomy", "plasty", "oscopy", "oscopies", "iasis", "rrhoea", "rrhea",
            "lepsy", "ectasis", "ectasia", "trophy", "malacia", "megaly", "cytosis")
_WORD = re.compile(r"\b[A-Za-z]{7,}\b")
# words with these endings that are not health, whatever a vocabulary says
_NOT_HEALTH = {"hypothesis", "synthesis", "analysis", "emphasis", "diagnosis", "prognosis", "osmosis", "symbiosis",
               "metamorphosis", "apotheosis", "sympathy", "empathy", "apathy", "telepathy", "antipathy", "nostalgia",
               "photosynthesis", "halitosis"}


def spans(text: str, common: set[str]) -> list[tuple[int, int, str]]:
    """`common`: everyday English words (health.vocabulary's)."""
    out = []
    names = namelists.lists().names
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if w.endswith(_ENDINGS) and w not in common and w not in names and w not in _NOT_HEALTH:
            out.append((m.start(), m.end(), "phi_coined"))
    return out
