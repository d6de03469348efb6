#pragma once

#include <QString>
#include <optional>

// A lasting fault of one region (`emulator --region-fault REGION:unavailable|slow=SECONDS|read-only`): every API
// request to it answers 503, or is answered only after a delay, or (read-only) every change answers 503 while reads
// are answered as usual, until cleared. Unlike EmulatorFault (one request each, in
// order), it stands for a region that is down or slow for a while, as a fleet sees it.
struct EmulatedRegionFault
{
    enum class Kind { Unavailable, Slow, ReadOnly };

    QString region;
    Kind kind = Kind::Unavailable;
    int delayMs = 0; // Slow only

    static constexpr int maxDelaySeconds = 600;

    // "eu:unavailable", "us:slow=20", "au:slow=0.5", "eu:read-only"; nullopt with *error naming what is wrong.
    static std::optional<EmulatedRegionFault> parse(const QString& text, QString* error);
};
