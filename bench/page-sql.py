#!/usr/bin/env python3
"""Turns PostgreSQL's statement log of one page view (log_statement = all) into a pgbench script that replays
exactly that SQL: every statement the page's backend sent, in order, with its logged parameters put in as
literals, inside the page's own BEGIN ... COMMIT.

    page-sql.py LOG-EXCERPT OUT.pgbench [MARK]

Only one backend is taken: the first one that sent a BEGIN and, when MARK is given (a household id, a search
term), a statement or parameter containing MARK, so that a scheduled job running at the same moment is left out.
The page is one transaction; connection checks (empty statements) are left out. Statements that the page sent
together in one round trip (Kernteam's ReadBatch marks each with /* read batch */) are replayed together too, in a
pgbench pipeline (\\startpipeline ... \\endpipeline), so that the replay makes the page's round trips.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] (\w+):  (.*)$")
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")

def literal(value):
    """A logged parameter as SQL; a colon before a letter (a resource 'assessment:…') would be a pgbench variable,
    so such a value is written as an escape string with the colon as \\x3a."""
    if value == "NULL" or not re.search(r":[A-Za-z_]", value):
        return value
    return "E" + value.replace("\\", "\\\\").replace(":", "\\x3a")


def quoted_colons(sql):
    """The statement's own comments left out, and a string literal in it with a colon before a letter (a date
    format 'HH24:MI:SS') written as an escape string too: pgbench would take ':MI' for a variable."""
    sql = re.sub(r"(?m)^\s*--[^\n]*\n?", "", sql)
    return re.sub(r"(?<![A-Za-z0-9_])'(?:[^']|'')*'", lambda m: literal(m.group(0)), sql)


entries = []  # [pid, level, text]
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    match = ENTRY.match(line)
    if match:
        entries.append([match.group(1), match.group(2), match.group(3)])
    elif entries:
        entries[-1][2] += "\n" + line

mark = sys.argv[3] if len(sys.argv) > 3 else ""
began = [e[0] for e in entries if e[1] == "LOG" and re.match(r"(statement|execute [^:]*): BEGIN$", e[2])]
pid = next((p for p in began if any(e[0] == p and mark in e[2] for e in entries)), None)
if pid is None:
    sys.exit("no BEGIN in the log excerpt")

statements = []
for i, (entry_pid, level, text) in enumerate(entries):
    if entry_pid != pid or level != "LOG":
        continue
    match = re.match(r"(?s)(?:statement|execute [^:]*): (.*)$", text)
    if not match or not match.group(1).strip():
        continue
    sql = match.group(1).strip().rstrip(";")
    detail = entries[i + 1] if i + 1 < len(entries) and entries[i + 1][0] == pid and entries[i + 1][1] == "DETAIL" else None
    if detail and detail[2].startswith("Parameters:"):
        values = {int(n): v for n, v in PARAM.findall(detail[2])}
        sql = re.sub(r"\$(\d+)\b", lambda m: literal(values[int(m.group(1))]), sql)
    statements.append(quoted_colons(sql))

if statements[-1].upper() not in ("COMMIT", "ROLLBACK"):
    sys.exit("the excerpt does not end the page's transaction")
BATCHED = "/* read batch */"
FIRST = BATCHED + " /* first */"  # the first read of a batch: the one before it ended another
with open(sys.argv[2], "w", encoding="utf-8") as out:
    in_pipeline = False
    for sql in statements:
        batched = sql.startswith(BATCHED)
        if in_pipeline and (not batched or sql.startswith(FIRST)):
            out.write("\\endpipeline\n")
            in_pipeline = False
        if batched and not in_pipeline:
            out.write("\\startpipeline\n")
            in_pipeline = True
        # pgbench reads a command up to its semicolon; a line starting with a backslash would be a meta-command
        out.write(sql.replace("\n\\", "\n \\") + ";\n")
    if in_pipeline:
        out.write("\\endpipeline\n")
together = sum(1 for sql in statements if sql.startswith(BATCHED))
batches = sum(1 for sql in statements if sql.startswith(FIRST))
print(f"{sys.argv[2]}: {len(statements)} statements, {together} of them in {batches} batches")
