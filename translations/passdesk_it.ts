<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActionPostJob</name>
    <message>
        <source>Not sent: “%1” is not a device id.</source>
        <translation>Non inviata: “%1” non è un ID dispositivo.</translation>
    </message>
</context>
<context>
    <name>ActionState</name>
    <message>
        <source>Not started</source>
        <translation>Non avviato</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportato</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviato</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Esito sconosciuto</translation>
    </message>
</context>
<context>
    <name>AuthCodeFlow</name>
    <message>
        <source>no local port is free for the sign-in redirect</source>
        <translation>nessuna porta locale è libera per il reindirizzamento dell’accesso</translation>
    </message>
    <message>
        <source>Signed in to Passdesk. You can close this page and return to Passdesk.</source>
        <translation>Accesso a Passdesk eseguito. È possibile chiudere questa pagina e tornare a Passdesk.</translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <source>Your previous sign-in is no longer valid.</source>
        <translation>L’accesso precedente non è più valido.</translation>
    </message>
    <message>
        <source>the sign-in page did not redirect back</source>
        <translation>la pagina di accesso non ha reindirizzato a Passdesk</translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>L’accesso è stato annullato.</translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Global</source>
        <translation>Globale</translation>
    </message>
    <message>
        <source>US Government L4</source>
        <translation>Governo degli Stati Uniti L4</translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation>Governo degli Stati Uniti L5 (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>Cina (21Vianet)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 left</source>
        <translation>ancora %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1). You stay signed in until Passdesk quits, then you will have to sign in again.</source>
        <translation>Il portachiavi di sistema non è disponibile (%1). L’accesso resta attivo fino alla chiusura di Passdesk, dopodiché sarà necessario accedere di nuovo.</translation>
    </message>
    <message>
        <source>The stored sign-in in the system keychain is incomplete; sign in again.</source>
        <translation>L’accesso memorizzato nel portachiavi di sistema è incompleto; accedere di nuovo.</translation>
    </message>
    <message>
        <source>The secret is too large for the system keychain.</source>
        <translation>Il segreto è troppo grande per il portachiavi di sistema.</translation>
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
        <translation>Il tenant demo non è riuscito ad aprire una porta su questo computer.</translation>
    </message>
