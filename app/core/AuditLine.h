#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>

// One exported audit-log line taken apart for signature checking, without copying it: where its `sig` stands,
// the signature bytes, and the two slices that make up the signed payload.
//
// The rules (Konnect's signing rule, and what this tool decides where the rule says nothing):
// - A line whose first non-blank byte is '{' is JSON (CPS included); anything else is CEF.
// - CEF: the payload is the line with ` sig=<value>` removed, space before it included, wherever it stands. The
//   value runs to the next space or the end of the line. When sig is the first extension (`|sig=<value> k=v`),
//   `sig=<value>` and the space after it are removed instead, since there is no space before it.
// - JSON: the payload is the line with `,"sig":"<value>"` removed byte for byte. When sig is the first member
//   (`{"sig":"<value>",...`), `"sig":"<value>",` is removed instead (comma after it).
// - CPS (`{"event":{...}}`): Konnect signs the inner event, so after the removal the payload is the inner object;
//   the whole line (minus the sig member) is tried as well.
// - The value is base64url, with or without '=' padding, and must decode to exactly 64 bytes.
// - A trailing '\r' is not part of the line. A line of only spaces and tabs is blank.
// - CEF values are not escaped, so a value may itself contain " sig=": every candidate is tried, the last first
//   (where Konnect puts it). In JSON, a `"sig":"` whose quote is escaped lies inside a string and is skipped.
class AuditLine
{
public:
    enum class Kind { Blank, Unsigned, Malformed, Signed };
    enum class Problem { None, EmptySignature, NotBase64Url, WrongLength, UnterminatedValue };
    static constexpr int maxCandidates = 4;

    struct Candidate
    {
        std::array<unsigned char, 64> signature {};
        // The payload is prefix + suffix; suffix is empty when the sig stood at the end.
        QByteArrayView prefix;
        QByteArrayView suffix;
    };

    // `line` without its '\n'; it must outlive the AuditLine (only views are kept).
    explicit AuditLine(QByteArrayView line);

    Kind kind() const { return m_kind; }
    bool isJson() const { return m_json; }
    // Why a Malformed line's signature cannot be used (the first candidate tried, i.e. the last in the line).
    Problem problem() const { return m_problem; }
    // For WrongLength: how many bytes the value decodes to.
    int decodedLength() const { return m_decodedLength; }
    // The problem in words, for a person.
    QString problemText() const;
    int candidateCount() const { return m_candidateCount; }
    const Candidate& candidate(int index) const { return m_candidates[size_t(index)]; }

    // The signed payload of a candidate: a view into the line when the sig stood at the end, else into `scratch`
    // (reused between lines, so a worker allocates only while its lines get longer).
    static QByteArrayView payload(const Candidate& candidate, QByteArray& scratch);
    // For a CPS payload `{"event":{...}}`, the inner object; an empty view for anything else.
    static QByteArrayView cpsInner(QByteArrayView payload);

    // base64url with optional '=' padding (standard base64's '+' and '/' are refused: Konnect writes base64url).
    // Returns the decoded length, or -1 when `text` is not base64url. Writes only when the length is `size`.
    static int decodeBase64Url(QByteArrayView text, unsigned char* out, int size);

private:
    void parseCef(QByteArrayView line);
    void parseJson(QByteArrayView line);
    // Adds a usable candidate, or records the first problem seen.
    void addCandidate(QByteArrayView value, QByteArrayView prefix, QByteArrayView suffix);
    void noteProblem(Problem problem, int decodedLength = 0);
    void settle(bool sawSig);

    Kind m_kind = Kind::Unsigned;
    bool m_json = false;
    Problem m_problem = Problem::None;
    int m_decodedLength = 0;
    int m_candidateCount = 0;
    std::array<Candidate, maxCandidates> m_candidates;
};
