#include "ui/reports/ChartCard.h"

#include "core/base/Csv.h"
#include "ui/widgets/FileDialogs.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace fieldcase::ui {

namespace {

QValueAxis* countAxis(int largest) {
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1, largest) * 1.15);
    axis->setTickCount(std::min(6, std::max(2, largest + 1)));
    axis->applyNiceNumbers();
    return axis;
}

}  // namespace

ChartCard::ChartCard(const QString& name, const QString& title, QWidget* parent)
    : QFrame(parent), m_title(title), m_body(new QStackedWidget), m_view(new QChartView), m_empty(new QLabel) {
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    auto* saveImage = new QPushButton(tr("Save chart…"));
    saveImage->setObjectName(QStringLiteral("saveChartButton"));
    saveImage->setToolTip(tr("Save the chart as a PNG or SVG image."));
    auto* saveTable = new QPushButton(tr("Save table…"));
    saveTable->setObjectName(QStringLiteral("saveTableButton"));
    saveTable->setToolTip(tr("Save the chart's numbers as a CSV table."));
    connect(saveImage, &QPushButton::clicked, this, &ChartCard::chooseImageFile);
    connect(saveTable, &QPushButton::clicked, this, &ChartCard::chooseTableFile);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Nothing to count in this period."));
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(saveImage);
    top->addWidget(saveTable);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
}

void ChartCard::showCounts(const QList<DashboardCount>& counts, bool horizontal) {
    QList<QStringList> table{{tr("Value"), tr("Count")}};
    auto* set = new QBarSet(m_title);
    QStringList categories;
    QStringList hover;
    int largest = 0;
    // Horizontal bars read from the top: the first count goes last.
    QList<DashboardCount> ordered = counts;
    if (horizontal) std::reverse(ordered.begin(), ordered.end());
    for (const DashboardCount& count : ordered) {
        *set << count.count;
        categories << count.label;
        hover << tr("%1: %2").arg(count.label).arg(count.count);
        largest = std::max(largest, count.count);
    }
    for (const DashboardCount& count : counts)
        table << QStringList{count.label, QString::number(count.count)};
    m_hover = {hover};
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(palette().color(QPalette::WindowText));  // the theme's label colour is for inside a bar
    connect(set, &QBarSet::hovered, this, [this](bool entered, int index) {
        if (entered) QToolTip::showText(QCursor::pos(), hoverText(0, index), m_view);
    });
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    auto* values = countAxis(largest);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    showChart(counts.isEmpty() ? nullptr : chart, table);
    if (counts.isEmpty()) delete chart;
}

void ChartCard::showMonths(const QList<DashboardMonth>& months) {
    QList<QStringList> table{{tr("Month"), tr("Opened"), tr("Closed")}};
    auto* opened = new QBarSet(tr("Opened"));
    auto* closed = new QBarSet(tr("Closed"));
    QStringList categories;
    QStringList openedHover;
    QStringList closedHover;
    int largest = 0;
    bool anything = false;
    for (const DashboardMonth& month : months) {
        *opened << month.opened;
        *closed << month.closed;
        categories << month.month;
        openedHover << tr("%1, opened: %2").arg(month.month).arg(month.opened);
        closedHover << tr("%1, closed: %2").arg(month.month).arg(month.closed);
        largest = std::max({largest, month.opened, month.closed});
        anything = anything || month.opened > 0 || month.closed > 0;
        table << QStringList{month.month, QString::number(month.opened), QString::number(month.closed)};
    }
    m_hover = {openedHover, closedHover};
    auto* series = new QBarSeries;
    series->append(opened);
    series->append(closed);
    // Numbers on the bars only while they fit: a year's months, not ten years'.
    series->setLabelsVisible(months.size() <= 12);
    connect(opened, &QBarSet::hovered, this, [this](bool entered, int index) {
        if (entered) QToolTip::showText(QCursor::pos(), hoverText(0, index), m_view);
    });
    connect(closed, &QBarSet::hovered, this, [this](bool entered, int index) {
        if (entered) QToolTip::showText(QCursor::pos(), hoverText(1, index), m_view);
    });
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    if (months.size() > 12) names->setLabelsAngle(-90);
    auto* values = countAxis(largest);
    chart->addAxis(names, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    showChart(anything ? chart : nullptr, table);
    if (!anything) delete chart;
}

QString ChartCard::hoverText(int set, int index) const {
    if (set < 0 || set >= m_hover.size() || index < 0 || index >= m_hover[set].size()) return {};
    return m_hover[set][index];
}

void ChartCard::showChart(QChart* chart, QList<QStringList> table) {
    m_table = std::move(table);
    QChart* old = m_view->chart();
    if (chart != nullptr) {
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        m_view->setChart(chart);
        m_body->setCurrentWidget(m_view);
    } else {
        m_view->setChart(new QChart);
        m_body->setCurrentWidget(m_empty);
    }
    delete old;
}

bool ChartCard::saveImage(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    const QSize size = m_view->size().expandedTo(QSize(640, 360));
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_title);
        QPainter painter(&svg);
        m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->rect());
        painter.end();
    } else if (!m_view->grab().save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

bool ChartCard::saveTable(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    QByteArray csv = "\xEF\xBB\xBF";  // byte-order mark: spreadsheets then read the file as UTF-8
    for (const QStringList& row : m_table)
        csv += csvLine(row);
    file.write(csv);
    return file.commit();
}

void ChartCard::chooseImageFile() {
    const QString path = chooseFileToSave(this, tr("Save the chart"), QDir::home().filePath(objectName() + ".png"));
    if (path.isEmpty()) return;
    emit notice(saveImage(path) ? tr("Chart saved to %1. The file is not encrypted.").arg(path)
                                : tr("Could not write %1.").arg(path));
}

void ChartCard::chooseTableFile() {
    const QString path = chooseFileToSave(this, tr("Save the table"), QDir::home().filePath(objectName() + ".csv"));
    if (path.isEmpty()) return;
    emit notice(saveTable(path) ? tr("Table saved to %1. The file is not encrypted.").arg(path)
                                : tr("Could not write %1.").arg(path));
}

}  // namespace fieldcase::ui