</context>
<context>
    <name>DeviceJson</name>
    <message>
        <source>“%1” is not what Microsoft Graph defines</source>
        <translation>“%1” non corrisponde alla definizione di Microsoft Graph</translation>
    </message>
    <message>
        <source>the device has no usable id</source>
        <translation>il dispositivo non ha un ID utilizzabile</translation>
    </message>
    <message>
        <source>an action result without its name or state</source>
        <translation>un risultato di azione senza nome o stato</translation>
    </message>
    <message>
        <source>an action result that is not an object</source>
        <translation>un risultato di azione che non è un oggetto</translation>
    </message>
    <message>
        <source>an audit record without its action or time</source>
        <translation>un record di controllo senza azione o data</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Unrecognized device</source>
        <translation>Dispositivo non riconosciuto</translation>
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
        <translation>Amministratore di dispositivi Android</translation>
    </message>
    <message>
        <source>Android Enterprise personally-owned work profile</source>
        <translation>Android Enterprise, profilo di lavoro di proprietà personale</translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation>Android Enterprise, profilo di lavoro di proprietà aziendale</translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation>Android Enterprise, completamente gestito</translation>
    </message>
    <message>
        <source>Android Enterprise dedicated</source>
        <translation>Android Enterprise, dedicato</translation>
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
        <translation>PC Windows 10/11</translation>
    </message>
    <message>
        <source>PC managed by the Intune client software</source>
        <translation>PC gestito dal software client di Intune</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Exchange ActiveSync only</source>
        <translation>Solo Exchange ActiveSync</translation>
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
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>“%1” non è un indirizzo valido.</translation>
    </message>
    <message>
        <source>Plain http is allowed only to this computer (loopback); use https for %1.</source>
        <translation>L’http non cifrato è consentito solo verso questo computer (loopback); usare https per %1.</translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation>Schema di indirizzo “%1” non supportato.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>La sessione non è più valida. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>This device is no longer in Intune. Refresh the device list.</source>
        <translation>Il dispositivo non è più presente in Intune. Aggiornare l’elenco dei dispositivi.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy. Try again in a few minutes.</source>
        <translation>Microsoft Graph è occupato. Riprovare tra qualche minuto.</translation>
    </message>
    <message>
        <source>Intune refused the action: this device does not support it (%1).</source>
        <translation>Intune ha rifiutato l’azione: il dispositivo non la supporta (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1: %2</source>
        <translation>Microsoft Graph ha risposto %1: %2</translation>
    </message>
    <message>
        <source>Intune asks you to sign in again to confirm it is you, then to repeat the action.</source>
        <translation>Intune richiede di accedere di nuovo per confermare l’identità, quindi di ripetere l’azione.</translation>
    </message>
    <message>
        <source>The application is missing the permission %1. An administrator has to grant it (admin consent) in Entra ID.</source>
        <translation>All’applicazione manca l’autorizzazione %1. Un amministratore deve concederla (consenso amministratore) in Entra ID.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. It needs an Intune role such as Help Desk Operator; ask an Intune administrator.</source>
        <translation>L’account non è autorizzato a eseguire questa operazione. È necessario un ruolo di Intune come Help Desk Operator; rivolgersi a un amministratore di Intune.</translation>
    </message>
    <message>
        <source>No complete answer from Microsoft Graph: %1</source>
        <translation>Nessuna risposta completa da Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer Passdesk cannot read: %1</source>
        <translation>Microsoft Graph ha inviato una risposta che Passdesk non riesce a leggere: %1</translation>
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
        <translation>Exchange ActiveSync e Intune</translation>
    </message>
    <message>
        <source>Intune PC client software</source>
        <translation>Software client PC di Intune</translation>
    </message>
    <message>
        <source>Exchange ActiveSync and Intune PC client</source>
        <translation>Exchange ActiveSync e client PC di Intune</translation>
    </message>
    <message>
        <source>Configuration Manager</source>
        <translation>Configuration Manager</translation>
    </message>
    <message>
        <source>Configuration Manager and Intune</source>
        <translation>Configuration Manager e Intune</translation>
    </message>
    <message>
        <source>Configuration Manager, Intune and Exchange ActiveSync</source>
        <translation>Configuration Manager, Intune ed Exchange ActiveSync</translation>
    </message>
    <message>
        <source>Jamf</source>
        <translation>Jamf</translation>
    </message>
    <message>
        <source>Google device policy controller</source>
        <translation>Controller dei criteri del dispositivo Google</translation>
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
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Aziendale</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Conflicting policies</source>
        <translation>Criteri in conflitto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>Nel periodo di tolleranza</translation>
    </message>
    <message>
        <source>Managed by Configuration Manager</source>
        <translation>Gestito da Configuration Manager</translation>
    </message>
    <message>
        <source>Enrolled by the user</source>
        <translation>Registrato dall’utente</translation>
    </message>
    <message>
        <source>Device enrollment manager</source>
        <translation>Manager di registrazione dispositivi</translation>
    </message>
    <message>
        <source>Apple automated enrollment, with user affinity</source>
        <translation>Registrazione automatica Apple, con affinità utente</translation>
    </message>
    <message>
        <source>Apple automated enrollment, without user affinity</source>
        <translation>Registrazione automatica Apple, senza affinità utente</translation>
    </message>
    <message>
        <source>Apple User Enrollment</source>
        <translation>Registrazione utente Apple</translation>
    </message>
    <message>
        <source>Apple User Enrollment with a service account</source>
        <translation>Registrazione utente Apple con un account di servizio</translation>
    </message>
    <message>
        <source>Windows, joined to Azure AD</source>
        <translation>Windows, aggiunto ad Azure AD</translation>
    </message>
    <message>
        <source>Windows, joined to Azure AD (device)</source>
        <translation>Windows, aggiunto ad Azure AD (dispositivo)</translation>
    </message>
    <message>
        <source>Windows bulk enrollment</source>
        <translation>Registrazione in blocco Windows</translation>
    </message>
    <message>
        <source>Windows automatic enrollment</source>
        <translation>Registrazione automatica Windows</translation>
    </message>
    <message>
        <source>Windows bulk Azure AD join</source>
        <translation>Aggiunta in blocco ad Azure AD Windows</translation>
    </message>
    <message>
        <source>Windows co-management</source>
        <translation>Co-gestione Windows</translation>
    </message>
    <message>
        <source>Azure virtual machine</source>
        <translation>Macchina virtuale Azure</translation>
    </message>
    <message>
        <source>Android Enterprise dedicated device</source>
        <translation>Dispositivo dedicato Android Enterprise</translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation>Android Enterprise completamente gestito</translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation>Profilo di lavoro Android Enterprise di proprietà aziendale</translation>
    </message>
    <message>
        <source>Joined to Azure AD</source>
        <translation>Aggiunto ad Azure AD</translation>
    </message>
    <message>
        <source>Registered in Azure AD</source>
        <translation>Registrato in Azure AD</translation>
    </message>
    <message>
        <source>Hybrid joined to Azure AD</source>
        <translation>Aggiunto ad Azure AD ibrido</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>this Passdesk</source>
        <translation>questo Passdesk</translation>
    </message>
    <message>
        <source>the device&apos;s action results</source>
        <translation>i risultati delle azioni del dispositivo</translation>
    </message>
    <message>
        <source>Intune remote action audit</source>
        <translation>il controllo delle azioni remote di Intune</translation>
    </message>
    <message>
        <source>Intune audit log</source>
        <translation>il log di controllo di Intune</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>LAPS password read</source>
        <translation>Password LAPS letta</translation>
    </message>
    <message>
        <source>BitLocker key read</source>
        <translation>Chiave BitLocker letta</translation>
    </message>
    <message>
        <source>FileVault key read</source>
        <translation>Chiave FileVault letta</translation>
    </message>
    <message>
        <source>Bypass code read</source>
        <translation>Codice di bypass letto</translation>
    </message>
    <message>
        <source>Secret read (%1)</source>
        <translation>Segreto letto (%1)</translation>
    </message>
    <message>
        <source>this computer&apos;s reveal log</source>
        <translation>il log delle consultazioni di questo computer</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>Cannot reach the sign-in service: %1</source>
        <translation>Impossibile raggiungere il servizio di accesso: %1</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>L’accesso è scaduto o è stato revocato. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Start again.</source>
        <translation>Il codice è scaduto prima di essere immesso. Ricominciare.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>L’accesso è stato rifiutato.</translation>
    </message>
    <message>
        <source>The application (client) ID of this profile is not accepted by the tenant. Check the profile.</source>
        <translation>L’ID applicazione (client) di questo profilo non è accettato dal tenant. Verificare il profilo.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 (%2)</source>
        <translation>Accesso non riuscito: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionJob</name>
    <message>
        <source>This device is not in the loaded list. Refresh the device list.</source>
        <translation>Il dispositivo non è presente nell’elenco caricato. Aggiornare l’elenco dei dispositivi.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviata: %1</translation>
    </message>
    <message>
        <source>Not sent again: this action is already running on the device.</source>
        <translation>Non inviata di nuovo: questa azione è già in corso sul dispositivo.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Waiting for the device to check in</source>
        <translation>In attesa della sincronizzazione del dispositivo</translation>
    </message>
    <message>
        <source>No answer yet. The device applies the action the next time it checks in; follow it in Device actions.</source>
        <translation>Ancora nessuna risposta. Il dispositivo applicherà l’azione alla prossima sincronizzazione; seguirla in Azioni dispositivo.</translation>
    </message>
    <message>
        <source>No longer followed; the device may still carry out the action.</source>
        <translation>Non più monitorata; il dispositivo potrebbe comunque eseguire l’azione.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again</source>
        <translation>In attesa del nuovo accesso</translation>
    </message>
    <message>
        <source>Not sent: the sign-in to confirm it is you did not succeed. %1</source>
        <translation>Non inviata: l’accesso per confermare l’identità non è riuscito. %1</translation>
    </message>
    <message>
        <source>Reading the device from Intune</source>
        <translation>Lettura del dispositivo da Intune</translation>
    </message>
    <message>
        <source>Not sent: “%1” is not a device id.</source>
        <translation>Non inviata: “%1” non è un ID dispositivo.</translation>
    </message>
    <message>
        <source>Not sent: Microsoft Graph answered with another device than the one you chose.</source>
        <translation>Non inviata: Microsoft Graph ha risposto con un dispositivo diverso da quello scelto.</translation>
    </message>
    <message>
        <source>Not sent: the same action is still pending on the device.</source>
        <translation>Non inviata: la stessa azione è ancora in sospeso sul dispositivo.</translation>
    </message>
    <message>
        <source>Not sent: the same action, sent %1, is still pending on the device.</source>
        <translation>Non inviata: la stessa azione, inviata il %1, è ancora in sospeso sul dispositivo.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request left, but no clear answer came back (%1). Check Device actions before trying again.</source>
        <translation>Esito sconosciuto: la richiesta è partita, ma non è arrivata alcuna risposta chiara (%1). Verificare in Azioni dispositivo prima di riprovare.</translation>
    </message>
    <message>
        <source>Outcome unknown: canceled while the request was on its way. Check Device actions before trying again.</source>
        <translation>Esito sconosciuto: annullata quando la richiesta era già partita. Verificare in Azioni dispositivo prima di riprovare.</translation>
    </message>
    <message>
        <source>Canceled before sending.</source>
        <translation>Annullata prima dell’invio.</translation>
    </message>
    <message>
        <source>Waiting for its turn: Intune accepts a limited number of actions at a time</source>
        <translation>In attesa del proprio turno: Intune accetta un numero limitato di azioni alla volta</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionListModel</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionsView</name>
    <message>
        <source>This device</source>
        <translation>Questo dispositivo</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tutti i dispositivi</translation>
    </message>
    <message>
        <source>Show actions of</source>
        <translation>Mostra le azioni di</translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation>Azioni dispositivo</translation>
    </message>
    <message>
        <source>Ask the device of the selected action to check in now, so that it picks up the action sooner.</source>
        <translation>Chiede al dispositivo dell’azione selezionata di sincronizzarsi subito, così da ricevere l’azione prima.</translation>
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
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivi</numerusform>
        </translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>Nessun dispositivo con ID %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation>Utente: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Platform: %1 %2 (%3)</source>
        <translation>Piattaforma: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Serial number: %1  IMEI: %2</source>
        <translation>Numero di serie: %1  IMEI: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>supportato</translation>
    </message>
    <message>
        <source>not supported. %1</source>
        <translation>non supportato. %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 su %2: %3</translation>
    </message>
    <message>
        <source>Temporary passcode: %1</source>
        <translation>Passcode temporaneo: %1</translation>
    </message>
    <message>
        <source>Recovery PIN: %1</source>
        <translation>PIN di ripristino: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Scadenza: %1 (%2)</translation>
    </message>
    <message>
        <source>No remote action on %1.</source>
        <translation>Nessuna azione remota su %1.</translation>
    </message>
    <message>
        <source>No live temporary passcode for %1.</source>
        <translation>Nessun passcode temporaneo ancora valido per %1.</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation>Passcode: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Emissione: %1</translation>
    </message>
    <message>
        <source>not signed in to “%1”. %2 Run: passdesk-cli --profile &quot;%1&quot; login</source>
        <translation>accesso a “%1” non eseguito. %2 Eseguire: passdesk-cli --profile &quot;%1&quot; login</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Accesso eseguito come %1 (%2).</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and sign in:</source>
        <translation>Aprire questo indirizzo in un browser su questo computer ed eseguire l’accesso:</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2</source>
        <translation>Su qualsiasi dispositivo, aprire %1 e immettere il codice %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in… (Ctrl+C to cancel)</source>
        <translation>In attesa dell’accesso… (Ctrl+C per annullare)</translation>
    </message>
    <message>
        <source>Signed out of “%1”; the stored sign-in is removed.</source>
        <translation>Disconnessione da “%1” eseguita; l’accesso memorizzato è stato rimosso.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s).</source>
        <translation>
            <numerusform>nessuna risposta entro %n secondo.</numerusform>
            <numerusform>nessuna risposta entro %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passdesk-cli: warning: %n device record(s) could not be read and are not listed (%1).</source>
        <translation>
            <numerusform>passdesk-cli: avviso: non è stato possibile leggere %n record di dispositivo, che non compare nell’elenco (%1).</numerusform>
            <numerusform>passdesk-cli: avviso: non è stato possibile leggere %n record di dispositivi, che non compaiono nell’elenco (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” non è un ID dispositivo.</translation>
    </message>
    <message>
        <source>A second one replaces the first (a new temporary passcode, if any). To send it anyway, add --force.</source>
        <translation>Una seconda azione sostituisce la prima (con un nuovo passcode temporaneo, se previsto). Per inviarla comunque, aggiungere --force.</translation>
    </message>
    <message>
        <source>Intune reports the reset done but returned no temporary passcode; check Device actions.</source>
        <translation>Intune segnala la reimpostazione come completata ma non ha restituito alcun passcode temporaneo; verificare in Azioni dispositivo.</translation>
    </message>
    <message>
        <source>Asking again does not make the device answer sooner. To send it anyway, add --force.</source>
        <translation>Chiedere di nuovo non fa rispondere prima il dispositivo. Per inviarla comunque, aggiungere --force.</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <translation>%1 (in blocco)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 fa)</translation>
    </message>
    <message>
        <source>No remote action on this device in Intune&apos;s records.</source>
        <translation>Nessuna azione remota su questo dispositivo nei registri di Intune.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
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
        <translation>Backup eseguito: %1</translation>
    </message>
    <message>
        <source>Next rotation: %1</source>
        <translation>Prossima rotazione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older password(s) kept by Entra ID; --json lists them.</source>
        <translation>
            <numerusform>%n password precedente conservata da Entra ID; --json le elenca.</numerusform>
            <numerusform>%n password precedenti conservate da Entra ID; --json le elenca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>ID chiave: %1</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Chiave di ripristino: %1</translation>
    </message>
    <message>
        <source>FileVault recovery key: %1</source>
        <translation>Chiave di ripristino personale FileVault: %1</translation>
    </message>
    <message>
        <source>Activation Lock bypass code: %1</source>
        <translation>Codice di bypass del Blocco attivazione: %1</translation>
    </message>
    <message>
        <source>No live unlock PIN for %1: none was issued by a remote lock in the last 30 days, or it expired.</source>
        <translation>Nessun PIN di sblocco ancora valido per %1: nessun PIN è stato emesso da un blocco remoto negli ultimi 30 giorni, oppure è scaduto.</translation>
    </message>
    <message>
        <source>this needs the permission %1, which has not been given to Passdesk yet. Give it once with: passdesk-cli --profile &quot;%2&quot; login --browser --consent %1 (your tenant&apos;s administrator may have to approve it)</source>
        <translation>serve l’autorizzazione %1, non ancora concessa a Passdesk. Concederla una volta con: passdesk-cli --profile &quot;%2&quot; login --browser --consent %1 (potrebbe servire l’approvazione dell’amministratore del tenant)</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceBrowser</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, user, serial number, IMEI (Ctrl+F)</source>
        <translation>Cerca per nome, utente, numero di serie, IMEI (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Cerca dispositivi</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Ra&amp;ggruppa per:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Management channel</source>
        <translation>Canale di gestione</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Raggruppa per</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceFetchJob</name>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” non è un ID dispositivo.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with another device</source>
        <translation>Microsoft Graph ha risposto con un dispositivo diverso</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceIndex</name>
    <message>
        <source>The system keychain is not available: the device list is kept in memory only, and is read again from Intune at the next start.</source>
        <translation>Il portachiavi di sistema non è disponibile: l’elenco dei dispositivi resta solo in memoria e viene riletto da Intune al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceListJob</name>
    <message>
        <source>a record that is not an object</source>
        <translation>un record che non è un oggetto</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 al byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>la risposta non è un oggetto JSON</translation>
    </message>
    <message>
        <source>a page without its “value” list</source>
        <translation>una pagina senza il relativo elenco “value”</translation>
    </message>
    <message>
        <source>a next-page link that is not text</source>
        <translation>un collegamento alla pagina successiva che non è testo</translation>
    </message>
</context>
<context>
    <name>Passdesk::DevicePanel</name>
    <message>
        <source>More information</source>
        <translation>Altre informazioni</translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation>
            <numerusform>%n dispositivo selezionato</numerusform>
            <numerusform>%n dispositivi selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Nessun dispositivo selezionato</translation>
    </message>
    <message>
        <source>Actions from the toolbar apply to every selected device that supports them.</source>
        <translation>Le azioni della barra degli strumenti si applicano a ogni dispositivo selezionato che le supporta.</translation>
    </message>
    <message>
        <source>Find the device in the list: search by name, user, serial number or IMEI.</source>
        <translation>Trovare il dispositivo nell’elenco: cercare per nome, utente, numero di serie o IMEI.</translation>
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
        <translation>Identità</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome dispositivo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Nome dell’entità utente</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versione del sistema operativo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestione</translation>
    </message>
    <message>
        <source>Recognized as</source>
        <translation>Riconosciuto come</translation>
    </message>
    <message>
        <source>Management agent</source>
        <translation>Agente di gestione</translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation>Tipo di registrazione</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <source>Azure AD join</source>
        <translation>Aggiunta ad Azure AD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformità</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Crittografato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation>Azioni remote</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Supportato</translation>
    </message>
    <message>
        <source>Not supported: %1</source>
        <translation>Non supportato: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Perché?</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent %2 ago, waiting for the device to check in. It acts on it then.</source>
        <translation>%1: inviato %2 fa, in attesa che il dispositivo si sincronizzi. Lo eseguirà in quel momento.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 non è disponibile: %2</translation>
    </message>
    <message>
        <source>Ask the device to check in now, so that it picks up the waiting action sooner.</source>
        <translation>Chiede al dispositivo di sincronizzarsi subito, così da ricevere prima l’azione in attesa.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (questo account)</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <translation>%1 (in blocco)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 fa)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Reading the history from Intune…</source>
        <translation>Lettura della cronologia da Intune…</translation>
    </message>
    <message>
        <source>No remote action on this device in Intune&apos;s records.</source>
        <translation>Nessuna azione remota su questo dispositivo nei registri di Intune.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceTreeModel</name>
    <message>
        <source>No user</source>
        <translation>Nessun utente</translation>
    </message>
    <message>
        <source>Managed directly</source>
        <translation>Gestito direttamente</translation>
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
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
</context>
<context>
    <name>Passdesk::DirectoryLoadJob</name>
    <message>
        <source>Microsoft Graph answered a range of enrollment dates with a device outside it</source>
        <translation>Microsoft Graph ha risposto a un intervallo di date di registrazione con un dispositivo esterno all’intervallo</translation>
    </message>
    <message>
        <source>Microsoft Graph does not filter devices by enrollment date here</source>
        <translation>Microsoft Graph qui non filtra i dispositivi per data di registrazione</translation>
    </message>
