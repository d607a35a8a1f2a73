#pragma once

#include <QIcon>
#include <QObject>

class QWidget;

namespace fieldcase::ui {

// What the app's windows tell the desktop about the program behind them, which task bars, window switchers, screen
// sharing and "xprop" show: the title (and the application name Qt appends to every title), the icon, and on X11
// the window class (WM_CLASS) and the desktop-file hints (_GTK_APPLICATION_ID, _KDE_NET_WM_DESKTOP_FILE). Neutral,
// they say "Documents" with a plain document icon and class "documents", and name neither the app nor a case; what
// they cannot hide (the process list, the installed package) is in docs/threat-model.md.
//
// One per application: it applies the identity to every top-level window as it is shown, dialogs included.
class WindowIdentity final : public QObject {
    Q_OBJECT

public:
    explicit WindowIdentity(QObject* parent = nullptr);

    // Takes effect at once on every visible window and on every window shown later.
    void setNeutral(bool neutral);
    bool isNeutral() const { return m_neutral; }

    // The title a main window carries in this identity, and the icon every window does.
    QString title() const;
    QIcon icon() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyTo(QWidget* window) const;

    bool m_neutral = false;
};

}  // namespace fieldcase::ui
