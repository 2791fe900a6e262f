#!/usr/bin/env python3
"""Malformed requests against a running PiaSearch API: counts answers by status, lists every 5xx and the slowest.

    bench/fuzz/run.sh                                   # builds, starts the API on a spare port, fuzzes, stops it
    python3 bench/fuzz/fuzz.py --base http://127.0.0.1:5098 --key KEY --count 3000 --seed 1

Every public endpoint gets hostile inputs: huge parameters, invalid dates, bad page/size, unicode junk, lone
surrogates and invalid UTF-8, path traversal ids, Lucene/regex syntax, bad JSON and multipart bodies, wrong
content types, raw non-ASCII request lines. Standard library only. Exit code 1 when any answer is 5xx or slower
than --max-seconds, or a request gets no answer at all.
"""
import argparse
import json
import random
import socket
import statistics
import sys
import threading
import time
import urllib.parse

PATHS_GET = [
    "/api/search", "/api/filters", "/api/suggest", "/api/entities", "/api/successions", "/api/slots", "/api/ask",
    "/api/documents",
]
PARAMS = {
    "/api/search": ["q", "from", "to", "file", "chapter", "timing", "document", "sort", "page", "size", "entity", "entityType"],
    "/api/suggest": ["q", "format"],
    "/api/entities": ["type", "q", "page", "size"],
    "/api/successions": ["name", "type", "kind", "page", "size"],
    "/api/slots": ["file", "path", "asOf"],
    "/api/ask": ["q", "municipality", "document"],
    "/api/filters": ["x"],
    "/api/documents": ["id"],
}
GOOD = ["委託", "情報政策課", "RKKCS", "住民基本台帳ファイル", "2021-04-01", "1", "20", "contractor", "rename", "II", "事前"]


