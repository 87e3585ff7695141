#!/usr/bin/env python3
"""Lists Swift files over FILE_LIMIT (500) lines and functions (func, init, subscript) over
FUNC_LIMIT (60) lines under the given folders; exits 1 when any is found. Run by `make lint`."""
import re, sys, os
limit = int(os.environ.get("FUNC_LIMIT", 60)); file_limit = int(os.environ.get("FILE_LIMIT", 500))
decl = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|final|override|mutating|nonmutating|convenience|required|@inlinable|@usableFromInline|nonisolated)\s+)*(func\s+[^\s(<]+|init[?!]?|subscript|deinit)\b')
bad = 0
for root in sys.argv[1:]:
    for d, _, fs in os.walk(root):
        for f in sorted(fs):
            if not f.endswith(".swift"): continue
            p = os.path.join(d, f); lines = open(p, encoding="utf-8").read().split("\n")
            if len(lines) - 1 > file_limit: print(f"{p}: {len(lines)-1} lines (file limit {file_limit})"); bad += 1
            i = 0
            while i < len(lines):
                m = decl.match(lines[i])
                if m:
                    # find the opening brace of the body, then match braces (strings ignored roughly)
                    depth = 0; started = False; j = i
                    while j < len(lines):
                        s = re.sub(r'"(?:\\.|[^"\\])*"', '""', lines[j])
                        s = s.split("//")[0]
                        for ch in s:
                            if ch == "{": depth += 1; started = True
                            elif ch == "}": depth -= 1
                        if started and depth <= 0: break
                        if not started and j > i and (s.strip() == "" ): break
                        j += 1
                    if started:
                        n = j - i + 1
                        if n > limit: print(f"{p}:{i+1}: {m.group(1)} is {n} lines (limit {limit})"); bad += 1
                i += 1
print(f"{bad} over the limits", file=sys.stderr)
sys.exit(1 if bad else 0)
