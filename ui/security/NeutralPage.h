#pragma once

#include <QWidget>

namespace fieldcase::ui {

// What quick-hide leaves on the screen: an empty window that says nothing about the app or its records. Any key
// or click moves on to the unlock page.
class NeutralPage : public QWidget {
    Q_OBJECT

public:
    explicit NeutralPage(QWidget* parent = nullptr);

Q_SIGNALS:
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
};

}  // namespace fieldcase::ui