def junk(rng):
    """One hostile value, as a str (may hold lone surrogates) or bytes (raw, may be invalid UTF-8)."""
    kind = rng.randrange(32)
    if kind == 0:
        return "あ" * rng.choice([1001, 5000, 20000])
    if kind == 1:
        return "x" * rng.choice([2000, 7000, 9000])
    if kind == 2:
        return rng.choice(["2021-02-30", "0000-00-00", "9999-99-99", "2021-13-01", "-1", "令和99年", "2021/04/01", "１９９９-０１-０１", "2021-04-01T00:00:00Z"])
    if kind == 3:
        return rng.choice(["0", "-1", "-2147483648", "2147483648", "99999999999999999999", "1e9", "NaN", "0x10", "１", "1.5", " 1", "Infinity"])
    if kind == 4:
        return "".join(chr(rng.randrange(0xD800, 0xE000)) for _ in range(rng.randrange(1, 4)))  # lone surrogates
    if kind == 5:
        return bytes(rng.randrange(0x80, 0x100) for _ in range(rng.randrange(1, 8)))  # invalid UTF-8
    if kind == 6:
        return rng.choice(["../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "....//....//", "/etc/passwd", "C:\\boot.ini", ".", "..", "~root", "a/../../b"])
    if kind == 7:
        return rng.choice(["/[ac]*a[ac]{17}/", "/[/", "/(/", "r*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*", "*", "?", "~", "a~2", "\"", "((((((((((", "a AND OR NOT", "after:", "item:*", "[a TO", "{!xmlparser}", "\\", "^2", "+-&&||!(){}[]^\"~*?:\\/"])
    if kind == 8:
        return rng.choice(["𠮷野家", "😀" * 50, "\u202e\u202dabc", "\u0000", "a\u0000b", "e\u0301" * 300, "\ufeff", "\uffff", "\U0010ffff", "ｱｲｳ", "㍻", "Ⅱ"])
    if kind == 9:
        return "\r\nX-Injected: 1\r\n"
    if kind == 10:
        return "<script>alert(1)</script>"
    if kind == 11:
        return "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(1, 60)))
    if kind == 12:
        return " " * rng.randrange(1, 50)
    if kind == 13:
        return "%" + rng.choice(["", "Z", "G1", "0", "%", "u00e9"])
    if kind == 14:
        return "\u0430dmin"
    if kind == 15:
        return ""
    return rng.choice(GOOD) + rng.choice(["", "*", " OR ", "~", "/", "\"", "\u3000", "\t", "ｱ"])


def encode(value):
    if isinstance(value, bytes):
        return urllib.parse.quote_from_bytes(value, safe="")
    return urllib.parse.quote(value.encode("utf-8", "surrogatepass"), safe="")


def query(rng, path):
    names = PARAMS.get(path, ["q"])
    parts = []
    for _ in range(rng.randrange(0, 5)):
        name = rng.choice(names + ["q", "page", "size", "x" * rng.choice([1, 300])])
        parts.append(encode(name) + "=" + encode(junk(rng)))
    if rng.random() < 0.05:
        parts.append("&&&==&=")
    if rng.random() < 0.05:
        parts.extend(["q=a"] * 200)
    return "&".join(parts)


def raw_request(method, target, headers=None, body=b""):
    """target: bytes of the request target, sent as they are."""
    lines = [method.encode("ascii") + b" " + target + b" HTTP/1.1", b"Host: localhost", b"Connection: close"]
    for name, value in (headers or {}).items():
        lines.append(name.encode("ascii") + b": " + (value if isinstance(value, bytes) else value.encode("utf-8")))
    if body or method in ("POST", "PUT"):
        lines.append(b"Content-Length: " + str(len(body)).encode("ascii"))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def build(rng, key):
    """One hostile request: (label, raw bytes)."""
    choice = rng.randrange(100)
    if choice < 55:
        path = rng.choice(PATHS_GET)
        return path, raw_request("GET", (path + "?" + query(rng, path)).encode("ascii"))
    if choice < 65:
        base = rng.choice(["/api/entities/", "/api/documents/"])
        ident = encode(junk(rng))
        headers = {"X-Api-Key": key} if rng.random() < 0.3 else {}
        method = rng.choice(["GET", "GET", "DELETE"])
        target = (base + ident).encode("ascii")
        return base + "{id} " + method, raw_request(method, target, headers)
    if choice < 80:
        return "POST /api/documents", post_document(rng, key)
    if choice < 85:
        # Raw non-ASCII or control bytes in the request line: Kestrel's own 400.
        target = b"/api/search?q=" + rng.choice(["情報".encode("utf-8"), b"\xff\xfe", b"a b", b"a\x00b", b"\x7f", "𠮷".encode("utf-8")])
        return "raw request line", raw_request("GET", target)
    if choice < 90:
        header_value = rng.choice([b"\xff\xfe", "情報".encode("utf-8"), b"x" * 10000, b"' OR 1=1 --", b""])
        header = rng.choice(["X-Api-Key", "Origin", "Accept", "Accept-Language", "Cookie", "X-Forwarded-For", "Range"])
        return "hostile header " + header, raw_request("GET", b"/api/search?q=%E5%A7%94%E8%A8%97", {header: header_value})
    if choice < 95:
        path = rng.choice(["/api/admin/reindex", "/api/admin/jobs/0", "/api/search", "/api/documents", "/api/ask"])
        method = rng.choice(["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD", "PROPFIND"])
        headers = {"X-Api-Key": rng.choice([key + "x", "", "\u0430" + key])} if rng.random() < 0.5 else {}
        return method + " " + path, raw_request(method, path.encode("ascii"), {k: v.encode("utf-8") for k, v in headers.items()})
    path = rng.choice(["/", "/embed/", "/entity.html", "/docs/", "/opensearch.xml", "/health", "/metrics", "/openapi/v1.json",
                       "/%2e%2e/%2e%2e/etc/passwd", "/js/../../appsettings.json", "/..%5c..%5cappsettings.json", "/api", "/api/", "//api//search",
                       "/api/search/", "/API/SEARCH?q=x", "/index.html%00.txt", "/embed/%ff"])
    return "GET " + path, raw_request("GET", path.encode("ascii"))


def post_document(rng, key):
    headers = {"X-Api-Key": key}
    kind = rng.randrange(9)
    if kind == 0:
        body = rng.choice([b"{", b"[]", b"null", b"{\"sourceUrl\": 5}", b"{\"sourceUrl\": \"file:///etc/passwd\"}", b"\xff\xfe{}",
                           b"{\"sourceUrl\": \"http://127.0.0.1:1/x.tsv\"}", b"{\"sourceUrl\": \"http://2130706433/x.tsv\"}",
                           b"{\"sourceUrl\": \"http://169.254.169.254/latest/meta-data/\"}", b"{\"sourceUrl\": \"http://[::1]/x.tsv\"}",
                           b"{\"sourceUrl\": \"http://a:b@localhost/x.tsv\"}", b"{\"sourceUrl\": \"\"}", b"{\"sourceUrl\": \"http://\"}",
                           json.dumps({"sourceUrl": "https://example.invalid/x.tsv", "id": "\u0430dmin"}).encode(),
                           b"{\"a\":" * 5000, ("{\"id\": \"" + "x" * 100000 + "\"}").encode()])
        headers["Content-Type"] = "application/json"
    elif kind == 1:
        boundary = "b" + str(rng.randrange(10**6))
        headers["Content-Type"] = rng.choice(["multipart/form-data; boundary=" + boundary, "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\""])
        body = rng.choice([
            b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.tsv\"\r\n\r\nabc",
            b"--" + boundary.encode() + b"--\r\n",
            b"garbage",
            b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"\r\n\r\nx\r\n--" + boundary.encode() + b"--\r\n",
            b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n" + "\u0430dmin".encode() + b"\r\n--" + boundary.encode() + b"--\r\n",
            b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\xff\xfe.tsv\"\r\n\r\n\x00\x01\x02\r\n--" + boundary.encode() + b"--\r\n",
        ])
    elif kind == 2:
        headers["Content-Type"] = rng.choice(["text/plain", "text/tab-separated-values", "text/csv; charset=shift_jis", "text/plain; charset=utf-7"])
        body = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 2000)))
        ident = encode(junk(rng))
        return raw_request("POST", ("/api/documents?id=" + ident).encode("ascii"), headers, body)
    elif kind == 3:
        headers["Content-Type"] = rng.choice(["application/xml", "image/png", "", "application/x-www-form-urlencoded", "*/*", "text"])
        body = b"a=b&c=" + b"d" * rng.randrange(0, 100)
    elif kind == 4:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = b"file=" + b"x" * 1000 + b"&id=..%2f"
    elif kind == 5:
        headers = {"X-Api-Key": "wrong", "Content-Type": "application/json"}
        body = b"{}"
    elif kind == 6:
        headers["Content-Type"] = "text/plain"
        body = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n".encode() + ("令和6年度\tI-1\t" + junk_text(rng) + "\t後\t事後\t\n").encode("utf-8", "surrogatepass") * rng.randrange(1, 5)
        return raw_request("POST", ("/api/documents?id=fuzz-" + str(rng.randrange(5))).encode("ascii"), headers, body)
    elif kind == 7:
        headers["Content-Type"] = "application/json; charset=utf-16"
        body = "{\"sourceUrl\":\"https://example.invalid/x.tsv\"}".encode("utf-16")
    else:
        headers["Content-Type"] = "application/json"
        headers["Content-Encoding"] = "gzip"
        body = b"\x1f\x8b\x08\x00garbage"
    return raw_request("POST", b"/api/documents", headers, body)


