#!/usr/bin/env python3
"""Hostile inputs for tests/cli/hostile.sh, generated at test time so no big
file is ever committed. Deterministic: the same bytes on every run.

  gen_hostile.py generate OUTDIR       write every input, print their names
  gen_hostile.py run SECONDS OUT ERR -- CMD...
                                        run CMD with stdout/stderr to files,
                                        killed after SECONDS; prints
                                        "STATUS PEAK_RSS_KB SECONDS" where
                                        STATUS is the exit code, -SIG for a
                                        signal, or "timeout". PEAK_RSS_KB is
                                        the child's high-water mark, which
                                        includes the forked python (~15 MB)
                                        before exec: an over-estimate.
"""
import gzip
import os
import random
import resource
import signal
import subprocess
import sys
import time
import zlib

MB = 1024 * 1024

# Sentences the checks look for in newsmon's output.
DEEP_MARKER = "The deepest sentence survives the nesting"
UTF16_MARKER = "Wide characters decoded correctly"
ATTR_MARKER = "Visible paragraph after the huge attribute"


def page(body, title="Hostile page"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title>"
            "</head><body>%s</body></html>\n" % (title, body))


def warc_record(typ, uri, rid, body, content_type="application/http; msgtype=response"):
    head = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
            "WARC-Date: 2021-03-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
            "Content-Type: %s\r\nContent-Length: %d\r\n\r\n"
            % (typ, uri, rid, content_type, len(body)))
    return head.encode() + body + b"\r\n\r\n"


def http_page(text):
    html = page("<p>%s</p>" % text).encode()
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(html)) + html


def warc_records(n):
    return [warc_record("response", "https://example.org/%d" % i,
                        "00000000-0000-0000-0000-%012d" % i,
                        http_page("Record %d: the council met on Tuesday, said Jonas Berg." % i))
            for i in range(n)]


def prose(rng, size):
    """Sentence-like words, names and quotes, no newline: a realistic worst
    case for cleaning and analysis rather than one repeated byte."""
    words = ("the council said that a plan was late and would cost more than "
             "expected on Tuesday in June because of the storm").split()
    names = ["Anna Lind", "Jonas Berg", "Mr. Holm", "Dr. Vik", "Maria Olsen"]
    out, n = [], 0
    while n < size:
        k = rng.randrange(6)
        if k == 0:
            s = "“%s,” said %s. " % (" ".join(rng.choice(words) for _ in range(8)).capitalize(),
                                     rng.choice(names))
        elif k == 1:
            s = "%s said that %s. " % (rng.choice(names),
                                       " ".join(rng.choice(words) for _ in range(10)))
        else:
            s = " ".join(rng.choice(words) for _ in range(12)).capitalize() + ". "
        out.append(s)
        n += len(s.encode())
    return "".join(out).encode()[:size]


