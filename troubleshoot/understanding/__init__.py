"""Understanding the text: normalising it, finding concepts and their combinations, matching the rules of
``knowledge/`` and ranking the situations, and telling a request's step from its status."""
