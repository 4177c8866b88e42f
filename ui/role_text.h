#pragma once

#include "people/role.h"

#include <QCoreApplication>

namespace Podium::Ui {

/// Translated names and one-line explanations of roles, for labels and choices.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)

public:
    static QString name(Core::Role role);
    static QString description(Core::Role role);
};

} // namespace Podium::Ui
