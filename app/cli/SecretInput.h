#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QString>

namespace fieldcase::cli {

// Reads secrets straight into wipeable memory, byte by byte, bypassing stdio's buffers:
// either one line at a time from standard input (--passphrase-stdin), or from the terminal
// with echo off. Never from arguments or the environment.
class SecretInput {
public:
    explicit SecretInput(bool fromStdin) : m_fromStdin(fromStdin) {}

    // One secret; prompt is shown only on the terminal.
    Result<SecretBytes> read(const QString& prompt);
    // A new secret: on the terminal it is asked twice and must match; from stdin once, unless confirm is Always
    // (the duress passphrase, whose typing error would leave a worker without the decoy they count on).
    enum class Confirm { OnTerminal, Always };
    Result<SecretBytes> readNew(const QString& prompt, const QString& again, Confirm confirm = Confirm::OnTerminal);

private:
    bool m_fromStdin;
};

}  // namespace fieldcase::cli
