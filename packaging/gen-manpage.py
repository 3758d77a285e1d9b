#!/usr/bin/env python3
"""Writes a man page (gzipped, reproducible) from a program's own --help text.

For churnlens-cli (--commands) it also runs "PROGRAM COMMAND --help" for every command that
"PROGRAM --help" lists, so each command's usage, arguments and options are in the page.
--include FILE adds hand-written sections, help2man style: "[SECTION NAME]" lines followed by
roff text. Runs the program with LC_ALL=C so the page is the English help.

  gen-manpage.py --program BIN --name NAME --section 1 --version 0.1.0 --date 2026-12-03
                 --summary "one line" [--commands] [--include FILE] --output NAME.1.gz
"""
import argparse
import gzip
import os
import re
import subprocess
import sys


# Defaults in the help that name the user's home ("~/.local/share/churnlens/exports.jsonl")
# would otherwise show the home of whoever built the package.
HOME_MARK = "/~"  # short: QCommandLineParser breaks words longer than its column


def run_help(program, args):
    env = dict(os.environ)
    env.update({"LC_ALL": "C", "LANG": "C", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen", "HOME": HOME_MARK})
    for name in ("CHURNLENS_MODEL_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    result = subprocess.run([program] + args, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not result.stdout.strip():
        sys.exit("gen-manpage: \"%s %s\" exited with %d and printed:\n%s%s"
                 % (program, " ".join(args), result.returncode, result.stdout, result.stderr))
    return result.stdout.replace(HOME_MARK, "~")


SPECIAL = {"\u2026": "\\&...", "\u2014": "\\(em", "\u2013": "\\(en", "\u201c": "\\(lq", "\u201d": "\\(rq",
           "\u2018": "\\(oq", "\u2019": "\\(cq", "\u00d7": "\\(mu", "\u2264": "\\(<=", "\u2265": "\\(>=",
           "\u2192": "\\(->", "\u00b1": "\\(+-"}


def esc(text):
    """Escapes plain text for roff: backslashes, hyphens that start words (options), non-ASCII."""
    out = []
    for ch in text.replace("\\", "\\e"):
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.append(SPECIAL.get(ch, "\\[u%04X]" % ord(ch)))
    s = "".join(out)
    s = re.sub(r"(?<![\w\\])-", r"\\-", s)
    return s


def line(text):
    """One roff text line: a leading dot or quote would be taken as a request."""
    s = esc(text.strip())
    if s[:1] in (".", "'"):
        s = "\\&" + s
    return s


def bold_options(head):
    """'-o, --out <FILE>' -> \\fB\\-o\\fR, \\fB\\-\\-out\\fR \\fIFILE\\fR."""
    parts = []
    for piece in re.split(r"(,\s*)", head):
        if re.fullmatch(r",\s*", piece):
            parts.append(", ")
            continue
        m = re.fullmatch(r"(\S+)(?:\s+<([^>]+)>)?(.*)", piece)
        if not m:
            parts.append(esc(piece))
            continue
        s = "\\fB" + esc(m.group(1)) + "\\fR"
        if m.group(2):
            s += " \\fI" + esc(m.group(2)) + "\\fR"
        if m.group(3).strip():
            s += " " + esc(m.group(3).strip())
        parts.append(s)
    return "".join(parts)


def parse_qt_help(text):
    """QCommandLineParser's help: (usage, description lines, [(section, [(head, desc)])])."""
    usage, description, sections = "", [], []
    current = None
    for raw in text.splitlines():
        if raw.startswith("Usage:"):
            usage = raw[len("Usage:"):].strip()
            continue
        if re.fullmatch(r"[A-Z][A-Za-z ]*:", raw.strip()) and not raw.startswith(" "):
            current = (raw.strip()[:-1], [])
            sections.append(current)
            continue
        if current is None:
            if raw.strip():
                description.append(raw.strip())
            continue
        if not raw.strip():
            continue
        m = re.match(r"^  (\S.*?)(?:\s{2,}(\S.*))?$", raw)
        if m and not raw.startswith("   "):
            current[1].append([m.group(1).strip(), m.group(2) or ""])
        elif current[1]:
            current[1][-1][1] = (current[1][-1][1] + " " + raw.strip()).strip()
        else:
            current[1].append([raw.strip(), ""])
    return usage, description, sections


def entries(items, options):
    out = []
    for head, desc in items:
        out.append(".TP")
        out.append(bold_options(head) if options else "\\fI" + esc(head) + "\\fR")
        if desc:
            out.append(line(desc))
    return out


def synopsis(usage, program):
    """'churnlens-cli score [options] file' -> bold program and command, italic arguments."""
    words = usage.split()
    if words:
        words[0] = program  # the help names the program as started: a path in a build tree
    out = []
    for i, w in enumerate(words):
        if i == 0 or (i == 1 and not w.startswith("[") and not w.startswith("<") and program.endswith("cli")):
            out.append("\\fB" + esc(w) + "\\fR")
        elif w in ("[options]",):
            out.append("[\\fIoptions\\fR]")
        else:
            out.append("\\fI" + esc(w) + "\\fR")
    return " ".join(out)


def read_includes(path):
    sections, current = [], None
    if not path:
        return sections
    with open(path, encoding="utf-8") as f:
        for raw in f:
            m = re.fullmatch(r"\[([^\]]+)\]\s*", raw)
            if m:
                current = (m.group(1).strip().upper(), [])
                sections.append(current)
            elif current is not None:
                current[1].append(raw.rstrip("\n"))
    return [(name, "\n".join(body).strip()) for name, body in sections]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--program", required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--section", default="1")
    ap.add_argument("--version", required=True)
    ap.add_argument("--date", required=True)
    ap.add_argument("--summary", required=True)
    ap.add_argument("--commands", action="store_true")
    ap.add_argument("--include")
    ap.add_argument("--output", required=True)
    a = ap.parse_args()

    includes = read_includes(a.include)
    top = run_help(a.program, ["--help"])
    page = ['.\\" Generated by packaging/gen-manpage.py from "%s --help"; do not edit.' % a.name,
            '.TH %s %s "%s" "ChurnLens %s" "User Commands"' % (a.name.upper(), a.section, a.date, a.version),
            ".SH NAME", "%s \\- %s" % (esc(a.name), esc(a.summary))]

    if a.commands:
        # churnlens-cli's overview: usage, a description, "Commands:" with "  name summary", notes.
        lines = top.splitlines()
        usage = next((l[len("Usage:"):].strip() for l in lines if l.startswith("Usage:")), a.name)
        page += [".SH SYNOPSIS", synopsis(usage, a.name)]
        # After the commands: notes, and titled lists ("Exit codes:" then "  0  success").
        desc, commands, notes, lists, state = [], [], [], [], "desc"
        for raw in lines:
            if raw.startswith("Usage:"):
                continue
            if raw.strip() == "Commands:":
                state = "commands"
                continue
            if state == "commands":
                m = re.match(r"^  (\S+)\s+(.*)$", raw)
                if m:
                    commands.append((m.group(1), m.group(2).strip()))
                    continue
                if raw.strip():
                    state = "notes"
            if state == "desc" and raw.strip():
                desc.append(raw.strip())
            elif state in ("notes", "list") and raw.strip():
                m = re.match(r"^  (\S+)\s{2,}(.*)$", raw)
                if re.fullmatch(r"[A-Z][A-Za-z ]*:", raw.strip()):
                    lists.append((raw.strip()[:-1], []))
                    state = "list"
                elif state == "list" and m:
                    lists[-1][1].append([m.group(1), m.group(2).strip()])
                else:
                    state = "notes"
                    notes.append(raw.strip())
        page.append(".SH DESCRIPTION")
        page += [line(d) for d in desc]
        page += [".PP", line("Commands:")]
        for name, summary in commands:
            page += [".TP", "\\fB" + esc(name) + "\\fR", line(summary)]
        for n in notes:
            page += [".PP", line(n)]
        for title, items in lists:
            section = "EXIT STATUS" if title.lower() == "exit codes" else title.upper()
            page += [".SH %s" % esc(section)] + entries(items, options=True)
        page.append(".SH COMMANDS")
        for name, summary in commands:
            usage_c, description, sections = parse_qt_help(run_help(a.program, [name, "--help"]))
            page += [".SS %s" % esc(name), synopsis(usage_c or "%s %s" % (a.name, name), a.name)]
            body = description or [summary]
            page.append(".PP")
            page += [line(d) for d in body]
            for title, items in sections:
                page += [".PP", "\\fI%s:\\fR" % esc(title)]
                page += entries(items, options=title.lower().startswith("option"))
    else:
        usage, description, sections = parse_qt_help(top)
        page += [".SH SYNOPSIS", synopsis(usage or a.name, a.name), ".SH DESCRIPTION"]
        page += [line(d) for d in description]
        for title, items in sections:
            page += [".SH %s" % esc(title.upper())]
            page += entries(items, options=title.lower().startswith("option"))

    for name, body in includes:
        page += [".SH %s" % name, body]

    text = "\n".join(page) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(a.output)) or ".", exist_ok=True)
    tmp = a.output + ".tmp"
    # mtime=0 and no file name in the header: the same help gives the same bytes (lintian's
    # package-contains-timestamped-gzip, reproducible builds).
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(text.encode("utf-8"))
    os.replace(tmp, a.output)


if __name__ == "__main__":
    main()
