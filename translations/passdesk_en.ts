<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionPostJob</name>
    <message>
        <source>Not sent: “%1” is not a device id.</source>
        <translation>Not sent: “%1” is not a device id.</translation>
    </message>
</context>
<context>
    <name>ActionState</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Not supported</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
</context>
<context>
    <name>AuthCodeFlow</name>
    <message>
        <source>no local port is free for the sign-in redirect</source>
        <translation>no local port is free for the sign-in redirect</translation>
    </message>
    <message>
        <source>Signed in to Passdesk. You can close this page and return to Passdesk.</source>
        <translation>Signed in to Passdesk. You can close this page and return to Passdesk.</translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <source>Your previous sign-in is no longer valid.</source>
        <translation>Your previous sign-in is no longer valid.</translation>
    </message>
    <message>
        <source>the sign-in page did not redirect back</source>
        <translation>the sign-in page did not redirect back</translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>The sign-in was canceled.</translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>US Government L4</source>
        <translation>US Government L4</translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation>US Government L5 (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>China (21Vianet)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1). You stay signed in until Passdesk quits, then you will have to sign in again.</source>
        <translation>The system keychain is not available (%1). You stay signed in until Passdesk quits, then you will have to sign in again.</translation>
    </message>
    <message>
        <source>The stored sign-in in the system keychain is incomplete; sign in again.</source>
        <translation>The stored sign-in in the system keychain is incomplete; sign in again.</translation>
    </message>
    <message>
        <source>The secret is too large for the system keychain.</source>
        <translation>The secret is too large for the system keychain.</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Contoso (demo)</source>
        <translation>Contoso (demo)</translation>
    </message>
    <message>
        <source>The demo tenant could not open a port on this computer.</source>
        <translation>The demo tenant could not open a port on this computer.</translation>
    </message>
