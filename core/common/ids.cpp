#include "ids.h"

#include <QUuid>

namespace Podium::Core {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Podium::Core
