#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;

namespace fieldcase::ui {

// The last five seconds before "Destroy keys now" runs: what will happen, said plainly, a countdown, and Cancel with
// the focus (panic buttons elsewhere fired by accident). Accepted when the count reaches zero; Cancel or Escape
// rejects it.
class DestroyKeysCountdown : public QDialog {
    Q_OBJECT

public:
    static constexpr int kSeconds = 5;

    explicit DestroyKeysCountdown(QWidget* parent = nullptr);

    int secondsLeft() const { return m_secondsLeft; }
    // One second less; accepts at zero (the timer calls it every second; tests call it directly).
    void tick();

private:
    void showCount();

    int m_secondsLeft = kSeconds;
    QTimer m_timer;
    QLabel* m_count;
};

}  // namespace fieldcase::ui
