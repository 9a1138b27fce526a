#!/usr/bin/python3
"""Peer harness: readability-lxml (Debian python3-readability) on a folder
of pages. Pages are read into memory first; only extraction is timed, after
one warm-up page. Writes {id: {"articleBody": text}} to OUT and prints
"pages SECONDS BYTES" on stdout.
usage: readability_lxml.py HTML_DIR OUT.json"""
import json, os, sys, time
import lxml.html
from readability import Document

def main():
    src, out = sys.argv[1], sys.argv[2]
    pages = []
    for name in sorted(os.listdir(src)):
        if name.endswith('.html'):
            with open(os.path.join(src, name), 'rb') as f:
                pages.append((name[:-5], f.read().decode('utf-8', 'replace')))
    def extract(html):
        try:
            summary = Document(html).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ''
        except Exception:
            return ''
    extract(pages[0][1])
    result, total = {}, 0
    start = time.perf_counter()
    for pid, html in pages:
        result[pid] = {'articleBody': extract(html)}
        total += len(html.encode('utf-8'))
    elapsed = time.perf_counter() - start
    json.dump(result, open(out, 'w', encoding='utf-8'), ensure_ascii=False)
    print(len(pages), elapsed, total)

main()
