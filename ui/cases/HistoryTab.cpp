#include "ui/cases/HistoryTab.h"

#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QHash>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

// What was done, as a person would say it.
QString actionLabel(const QString& action) {
    if (action == QLatin1String("create")) return HistoryTab::tr("created");
    if (action == QLatin1String("edit")) return HistoryTab::tr("changed");
    if (action == QLatin1String("archive")) return HistoryTab::tr("archived");
    if (action == QLatin1String("restore")) return HistoryTab::tr("restored");
    if (action == QLatin1String("purge")) return HistoryTab::tr("deleted for good");
    return action;
}

QString kindLabel(const QString& kind) {
    if (kind == QLatin1String("case")) return HistoryTab::tr("Case");
    if (kind == QLatin1String("person")) return HistoryTab::tr("Person");
    if (kind == QLatin1String("case_person")) return HistoryTab::tr("Person in the case");
    if (kind == QLatin1String("encounter")) return HistoryTab::tr("Encounter");
    if (kind == QLatin1String("note")) return HistoryTab::tr("Note");
    if (kind == QLatin1String("referral")) return HistoryTab::tr("Referral");
    if (kind == QLatin1String("followup")) return HistoryTab::tr("Follow-up");
    if (kind == QLatin1String("attachment")) return HistoryTab::tr("Attachment");
    return kind;
}

}  // namespace

HistoryTab::HistoryTab(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_list(makeTable("historyList", tr("History"), {tr("When"), tr("Who"), tr("What"), tr("Which fields")})) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setFocusProxy(m_list);
}

void HistoryTab::reload() {
    m_list->clear();
    const Result<QList<HistoryEntry>> history = m_records.history(QStringLiteral("case"), m_caseId);
    if (!history) {
        new QTreeWidgetItem(m_list, {history.error().message});
        return;
    }
    // Field labels per kind, looked up once for the whole history.
    QHash<QString, QHash<QString, QString>> labels;
    for (const HistoryEntry& entry : history.value()) {
        if (!labels.contains(entry.kind)) {
            QHash<QString, QString>& ofKind = labels[entry.kind];
            for (const FieldInfo& field : m_records.fields(entry.kind))
                ofKind.insert(field.name, field.label);
        }
        QStringList fieldLabels;
        for (const QString& field : entry.fields)
            fieldLabels << labels.value(entry.kind).value(field, field);
        const QString who = entry.worker.isEmpty() || entry.worker == entry.deviceName
                                ? entry.deviceName
                                : tr("%1 (%2)").arg(entry.worker, entry.deviceName);
        new QTreeWidgetItem(
            m_list, {formatTimestamp(entry.at), who, tr("%1: %2").arg(kindLabel(entry.kind), actionLabel(entry.action)),
                     fieldLabels.join(QStringLiteral(", "))});
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
}

}  // namespace fieldcase::ui
