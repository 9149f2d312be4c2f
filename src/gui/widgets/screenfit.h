// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QScrollArea;
class QWidget;

namespace cxcron::gui::ScreenFit {

/// Moves the items of @p dialog's top-level box layout, except those holding @p keep (its
/// message line and buttons, which must stay in sight; they go below, in their order), into a frameless
/// scroll area that takes their place: the dialog may then be shorter than its form (a 1024×640 screen) and
/// scrolls instead of cutting off its OK button. The scroll area asks for the form's whole size where there
/// is room.
QScrollArea *scrollForm(QWidget *dialog, const QList<QWidget *> &keep);

/// Keeps @p window inside the available area of its screen each time it is shown: no larger,
/// and moved back if it would stick out.
void keepOnScreen(QWidget *window);

} // namespace cxcron::gui::ScreenFit
