#include "app/cli/SecretInput.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace fieldcase::cli {

namespace {

// Reads up to a newline or the end of input; false if nothing at all could be read.
bool readLine(int fd, SecretBytes& line) {
    bool gotAnything = false;
    unsigned char byte = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &byte, 1);
        if (n <= 0) {
            break;
        }
        gotAnything = true;
        if (byte == '\n') {
            break;
        }
        line.append(byte);
    }
    byte = 0;
    if (!line.empty() && line.data()[line.size() - 1] == '\r') {
        line.truncate(line.size() - 1);
    }
    return gotAnything;
}

}  // namespace

Result<SecretBytes> SecretInput::read(const QString& prompt) {
    SecretBytes secret;
    if (m_fromStdin) {
        if (!readLine(STDIN_FILENO, secret)) {
            return makeError(
                ErrorCode::Usage,
                QCoreApplication::translate("Cli", "Expected one more line on standard input (--passphrase-stdin)."));
        }
        return secret;
    }
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) {
        return makeError(
            ErrorCode::Usage,
            QCoreApplication::translate("Cli", "No terminal to ask for the passphrase: use --passphrase-stdin."));
    }
    const QByteArray text = prompt.toLocal8Bit() + ": ";
    (void)!::write(tty, text.constData(), static_cast<size_t>(text.size()));
    termios saved{};
    const bool canHide = tcgetattr(tty, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(tty, TCSAFLUSH, &hidden);
    }
    const bool got = readLine(tty, secret);
    if (canHide) {
        tcsetattr(tty, TCSAFLUSH, &saved);
    }
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    if (!got) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "No passphrase was entered."));
    }
    return secret;
}

Result<SecretBytes> SecretInput::readNew(const QString& prompt, const QString& again, Confirm confirm) {
    auto first = read(prompt);
    if (!first || (m_fromStdin && confirm == Confirm::OnTerminal)) {
        return first;
    }
    auto second = read(again);
    if (!second) {
        return second.error();
    }
    if (!first->equals(*second)) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "The two passphrases differ."));
    }
    return first;
}

}  // namespace fieldcase::cli