</context>
<context>
    <name>Passdesk::GraphCall</name>
    <message>
        <source>Passdesk did not send a request outside Microsoft Graph (%1).</source>
        <translation>Passdesk non ha inviato una richiesta all’esterno di Microsoft Graph (%1).</translation>
    </message>
    <message>
        <source>The answer of Microsoft Graph is larger than %1 MB; Passdesk stopped reading it.</source>
        <translation>La risposta di Microsoft Graph supera %1 MB; Passdesk ne ha interrotto la lettura.</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>nessuna risposta completa entro %n secondo</numerusform>
            <numerusform>nessuna risposta completa entro %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer</source>
        <translation>la connessione si è chiusa prima della risposta</translation>
    </message>
    <message>
        <source>Microsoft Graph redirected the request (HTTP %1); Passdesk does not follow it.</source>
        <translation>Microsoft Graph ha reindirizzato la richiesta (HTTP %1); Passdesk non segue il reindirizzamento.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 al byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>la risposta non è un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>Passdesk::HistoryJob</name>
    <message>
        <source>Intune audit log not shown: it needs the permission %1, which this sign-in does not have. An administrator can add it to the tenant profile&apos;s app registration.</source>
        <translation>Log di controllo di Intune non visualizzato: richiede l’autorizzazione %1, di cui questo accesso non dispone. Un amministratore può aggiungerla alla registrazione app del profilo tenant.</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” non è un ID dispositivo.</translation>
    </message>
    <message>
        <source>The device&apos;s action results not shown: Microsoft Graph answered with another device.</source>
        <translation>Risultati delle azioni del dispositivo non visualizzati: Microsoft Graph ha risposto con un dispositivo diverso.</translation>
    </message>
    <message>
        <source>The device&apos;s action results not shown: %1</source>
        <translation>Risultati delle azioni del dispositivo non visualizzati: %1</translation>
    </message>
    <message>
        <source>Intune remote action audit not shown: %1</source>
        <translation>Controllo delle azioni remote di Intune non visualizzato: %1</translation>
    </message>
    <message>
        <source>a record that is not an object</source>
        <translation>un record che non è un oggetto</translation>
    </message>
    <message>
        <source>Intune audit log not shown: %1</source>
        <translation>Log di controllo di Intune non visualizzato: %1</translation>
    </message>
    <message>
        <source>Intune audit log not shown: your Intune role does not include Audit data: Read. Ask an Intune administrator for a role that has it; the rest of the history does not need it.</source>
        <translation>Log di controllo di Intune non visualizzato: il ruolo di Intune dell’account non include l’autorizzazione Dati di controllo: Lettura. Chiedere a un amministratore di Intune un ruolo che la includa; il resto della cronologia non ne ha bisogno.</translation>
    </message>
