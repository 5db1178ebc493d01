#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails unless docs/findings.md lists exactly the finding codes the sources define, each with
the severity of its definition and the exposure app/check/findingadvice.cpp gives it.

Codes are read from every FindingDefinition in app/ and ui/, so a code added to any catalog
(or outside one) is picked up without touching this script.

Usage: check-findings.py SOURCE_DIR
"""
import pathlib
import re
import sys

DEFINITION = re.compile(r'FindingDefinition\s+(\w+)\s*\{\s*"([^"]+)"\s*,\s*Severity::(\w+)')
DECLARATION = re.compile(r'\bconstexpr\s+(?:Sts::)?FindingDefinition\s+\w+\s*\{')
RULE = re.compile(r'\{"([^"]+)",\s*Exposure::(\w+)')
# Exposure enum → the words docs/findings.md uses (its table explains them).
EXPOSURE_WORDS = {
    "None": "none",
    "StartTlsDowngrade": "STARTTLS downgrade",
    "ManInTheMiddle": "man-in-the-middle",
    "DnsSpoofing": "DNS spoofing",
    "MailLoss": "mail loss",
    "Blindness": "blindness",
}
HEADING = re.compile(r"^### `([^`]+)`\s*$")
SUMMARY = re.compile(r"^\*\*(ok|info|warning|error)\*\*.*· exposure: (.+?)\s*$")


def source_codes(root):
    codes, problems = {}, []
    for path in sorted([*root.glob("app/**/*.h"), *root.glob("app/**/*.cpp"), *root.glob("ui/**/*.h"),
                        *root.glob("ui/**/*.cpp")]):
        text = path.read_text(encoding="utf-8")
        found = DEFINITION.findall(text)
        if len(DECLARATION.findall(text)) != len(found):
            problems.append(f"{path.relative_to(root)}: a FindingDefinition is not written as "
                            '{"code", Severity::X, ...}; this script cannot read its code')
        for _name, code, severity in found:
            if code in codes:
                problems.append(f"{path.relative_to(root)}: code {code} is defined twice")
            codes[code] = severity.lower()
    return codes, problems


def exposure_of(code, severity, rules):
    # Mirrors FindingAdvice::forFinding: the longest prefix wins; notes and passes carry none.
    best = max((rule for rule in rules if code.startswith(rule[0])), key=lambda rule: len(rule[0]), default=None)
    if best is None or severity in ("ok", "info"):
        return "none"
    return EXPOSURE_WORDS.get(best[1], f"<unknown exposure {best[1]}: add it to this script and the docs>")


def documented_codes(doc):
    entries, problems = {}, []
    lines = doc.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        heading = HEADING.match(line)
        if not heading:
            continue
        code = heading.group(1)
        following = next((text for text in lines[index + 1:] if text.strip()), "")
        summary = SUMMARY.match(following)
        if not summary:
            problems.append(f"docs/findings.md:{index + 1}: {code} lacks the line "
                            "'**severity** · RFC … · exposure: …' under its heading")
            continue
        if code in entries:
            problems.append(f"docs/findings.md:{index + 1}: {code} is listed twice")
        entries[code] = (summary.group(1), summary.group(2))
    return entries, problems


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    codes, problems = source_codes(root)
    rules = RULE.findall((root / "app/check/findingadvice.cpp").read_text(encoding="utf-8"))
    documented, doc_problems = documented_codes(root / "docs/findings.md")
    problems += doc_problems
    if len(codes) < 100:
        problems.append(f"only {len(codes)} codes found in the sources; the extraction is broken")
    for code in sorted(codes.keys() - documented.keys()):
        problems.append(f"{code} ({codes[code]}) is not documented in docs/findings.md")
    for code in sorted(documented.keys() - codes.keys()):
        problems.append(f"docs/findings.md lists {code}, which no FindingDefinition in app/ or ui/ defines")
    for code in sorted(codes.keys() & documented.keys()):
        severity, exposure = documented[code]
        if severity != codes[code]:
            problems.append(f"{code}: the docs say {severity}, the source says {codes[code]}")
        expected = exposure_of(code, codes[code], rules)
        if exposure != expected:
            problems.append(f"{code}: the docs say exposure '{exposure}', findingadvice.cpp gives '{expected}'")
    for problem in problems:
        print(problem)
    print(f"{len(codes)} codes in the source, {len(documented)} in docs/findings.md, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
