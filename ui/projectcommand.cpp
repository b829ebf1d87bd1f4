#include "projectcommand.h"

namespace Marginalia::Ui {

namespace {

ProjectCommand::ErrorHandler &errorHandler()
{
    static ProjectCommand::ErrorHandler handler;
    return handler;
}

} // namespace

void ProjectCommand::setErrorHandler(ErrorHandler handler)
{
    errorHandler() = std::move(handler);
}

ProjectCommand::ProjectCommand(Core::Project *project, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
{
}

bool ProjectCommand::check(const Core::Status &status)
{
    return check(status ? QString() : status.error());
}

bool ProjectCommand::check(const QString &error)
{
    if (error.isEmpty())
        return true;
    setObsolete(true);
    if (errorHandler())
        errorHandler()(error);
    else
        qWarning("%s", qPrintable(error));
    return false;
}

} // namespace Marginalia::Ui
