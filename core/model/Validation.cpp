#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace fieldcase::model {

namespace {

QString fieldLabel(const FieldDef& field) {
    return QCoreApplication::translate("Fields", field.label);
}

Error invalid(const FieldDef& field, const QString& why) {
    return makeError(ErrorCode::Rejected, QStringLiteral("%1: %2").arg(fieldLabel(field), why));
}

bool hasControlCharacters(const QString& text, bool allowNewlines) {
    return std::any_of(text.begin(), text.end(), [&](QChar c) {
        if (allowNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\t'))) return false;
        return c.category() == QChar::Other_Control;
    });
}

// A list input as a QStringList, whether given as a list or as separated text.
QStringList listOf(const QVariant& input, QChar separator) {
    QStringList items =
        input.typeId() == QMetaType::QStringList ? input.toStringList() : input.toString().split(separator);
    QStringList result;
    for (const QString& item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed)) result << trimmed;
    }
    return result;
}

Result<QString> canonicalKey(const FieldDef& field, const QString& given) {
    for (const auto& entry : Vocabulary::entries(*field.vocabulary)) {
        if (entry.key.compare(given, Qt::CaseInsensitive) == 0) return entry.key;
    }
    return invalid(field,
                   QCoreApplication::translate("Validation", "'%1' is not one of the allowed values.").arg(given));
}

}  // namespace

Result<QVariant> normalizeFieldValue(const TableDef&, const FieldDef& field, const QVariant& input) {
    const bool empty = input.isNull() ||
                       (input.typeId() == QMetaType::QString && input.toString().trimmed().isEmpty()) ||
                       (input.typeId() == QMetaType::QStringList && input.toStringList().isEmpty());
    if (empty) {
        if (field.required) return invalid(field, QCoreApplication::translate("Validation", "this field is required."));
        return QVariant();
    }
    switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText: {
            QString text = input.toString();
            text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            text = field.type == FieldType::Text ? text.simplified() : text.trimmed();
            if (hasControlCharacters(text, field.type == FieldType::LongText)) {
                return invalid(field, QCoreApplication::translate("Validation", "contains control characters."));
            }
            if (text.size() > field.maxLength) {
                return invalid(field, QCoreApplication::translate("Validation", "is too long (at most %n characters).",
                                                                  nullptr, field.maxLength));
            }
            return QVariant(text);
        }
        case FieldType::Lines: {
            const QStringList lines = listOf(input, QLatin1Char('\n'));
            const QString joined = lines.join(QLatin1Char('\n'));
            if (hasControlCharacters(joined, true))
                return invalid(field, QCoreApplication::translate("Validation", "contains control characters."));
            if (joined.size() > field.maxLength) {
                return invalid(field, QCoreApplication::translate("Validation", "is too long (at most %n characters).",
                                                                  nullptr, field.maxLength));
            }
            return lines.isEmpty() ? QVariant() : QVariant(joined);
        }
        case FieldType::Date: {
            const QString text = input.toString().trimmed();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid() || text.size() != 10 || date.year() < 1900 || date.year() > 2100) {
                return invalid(
                    field, QCoreApplication::translate("Validation", "'%1' is not a date like 2026-03-31.").arg(text));
            }
            return QVariant(date.toString(Qt::ISODate));
        }
        case FieldType::DateTime: {
            const QString text = input.toString().trimmed();
            QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!at.isValid()) at = QDateTime::fromString(text, Qt::ISODate);
            if (!at.isValid() || at.date().year() < 1900 || at.date().year() > 2100) {
                return invalid(field, QCoreApplication::translate("Validation",
                                                                  "'%1' is not a date and time like 2026-03-31T14:30.")
                                          .arg(text));
            }
            return QVariant(at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        }
        case FieldType::Integer: {
            bool ok = false;
            const qint64 value = input.typeId() == QMetaType::QString ? input.toString().trimmed().toLongLong(&ok)
                                                                      : input.toLongLong(&ok);
            if (!ok)
                return invalid(
                    field,
                    QCoreApplication::translate("Validation", "'%1' is not a whole number.").arg(input.toString()));
            if (value < field.minimum || value > field.maximum) {
                return invalid(field, QCoreApplication::translate("Validation", "must be between %1 and %2.")
                                          .arg(field.minimum)
                                          .arg(field.maximum));
            }
            return QVariant(value);
        }
        case FieldType::Boolean: {
            if (input.typeId() == QMetaType::Bool) return QVariant(qint64{input.toBool() ? 1 : 0});
            const QString text = input.toString().trimmed().toLower();
            if (text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes")) {
                return QVariant(qint64{1});
            }
            if (text == QLatin1String("0") || text == QLatin1String("false") || text == QLatin1String("no")) {
                return QVariant(qint64{0});
            }
            return invalid(field,
                           QCoreApplication::translate("Validation", "'%1' is not yes or no.").arg(input.toString()));
        }
        case FieldType::Choice: {
            auto key = canonicalKey(field, input.toString().trimmed());
            if (!key) return key.error();
            return QVariant(*key);
        }
        case FieldType::ChoiceSet: {
            QStringList keys;
            for (const QString& item : listOf(input, QLatin1Char(','))) {
                auto key = canonicalKey(field, item);
                if (!key) return key.error();
                if (!keys.contains(*key)) keys << *key;
            }
            keys.sort();
            return keys.isEmpty() ? QVariant() : QVariant(keys.join(QLatin1Char(',')));
        }
        case FieldType::CountryCodes:
        case FieldType::LanguageCodes: {
            const bool countries = field.type == FieldType::CountryCodes;
            static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
            static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
            QStringList codes;
            for (const QString& item : listOf(input, QLatin1Char(','))) {
                const QString code = countries ? item.toUpper() : item.toLower();
                if (!(countries ? country : language).match(code).hasMatch()) {
                    return invalid(
                        field, countries
                                   ? QCoreApplication::translate("Validation",
                                                                 "'%1' is not a two-letter country code like RU.")
                                         .arg(item)
                                   : QCoreApplication::translate("Validation", "'%1' is not a language code like ru.")
                                         .arg(item));
                }
                if (!codes.contains(code)) codes << code;
            }
            codes.sort();
            return codes.isEmpty() ? QVariant() : QVariant(codes.join(QLatin1Char(',')));
        }
        case FieldType::Reference: {
            const QString text = input.toString().trimmed().toLower();
            static const QRegularExpression hexId(QStringLiteral("^[0-9a-f]{32}$"));
            if (!hexId.match(text).hasMatch())
                return invalid(field, QCoreApplication::translate("Validation", "'%1' is not a record id.").arg(text));
            return QVariant(QByteArray::fromHex(text.toLatin1()));
        }
    }
    return invalid(field, QCoreApplication::translate("Validation", "cannot be stored."));
}

QVariant presentFieldValue(const FieldDef& field, const QVariant& stored) {
    if (stored.isNull()) return {};
    switch (field.type) {
        case FieldType::Lines:
            return stored.toString().split(QLatin1Char('\n'));
        case FieldType::ChoiceSet:
        case FieldType::CountryCodes:
        case FieldType::LanguageCodes:
            return stored.toString().split(QLatin1Char(','));
        case FieldType::Boolean:
            return stored.toLongLong() != 0;
        case FieldType::Integer:
            return stored.toLongLong();
        case FieldType::Reference:
            return QString::fromLatin1(stored.toByteArray().toHex());
        default:
            return stored.toString();
    }
}

}  // namespace fieldcase::model
