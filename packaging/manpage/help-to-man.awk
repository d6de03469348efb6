# Turns one `--help` text of konnect-audit-webhook into man(7) markup (POSIX awk; Debian's mawk is enough).
#
# The help texts follow a few conventions, and this converter relies on them:
#   - "Usage: ..." first, its continuation lines indented;
#   - paragraphs start at column 0; "Heading:" alone on a line, after a blank line, introduces an indented block;
#   - an indented block whose lines read "term  description" (two or more spaces between) is a definition list,
#     deeper-indented lines continue the description; a block with two such gaps on a line is a table, and the
#     block under "Example:"/"Examples:" is shown as typed: both are kept preformatted;
#   - "1. text" items at column 0, continued at the text's indentation.
#
# Variables (awk -v):
#   heading=SS        headings become subsections (the main page's DESCRIPTION); otherwise bold lines
#   usage=skip        drop the "Usage:" block (the page shows it in SYNOPSIS)
#   usage=only        print only the "Usage:" block, as preformatted synopsis lines
#   drop_block=TEXT   drop the heading TEXT and its block (e.g. the "Global options:" every command repeats)

function esc(s) {
    gsub(/\\/, "\\\\e", s)
    gsub(/-/, "\\\\-", s)
    if (s ~ /^[.']/)
        s = "\\&" s
    return s
}

function indentOf(s) {
    match(s, /^ */)
    return RLENGTH
}

function strip(s) {
    sub(/^ +/, "", s)
    return s
}

# Gaps of two or more spaces between words: one means "term  description", two or more mean a table row.
function gapsOf(s,    t, n) {
    t = strip(s)
    n = 0
    while (match(t, /[^ ]  +[^ ]/)) {
        n++
        t = substr(t, RSTART + RLENGTH - 1)
    }
    return n
}

# Options and their values: "--endpoint URL" -> bold option, italic value; other terms (commands, codes) bold.
function term(s,    words, count, k, word, out, tail) {
    if (s !~ /^-/)
        return "\\fB" esc(s) "\\fR"
    count = split(s, words, " ")
    out = ""
    for (k = 1; k <= count; k++) {
        word = words[k]
        tail = ""
        if (word ~ /,$/) {
            tail = ","
            word = substr(word, 1, length(word) - 1)
        }
        out = out (k > 1 ? " " : "") (word ~ /^-/ ? "\\fB" : "\\fI") esc(word) "\\fR" tail
    }
    return out
}

# The command words of a usage line in bold: "konnect-audit-webhook token set [--profile NAME]".
function usageLine(s,    words, count, k, out, bold) {
    count = split(s, words, " ")
    out = ""
    bold = 1
    for (k = 1; k <= count; k++) {
        if (words[k] ~ /^[-[A-Z]/)
            bold = 0
        out = out (k > 1 ? " " : "") (bold ? "\\fB" esc(words[k]) "\\fR" : esc(words[k]))
    }
    return out
}

# Right under a bold heading the block follows without a blank line, as it does in the help.
function emitPreformatted(from, to, base, underHeading,    k) {
    if (!underHeading)
        print ".PP"
    print ".RS 4"
    print ".nf"
    for (k = from; k <= to; k++)
        print esc(substr(L[k], base + 1))
    print ".fi"
    print ".RE"
}

function emitList(from, to, base,    k, line, parts, inEntry, inText) {
    inEntry = 0
    inText = 0
    for (k = from; k <= to; k++) {
        line = L[k]
        if (indentOf(line) == base && gapsOf(line) == 1 && !inText) {
            match(strip(line), /  +/)
            print ".TP"
            print term(substr(strip(line), 1, RSTART - 1))
            print esc(substr(strip(line), RSTART + RLENGTH))
            inEntry = 1
        } else if (indentOf(line) > base && inEntry && !inText) {
            # "label: text" after a finished sentence starts a new line, as in verify's list of line outcomes.
            if (L[k - 1] ~ /\.$/ && strip(line) ~ /^[a-z][a-z ]*: /)
                print ".br"
            print esc(strip(line))
        } else {
            # A note under the list ("  The signature is ..."): an ordinary paragraph after it.
            if (!inText)
                print ".PP"
            inText = 1
            print esc(strip(line))
        }
    }
}

{ L[++n] = $0 }

END {
    i = 1
    if (L[1] ~ /^Usage: /) {
        if (usage != "skip")
            print ".nf"
        for (; i <= n && L[i] != ""; i++) {
            if (usage == "skip")
                continue
            if (i == 1)
                print usageLine(substr(L[1], 8))
            else
                print esc(substr(L[i], 8))
        }
        if (usage != "skip")
            print ".fi"
    }
    if (usage == "only")
        exit

    previousBlank = 1
    paragraphOpen = 0
    context = ""
    while (i <= n) {
        line = L[i]
        if (line == "") {
            previousBlank = 1
            paragraphOpen = 0
            i++
            continue
        }
        if (line !~ /^ /) {
            if (previousBlank && line ~ /:$/ && length(line) <= 50 && i < n && L[i + 1] ~ /^ /) {
                i++
                if (drop_block != "" && line == drop_block) {
                    while (i <= n && L[i] != "")
                        i++
                    continue
                }
                context = line ~ /^Examples?:$/ ? "pre" : "list"
                if (heading == "SS") {
                    sub(/:$/, "", line)
                    print ".SS \"" esc(line) "\""
                } else {
                    print ".PP"
                    print "\\fB" esc(line) "\\fR"
                    underBoldHeading = 1
                }
                previousBlank = 0
                paragraphOpen = 0
                continue
            }
            context = ""
            underBoldHeading = 0
            if (line ~ /^[0-9]+\. /) {
                number = line
                sub(/ .*/, "", number)
                print ".IP " number " 4"
                print esc(substr(line, length(number) + 2))
                for (i++; i <= n && L[i] ~ /^ / && gapsOf(L[i]) == 0; i++)
                    print esc(strip(L[i]))
                previousBlank = 0
                paragraphOpen = 1
                continue
            }
            if (!paragraphOpen)
                print ".PP"
            paragraphOpen = 1
            previousBlank = 0
            print esc(line)
            i++
            continue
        }

        # An indented block: the run of indented lines from here.
        for (j = i; j <= n && L[j] ~ /^ /; j++)
            ;
        base = indentOf(L[i])
        table = 0
        for (k = i; k < j; k++) {
            if (indentOf(L[k]) == base && gapsOf(L[k]) >= 2)
                table = 1
        }
        if (context == "pre" || table || gapsOf(L[i]) != 1)
            emitPreformatted(i, j - 1, base, underBoldHeading)
        else
            emitList(i, j - 1, base)
        i = j
        previousBlank = 0
        paragraphOpen = 0
        underBoldHeading = 0
    }
}
