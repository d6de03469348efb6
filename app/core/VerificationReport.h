#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The outcome of verifying audit-log files: how many lines were valid, invalid, unsigned or blank, and which were
// invalid and why (the first maxListedInvalid of them, in file and line order; `invalid` counts them all).
class VerificationReport
{
public:
    enum class Reason {
        // No key of the set verifies the signature. Ed25519 cannot tell a line changed after signing from one
        // signed by a key that is not in the set: both look the same to a verifier, so they share one reason.
        TamperedOrUnknownKey,
        MalformedSignature, // the sig is empty, not base64url, or not 64 bytes (truncated)
        LineTooLong, // longer than maxLineLength: skipped unread, so that memory stays flat
    };

    struct InvalidLine
    {
        int fileIndex = 0;
        qint64 line = 0; // 1-based, in its file, counting every line (blank ones too)
        Reason reason = Reason::TamperedOrUnknownKey;
        QString detail;
    };

    static constexpr int maxListedInvalid = 1000;

    QStringList files; // as given ("-" for standard input)
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 unsignedLines = 0;
    qint64 blank = 0; // empty or whitespace-only lines: not counted in valid, invalid or unsigned
    QList<qint64> validByKey; // by index into the key set
    QStringList keyIds; // kid of each key, for validByKey
    QList<InvalidLine> invalidLines;
    // Set when a file could not be read to its end: the counts cover what was read before.
    QString error;
    bool cancelled = false;

    qint64 lines() const { return valid + invalid + unsignedLines + blank; }
    qint64 invalidNotListed() const { return invalid - invalidLines.size(); }
    // 0 when no line is invalid, 5 when some line is, 2 when a file could not be read (input error).
    int exitCode() const;

    static QString reasonCode(Reason reason); // "tampered_or_unknown_key", "malformed_signature", "line_too_long"
    static QString reasonText(Reason reason); // for a person
    // {"valid", "invalid", "unsigned", "blank", "lines", "invalid_lines": [{"file", "line", "reason", "detail"}],
    //  "invalid_lines_not_listed", "valid_by_key": {kid: N}, "error" (only when set)}.
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(VerificationReport)