def junk_text(rng):
    value = junk(rng)
    return value.decode("latin-1") if isinstance(value, bytes) else value


def send(base_host, base_port, data, timeout):
    started = time.perf_counter()
    with socket.create_connection((base_host, base_port), timeout=timeout) as sock:
        sock.sendall(data)
        received = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
            if len(received) > 4_000_000:
                break
    elapsed = time.perf_counter() - started
    status_line = received.split(b"\r\n", 1)[0]
    parts = status_line.split(b" ")
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    return status, elapsed, received


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:5098")
    parser.add_argument("--key", default="fuzz-admin-key")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--max-seconds", type=float, default=2.0)
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.base)
    rng = random.Random(args.seed)
    requests = [build(rng, args.key) for _ in range(args.count)]

    results = [None] * len(requests)
    starts = [0.0] * len(requests)
    began = time.perf_counter()
    index = iter(range(len(requests)))
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                i = next(index, None)
            if i is None:
                return
            label, data = requests[i]
            starts[i] = time.perf_counter() - began
            try:
                results[i] = send(url.hostname, url.port, data, args.timeout) + (label, data)
            except OSError as error:
                results[i] = (-1, args.timeout, repr(error).encode(), label, data)

    threads = [threading.Thread(target=worker) for _ in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    by_status = {}
    for status, elapsed, _, _, _ in results:
        by_status[status] = by_status.get(status, 0) + 1
    latencies = sorted(r[1] for r in results)
    # 502 is the right answer when a sourceUrl names a server that cannot be reached (example.invalid): counted apart.
    upstream = [r for r in results if r[0] == 502 and b"sourceUrl" in r[4]]
    failures = [r for r in results if (r[0] >= 500 or r[0] <= 0) and r not in upstream]
    slow = [r for r in results if r[1] > args.max_seconds]
    print(f"requests: {len(results)}   threads: {args.threads}   seed: {args.seed}")
    print("by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(by_status.items())))
    print(f"latency: median {statistics.median(latencies) * 1000:.1f} ms, p99 {latencies[int(len(latencies) * 0.99) - 1] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms")
    print(f"5xx or no answer: {len(failures)}   slower than {args.max_seconds} s: {len(slow)}   "
          f"(502 for an unreachable sourceUrl, expected: {len(upstream)})")
    ingests = [starts[i] + r[1] for i, r in enumerate(results) if r[0] in (200, 201) and r[3] == "POST /api/documents"]
    slowest = sorted((r for r in results if r not in failures and r not in slow), key=lambda r: -r[1])[:5]
    for r in (failures + slow)[:40] + slowest:
        status, elapsed, received, label, data = r
        start = starts[results.index(r)]
        since = min((start - t for t in ingests if t <= start + elapsed), default=None)
        note = f", {since:.2f} s after an ingest committed" if since is not None and since < 10 else ""
        print(f"--- {status} in {elapsed:.2f} s at {start:.1f} s{note}: {label}\n    request: {data[:300]!r}\n    answer: {received[:400]!r}")
    by_label = {}
    for status, elapsed, _, label, _ in results:
        key = label.split("?")[0]
        by_label.setdefault(key, []).append(elapsed)
    print("slowest kinds (max ms):")
    for key, values in sorted(by_label.items(), key=lambda kv: -max(kv[1]))[:8]:
        print(f"  {max(values) * 1000:8.1f}  n={len(values):4d}  {key}")
    return 1 if failures or slow else 0


if __name__ == "__main__":
    sys.exit(main())
