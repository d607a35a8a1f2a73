#include "ui/search/SearchDialog.h"

#include "core/api/RecordService.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

constexpr int kDebounceMs = 200;
constexpr int kMinimumLength = 2;
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCaseIdRole = Qt::UserRole + 2;

// Groups in the order a worker looks for things.
const char* const kKinds[] = {"case", "person", "encounter", "note", "followup", "referral", "organisation"};

QString groupLabel(const QString& kind) {
    if (kind == QLatin1String("case")) return SearchDialog::tr("Cases");
    if (kind == QLatin1String("person")) return SearchDialog::tr("People");
    if (kind == QLatin1String("encounter")) return SearchDialog::tr("Encounters");
    if (kind == QLatin1String("note")) return SearchDialog::tr("Notes");
    if (kind == QLatin1String("followup")) return SearchDialog::tr("Follow-ups");
    if (kind == QLatin1String("referral")) return SearchDialog::tr("Referrals");
    if (kind == QLatin1String("organisation")) return SearchDialog::tr("Organisations");
    return SearchDialog::tr("Other");
}

}  // namespace

SearchDialog::SearchDialog(RecordService& records, QWidget* parent)
    : QDialog(parent),
      m_records(records),
      m_query(new QLineEdit),
      m_results(new QTreeWidget),
      m_status(new QLabel),
      m_debounce(new QTimer(this)) {
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search"));

    m_query->setObjectName(QStringLiteral("searchEdit"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setPlaceholderText(tr("Names, places, words from notes… (any word form)"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_status->setObjectName(QStringLiteral("searchStatusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    // The core answers a search in milliseconds from its index, so it runs here rather than on a worker
    // (the record service is not meant to be shared between threads); the debounce keeps typing smooth.
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchDialog::openItem);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    resize(640, 480);
}

QString SearchDialog::snippetToHtml(const QString& snippet) {
    QString html = snippet.toHtmlEscaped();
    html.replace(QLatin1Char('['), QLatin1String("<b>"));
    html.replace(QLatin1Char(']'), QLatin1String("</b>"));
    return html;
}

void SearchDialog::runSearch() {
    m_results->clear();
    const QString text = m_query->text().trimmed();
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    // One letter matches nearly every record, which is the one search slow enough to stall typing.
    if (text.size() < kMinimumLength) {
        m_status->setText(tr("Type at least two letters."));
        return;
    }
    SearchQuery query;
    query.text = text;
    const Result<QList<SearchHit>> hits = m_records.search(query);
    if (!hits) {
        m_status->setText(hits.error().message);
        return;
    }
    m_status->setText(hits->isEmpty() ? tr("Nothing found.")
                                      : tr("%n result(s)", nullptr, static_cast<int>(hits->size())));
    QTreeWidgetItem* first = nullptr;
    for (const char* kindName : kKinds) {
        const QString kind = QString::fromLatin1(kindName);
        QTreeWidgetItem* group = nullptr;
        for (const SearchHit& hit : hits.value()) {
            if (hit.kind != kind) continue;
            if (group == nullptr) {
                group = new QTreeWidgetItem(m_results, {groupLabel(kind)});
                group->setFlags(Qt::ItemIsEnabled);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setExpanded(true);
            }
            auto* item = new QTreeWidgetItem(group);
            item->setData(0, kKindRole, hit.kind);
            item->setData(0, kIdRole, hit.id);
            item->setData(0, kCaseIdRole, hit.caseId);
            // Screen readers read the plain text; the label shows the marked-up one.
            QString plain = hit.snippet;
            plain.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(hit.title, plain));
            auto* label = new QLabel(
                QStringLiteral("%1<br><small>%2</small>").arg(hit.title.toHtmlEscaped(), snippetToHtml(hit.snippet)));
            label->setObjectName(QStringLiteral("searchHitLabel"));
            label->setTextFormat(Qt::RichText);
            label->setWordWrap(true);
            label->setContentsMargins(0, 3, 0, 3);
            // The row is as tall as the label wrapped to the list's width (the view sizes rows by the label's
            // unwrapped size hint, capped by its maximum height); the item has no text of its own.
            const int width = m_results->viewport()->width() - m_results->indentation();
            const int height = label->heightForWidth(width);
            label->setMaximumHeight(height);
            item->setSizeHint(0, QSize(width, height));
            m_results->setItemWidget(item, 0, label);
            if (first == nullptr) first = item;
        }
    }
    if (first != nullptr) m_results->setCurrentItem(first);
}

void SearchDialog::openItem(QTreeWidgetItem* item) {
    if (item == nullptr || item->data(0, kIdRole).toString().isEmpty()) return;
    const QString kind = item->data(0, kKindRole).toString();
    const QString id = item->data(0, kIdRole).toString();
    const QString caseId = item->data(0, kCaseIdRole).toString();
    if (kind == QLatin1String("case")) {
        emit openCase(id);
    } else if (kind == QLatin1String("person")) {
        emit openPerson(id);
    } else if (!caseId.isEmpty()) {
        emit openCase(caseId);
    } else {
        return;
    }
    accept();
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event) {
    // Up, Down and Enter in the search field work on the results, so the hands stay where they type.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
            case Qt::Key_Down:
            case Qt::Key_Up:
            case Qt::Key_PageDown:
            case Qt::Key_PageUp:
                QCoreApplication::sendEvent(m_results, event);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (m_debounce->isActive()) {
                    m_debounce->stop();
                    runSearch();
                }
                openItem(m_results->currentItem());
                return true;
            default:
                break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace fieldcase::ui
