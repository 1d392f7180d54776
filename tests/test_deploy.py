"""The server's configuration: Streamlit's hardened settings, and deploy/nginx.conf run for
real on loopback in front of two replicas of the app (TLS, websockets, sticky sessions,
headers, limits)."""

from __future__ import annotations

import base64
import concurrent.futures
import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
NGINX_CONF = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
HOST = "aide-anef.example.org"


def test_streamlit_config_stays_hardened() -> None:
    server, browser, client = CONFIG["server"], CONFIG["browser"], CONFIG["client"]
    assert server["enableXsrfProtection"] is True and server["enableCORS"] is True
    assert server["maxUploadSize"] <= 10 and server["maxMessageSize"] <= 50
    assert server.get("enableStaticServing", False) is False
    assert browser["gatherUsageStats"] is False
    assert client["showErrorDetails"] == "none" and client["toolbarMode"] == "viewer"
    assert not any("font" in k.lower() and "http" in str(v) for k, v in CONFIG.get("theme", {}).items())  # no CDN


def test_nginx_lets_streamlit_answer_oversized_uploads_and_spools_nothing() -> None:
    body = int(re.search(r"client_max_body_size (\d+)m;", NGINX_CONF)[1])
    assert CONFIG["server"]["maxUploadSize"] < body
    assert "proxy_request_buffering off;" in NGINX_CONF and "proxy_max_temp_file_size 0;" in NGINX_CONF
    assert "access_log off;" in NGINX_CONF


