#pragma once

#include <QString>

class QLabel;
class QWidget;

// The short messages shown next to a field: problems in a colour that reads well on the current palette (dark or
// light), warnings likewise; an empty text hides the label so the form does not jump around with blank lines.
class FieldMessage
{
public:
    enum class Kind { Problem, Warning, Note };
    static void show(QLabel* label, const QString& text, Kind kind = Kind::Problem);
    static void clear(QLabel* label);
};
