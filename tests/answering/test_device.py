"""The device and the browser named from a user agent (ua-parser), and the screenshot help they pick."""

from __future__ import annotations

import pytest

from troubleshoot.answering.device import PLATFORMS, Device, from_user_agent

AGENTS = {
    "android": ("Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
                "Mobile Safari/537.36", "Android 14 (Samsung SM-A546B)", "Chrome Mobile 126"),
    "iphone": ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Version/17.5 Mobile/15E148 Safari/604.1", "iOS 17 (iPhone)", "Mobile Safari 17"),
    "windows": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
                "Safari/537.36 Edg/126.0.0.0", "Windows 10", "Edge 126"),
    "macos": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7; rv:128.0) Gecko/20100101 Firefox/128.0",
              "Mac OS X 10.15", "Firefox 128"),
}


@pytest.mark.parametrize("platform", sorted(AGENTS))
def test_common_browsers_are_named_with_their_versions(platform: str) -> None:
    agent, device, browser = AGENTS[platform]
    assert from_user_agent(agent) == Device(device, browser, platform)
    assert platform in PLATFORMS


def test_a_system_without_screenshot_help_names_no_platform() -> None:
    linux = from_user_agent("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
    assert linux == Device("Linux", "Firefox 128", None)


@pytest.mark.parametrize("agent", [None, "", "   ", "garbage", "x" * 100_000])
def test_nothing_useful_gives_empty_fields_not_an_error(agent: str | None) -> None:
    found = from_user_agent(agent)
    assert found.platform is None and (found.device or "") == "" and (found.browser or "") == ""
