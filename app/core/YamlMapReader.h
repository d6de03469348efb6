#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// A deliberately small YAML reader for configuration files that are nested maps of scalars, such as kongctl's
// config.yaml and decK's .deck.yaml:
//
//   # comment
//   prod:
//     konnect:
//       pat: "kpat_..."   # quoted ('...' or "...") or plain scalars
//       region: eu
//
// Supported: block maps by space indentation, `key: value`, plain/single-quoted/double-quoted scalars (one line),
// `~`/`null`/empty as null, comments, an optional leading `---`.
// A value it cannot interpret (a list, a block or flow collection, a multi-line scalar, an anchor, alias or tag) is
// kept as an Unsupported node and its lines are skipped, so the rest of the file stays usable. Anything that makes
// the nesting itself unclear (tabs in indentation, a line that is not `key: value`, inconsistent indentation,
// duplicate keys, invalid UTF-8) refuses the whole text.
// Error messages give a line number and the problem, never the line's text: these files hold secrets.
class YamlMapReader
{
public:
    static constexpr int maxDepth = 32;
    static constexpr int maxSize = 1024 * 1024;

    struct Node
    {
        enum class Kind { Null, Scalar, Map, Unsupported };
        Kind kind = Kind::Null;
        int line = 0; // 1-based line of the key that holds this node (0 for the document)
        QString scalar; // Kind::Scalar
        QStringList keys; // Kind::Map, in file order; values[i] belongs to keys[i]
        std::vector<Node> values;

        // The value under `key` when this is a map that has it; nullptr otherwise.
        const Node* value(const QString& key) const;
        // Follows keys through nested maps: at({"prod", "konnect", "pat"}).
        const Node* at(const QStringList& path) const;
    };

    // The document's top-level map (an empty Map for a document with nothing but comments), or nothing with *error
    // set.
    static std::optional<Node> parse(const QByteArray& text, QString* error = nullptr);
};
