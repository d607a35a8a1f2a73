#pragma once

#include "core/api/RecordService.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QComboBox;

namespace fieldcase::ui {

// Shared ways of showing record values, so every view shows a date or a vocabulary entry alike.

// The translated label of a vocabulary key; the key itself if the vocabulary does not know it (a newer version's).
QString vocabularyLabel(const QList<VocabularyItem>& vocabulary, const QString& key);
// Fills combo with firstEntry (data: empty key; left out when empty, for required choices) followed by the
// vocabulary's labels (data: keys, tooltips: descriptions).
void fillVocabularyCombo(QComboBox* combo, const QList<VocabularyItem>& vocabulary, const QString& firstEntry);
// Selects the entry of combo whose data is key (the first entry when none is).
void selectKey(QComboBox* combo, const QString& key);
// A stored date (YYYY-MM-DD) in the locale's short format.
QString formatDate(const QString& isoDate);
// A stored date and time (UTC, ISO 8601) in local time and the locale's short format.
QString formatDateTime(const QString& isoDateTime);
// Milliseconds since the epoch in local time and the locale's short format.
QString formatTimestamp(qint64 msecsSinceEpoch);
// A list field's lines, whether the value came as a list or as text.
QStringList linesOf(const QVariant& value);
// "Family Given Patronymic" as people are named in Russian-language records.
QString personName(const QVariantMap& fields);

}  // namespace fieldcase::ui
