#include "deferredpanelreload.h"

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
    if (m_panel->isVisible())
        m_reload();
    else
        m_stale = true;
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
