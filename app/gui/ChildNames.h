#pragma once

#include <QObject>
#include <QString>

// Several copies of one composite widget (a RequestProgressWidget per tab) would give the window several children
// of the same name; the first instance keeps its names and the others get a prefix, so findChild() by name and
// accessibility tools keep telling them apart.
class ChildNames
{
public:
    static void prefix(QObject* root, const QString& prefix)
    {
        const auto children = root->findChildren<QObject*>();
        for (QObject* child : children) {
            const QString name = child->objectName();
            if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
                child->setObjectName(prefix + name.at(0).toUpper() + name.mid(1));
        }
    }
};
