#pragma once

#include "error.h"

#include <QCoreApplication>

namespace Podium::Core {

/// Turns error codes into sentences a person understands, translated. The command line and the UI both
/// show these, so they live in one place; the technical detail stays in Error::detail.
class ErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessage)

public:
    static QString text(const Error& error);
};

} // namespace Podium::Core
