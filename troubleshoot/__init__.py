"""ANEF troubleshooting assistant: from a screenshot or a message to a documented fix.

    from troubleshoot import Engine
    engine = Engine()                      # loads knowledge/ once
    d = engine.diagnose_text("Nom d'utilisateur ou mot de passe invalide.", lang="en")
    d.situation, d.fix.steps, d.ccc_message
"""

from __future__ import annotations

from .engine import Engine
from .errors import TroubleshootError
from .knowledge import load_knowledge
from .models import CccFields, Diagnosis

__all__ = ["CccFields", "Diagnosis", "Engine", "TroubleshootError", "load_knowledge"]
__version__ = "0.1.0"
