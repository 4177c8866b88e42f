#include "role_text.h"

namespace Podium::Ui {

QString RoleText::name(Core::Role role)
{
    switch (role) {
    case Core::Role::Executive:
        return tr("Executive");
    case Core::Role::Delegate:
        return tr("Delegate");
    case Core::Role::Trainer:
        return tr("Trainer");
    }
    return {};
}

QString RoleText::description(Core::Role role)
{
    switch (role) {
    case Core::Role::Executive:
        return tr("You post under your own name. Podium shows you one next step at a time.");
    case Core::Role::Delegate:
        return tr("You prepare and schedule posts for one or more executives, who approve them.");
    case Core::Role::Trainer:
        return tr("You coach executives in practice sessions and follow their progress.");
    }
    return {};
}

} // namespace Podium::Ui
