#include "Clock.h"

#include "SystemClock.h"

Clock::Clock(QObject* parent)
    : QObject(parent)
{
}

Clock::~Clock() = default;

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}
