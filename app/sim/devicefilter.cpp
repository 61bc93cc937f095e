#include "devicefilter.h"

#include "devicejson.h"

namespace Passdesk::Sim {

namespace {

const QString managedDeviceType = QStringLiteral("microsoft.graph.managedDevice");

// $filter subset: `prop eq 'value'` and `startswith(prop,'value')` on string
// and enum properties, joined by `and`; quotes inside values are doubled.
// Comparisons are case-insensitive. Returns an error message, empty on success.
class FilterParser
{
public:
    explicit FilterParser(const QString &text)
        : m_text(text)
    { }

    QString parse(QList<FilterTerm> *terms)
    {
        skipSpaces();
        if (atEnd())
            return QString();
        for (;;) {
            FilterTerm term;
            const QString err = parseTerm(&term);
            if (!err.isEmpty())
                return err;
            terms->append(term);
            const bool spaced = skipSpaces();
            if (atEnd())
                return QString();
            if (!spaced || !consumeWord(QStringLiteral("and")) || !skipSpaces())
                return invalid();
        }
    }

private:
    static QString invalid() { return QStringLiteral("Invalid filter clause"); }

    QString parseTerm(FilterTerm *term)
    {
        if (consumeWord(QStringLiteral("startswith"))) {
            skipSpaces();
            if (!consume(QLatin1Char('(')))
                return invalid();
            skipSpaces();
            QString err = parseProperty(&term->property);
            if (!err.isEmpty())
                return err;
            skipSpaces();
            if (!consume(QLatin1Char(',')))
                return invalid();
            skipSpaces();
            if (!parseLiteral(&term->value))
                return invalid();
            skipSpaces();
            if (!consume(QLatin1Char(')')))
                return invalid();
            if (DeviceJson::isDateFilterable(term->property))
                return invalid();
            term->prefix = true;
            term->op = FilterTerm::Op::StartsWith;
            return QString();
        }
        QString err = parseProperty(&term->property);
        if (!err.isEmpty())
            return err;
        if (!skipSpaces())
            return invalid();
        const bool date = DeviceJson::isDateFilterable(term->property);
        static const struct
        {
            const char *word;
            FilterTerm::Op op;
        } ops[] = {{"eq", FilterTerm::Op::Eq}, {"ge", FilterTerm::Op::Ge}, {"gt", FilterTerm::Op::Gt},
            {"le", FilterTerm::Op::Le}, {"lt", FilterTerm::Op::Lt}};
        bool found = false;
        for (const auto &o : ops) {
            if (consumeWord(QLatin1String(o.word))) {
                term->op = o.op;
                found = true;
                break;
            }
        }
        // Strings and enums compare with eq only; timestamps with all five.
        if (!found || (!date && term->op != FilterTerm::Op::Eq) || !skipSpaces())
            return invalid();
        if (date)
            return parseTimestamp(&term->when) ? QString() : invalid();
        if (!parseLiteral(&term->value))
            return invalid();
        return QString();
    }

    // An OData DateTimeOffset literal, unquoted: 2024-01-01T00:00:00Z.
    bool parseTimestamp(QDateTime *when)
    {
        const int start = m_pos;
        while (!atEnd() && (m_text.at(m_pos).isDigit() || QStringLiteral("-:.TZ+").contains(m_text.at(m_pos))))
            ++m_pos;
        *when = QDateTime::fromString(m_text.mid(start, m_pos - start), Qt::ISODateWithMs);
        return when->isValid();
    }

    QString parseProperty(QString *property)
    {
        const int start = m_pos;
        while (!atEnd() && (m_text.at(m_pos).isLetterOrNumber()))
            ++m_pos;
        const QString name = m_text.mid(start, m_pos - start);
        // Also refuses function calls other than startswith, such as contains().
        if (name.isEmpty() || !name.at(0).isLetter() || (!atEnd() && m_text.at(m_pos) == QLatin1Char('(')))
            return invalid();
        *property = DeviceJson::canonicalName(name);
        if (property->isEmpty()) {
            return QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(name, managedDeviceType);
        }
        if (!DeviceJson::isFilterable(*property) && !DeviceJson::isDateFilterable(*property))
            return invalid();
        return QString();
    }

    bool parseLiteral(QString *value)
    {
        if (!consume(QLatin1Char('\'')))
            return false;
        QString out;
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\'')) {
                if (!atEnd() && m_text.at(m_pos) == QLatin1Char('\'')) {
                    out.append(c);
                    ++m_pos;
                    continue;
                }
                *value = out;
                return true;
            }
            out.append(c);
        }
        return false;
    }

    bool consume(QChar c)
    {
        if (atEnd() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }

    // A keyword not followed by another identifier character.
    bool consumeWord(const QString &word)
    {
        if (m_text.mid(m_pos, word.size()) != word)
            return false;
        const int end = m_pos + int(word.size());
        if (end < m_text.size() && m_text.at(end).isLetterOrNumber())
            return false;
        m_pos = end;
        return true;
    }

    bool skipSpaces()
    {
        const int start = m_pos;
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
        return m_pos > start;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    const QString &m_text;
    int m_pos = 0;
};

} // namespace

QString parseFilter(const QString &text, QList<FilterTerm> *terms)
{
    const QString error = FilterParser(text).parse(terms);
    for (FilterTerm &t : *terms) {
        t.text = DeviceJson::stringField(t.property);
        t.time = DeviceJson::dateField(t.property);
    }
    return error;
}

bool matchesFilter(const SimDevice &d, const QList<FilterTerm> &terms)
{
    for (const FilterTerm &t : terms) {
        if (t.when.isValid()) {
            const QDateTime &v = d.*(t.time);
            const bool ok = t.op == FilterTerm::Op::Ge ? v >= t.when
                : t.op == FilterTerm::Op::Gt           ? v > t.when
                : t.op == FilterTerm::Op::Le           ? v <= t.when
                : t.op == FilterTerm::Op::Lt           ? v < t.when
                                                       : v == t.when;
            if (!ok)
                return false;
            continue;
        }
        const QString &v = d.*(t.text);
        const bool ok
            = t.prefix ? v.startsWith(t.value, Qt::CaseInsensitive) : v.compare(t.value, Qt::CaseInsensitive) == 0;
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Passdesk::Sim