</context>
<context>
    <name>DeviceJson</name>
    <message>
        <source>“%1” is not what Microsoft Graph defines</source>
        <translation>“%1” is not what Microsoft Graph defines</translation>
    </message>
    <message>
        <source>the device has no usable id</source>
        <translation>the device has no usable id</translation>
    </message>
    <message>
        <source>an action result without its name or state</source>
        <translation>an action result without its name or state</translation>
    </message>
    <message>
        <source>an action result that is not an object</source>
        <translation>an action result that is not an object</translation>
    </message>
    <message>
        <source>an audit record without its action or time</source>
        <translation>an audit record without its action or time</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Unrecognized device</source>
        <translation>Unrecognized device</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>iPadOS</source>
        <translation>iPadOS</translation>
    </message>
    <message>
        <source>Android device administrator</source>
        <translation>Android device administrator</translation>
    </message>
    <message>
        <source>Android Enterprise personally-owned work profile</source>
        <translation>Android Enterprise personally-owned work profile</translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation>Android Enterprise corporate-owned work profile</translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation>Android Enterprise fully managed</translation>
    </message>
    <message>
        <source>Android Enterprise dedicated</source>
        <translation>Android Enterprise dedicated</translation>
    </message>
    <message>
        <source>Android (AOSP)</source>
        <translation>Android (AOSP)</translation>
    </message>
    <message>
        <source>Windows 10 Mobile</source>
        <translation>Windows 10 Mobile</translation>
    </message>
    <message>
        <source>Windows Phone 8.1</source>
        <translation>Windows Phone 8.1</translation>
    </message>
    <message>
        <source>Windows Phone 8</source>
        <translation>Windows Phone 8</translation>
    </message>
    <message>
        <source>Windows RT 8.1</source>
        <translation>Windows RT 8.1</translation>
    </message>
    <message>
        <source>Windows 8.1</source>
        <translation>Windows 8.1</translation>
    </message>
    <message>
        <source>Windows 10/11 PC</source>
        <translation>Windows 10/11 PC</translation>
    </message>
    <message>
        <source>PC managed by the Intune client software</source>
        <translation>PC managed by the Intune client software</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Exchange ActiveSync only</source>
        <translation>Exchange ActiveSync only</translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation>iOS/iPadOS</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Exchange ActiveSync</source>
        <translation>Exchange ActiveSync</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>“%1” is not a valid address.</translation>
    </message>
    <message>
        <source>Plain http is allowed only to this computer (loopback); use https for %1.</source>
        <translation>Plain http is allowed only to this computer (loopback); use https for %1.</translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation>Unsupported address scheme “%1”.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>Your session is no longer valid. Sign in again.</translation>
    </message>
    <message>
        <source>This device is no longer in Intune. Refresh the device list.</source>
        <translation>This device is no longer in Intune. Refresh the device list.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy. Try again in a few minutes.</source>
        <translation>Microsoft Graph is busy. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Intune refused the action: this device does not support it (%1).</source>
        <translation>Intune refused the action: this device does not support it (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1: %2</source>
        <translation>Microsoft Graph answered %1: %2</translation>
    </message>
    <message>
        <source>Intune asks you to sign in again to confirm it is you, then to repeat the action.</source>
        <translation>Intune asks you to sign in again to confirm it is you, then to repeat the action.</translation>
    </message>
    <message>
        <source>The application is missing the permission %1. An administrator has to grant it (admin consent) in Entra ID.</source>
        <translation>The application is missing the permission %1. An administrator has to grant it (admin consent) in Entra ID.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. It needs an Intune role such as Help Desk Operator; ask an Intune administrator.</source>
        <translation>Your account is not allowed to do this. It needs an Intune role such as Help Desk Operator; ask an Intune administrator.</translation>
    </message>
    <message>
        <source>No complete answer from Microsoft Graph: %1</source>
        <translation>No complete answer from Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer Passdesk cannot read: %1</source>
        <translation>Microsoft Graph sent an answer Passdesk cannot read: %1</translation>
    </message>
</context>
<context>
    <name>GraphWords</name>
    <message>
        <source>Intune (MDM)</source>
        <translation>Intune (MDM)</translation>
    </message>
    <message>
        <source>Exchange ActiveSync</source>
        <translation>Exchange ActiveSync</translation>
    </message>
    <message>
        <source>Exchange ActiveSync and Intune</source>
        <translation>Exchange ActiveSync and Intune</translation>
    </message>
    <message>
        <source>Intune PC client software</source>
        <translation>Intune PC client software</translation>
    </message>
    <message>
        <source>Exchange ActiveSync and Intune PC client</source>
        <translation>Exchange ActiveSync and Intune PC client</translation>
    </message>
    <message>
        <source>Configuration Manager</source>
        <translation>Configuration Manager</translation>
    </message>
    <message>
        <source>Configuration Manager and Intune</source>
        <translation>Configuration Manager and Intune</translation>
    </message>
    <message>
        <source>Configuration Manager, Intune and Exchange ActiveSync</source>
        <translation>Configuration Manager, Intune and Exchange ActiveSync</translation>
    </message>
    <message>
        <source>Jamf</source>
        <translation>Jamf</translation>
    </message>
    <message>
        <source>Google device policy controller</source>
        <translation>Google device policy controller</translation>
    </message>
    <message>
        <source>Microsoft 365 (MDM)</source>
        <translation>Microsoft 365 (MDM)</translation>
    </message>
    <message>
        <source>Microsoft Defender for Endpoint</source>
        <translation>Microsoft Defender for Endpoint</translation>
    </message>
    <message>
        <source>Intune (Android Open Source Project)</source>
        <translation>Intune (Android Open Source Project)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Not compliant</translation>
    </message>
    <message>
        <source>Conflicting policies</source>
        <translation>Conflicting policies</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>In grace period</translation>
    </message>
    <message>
        <source>Managed by Configuration Manager</source>
        <translation>Managed by Configuration Manager</translation>
    </message>
    <message>
        <source>Enrolled by the user</source>
        <translation>Enrolled by the user</translation>
    </message>
    <message>
        <source>Device enrollment manager</source>
        <translation>Device enrollment manager</translation>
    </message>
    <message>
        <source>Apple automated enrollment, with user affinity</source>
        <translation>Apple automated enrollment, with user affinity</translation>
    </message>
    <message>
        <source>Apple automated enrollment, without user affinity</source>
        <translation>Apple automated enrollment, without user affinity</translation>
    </message>
    <message>
        <source>Apple User Enrollment</source>
        <translation>Apple User Enrollment</translation>
    </message>
    <message>
        <source>Apple User Enrollment with a service account</source>
        <translation>Apple User Enrollment with a service account</translation>
    </message>
    <message>
        <source>Windows, joined to Azure AD</source>
        <translation>Windows, joined to Azure AD</translation>
    </message>
    <message>
        <source>Windows, joined to Azure AD (device)</source>
        <translation>Windows, joined to Azure AD (device)</translation>
    </message>
    <message>
        <source>Windows bulk enrollment</source>
        <translation>Windows bulk enrollment</translation>
    </message>
    <message>
        <source>Windows automatic enrollment</source>
        <translation>Windows automatic enrollment</translation>
    </message>
    <message>
        <source>Windows bulk Azure AD join</source>
        <translation>Windows bulk Azure AD join</translation>
    </message>
    <message>
        <source>Windows co-management</source>
        <translation>Windows co-management</translation>
    </message>
    <message>
        <source>Azure virtual machine</source>
        <translation>Azure virtual machine</translation>
    </message>
    <message>
        <source>Android Enterprise dedicated device</source>
        <translation>Android Enterprise dedicated device</translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation>Android Enterprise fully managed</translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation>Android Enterprise corporate-owned work profile</translation>
    </message>
    <message>
        <source>Joined to Azure AD</source>
        <translation>Joined to Azure AD</translation>
    </message>
    <message>
        <source>Registered in Azure AD</source>
        <translation>Registered in Azure AD</translation>
    </message>
    <message>
        <source>Hybrid joined to Azure AD</source>
        <translation>Hybrid joined to Azure AD</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>this Passdesk</source>
        <translation>this Passdesk</translation>
    </message>
    <message>
        <source>the device&apos;s action results</source>
        <translation>the device&apos;s action results</translation>
    </message>
    <message>
        <source>Intune remote action audit</source>
        <translation>Intune remote action audit</translation>
    </message>
    <message>
        <source>Intune audit log</source>
        <translation>Intune audit log</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>LAPS password read</source>
        <translation>LAPS password read</translation>
    </message>
    <message>
        <source>BitLocker key read</source>
        <translation>BitLocker key read</translation>
    </message>
    <message>
        <source>FileVault key read</source>
        <translation>FileVault key read</translation>
    </message>
    <message>
        <source>Bypass code read</source>
        <translation>Bypass code read</translation>
    </message>
    <message>
        <source>Secret read (%1)</source>
        <translation>Secret read (%1)</translation>
    </message>
    <message>
        <source>this computer&apos;s reveal log</source>
        <translation>this computer&apos;s reveal log</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>Cannot reach the sign-in service: %1</source>
        <translation>Cannot reach the sign-in service: %1</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Your sign-in has expired or was revoked. Sign in again.</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Start again.</source>
        <translation>The code expired before it was entered. Start again.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>The sign-in was declined.</translation>
    </message>
    <message>
        <source>The application (client) ID of this profile is not accepted by the tenant. Check the profile.</source>
        <translation>The application (client) ID of this profile is not accepted by the tenant. Check the profile.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 (%2)</source>
        <translation>Sign-in failed: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionJob</name>
    <message>
        <source>This device is not in the loaded list. Refresh the device list.</source>
        <translation>This device is not in the loaded list. Refresh the device list.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Not sent again: this action is already running on the device.</source>
        <translation>Not sent again: this action is already running on the device.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Waiting for the device to check in</source>
        <translation>Waiting for the device to check in</translation>
    </message>
    <message>
        <source>No answer yet. The device applies the action the next time it checks in; follow it in Device actions.</source>
        <translation>No answer yet. The device applies the action the next time it checks in; follow it in Device actions.</translation>
    </message>
    <message>
        <source>No longer followed; the device may still carry out the action.</source>
        <translation>No longer followed; the device may still carry out the action.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again</source>
        <translation>Waiting for you to sign in again</translation>
    </message>
    <message>
        <source>Not sent: the sign-in to confirm it is you did not succeed. %1</source>
        <translation>Not sent: the sign-in to confirm it is you did not succeed. %1</translation>
    </message>
    <message>
        <source>Reading the device from Intune</source>
        <translation>Reading the device from Intune</translation>
    </message>
    <message>
        <source>Not sent: “%1” is not a device id.</source>
        <translation>Not sent: “%1” is not a device id.</translation>
    </message>
    <message>
        <source>Not sent: Microsoft Graph answered with another device than the one you chose.</source>
        <translation>Not sent: Microsoft Graph answered with another device than the one you chose.</translation>
    </message>
    <message>
        <source>Not sent: the same action is still pending on the device.</source>
        <translation>Not sent: the same action is still pending on the device.</translation>
    </message>
    <message>
        <source>Not sent: the same action, sent %1, is still pending on the device.</source>
        <translation>Not sent: the same action, sent %1, is still pending on the device.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request left, but no clear answer came back (%1). Check Device actions before trying again.</source>
        <translation>Outcome unknown: the request left, but no clear answer came back (%1). Check Device actions before trying again.</translation>
    </message>
    <message>
        <source>Outcome unknown: canceled while the request was on its way. Check Device actions before trying again.</source>
        <translation>Outcome unknown: canceled while the request was on its way. Check Device actions before trying again.</translation>
    </message>
    <message>
        <source>Canceled before sending.</source>
        <translation>Canceled before sending.</translation>
    </message>
    <message>
        <source>Waiting for its turn: Intune accepts a limited number of actions at a time</source>
        <translation>Waiting for its turn: Intune accepts a limited number of actions at a time</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionListModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionsView</name>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>All devices</translation>
    </message>
    <message>
        <source>Show actions of</source>
        <translation>Show actions of</translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation>Device actions</translation>
    </message>
    <message>
        <source>Ask the device of the selected action to check in now, so that it picks up the action sooner.</source>
        <translation>Ask the device of the selected action to check in now, so that it picks up the action sooner.</translation>
    </message>
</context>
<context>
    <name>Passdesk::CommandRunner</name>
    <message>
        <source>passdesk-cli: %1</source>
        <translation>passdesk-cli: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation>User: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Platform: %1 %2 (%3)</source>
        <translation>Platform: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Serial number: %1  IMEI: %2</source>
        <translation>Serial number: %1  IMEI: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>supported</translation>
    </message>
    <message>
        <source>not supported. %1</source>
        <translation>not supported. %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Temporary passcode: %1</source>
        <translation>Temporary passcode: %1</translation>
    </message>
    <message>
        <source>Recovery PIN: %1</source>
        <translation>Recovery PIN: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Expires: %1 (%2)</translation>
    </message>
    <message>
        <source>No remote action on %1.</source>
        <translation>No remote action on %1.</translation>
    </message>
    <message>
        <source>No live temporary passcode for %1.</source>
        <translation>No live temporary passcode for %1.</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation>Passcode: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>not signed in to “%1”. %2 Run: passdesk-cli --profile &quot;%1&quot; login</source>
        <translation>not signed in to “%1”. %2 Run: passdesk-cli --profile &quot;%1&quot; login</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and sign in:</source>
        <translation>Open this address in a browser on this computer and sign in:</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2</source>
        <translation>On any device, open %1 and enter the code %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in… (Ctrl+C to cancel)</source>
        <translation>Waiting for you to sign in… (Ctrl+C to cancel)</translation>
    </message>
    <message>
        <source>Signed out of “%1”; the stored sign-in is removed.</source>
        <translation>Signed out of “%1”; the stored sign-in is removed.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s).</source>
        <translation>
            <numerusform>no answer within %n second.</numerusform>
            <numerusform>no answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passdesk-cli: warning: %n device record(s) could not be read and are not listed (%1).</source>
        <translation>
            <numerusform>passdesk-cli: warning: %n device record could not be read and is not listed (%1).</numerusform>
            <numerusform>passdesk-cli: warning: %n device records could not be read and are not listed (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” is not a device id.</translation>
    </message>
    <message>
        <source>A second one replaces the first (a new temporary passcode, if any). To send it anyway, add --force.</source>
        <translation>A second one replaces the first (a new temporary passcode, if any). To send it anyway, add --force.</translation>
    </message>
    <message>
        <source>Intune reports the reset done but returned no temporary passcode; check Device actions.</source>
        <translation>Intune reports the reset done but returned no temporary passcode; check Device actions.</translation>
    </message>
    <message>
        <source>Asking again does not make the device answer sooner. To send it anyway, add --force.</source>
        <translation>Asking again does not make the device answer sooner. To send it anyway, add --force.</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <translation>%1 (bulk)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 ago)</translation>
    </message>
    <message>
        <source>No remote action on this device in Intune&apos;s records.</source>
        <translation>No remote action on this device in Intune&apos;s records.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <source>Next rotation: %1</source>
        <translation>Next rotation: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older password(s) kept by Entra ID; --json lists them.</source>
        <translation>
            <numerusform>%n older password kept by Entra ID; --json lists them.</numerusform>
            <numerusform>%n older passwords kept by Entra ID; --json lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Recovery key: %1</translation>
    </message>
    <message>
        <source>FileVault recovery key: %1</source>
        <translation>FileVault recovery key: %1</translation>
    </message>
    <message>
        <source>Activation Lock bypass code: %1</source>
        <translation>Activation Lock bypass code: %1</translation>
    </message>
    <message>
        <source>No live unlock PIN for %1: none was issued by a remote lock in the last 30 days, or it expired.</source>
        <translation>No live unlock PIN for %1: none was issued by a remote lock in the last 30 days, or it expired.</translation>
    </message>
    <message>
        <source>this needs the permission %1, which has not been given to Passdesk yet. Give it once with: passdesk-cli --profile &quot;%2&quot; login --browser --consent %1 (your tenant&apos;s administrator may have to approve it)</source>
        <translation>this needs the permission %1, which has not been given to Passdesk yet. Give it once with: passdesk-cli --profile &quot;%2&quot; login --browser --consent %1 (your tenant&apos;s administrator may have to approve it)</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceBrowser</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, user, serial number, IMEI (Ctrl+F)</source>
        <translation>Search name, user, serial number, IMEI (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Search devices</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Management channel</source>
        <translation>Management channel</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceFetchJob</name>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” is not a device id.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with another device</source>
        <translation>Microsoft Graph answered with another device</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceIndex</name>
    <message>
        <source>The system keychain is not available: the device list is kept in memory only, and is read again from Intune at the next start.</source>
        <translation>The system keychain is not available: the device list is kept in memory only, and is read again from Intune at the next start.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceListJob</name>
    <message>
        <source>a record that is not an object</source>
        <translation>a record that is not an object</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>a page without its “value” list</source>
        <translation>a page without its “value” list</translation>
    </message>
    <message>
        <source>a next-page link that is not text</source>
        <translation>a next-page link that is not text</translation>
    </message>
</context>
<context>
    <name>Passdesk::DevicePanel</name>
    <message>
        <source>More information</source>
        <translation>More information</translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation>
            <numerusform>%n device selected</numerusform>
            <numerusform>%n devices selected</numerusform>
        </translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>No device selected</translation>
    </message>
    <message>
        <source>Actions from the toolbar apply to every selected device that supports them.</source>
        <translation>Actions from the toolbar apply to every selected device that supports them.</translation>
    </message>
    <message>
        <source>Find the device in the list: search by name, user, serial number or IMEI.</source>
        <translation>Find the device in the list: search by name, user, serial number or IMEI.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>User principal name</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS version</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Recognized as</source>
        <translation>Recognized as</translation>
    </message>
    <message>
        <source>Management agent</source>
        <translation>Management agent</translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation>Enrollment type</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Azure AD join</source>
        <translation>Azure AD join</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation>Remote actions</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Supported</translation>
    </message>
    <message>
        <source>Not supported: %1</source>
        <translation>Not supported: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent %2 ago, waiting for the device to check in. It acts on it then.</source>
        <translation>%1: sent %2 ago, waiting for the device to check in. It acts on it then.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 is not available: %2</translation>
    </message>
    <message>
        <source>Ask the device to check in now, so that it picks up the waiting action sooner.</source>
        <translation>Ask the device to check in now, so that it picks up the waiting action sooner.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <translation>%1 (bulk)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 ago)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Reading the history from Intune…</source>
        <translation>Reading the history from Intune…</translation>
    </message>
    <message>
        <source>No remote action on this device in Intune&apos;s records.</source>
        <translation>No remote action on this device in Intune&apos;s records.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceTreeModel</name>
    <message>
        <source>No user</source>
        <translation>No user</translation>
    </message>
    <message>
        <source>Managed directly</source>
        <translation>Managed directly</translation>
    </message>
    <message>
        <source>Exchange ActiveSync</source>
        <translation>Exchange ActiveSync</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
