#!/usr/bin/env python3
"""A reading aid for the scope of key figures (bench/README.md, Quantities): per brief (Markdown, as written by
`newsbrief brief`), the rows of every Key figures table, the rows labelled with a scope ("whole conflict",
"running total"), and a crude count of rows that may mix scopes: a row holding a value of at least 1,000 and one
at most a fiftieth of it ("more than 7,500" beside "50"). The count is a heuristic to find rows worth reading,
not a score: a row of one day's tolls can span that range, and a mixed row of small numbers escapes it.
Usage: bench/concepts/scope-rows.py BRIEF.md ..."""
import re
import sys

WORDS = {'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10,
         'dozens': 24, 'dozen': 12, 'hundreds': 200, 'thousands': 2000, 'tens of thousands': 20000,
         'hundreds of thousands': 200000}


def value(text):
    text = text.lower()
    number = re.search(r'(\d[\d,]*(?:\.\d+)?)\s*(million)?', text)
    if number:
        v = float(number.group(1).replace(',', ''))
        return v * 1e6 if number.group(2) else v
    for word in sorted(WORDS, key=len, reverse=True):
        if word in text:
            return WORDS[word]
    return None


def rows(path):
    out, inside = [], False
    for line in open(path, encoding='utf-8'):
        if 'Key figures' in line:
            inside = True
            continue
        if line.startswith('#'):
            inside = False
        if inside and line.startswith('| ') and not line.startswith('| figure'):
            cells = line.split(' | ')
            values = [value(v.split(' (')[0].split(' [')[0]) for v in cells[1].split('; ')]
            out.append((cells[0][2:], [v for v in values if v]))
    return out


total = mixing = 0
for path in sys.argv[1:]:
    found = rows(path)
    mixed = [r for r in found if r[1] and max(r[1]) >= 1000 and min(r[1]) * 50 <= max(r[1])]
    scoped = sum('(whole conflict)' in r[0] or '(running total)' in r[0] for r in found)
    print(f'{path}: rows {len(found)}, scoped {scoped}, may mix {len(mixed)}')
    total, mixing = total + len(found), mixing + len(mixed)
print(f'all: rows {total}, may mix {mixing}')
