#include "SecretInput.h"

#include <QByteArray>
#include <cerrno>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
QByteArray readAll()
{
    QByteArray data;
    char buffer[4096];
    while (data.size() < SecretInput::maxBytes) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buffer, n);
    }
    return data;
}

QByteArray readLineWithoutEcho()
{
    termios saved {};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    char c = 0;
    while (line.size() < SecretInput::maxBytes) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        line.append(c);
    }
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return line;
}
} // namespace

QString SecretInput::read(const QString& prompt)
{
    if (isatty(STDIN_FILENO)) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
        return QString::fromUtf8(readLineWithoutEcho());
    }
    return QString::fromUtf8(readAll());
}

QString SecretInput::withoutFinalLineEnding(QString text)
{
    if (text.endsWith(QLatin1String("\r\n")))
        text.chop(2);
    else if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}