</context>
<context>
    <name>Passdesk::DirectoryLoadJob</name>
    <message>
        <source>Microsoft Graph answered a range of enrollment dates with a device outside it</source>
        <translation>Microsoft Graph answered a range of enrollment dates with a device outside it</translation>
    </message>
    <message>
        <source>Microsoft Graph does not filter devices by enrollment date here</source>
        <translation>Microsoft Graph does not filter devices by enrollment date here</translation>
    </message>
</context>
<context>
    <name>Passdesk::GraphCall</name>
    <message>
        <source>Passdesk did not send a request outside Microsoft Graph (%1).</source>
        <translation>Passdesk did not send a request outside Microsoft Graph (%1).</translation>
    </message>
    <message>
        <source>The answer of Microsoft Graph is larger than %1 MB; Passdesk stopped reading it.</source>
        <translation>The answer of Microsoft Graph is larger than %1 MB; Passdesk stopped reading it.</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer</source>
        <translation>the connection closed before the answer</translation>
    </message>
    <message>
        <source>Microsoft Graph redirected the request (HTTP %1); Passdesk does not follow it.</source>
        <translation>Microsoft Graph redirected the request (HTTP %1); Passdesk does not follow it.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
</context>
<context>
    <name>Passdesk::HistoryJob</name>
    <message>
        <source>Intune audit log not shown: it needs the permission %1, which this sign-in does not have. An administrator can add it to the tenant profile&apos;s app registration.</source>
        <translation>Intune audit log not shown: it needs the permission %1, which this sign-in does not have. An administrator can add it to the tenant profile&apos;s app registration.</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” is not a device id.</translation>
    </message>
    <message>
        <source>The device&apos;s action results not shown: Microsoft Graph answered with another device.</source>
        <translation>The device&apos;s action results not shown: Microsoft Graph answered with another device.</translation>
    </message>
    <message>
        <source>The device&apos;s action results not shown: %1</source>
        <translation>The device&apos;s action results not shown: %1</translation>
    </message>
    <message>
        <source>Intune remote action audit not shown: %1</source>
        <translation>Intune remote action audit not shown: %1</translation>
    </message>
    <message>
        <source>a record that is not an object</source>
        <translation>a record that is not an object</translation>
    </message>
    <message>
        <source>Intune audit log not shown: %1</source>
        <translation>Intune audit log not shown: %1</translation>
    </message>
    <message>
        <source>Intune audit log not shown: your Intune role does not include Audit data: Read. Ask an Intune administrator for a role that has it; the rest of the history does not need it.</source>
        <translation>Intune audit log not shown: your Intune role does not include Audit data: Read. Ask an Intune administrator for a role that has it; the rest of the history does not need it.</translation>
    </message>
</context>
<context>
    <name>Passdesk::LapsPasswordJob</name>
    <message>
        <source>Reading LAPS passwords needs the permission %1, which this sign-in does not have.</source>
        <translation>Reading LAPS passwords needs the permission %1, which this sign-in does not have.</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” is not a device id.</translation>
    </message>
    <message>
        <source>a device that is not the one asked for</source>
        <translation>a device that is not the one asked for</translation>
    </message>
    <message>
        <source>This device has no Entra device id: Windows LAPS keeps passwords only for devices joined to Entra ID.</source>
        <translation>This device has no Entra device id: Windows LAPS keeps passwords only for devices joined to Entra ID.</translation>
    </message>
    <message>
        <source>Entra ID holds no LAPS password for this device yet.</source>
        <translation>Entra ID holds no LAPS password for this device yet.</translation>
    </message>
    <message>
        <source>Entra ID holds no LAPS password for this device: Windows LAPS is not turned on for it, or it has not backed one up yet.</source>
        <translation>Entra ID holds no LAPS password for this device: Windows LAPS is not turned on for it, or it has not backed one up yet.</translation>
    </message>
    <message>
        <source>Your Entra role may not read LAPS passwords (Helpdesk Administrator sees only when the password was backed up). Ask for Cloud Device Administrator, Intune Administrator, or a custom role with microsoft.directory/deviceLocalCredentials/password/read, and the permission %1.</source>
        <translation>Your Entra role may not read LAPS passwords (Helpdesk Administrator sees only when the password was backed up). Ask for Cloud Device Administrator, Intune Administrator, or a custom role with microsoft.directory/deviceLocalCredentials/password/read, and the permission %1.</translation>
    </message>
