#pragma once

#include <QCoreApplication>

#include <functional>

class QComboBox;
class QTableView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/// The controls the retrieval and frequency panels share: the filter combo boxes above their results, and
/// the table the results are in.
class PanelControls final
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::PanelControls)

public:
    PanelControls() = delete;

    /// A filter combo box that shares its row with others and never makes a narrow dock wider.
    static void setUpFilterCombo(QComboBox *combo);
    /// Fills @p combo with "All coders" (data 0), then the coders of @p project (nullptr: none) by name,
    /// and selects @p coderId, all without emitting signals.
    static void fillCoders(QComboBox *combo, const Core::Project *project, qint64 coderId);
    /// Selects the item whose data is @p id without emitting signals. When there is none, @p refill is
    /// called first: the item may have come into the project since the combo was filled.
    static void selectItem(QComboBox *combo, qint64 id, const std::function<void()> &refill);
    /// A read-only table of results: whole rows selected one at a time, rows of one fixed height.
    static void setUpResultTable(QTableView *view);
};

} // namespace Marginalia::Ui
