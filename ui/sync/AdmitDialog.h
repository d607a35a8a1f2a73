#pragma once

#include "core/api/SyncService.h"

#include <QDialog>

namespace fieldcase::ui {

// The coordinator's last look before admitting a laptop: its name and the safety number to read aloud with the
// person holding it, and, for a laptop restored from a backup, which device admitting it removes and what of that
// device's work is kept (docs/backup.md).
class AdmitDialog : public QDialog {
    Q_OBJECT

public:
    explicit AdmitDialog(const EnrolmentCandidate& candidate, QWidget* parent = nullptr);

    // The device admitting this laptop removes, as SyncService::approve is to confirm it: the one a restored
    // laptop's request names when that device is in this team; otherwise empty.
    QString replaces() const { return m_replaces; }

private:
    QString m_replaces;
};

}  // namespace fieldcase::ui
