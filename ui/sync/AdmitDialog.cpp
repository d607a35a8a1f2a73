#include "ui/sync/AdmitDialog.h"

#include "ui/widgets/PageLayout.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fieldcase::ui {

AdmitDialog::AdmitDialog(const EnrolmentCandidate& candidate, QWidget* parent)
    : QDialog(parent), m_replaces(candidate.restoredFromName.isEmpty() ? QString() : candidate.restoredFrom) {
    setObjectName(QStringLiteral("admitDialog"));
    setWindowTitle(tr("Admit a laptop"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeParagraph(tr("“%1” asks to join. Read this number aloud with the person holding that "
                                       "laptop: it must show exactly the same digits.")
                                        .arg(candidate.name)));
    layout->addWidget(makeSafetyNumber(candidate.safetyNumber));
    if (!candidate.restoredFrom.isEmpty()) {
        auto* restored = makeParagraph(
            candidate.restoredFromName.isEmpty()
                ? tr("It says it was restored from a backup of a laptop that is not in this team.")
                : tr("It was restored from a backup of “%1”. Admitting it removes “%1” from the team, keeping what "
                     "it changed up to its change %2 (the backup holds up to %3, this laptop up to %4). Admit it only "
                     "if “%1” is lost or seized.")
                      .arg(candidate.restoredFromName)
                      .arg(std::max(candidate.restoredUpTo, candidate.heldUpTo))
                      .arg(candidate.restoredUpTo)
                      .arg(candidate.heldUpTo));
        restored->setObjectName(QStringLiteral("restoredFromLabel"));
        layout->addWidget(restored);
    }
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(tr("The numbers match: admit"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("admitButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

}  // namespace fieldcase::ui