</context>
<context>
    <name>Passdesk::MainWindow</name>
    <message>
        <source>Passdesk — %1</source>
        <translation>Passdesk — %1</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Reload the device list (%1)</source>
        <translation>Reload the device list (%1)</translation>
    </message>
    <message>
        <source>&amp;Find device</source>
        <translation>&amp;Find device</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation>Device actions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Device</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation>Remote actions</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Loading devices…</translation>
    </message>
    <message>
        <source>Loading devices… %L1 so far</source>
        <translation>Loading devices… %L1 so far</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded · tenant %1 · last refresh %2</source>
        <translation>
            <numerusform>%n device loaded · tenant %1 · last refresh %2</numerusform>
            <numerusform>%n devices loaded · tenant %1 · last refresh %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation>Select a device first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s)</source>
        <translation>
            <numerusform>%1 on %n device</numerusform>
            <numerusform>%1 on %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Already running on the selected device; wait for its result.</source>
        <translation>Already running on the selected device; wait for its result.</translation>
    </message>
    <message>
        <source>None of the selected devices supports this action.</source>
        <translation>None of the selected devices supports this action.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the passcode of %1?</source>
        <translation>Remove the passcode of %1?</translation>
    </message>
    <message>
        <source>Reset the passcode of %1?</source>
        <translation>Reset the passcode of %1?</translation>
    </message>
    <message>
        <source>Once the passcode is reset, anyone with physical access to the device can reach most of the personal and company data on it. Do not go ahead if the device is not in the user&apos;s hands.</source>
        <translation>Once the passcode is reset, anyone with physical access to the device can reach most of the personal and company data on it. Do not go ahead if the device is not in the user&apos;s hands.</translation>
    </message>
    <message>
        <source>On iOS and iPadOS the passcode is removed and no temporary passcode is created.</source>
        <translation>On iOS and iPadOS the passcode is removed and no temporary passcode is created.</translation>
    </message>
    <message>
        <source>A temporary passcode is generated and shown here for seven days.</source>
        <translation>A temporary passcode is generated and shown here for seven days.</translation>
    </message>
    <message>
        <source>Lock %1 remotely?</source>
        <translation>Lock %1 remotely?</translation>
    </message>
    <message>
        <source>The device locks at once; the user unlocks it with their passcode.</source>
        <translation>The device locks at once; the user unlocks it with their passcode.</translation>
    </message>
    <message>
        <source>A Mac locks with a six-digit recovery PIN, shown here once the lock is done.</source>
        <translation>A Mac locks with a six-digit recovery PIN, shown here once the lock is done.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Signed out. Passcodes shown in this session were dropped.</source>
        <translation>Signed out. Passcodes shown in this session were dropped.</translation>
    </message>
    <message>
        <source>The demo tenant is not running.</source>
        <translation>The demo tenant is not running.</translation>
    </message>
    <message>
        <source>Cannot use the profile “%1”: %2</source>
        <translation>Cannot use the profile “%1”: %2</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Tenant profile</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Tenant profiles…</source>
        <translation>&amp;Tenant profiles…</translation>
    </message>
    <message numerus="yes">
        <source>%n device record(s) could not be read and are not listed (%1).</source>
        <translation>
            <numerusform>%n device record could not be read and is not listed (%1).</numerusform>
            <numerusform>%n device records could not be read and are not listed (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>A previous “%1” sent %2 is still pending on “%3”. Send another one?</source>
        <translation>A previous “%1” sent %2 is still pending on “%3”. Send another one?</translation>
    </message>
    <message>
        <source>The device has not picked up the previous reset yet. A second reset replaces it: any temporary passcode of the first one is no longer valid, and the user must use the new one.</source>
        <translation>The device has not picked up the previous reset yet. A second reset replaces it: any temporary passcode of the first one is no longer valid, and the user must use the new one.</translation>
    </message>
    <message>
        <source>The device has not picked up the previous lock yet; it locks when it next checks in. A second lock changes nothing for the user.</source>
        <translation>The device has not picked up the previous lock yet; it locks when it next checks in. A second lock changes nothing for the user.</translation>
    </message>
    <message>
        <source>Send another</source>
        <translation>Send another</translation>
    </message>
    <message>
        <source>Intune reports it done but returned no temporary passcode; check Device actions.</source>
        <translation>Intune reports it done but returned no temporary passcode; check Device actions.</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>serial number %1</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>already running</translation>
    </message>
    <message>
        <source>not in the loaded list</source>
        <translation>not in the loaded list</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected device(s) cannot take this action and will be skipped:</source>
        <translation>
            <numerusform>%n selected device cannot take this action and will be skipped:</numerusform>
            <numerusform>%n selected devices cannot take this action and will be skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the device again: %1</source>
        <translation>Could not read the device again: %1</translation>
    </message>
    <message>
        <source>“%1” read again from Intune.</source>
        <translation>“%1” read again from Intune.</translation>
    </message>
    <message>
        <source>Refresh this &amp;device</source>
        <translation>Refresh this &amp;device</translation>
    </message>
    <message>
        <source>On “%1” only the work profile passcode changes; the device&apos;s own screen lock stays as it is.</source>
        <translation>On “%1” only the work profile passcode changes; the device&apos;s own screen lock stays as it is.</translation>
    </message>
    <message>
        <source>The temporary passcode issued %1 for “%2” is still valid; a new reset replaces it and the user must use the new one.</source>
        <translation>The temporary passcode issued %1 for “%2” is still valid; a new reset replaces it and the user must use the new one.</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Device details</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Devices not sent yet stay as they are; those already sent go on.</source>
        <translation>Devices not sent yet stay as they are; those already sent go on.</translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1: %v of %m</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s): %2 complete, %3 not sent, %4 to check in Device actions.</source>
        <translation>
            <numerusform>%1 on %n device: %2 complete, %3 not sent, %4 to check in Device actions.</numerusform>
            <numerusform>%1 on %n devices: %2 complete, %3 not sent, %4 to check in Device actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>Device actions (%n new outcome(s))</source>
        <translation>
            <numerusform>Device actions (%n new outcome)</numerusform>
            <numerusform>Device actions (%n new outcomes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask %1 to check in with Intune now?</source>
        <translation>Ask %1 to check in with Intune now?</translation>
    </message>
    <message>
        <source>Sync asks the device to check in now instead of at its next scheduled check-in, and to pick up what is waiting for it, such as a passcode reset or a lock. It only asks: a device that is switched off, asleep or offline checks in when it is back, which may still take a while.</source>
        <translation>Sync asks the device to check in now instead of at its next scheduled check-in, and to pick up what is waiting for it, such as a passcode reset or a lock. It only asks: a device that is switched off, asleep or offline checks in when it is back, which may still take a while.</translation>
    </message>
    <message>
        <source>Waiting on “%1”: %2.</source>
        <translation>Waiting on “%1”: %2.</translation>
    </message>
    <message>
        <source>The device has not answered the previous sync yet. Asking again does not make it answer sooner.</source>
        <translation>The device has not answered the previous sync yet. Asking again does not make it answer sooner.</translation>
    </message>
    <message>
        <source>A “%1” was sent %2 ago and is still pending.</source>
        <translation>A “%1” was sent %2 ago and is still pending.</translation>
    </message>
    <message>
        <source>You sent a “%1” %2 ago; it is still pending.</source>
        <translation>You sent a “%1” %2 ago; it is still pending.</translation>
    </message>
    <message>
        <source>A “%1” was sent by %2 %3 ago and is still pending.</source>
        <translation>A “%1” was sent by %2 %3 ago and is still pending.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>This tenant is not onboarded to the Microsoft PIN reset service: Windows PIN reset is off. File &gt; Tenant readiness says how to fix it.</source>
        <translation>This tenant is not onboarded to the Microsoft PIN reset service: Windows PIN reset is off. File &gt; Tenant readiness says how to fix it.</translation>
    </message>
    <message>
        <source>Tenant &amp;readiness…</source>
        <translation>Tenant &amp;readiness…</translation>
    </message>
    <message>
        <source>“%1” was locked %2 with a recovery PIN that may not have been used yet. A Mac refuses a new lock until that PIN has unlocked it: the new lock will probably fail.</source>
        <translation>“%1” was locked %2 with a recovery PIN that may not have been used yet. A Mac refuses a new lock until that PIN has unlocked it: the new lock will probably fail.</translation>
    </message>
    <message>
        <source>Rotate the local administrator password of %1?</source>
        <translation>Rotate the local administrator password of %1?</translation>
    </message>
    <message>
        <source>The device sets a new password for its local administrator account at its next check-in and backs it up to Entra ID. The password read here stops working then: read the new one once the rotation is done.</source>
        <translation>The device sets a new password for its local administrator account at its next check-in and backs it up to Entra ID. The password read here stops working then: read the new one once the rotation is done.</translation>
    </message>
    <message>
        <source>Rotate the BitLocker recovery keys of %1?</source>
        <translation>Rotate the BitLocker recovery keys of %1?</translation>
    </message>
    <message>
        <source>The device makes new recovery keys for its volumes at its next check-in and backs them up to Entra ID. The key read here stops working then.</source>
        <translation>The device makes new recovery keys for its volumes at its next check-in and backs them up to Entra ID. The key read here stops working then.</translation>
    </message>
    <message>
        <source>Rotate the FileVault recovery key of %1?</source>
        <translation>Rotate the FileVault recovery key of %1?</translation>
    </message>
    <message>
        <source>The Mac makes a new personal recovery key at its next check-in and Intune escrows it. The key read here stops working then.</source>
        <translation>The Mac makes a new personal recovery key at its next check-in and Intune escrows it. The key read here stops working then.</translation>
    </message>
    <message>
        <source>The device has not picked up the previous rotation yet; it makes its new secret when it next checks in. A second request changes nothing for the user.</source>
        <translation>The device has not picked up the previous rotation yet; it makes its new secret when it next checks in. A second request changes nothing for the user.</translation>
    </message>
    <message>
        <source>Could not load the devices: %1 The list shown is from %2, with what came since.</source>
        <translation>Could not load the devices: %1 The list shown is from %2, with what came since.</translation>
    </message>
    <message numerus="yes">
        <source>Could not load the devices: %1 The list shown is incomplete (%Ln device(s)).</source>
        <translation>
            <numerusform>Could not load the devices: %1 The list shown is incomplete (%Ln device).</numerusform>
            <numerusform>Could not load the devices: %1 The list shown is incomplete (%Ln devices).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading canceled: the list shown is incomplete (%Ln device(s)).</source>
        <translation>
            <numerusform>Loading canceled: the list shown is incomplete (%Ln device).</numerusform>
            <numerusform>Loading canceled: the list shown is incomplete (%Ln devices).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading canceled: the list shown is from %1, with what came since.</source>
        <translation>Loading canceled: the list shown is from %1, with what came since.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) · tenant %1 · as of %2, saved on this computer</source>
        <translation>
            <numerusform>%n device · tenant %1 · as of %2, saved on this computer</numerusform>
            <numerusform>%n devices · tenant %1 · as of %2, saved on this computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing: %L1 of about %L2 devices read · list as of %3</source>
        <translation>Refreshing: %L1 of about %L2 devices read · list as of %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::PagedListJob</name>
    <message>
        <source>a page without its “value” list</source>
        <translation>a page without its “value” list</translation>
    </message>
    <message>
        <source>a next-page link that is not text</source>
        <translation>a next-page link that is not text</translation>
    </message>
    <message>
        <source>Microsoft Graph pointed the next page outside Graph; the list is incomplete and Passdesk did not follow it.</source>
        <translation>Microsoft Graph pointed the next page outside Graph; the list is incomplete and Passdesk did not follow it.</translation>
    </message>
    <message>
        <source>a next-page link that was already followed (a loop)</source>
        <translation>a next-page link that was already followed (a loop)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s); Passdesk stopped there.</source>
        <translation>
            <numerusform>more than %n page; Passdesk stopped there.</numerusform>
            <numerusform>more than %n pages; Passdesk stopped there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passdesk::PasscodeCard</name>
    <message numerus="yes">
        <source>Copied; clears in %n second(s)</source>
        <translation>
            <numerusform>Copied; clears in %n second</numerusform>
            <numerusform>Copied; clears in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery PIN</source>
        <translation>Recovery PIN</translation>
    </message>
    <message>
        <source>Temporary passcode</source>
        <translation>Temporary passcode</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <source>Show the passcode on screen; it hides again after a minute.</source>
        <translation>Show the passcode on screen; it hides again after a minute.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard; cleared after %n second(s).</source>
        <translation>
            <numerusform>Copy to the clipboard; cleared after %n second.</numerusform>
            <numerusform>Copy to the clipboard; cleared after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary passcode expired on %1 and is no longer available.</source>
        <translation>The temporary passcode expired on %1 and is no longer available.</translation>
    </message>
    <message>
        <source>Hidden passcode</source>
        <translation>Hidden passcode</translation>
    </message>
    <message>
        <source>Hidden. Choose Reveal when the user is ready to type it.</source>
        <translation>Hidden. Choose Reveal when the user is ready to type it.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProfileEditor</name>
    <message>
        <source>New tenant</source>
        <translation>New tenant</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Tenant profiles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>&amp;Application (client) ID:</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com or the tenant ID</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Read Intune&apos;s a&amp;udit log for device history
