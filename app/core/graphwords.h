#pragma once

#include <QString>

namespace Passdesk {

// Graph's enumeration values in the operator's words ("mdm" -> "Intune (MDM)",
// "company" -> "Corporate"), translated. A value this build does not know is
// shown as Graph sent it. The raw value stays available (tooltips, CLI --json).
enum class GraphField { ManagementAgent, OwnerType, ComplianceState, EnrollmentType, JoinType };

QString graphWord(GraphField field, const QString &value);

} // namespace Passdesk
