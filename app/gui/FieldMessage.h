#pragma once

#include <QString>

class QLabel;
class QWidget;

// The short messages shown next to a field: problems in a colour that reads well on the current palette (dark or
// light), warnings likewise; an empty text hides the label so the form does not jump around with blank lines.
// A label that reserves its space instead stays in place when empty, so the fields below never move under the
// pointer when a message comes and goes.
class FieldMessage
{
public:
    enum class Kind { Problem, Warning, Note };
    static void show(QLabel* label, const QString& text, Kind kind = Kind::Problem);
    static void clear(QLabel* label);
    // From now on the label keeps at least one line when empty, and never shrinks below the height it had while
    // showing a message, until release().
    static void reserveSpace(QLabel* label);
    // Back to one reserved line: for when the whole form is filled anew, not in the middle of an edit.
    static void release(QLabel* label);
};