(DeviceManagementApps.Read.All)</source>
        <translation>Read Intune&apos;s a&amp;udit log for device history
(DeviceManagementApps.Read.All)</translation>
    </message>
    <message>
        <source>Shows who sent each remote action, from Intune&apos;s audit log. The app registration needs this delegated permission, and the operator an Intune role that may read audit data.</source>
        <translation>Shows who sent each remote action, from Intune&apos;s audit log. The app registration needs this delegated permission, and the operator an Intune role that may read audit data.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s read&amp;iness for Windows PIN reset
(Application.Read.All, DeviceManagementConfiguration.Read.All)</source>
        <translation>Check the tenant&apos;s read&amp;iness for Windows PIN reset
(Application.Read.All, DeviceManagementConfiguration.Read.All)</translation>
    </message>
    <message>
        <source>Lets File &gt; Tenant readiness read the PIN reset service&apos;s enterprise applications and the EnablePinRecovery policy. Without it those checks say they cannot tell.</source>
        <translation>Lets File &gt; Tenant readiness read the PIN reset service&apos;s enterprise applications and the EnablePinRecovery policy. Without it those checks say they cannot tell.</translation>
    </message>
    <message>
        <source>Your organization registers Passdesk once in Entra ID (App registrations) as a public client with the redirect URI http://localhost and the delegated permissions DeviceManagementManagedDevices.Read.All and DeviceManagementManagedDevices.PrivilegedOperations.All. Copy its application (client) ID here. Reading Windows LAPS passwords and BitLocker keys also needs DeviceLocalCredential.Read.All and BitlockerKey.Read.All (admin consent): Passdesk asks for them the first time an operator reveals one.</source>
        <translation>Your organization registers Passdesk once in Entra ID (App registrations) as a public client with the redirect URI http://localhost and the delegated permissions DeviceManagementManagedDevices.Read.All and DeviceManagementManagedDevices.PrivilegedOperations.All. Copy its application (client) ID here. Reading Windows LAPS passwords and BitLocker keys also needs DeviceLocalCredential.Read.All and BitlockerKey.Read.All (admin consent): Passdesk asks for them the first time an operator reveals one.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReadinessDialog</name>
    <message>
        <source>Tenant readiness</source>
        <translation>Tenant readiness</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking what Microsoft Graph can tell about the tenant…</source>
        <translation>Checking what Microsoft Graph can tell about the tenant…</translation>
    </message>
    <message>
        <source>What Microsoft Graph can tell about tenant %1 before an action fails. Windows PIN reset needs the Microsoft PIN reset service (its two enterprise applications) and the EnablePinRecovery policy.</source>
        <translation>What Microsoft Graph can tell about tenant %1 before an action fails. Windows PIN reset needs the Microsoft PIN reset service (its two enterprise applications) and the EnablePinRecovery policy.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Cannot tell</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>To fix: %1</translation>
    </message>
    <message>
        <source>Consent page (tenant administrator)</source>
        <translation>Consent page (tenant administrator)</translation>
    </message>
    <message>
        <source>Microsoft documentation</source>
        <translation>Microsoft documentation</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReadinessJob</name>
    <message>
        <source>Microsoft Pin Reset Service Production</source>
        <translation>Microsoft Pin Reset Service Production</translation>
    </message>
    <message>
        <source>Microsoft Pin Reset Client Production</source>
        <translation>Microsoft Pin Reset Client Production</translation>
    </message>
    <message>
        <source>Enterprise application “%1”</source>
        <translation>Enterprise application “%1”</translation>
    </message>
    <message>
        <source>A global administrator opens the consent page, signs in and accepts; do it for both PIN reset applications (the service first, then the client).</source>
        <translation>A global administrator opens the consent page, signs in and accepts; do it for both PIN reset applications (the service first, then the client).</translation>
    </message>
    <message>
        <source>Cannot tell: reading enterprise applications needs the permission %1, which this sign-in does not have.</source>
        <translation>Cannot tell: reading enterprise applications needs the permission %1, which this sign-in does not have.</translation>
    </message>
    <message>
        <source>Cannot tell: %1</source>
        <translation>Cannot tell: %1</translation>
    </message>
    <message>
        <source>no “value” list</source>
        <translation>no “value” list</translation>
    </message>
    <message>
        <source>Consented: the application is in the tenant.</source>
        <translation>Consented: the application is in the tenant.</translation>
    </message>
    <message>
        <source>The application is in the tenant but disabled (sign-in not allowed).</source>
        <translation>The application is in the tenant but disabled (sign-in not allowed).</translation>
    </message>
    <message>
        <source>Enable it in Entra ID, Enterprise applications, Properties.</source>
        <translation>Enable it in Entra ID, Enterprise applications, Properties.</translation>
    </message>
    <message>
        <source>Not consented: the application is not in the tenant.</source>
        <translation>Not consented: the application is not in the tenant.</translation>
    </message>
    <message>
        <source>PIN recovery on Windows devices (EnablePinRecovery)</source>
        <translation>PIN recovery on Windows devices (EnablePinRecovery)</translation>
    </message>
    <message>
        <source>Assign a custom Windows 10 configuration that sets ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True.</source>
        <translation>Assign a custom Windows 10 configuration that sets ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True.</translation>
    </message>
    <message>
        <source>Cannot tell: reading device configurations needs the permission %1, which this sign-in does not have.</source>
        <translation>Cannot tell: reading device configurations needs the permission %1, which this sign-in does not have.</translation>
    </message>
    <message>
        <source>Set to True by the policy “%1”.</source>
        <translation>Set to True by the policy “%1”.</translation>
    </message>
    <message>
        <source>Set to False by the policy “%1”.</source>
        <translation>Set to False by the policy “%1”.</translation>
    </message>
    <message>
        <source>Cannot tell: no custom policy sets it. It may be set in the settings catalog, which Passdesk does not read.</source>
        <translation>Cannot tell: no custom policy sets it. It may be set in the settings catalog, which Passdesk does not read.</translation>
    </message>
    <message>
        <source>Permission for remote actions (reset, lock, sync)</source>
        <translation>Permission for remote actions (reset, lock, sync)</translation>
    </message>
    <message>
        <source>Permission to read devices</source>
        <translation>Permission to read devices</translation>
    </message>
    <message>
        <source>Permission to read Intune&apos;s audit log</source>
        <translation>Permission to read Intune&apos;s audit log</translation>
    </message>
    <message>
        <source>Cannot tell: the access token was given to Passdesk as it is, without its permissions. It needs %1.</source>
        <translation>Cannot tell: the access token was given to Passdesk as it is, without its permissions. It needs %1.</translation>
    </message>
    <message>
        <source>Granted: %1.</source>
        <translation>Granted: %1.</translation>
    </message>
    <message>
        <source>Not granted: %1.</source>
        <translation>Not granted: %1.</translation>
    </message>
    <message>
        <source>An administrator adds the delegated permission %1 to the app registration of this tenant profile and grants admin consent.</source>
        <translation>An administrator adds the delegated permission %1 to the app registration of this tenant profile and grants admin consent.</translation>
    </message>
    <message>
        <source>Your Intune role</source>
        <translation>Your Intune role</translation>
    </message>
    <message>
        <source>Cannot tell: Graph names the missing Intune permission only when it refuses an action. Reset, lock and sync need a role such as Help Desk Operator (Remote tasks); the audit log needs Audit data: Read.</source>
        <translation>Cannot tell: Graph names the missing Intune permission only when it refuses an action. Reset, lock and sync need a role such as Help Desk Operator (Remote tasks); the audit log needs Audit data: Read.</translation>
    </message>
