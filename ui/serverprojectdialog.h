#pragma once

#include "store/serverlocation.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Marginalia::Ui {

/**
 * File > Open Server Project: where a project on a PostgreSQL server is (issue 16), typed as a URL
 * (`postgresql://host/db?project=NAME`), picked from the server locations opened before, or read from a
 * `.marginalia-server` connection file. OK is offered only once the text names a project; what is wrong with
 * it is said under the box as the user types.
 *
 * It never asks for a password: the window asks when the server wants one (ServerPasswordDialog), so that a
 * password typed here could not end up among the recent locations.
 */
class ServerProjectDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p recentLocations: server locations opened before (their display texts), newest first.
    explicit ServerProjectDialog(const QStringList &recentLocations, QWidget *parent = nullptr);

    /// Asks; the location chosen, or nothing when the dialog was cancelled.
    static std::optional<Core::ServerLocation> ask(QWidget *parent, const QStringList &recentLocations);

    QString locationText() const;
    void setLocationText(const QString &text);
    /// The location the text names, when it names one.
    std::optional<Core::ServerLocation> location() const;
    /// What is wrong with the text; empty when it names a project (or is empty).
    QString problem() const;

private:
    void validate();
    void chooseConnectionFile();

    QComboBox *m_location;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Marginalia::Ui
