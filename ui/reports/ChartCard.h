#pragma once

#include "core/api/RecordService.h"

#include <QFrame>
#include <QList>
#include <QStringList>

class QLabel;
class QStackedWidget;

class QChart;
class QChartView;

namespace fieldcase::ui {

// One chart of the dashboard with its numbers: bars that name their count on hover and print it beside them, and
// buttons to save the chart as PNG or SVG and its table as CSV.
class ChartCard : public QFrame {
    Q_OBJECT

public:
    ChartCard(const QString& name, const QString& title, QWidget* parent = nullptr);

    // One bar per count; horizontal bars for long names (workers, organisations, vocabulary labels).
    void showCounts(const QList<DashboardCount>& counts, bool horizontal);
    // Cases opened and closed per month, side by side.
    void showMonths(const QList<DashboardMonth>& months);

    // The chart's numbers: a header row, then a row per bar (or month).
    const QList<QStringList>& table() const { return m_table; }
    // What a bar shows on hover: its label and number ("Active: 12").
    QString hoverText(int set, int index) const;

    // Writes the chart as an image (.svg: vector, anything else: PNG) or its table as UTF-8 CSV; atomically.
    bool saveImage(const QString& path);
    bool saveTable(const QString& path) const;

signals:
    // A line for the person after saving (where it went, that it is not encrypted), or what went wrong.
    void notice(const QString& text);

private:
    void showChart(QChart* chart, QList<QStringList> table);
    void chooseImageFile();
    void chooseTableFile();

    QString m_title;
    QStackedWidget* m_body;
    QChartView* m_view;
    QLabel* m_empty;
    QList<QStringList> m_table;
    QList<QStringList> m_hover;  // per set, per bar
};

}  // namespace fieldcase::ui
