#!/usr/bin/env python3
"""Test WARC writer for tests/cli/readers.sh (no dependencies).
usage: mkwarc.py OUT CODEC [--extras] PAGE.html...
CODEC: plain | gzip (one member per record) | zstd (one frame per record,
via the zstd command). Writes a warcinfo record, then one `response`
record per page with WARC-Record-ID <urn:uuid:00000000-0000-4000-8000-NNNNNNNNNNNN>
(N = page number) and WARC-Target-URI https://news.example/NAME.
--extras adds non-article records: request, 404 response, image, revisit,
and a chunked + gzip-encoded response for the first page."""
import gzip, os, subprocess, sys

def record(fields, block):
    head = 'WARC/1.1\r\n' + ''.join(f'{k}: {v}\r\n' for k, v in fields)
    head += f'Content-Length: {len(block)}\r\n\r\n'
    return head.encode() + block + b'\r\n\r\n'

def rid(n):
    return f'<urn:uuid:00000000-0000-4000-8000-{n:012d}>'

def response(n, uri, http):
    return record([('WARC-Type', 'response'), ('WARC-Record-ID', rid(n)),
                   ('WARC-Date', '2024-03-05T08:00:00Z'), ('WARC-Target-URI', uri),
                   ('Content-Type', 'application/http; msgtype=response')], http)

def main():
    out, codec, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    extras = '--extras' in args
    pages = [a for a in args if a != '--extras']
    recs = [record([('WARC-Type', 'warcinfo'), ('WARC-Record-ID', rid(0)),
                    ('WARC-Date', '2024-03-05T08:00:00Z'),
                    ('Content-Type', 'application/warc-fields')],
                   b'software: newsmon tests\r\nformat: WARC File Format 1.1\r\n')]
    for i, p in enumerate(pages, 1):
        body = open(p, 'rb').read()
        name = os.path.basename(p).rsplit('.', 1)[0]
        uri = f'https://news.example/{name}'
        if extras:
            recs.append(record([('WARC-Type', 'request'), ('WARC-Record-ID', rid(1000 + i)),
                                ('WARC-Date', '2024-03-05T08:00:00Z'), ('WARC-Target-URI', uri),
                                ('Content-Type', 'application/http; msgtype=request')],
                               f'GET /{name} HTTP/1.1\r\nHost: news.example\r\n\r\n'.encode()))
        if extras and i == 1:
            z = gzip.compress(body)
            chunked = b''.join(b'%x\r\n' % len(z[k:k + 50]) + z[k:k + 50] + b'\r\n'
                               for k in range(0, len(z), 50)) + b'0\r\n\r\n'
            http = (b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'
                    b'Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n' + chunked)
        else:
            http = (b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'
                    b'Content-Length: ' + str(len(body)).encode() + b'\r\n\r\n' + body)
        recs.append(response(i, uri, http))
    if extras:
        recs.append(response(2001, 'https://news.example/gone',
                             b'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>'))
        recs.append(response(2002, 'https://news.example/logo.png',
                             b'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n'))
        recs.append(record([('WARC-Type', 'revisit'), ('WARC-Record-ID', rid(2003)),
                            ('WARC-Date', '2024-03-06T08:00:00Z'),
                            ('WARC-Target-URI', 'https://news.example/p01')], b''))
    with open(out, 'wb') as f:
        for r in recs:
            if codec == 'gzip':
                f.write(gzip.compress(r))
            elif codec == 'zstd':
                f.write(subprocess.run(['zstd', '-q', '-c'], input=r, check=True,
                                       stdout=subprocess.PIPE).stdout)
            else:
                f.write(r)

main()
