"""Answering: the fix in the user's language, the CCC message in French, the case report, and the screenshot
as sent (caption band, hidden identifiers, matched phrases drawn)."""
