#pragma once

#include "exchange/projecthandout.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QWidget;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/// The seminar's dialogs: where a hand-out goes and what it leaves out, and which projects to merge.
class SeminarExchange final
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::SeminarExchange)

public:
    struct Handout
    {
        QString path;
        Core::HandoutOptions options;
    };
    /// Asks where to write the students' copy and whose codings to leave out (the coders ticked; a coder
    /// named "key" comes ticked) and whether to leave the memos out. Nothing when cancelled.
    static std::optional<Handout> askHandout(QWidget *parent, const Core::Project &project);
    /// Asks for the projects to merge (.marginalia, .qdpx); empty when cancelled.
    static QStringList askMergeSources(QWidget *parent);
};

} // namespace Marginalia::Ui
