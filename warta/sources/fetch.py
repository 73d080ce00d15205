"""Polite HTTP fetching: user agent, robots.txt, per-host rate limit, size cap, retries."""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from warta.config import Settings
from warta.errors import BadInput

log = logging.getLogger(__name__)

_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Response:
    """A fetched page: the final URL, its body and its declared content type and charset."""

    url: str
    body: bytes
    content_type: str
    charset: str | None


class Fetcher:
    """Fetches http(s) URLs politely; one instance per batch keeps robots and rate state."""

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=5,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Response:
        """Return the page at `url`, or raise BadInput naming the URL and the reason."""
        if urlsplit(url).scheme not in {"http", "https"}:
            raise BadInput(f"{url}: only http and https URLs can be fetched")
        if self.settings.respect_robots and not self._allowed(url):
            raise BadInput(f"{url}: disallowed by the site's robots.txt")
        attempt = 0
        while True:
            try:
                response = self._get(url)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                reason = (
                    f"timed out after {self.settings.timeout:g} s"
                    if isinstance(exc, httpx.TimeoutException)
                    else f"connection failed ({exc.__class__.__name__}: {exc})"
                )
                if attempt >= self.settings.retries:
                    raise BadInput(f"{url}: {reason}") from exc
            else:
                if response.status < 400:
                    return response.value
                if response.status not in _RETRY_STATUS or attempt >= self.settings.retries:
                    raise BadInput(f"{url}: HTTP {response.status}")
            delay = self.settings.backoff * (2**attempt)
            attempt += 1
            log.info("retrying %s in %.1f s (attempt %d)", url, delay, attempt + 1)
            self._sleep(delay)

    def _get(self, url: str) -> _Outcome:
        self._wait_for_host(url)
        limit = self.settings.max_bytes
        with self._client.stream("GET", url) as response:
            if response.status_code >= 400:
                return _Outcome(response.status_code, None)
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise BadInput(f"{url}: larger than the {limit // (1024 * 1024)} MB limit")
            chunks: list[bytes] = []
            size = 0
            # iter_bytes decompresses, so the cap also stops gzip bombs.
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise BadInput(
                        f"{url}: larger than the {limit // (1024 * 1024)} MB limit "
                        "after decompression"
                    )
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            return _Outcome(
                response.status_code,
                Response(
                    url=str(response.url),
                    body=b"".join(chunks),
                    content_type=content_type.split(";")[0].strip().lower(),
                    charset=response.charset_encoding,
                ),
            )

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = self.settings.host_interval - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root)
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        """Return the parsed robots.txt of a site, or None (everything allowed) if it has none."""
        try:
            self._wait_for_host(root)
            response = self._client.get(f"{root}/robots.txt")
        except httpx.HTTPError:
            return None
        if response.status_code >= 400:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(response.text.splitlines())
        return parser


@dataclass(frozen=True)
class _Outcome:
    status: int
    value: Response | None
