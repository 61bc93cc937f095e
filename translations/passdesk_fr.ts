<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionState</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Contoso (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not open a port on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Unrecognized device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPadOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android device administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise personally-owned work profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android (AOSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10 Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Phone 8.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Phone 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows RT 8.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 8.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10/11 PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC managed by the Intune client software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange ActiveSync only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange ActiveSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is allowed only to this computer (loopback); use https for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk</name>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n second(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionJob</name>
    <message>
        <source>This device is not in the loaded list. Refresh the device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again: this action is already running on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the device to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet. The device applies the action the next time it checks in; follow it in Device actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer followed; the device may still carry out the action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionListModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionsView</name>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::CommandRunner</name>
    <message>
        <source>passdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number: %1  IMEI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary passcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote action on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live temporary passcode for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceBrowser</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, user, serial number, IMEI (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::DevicePanel</name>
    <message>
        <source>More information</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from the toolbar apply to every selected device that supports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the device in the list: search by name, user, serial number or IMEI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceTreeModel</name>
    <message>
        <source>No user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange ActiveSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::GraphError</name>
    <message>
        <source>Cannot reach Microsoft Graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. It needs an Intune role such as Help Desk Operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is no longer in Intune. Refresh the device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph is busy. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune refused the action: this device does not support it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::MainWindow</name>
    <message>
        <source>Passdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the device list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading devices… %L1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded · tenant %1 · last refresh %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already running on the selected device; wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected devices supports this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the passcode of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the passcode of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the passcode is reset, anyone with physical access to the device can reach most of the personal and company data on it. Do not go ahead if the device is not in the user&apos;s hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On iOS and iPadOS the passcode is removed and no temporary passcode is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary passcode is generated and shown here for seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1 remotely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device locks at once; the user unlocks it with their passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mac locks with a six-digit recovery PIN, shown here once the lock is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected device(s) cannot take this action and will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passdesk::PasscodeCard</name>
    <message numerus="yes">
        <source>Copied; clears in %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passcode on screen; it hides again after a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard; cleared after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary passcode expired on %1 and is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Choose Reveal when the user is ready to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>alfa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bravo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charlie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foxtrot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>golf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>india</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juliett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>papa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>romeo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sierra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tango</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whiskey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yankee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lower case)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportMatrix</name>
    <message>
        <source>Android 7.0 and later no longer let a device administrator reset the passcode. If the user cannot remember it, the device must be reset to factory settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work profile passcodes can be reset from Android 7.0 onwards; this device runs an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune does not remote lock personally-owned work profile devices: the device belongs to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10 Mobile needs the Creators Update (build 15063) or later for a passcode reset. Ask the user to update the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode of Windows 10 Mobile can be reset only on devices joined to Azure AD; this device is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Phone 8.0 has no passcode reset; only Windows Phone 8.1 gets a temporary passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode reset is not supported on Windows RT 8.1 and Windows 8.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote lock works on Windows RT 8.1 and Windows 8.1 only when the person signed in is the one who enrolled the device; someone else is signed in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on Windows PCs. The user can reset their Windows Hello PIN from the sign-in screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune no longer offers remote lock for Windows PCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote lock and passcode reset are not supported on PCs managed with the Intune client software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on macOS. Use remote lock with a recovery PIN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is known only through Exchange ActiveSync and is not enrolled in Intune, so Intune cannot run remote actions on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passdesk cannot tell which platform this device runs, so it offers no remote action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode has been removed; no temporary passcode is created. If a passcode policy applies, the device asks the user to set a new passcode in Settings. If the user unlocks with Touch ID, they must set it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the device with it, then change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the work profile with it, then change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user, then have them change it in Settings. Windows Hello face recognition keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the temporary passcode (digits only) to the user, then have them change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is locked. The user unlocks it with their usual passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mac is locked. It opens only with the six-digit recovery PIN shown here: read it to the user only when they have the Mac in front of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has probably never activated the passcode reset token. After enrollment Android shows a notification asking for the work profile passcode: ask the user to open it and enter the passcode, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device probably lacks PIN recovery: assign a custom policy setting ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True, and check that the Microsoft PIN Reset Service is connected to the tenant. Let the device sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a device configuration policy requires a passcode on this device: without one the reset fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune may hold a wrong unlock token for this device. If the user still cannot get in, the device has to be wiped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote lock works only when the person signed in on the device is the one who enrolled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A previous lock&apos;s recovery PIN has probably not been used yet. Do not send remote lock again until the Mac has been unlocked with that PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device reported a failure. Check that it is switched on and connected, wait for it to check in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device answered that it does not support this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Scripting companion of Passdesk.

Commands:
  devices [--search S]        list managed devices
  device ID                   show one device and what it supports
  reset-passcode ID --yes     reset (or on iOS remove) the passcode and wait for the result
  remote-lock ID --yes        lock the device and wait for the result
  actions ID                  list the device&apos;s remote actions
  passcode ID                 show the live temporary passcode, if any

With --graph-url the access token is read from PASSDESK_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph base URL, e.g. https://graph.microsoft.com/beta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a remote action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the device (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between checks (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant: how long devices take to check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” acts on a real device: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --demo or --graph-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set PASSDESK_ACCESS_TOKEN to an access token for Microsoft Graph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
