#pragma once

// Real vaults for tests that need several laptops: a clock the test moves, cheap copies of vaults made once, and
// what a person would see of a vault, to compare laptops.
#include "core/base/Clock.h"

#include <QString>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::test {

// Wall time that only moves when the test says so, optionally skewed (a laptop whose clock is wrong).
class SkewedClock final : public Clock {
public:
    qint64 nowMs() const override { return m_now + m_skew; }
    void advance(qint64 ms) { m_now += ms; }
    void setSkew(qint64 ms) { m_skew = ms; }

private:
    qint64 m_now = 1'790'000'000'000;
    qint64 m_skew = 0;
};

// Copies the files of a vault folder (not recursive: a vault is flat).
void copyFolder(const QString& from, const QString& to);

// Rewrites a vault's passphrase slot with the cheapest key derivation the key file accepts, so that copies of a
// template vault open in milliseconds.
void cheapenKeyDerivation(const QString& vaultDir, const char* passphrase);

// Every record's fields and the open conflicts, one line each, in a fixed order.
QString vaultDigest(db::Connection& connection);

}  // namespace fieldcase::test
