#include "coalescedreload.h"

#include <QTimer>

namespace Marginalia::Ui {

CoalescedReload::CoalescedReload(QObject *context, std::function<void()> reload)
    : m_context(context)
    , m_reload(std::move(reload))
{
}

void CoalescedReload::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    // The context as receiver: the call is dropped with it if it is destroyed first.
    QTimer::singleShot(0, m_context, [this] {
        m_pending = false;
        m_reload();
    });
}

} // namespace Marginalia::Ui
