#include "ui/sync/RetentionReview.h"

#include "ui/widgets/PageLayout.h"

#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fieldcase::ui {

namespace {

QString dateText(const QString& isoDate) {
    return QLocale().toString(QDate::fromString(isoDate, Qt::ISODate), QLocale::ShortFormat);
}

QString why(const DueForRetention& item) {
    if (item.reason == QLatin1String("person"))
        return RetentionReview::tr("Every case of this person is due; the last closed on %1.")
            .arg(dateText(item.closedOn));
    if (item.reason == QLatin1String("attachment"))
        return RetentionReview::tr("Its case closed on %1.").arg(dateText(item.closedOn));
    return RetentionReview::tr("Closed on %1; everything recorded in it goes with it.").arg(dateText(item.closedOn));
}

}  // namespace

RetentionReview::RetentionReview(SyncService& sync, QWidget* parent)
    : QFrame(parent), m_sync(sync), m_text(new QLabel), m_review(new QPushButton(tr("&Review…"))) {
    setObjectName(QStringLiteral("retentionReview"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("retentionDueLabel"));
    m_text->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewRetentionButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, &RetentionReview::review);
    hide();
    refresh();
}

void RetentionReview::refresh() {
    auto due = m_sync.retentionDue();
    m_due = due ? std::move(*due) : std::vector<DueForRetention>();
    const int count = static_cast<int>(m_due.size());
    m_text->setText(tr("The team's retention rules call for purging %n record(s) on this laptop.", nullptr, count));
    setVisible(count > 0);
}

void RetentionReview::review() {
    delete m_dialog.data();  // one list at a time, of what is due now
    auto* dialog = new QDialog(this);
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("retentionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Due under the retention rules"));
    auto* explanation = makeParagraph(
        tr("These records are past the period the team keeps them. Purged, they are gone from this laptop for good, "
           "and from the others as they exchange with it; to keep a case, open it and mark it to keep."));
    auto* list = new QTreeWidget;
    list->setObjectName(QStringLiteral("retentionDueList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Case"), tr("Record"), tr("Why")});
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    // By case, so the person decides case by case (a case is what is marked to keep).
    std::vector<const DueForRetention*> byCase;
    for (const DueForRetention& item : m_due)
        byCase.push_back(&item);
    std::stable_sort(byCase.begin(), byCase.end(), [](const DueForRetention* a, const DueForRetention* b) {
        return a->caseReference < b->caseReference;
    });
    for (const DueForRetention* item : byCase) {
        auto* row = new QTreeWidgetItem({item->caseReference, item->recordLabel, why(*item)});
        row->setToolTip(2, row->text(2));
        list->addTopLevelItem(row);
    }
    m_dialogError = makeParagraph(QString());
    m_dialogError->setObjectName(QStringLiteral("retentionErrorLabel"));
    m_dialogError->hide();
    auto* buttons = new QDialogButtonBox;
    auto* purge = buttons->addButton(tr("&Purge now"), QDialogButtonBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("purgeDueButton"));
    auto* later = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("notNowButton"));
    later->setDefault(true);
    connect(purge, &QPushButton::clicked, this, &RetentionReview::purgeNow);
    connect(later, &QPushButton::clicked, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addWidget(list, 1);
    layout->addWidget(m_dialogError);
    layout->addWidget(buttons);
    dialog->resize(820, 460);
    dialog->open();
}

void RetentionReview::purgeNow() {
    auto purged = m_sync.runRetention();
    if (!purged) {
        m_dialogError->setText(purged.error().message);
        m_dialogError->show();
        return;
    }
    m_dialog->accept();
    refresh();
}

}  // namespace fieldcase::ui
