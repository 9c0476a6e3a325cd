#include "app/cli/commands/MemberArgument.h"

#include "core/services/CaseService.h"

std::optional<MemberArgument::Parsed> MemberArgument::parse(const QString& text)
{
    bool ok = false;
    const int n = text.section(QLatin1Char(':'), 1).toInt(&ok);
    const QString number = text.section(QLatin1Char(':'), 0, 0);
    if (!ok || n < 1 || number.isEmpty())
        return std::nullopt;
    return Parsed{number, n};
}

QString MemberArgument::usage(const QString& text)
{
    return tr("“%1” is not CASE:N, for example CUC-2026-00012:2.").arg(text);
}

Result<qint64> MemberArgument::personId(CaseService& cases, const Parsed& member)
{
    Result<CaseRecord> c = cases.openByNumber(member.caseNumber);
    if (!c)
        return c.error();
    if (member.member > c->members.size())
        return Error(
            Error::Code::Invalid,
            tr("Case %1 has %n member(s).", "", int(c->members.size())).arg(c->caseNumber));
    return c->members[member.member - 1].person.id;
}