</context>
<context>
    <name>Passdesk::RecoverySecretJob</name>
    <message>
        <source>operating system volume</source>
        <translation>operating system volume</translation>
    </message>
    <message>
        <source>fixed data volume</source>
        <translation>fixed data volume</translation>
    </message>
    <message>
        <source>removable data volume</source>
        <translation>removable data volume</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” is not a device id.</translation>
    </message>
    <message>
        <source>a device that is not the one asked for</source>
        <translation>a device that is not the one asked for</translation>
    </message>
    <message>
        <source>Activation Lock bypass codes exist only for iPhones and iPads.</source>
        <translation>Activation Lock bypass codes exist only for iPhones and iPads.</translation>
    </message>
    <message>
        <source>This device is not supervised: Intune keeps a bypass code only for supervised devices.</source>
        <translation>This device is not supervised: Intune keeps a bypass code only for supervised devices.</translation>
    </message>
    <message>
        <source>Intune holds no bypass code for this device. It is gone once the device has been wiped, and Activation Lock may not be on.</source>
        <translation>Intune holds no bypass code for this device. It is gone once the device has been wiped, and Activation Lock may not be on.</translation>
    </message>
    <message>
        <source>FileVault recovery keys exist only for Macs.</source>
        <translation>FileVault recovery keys exist only for Macs.</translation>
    </message>
    <message>
        <source>Intune escrows the FileVault recovery key of corporate-owned Macs only; this one is personal.</source>
        <translation>Intune escrows the FileVault recovery key of corporate-owned Macs only; this one is personal.</translation>
    </message>
    <message>
        <source>BitLocker recovery keys are kept in Entra ID for Windows devices joined to it; this device is not one.</source>
        <translation>BitLocker recovery keys are kept in Entra ID for Windows devices joined to it; this device is not one.</translation>
    </message>
    <message>
        <source>Reading BitLocker recovery keys needs the permission %1, which this sign-in does not have.</source>
        <translation>Reading BitLocker recovery keys needs the permission %1, which this sign-in does not have.</translation>
    </message>
    <message>
        <source>Intune holds no FileVault recovery key for this Mac.</source>
        <translation>Intune holds no FileVault recovery key for this Mac.</translation>
    </message>
    <message>
        <source>Intune holds no FileVault recovery key for this Mac: FileVault was not turned on by an Intune policy with key escrow, or the Mac has not sent its key yet.</source>
        <translation>Intune holds no FileVault recovery key for this Mac: FileVault was not turned on by an Intune policy with key escrow, or the Mac has not sent its key yet.</translation>
    </message>
    <message>
        <source>Your Entra role may not read BitLocker recovery keys. Cloud Device Administrator, Helpdesk Administrator, Intune Administrator and Security Administrator can, with the permission %1.</source>
        <translation>Your Entra role may not read BitLocker recovery keys. Cloud Device Administrator, Helpdesk Administrator, Intune Administrator and Security Administrator can, with the permission %1.</translation>
    </message>
    <message>
        <source>Entra ID holds no BitLocker recovery key for this device.</source>
        <translation>Entra ID holds no BitLocker recovery key for this device.</translation>
    </message>
    <message>
        <source>No recovery key of this device starts with “%1”. Its keys: %2.</source>
        <translation>No recovery key of this device starts with “%1”. Its keys: %2.</translation>
    </message>
    <message>
        <source>This device has several recovery keys: %1. Ask the user for the key ID shown on the recovery screen and give its first characters.</source>
        <translation>This device has several recovery keys: %1. Ask the user for the key ID shown on the recovery screen and give its first characters.</translation>
    </message>
    <message>
        <source>a recovery key that is not 48 digits</source>
        <translation>a recovery key that is not 48 digits</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretsBox</name>
    <message>
        <source>Recovery secrets</source>
        <translation>Recovery secrets</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy to the clipboard, hidden from clipboard history; cleared after 30 seconds.</source>
        <translation>Copy to the clipboard, hidden from clipboard history; cleared after 30 seconds.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Reveal…</translation>
    </message>
    <message>
        <source>Windows LAPS password (local administrator)</source>
        <translation>Windows LAPS password (local administrator)</translation>
    </message>
    <message>
        <source>Entra ID logs this read with your name.</source>
        <translation>Entra ID logs this read with your name.</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker recovery key</translation>
    </message>
    <message>
        <source>Entra ID logs this read with your name. Type the first characters of the key ID the user&apos;s recovery screen shows.</source>
        <translation>Entra ID logs this read with your name. Type the first characters of the key ID the user&apos;s recovery screen shows.</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault personal recovery key</translation>
    </message>
    <message>
        <source>Activation Lock bypass code</source>
        <translation>Activation Lock bypass code</translation>
    </message>
    <message>
        <source>Only supervised devices have one; it is gone after a wipe.</source>
        <translation>Only supervised devices have one; it is gone after a wipe.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>First characters of the key ID</source>
        <translation>First characters of the key ID</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Reveal %1</translation>
    </message>
    <message>
        <source>Reading from Microsoft Graph…</source>
        <translation>Reading from Microsoft Graph…</translation>
    </message>
    <message>
        <source>Account %1 · backed up %2 · next rotation %3</source>
        <translation>Account %1 · backed up %2 · next rotation %3</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>Key ID %1</translation>
    </message>
    <message>
        <source>Hidden again in a minute.</source>
        <translation>Hidden again in a minute.</translation>
    </message>
    <message>
        <source>%1 · hidden again in a minute.</source>
        <translation>%1 · hidden again in a minute.</translation>
    </message>
    <message>
        <source>Sign in to &amp;give the permission…</source>
        <translation>Sign in to &amp;give the permission…</translation>
    </message>
    <message>
        <source>Once the user is back in, ask the device for a new one: the secret read here then stops working.</source>
        <translation>Once the user is back in, ask the device for a new one: the secret read here then stops working.</translation>
    </message>
    <message>
        <source>Reading Windows LAPS passwords</source>
        <translation>Reading Windows LAPS passwords</translation>
    </message>
    <message>
        <source>Reading BitLocker recovery keys</source>
        <translation>Reading BitLocker recovery keys</translation>
    </message>
    <message>
        <source>%1 needs the permission %2, which has not been given to Passdesk yet. Sign in to give it; your tenant&apos;s administrator may have to approve it.</source>
        <translation>%1 needs the permission %2, which has not been given to Passdesk yet. Sign in to give it; your tenant&apos;s administrator may have to approve it.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>Waiting for the sign-in…</translation>
    </message>
</context>
<context>
    <name>Passdesk::SignInDialog</name>
    <message>
        <source>The code is valid for %1.</source>
        <translation>The code is valid for %1.</translation>
    </message>
    <message>
        <source>The code has expired. Choose “Use a code instead” for a new one.</source>
        <translation>The code has expired. Choose “Use a code instead” for a new one.</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code. Passdesk continues by itself once you are signed in.</source>
        <translation>Waiting for you to enter the code. Passdesk continues by itself once you are signed in.</translation>
    </message>
    <message>
        <source>Passdesk has opened your browser: sign in there with your work account. If the browser cannot come back to this computer, use a code instead.</source>
        <translation>Passdesk has opened your browser: sign in there with your work account. If the browser cannot come back to this computer, use a code instead.</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter this code:</source>
        <translation>On any device, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter this code:</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>Copy &amp;code</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copy &amp;link</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Open the browser again</translation>
    </message>
    <message>
        <source>&amp;Use a code instead</source>
        <translation>&amp;Use a code instead</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>alfa</source>
        <translation>alfa</translation>
    </message>
    <message>
        <source>bravo</source>
        <translation>bravo</translation>
    </message>
    <message>
        <source>charlie</source>
        <translation>charlie</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>echo</translation>
    </message>
    <message>
        <source>foxtrot</source>
        <translation>foxtrot</translation>
    </message>
    <message>
        <source>golf</source>
        <translation>golf</translation>
    </message>
    <message>
        <source>hotel</source>
        <translation>hotel</translation>
    </message>
    <message>
        <source>india</source>
        <translation>india</translation>
    </message>
    <message>
        <source>juliett</source>
        <translation>juliett</translation>
    </message>
    <message>
        <source>kilo</source>
        <translation>kilo</translation>
    </message>
    <message>
        <source>lima</source>
        <translation>lima</translation>
    </message>
    <message>
        <source>mike</source>
        <translation>mike</translation>
    </message>
    <message>
        <source>november</source>
        <translation>november</translation>
    </message>
    <message>
        <source>oscar</source>
        <translation>oscar</translation>
    </message>
    <message>
        <source>papa</source>
        <translation>papa</translation>
    </message>
    <message>
        <source>quebec</source>
        <translation>quebec</translation>
    </message>
    <message>
        <source>romeo</source>
        <translation>romeo</translation>
    </message>
    <message>
        <source>sierra</source>
        <translation>sierra</translation>
    </message>
    <message>
        <source>tango</source>
        <translation>tango</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniform</translation>
    </message>
    <message>
        <source>victor</source>
        <translation>victor</translation>
    </message>
    <message>
        <source>whiskey</source>
        <translation>whiskey</translation>
    </message>
    <message>
        <source>x-ray</source>
        <translation>x-ray</translation>
    </message>
    <message>
        <source>yankee</source>
        <translation>yankee</translation>
    </message>
    <message>
        <source>zulu</source>
        <translation>zulu</translation>
    </message>
    <message>
        <source>%1 (lower case)</source>
        <translation>%1 (lower case)</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>at sign</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>exclamation mark</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>question mark</translation>
    </message>
    <message>
        <source>dollar sign</source>
        <translation>dollar sign</translation>
    </message>
    <message>
        <source>percent sign</source>
        <translation>percent sign</translation>
    </message>
    <message>
        <source>ampersand</source>
        <translation>ampersand</translation>
    </message>
    <message>
        <source>asterisk</source>
        <translation>asterisk</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>plus sign</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>hyphen</translation>
    </message>
    <message>
        <source>underscore</source>
        <translation>underscore</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>equals sign</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>full stop</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>colon</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>slash</translation>
    </message>
    <message>
        <source>backslash</source>
        <translation>backslash</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <translation>opening parenthesis</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <translation>closing parenthesis</translation>
    </message>
    <message>
        <source>opening square bracket</source>
        <translation>opening square bracket</translation>
    </message>
    <message>
        <source>closing square bracket</source>
        <translation>closing square bracket</translation>
    </message>
    <message>
        <source>opening brace</source>
        <translation>opening brace</translation>
    </message>
    <message>
        <source>closing brace</source>
        <translation>closing brace</translation>
    </message>
    <message>
        <source>less-than sign</source>
        <translation>less-than sign</translation>
    </message>
    <message>
        <source>greater-than sign</source>
        <translation>greater-than sign</translation>
    </message>
    <message>
        <source>tilde</source>
        <translation>tilde</translation>
    </message>
    <message>
        <source>caret</source>
        <translation>caret</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>apostrophe</translation>
    </message>
    <message>
        <source>double quotation mark</source>
        <translation>double quotation mark</translation>
    </message>
    <message>
        <source>backtick</source>
        <translation>backtick</translation>
    </message>
    <message>
        <source>euro sign</source>
        <translation>euro sign</translation>
    </message>
    <message>
        <source>pound sign</source>
        <translation>pound sign</translation>
    </message>
    <message>
        <source>%1 (accented letter)</source>
        <translation>%1 (accented letter)</translation>
    </message>
