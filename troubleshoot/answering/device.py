"""The user's device and browser, from the browser's user agent (ua-parser), for the CCC.

The CCC asks which device and browser showed the problem. The page knows the
user agent its browser sent; ``ua-parser`` (the maintained port of
Browserscope's rules) reads it, so no hand-written pattern has to follow
every new browser version. The names stay the vendors' own ("Android 14",
"Chrome Mobile 126"): they read the same in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

# Which screenshot help fits an operating system (ua-parser's family names).
_PLATFORMS = {
    "Windows": "windows",
    "Mac OS X": "macos",
    "macOS": "macos",
    "Android": "android",
    "iOS": "iphone",
    "iPadOS": "iphone",
}
PLATFORMS = ("windows", "macos", "android", "iphone")  # the ones knowledge/screenshot_help.yaml explains
_GENERIC_DEVICES = {"Other", "Generic Smartphone", "Generic Tablet", "Mac", "Spider", "K"}


@dataclass(frozen=True)
class Device:
    """What the message says of the device and the browser; ``platform`` picks the screenshot help."""

    device: str | None = None  # "Android 14 (Samsung SM-A546B)", "Windows 10"
    browser: str | None = None  # "Chrome Mobile 126", "Firefox 128"
    platform: str | None = None  # one of PLATFORMS, or None


def from_user_agent(user_agent: str | None) -> Device:
    """The device and browser a user agent names; empty fields for what it does not tell."""
    if not user_agent or not user_agent.strip():
        return Device()
    from ua_parser import parse  # imported when a page asks: the command line never needs it

    result = parse(user_agent[:1000])  # a header is short; a forged one must not cost time
    os_ = result.os
    agent = result.user_agent
    device = result.device
    system = None
    if os_ is not None and os_.family and os_.family != "Other":
        # macOS says 10.15 for every version since 11 (a frozen user agent): keep what it says.
        parts = (os_.major, os_.minor) if os_.family == "Mac OS X" else (os_.major,)
        version = ".".join(p for p in parts if p)
        system = os_.family + (f" {version}" if version else "")
        if device is not None and device.family and device.family not in _GENERIC_DEVICES and device.family not in system:
            system += f" ({device.family})"
    browser = None
    if agent is not None and agent.family and agent.family != "Other":
        browser = agent.family + (f" {agent.major}" if agent.major else "")
    platform = _PLATFORMS.get(os_.family) if os_ is not None else None
    return Device(system, browser, platform)
