#include "newattributedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Marginalia::Ui {

NewAttributeDialog::NewAttributeDialog(Core::AttributeTarget target, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_values(new QPlainTextEdit(this))
{
    const bool cases = target == Core::AttributeTarget::Case;
    setWindowTitle(cases ? tr("New Case Attribute") : tr("New Attribute"));
    for (const auto type : {Core::AttributeType::Text, Core::AttributeType::Number, Core::AttributeType::Date,
                            Core::AttributeType::Boolean, Core::AttributeType::List})
        m_type->addItem(Core::AttributeTypes::name(type), int(type));
    m_name->setPlaceholderText(cases ? tr("e.g. region, age, sector") : tr("e.g. year, country, type"));
    m_values->setPlaceholderText(tr("One value a line, in the order to offer them"));
    m_values->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Values:"), m_values);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, buttons] {
        const bool list = type() == Core::AttributeType::List;
        m_values->setEnabled(list);
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && (!list || !values().isEmpty()));
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_type, &QComboBox::currentIndexChanged, this, update);
    connect(m_values, &QPlainTextEdit::textChanged, this, update);
    update();
}

QString NewAttributeDialog::name() const
{
    return m_name->text().trimmed();
}

Core::AttributeType NewAttributeDialog::type() const
{
    return Core::AttributeType(m_type->currentData().toInt());
}

QStringList NewAttributeDialog::values() const
{
    QStringList values;
    for (const QString &line : m_values->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            values.append(line.trimmed());
    }
    return values;
}

} // namespace Marginalia::Ui
