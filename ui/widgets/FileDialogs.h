#pragma once

#include <QString>

class QWidget;

namespace fieldcase::ui {

// Choosing a file or a folder without leaving a trace outside the vault. Qt's own dialog, not the desktop's: a
// desktop's dialog records the file in its list of recent files (~/.local/share/recently-used.xbel). And Qt's dialog
// keeps no memory: it would write the last folder and a history of folders to ~/.config/QtProject.conf, so Qt's
// per-user settings are sent nowhere (the app keeps its own preferences in a file it names, settings/Preferences).
// Each returns the chosen path, or an empty string when the person cancelled.
QString chooseFileToOpen(QWidget* parent, const QString& caption, const QString& folder = {});
QString chooseFileToSave(QWidget* parent, const QString& caption, const QString& suggestedPath);
QString chooseFolder(QWidget* parent, const QString& caption);

}  // namespace fieldcase::ui
