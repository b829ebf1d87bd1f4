#include "deferredpanelreload.h"

#include <QDockWidget>
#include <QEvent>
#include <QWidget>

namespace Marginalia::Ui {

DeferredPanelReload::DeferredPanelReload(QWidget *panel, std::function<void()> reload)
    : m_panel(panel)
    , m_reload(std::move(reload))
{
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(0);
    connect(&m_afterChange, &QTimer::timeout, this, &DeferredPanelReload::requestReload);
    // The panel's Show event, seen here, is when a panel that missed changes while hidden catches up.
    m_panel->installEventFilter(this);
}

DeferredPanelReload::~DeferredPanelReload() = default;

void DeferredPanelReload::reloadAfterChange()
{
    m_afterChange.start();
}

void DeferredPanelReload::requestReload()
{
    // A dock tabbed behind another stays "visible" to Qt, moved out of sight: it has no visible region.
    if (m_panel->isVisible() && !m_panel->visibleRegion().isEmpty()) {
        m_reload();
        return;
    }
    m_stale = true;
    // Raising that tab shows no Show event to the panel; its dock says so instead.
    if (m_watchedDock)
        return;
    for (QWidget *ancestor = m_panel->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(ancestor)) {
            m_watchedDock = dock;
            connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
                if (visible && m_stale)
                    QTimer::singleShot(0, this, [this] {
                        if (m_stale && m_panel->isVisible())
                            m_reload();
                    });
            });
            break;
        }
    }
}

void DeferredPanelReload::reloadStarted()
{
    m_afterChange.stop();
    m_stale = false;
}

bool DeferredPanelReload::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_stale)
        m_reload();
    return QObject::eventFilter(watched, event);
}

} // namespace Marginalia::Ui
