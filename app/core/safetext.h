#pragma once

#include <QString>

namespace Passdesk {

// Text from a server, made safe to show: control characters (C0, DEL, C1) and
// the characters that reorder or hide text (bidi embeddings, overrides and
// isolates, zero-width and other format characters) are replaced with a
// visible \uXXXX, so an escape sequence cannot drive a terminal and a name
// cannot pose as another. keepNewlines leaves "\n" alone (multi-line text).
QString safeText(const QString &text, bool keepNewlines = false);

// JSON text (from QJsonDocument::toJson) with the same characters written as
// \uXXXX escapes: still the exact strings for a JSON reader, inert in a terminal.
QByteArray safeJson(const QByteArray &json);

} // namespace Passdesk
