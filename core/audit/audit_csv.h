#pragma once

#include "audit_event.h"

#include <QString>

namespace Podium::Core {

/// Writes audit events as RFC 4180 CSV for auditors' spreadsheets: fields with commas, quotes or line breaks
/// are quoted, lines end in CRLF, and a field a spreadsheet would run as a formula is defused.
class AuditCsv
{
public:
    /// The header line, CRLF included.
    static QString header();
    /// One event as one record, CRLF included.
    static QString row(const AuditEvent& event);
    /// One field, escaped: a leading = + - @ (or tab or carriage return) gets a ' in front so a spreadsheet
    /// shows it as text instead of evaluating it (CSV injection), then it is quoted where RFC 4180 needs it.
    static QString field(const QString& value);
};

} // namespace Podium::Core