# -- on loopback -------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise TimeoutError(f"nothing listens on port {port}")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, int]]:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        pytest.skip("nginx is not installed: `make test` installs it (Debian: apt-get install nginx-light)")
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: it makes the test's self-signed certificate")
    tmp = tmp_path_factory.mktemp("proxy")
    replicas = [_free_port(), _free_port()]
    apps = [
        subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.address", "127.0.0.1",
             "--server.port", str(port), "--server.headless", "true"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # Replicas share one cookie secret (Streamlit takes it from the environment only).
            env={**os.environ, "OMP_THREAD_LIMIT": "1", "STREAMLIT_SERVER_COOKIE_SECRET": "test-secret-shared"},
        )
        for port in replicas
    ]
    nginx_process = None
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={HOST}",
                        "-keyout", str(tmp / "key.pem"), "-out", str(tmp / "cert.pem")], check=True, capture_output=True)
        https, plain = _free_port(), _free_port()
        site = (NGINX_CONF
                .replace("listen 443 ssl;", f"listen 127.0.0.1:{https} ssl;")
                .replace("listen 80;", f"listen 127.0.0.1:{plain};")
                .replace("listen [::]:443 ssl;", "").replace("listen [::]:80;", "")
                .replace(f"/etc/letsencrypt/live/{HOST}/fullchain.pem", str(tmp / "cert.pem"))
                .replace(f"/etc/letsencrypt/live/{HOST}/privkey.pem", str(tmp / "key.pem"))
                .replace("server 127.0.0.1:8501;", f"server 127.0.0.1:{replicas[0]};")
                .replace("server 127.0.0.1:8502;", f"server 127.0.0.1:{replicas[1]};")
                # The test only: which replica answered.
                .replace("server_tokens off;", "server_tokens off;\n    add_header X-Test-Replica $upstream_addr always;"))
        assert site.count(str(replicas[0])) == 1 and str(tmp / "cert.pem") in site  # the file was what we expect
        (tmp / "site.conf").write_text(site, encoding="utf-8")
        (tmp / "nginx.conf").write_text(
            f"daemon off;\nworker_processes 1;\npid {tmp}/nginx.pid;\nerror_log {tmp}/error.log warn;\n"
            "events { worker_connections 128; }\n"
            f"http {{\n  client_body_temp_path {tmp}/body;\n  proxy_temp_path {tmp}/proxy;\n"
            f"  fastcgi_temp_path {tmp}/fastcgi;\n  uwsgi_temp_path {tmp}/uwsgi;\n  scgi_temp_path {tmp}/scgi;\n"
            f"  include {tmp}/site.conf;\n}}\n", encoding="utf-8")
        check = subprocess.run([nginx, "-t", "-p", str(tmp), "-c", str(tmp / "nginx.conf")], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        nginx_process = subprocess.Popen([nginx, "-p", str(tmp), "-c", str(tmp / "nginx.conf")],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            for port in (https, plain, *replicas):
                _wait(port)
        except TimeoutError:
            log = (tmp / "error.log").read_text() if (tmp / "error.log").exists() else ""
            pytest.fail(f"nginx or the app did not start (nginx exit {nginx_process.poll()}): {log[-2000:]}")
        yield {"https": https, "http": plain, "a": replicas[0], "b": replicas[1], "tmp": tmp}
    finally:
        if nginx_process is not None:
            _stop(nginx_process)
        for app in apps:
            _stop(app)


def _tls() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the test's own self-signed certificate
    return context


def _get(port: int, path: str, *, source: str = "127.0.0.1", method: str = "GET", body: bytes | None = None,
         headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=_tls(), timeout=60, source_address=(source, 0))
    connection.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_the_page_comes_through_tls_with_security_headers(proxy: dict[str, int]) -> None:
    deadline = time.monotonic() + 90
    while (health := _get(proxy["https"], "/_stcore/health")).status != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert health.status == 200
    page = _get(proxy["https"], "/")
    assert page.status == 200
    for header in ("Strict-Transport-Security", "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                   "Referrer-Policy"):
        assert page.getheader(header), header
    assert "frame-ancestors 'none'" in page.getheader("Content-Security-Policy")
    assert page.getheader("Server") == "nginx"  # no version


def test_plain_http_is_sent_to_https(proxy: dict[str, int]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", proxy["http"], timeout=30)
    connection.request("GET", "/?lang=fa", headers={"Host": HOST})
    response = connection.getresponse()
    assert response.status == 301 and response.getheader("Location") == f"https://{HOST}/?lang=fa"


def test_metrics_are_closed_and_oversized_uploads_refused(proxy: dict[str, int]) -> None:
    assert _get(proxy["https"], "/_stcore/metrics").status == 404
    big = _get(proxy["https"], "/_stcore/upload_file/x/y", method="PUT", body=b"0" * (13 * 1024 * 1024))
    assert big.status == 413
    assert not any((proxy["tmp"] / "body").glob("*")) if (proxy["tmp"] / "body").exists() else True


def test_the_websocket_is_upgraded_through_the_proxy(proxy: dict[str, int]) -> None:
    key = base64.b64encode(os.urandom(16)).decode()
    raw = socket.create_connection(("127.0.0.1", proxy["https"]), timeout=30)
    with _tls().wrap_socket(raw, server_hostname=HOST) as sock:
        sock.sendall((f"GET /_stcore/stream HTTP/1.1\r\nHost: {HOST}:{proxy['https']}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nOrigin: https://{HOST}:{proxy['https']}\r\n"
                      "Sec-WebSocket-Protocol: streamlit\r\n\r\n").encode())
        answer = sock.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 101"), answer.splitlines()[0]


def test_one_client_always_reaches_the_same_replica_and_clients_spread(proxy: dict[str, int]) -> None:
    def replica(source: str) -> str:
        return _get(proxy["https"], "/_stcore/health", source=source).getheader("X-Test-Replica")

    assert len({replica("127.0.0.1") for _ in range(8)}) == 1
    spread = {replica(f"127.0.0.{n}") for n in range(1, 30)}
    assert spread == {f"127.0.0.1:{proxy['a']}", f"127.0.0.1:{proxy['b']}"}


@pytest.mark.browser
def test_the_app_works_in_chromium_through_the_proxy_under_its_security_policy(proxy: dict[str, int], tmp_path: Path) -> None:
    """The headers must not break the page: Debian's Chromium, the public name mapped to
    loopback, an upload read to its answer, and not one Content-Security-Policy refusal."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    from tests.conftest import render_text_image

    shot = tmp_path / "ecran.png"
    render_text_image(["Identifiant ou mot de passe incorrect", "Étrangers en France"]).save(shot)
    refused: list[str] = []
    def drive() -> None:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", f"--host-resolver-rules=MAP {HOST} 127.0.0.1"])
            try:
                context = browser.new_context(ignore_https_errors=True, locale="fr-FR", timezone_id="Europe/Paris")
                page = context.new_page()
                page.set_default_timeout(90_000)
                said: list[str] = []
                page.on("console", lambda m: said.append(m.text))
                page.on("requestfailed", lambda r: said.append(f"failed: {r.url} {r.failure}"))
                page.goto(f"https://{HOST}:{proxy['https']}/?lang=fr")
                try:
                    page.locator('[data-testid="stApp"][data-test-connection-state="CONNECTED"]').wait_for()
                finally:
                    refused.extend(m for m in said if "Content Security Policy" in m)
                    print("\n".join(said[-20:]))  # shown when the test fails
                page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(shot))
                page.get_by_text("Message à envoyer").wait_for()
                page.get_by_text("Ce que nous avons trouvé sur votre image").click()
                picture = page.locator('[data-testid="stImage"] img').first
                picture.wait_for()
                fetched = page.evaluate("s => fetch(s).then(r => r.status + ' ' + r.headers.get('content-type'))",
                                        picture.get_attribute("src"))
                assert fetched.startswith("200 image/")  # the picture comes from the same replica, through the proxy
                picture.scroll_into_view_if_needed()  # pictures below the fold load lazily
                page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=picture.element_handle())
                assert page.get_by_text("Télécharger la capture avec mes données cachées").count() == 1
            finally:
                browser.close()

    # Its own thread: the browser tests' session-wide Playwright keeps an asyncio loop running in
    # this one, and the sync API refuses to start inside it (the whole suite runs in one process).
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(drive).result()
    assert refused == []
