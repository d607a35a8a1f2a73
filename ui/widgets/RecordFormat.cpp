#include "ui/widgets/RecordFormat.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace fieldcase::ui {

QString vocabularyLabel(const QList<VocabularyItem>& vocabulary, const QString& key) {
    for (const VocabularyItem& item : vocabulary) {
        if (item.key == key) return item.label;
    }
    return key;
}

void fillVocabularyCombo(QComboBox* combo, const QList<VocabularyItem>& vocabulary, const QString& firstEntry) {
    combo->clear();
    if (!firstEntry.isEmpty()) combo->addItem(firstEntry, QString());
    for (const VocabularyItem& item : vocabulary) {
        combo->addItem(item.label, item.key);
        if (!item.description.isEmpty()) {
            combo->setItemData(combo->count() - 1, item.description, Qt::ToolTipRole);
        }
    }
}

void selectKey(QComboBox* combo, const QString& key) {
    const int index = combo->findData(key);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString formatDate(const QString& isoDate) {
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : isoDate;
}

QString formatDateTime(const QString& isoDateTime) {
    const QDateTime at = QDateTime::fromString(isoDateTime, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoDateTime;
}

QString formatTimestamp(qint64 msecsSinceEpoch) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch), QLocale::ShortFormat);
}

QStringList linesOf(const QVariant& value) {
    if (value.typeId() == QMetaType::QStringList) return value.toStringList();
    const QString text = value.toString();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString personName(const QVariantMap& fields) {
    QStringList parts;
    for (const char* name : {"family_name", "given_name", "patronymic"}) {
        const QString part = fields.value(QString::fromLatin1(name)).toString();
        if (!part.isEmpty()) parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

}  // namespace fieldcase::ui
