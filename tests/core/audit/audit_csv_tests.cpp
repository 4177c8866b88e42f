#include "audit/audit_csv.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("AuditCsv quotes fields with commas, quotes and line breaks as RFC 4180 says")
{
    CHECK(AuditCsv::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(AuditCsv::field(QStringLiteral("a, b")) == QStringLiteral("\"a, b\""));
    CHECK(AuditCsv::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(AuditCsv::field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(AuditCsv::field(QStringLiteral("cr\rlf")) == QStringLiteral("\"cr\rlf\""));
    CHECK(AuditCsv::field(QString()).isEmpty());
}

TEST_CASE("AuditCsv defuses fields a spreadsheet would run as formulas")
{
    CHECK(AuditCsv::field(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(AuditCsv::field(QStringLiteral("+1")) == QStringLiteral("'+1"));
    CHECK(AuditCsv::field(QStringLiteral("-2")) == QStringLiteral("'-2"));
    CHECK(AuditCsv::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(AuditCsv::field(QStringLiteral("a=b")) == QStringLiteral("a=b"));
}

TEST_CASE("AuditCsv writes one CRLF-terminated record per event under a header")
{
    CHECK(AuditCsv::header() ==
          QStringLiteral("id,occurred_at,actor_id,acting_for_id,action,subject_type,subject_id,detail\r\n"));
    const AuditEvent event{QStringLiteral("e1"),
                           QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC),
                           QStringLiteral("sam"),
                           QStringLiteral("dana"),
                           QStringLiteral("post.submitted"),
                           QStringLiteral("post"),
                           QStringLiteral("p1"),
                           QStringLiteral("draft → awaiting-approval, \"v2\"")};
    CHECK(AuditCsv::row(event) == QStringLiteral("e1,2026-03-02T09:30:00.000Z,sam,dana,post.submitted,post,p1,"
                                                 "\"draft → awaiting-approval, \"\"v2\"\"\"\r\n"));
}
