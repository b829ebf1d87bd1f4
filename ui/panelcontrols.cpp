#include "panelcontrols.h"

#include "store/project.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Marginalia::Ui {

void PanelControls::setUpFilterCombo(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PanelControls::fillCoders(QComboBox *combo, const Core::Project *project, qint64 coderId)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All coders"), qint64(0));
    if (project) {
        QList<Core::Coder> coders = project->coders();
        std::sort(coders.begin(), coders.end(), [](const Core::Coder &a, const Core::Coder &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Core::Coder &coder : std::as_const(coders))
            combo->addItem(coder.name, coder.id);
    }
    combo->setCurrentIndex(combo->findData(coderId));
}

void PanelControls::selectItem(QComboBox *combo, qint64 id, const std::function<void()> &refill)
{
    int index = combo->findData(id);
    if (index < 0) {
        refill();
        index = combo->findData(id);
    }
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(index);
}

void PanelControls::setUpResultTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed, uniform rows: the view never measures a row, however many there are.
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    // Room for the header and a row, less than a scroll area asks for: the dock the table sits in can then
    // be made small, to give the text the height.
    view->setMinimumHeight(view->fontMetrics().height() * 3 + 12);
}

} // namespace Marginalia::Ui
