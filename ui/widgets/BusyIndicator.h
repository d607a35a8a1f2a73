#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace fieldcase::ui {

// An indeterminate progress bar with a line saying what is happening; hidden while idle.
class BusyIndicator : public QWidget {
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void start(const QString& text);
    void stop();

private:
    QProgressBar* m_bar;
    QLabel* m_label;
};

}  // namespace fieldcase::ui
