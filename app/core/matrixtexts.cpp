#include "matrixtexts.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {

struct Text
{
    const char *id;
    const char *text;
};

// Vendor terms as Intune uses them; translators follow the French and Italian Intune documents.
const Text kTexts[] = {
    // Why an action is not offered.
    {"reasonAndroidAdmin7",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Android 7.0 and later no longer let a device administrator reset the passcode. If the user cannot "
            "remember it, the device must be reset to factory settings.")},
    {"reasonWorkProfile6",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Work profile passcodes can be reset from Android 7.0 onwards; this device runs an earlier version.")},
    {"reasonWorkProfileLock",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Intune does not remote lock personally-owned work profile devices: the device belongs to the user.")},
    {"reasonW10mCreators",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Windows 10 Mobile needs the Creators Update (build 15063) or later for a passcode reset. Ask the user to "
            "update the device.")},
    {"reasonW10mAzureAD",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The passcode of Windows 10 Mobile can be reset only on devices joined to Azure AD; this device is not.")},
    {"reasonWp80",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Windows Phone 8.0 has no passcode reset; only Windows Phone 8.1 gets a temporary passcode.")},
    {"reasonWindowsRtReset",
        QT_TRANSLATE_NOOP("SupportMatrix", "Passcode reset is not supported on Windows RT 8.1 and Windows 8.1.")},
    {"reasonNotEnroller",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Remote lock works on Windows RT 8.1 and Windows 8.1 only when the person signed in is the one who "
            "enrolled the device; someone else is signed in now.")},
    {"reasonWindowsPcReset",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Intune does not reset passcodes on Windows PCs. The user can reset their Windows Hello PIN from the "
            "sign-in screen.")},
    {"reasonWindowsPcLock", QT_TRANSLATE_NOOP("SupportMatrix", "Intune no longer offers remote lock for Windows PCs.")},
    {"reasonIntuneClient",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Remote lock and passcode reset are not supported on PCs managed with the Intune client software.")},
    {"reasonMacReset",
        QT_TRANSLATE_NOOP(
            "SupportMatrix", "Intune does not reset passcodes on macOS. Use remote lock with a recovery PIN instead.")},
    {"reasonEas",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "This device is known only through Exchange ActiveSync and is not enrolled in Intune, so Intune cannot run "
            "remote actions on it.")},
    {"reasonUnknown",
        QT_TRANSLATE_NOOP(
            "SupportMatrix", "Passdesk cannot tell which platform this device runs, so it offers no remote action.")},
    {"reasonTenantPinReset",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The tenant is not onboarded to the Microsoft PIN reset service: its two enterprise applications, "
            "Microsoft Pin Reset Service Production and Microsoft Pin Reset Client Production, have not been "
            "consented, so Intune cannot reset the PIN of Windows devices. File > Tenant readiness says how to fix "
            "it.")},
    // Why a recovery secret cannot be read on this device.
    {"reasonSecretWindows10",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Windows LAPS passwords and BitLocker recovery keys are kept in Entra ID for Windows 10 and later devices "
            "joined to it.")},
    {"reasonSecretIntuneClient",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "This PC is managed by the Intune client software, not enrolled in Intune: its LAPS password and "
            "BitLocker keys are not in Entra ID.")},
    {"reasonFileVaultPersonal",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Intune escrows the FileVault recovery key of corporate-owned Macs only; this Mac is personal.")},
    {"reasonBypassNotSupervised",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "This device is not supervised: Intune keeps an Activation Lock bypass code only for supervised iPhones "
            "and iPads.")},
    {"reasonRotateNoSecret",
        QT_TRANSLATE_NOOP("SupportMatrix", "This device has no such recovery secret in Intune or Entra ID to rotate.")},
    {"tellRotated",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The device has made its new secret and backed it up; the one read before no longer works. Reveal reads "
            "the new one.")},
    // Why a rotation the device reported failed.
    {"hintRotateLapsFailed",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The device rotates its password only under a Windows LAPS policy from Intune that backs the password up "
            "to Entra ID.")},
    {"hintRotateBitLockerFailed",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Key rotation needs Windows 10 version 1909 or later and the BitLocker policy setting “Client-driven "
            "recovery password rotation” turned on; the recovery keys must already be backed up to Entra ID.")},
    {"hintRotateFileVaultFailed",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The Mac makes a new key only under an Intune FileVault policy that escrows its personal recovery key.")},
    {"reasonSyncNotOffered",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Intune offers Sync for Android, iOS/iPadOS, macOS and Windows 10 or later; this device checks in on its "
            "own schedule.")},
    // What the operator tells the user afterwards.
    {"tellIosRemoved",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The passcode has been removed; no temporary passcode is created. If a passcode policy applies, the device "
            "asks the user to set a new passcode in Settings. If the user unlocks with Touch ID, they must set it up "
            "again.")},
    {"tellAndroid",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Read the temporary passcode (letters and digits) to the user. They unlock the device with it, then change "
            "it in Settings.")},
    {"tellWorkProfile",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Read the temporary passcode (letters and digits) to the user. They unlock the work profile with it, then "
            "change it in Settings.")},
    {"tellW10m",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Read the temporary passcode (letters and digits) to the user, then have them change it in Settings. "
            "Windows Hello face recognition keeps working.")},
    {"tellWp81",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Read the temporary passcode (digits only) to the user, then have them change it in Settings.")},
    {"tellLocked",
        QT_TRANSLATE_NOOP("SupportMatrix", "The device is locked. The user unlocks it with their usual passcode.")},
    {"tellMacLocked",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The Mac is locked. It opens only with the six-digit recovery PIN shown here: read it to the user only "
            "when they have the Mac in front of them.")},
    {"tellSynced",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The device has checked in and received what was waiting for it, remote actions included.")},
    // What probably went wrong, once the device has answered.
    {"hintResetToken",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The user has probably never activated the passcode reset token. After enrollment Android shows a "
            "notification asking for the work profile passcode: ask the user to open it and enter the passcode, then "
            "try again.")},
    {"hintPinRecovery",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The device probably lacks PIN recovery: assign a custom policy setting "
            "./Device/Vendor/MSFT/PassportForWork/<tenant ID>/Policies/EnablePinRecovery to True, and check that the "
            "Microsoft PIN Reset Service is connected to the tenant. Let the device sync, then try again.")},
    {"hintAndroidFailed",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Check that a device configuration policy requires a passcode on this device: without one the reset "
            "fails.")},
    {"hintIosFailed",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Intune may hold a wrong unlock token for this device. If the user still cannot get in, the device has to "
            "be wiped.")},
    {"hintNotEnroller",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "Remote lock works only when the person signed in on the device is the one who enrolled it.")},
    {"hintMacPinPending",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "A previous lock's recovery PIN has probably not been used yet. Do not send remote lock again until the "
            "Mac has been unlocked with that PIN.")},
    {"hintSyncFailed",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The device did not check in. It may be switched off, asleep or offline; what is pending stays pending "
            "until its next check-in.")},
    {"hintGenericFailed",
        QT_TRANSLATE_NOOP("SupportMatrix",
            "The device reported a failure. Check that it is switched on and connected, wait for it to check in, then "
            "try again.")},
};

} // namespace

QString matrixText(const QString &id)
{
    for (const auto &t : kTexts) {
        if (id == QLatin1String(t.id))
            return QCoreApplication::translate("SupportMatrix", t.text);
    }
    return QString();
}

bool hasMatrixText(const QString &id)
{
    for (const auto &t : kTexts) {
        if (id == QLatin1String(t.id))
            return true;
    }
    return false;
}

} // namespace Passdesk