</context>
<context>
    <name>SupportMatrix</name>
    <message>
        <source>Android 7.0 and later no longer let a device administrator reset the passcode. If the user cannot remember it, the device must be reset to factory settings.</source>
        <translation>Android 7.0 and later no longer let a device administrator reset the passcode. If the user cannot remember it, the device must be reset to factory settings.</translation>
    </message>
    <message>
        <source>Work profile passcodes can be reset from Android 7.0 onwards; this device runs an earlier version.</source>
        <translation>Work profile passcodes can be reset from Android 7.0 onwards; this device runs an earlier version.</translation>
    </message>
    <message>
        <source>Intune does not remote lock personally-owned work profile devices: the device belongs to the user.</source>
        <translation>Intune does not remote lock personally-owned work profile devices: the device belongs to the user.</translation>
    </message>
    <message>
        <source>Windows 10 Mobile needs the Creators Update (build 15063) or later for a passcode reset. Ask the user to update the device.</source>
        <translation>Windows 10 Mobile needs the Creators Update (build 15063) or later for a passcode reset. Ask the user to update the device.</translation>
    </message>
    <message>
        <source>The passcode of Windows 10 Mobile can be reset only on devices joined to Azure AD; this device is not.</source>
        <translation>The passcode of Windows 10 Mobile can be reset only on devices joined to Azure AD; this device is not.</translation>
    </message>
    <message>
        <source>Windows Phone 8.0 has no passcode reset; only Windows Phone 8.1 gets a temporary passcode.</source>
        <translation>Windows Phone 8.0 has no passcode reset; only Windows Phone 8.1 gets a temporary passcode.</translation>
    </message>
    <message>
        <source>Passcode reset is not supported on Windows RT 8.1 and Windows 8.1.</source>
        <translation>Passcode reset is not supported on Windows RT 8.1 and Windows 8.1.</translation>
    </message>
    <message>
        <source>Remote lock works on Windows RT 8.1 and Windows 8.1 only when the person signed in is the one who enrolled the device; someone else is signed in now.</source>
        <translation>Remote lock works on Windows RT 8.1 and Windows 8.1 only when the person signed in is the one who enrolled the device; someone else is signed in now.</translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on Windows PCs. The user can reset their Windows Hello PIN from the sign-in screen.</source>
        <translation>Intune does not reset passcodes on Windows PCs. The user can reset their Windows Hello PIN from the sign-in screen.</translation>
    </message>
    <message>
        <source>Intune no longer offers remote lock for Windows PCs.</source>
        <translation>Intune no longer offers remote lock for Windows PCs.</translation>
    </message>
    <message>
        <source>Remote lock and passcode reset are not supported on PCs managed with the Intune client software.</source>
        <translation>Remote lock and passcode reset are not supported on PCs managed with the Intune client software.</translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on macOS. Use remote lock with a recovery PIN instead.</source>
        <translation>Intune does not reset passcodes on macOS. Use remote lock with a recovery PIN instead.</translation>
    </message>
    <message>
        <source>This device is known only through Exchange ActiveSync and is not enrolled in Intune, so Intune cannot run remote actions on it.</source>
        <translation>This device is known only through Exchange ActiveSync and is not enrolled in Intune, so Intune cannot run remote actions on it.</translation>
    </message>
    <message>
        <source>Passdesk cannot tell which platform this device runs, so it offers no remote action.</source>
        <translation>Passdesk cannot tell which platform this device runs, so it offers no remote action.</translation>
    </message>
    <message>
        <source>The passcode has been removed; no temporary passcode is created. If a passcode policy applies, the device asks the user to set a new passcode in Settings. If the user unlocks with Touch ID, they must set it up again.</source>
        <translation>The passcode has been removed; no temporary passcode is created. If a passcode policy applies, the device asks the user to set a new passcode in Settings. If the user unlocks with Touch ID, they must set it up again.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the device with it, then change it in Settings.</source>
        <translation>Read the temporary passcode (letters and digits) to the user. They unlock the device with it, then change it in Settings.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the work profile with it, then change it in Settings.</source>
        <translation>Read the temporary passcode (letters and digits) to the user. They unlock the work profile with it, then change it in Settings.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user, then have them change it in Settings. Windows Hello face recognition keeps working.</source>
        <translation>Read the temporary passcode (letters and digits) to the user, then have them change it in Settings. Windows Hello face recognition keeps working.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (digits only) to the user, then have them change it in Settings.</source>
        <translation>Read the temporary passcode (digits only) to the user, then have them change it in Settings.</translation>
    </message>
    <message>
        <source>The device is locked. The user unlocks it with their usual passcode.</source>
        <translation>The device is locked. The user unlocks it with their usual passcode.</translation>
    </message>
    <message>
        <source>The Mac is locked. It opens only with the six-digit recovery PIN shown here: read it to the user only when they have the Mac in front of them.</source>
        <translation>The Mac is locked. It opens only with the six-digit recovery PIN shown here: read it to the user only when they have the Mac in front of them.</translation>
    </message>
    <message>
        <source>The user has probably never activated the passcode reset token. After enrollment Android shows a notification asking for the work profile passcode: ask the user to open it and enter the passcode, then try again.</source>
        <translation>The user has probably never activated the passcode reset token. After enrollment Android shows a notification asking for the work profile passcode: ask the user to open it and enter the passcode, then try again.</translation>
    </message>
    <message>
        <source>The device probably lacks PIN recovery: assign a custom policy setting ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True, and check that the Microsoft PIN Reset Service is connected to the tenant. Let the device sync, then try again.</source>
        <translation>The device probably lacks PIN recovery: assign a custom policy setting ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True, and check that the Microsoft PIN Reset Service is connected to the tenant. Let the device sync, then try again.</translation>
    </message>
    <message>
        <source>Check that a device configuration policy requires a passcode on this device: without one the reset fails.</source>
        <translation>Check that a device configuration policy requires a passcode on this device: without one the reset fails.</translation>
    </message>
    <message>
        <source>Intune may hold a wrong unlock token for this device. If the user still cannot get in, the device has to be wiped.</source>
        <translation>Intune may hold a wrong unlock token for this device. If the user still cannot get in, the device has to be wiped.</translation>
    </message>
    <message>
        <source>Remote lock works only when the person signed in on the device is the one who enrolled it.</source>
        <translation>Remote lock works only when the person signed in on the device is the one who enrolled it.</translation>
    </message>
    <message>
        <source>A previous lock&apos;s recovery PIN has probably not been used yet. Do not send remote lock again until the Mac has been unlocked with that PIN.</source>
        <translation>A previous lock&apos;s recovery PIN has probably not been used yet. Do not send remote lock again until the Mac has been unlocked with that PIN.</translation>
    </message>
    <message>
        <source>The device reported a failure. Check that it is switched on and connected, wait for it to check in, then try again.</source>
        <translation>The device reported a failure. Check that it is switched on and connected, wait for it to check in, then try again.</translation>
    </message>
    <message>
        <source>The device answered that it does not support this action.</source>
        <translation>The device answered that it does not support this action.</translation>
    </message>
    <message>
        <source>Remote lock</source>
        <translation>Remote lock</translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation>Remove passcode</translation>
    </message>
    <message>
        <source>Reset passcode</source>
        <translation>Reset passcode</translation>
    </message>
    <message>
        <source>Intune offers Sync for Android, iOS/iPadOS, macOS and Windows 10 or later; this device checks in on its own schedule.</source>
        <translation>Intune offers Sync for Android, iOS/iPadOS, macOS and Windows 10 or later; this device checks in on its own schedule.</translation>
    </message>
    <message>
        <source>The device has checked in and received what was waiting for it, remote actions included.</source>
        <translation>The device has checked in and received what was waiting for it, remote actions included.</translation>
    </message>
    <message>
        <source>The device did not check in. It may be switched off, asleep or offline; what is pending stays pending until its next check-in.</source>
        <translation>The device did not check in. It may be switched off, asleep or offline; what is pending stays pending until its next check-in.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>The tenant is not onboarded to the Microsoft PIN reset service: its two enterprise applications, Microsoft Pin Reset Service Production and Microsoft Pin Reset Client Production, have not been consented, so Intune cannot reset the PIN of Windows devices. File &gt; Tenant readiness says how to fix it.</source>
        <translation>The tenant is not onboarded to the Microsoft PIN reset service: its two enterprise applications, Microsoft Pin Reset Service Production and Microsoft Pin Reset Client Production, have not been consented, so Intune cannot reset the PIN of Windows devices. File &gt; Tenant readiness says how to fix it.</translation>
    </message>
    <message>
        <source>Windows LAPS passwords and BitLocker recovery keys are kept in Entra ID for Windows 10 and later devices joined to it.</source>
        <translation>Windows LAPS passwords and BitLocker recovery keys are kept in Entra ID for Windows 10 and later devices joined to it.</translation>
    </message>
    <message>
        <source>This PC is managed by the Intune client software, not enrolled in Intune: its LAPS password and BitLocker keys are not in Entra ID.</source>
        <translation>This PC is managed by the Intune client software, not enrolled in Intune: its LAPS password and BitLocker keys are not in Entra ID.</translation>
    </message>
    <message>
        <source>Intune escrows the FileVault recovery key of corporate-owned Macs only; this Mac is personal.</source>
        <translation>Intune escrows the FileVault recovery key of corporate-owned Macs only; this Mac is personal.</translation>
    </message>
    <message>
        <source>This device is not supervised: Intune keeps an Activation Lock bypass code only for supervised iPhones and iPads.</source>
        <translation>This device is not supervised: Intune keeps an Activation Lock bypass code only for supervised iPhones and iPads.</translation>
    </message>
    <message>
        <source>This device has no such recovery secret in Intune or Entra ID to rotate.</source>
        <translation>This device has no such recovery secret in Intune or Entra ID to rotate.</translation>
    </message>
    <message>
        <source>The device has made its new secret and backed it up; the one read before no longer works. Reveal reads the new one.</source>
        <translation>The device has made its new secret and backed it up; the one read before no longer works. Reveal reads the new one.</translation>
    </message>
    <message>
        <source>The device rotates its password only under a Windows LAPS policy from Intune that backs the password up to Entra ID.</source>
        <translation>The device rotates its password only under a Windows LAPS policy from Intune that backs the password up to Entra ID.</translation>
    </message>
    <message>
        <source>Key rotation needs Windows 10 version 1909 or later and the BitLocker policy setting “Client-driven recovery password rotation” turned on; the recovery keys must already be backed up to Entra ID.</source>
        <translation>Key rotation needs Windows 10 version 1909 or later and the BitLocker policy setting “Client-driven recovery password rotation” turned on; the recovery keys must already be backed up to Entra ID.</translation>
    </message>
    <message>
        <source>The Mac makes a new key only under an Intune FileVault policy that escrows its personal recovery key.</source>
        <translation>The Mac makes a new key only under an Intune FileVault policy that escrows its personal recovery key.</translation>
    </message>
    <message>
        <source>Rotate LAPS password</source>
        <translation>Rotate LAPS password</translation>
    </message>
    <message>
        <source>Rotate BitLocker keys</source>
        <translation>Rotate BitLocker keys</translation>
    </message>
    <message>
        <source>Rotate FileVault key</source>
        <translation>Rotate FileVault key</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>The tenant is its ID (a GUID) or one of its domains, such as contoso.onmicrosoft.com.</source>
        <translation>The tenant is its ID (a GUID) or one of its domains, such as contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The application (client) ID is a GUID, shown on the app registration&apos;s Overview page in Entra ID.</source>
        <translation>The application (client) ID is a GUID, shown on the app registration&apos;s Overview page in Entra ID.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Use the embedded demo tenant.</source>
        <translation>Use the embedded demo tenant.</translation>
    </message>
    <message>
        <source>Microsoft Graph base URL, e.g. https://graph.microsoft.com/beta.</source>
        <translation>Microsoft Graph base URL, e.g. https://graph.microsoft.com/beta.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Confirm a remote action.</source>
        <translation>Confirm a remote action.</translation>
    </message>
    <message>
        <source>Filter devices.</source>
        <translation>Filter devices.</translation>
    </message>
    <message>
        <source>Demo tenant: how long devices take to check in.</source>
        <translation>Demo tenant: how long devices take to check in.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>What to do.</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>no command given; see --help.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>unknown command “%1”; see --help.</translation>
    </message>
    <message>
        <source>“%1” needs a device id.</source>
        <translation>“%1” needs a device id.</translation>
    </message>
    <message>
        <source>“%1” acts on a real device: add --yes to confirm.</source>
        <translation>“%1” acts on a real device: add --yes to confirm.</translation>
    </message>
    <message>
        <source>set PASSDESK_ACCESS_TOKEN to an access token for Microsoft Graph.</source>
        <translation>set PASSDESK_ACCESS_TOKEN to an access token for Microsoft Graph.</translation>
    </message>
    <message>
        <source>Tenant profile to use.</source>
        <translation>Tenant profile to use.</translation>
    </message>
    <message>
        <source>login: sign in through a browser instead of a code.</source>
        <translation>login: sign in through a browser instead of a code.</translation>
    </message>
    <message>
        <source>give one of --demo, --profile NAME or --graph-url URL.</source>
        <translation>give one of --demo, --profile NAME or --graph-url URL.</translation>
    </message>
    <message>
        <source>“%1” needs --profile or --demo.</source>
        <translation>“%1” needs --profile or --demo.</translation>
    </message>
    <message>
        <source>no profile named “%1”.</source>
        <translation>no profile named “%1”.</translation>
    </message>
    <message>
        <source>use --demo for the demo tenant.</source>
        <translation>use --demo for the demo tenant.</translation>
    </message>
    <message>
        <source>Seconds the whole command may take (default 900).</source>
        <translation>Seconds the whole command may take (default 900).</translation>
    </message>
    <message>
        <source>Seconds between checks (default 3, at least 1).</source>
        <translation>Seconds between checks (default 3, at least 1).</translation>
    </message>
    <message>
        <source>Send the action even if the same one is still pending on the device.</source>
        <translation>Send the action even if the same one is still pending on the device.</translation>
    </message>
    <message>
        <source>--poll takes 1 to 600 seconds.</source>
        <translation>--poll takes 1 to 600 seconds.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, at least 1.</source>
        <translation>--timeout takes a number of seconds, at least 1.</translation>
    </message>
    <message>
        <source>Scripting companion of Passdesk.

