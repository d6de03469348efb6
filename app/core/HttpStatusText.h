#pragma once

#include <QString>

// "503 Service Unavailable": the status with its reason phrase, for messages and logs.
class HttpStatusText
{
public:
    static QString describe(int status);
};
