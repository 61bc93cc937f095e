// Graph's error envelope and Intune's nested variant, as any server may send them.
#include "grapherror.h"
#include "safetext.h"

#include <cstddef>
#include <cstdint>

using namespace Passdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const GraphError e = GraphError::fromResponse(status, body);
    (void)safeText(e.userMessage());
    (void)e.fateUnknown();
    return 0;
}