Commands:
  devices [--search S]        list managed devices
  device ID                   show one device and what it supports
  reset-passcode ID… --yes    reset (or on iOS remove) the passcode and wait for the result
  remote-lock ID… --yes       lock the device(s) and wait for the result
  sync ID… --yes              ask the device(s) to check in now and wait for it
  actions ID                  list the device&apos;s remote actions
  history ID                  who did what to the device, from Intune&apos;s audits
  passcode ID                 show the live temporary passcode, if any
  laps-password ID            read the Windows LAPS password (Entra ID logs the read)
  bitlocker-key ID            read a BitLocker recovery key (--key-id PREFIX; Entra ID logs it)
  filevault-key ID            read the FileVault recovery key of a corporate-owned Mac
  bypass-code ID              read the Activation Lock bypass code of a supervised iPhone/iPad
  unlock-pin ID               show the live recovery PIN of a locked Mac
  login [--browser]           sign in to the profile (device code, or the browser)
  logout                      sign out and forget the stored sign-in

Choose the tenant with --demo, --profile NAME (profiles are shared with the console),
or --graph-url URL with an access token in PASSDESK_ACCESS_TOKEN.</source>
        <translation>Scripting companion of Passdesk.

Commands:
  devices [--search S]        list managed devices
  device ID                   show one device and what it supports
  reset-passcode ID… --yes    reset (or on iOS remove) the passcode and wait for the result
  remote-lock ID… --yes       lock the device(s) and wait for the result
  sync ID… --yes              ask the device(s) to check in now and wait for it
  actions ID                  list the device&apos;s remote actions
  history ID                  who did what to the device, from Intune&apos;s audits
  passcode ID                 show the live temporary passcode, if any
  laps-password ID            read the Windows LAPS password (Entra ID logs the read)
  bitlocker-key ID            read a BitLocker recovery key (--key-id PREFIX; Entra ID logs it)
  filevault-key ID            read the FileVault recovery key of a corporate-owned Mac
  bypass-code ID              read the Activation Lock bypass code of a supervised iPhone/iPad
  unlock-pin ID               show the live recovery PIN of a locked Mac
  login [--browser]           sign in to the profile (device code, or the browser)
  logout                      sign out and forget the stored sign-in

Choose the tenant with --demo, --profile NAME (profiles are shared with the console),
or --graph-url URL with an access token in PASSDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>bitlocker-key: the first characters of the key ID on the recovery screen.</source>
        <translation>bitlocker-key: the first characters of the key ID on the recovery screen.</translation>
    </message>
    <message>
        <source>login: also ask for this Graph permission (comma-separated), such as DeviceLocalCredential.Read.All.</source>
        <translation>login: also ask for this Graph permission (comma-separated), such as DeviceLocalCredential.Read.All.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passdesk</source>
        <translation>Passdesk</translation>
    </message>
</context>
</TS>
