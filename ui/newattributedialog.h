#pragma once

#include "model/attributes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Marginalia::Ui {

/// Asks for a new attribute's name, type and (for a list) values; of the documents or of the cases, as
/// its title and hint say.
class NewAttributeDialog final : public QDialog
{
    Q_OBJECT

public:
    NewAttributeDialog(Core::AttributeTarget target, QWidget *parent);

    QString name() const;
    Core::AttributeType type() const;
    /// A list's values, one a line in the order to offer them, blank lines left out.
    QStringList values() const;

private:
    QLineEdit *m_name;
    QComboBox *m_type;
    QPlainTextEdit *m_values;
};

} // namespace Marginalia::Ui
