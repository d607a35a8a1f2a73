#pragma once

#include <QWidget>

namespace fieldcase::ui {

// The main area while the vault is open. It is created on unlock and destroyed on lock, so nothing it
// showed outlives the open vault.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    explicit WorkspacePage(QWidget* parent = nullptr);
};

}  // namespace fieldcase::ui
