#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return "0x" + value.toHex().toStdString(); }
};
template <>
struct StringMaker<fieldcase::ErrorCode> {
    static std::string convert(fieldcase::ErrorCode code) { return std::to_string(static_cast<int>(code)); }
};
}  // namespace Catch

namespace fieldcase::test {

inline SecretBytes secret(const char* text) {
    return SecretBytes::fromText(text);
}

QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& data);

// Every file under dir (recursively) whose bytes contain needle.
QStringList filesContaining(const QString& dir, const QByteArray& needle);

// A marker unlikely to occur by chance, different on every call.
QString uniqueMarker();
// The text of a PDF as pdftotext (poppler-utils) reads it, with lines joined where the page wrapped them, so a
// sentence can be looked for whole.
QString pdfText(const QString& path);

// The error code of a failed result, for REQUIRE(errorCode(r) == ErrorCode::X).
template <typename T>
ErrorCode errorCode(const Result<T>& result) {
    REQUIRE_FALSE(result.ok());
    return result.error().code;
}

}  // namespace fieldcase::test
