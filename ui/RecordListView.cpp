#include "ui/RecordListView.h"

#include "ui/PageLayout.h"
#include "ui/RecordFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

constexpr int kPageSize = 100;

}  // namespace

RecordListView::RecordListView(RecordService& records, const QString& kind, const QList<Column>& columns,
                               const QString& emptyText, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_kind(kind),
      m_columns(columns),
      m_tree(new QTreeWidget),
      m_empty(new QLabel(emptyText)),
      m_error(makeErrorLabel()),
      m_moreButton(new QPushButton(tr("Show &more"))) {
    QStringList headers;
    for (const Column& column : columns) {
        headers << column.header;
        if (!column.vocabulary.isEmpty() && !m_vocabularies.contains(column.vocabulary)) {
            m_vocabularies.insert(column.vocabulary, records.vocabulary(column.vocabulary));
        }
    }
    m_tree->setObjectName(kind + QStringLiteral("List"));
    m_tree->setHeaderLabels(headers);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int row = m_tree->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_rows.size()) emit recordActivated(m_rows.at(row));
    });
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_moreButton->setObjectName(kind + QStringLiteral("MoreButton"));
    connect(m_moreButton, &QPushButton::clicked, this, &RecordListView::loadMore);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_moreButton, 0, Qt::AlignLeft);
    setFocusProxy(m_tree);
    reload();
}

void RecordListView::reload() {
    m_rows.clear();
    m_tree->clear();
    loadMore();
}

void RecordListView::loadMore() {
    // One more than a page tells whether there is another page.
    const Result<QList<RecordData>> page = m_records.list(m_kind, static_cast<int>(m_rows.size()), kPageSize + 1);
    if (!page) {
        showError(m_error, page.error().message);
        return;
    }
    showError(m_error, QString());
    for (int i = 0; i < page->size() && i < kPageSize; ++i) {
        const RecordData& record = page->at(i);
        QStringList cells;
        for (const Column& column : m_columns) {
            const QVariant value = record.fields.value(column.field);
            if (column.isDate) {
                cells << formatDate(value.toString());
            } else if (!column.vocabulary.isEmpty()) {
                cells << vocabularyLabel(m_vocabularies.value(column.vocabulary), value.toString());
            } else {
                cells << linesOf(value).join(QStringLiteral(", "));
            }
        }
        new QTreeWidgetItem(m_tree, cells);
        m_rows.append(record);
    }
    m_moreButton->setVisible(page->size() > kPageSize);
    m_tree->setVisible(!m_rows.isEmpty());
    m_empty->setVisible(m_rows.isEmpty());
}

}  // namespace fieldcase::ui
