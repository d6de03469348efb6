#include "EmulatedScope.h"

void EmulatedScope::setBinding(const EmulatedBinding& binding, const QDateTime& now)
{
    m_binding = binding;
    m_bindingUpdatedAt = now;
}