</context>
<context>
    <name>Passdesk::LapsPasswordJob</name>
    <message>
        <source>Reading LAPS passwords needs the permission %1, which this sign-in does not have.</source>
        <translation>La lettura delle password LAPS richiede l’autorizzazione %1, che questo accesso non ha.</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” non è un ID dispositivo.</translation>
    </message>
    <message>
        <source>a device that is not the one asked for</source>
        <translation>un dispositivo diverso da quello richiesto</translation>
    </message>
    <message>
        <source>This device has no Entra device id: Windows LAPS keeps passwords only for devices joined to Entra ID.</source>
        <translation>Questo dispositivo non ha un ID dispositivo Entra: Windows LAPS conserva le password solo per i dispositivi aggiunti a Entra ID.</translation>
    </message>
    <message>
        <source>Entra ID holds no LAPS password for this device yet.</source>
        <translation>Entra ID non ha ancora alcuna password LAPS per questo dispositivo.</translation>
    </message>
    <message>
        <source>Entra ID holds no LAPS password for this device: Windows LAPS is not turned on for it, or it has not backed one up yet.</source>
        <translation>Entra ID non ha alcuna password LAPS per questo dispositivo: Windows LAPS non è attivato o il dispositivo non ne ha ancora eseguito il backup.</translation>
    </message>
    <message>
        <source>Your Entra role may not read LAPS passwords (Helpdesk Administrator sees only when the password was backed up). Ask for Cloud Device Administrator, Intune Administrator, or a custom role with microsoft.directory/deviceLocalCredentials/password/read, and the permission %1.</source>
        <translation>Il ruolo Entra dell’account non consente di leggere le password LAPS (Helpdesk Administrator vede solo quando è stato eseguito il backup della password). Richiedere Cloud Device Administrator, Intune Administrator o un ruolo personalizzato con microsoft.directory/deviceLocalCredentials/password/read, e l’autorizzazione %1.</translation>
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
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Reload the device list (%1)</source>
        <translation>Ricarica l’elenco dei dispositivi (%1)</translation>
    </message>
    <message>
        <source>&amp;Find device</source>
        <translation>&amp;Trova dispositivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation>Azioni dispositivo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation>Azioni remote</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Caricamento dei dispositivi…</translation>
    </message>
    <message>
        <source>Loading devices… %L1 so far</source>
        <translation>Caricamento dei dispositivi… %L1 finora</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded · tenant %1 · last refresh %2</source>
        <translation>
            <numerusform>%n dispositivo caricato · tenant %1 · ultimo aggiornamento %2</numerusform>
            <numerusform>%n dispositivi caricati · tenant %1 · ultimo aggiornamento %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation>Selezionare prima un dispositivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s)</source>
        <translation>
            <numerusform>%1 su %n dispositivo</numerusform>
            <numerusform>%1 su %n dispositivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Already running on the selected device; wait for its result.</source>
        <translation>Già in corso sul dispositivo selezionato; attenderne il risultato.</translation>
    </message>
    <message>
        <source>None of the selected devices supports this action.</source>
        <translation>Nessuno dei dispositivi selezionati supporta questa azione.</translation>
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
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the passcode of %1?</source>
        <translation>Rimuovere il passcode di %1?</translation>
    </message>
    <message>
        <source>Reset the passcode of %1?</source>
        <translation>Reimpostare il passcode di %1?</translation>
    </message>
    <message>
        <source>Once the passcode is reset, anyone with physical access to the device can reach most of the personal and company data on it. Do not go ahead if the device is not in the user&apos;s hands.</source>
        <translation>Dopo la reimpostazione del passcode, chiunque abbia accesso fisico al dispositivo può accedere alla maggior parte dei dati personali e aziendali che contiene. Non procedere se il dispositivo non è nelle mani dell’utente.</translation>
    </message>
    <message>
        <source>On iOS and iPadOS the passcode is removed and no temporary passcode is created.</source>
        <translation>In iOS e iPadOS il passcode viene rimosso e non viene creato alcun passcode temporaneo.</translation>
    </message>
    <message>
        <source>A temporary passcode is generated and shown here for seven days.</source>
        <translation>Viene generato un passcode temporaneo, visualizzato qui per sette giorni.</translation>
    </message>
    <message>
        <source>Lock %1 remotely?</source>
        <translation>Bloccare %1 in remoto?</translation>
    </message>
    <message>
        <source>The device locks at once; the user unlocks it with their passcode.</source>
        <translation>Il dispositivo si blocca subito; l’utente lo sblocca con il proprio passcode.</translation>
    </message>
    <message>
        <source>A Mac locks with a six-digit recovery PIN, shown here once the lock is done.</source>
        <translation>Un Mac viene bloccato con un PIN di ripristino a sei cifre, visualizzato qui al termine del blocco.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 su %2: %3</translation>
    </message>
    <message>
        <source>Signed out. Passcodes shown in this session were dropped.</source>
        <translation>Disconnessione eseguita. I passcode visualizzati in questa sessione sono stati eliminati.</translation>
    </message>
    <message>
        <source>The demo tenant is not running.</source>
        <translation>Il tenant demo non è in esecuzione.</translation>
    </message>
    <message>
        <source>Cannot use the profile “%1”: %2</source>
        <translation>Impossibile usare il profilo “%1”: %2</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Portachiavi</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Accesso eseguito: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Profilo tenant</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Tenant profiles…</source>
        <translation>&amp;Profili tenant…</translation>
    </message>
    <message numerus="yes">
        <source>%n device record(s) could not be read and are not listed (%1).</source>
        <translation>
            <numerusform>Non è stato possibile leggere %n record di dispositivo, che non compare nell’elenco (%1).</numerusform>
            <numerusform>Non è stato possibile leggere %n record di dispositivi, che non compaiono nell’elenco (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>data sconosciuta</translation>
    </message>
    <message>
        <source>A previous “%1” sent %2 is still pending on “%3”. Send another one?</source>
        <translation>Un’azione “%1” inviata in precedenza (%2) è ancora in sospeso su “%3”. Inviarne un’altra?</translation>
    </message>
    <message>
        <source>The device has not picked up the previous reset yet. A second reset replaces it: any temporary passcode of the first one is no longer valid, and the user must use the new one.</source>
        <translation>Il dispositivo non ha ancora ricevuto la reimpostazione precedente. Una seconda reimpostazione la sostituisce: l’eventuale passcode temporaneo della prima non è più valido e l’utente deve usare quello nuovo.</translation>
    </message>
    <message>
        <source>The device has not picked up the previous lock yet; it locks when it next checks in. A second lock changes nothing for the user.</source>
        <translation>Il dispositivo non ha ancora ricevuto il blocco precedente; si bloccherà alla prossima sincronizzazione. Un secondo blocco non cambia nulla per l’utente.</translation>
    </message>
    <message>
        <source>Send another</source>
        <translation>Invia un’altra</translation>
    </message>
    <message>
        <source>Intune reports it done but returned no temporary passcode; check Device actions.</source>
        <translation>Intune segnala l’operazione come completata ma non ha restituito alcun passcode temporaneo; verificare in Azioni dispositivo.</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>numero di serie %1</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>già in corso</translation>
    </message>
    <message>
        <source>not in the loaded list</source>
        <translation>non presente nell’elenco caricato</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e %n altro</numerusform>
            <numerusform>…e altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected device(s) cannot take this action and will be skipped:</source>
        <translation>
            <numerusform>%n dispositivo selezionato non può ricevere questa azione e verrà saltato:</numerusform>
            <numerusform>%n dispositivi selezionati non possono ricevere questa azione e verranno saltati:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the device again: %1</source>
        <translation>Impossibile rileggere il dispositivo: %1</translation>
    </message>
    <message>
        <source>“%1” read again from Intune.</source>
        <translation>“%1” riletto da Intune.</translation>
    </message>
    <message>
        <source>Refresh this &amp;device</source>
        <translation>Aggiorna questo &amp;dispositivo</translation>
    </message>
    <message>
        <source>On “%1” only the work profile passcode changes; the device&apos;s own screen lock stays as it is.</source>
        <translation>Su “%1” cambia solo il passcode del profilo di lavoro; il blocco schermo del dispositivo resta invariato.</translation>
    </message>
    <message>
        <source>The temporary passcode issued %1 for “%2” is still valid; a new reset replaces it and the user must use the new one.</source>
        <translation>Il passcode temporaneo emesso il %1 per “%2” è ancora valido; una nuova reimpostazione lo sostituisce e l’utente deve usare quello nuovo.</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Dettagli del dispositivo</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Interrompi l’invio</translation>
    </message>
    <message>
        <source>Devices not sent yet stay as they are; those already sent go on.</source>
        <translation>I dispositivi non ancora inviati restano come sono; quelli già inviati proseguono.</translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1: %v di %m</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s): %2 complete, %3 not sent, %4 to check in Device actions.</source>
        <translation>
            <numerusform>%1 su %n dispositivo: %2 completati, %3 non inviati, %4 da verificare in Azioni dispositivo.</numerusform>
            <numerusform>%1 su %n dispositivi: %2 completati, %3 non inviati, %4 da verificare in Azioni dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message numerus="yes">
        <source>Device actions (%n new outcome(s))</source>
        <translation>
            <numerusform>Azioni dispositivo (%n nuovo esito)</numerusform>
            <numerusform>Azioni dispositivo (%n nuovi esiti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask %1 to check in with Intune now?</source>
        <translation>Chiedere a %1 di sincronizzarsi subito con Intune?</translation>
    </message>
    <message>
        <source>Sync asks the device to check in now instead of at its next scheduled check-in, and to pick up what is waiting for it, such as a passcode reset or a lock. It only asks: a device that is switched off, asleep or offline checks in when it is back, which may still take a while.</source>
        <translation>La sincronizzazione chiede al dispositivo di contattare Intune subito invece che alla prossima sincronizzazione pianificata, e di ricevere ciò che lo attende, ad esempio una reimpostazione del passcode o un blocco. È solo una richiesta: un dispositivo spento, in sospensione o offline si sincronizza quando torna disponibile, e può volerci ancora del tempo.</translation>
    </message>
    <message>
        <source>Waiting on “%1”: %2.</source>
        <translation>In attesa su “%1”: %2.</translation>
    </message>
    <message>
        <source>The device has not answered the previous sync yet. Asking again does not make it answer sooner.</source>
        <translation>Il dispositivo non ha ancora risposto alla sincronizzazione precedente. Chiedere di nuovo non lo fa rispondere prima.</translation>
    </message>
    <message>
        <source>A “%1” was sent %2 ago and is still pending.</source>
        <translation>Un’azione “%1” è stata inviata %2 fa ed è ancora in sospeso.</translation>
    </message>
    <message>
        <source>You sent a “%1” %2 ago; it is still pending.</source>
        <translation>Un’azione “%1” inviata da questo account %2 fa è ancora in sospeso.</translation>
    </message>
    <message>
        <source>A “%1” was sent by %2 %3 ago and is still pending.</source>
        <translation>Un’azione “%1” è stata inviata da %2 %3 fa ed è ancora in sospeso.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>This tenant is not onboarded to the Microsoft PIN reset service: Windows PIN reset is off. File &gt; Tenant readiness says how to fix it.</source>
        <translation>Il servizio di reimpostazione PIN Microsoft non è abilitato in questo tenant: la reimpostazione del PIN di Windows è disattivata. File &gt; Preparazione del tenant indica come risolvere il problema.</translation>
    </message>
    <message>
        <source>Tenant &amp;readiness…</source>
        <translation>P&amp;reparazione del tenant…</translation>
    </message>
    <message>
        <source>“%1” was locked %2 with a recovery PIN that may not have been used yet. A Mac refuses a new lock until that PIN has unlocked it: the new lock will probably fail.</source>
        <translation>“%1” è stato bloccato il %2 con un PIN di ripristino che potrebbe non essere ancora stato usato. Un Mac rifiuta un nuovo blocco finché quel PIN non lo ha sbloccato: il nuovo blocco probabilmente non riuscirà.</translation>
    </message>
    <message>
        <source>Rotate the local administrator password of %1?</source>
        <translation>Ruotare la password dell’amministratore locale di %1?</translation>
    </message>
    <message>
        <source>The device sets a new password for its local administrator account at its next check-in and backs it up to Entra ID. The password read here stops working then: read the new one once the rotation is done.</source>
        <translation>Alla prossima sincronizzazione il dispositivo imposta una nuova password per l’account di amministratore locale e ne esegue il backup in Entra ID. La password letta qui smette allora di funzionare: leggere quella nuova al termine della rotazione.</translation>
    </message>
    <message>
        <source>Rotate the BitLocker recovery keys of %1?</source>
        <translation>Ruotare le chiavi di ripristino BitLocker di %1?</translation>
    </message>
    <message>
        <source>The device makes new recovery keys for its volumes at its next check-in and backs them up to Entra ID. The key read here stops working then.</source>
        <translation>Alla prossima sincronizzazione il dispositivo crea nuove chiavi di ripristino per i suoi volumi e ne esegue il backup in Entra ID. La chiave letta qui smette allora di funzionare.</translation>
    </message>
    <message>
        <source>Rotate the FileVault recovery key of %1?</source>
        <translation>Ruotare la chiave di ripristino FileVault di %1?</translation>
    </message>
    <message>
        <source>The Mac makes a new personal recovery key at its next check-in and Intune escrows it. The key read here stops working then.</source>
        <translation>Alla prossima sincronizzazione il Mac crea una nuova chiave di ripristino personale, che Intune conserva. La chiave letta qui smette allora di funzionare.</translation>
    </message>
    <message>
        <source>The device has not picked up the previous rotation yet; it makes its new secret when it next checks in. A second request changes nothing for the user.</source>
        <translation>Il dispositivo non ha ancora ricevuto la rotazione precedente; creerà il nuovo segreto alla prossima sincronizzazione. Una seconda richiesta non cambia nulla per l’utente.</translation>
    </message>
    <message>
        <source>Could not load the devices: %1 The list shown is from %2, with what came since.</source>
        <translation>Impossibile caricare i dispositivi: %1 L’elenco mostrato risale alle %2, con quanto arrivato da allora.</translation>
    </message>
    <message numerus="yes">
        <source>Could not load the devices: %1 The list shown is incomplete (%Ln device(s)).</source>
        <translation>
            <numerusform>Impossibile caricare i dispositivi: %1 L’elenco mostrato è incompleto (%Ln dispositivo).</numerusform>
            <numerusform>Impossibile caricare i dispositivi: %1 L’elenco mostrato è incompleto (%Ln dispositivi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading canceled: the list shown is incomplete (%Ln device(s)).</source>
        <translation>
            <numerusform>Caricamento annullato: l’elenco mostrato è incompleto (%Ln dispositivo).</numerusform>
            <numerusform>Caricamento annullato: l’elenco mostrato è incompleto (%Ln dispositivi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading canceled: the list shown is from %1, with what came since.</source>
        <translation>Caricamento annullato: l’elenco mostrato è datato %1, con quanto arrivato da allora.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) · tenant %1 · as of %2, saved on this computer</source>
        <translation>
            <numerusform>%n dispositivo · tenant %1 · elenco salvato su questo computer, datato %2</numerusform>
            <numerusform>%n dispositivi · tenant %1 · elenco salvato su questo computer, datato %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing: %L1 of about %L2 devices read · list as of %3</source>
        <translation>Aggiornamento: letti %L1 di circa %L2 dispositivi · elenco datato %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::PagedListJob</name>
    <message>
        <source>a page without its “value” list</source>
        <translation>una pagina senza il relativo elenco “value”</translation>
    </message>
    <message>
        <source>a next-page link that is not text</source>
        <translation>un collegamento alla pagina successiva che non è testo</translation>
    </message>
    <message>
        <source>Microsoft Graph pointed the next page outside Graph; the list is incomplete and Passdesk did not follow it.</source>
        <translation>Microsoft Graph ha indicato una pagina successiva esterna a Graph; l’elenco è incompleto e Passdesk non ha seguito il collegamento.</translation>
    </message>
    <message>
        <source>a next-page link that was already followed (a loop)</source>
        <translation>un collegamento alla pagina successiva già seguito (un ciclo)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s); Passdesk stopped there.</source>
        <translation>
            <numerusform>più di %n pagina; Passdesk si è fermato lì.</numerusform>
            <numerusform>più di %n pagine; Passdesk si è fermato lì.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passdesk::PasscodeCard</name>
    <message numerus="yes">
        <source>Copied; clears in %n second(s)</source>
        <translation>
            <numerusform>Copiato; cancellato tra %n secondo</numerusform>
            <numerusform>Copiato; cancellato tra %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery PIN</source>
        <translation>PIN di ripristino</translation>
    </message>
    <message>
        <source>Temporary passcode</source>
        <translation>Passcode temporaneo</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Nascon&amp;di</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Show the passcode on screen; it hides again after a minute.</source>
        <translation>Mostra il passcode sullo schermo; viene nascosto di nuovo dopo un minuto.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard; cleared after %n second(s).</source>
        <translation>
            <numerusform>Copia negli Appunti; cancellato dopo %n secondo.</numerusform>
            <numerusform>Copia negli Appunti; cancellato dopo %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary passcode expired on %1 and is no longer available.</source>
        <translation>Il passcode temporaneo è scaduto il %1 e non è più disponibile.</translation>
    </message>
    <message>
        <source>Hidden passcode</source>
        <translation>Passcode nascosto</translation>
    </message>
    <message>
        <source>Hidden. Choose Reveal when the user is ready to type it.</source>
        <translation>Nascosto. Scegliere Mostra quando l’utente è pronto a digitarlo.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Scadenza: %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProfileEditor</name>
    <message>
        <source>New tenant</source>
        <translation>Nuovo tenant</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Profili tenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>ID &amp;applicazione (client):</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com o l’ID tenant</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Read Intune&apos;s a&amp;udit log for device history
(DeviceManagementApps.Read.All)</source>
        <translation>Leggi il log di &amp;controllo di Intune per la cronologia dei dispositivi
(DeviceManagementApps.Read.All)</translation>
    </message>
    <message>
        <source>Shows who sent each remote action, from Intune&apos;s audit log. The app registration needs this delegated permission, and the operator an Intune role that may read audit data.</source>
        <translation>Mostra chi ha inviato ogni azione remota, in base al log di controllo di Intune. La registrazione app richiede questa autorizzazione delegata, e l’operatore un ruolo di Intune che possa leggere i dati di controllo.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s read&amp;iness for Windows PIN reset
(Application.Read.All, DeviceManagementConfiguration.Read.All)</source>
        <translation>Verifica la &amp;preparazione del tenant per la reimpostazione del PIN di Windows
(Application.Read.All, DeviceManagementConfiguration.Read.All)</translation>
    </message>
    <message>
        <source>Lets File &gt; Tenant readiness read the PIN reset service&apos;s enterprise applications and the EnablePinRecovery policy. Without it those checks say they cannot tell.</source>
        <translation>Consente a File &gt; Preparazione del tenant di leggere le applicazioni aziendali del servizio di reimpostazione PIN e i criteri EnablePinRecovery. Senza questa autorizzazione, tali verifiche risultano “Non determinabile”.</translation>
    </message>
    <message>
        <source>Your organization registers Passdesk once in Entra ID (App registrations) as a public client with the redirect URI http://localhost and the delegated permissions DeviceManagementManagedDevices.Read.All and DeviceManagementManagedDevices.PrivilegedOperations.All. Copy its application (client) ID here. Reading Windows LAPS passwords and BitLocker keys also needs DeviceLocalCredential.Read.All and BitlockerKey.Read.All (admin consent): Passdesk asks for them the first time an operator reveals one.</source>
        <translation>L’organizzazione registra Passdesk una volta in Entra ID (Registrazioni app) come client pubblico, con l’URI di reindirizzamento http://localhost e le autorizzazioni delegate DeviceManagementManagedDevices.Read.All e DeviceManagementManagedDevices.PrivilegedOperations.All. Copiarne qui l’ID applicazione (client). La lettura delle password di Windows LAPS e delle chiavi BitLocker richiede anche DeviceLocalCredential.Read.All e BitlockerKey.Read.All (consenso amministratore): Passdesk le chiede la prima volta che un operatore ne mostra una.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReadinessDialog</name>
    <message>
        <source>Tenant readiness</source>
        <translation>Preparazione del tenant</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Verifica di nuovo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Checking what Microsoft Graph can tell about the tenant…</source>
        <translation>Verifica in corso delle informazioni che Microsoft Graph può fornire sul tenant…</translation>
    </message>
    <message>
        <source>What Microsoft Graph can tell about tenant %1 before an action fails. Windows PIN reset needs the Microsoft PIN reset service (its two enterprise applications) and the EnablePinRecovery policy.</source>
        <translation>Le informazioni che Microsoft Graph può fornire sul tenant %1 prima che un’azione fallisca. La reimpostazione del PIN di Windows richiede il servizio di reimpostazione PIN Microsoft (con le sue due applicazioni aziendali) e i criteri EnablePinRecovery.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non pronto</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Non determinabile</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>Per risolvere: %1</translation>
    </message>
    <message>
        <source>Consent page (tenant administrator)</source>
        <translation>Pagina di consenso (amministratore del tenant)</translation>
    </message>
    <message>
        <source>Microsoft documentation</source>
        <translation>Documentazione Microsoft</translation>
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
        <translation>Applicazione aziendale “%1”</translation>
    </message>
    <message>
        <source>A global administrator opens the consent page, signs in and accepts; do it for both PIN reset applications (the service first, then the client).</source>
        <translation>Un amministratore globale apre la pagina di consenso, accede e accetta; ripetere l’operazione per entrambe le applicazioni di reimpostazione PIN (prima il servizio, poi il client).</translation>
    </message>
    <message>
        <source>Cannot tell: reading enterprise applications needs the permission %1, which this sign-in does not have.</source>
        <translation>Non determinabile: la lettura delle applicazioni aziendali richiede l’autorizzazione %1, di cui questo accesso non dispone.</translation>
    </message>
    <message>
        <source>Cannot tell: %1</source>
        <translation>Non determinabile: %1</translation>
    </message>
    <message>
        <source>no “value” list</source>
        <translation>nessun elenco “value”</translation>
    </message>
    <message>
        <source>Consented: the application is in the tenant.</source>
        <translation>Consenso concesso: l’applicazione è presente nel tenant.</translation>
    </message>
    <message>
        <source>The application is in the tenant but disabled (sign-in not allowed).</source>
        <translation>L’applicazione è presente nel tenant ma è disabilitata (accesso non consentito).</translation>
    </message>
    <message>
        <source>Enable it in Entra ID, Enterprise applications, Properties.</source>
        <translation>Abilitarla in Entra ID, Applicazioni aziendali, Proprietà.</translation>
    </message>
    <message>
        <source>Not consented: the application is not in the tenant.</source>
        <translation>Consenso non concesso: l’applicazione non è presente nel tenant.</translation>
    </message>
    <message>
        <source>PIN recovery on Windows devices (EnablePinRecovery)</source>
        <translation>Ripristino del PIN nei dispositivi Windows (EnablePinRecovery)</translation>
    </message>
    <message>
        <source>Assign a custom Windows 10 configuration that sets ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True.</source>
        <translation>Assegnare una configurazione personalizzata di Windows 10 che imposti ./Device/Vendor/MSFT/PassportForWork/&lt;ID tenant&gt;/Policies/EnablePinRecovery su True.</translation>
    </message>
    <message>
        <source>Cannot tell: reading device configurations needs the permission %1, which this sign-in does not have.</source>
        <translation>Non determinabile: la lettura delle configurazioni dei dispositivi richiede l’autorizzazione %1, di cui questo accesso non dispone.</translation>
    </message>
    <message>
        <source>Set to True by the policy “%1”.</source>
        <translation>Impostato su True dai criteri “%1”.</translation>
    </message>
    <message>
        <source>Set to False by the policy “%1”.</source>
        <translation>Impostato su False dai criteri “%1”.</translation>
    </message>
    <message>
        <source>Cannot tell: no custom policy sets it. It may be set in the settings catalog, which Passdesk does not read.</source>
        <translation>Non determinabile: nessun criterio personalizzato lo imposta. Potrebbe essere impostato nel catalogo impostazioni, che Passdesk non legge.</translation>
    </message>
    <message>
        <source>Permission for remote actions (reset, lock, sync)</source>
        <translation>Autorizzazione per le azioni remote (reimpostazione, blocco, sincronizzazione)</translation>
    </message>
    <message>
        <source>Permission to read devices</source>
        <translation>Autorizzazione a leggere i dispositivi</translation>
    </message>
    <message>
        <source>Permission to read Intune&apos;s audit log</source>
        <translation>Autorizzazione a leggere il log di controllo di Intune</translation>
    </message>
    <message>
        <source>Cannot tell: the access token was given to Passdesk as it is, without its permissions. It needs %1.</source>
        <translation>Non determinabile: il token di accesso è stato fornito a Passdesk così com’è, senza le relative autorizzazioni. Richiede %1.</translation>
    </message>
    <message>
        <source>Granted: %1.</source>
        <translation>Concessa: %1.</translation>
    </message>
    <message>
        <source>Not granted: %1.</source>
        <translation>Non concessa: %1.</translation>
    </message>
    <message>
        <source>An administrator adds the delegated permission %1 to the app registration of this tenant profile and grants admin consent.</source>
        <translation>Un amministratore aggiunge l’autorizzazione delegata %1 alla registrazione app di questo profilo tenant e concede il consenso amministratore.</translation>
    </message>
    <message>
        <source>Your Intune role</source>
        <translation>Ruolo Intune dell’account</translation>
    </message>
    <message>
        <source>Cannot tell: Graph names the missing Intune permission only when it refuses an action. Reset, lock and sync need a role such as Help Desk Operator (Remote tasks); the audit log needs Audit data: Read.</source>
        <translation>Non determinabile: Graph indica l’autorizzazione Intune mancante solo quando rifiuta un’azione. Reimpostazione, blocco e sincronizzazione richiedono un ruolo come Help Desk Operator (Attività remote); il log di controllo richiede l’autorizzazione Dati di controllo: Lettura.</translation>
    </message>
</context>
<context>
    <name>Passdesk::RecoverySecretJob</name>
    <message>
        <source>operating system volume</source>
        <translation>volume del sistema operativo</translation>
    </message>
    <message>
        <source>fixed data volume</source>
        <translation>volume dati fisso</translation>
    </message>
    <message>
        <source>removable data volume</source>
        <translation>volume dati rimovibile</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>“%1” non è un ID dispositivo.</translation>
    </message>
    <message>
        <source>a device that is not the one asked for</source>
        <translation>un dispositivo diverso da quello richiesto</translation>
    </message>
    <message>
        <source>Activation Lock bypass codes exist only for iPhones and iPads.</source>
        <translation>I codici di bypass del Blocco attivazione esistono solo per iPhone e iPad.</translation>
    </message>
    <message>
        <source>This device is not supervised: Intune keeps a bypass code only for supervised devices.</source>
        <translation>Questo dispositivo è senza supervisione: Intune conserva un codice di bypass solo per i dispositivi con supervisione.</translation>
    </message>
    <message>
        <source>Intune holds no bypass code for this device. It is gone once the device has been wiped, and Activation Lock may not be on.</source>
        <translation>Intune non ha alcun codice di bypass per questo dispositivo. Il codice non è più disponibile dopo la cancellazione dei dati del dispositivo, e il Blocco attivazione potrebbe non essere attivo.</translation>
    </message>
    <message>
        <source>FileVault recovery keys exist only for Macs.</source>
        <translation>Le chiavi di ripristino personali FileVault esistono solo per i Mac.</translation>
    </message>
    <message>
        <source>Intune escrows the FileVault recovery key of corporate-owned Macs only; this one is personal.</source>
        <translation>Intune conserva la chiave di ripristino personale FileVault solo per i Mac di proprietà aziendale; questo Mac è di proprietà personale.</translation>
    </message>
    <message>
        <source>BitLocker recovery keys are kept in Entra ID for Windows devices joined to it; this device is not one.</source>
        <translation>Le chiavi di ripristino BitLocker sono conservate in Entra ID per i dispositivi Windows aggiunti a Entra ID; questo dispositivo non lo è.</translation>
    </message>
    <message>
        <source>Reading BitLocker recovery keys needs the permission %1, which this sign-in does not have.</source>
        <translation>La lettura delle chiavi di ripristino BitLocker richiede l’autorizzazione %1, di cui questo accesso non dispone.</translation>
    </message>
    <message>
        <source>Intune holds no FileVault recovery key for this Mac.</source>
        <translation>Intune non ha alcuna chiave di ripristino personale FileVault per questo Mac.</translation>
    </message>
    <message>
        <source>Intune holds no FileVault recovery key for this Mac: FileVault was not turned on by an Intune policy with key escrow, or the Mac has not sent its key yet.</source>
        <translation>Intune non ha alcuna chiave di ripristino personale FileVault per questo Mac: FileVault non è stato attivato da criteri di Intune con deposito della chiave, oppure il Mac non ha ancora inviato la chiave.</translation>
    </message>
    <message>
        <source>Your Entra role may not read BitLocker recovery keys. Cloud Device Administrator, Helpdesk Administrator, Intune Administrator and Security Administrator can, with the permission %1.</source>
        <translation>Il ruolo Entra dell’account non consente di leggere le chiavi di ripristino BitLocker. Cloud Device Administrator, Helpdesk Administrator, Intune Administrator e Security Administrator lo consentono, con l’autorizzazione %1.</translation>
    </message>
    <message>
        <source>Entra ID holds no BitLocker recovery key for this device.</source>
        <translation>Entra ID non ha alcuna chiave di ripristino BitLocker per questo dispositivo.</translation>
    </message>
    <message>
        <source>No recovery key of this device starts with “%1”. Its keys: %2.</source>
        <translation>Nessuna chiave di ripristino di questo dispositivo inizia con “%1”. Le sue chiavi: %2.</translation>
    </message>
    <message>
        <source>This device has several recovery keys: %1. Ask the user for the key ID shown on the recovery screen and give its first characters.</source>
        <translation>Questo dispositivo ha più chiavi di ripristino: %1. Chiedere all’utente l’ID chiave visualizzato nella schermata di ripristino e indicarne i primi caratteri.</translation>
    </message>
    <message>
        <source>a recovery key that is not 48 digits</source>
        <translation>una chiave di ripristino che non è composta da 48 cifre</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretsBox</name>
    <message>
        <source>Recovery secrets</source>
        <translation>Segreti di ripristino</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Nascon&amp;di</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pia</translation>
    </message>
    <message>
        <source>Copy to the clipboard, hidden from clipboard history; cleared after 30 seconds.</source>
        <translation>Copia negli Appunti, senza comparire nella cronologia degli Appunti; cancellato dopo 30 secondi.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Mostra…</translation>
    </message>
    <message>
        <source>Windows LAPS password (local administrator)</source>
        <translation>Password di Windows LAPS (amministratore locale)</translation>
    </message>
    <message>
        <source>Entra ID logs this read with your name.</source>
        <translation>Entra ID registra questa lettura con il nome dell’account.</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>Chiave di ripristino BitLocker</translation>
    </message>
    <message>
        <source>Entra ID logs this read with your name. Type the first characters of the key ID the user&apos;s recovery screen shows.</source>
        <translation>Entra ID registra questa lettura con il nome dell’account. Digitare i primi caratteri dell’ID chiave mostrato nella schermata di ripristino dell’utente.</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Chiave di ripristino personale FileVault</translation>
    </message>
    <message>
        <source>Activation Lock bypass code</source>
        <translation>Codice di bypass del Blocco attivazione</translation>
    </message>
    <message>
        <source>Only supervised devices have one; it is gone after a wipe.</source>
        <translation>Solo i dispositivi con supervisione ne hanno uno; scompare dopo una cancellazione dei dati.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID chiave</translation>
    </message>
    <message>
        <source>First characters of the key ID</source>
        <translation>Primi caratteri dell’ID chiave</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>Reading from Microsoft Graph…</source>
        <translation>Lettura da Microsoft Graph…</translation>
    </message>
    <message>
        <source>Account %1 · backed up %2 · next rotation %3</source>
        <translation>Account %1 · backup del %2 · prossima rotazione il %3</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>ID chiave %1</translation>
    </message>
    <message>
        <source>Hidden again in a minute.</source>
        <translation>Nascosto di nuovo tra un minuto.</translation>
    </message>
    <message>
        <source>%1 · hidden again in a minute.</source>
        <translation>%1 · nascosto di nuovo tra un minuto.</translation>
    </message>
    <message>
        <source>Sign in to &amp;give the permission…</source>
        <translation>Accedi per &amp;concedere l’autorizzazione…</translation>
    </message>
    <message>
        <source>Once the user is back in, ask the device for a new one: the secret read here then stops working.</source>
        <translation>Quando l’utente è di nuovo operativo, chiedere al dispositivo un nuovo segreto: quello letto qui smetterà di funzionare.</translation>
    </message>
    <message>
        <source>Reading Windows LAPS passwords</source>
        <translation>La lettura delle password di Windows LAPS</translation>
    </message>
    <message>
        <source>Reading BitLocker recovery keys</source>
        <translation>La lettura delle chiavi di ripristino BitLocker</translation>
    </message>
    <message>
        <source>%1 needs the permission %2, which has not been given to Passdesk yet. Sign in to give it; your tenant&apos;s administrator may have to approve it.</source>
        <translation>%1 richiede l’autorizzazione %2, non ancora concessa a Passdesk. Accedere per concederla; potrebbe servire l’approvazione dell’amministratore del tenant.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>In attesa dell’accesso…</translation>
    </message>
</context>
<context>
    <name>Passdesk::SignInDialog</name>
    <message>
        <source>The code is valid for %1.</source>
        <translation>Il codice è valido per %1.</translation>
    </message>
    <message>
        <source>The code has expired. Choose “Use a code instead” for a new one.</source>
        <translation>Il codice è scaduto. Scegliere “Usa un codice” per ottenerne uno nuovo.</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Accesso — %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Accesso a %1</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code. Passdesk continues by itself once you are signed in.</source>
        <translation>In attesa dell’immissione del codice. Passdesk proseguirà automaticamente dopo l’accesso.</translation>
    </message>
    <message>
        <source>Passdesk has opened your browser: sign in there with your work account. If the browser cannot come back to this computer, use a code instead.</source>
        <translation>Passdesk ha aperto il browser: accedere lì con l’account aziendale. Se il browser non riesce a tornare a questo computer, usare invece un codice.</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter this code:</source>
        <translation>Su qualsiasi dispositivo, aprire &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; e immettere questo codice:</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>&amp;Copia codice</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copia &amp;link</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Riapri il browser</translation>
    </message>
    <message>
        <source>&amp;Use a code instead</source>
        <translation>&amp;Usa un codice</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>alfa</source>
        <translation>ancona</translation>
    </message>
    <message>
        <source>bravo</source>
        <translation>bologna</translation>
    </message>
    <message>
        <source>charlie</source>
        <translation>como</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>domodossola</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>empoli</translation>
    </message>
    <message>
        <source>foxtrot</source>
        <translation>firenze</translation>
    </message>
    <message>
        <source>golf</source>
        <translation>genova</translation>
    </message>
    <message>
        <source>hotel</source>
        <translation>hotel</translation>
    </message>
    <message>
        <source>india</source>
        <translation>imola</translation>
    </message>
    <message>
        <source>juliett</source>
        <translation>jolly</translation>
    </message>
    <message>
        <source>kilo</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>lima</source>
        <translation>livorno</translation>
    </message>
    <message>
        <source>mike</source>
        <translation>milano</translation>
    </message>
    <message>
        <source>november</source>
        <translation>napoli</translation>
    </message>
    <message>
        <source>oscar</source>
        <translation>otranto</translation>
    </message>
    <message>
        <source>papa</source>
        <translation>padova</translation>
    </message>
    <message>
        <source>quebec</source>
        <translation>quarto</translation>
    </message>
    <message>
        <source>romeo</source>
        <translation>roma</translation>
    </message>
    <message>
        <source>sierra</source>
        <translation>savona</translation>
    </message>
    <message>
        <source>tango</source>
        <translation>torino</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>udine</translation>
    </message>
    <message>
        <source>victor</source>
        <translation>venezia</translation>
    </message>
    <message>
        <source>whiskey</source>
        <translation>washington</translation>
    </message>
    <message>
        <source>x-ray</source>
        <translation>xeres</translation>
    </message>
    <message>
        <source>yankee</source>
        <translation>yacht</translation>
    </message>
    <message>
        <source>zulu</source>
        <translation>zara</translation>
    </message>
    <message>
        <source>%1 (lower case)</source>
        <translation>%1 (minuscola)</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>chiocciola</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>cancelletto</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>punto esclamativo</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>punto interrogativo</translation>
    </message>
    <message>
        <source>dollar sign</source>
        <translation>dollaro</translation>
    </message>
    <message>
        <source>percent sign</source>
        <translation>percento</translation>
    </message>
    <message>
        <source>ampersand</source>
        <translation>e commerciale</translation>
    </message>
    <message>
        <source>asterisk</source>
        <translation>asterisco</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>più</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>trattino</translation>
    </message>
    <message>
        <source>underscore</source>
        <translation>trattino basso</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>uguale</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>due punti</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>barra</translation>
    </message>
    <message>
        <source>backslash</source>
        <translation>barra rovesciata</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <translation>parentesi tonda aperta</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <translation>parentesi tonda chiusa</translation>
    </message>
    <message>
        <source>opening square bracket</source>
        <translation>parentesi quadra aperta</translation>
    </message>
    <message>
        <source>closing square bracket</source>
        <translation>parentesi quadra chiusa</translation>
    </message>
    <message>
        <source>opening brace</source>
        <translation>parentesi graffa aperta</translation>
    </message>
    <message>
        <source>closing brace</source>
        <translation>parentesi graffa chiusa</translation>
    </message>
    <message>
        <source>less-than sign</source>
        <translation>minore di</translation>
    </message>
    <message>
        <source>greater-than sign</source>
        <translation>maggiore di</translation>
    </message>
    <message>
        <source>tilde</source>
        <translation>tilde</translation>
    </message>
    <message>
        <source>caret</source>
        <translation>accento circonflesso</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>apostrofo</translation>
    </message>
    <message>
        <source>double quotation mark</source>
        <translation>virgolette doppie</translation>
    </message>
    <message>
        <source>backtick</source>
        <translation>accento grave</translation>
    </message>
    <message>
        <source>euro sign</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>pound sign</source>
        <translation>sterlina</translation>
    </message>
    <message>
        <source>%1 (accented letter)</source>
        <translation>%1 (lettera accentata)</translation>
    </message>
</context>
<context>
    <name>SupportMatrix</name>
    <message>
        <source>Android 7.0 and later no longer let a device administrator reset the passcode. If the user cannot remember it, the device must be reset to factory settings.</source>
        <translation>Android 7.0 e versioni successive non consentono più a un amministratore di dispositivi di reimpostare il passcode. Se l’utente non lo ricorda, il dispositivo deve essere ripristinato alle impostazioni di fabbrica.</translation>
    </message>
    <message>
        <source>Work profile passcodes can be reset from Android 7.0 onwards; this device runs an earlier version.</source>
        <translation>Il passcode del profilo di lavoro può essere reimpostato solo a partire da Android 7.0; questo dispositivo esegue una versione precedente.</translation>
    </message>
    <message>
        <source>Intune does not remote lock personally-owned work profile devices: the device belongs to the user.</source>
        <translation>Intune non blocca in remoto i dispositivi con profilo di lavoro di proprietà personale: il dispositivo appartiene all’utente.</translation>
    </message>
    <message>
        <source>Windows 10 Mobile needs the Creators Update (build 15063) or later for a passcode reset. Ask the user to update the device.</source>
        <translation>Per reimpostare il passcode, Windows 10 Mobile richiede Creators Update (build 15063) o versioni successive. Chiedere all’utente di aggiornare il dispositivo.</translation>
    </message>
    <message>
        <source>The passcode of Windows 10 Mobile can be reset only on devices joined to Azure AD; this device is not.</source>
        <translation>Il passcode di Windows 10 Mobile può essere reimpostato solo nei dispositivi aggiunti ad Azure AD; questo dispositivo non lo è.</translation>
    </message>
    <message>
        <source>Windows Phone 8.0 has no passcode reset; only Windows Phone 8.1 gets a temporary passcode.</source>
        <translation>Windows Phone 8.0 non consente la reimpostazione del passcode; solo Windows Phone 8.1 riceve un passcode temporaneo.</translation>
    </message>
    <message>
        <source>Passcode reset is not supported on Windows RT 8.1 and Windows 8.1.</source>
        <translation>La reimpostazione del passcode non è supportata in Windows RT 8.1 e Windows 8.1.</translation>
    </message>
    <message>
        <source>Remote lock works on Windows RT 8.1 and Windows 8.1 only when the person signed in is the one who enrolled the device; someone else is signed in now.</source>
        <translation>In Windows RT 8.1 e Windows 8.1 il blocco remoto funziona solo se la persona che ha eseguito l’accesso è quella che ha registrato il dispositivo; in questo momento ha eseguito l’accesso un’altra persona.</translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on Windows PCs. The user can reset their Windows Hello PIN from the sign-in screen.</source>
        <translation>Intune non reimposta il passcode nei PC Windows. L’utente può reimpostare il PIN di Windows Hello dalla schermata di accesso.</translation>
    </message>
    <message>
        <source>Intune no longer offers remote lock for Windows PCs.</source>
        <translation>Intune non offre più il blocco remoto per i PC Windows.</translation>
    </message>
    <message>
        <source>Remote lock and passcode reset are not supported on PCs managed with the Intune client software.</source>
        <translation>Il blocco remoto e la reimpostazione del passcode non sono supportati nei PC gestiti con il software client di Intune.</translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on macOS. Use remote lock with a recovery PIN instead.</source>
        <translation>Intune non reimposta il passcode in macOS. Usare invece il blocco remoto con un PIN di ripristino.</translation>
    </message>
    <message>
        <source>This device is known only through Exchange ActiveSync and is not enrolled in Intune, so Intune cannot run remote actions on it.</source>
        <translation>Questo dispositivo è noto solo tramite Exchange ActiveSync e non è registrato in Intune, quindi Intune non può eseguire azioni remote su di esso.</translation>
    </message>
    <message>
        <source>Passdesk cannot tell which platform this device runs, so it offers no remote action.</source>
        <translation>Passdesk non riesce a determinare la piattaforma di questo dispositivo, quindi non offre azioni remote.</translation>
    </message>
    <message>
        <source>The passcode has been removed; no temporary passcode is created. If a passcode policy applies, the device asks the user to set a new passcode in Settings. If the user unlocks with Touch ID, they must set it up again.</source>
        <translation>Il passcode è stato rimosso; non viene creato alcun passcode temporaneo. Se si applicano criteri per il passcode, il dispositivo chiede all’utente di impostare un nuovo passcode in Impostazioni. Se l’utente sblocca il dispositivo con Touch ID, deve configurarlo di nuovo.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the device with it, then change it in Settings.</source>
        <translation>Leggere all’utente il passcode temporaneo (lettere e cifre). L’utente sblocca il dispositivo con questo passcode, quindi lo modifica in Impostazioni.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the work profile with it, then change it in Settings.</source>
        <translation>Leggere all’utente il passcode temporaneo (lettere e cifre). L’utente sblocca il profilo di lavoro con questo passcode, quindi lo modifica in Impostazioni.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user, then have them change it in Settings. Windows Hello face recognition keeps working.</source>
        <translation>Leggere all’utente il passcode temporaneo (lettere e cifre), quindi chiedergli di modificarlo in Impostazioni. Il riconoscimento facciale di Windows Hello continua a funzionare.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (digits only) to the user, then have them change it in Settings.</source>
        <translation>Leggere all’utente il passcode temporaneo (solo cifre), quindi chiedergli di modificarlo in Impostazioni.</translation>
    </message>
    <message>
        <source>The device is locked. The user unlocks it with their usual passcode.</source>
        <translation>Il dispositivo è bloccato. L’utente lo sblocca con il solito passcode.</translation>
    </message>
    <message>
        <source>The Mac is locked. It opens only with the six-digit recovery PIN shown here: read it to the user only when they have the Mac in front of them.</source>
        <translation>Il Mac è bloccato. Si sblocca solo con il PIN di ripristino a sei cifre visualizzato qui: leggerlo all’utente solo quando ha il Mac davanti a sé.</translation>
    </message>
    <message>
        <source>The user has probably never activated the passcode reset token. After enrollment Android shows a notification asking for the work profile passcode: ask the user to open it and enter the passcode, then try again.</source>
        <translation>Probabilmente l’utente non ha mai attivato il token di reimpostazione del passcode. Dopo la registrazione, Android mostra una notifica che richiede il passcode del profilo di lavoro: chiedere all’utente di aprirla e immettere il passcode, quindi riprovare.</translation>
    </message>
    <message>
        <source>The device probably lacks PIN recovery: assign a custom policy setting ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True, and check that the Microsoft PIN Reset Service is connected to the tenant. Let the device sync, then try again.</source>
        <translation>Probabilmente nel dispositivo manca il ripristino del PIN: assegnare criteri personalizzati che impostano ./Device/Vendor/MSFT/PassportForWork/&lt;ID tenant&gt;/Policies/EnablePinRecovery su True e verificare che il servizio di reimpostazione PIN Microsoft sia connesso al tenant. Attendere la sincronizzazione del dispositivo, quindi riprovare.</translation>
    </message>
    <message>
        <source>Check that a device configuration policy requires a passcode on this device: without one the reset fails.</source>
        <translation>Verificare che i criteri di configurazione del dispositivo richiedano un passcode in questo dispositivo: in caso contrario la reimpostazione non riesce.</translation>
    </message>
    <message>
        <source>Intune may hold a wrong unlock token for this device. If the user still cannot get in, the device has to be wiped.</source>
        <translation>Intune potrebbe avere un token di sblocco errato per questo dispositivo. Se l’utente non riesce ancora ad accedere, è necessario cancellare i dati del dispositivo.</translation>
    </message>
    <message>
        <source>Remote lock works only when the person signed in on the device is the one who enrolled it.</source>
        <translation>Il blocco remoto funziona solo se la persona che ha eseguito l’accesso al dispositivo è quella che lo ha registrato.</translation>
    </message>
    <message>
        <source>A previous lock&apos;s recovery PIN has probably not been used yet. Do not send remote lock again until the Mac has been unlocked with that PIN.</source>
        <translation>Probabilmente il PIN di ripristino di un blocco precedente non è ancora stato usato. Non inviare di nuovo il blocco remoto finché il Mac non è stato sbloccato con quel PIN.</translation>
    </message>
    <message>
        <source>The device reported a failure. Check that it is switched on and connected, wait for it to check in, then try again.</source>
        <translation>Il dispositivo ha segnalato un errore. Verificare che sia acceso e connesso, attendere che si sincronizzi, quindi riprovare.</translation>
    </message>
    <message>
        <source>The device answered that it does not support this action.</source>
        <translation>Il dispositivo ha risposto che non supporta questa azione.</translation>
    </message>
    <message>
        <source>Remote lock</source>
        <translation>Blocco remoto</translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation>Rimuovi passcode</translation>
    </message>
    <message>
        <source>Reset passcode</source>
        <translation>Reimposta passcode</translation>
    </message>
    <message>
        <source>Intune offers Sync for Android, iOS/iPadOS, macOS and Windows 10 or later; this device checks in on its own schedule.</source>
        <translation>Intune offre la sincronizzazione per Android, iOS/iPadOS, macOS e Windows 10 o versioni successive; questo dispositivo si sincronizza secondo la propria pianificazione.</translation>
    </message>
    <message>
        <source>The device has checked in and received what was waiting for it, remote actions included.</source>
        <translation>Il dispositivo si è sincronizzato e ha ricevuto ciò che lo attendeva, azioni remote comprese.</translation>
    </message>
    <message>
        <source>The device did not check in. It may be switched off, asleep or offline; what is pending stays pending until its next check-in.</source>
        <translation>Il dispositivo non si è sincronizzato. Potrebbe essere spento, in sospensione o offline; ciò che è in sospeso resta in sospeso fino alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>The tenant is not onboarded to the Microsoft PIN reset service: its two enterprise applications, Microsoft Pin Reset Service Production and Microsoft Pin Reset Client Production, have not been consented, so Intune cannot reset the PIN of Windows devices. File &gt; Tenant readiness says how to fix it.</source>
        <translation>Il servizio di reimpostazione PIN Microsoft non è abilitato nel tenant: le sue due applicazioni aziendali, Microsoft Pin Reset Service Production e Microsoft Pin Reset Client Production, non hanno ricevuto il consenso, quindi Intune non può reimpostare il PIN dei dispositivi Windows. File &gt; Preparazione del tenant indica come risolvere il problema.</translation>
    </message>
    <message>
        <source>Windows LAPS passwords and BitLocker recovery keys are kept in Entra ID for Windows 10 and later devices joined to it.</source>
        <translation>Entra ID conserva le password di Windows LAPS e le chiavi di ripristino BitLocker dei dispositivi Windows 10 e versioni successive aggiunti a Entra ID.</translation>
    </message>
    <message>
        <source>This PC is managed by the Intune client software, not enrolled in Intune: its LAPS password and BitLocker keys are not in Entra ID.</source>
        <translation>Questo PC è gestito dal software client di Intune, non è registrato in Intune: la password LAPS e le chiavi BitLocker non sono in Entra ID.</translation>
    </message>
    <message>
        <source>Intune escrows the FileVault recovery key of corporate-owned Macs only; this Mac is personal.</source>
        <translation>Intune deposita la chiave di ripristino FileVault solo per i Mac di proprietà aziendale; questo Mac è di proprietà personale.</translation>
    </message>
    <message>
        <source>This device is not supervised: Intune keeps an Activation Lock bypass code only for supervised iPhones and iPads.</source>
        <translation>Questo dispositivo è senza supervisione: Intune conserva un codice di bypass del Blocco attivazione solo per iPhone e iPad con supervisione.</translation>
    </message>
    <message>
        <source>This device has no such recovery secret in Intune or Entra ID to rotate.</source>
        <translation>Il dispositivo non ha in Intune o Entra ID un segreto di ripristino di questo tipo da ruotare.</translation>
    </message>
    <message>
        <source>The device has made its new secret and backed it up; the one read before no longer works. Reveal reads the new one.</source>
        <translation>Il dispositivo ha creato il nuovo segreto e ne ha eseguito il backup; quello letto prima non funziona più. “Mostra” legge quello nuovo.</translation>
    </message>
    <message>
        <source>The device rotates its password only under a Windows LAPS policy from Intune that backs the password up to Entra ID.</source>
        <translation>Il dispositivo ruota la password solo con un criterio Windows LAPS di Intune che ne esegue il backup in Entra ID.</translation>
    </message>
    <message>
        <source>Key rotation needs Windows 10 version 1909 or later and the BitLocker policy setting “Client-driven recovery password rotation” turned on; the recovery keys must already be backed up to Entra ID.</source>
        <translation>La rotazione delle chiavi richiede Windows 10 versione 1909 o successiva e l’impostazione del criterio BitLocker “Rotazione della password di ripristino guidata dal client” attivata; le chiavi di ripristino devono già avere un backup in Entra ID.</translation>
    </message>
    <message>
        <source>The Mac makes a new key only under an Intune FileVault policy that escrows its personal recovery key.</source>
        <translation>Il Mac crea una nuova chiave solo con un criterio FileVault di Intune che conserva la chiave di ripristino personale.</translation>
    </message>
    <message>
        <source>Rotate LAPS password</source>
        <translation>Ruota password LAPS</translation>
    </message>
    <message>
        <source>Rotate BitLocker keys</source>
        <translation>Ruota chiavi BitLocker</translation>
    </message>
    <message>
        <source>Rotate FileVault key</source>
        <translation>Ruota chiave FileVault</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Assegnare un nome al profilo.</translation>
    </message>
    <message>
        <source>The tenant is its ID (a GUID) or one of its domains, such as contoso.onmicrosoft.com.</source>
        <translation>Il tenant è il suo ID (un GUID) o uno dei suoi domini, ad esempio contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The application (client) ID is a GUID, shown on the app registration&apos;s Overview page in Entra ID.</source>
        <translation>L’ID applicazione (client) è un GUID, visibile nella pagina Panoramica della registrazione app in Entra ID.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Use the embedded demo tenant.</source>
        <translation>Usa il tenant demo incorporato.</translation>
    </message>
    <message>
        <source>Microsoft Graph base URL, e.g. https://graph.microsoft.com/beta.</source>
        <translation>URL di base di Microsoft Graph, ad esempio https://graph.microsoft.com/beta.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Output in formato JSON.</translation>
    </message>
    <message>
        <source>Confirm a remote action.</source>
        <translation>Conferma un’azione remota.</translation>
    </message>
    <message>
        <source>Filter devices.</source>
        <translation>Filtra i dispositivi.</translation>
    </message>
    <message>
        <source>Demo tenant: how long devices take to check in.</source>
        <translation>Tenant demo: tempo impiegato dai dispositivi per sincronizzarsi.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Operazione da eseguire.</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>nessun comando specificato; vedere --help.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>comando “%1” sconosciuto; vedere --help.</translation>
    </message>
    <message>
        <source>“%1” needs a device id.</source>
        <translation>“%1” richiede un ID dispositivo.</translation>
    </message>
    <message>
        <source>“%1” acts on a real device: add --yes to confirm.</source>
        <translation>“%1” agisce su un dispositivo reale: aggiungere --yes per confermare.</translation>
    </message>
    <message>
        <source>set PASSDESK_ACCESS_TOKEN to an access token for Microsoft Graph.</source>
        <translation>impostare PASSDESK_ACCESS_TOKEN su un token di accesso per Microsoft Graph.</translation>
    </message>
    <message>
        <source>Tenant profile to use.</source>
        <translation>Profilo tenant da usare.</translation>
    </message>
    <message>
        <source>login: sign in through a browser instead of a code.</source>
        <translation>login: accesso tramite browser anziché con un codice.</translation>
    </message>
    <message>
        <source>give one of --demo, --profile NAME or --graph-url URL.</source>
        <translation>specificare --demo, --profile NAME oppure --graph-url URL.</translation>
    </message>
    <message>
        <source>“%1” needs --profile or --demo.</source>
        <translation>“%1” richiede --profile o --demo.</translation>
    </message>
    <message>
        <source>no profile named “%1”.</source>
        <translation>nessun profilo denominato “%1”.</translation>
    </message>
    <message>
        <source>use --demo for the demo tenant.</source>
        <translation>usare --demo per il tenant demo.</translation>
    </message>
    <message>
        <source>Seconds the whole command may take (default 900).</source>
        <translation>Durata massima dell’intero comando, in secondi (valore predefinito 900).</translation>
    </message>
    <message>
        <source>Seconds between checks (default 3, at least 1).</source>
        <translation>Intervallo tra i controlli, in secondi (valore predefinito 3, minimo 1).</translation>
    </message>
    <message>
        <source>Send the action even if the same one is still pending on the device.</source>
        <translation>Invia l’azione anche se la stessa azione è ancora in sospeso sul dispositivo.</translation>
    </message>
    <message>
        <source>--poll takes 1 to 600 seconds.</source>
        <translation>--poll accetta un valore da 1 a 600 secondi.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, at least 1.</source>
        <translation>--timeout accetta un numero di secondi, minimo 1.</translation>
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
        <translation>Strumento da riga di comando di Passdesk per gli script.

Comandi:
  devices [--search S]        elenca i dispositivi gestiti
  device ID                   mostra un dispositivo e le azioni che supporta
  reset-passcode ID… --yes    reimposta il passcode (o lo rimuove in iOS) e attende il risultato
  remote-lock ID… --yes       blocca il dispositivo o i dispositivi e attende il risultato
  sync ID… --yes              chiede al dispositivo o ai dispositivi di sincronizzarsi subito e attende
  actions ID                  elenca le azioni remote del dispositivo
  history ID                  chi ha fatto cosa sul dispositivo, secondo i controlli di Intune
  passcode ID                 mostra il passcode temporaneo ancora valido, se presente
  laps-password ID            legge la password LAPS di Windows (Entra ID registra la lettura)
  bitlocker-key ID            legge una chiave di ripristino BitLocker (--key-id PREFIX; Entra ID registra la lettura)
  filevault-key ID            legge la chiave di ripristino personale FileVault di un Mac di proprietà aziendale
  bypass-code ID              legge il codice di bypass del Blocco attivazione di un iPhone/iPad con supervisione
  unlock-pin ID               mostra il PIN di ripristino ancora valido di un Mac bloccato
  login [--browser]           esegue l’accesso al profilo (con codice dispositivo o nel browser)
  logout                      si disconnette ed elimina l’accesso memorizzato

Scegliere il tenant con --demo, --profile NAME (i profili sono condivisi con la console)
oppure --graph-url URL con un token di accesso in PASSDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>bitlocker-key: the first characters of the key ID on the recovery screen.</source>
        <translation>bitlocker-key: i primi caratteri dell’ID chiave visualizzato nella schermata di ripristino.</translation>
    </message>
    <message>
        <source>login: also ask for this Graph permission (comma-separated), such as DeviceLocalCredential.Read.All.</source>
        <translation>login: chiedere anche questa autorizzazione Graph (separate da virgole), ad esempio DeviceLocalCredential.Read.All.</translation>
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
