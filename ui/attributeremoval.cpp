#include "attributeremoval.h"

#include "attributetablemodel.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace Marginalia::Ui::AttributeRemoval {

std::optional<Core::Attribute> ask(QWidget *parent, const AttributeTableModel &model, int column,
                                   const Core::Project &project)
{
    if (model.attributes().isEmpty())
        return std::nullopt;
    const bool cases = model.target() == Core::AttributeTarget::Case;
    // Each panel's own wording, in its own translation context.
    const char *context = cases ? "Marginalia::Ui::CasesPanel" : "Marginalia::Ui::AttributesPanel";
    const auto tr = [context](const char *text, int n = -1) {
        return QCoreApplication::translate(context, text, nullptr, n);
    };
    const QString title = cases ? tr("Remove Case Attribute") : tr("Remove Attribute");
    auto attribute = model.attribute(column);
    if (!attribute) {
        QStringList names;
        for (const Core::Attribute &each : model.attributes())
            names.append(each.name);
        bool ok = false;
        const QString name = QInputDialog::getItem(
            parent, title, cases ? tr("Case attribute to remove:") : tr("Attribute to remove:"), names, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        attribute = model.attribute(int(names.indexOf(name)) + 1);
        if (!attribute)
            return std::nullopt;
    }
    const int values = int(cases ? project.caseAttributeValues(attribute->id).size()
                                 : project.attributeValues(attribute->id).size());
    const QString question = cases
        ? QCoreApplication::translate(
            "Marginalia::Ui::CasesPanel",
            "Remove the case attribute \"%1\" and its values of %n case(s)? Undo brings them back.", nullptr, values)
        : QCoreApplication::translate(
            "Marginalia::Ui::AttributesPanel",
            "Remove the attribute \"%1\" and its values of %n document(s)? Undo brings them back.", nullptr, values);
    if (QMessageBox::question(parent, title, question.arg(attribute->name)) != QMessageBox::Yes)
        return std::nullopt;
    return attribute;
}

} // namespace Marginalia::Ui::AttributeRemoval