def generate(out):
    rng = random.Random(6)
    os.makedirs(out, exist_ok=True)
    made = []

    def put(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        made.append(name)

    # Random bytes, as a plain file and under every container's name.
    noise = rng.randbytes(256 * 1024)
    put("random.bin", noise)
    put("random.html", noise)
    put("random.warc.gz", b"\x1f\x8b\x08\x00" + noise)
    put("random.jsonl", noise)
    put("random.rss", noise)

    # Invalid UTF-8 of every kind: lone continuations, overlongs, surrogates,
    # code points past U+10FFFF, truncated sequences, and one at the very end.
    bad = [b"\x80", b"\xbf", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
           b"\xf8\x88\x80\x80\x80", b"\xfe", b"\xff", b"\xe2\x80", b"\xf0\x9f\x98"]
    text = b"Invalid bytes\n\n"
    for i in range(4000):
        text += b"Anna Lind said " + rng.choice(bad) + b" the plan was late. "
        if i % 20 == 19:
            text += b"\n\n"
    put("invalid_utf8.txt", text + b"\xe2\x80")
    put("invalid_utf8.html", page("<p>" + text.decode("latin-1") + "</p>").encode("latin-1"))

    # NUL bytes inside text and inside markup.
    put("nul_bytes.txt", b"NUL bytes\n\nThe council\x00 met on\x00\x00 Tuesday.\n" * 2000)
    put("nul_bytes.html", page("<p>The council\x00 met</p>\x00<p>on Tuesday.</p>").encode() * 200)

    # WARC: good records, then gzip members cut off in the middle; a plain
    # WARC whose last record is shorter than its Content-Length; a record
    # claiming an absurd length; a decompression bomb of 1 GiB.
    recs = warc_records(3)
    members = [gzip.compress(r, mtime=0) for r in recs]
    gz = b"".join(members)
    put("truncated.warc.gz", gz[: len(gz) - len(members[-1]) // 2])
    plain = b"".join(recs)
    put("truncated.warc", plain[: len(plain) - 100])
    put("liar.warc", recs[0] + b"WARC/1.0\r\nWARC-Type: response\r\n"
        b"WARC-Record-ID: <urn:uuid:liar>\r\nContent-Length: 99999999999999999\r\n\r\n"
        + b"short body\r\n\r\n" + recs[1])
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    head = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.org/bomb\r\n"
            b"WARC-Record-ID: <urn:uuid:bomb>\r\nContent-Type: text/plain\r\n"
            b"Content-Length: %d\r\n\r\n" % (1024 * MB))
    bomb = [comp.compress(head)]
    chunk = b"a" * MB
    for _ in range(1024):
        bomb.append(comp.compress(chunk))
    bomb.append(comp.flush())
    put("bomb.warc.gz", b"".join(bomb))

    # 200,000 nested elements with text at the bottom.
    depth = 200000
    put("deep.html", page("<p>Top paragraph before the nesting, said Anna Lind.</p>"
                          + "<div>" * depth + DEEP_MARKER + ". " + "</div>" * depth
                          + "<p>Closing paragraph.</p>").encode())

    # One 50 MB line of prose (1 MB of it, repeated: generating is slow).
    put("long_line.txt", prose(rng, MB) * 50)

    # A 20 MB attribute value, then ordinary text.
    put("big_attr.html", page('<p title="' + "x" * (20 * MB) + '">Huge attribute.</p>'
                              "<p>%s, said Jonas Berg.</p>" % ATTR_MARKER).encode())

    # UTF-16 pages with a byte-order mark, little- and big-endian.
    u16 = page("<h1>UTF-16 page</h1><p>%s, said Ola Nordmann. Ærøskøbing “quoted” €.</p>"
               % UTF16_MARKER, title="UTF-16 page")
    put("utf16le.html", b"\xff\xfe" + u16.encode("utf-16-le"))
    put("utf16be.html", b"\xfe\xff" + u16.encode("utf-16-be"))

    # Feeds: entity expansion (billion laughs), an external entity that must
    # never be read (XXE), and JSON nested 100,000 deep.
    lol = ['<!ENTITY l0 "lol">'] + ['<!ENTITY l%d "%s">' % (i, ("&l%d;" % (i - 1)) * 10)
                                      for i in range(1, 10)]
    put("laughs.rss", ('<?xml version="1.0"?><!DOCTYPE rss [%s]><rss version="2.0"><channel>'
                       "<title>t</title><item><title>&l9;</title><description>&l9;</description>"
                       "</item></channel></rss>\n" % "".join(lol)).encode())
    put("xxe.rss", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>Leak &x;</title>'
        b"<description>Body &x; said Anna Lind.</description></item></channel></rss>\n")
    put("deep.jsonl", b'{"id":"ok","text":"Fine record, said Anna Lind."}\n'
        + b'{"id":"deep","text":' + b"[" * 100000 + b"]" * 100000 + b"}\n"
        + b'{"id":"after","text":"The record after the deep one."}\n')

    # A batch with one unreadable member (a dangling link) among good files.
    batch = os.path.join(out, "batch")
    os.makedirs(batch, exist_ok=True)
    for i, name in enumerate(["a_good.html", "b_good.txt", "d_good.txt"]):
        with open(os.path.join(batch, name), "w") as f:
            body = "Good file %d\n\nThe council met on Tuesday, said Jonas Berg.\n" % i
            f.write(page("<p>%s</p>" % body) if name.endswith(".html") else body)
    link = os.path.join(batch, "c_missing.html")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink("/nonexistent/newsmon-hostile-target", link)
    made.append("batch")
    print("\n".join(made))


def run(seconds, out_path, err_path, cmd):
    start = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        try:
            rc = proc.wait(timeout=seconds)
            status = str(rc)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            status = "timeout"
    elapsed = time.monotonic() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print("%s %d %.2f" % (status, peak_kb, elapsed))


def main(argv):
    if len(argv) == 3 and argv[1] == "generate":
        generate(argv[2])
    elif len(argv) > 6 and argv[1] == "run" and argv[5] == "--":
        run(float(argv[2]), argv[3], argv[4], argv[6:])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
