#pragma once

#include "deferredpanelreload.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * The class view of a seminar: every student against the key (Core::StudentScores) as a students x codes
 * table of one statistic (Cohen's kappa, percent agreement, alpha-u, precision or recall), shaded like
 * Compare Coders, sortable by any column. Activating a student's cell of a code asks for the review of
 * that student's disagreements with the key on that code (reviewRequested()).
 */
class ClassViewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassViewPanel)

public:
    enum class Shown { CohenKappa, PercentAgreement, AlphaU, Precision, Recall };

    explicit ClassViewPanel(QWidget *parent = nullptr);
    ~ClassViewPanel() override;

    void setProject(Core::Project *project);
    /// The key coder (0: the one named "key", if any).
    void setKey(qint64 coderId);
    qint64 key() const;
    void setShown(Shown shown);

    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QString message() const;

    static constexpr int CodeIdRole = Qt::UserRole + 1;
    static constexpr int CoderIdRole = Qt::UserRole + 2;
    static constexpr int SortRole = Qt::UserRole + 3;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reviewRequested(qint64 codeId, bool includeSubcodes, qint64 keyCoderId, qint64 studentCoderId);

private:
    void refreshKeys();

    QPointer<Core::Project> m_project;
    QComboBox *m_keys;
    QComboBox *m_statistics;
    QLabel *m_message;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    qint64 m_keyId = 0;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
