#include "safetext.h"

namespace Passdesk {

namespace {

bool isUnsafe(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x061c || c == 0x180e
        || (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c == 0xfeff
        || (c >= 0xfff9 && c <= 0xfffb) || QChar::category(c) == QChar::Other_Format;
}

QString escaped(char32_t c)
{
    return QLatin1String("\\u") + QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

} // namespace

QString safeText(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != text.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            if (!isUnsafe(c)) {
                out += *it;
                out += *(++it);
                continue;
            }
            ++it;
        } else if (it->isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        if (c == u'\n' && keepNewlines)
            out += QLatin1Char('\n');
        else if (isUnsafe(c))
            out += escaped(c);
        else
            out += QChar(c);
    }
    return out;
}

QByteArray safeJson(const QByteArray &json)
{
    // toJson() escapes C0 and DEL already; what remains is in UTF-8 text.
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!it->isSurrogate() && c != u'\n' && isUnsafe(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += *it;
    }
    return out.toUtf8();
}

} // namespace Passdesk
