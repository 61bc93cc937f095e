#pragma once

#include <QString>

namespace Passdesk::LogFile {

// Appends every log line to DIR/passdesk.log (kept under 2 MB, one previous
// file kept as passdesk.log.1) and still prints it as before. The passdesk.*
// categories never log tokens, codes, passcodes or PINs.
void install(const QString &dir);
QString path();

} // namespace Passdesk::LogFile
