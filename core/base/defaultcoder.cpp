#include "base/defaultcoder.h"

namespace Marginalia::Core {

QString defaultCoderName()
{
    for (const char *variable : {"MARGINALIA_CODER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("coder");
}

} // namespace Marginalia::Core
