#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

namespace Marginalia::Ui {

/**
 * Folds a burst of reload requests into one call of a reload function, on the next turn of the event loop.
 * One user action can make the project emit several signals (a merge changes the codebook and the
 * codings); an item model that reloaded on each would reset its views once per signal.
 *
 * The helper belongs to @p context (typically as its member): a reload still pending when @p context is
 * destroyed never runs.
 */
class CoalescedReload final
{
public:
    CoalescedReload(QObject *context, std::function<void()> reload);
    Q_DISABLE_COPY_MOVE(CoalescedReload)

    /// Reloads once the event loop turns, however often this is called before then.
    void schedule();

private:
    QObject *m_context;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace Marginalia::Ui
