"""Reading the image: preparing it, finding the screen's frame, running Tesseract, and the facts read off it
(site, date and time, identifiers). Nothing here knows what a situation is."""
