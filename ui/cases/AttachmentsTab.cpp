#include "ui/cases/AttachmentsTab.h"

#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fieldcase::ui {

namespace {

const QString kKind = QStringLiteral("attachment");

enum Column { NameColumn, TypeColumn, SizeColumn, DescriptionColumn, AddedColumn };

QString field(const RecordData& record, const char* name) {
    return record.fields.value(QLatin1String(name)).toString();
}

// The kind of file in words ("PNG image"), from the system's MIME database; the media type when it has none.
QString typeLabel(const QString& mediaType) {
    const QMimeType type = QMimeDatabase().mimeTypeForName(mediaType);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : mediaType;
}

// Whether the app can show a file of this media type: an image Qt's image plugins can read.
bool isShowableImage(const QString& mediaType) {
    return mediaType.startsWith(QLatin1String("image/")) &&
           QImageReader::supportedMimeTypes().contains(mediaType.toLatin1());
}

}  // namespace

AttachmentsTab::AttachmentsTab(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_adding(new QFutureWatcher<Result<QString>>(this)),
      m_error(makeErrorLabel()),
      m_notice(new QLabel),
      m_body(new QStackedWidget),
      m_list(new QTreeWidget),
      m_empty(new QLabel),
      m_viewButton(new QPushButton(tr("&Show"))),
      m_exportButton(new QPushButton(tr("E&xport…"))),
      m_description(new QLineEdit),
      m_addButton(new QPushButton(tr("Add &file…"))),
      m_busy(new BusyIndicator) {
    setObjectName(QStringLiteral("attachmentsTab"));
    connect(m_adding, &QFutureWatcherBase::finished, this, &AttachmentsTab::finishAdding);

    auto* help = makeParagraph(
        tr("Files kept here are encrypted inside the vault with the rest of the case. Photos open here in "
           "Fieldcase; any file can be exported as a copy, which is not encrypted."));
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attached files"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Size"), tr("Description"), tr("Added")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    for (const Column column : {TypeColumn, SizeColumn, AddedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const Column column : {NameColumn, DescriptionColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](const QTreeWidgetItem* item) {
        if (item != nullptr) m_chosenId = item->data(NameColumn, Qt::UserRole).toString();
        updateActions();
    });
    // Enter or a double click shows the file.
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { view(currentId()); });
    m_empty->setObjectName(QStringLiteral("attachmentsEmptyLabel"));
    m_empty->setText(
        tr("No files are attached to this case yet. Press Add file to keep a photo of a document or a signed "
           "consent form here, encrypted."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_body->addWidget(m_list);
    m_body->addWidget(m_empty);

    m_viewButton->setObjectName(QStringLiteral("attachmentViewButton"));
    m_viewButton->setToolTip(tr("Show the chosen photo here, without writing it to the disk"));
    connect(m_viewButton, &QPushButton::clicked, this, [this] { view(currentId()); });
    m_exportButton->setObjectName(QStringLiteral("attachmentExportButton"));
    m_exportButton->setToolTip(tr("Save a copy of the chosen file outside the vault; the copy is not encrypted"));
    connect(m_exportButton, &QPushButton::clicked, this, &AttachmentsTab::exportCurrent);
    auto* fileActions = new QHBoxLayout;
    fileActions->addWidget(m_viewButton);
    fileActions->addWidget(m_exportButton);
    fileActions->addStretch();

    m_description->setObjectName(QStringLiteral("attachmentDescriptionEdit"));
    m_description->setAccessibleName(tr("Description of the next file"));
    m_description->setPlaceholderText(tr("For example: passport, first page"));
    m_addButton->setObjectName(QStringLiteral("addAttachmentButton"));
    m_addButton->setToolTip(tr("Choose a file of up to 25 MiB to keep with the case"));
    connect(m_addButton, &QPushButton::clicked, this, &AttachmentsTab::chooseFile);
    m_error->setObjectName(QStringLiteral("attachmentErrorLabel"));
    m_notice->setObjectName(QStringLiteral("attachmentNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("attachmentBusy"));
    auto* addForm = new QFormLayout;
    addForm->addRow(tr("&Description:"), m_description);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_body, 1);
    layout->addLayout(fileActions);
    layout->addLayout(addForm);
    layout->addLayout(makeActionRow(m_error, m_addButton));
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);

    setTabOrder(m_list, m_viewButton);
    setTabOrder(m_viewButton, m_exportButton);
    setTabOrder(m_exportButton, m_description);
    setTabOrder(m_description, m_addButton);
    setFocusProxy(m_list);
    updateActions();
}

AttachmentsTab::~AttachmentsTab() {
    m_adding->waitForFinished();
}

void AttachmentsTab::showAttachments(const QList<RecordData>& attachments) {
    m_attachments.clear();
    for (const RecordData& attachment : attachments) {
        if (!attachment.archived) m_attachments << attachment;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const RecordData& attachment : m_attachments) {
        const QString description = field(attachment, "description");
        auto* item = new QTreeWidgetItem(
            m_list, {field(attachment, "name"), typeLabel(field(attachment, "media_type")),
                     QLocale().formattedDataSize(attachment.fields.value(QStringLiteral("size")).toLongLong()),
                     description, formatTimestamp(attachment.createdAt)});
        item->setData(NameColumn, Qt::UserRole, attachment.id);
        item->setToolTip(DescriptionColumn, description);
        if (attachment.id == m_chosenId) m_list->setCurrentItem(item);
    }
    m_body->setCurrentWidget(m_attachments.isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
    updateActions();
}

QString AttachmentsTab::currentId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

const RecordData* AttachmentsTab::find(const QString& id) const {
    const auto found = std::find_if(m_attachments.begin(), m_attachments.end(),
                                    [&id](const RecordData& attachment) { return attachment.id == id; });
    return found == m_attachments.end() ? nullptr : &*found;
}

void AttachmentsTab::updateActions() {
    const bool chosen = find(currentId()) != nullptr;
    m_viewButton->setEnabled(chosen);
    m_exportButton->setEnabled(chosen);
}

void AttachmentsTab::chooseFile() {
    const QString path = chooseFileToOpen(this, tr("Add a file to the case"), QDir::homePath());
    if (!path.isEmpty()) addFile(path);
}

void AttachmentsTab::addFile(const QString& path) {
    if (m_adding->isRunning()) return;
    showError(m_error, QString());
    m_notice->clear();
    m_addingName = QFileInfo(path).fileName();
    m_addButton->setEnabled(false);
    m_description->setEnabled(false);
    m_busy->start(tr("Encrypting %1 into the vault…").arg(m_addingName));
    // Up to 25 MiB is read twice and encrypted: too slow for the window's thread.
    m_adding->setFuture(QtConcurrent::run([&records = m_records, caseId = m_caseId, path] {
        return records.addAttachment(QStringLiteral("case"), caseId, path);
    }));
}

void AttachmentsTab::finishAdding() {
    const Result<QString> added = m_adding->result();
    m_busy->stop();
    m_addButton->setEnabled(true);
    m_description->setEnabled(true);
    if (!added) {
        // The description stays as typed for the next try.
        showError(m_error, added.error().message);
        return;
    }
    m_chosenId = added.value();
    const QString description = m_description->text().trimmed();
    if (!description.isEmpty()) {
        const Result<void> described =
            m_records.update(kKind, added.value(), {{QStringLiteral("description"), description}});
        if (!described) {
            showError(m_error, tr("%1 is kept in the vault, but its description was not saved: %2")
                                   .arg(m_addingName, described.error().message));
            emit changed();
            return;
        }
    }
    m_description->clear();
    m_notice->setText(tr("%1 is kept in the vault, encrypted.").arg(m_addingName));
    emit changed();
}

void AttachmentsTab::view(const QString& id) {
    const RecordData* attachment = find(id);
    if (attachment == nullptr) return;
    const QString name = field(*attachment, "name");
    showError(m_error, QString());
    if (!isShowableImage(field(*attachment, "media_type"))) {
        m_notice->setText(tr("%1 cannot be shown in Fieldcase. Export it to open it in another program; the exported "
                             "copy is not encrypted.")
                              .arg(name));
        return;
    }
    Result<QByteArray> content = m_records.attachmentContent(id);
    if (!content) {
        showError(m_error, content.error().message);
        return;
    }
    // Decoded straight from memory: the file is never written to the disk to be shown.
    QByteArray bytes = std::move(content.value());
    QImage image;
    const bool decoded = image.loadFromData(bytes);
    // Our copy of the file is wiped as soon as it is decoded. The decoded image, the pixmap made from it and
    // whatever the image plugin buffered belong to Qt and are not wiped, only freed when the window closes.
    bytes.fill('\0');
    bytes.clear();
    if (!decoded) {
        showError(m_error, tr("%1 cannot be shown: the image is damaged or in a form Fieldcase cannot read. Export it "
                              "to open it in another program.")
                               .arg(name));
        return;
    }
    m_notice->clear();

    // A child of the tab, so locking the vault, which destroys the case, closes it too.
    auto* viewer = new QDialog(this);
    viewer->setObjectName(QStringLiteral("attachmentViewer"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    // Not the file's name: window titles show in task bars and screen sharing, and names can say whose file it is.
    viewer->setWindowTitle(tr("Photo"));
    auto* picture = new QLabel;
    picture->setObjectName(QStringLiteral("attachmentImageLabel"));
    picture->setAccessibleName(name);
    picture->setAlignment(Qt::AlignCenter);
    picture->setPixmap(QPixmap::fromImage(image));
    auto* scroll = new QScrollArea;
    scroll->setWidget(picture);
    scroll->setWidgetResizable(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    auto* layout = new QVBoxLayout(viewer);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    QSize size = image.size() + QSize(60, 100);
    if (const QScreen* display = screen()) size = size.boundedTo(display->availableSize() * 0.8);
    viewer->resize(size);
    viewer->open();
}

void AttachmentsTab::exportCurrent() {
    const RecordData* attachment = find(currentId());
    if (attachment == nullptr) return;
    const QString id = attachment->id;
    const QString name = field(*attachment, "name");
    QMessageBox warning(QMessageBox::Warning, tr("Export a copy"),
                        tr("The exported copy of %1 is NOT encrypted: anyone who can open the folder or the stick "
                           "you save it on can read it. Export only what you need, and delete the copy when it has "
                           "served its purpose.")
                            .arg(name),
                        QMessageBox::Cancel, this);
    QPushButton* proceed = warning.addButton(tr("&Choose where to save…"), QMessageBox::AcceptRole);
    warning.setDefaultButton(QMessageBox::Cancel);
    warning.exec();
    if (warning.clickedButton() != proceed) return;
    const QString path = chooseFileToSave(this, tr("Save an unencrypted copy"), QDir::home().filePath(name));
    if (!path.isEmpty()) exportTo(id, path);
}

bool AttachmentsTab::exportTo(const QString& id, const QString& path) {
    const Result<void> exported = m_records.exportAttachment(id, path);
    if (!exported) {
        showError(m_error, exported.error().message);
        return false;
    }
    showError(m_error, QString());
    m_notice->setText(tr("Saved an unencrypted copy as %1. Delete it when it is no longer needed.")
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace fieldcase::ui
