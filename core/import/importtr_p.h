#pragma once

// Internal to the importers: the translation context of the messages DocumentReader has always given
// ("Marginalia::Core::DocumentReader"), kept by the formats that now give them, so that they stay one
// group for translators and a translation of them keeps applying.

#include <QCoreApplication>
#include <QString>

namespace Marginalia::Core::ImportText {

struct ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::DocumentReader)
};

} // namespace Marginalia::Core::ImportText
