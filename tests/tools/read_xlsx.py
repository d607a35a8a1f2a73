#!/usr/bin/env python3
"""read_xlsx.py FILE: prints a workbook as JSON, {sheet: [[cell, ...], ...]}, read with openpyxl (an independent
reader of what Fieldcase writes). Each cell is [type, value]: openpyxl's data type ("s" text, "n" number, "f"
formula, "b" boolean) and the value as text, so a test can tell text from a formula."""
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
sheets = {}
for sheet in workbook.worksheets:
    rows = []
    for row in sheet.iter_rows():
        rows.append([[cell.data_type, "" if cell.value is None else str(cell.value)] for cell in row])
    sheets[sheet.title] = rows
json.dump(sheets, sys.stdout, ensure_ascii=False)
