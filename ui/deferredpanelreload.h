#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace Marginalia::Ui {

/**
 * When a panel that lists what is in the project (retrieval, frequencies) reads it again. A burst of
 * project signals (one user action can emit several) comes to one reload, once the event loop turns; and
 * a hidden panel (a closed dock, or one tabbed behind another) reads nothing: it notes that it is out of date and
 * reloads when it is shown again.
 *
 * The panel calls reloadAfterChange() from the project's signals, requestReload() when the user changes
 * what it lists, and reloadStarted() first thing in its reload(), whatever asked for it.
 */
class DeferredPanelReload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredPanelReload)

public:
    /// @p reload is the panel's own reload(); @p panel must outlive this object (make it a member).
    DeferredPanelReload(QWidget *panel, std::function<void()> reload);
    ~DeferredPanelReload() override;

    /// After a project signal: one requestReload() for every signal until the event loop turns.
    void reloadAfterChange();
    /// Reloads now if the panel is visible, otherwise when it is shown.
    void requestReload();
    /// The panel is reloading: nothing asked for before is pending any more.
    void reloadStarted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_panel;
    std::function<void()> m_reload;
    QTimer m_afterChange;
    bool m_stale = false;
    QObject *m_watchedDock = nullptr;
};

} // namespace Marginalia::Ui
