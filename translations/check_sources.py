#!/usr/bin/env python3
"""Fails if a translate()/QT_TRANSLATE_NOOP literal of core/ or app/ is missing from fieldcase_ru.ts.

lupdate silently skips a call it cannot parse (e.g. a static_cast<> among the arguments); such a string would
then never be translated, and the .ts-based check would not notice.
usage: check_sources.py REPO_ROOT
"""
import glob
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
catalogue = ET.parse(f"{root}/translations/fieldcase_ru.ts").getroot()
known = {(context.findtext("name"), message.findtext("source"))
         for context in catalogue.iter("context") for message in context.iter("message")}
call = re.compile(r'(?:translate|QT_TRANSLATE_NOOP)\(\s*"(\w+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')
missing = []
for path in glob.glob(f"{root}/core/**/*.cpp", recursive=True) + glob.glob(f"{root}/app/**/*.cpp", recursive=True):
    with open(path, encoding="utf-8") as source:
        text = source.read()
    for match in call.finditer(text):
        pieces = re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(2))
        literal = "".join(pieces).encode("latin1", "backslashreplace").decode("unicode_escape")
        try:  # UTF-8 bytes read as Latin-1 by unicode_escape; a character beyond Latin-1 came through whole
            literal = literal.encode("latin1").decode("utf-8")
        except UnicodeEncodeError:
            pass
        if (match.group(1), literal) not in known:
            missing.append(f"{path}: {match.group(1)}: {literal}")
# A helper that takes an untranslated literal (e.g. rejected("...")) hides it from lupdate: such literals must be
# marked with QT_TRANSLATE_NOOP where they are written.
bare = re.compile(r'translate\(\s*"\w+",\s*(?!")[a-z]\w*\s*\)')
for path in glob.glob(f"{root}/core/**/*.cpp", recursive=True) + glob.glob(f"{root}/app/**/*.cpp", recursive=True):
    with open(path, encoding="utf-8") as source:
        text = source.read()
    for match in bare.finditer(text):
        helper = text.rfind("\n", 0, match.start())
        function = re.search(r"(\w+)\(const char\* (\w+)\)", text[max(0, helper - 200):match.start()])
        if function:
            for call in re.finditer(function.group(1) + r'\(\s*"', text):
                line = text.count("\n", 0, call.start()) + 1
                missing.append(f"{path}:{line}: {function.group(1)}(\"...\") needs QT_TRANSLATE_NOOP")
for line in missing:
    print(f"not in fieldcase_ru.ts (lupdate could not read the call?): {line}", file=sys.stderr)
sys.exit(1 if missing else 0)
