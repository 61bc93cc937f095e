#include "localadmin.h"

#include <QByteArray>

namespace Passdesk {

bool decodeLapsPassword(const QString &base64, QString *password)
{
    // A character outside Latin-1 becomes '?', which strict decoding refuses.
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() % 2 != 0)
        return false;
    const QByteArray &bytes = decoded.decoded;
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i < bytes.size(); i += 2)
        text.append(QChar(char16_t(quint8(bytes[i]) | (quint8(bytes[i + 1]) << 8))));
    // Trailing NULs some writers leave are not part of the password.
    while (text.endsWith(QChar(0)))
        text.chop(1);
    if (text.isEmpty())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
            continue;
        }
        if (c.isLowSurrogate() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    *password = text;
    return true;
}

} // namespace Passdesk
