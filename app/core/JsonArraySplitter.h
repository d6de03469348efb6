#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

// Cuts raw JSON into the byte ranges of its parts without parsing or re-serialising anything, so that a record
// pulled from Konnect can be kept exactly as it was sent (its signature covers those bytes, and 63-bit trace ids
// would not survive a round trip through a double). It respects strings, escapes and nesting; it checks structure
// (balanced brackets, terminated strings, commas between elements), not the full JSON grammar: callers that need
// that parse the whole text with QJsonDocument as well.
class JsonArraySplitter
{
public:
    // The elements of the array `text` (which may have whitespace around it), each without surrounding whitespace.
    // nullopt, with *error set, when `text` is not one well-formed array.
    static std::optional<QList<QByteArrayView>> split(QByteArrayView text, QString* error = nullptr);
    // The raw value of the top-level member `key` of the object `text` (the first one, when a key repeats); nullopt
    // when `text` is no object, is malformed, or has no such member.
    static std::optional<QByteArrayView> member(QByteArrayView text, QByteArrayView key, QString* error = nullptr);
    // Calls `visit(name, value)` for the top-level members of the object `text` in order (names as written, without
    // their quotes; values raw) until it returns false. False, with *error set, when `text` is malformed up to there.
    // With `splitElements`, the first member named `splitName`, when it is an array, is also cut into its elements
    // (appended to *splitElements) in the same walk.
    using MemberVisitor = std::function<bool(QByteArrayView name, QByteArrayView value)>;
    static bool forEachMember(QByteArrayView text, const MemberVisitor& visit, QString* error = nullptr,
                              QByteArrayView splitName = {}, QList<QByteArrayView>* splitElements = nullptr);
};
