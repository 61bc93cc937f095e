<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionPostJob</name>
    <message>
        <source>Not sent: “%1” is not a device id.</source>
        <translation>Non envoyée&#xa0;: «&#xa0;%1&#xa0;» n’est pas un ID d’appareil.</translation>
    </message>
</context>
<context>
    <name>ActionState</name>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
</context>
<context>
    <name>AuthCodeFlow</name>
    <message>
        <source>no local port is free for the sign-in redirect</source>
        <translation>aucun port local n’est libre pour la redirection de connexion</translation>
    </message>
    <message>
        <source>Signed in to Passdesk. You can close this page and return to Passdesk.</source>
        <translation>Vous êtes connecté à Passdesk. Vous pouvez fermer cette page et revenir à Passdesk.</translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <source>Your previous sign-in is no longer valid.</source>
        <translation>Votre connexion précédente n’est plus valide.</translation>
    </message>
    <message>
        <source>the sign-in page did not redirect back</source>
        <translation>la page de connexion n’a pas redirigé vers Passdesk</translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <source>US Government L4</source>
        <translation>Gouvernement des États-Unis L4</translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation>Gouvernement des États-Unis L5 (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>Chine (21Vianet)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1). You stay signed in until Passdesk quits, then you will have to sign in again.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Vous restez connecté jusqu’à la fermeture de Passdesk&#xa0;; vous devrez ensuite vous reconnecter.</translation>
    </message>
    <message>
        <source>The stored sign-in in the system keychain is incomplete; sign in again.</source>
        <translation>La connexion enregistrée dans le trousseau du système est incomplète&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The secret is too large for the system keychain.</source>
        <translation>Le secret est trop volumineux pour le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Contoso (demo)</source>
        <translation>Contoso (démo)</translation>
    </message>
    <message>
        <source>The demo tenant could not open a port on this computer.</source>
        <translation>Le locataire de démonstration n’a pas pu ouvrir de port sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>DeviceJson</name>
    <message>
        <source>“%1” is not what Microsoft Graph defines</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à la définition de Microsoft Graph</translation>
    </message>
    <message>
        <source>the device has no usable id</source>
        <translation>l’appareil n’a pas d’ID utilisable</translation>
    </message>
    <message>
        <source>an action result without its name or state</source>
        <translation>un résultat d’action sans nom ni état</translation>
    </message>
    <message>
        <source>an action result that is not an object</source>
        <translation>un résultat d’action qui n’est pas un objet</translation>
    </message>
    <message>
        <source>an audit record without its action or time</source>
        <translation>un enregistrement d’audit sans action ni date</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Unrecognized device</source>
        <translation>Appareil non reconnu</translation>
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
        <translation>Administrateur d’appareil Android</translation>
    </message>
    <message>
        <source>Android Enterprise personally-owned work profile</source>
        <translation>Android Enterprise, profil professionnel personnel</translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation>Android Enterprise, profil professionnel appartenant à l’entreprise</translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation>Android Enterprise, entièrement géré</translation>
    </message>
    <message>
        <source>Android Enterprise dedicated</source>
        <translation>Android Enterprise, dédié</translation>
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
        <translation>PC géré par le logiciel client Intune</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Exchange ActiveSync only</source>
        <translation>Exchange ActiveSync uniquement</translation>
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
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Plain http is allowed only to this computer (loopback); use https for %1.</source>
        <translation>Le http non chiffré n’est autorisé que vers cet ordinateur (boucle locale)&#xa0;; utilisez https pour %1.</translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation>Schéma d’adresse «&#xa0;%1&#xa0;» non pris en charge.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>Votre session n’est plus valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>This device is no longer in Intune. Refresh the device list.</source>
        <translation>Cet appareil ne figure plus dans Intune. Actualisez la liste des appareils.</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy. Try again in a few minutes.</source>
        <translation>Microsoft Graph est occupé. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Intune refused the action: this device does not support it (%1).</source>
        <translation>Intune a refusé l’action&#xa0;: cet appareil ne la prend pas en charge (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1: %2</source>
        <translation>Microsoft Graph a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Intune asks you to sign in again to confirm it is you, then to repeat the action.</source>
        <translation>Intune vous demande de vous reconnecter pour confirmer votre identité, puis de relancer l’action.</translation>
    </message>
    <message>
        <source>The application is missing the permission %1. An administrator has to grant it (admin consent) in Entra ID.</source>
        <translation>Il manque à l’application l’autorisation %1. Un administrateur doit l’accorder (consentement administrateur) dans Entra ID.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. It needs an Intune role such as Help Desk Operator; ask an Intune administrator.</source>
        <translation>Votre compte n’est pas autorisé à effectuer cette opération. Il lui faut un rôle Intune tel que Help Desk Operator&#xa0;; adressez-vous à un administrateur Intune.</translation>
    </message>
    <message>
        <source>No complete answer from Microsoft Graph: %1</source>
        <translation>Aucune réponse complète de Microsoft Graph&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer Passdesk cannot read: %1</source>
        <translation>Microsoft Graph a envoyé une réponse que Passdesk ne peut pas lire&#xa0;: %1</translation>
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
        <translation>Exchange ActiveSync et Intune</translation>
    </message>
    <message>
        <source>Intune PC client software</source>
        <translation>Logiciel client PC Intune</translation>
    </message>
    <message>
        <source>Exchange ActiveSync and Intune PC client</source>
        <translation>Exchange ActiveSync et client PC Intune</translation>
    </message>
    <message>
        <source>Configuration Manager</source>
        <translation>Configuration Manager</translation>
    </message>
    <message>
        <source>Configuration Manager and Intune</source>
        <translation>Configuration Manager et Intune</translation>
    </message>
    <message>
        <source>Configuration Manager, Intune and Exchange ActiveSync</source>
        <translation>Configuration Manager, Intune et Exchange ActiveSync</translation>
    </message>
    <message>
        <source>Jamf</source>
        <translation>Jamf</translation>
    </message>
    <message>
        <source>Google device policy controller</source>
        <translation>Contrôleur de stratégie d’appareil Google</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
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
        <translation>Stratégies en conflit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>En période de grâce</translation>
    </message>
    <message>
        <source>Managed by Configuration Manager</source>
        <translation>Géré par Configuration Manager</translation>
    </message>
    <message>
        <source>Enrolled by the user</source>
        <translation>Inscrit par l’utilisateur</translation>
    </message>
    <message>
        <source>Device enrollment manager</source>
        <translation>Gestionnaire d’inscription d’appareil</translation>
    </message>
    <message>
        <source>Apple automated enrollment, with user affinity</source>
        <translation>Inscription automatisée Apple, avec affinité utilisateur</translation>
    </message>
    <message>
        <source>Apple automated enrollment, without user affinity</source>
        <translation>Inscription automatisée Apple, sans affinité utilisateur</translation>
    </message>
    <message>
        <source>Apple User Enrollment</source>
        <translation>Inscription utilisateur Apple</translation>
    </message>
    <message>
        <source>Apple User Enrollment with a service account</source>
        <translation>Inscription utilisateur Apple avec un compte de service</translation>
    </message>
    <message>
        <source>Windows, joined to Azure AD</source>
        <translation>Windows, joint à Azure AD</translation>
    </message>
    <message>
        <source>Windows, joined to Azure AD (device)</source>
        <translation>Windows, joint à Azure AD (appareil)</translation>
    </message>
    <message>
        <source>Windows bulk enrollment</source>
        <translation>Inscription en bloc Windows</translation>
    </message>
    <message>
        <source>Windows automatic enrollment</source>
        <translation>Inscription automatique Windows</translation>
    </message>
    <message>
        <source>Windows bulk Azure AD join</source>
        <translation>Jonction Azure AD en bloc Windows</translation>
    </message>
    <message>
        <source>Windows co-management</source>
        <translation>Cogestion Windows</translation>
    </message>
    <message>
        <source>Azure virtual machine</source>
        <translation>Machine virtuelle Azure</translation>
    </message>
    <message>
        <source>Android Enterprise dedicated device</source>
        <translation>Appareil dédié Android Enterprise</translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation>Android Enterprise entièrement géré</translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation>Profil professionnel Android Enterprise appartenant à l’entreprise</translation>
    </message>
    <message>
        <source>Joined to Azure AD</source>
        <translation>Joint à Azure AD</translation>
    </message>
    <message>
        <source>Registered in Azure AD</source>
        <translation>Inscrit dans Azure AD</translation>
    </message>
    <message>
        <source>Hybrid joined to Azure AD</source>
        <translation>Joint à Azure AD hybride</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>this Passdesk</source>
        <translation>ce Passdesk</translation>
    </message>
    <message>
        <source>the device&apos;s action results</source>
        <translation>les résultats d’action de l’appareil</translation>
    </message>
    <message>
        <source>Intune remote action audit</source>
        <translation>l’audit des actions à distance d’Intune</translation>
    </message>
    <message>
        <source>Intune audit log</source>
        <translation>le journal d’audit d’Intune</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>LAPS password read</source>
        <translation>Mot de passe LAPS lu</translation>
    </message>
    <message>
        <source>BitLocker key read</source>
        <translation>Clé BitLocker lue</translation>
    </message>
    <message>
        <source>FileVault key read</source>
        <translation>Clé FileVault lue</translation>
    </message>
    <message>
        <source>Bypass code read</source>
        <translation>Code de contournement lu</translation>
    </message>
    <message>
        <source>Secret read (%1)</source>
        <translation>Secret lu (%1)</translation>
    </message>
    <message>
        <source>this computer&apos;s reveal log</source>
        <translation>le journal des consultations de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>Cannot reach the sign-in service: %1</source>
        <translation>Impossible de joindre le service de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Start again.</source>
        <translation>Le code a expiré avant d’être saisi. Recommencez.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The application (client) ID of this profile is not accepted by the tenant. Check the profile.</source>
        <translation>L’ID d’application (client) de ce profil n’est pas accepté par le locataire. Vérifiez le profil.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 (%2)</source>
        <translation>Échec de la connexion&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionJob</name>
    <message>
        <source>This device is not in the loaded list. Refresh the device list.</source>
        <translation>Cet appareil ne figure pas dans la liste chargée. Actualisez la liste des appareils.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent again: this action is already running on the device.</source>
        <translation>Non renvoyée&#xa0;: cette action est déjà en cours sur l’appareil.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Waiting for the device to check in</source>
        <translation>En attente de la synchronisation de l’appareil</translation>
    </message>
    <message>
        <source>No answer yet. The device applies the action the next time it checks in; follow it in Device actions.</source>
        <translation>Pas encore de réponse. L’appareil appliquera l’action lors de sa prochaine synchronisation&#xa0;; suivez-la dans Actions d’appareil.</translation>
    </message>
    <message>
        <source>No longer followed; the device may still carry out the action.</source>
        <translation>Suivi arrêté&#xa0;; l’appareil peut encore exécuter l’action.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again</source>
        <translation>En attente de votre reconnexion</translation>
    </message>
    <message>
        <source>Not sent: the sign-in to confirm it is you did not succeed. %1</source>
        <translation>Non envoyée&#xa0;: la connexion destinée à confirmer votre identité a échoué. %1</translation>
    </message>
    <message>
        <source>Reading the device from Intune</source>
        <translation>Lecture de l’appareil dans Intune</translation>
    </message>
    <message>
        <source>Not sent: “%1” is not a device id.</source>
        <translation>Non envoyée&#xa0;: «&#xa0;%1&#xa0;» n’est pas un ID d’appareil.</translation>
    </message>
    <message>
        <source>Not sent: Microsoft Graph answered with another device than the one you chose.</source>
        <translation>Non envoyée&#xa0;: Microsoft Graph a répondu avec un autre appareil que celui que vous avez choisi.</translation>
    </message>
    <message>
        <source>Not sent: the same action is still pending on the device.</source>
        <translation>Non envoyée&#xa0;: la même action est toujours en attente sur l’appareil.</translation>
    </message>
    <message>
        <source>Not sent: the same action, sent %1, is still pending on the device.</source>
        <translation>Non envoyée&#xa0;: la même action, envoyée le %1, est toujours en attente sur l’appareil.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request left, but no clear answer came back (%1). Check Device actions before trying again.</source>
        <translation>Résultat inconnu&#xa0;: la requête est partie, mais aucune réponse claire n’est revenue (%1). Vérifiez dans Actions d’appareil avant de réessayer.</translation>
    </message>
    <message>
        <source>Outcome unknown: canceled while the request was on its way. Check Device actions before trying again.</source>
        <translation>Résultat inconnu&#xa0;: annulée alors que la requête était déjà partie. Vérifiez dans Actions d’appareil avant de réessayer.</translation>
    </message>
    <message>
        <source>Canceled before sending.</source>
        <translation>Annulée avant l’envoi.</translation>
    </message>
    <message>
        <source>Waiting for its turn: Intune accepts a limited number of actions at a time</source>
        <translation>En attente de son tour&#xa0;: Intune n’accepte qu’un nombre limité d’actions à la fois</translation>
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
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Passdesk::ActionsView</name>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Show actions of</source>
        <translation>Afficher les actions de</translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation>Actions d’appareil</translation>
    </message>
    <message>
        <source>Ask the device of the selected action to check in now, so that it picks up the action sooner.</source>
        <translation>Demander à l’appareil de l’action sélectionnée de se synchroniser maintenant, pour qu’il reçoive l’action plus tôt.</translation>
    </message>
</context>
<context>
    <name>Passdesk::CommandRunner</name>
    <message>
        <source>passdesk-cli: %1</source>
        <translation>passdesk-cli&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>Aucun appareil avec l’ID %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation>Utilisateur&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Platform: %1 %2 (%3)</source>
        <translation>Plateforme&#xa0;: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Serial number: %1  IMEI: %2</source>
        <translation>Numéro de série&#xa0;: %1  IMEI&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>pris en charge</translation>
    </message>
    <message>
        <source>not supported. %1</source>
        <translation>non pris en charge. %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Temporary passcode: %1</source>
        <translation>Code secret temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery PIN: %1</source>
        <translation>Code PIN de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Expiration&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>No remote action on %1.</source>
        <translation>Aucune action à distance sur %1.</translation>
    </message>
    <message>
        <source>No live temporary passcode for %1.</source>
        <translation>Aucun code secret temporaire en cours de validité pour %1.</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation>Code secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Émission&#xa0;: %1</translation>
    </message>
    <message>
        <source>not signed in to “%1”. %2 Run: passdesk-cli --profile &quot;%1&quot; login</source>
        <translation>non connecté à «&#xa0;%1&#xa0;». %2 Exécutez&#xa0;: passdesk-cli --profile &quot;%1&quot; login</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur sur cet ordinateur et connectez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2</source>
        <translation>Sur n’importe quel appareil, ouvrez %1 et entrez le code %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in… (Ctrl+C to cancel)</source>
        <translation>En attente de votre connexion… (Ctrl+C pour annuler)</translation>
    </message>
    <message>
        <source>Signed out of “%1”; the stored sign-in is removed.</source>
        <translation>Déconnecté de «&#xa0;%1&#xa0;»&#xa0;; la connexion enregistrée a été supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s).</source>
        <translation>
            <numerusform>aucune réponse dans un délai de %n seconde.</numerusform>
            <numerusform>aucune réponse dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passdesk-cli: warning: %n device record(s) could not be read and are not listed (%1).</source>
        <translation>
            <numerusform>passdesk-cli&#xa0;: avertissement&#xa0;: %n enregistrement d’appareil n’a pas pu être lu et ne figure pas dans la liste (%1).</numerusform>
            <numerusform>passdesk-cli&#xa0;: avertissement&#xa0;: %n enregistrements d’appareils n’ont pas pu être lus et ne figurent pas dans la liste (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID d’appareil.</translation>
    </message>
    <message>
        <source>A second one replaces the first (a new temporary passcode, if any). To send it anyway, add --force.</source>
        <translation>Une deuxième action remplace la première (avec un nouveau code secret temporaire, le cas échéant). Pour l’envoyer quand même, ajoutez --force.</translation>
    </message>
    <message>
        <source>Intune reports the reset done but returned no temporary passcode; check Device actions.</source>
        <translation>Intune indique que la réinitialisation est terminée, mais n’a renvoyé aucun code secret temporaire&#xa0;; vérifiez dans Actions d’appareil.</translation>
    </message>
    <message>
        <source>Asking again does not make the device answer sooner. To send it anyway, add --force.</source>
        <translation>Redemander ne fait pas répondre l’appareil plus tôt. Pour l’envoyer quand même, ajoutez --force.</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <translation>%1 (en bloc)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>No remote action on this device in Intune&apos;s records.</source>
        <translation>Aucune action à distance sur cet appareil dans les enregistrements d’Intune.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Sauvegardé le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next rotation: %1</source>
        <translation>Prochaine rotation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older password(s) kept by Entra ID; --json lists them.</source>
        <translation>
            <numerusform>%n mot de passe plus ancien conservé par Entra ID&#xa0;; --json les liste.</numerusform>
            <numerusform>%n mots de passe plus anciens conservés par Entra ID&#xa0;; --json les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>ID de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clé de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>FileVault recovery key: %1</source>
        <translation>Clé de récupération personnelle FileVault&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activation Lock bypass code: %1</source>
        <translation>Code de contournement du verrouillage d’activation&#xa0;: %1</translation>
    </message>
    <message>
        <source>No live unlock PIN for %1: none was issued by a remote lock in the last 30 days, or it expired.</source>
        <translation>Aucun code PIN de déverrouillage en cours de validité pour %1&#xa0;: aucun n’a été émis par un verrouillage à distance au cours des 30 derniers jours, ou il a expiré.</translation>
    </message>
    <message>
        <source>this needs the permission %1, which has not been given to Passdesk yet. Give it once with: passdesk-cli --profile &quot;%2&quot; login --browser --consent %1 (your tenant&apos;s administrator may have to approve it)</source>
        <translation>il faut l’autorisation %1, qui n’a pas encore été accordée à Passdesk. Accordez-la une fois avec&#xa0;: passdesk-cli --profile &quot;%2&quot; login --browser --consent %1 (l’administrateur du locataire devra peut-être l’approuver)</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceBrowser</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, user, serial number, IMEI (Ctrl+F)</source>
        <translation>Rechercher par nom, utilisateur, numéro de série, IMEI (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Rechercher des appareils</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Management channel</source>
        <translation>Canal de gestion</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceFetchJob</name>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID d’appareil.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with another device</source>
        <translation>Microsoft Graph a répondu avec un autre appareil</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceIndex</name>
    <message>
        <source>The system keychain is not available: the device list is kept in memory only, and is read again from Intune at the next start.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: la liste des appareils est gardée en mémoire seulement, et relue depuis Intune au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceListJob</name>
    <message>
        <source>a record that is not an object</source>
        <translation>un enregistrement qui n’est pas un objet</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>la réponse n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>a page without its “value” list</source>
        <translation>une page sans sa liste «&#xa0;value&#xa0;»</translation>
    </message>
    <message>
        <source>a next-page link that is not text</source>
        <translation>un lien de page suivante qui n’est pas du texte</translation>
    </message>
</context>
<context>
    <name>Passdesk::DevicePanel</name>
    <message>
        <source>More information</source>
        <translation>Plus d’informations</translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation>
            <numerusform>%n appareil sélectionné</numerusform>
            <numerusform>%n appareils sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Aucun appareil sélectionné</translation>
    </message>
    <message>
        <source>Actions from the toolbar apply to every selected device that supports them.</source>
        <translation>Les actions de la barre d’outils s’appliquent à chaque appareil sélectionné qui les prend en charge.</translation>
    </message>
    <message>
        <source>Find the device in the list: search by name, user, serial number or IMEI.</source>
        <translation>Trouvez l’appareil dans la liste&#xa0;: recherchez par nom, utilisateur, numéro de série ou IMEI.</translation>
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
        <translation>Identité</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Nom d’utilisateur principal</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Version du système d’exploitation</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Recognized as</source>
        <translation>Reconnu comme</translation>
    </message>
    <message>
        <source>Management agent</source>
        <translation>Agent de gestion</translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation>Type d’inscription</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Azure AD join</source>
        <translation>Jonction Azure AD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation>Actions à distance</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Not supported: %1</source>
        <translation>Non pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
        <translation>%1&#xa0;: envoyé il y a %2, en attente de la synchronisation de l’appareil. Il l’exécutera à ce moment-là.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 n’est pas disponible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ask the device to check in now, so that it picks up the waiting action sooner.</source>
        <translation>Demander à l’appareil de se synchroniser maintenant, pour qu’il reçoive plus tôt l’action en attente.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <translation>%1 (en bloc)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the history from Intune…</source>
        <translation>Lecture de l’historique dans Intune…</translation>
    </message>
    <message>
        <source>No remote action on this device in Intune&apos;s records.</source>
        <translation>Aucune action à distance sur cet appareil dans les enregistrements d’Intune.</translation>
    </message>
</context>
<context>
    <name>Passdesk::DeviceTreeModel</name>
    <message>
        <source>No user</source>
        <translation>Aucun utilisateur</translation>
    </message>
    <message>
        <source>Managed directly</source>
        <translation>Géré directement</translation>
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
        <translation>Appareil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernière synchronisation</translation>
    </message>
</context>
<context>
    <name>Passdesk::DirectoryLoadJob</name>
    <message>
        <source>Microsoft Graph answered a range of enrollment dates with a device outside it</source>
        <translation>Microsoft Graph a répondu à une plage de dates d’inscription avec un appareil hors de cette plage</translation>
    </message>
    <message>
        <source>Microsoft Graph does not filter devices by enrollment date here</source>
        <translation>Microsoft Graph ne filtre pas ici les appareils par date d’inscription</translation>
    </message>
</context>
<context>
    <name>Passdesk::GraphCall</name>
    <message>
        <source>Passdesk did not send a request outside Microsoft Graph (%1).</source>
        <translation>Passdesk n’a pas envoyé de requête hors de Microsoft Graph (%1).</translation>
    </message>
    <message>
        <source>The answer of Microsoft Graph is larger than %1 MB; Passdesk stopped reading it.</source>
        <translation>La réponse de Microsoft Graph dépasse %1 Mo&#xa0;; Passdesk a arrêté de la lire.</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse complète dans un délai de %n seconde</numerusform>
            <numerusform>aucune réponse complète dans un délai de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer</source>
        <translation>la connexion a été fermée avant la réponse</translation>
    </message>
    <message>
        <source>Microsoft Graph redirected the request (HTTP %1); Passdesk does not follow it.</source>
        <translation>Microsoft Graph a redirigé la requête (HTTP %1)&#xa0;; Passdesk ne suit pas cette redirection.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>la réponse n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Passdesk::HistoryJob</name>
    <message>
        <source>Intune audit log not shown: it needs the permission %1, which this sign-in does not have. An administrator can add it to the tenant profile&apos;s app registration.</source>
        <translation>Journal d’audit d’Intune non affiché&#xa0;: il nécessite l’autorisation %1, dont cette connexion ne dispose pas. Un administrateur peut l’ajouter à l’inscription d’application du profil de locataire.</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID d’appareil.</translation>
    </message>
    <message>
        <source>The device&apos;s action results not shown: Microsoft Graph answered with another device.</source>
        <translation>Résultats d’action de l’appareil non affichés&#xa0;: Microsoft Graph a répondu avec un autre appareil.</translation>
    </message>
    <message>
        <source>The device&apos;s action results not shown: %1</source>
        <translation>Résultats d’action de l’appareil non affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intune remote action audit not shown: %1</source>
        <translation>Audit des actions à distance d’Intune non affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>a record that is not an object</source>
        <translation>un enregistrement qui n’est pas un objet</translation>
    </message>
    <message>
        <source>Intune audit log not shown: %1</source>
        <translation>Journal d’audit d’Intune non affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intune audit log not shown: your Intune role does not include Audit data: Read. Ask an Intune administrator for a role that has it; the rest of the history does not need it.</source>
        <translation>Journal d’audit d’Intune non affiché&#xa0;: votre rôle Intune n’inclut pas l’autorisation Données d’audit&#xa0;: Lire. Demandez à un administrateur Intune un rôle qui l’inclut&#xa0;; le reste de l’historique n’en a pas besoin.</translation>
    </message>
</context>
<context>
    <name>Passdesk::LapsPasswordJob</name>
    <message>
        <source>Reading LAPS passwords needs the permission %1, which this sign-in does not have.</source>
        <translation>La lecture des mots de passe LAPS nécessite l’autorisation %1, que cette connexion n’a pas.</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID d’appareil.</translation>
    </message>
    <message>
        <source>a device that is not the one asked for</source>
        <translation>un appareil autre que celui demandé</translation>
    </message>
    <message>
        <source>This device has no Entra device id: Windows LAPS keeps passwords only for devices joined to Entra ID.</source>
        <translation>Cet appareil n’a pas d’ID d’appareil Entra&#xa0;: Windows LAPS ne conserve de mots de passe que pour les appareils joints à Entra ID.</translation>
    </message>
    <message>
        <source>Entra ID holds no LAPS password for this device yet.</source>
        <translation>Entra ID ne détient encore aucun mot de passe LAPS pour cet appareil.</translation>
    </message>
    <message>
        <source>Entra ID holds no LAPS password for this device: Windows LAPS is not turned on for it, or it has not backed one up yet.</source>
        <translation>Entra ID ne détient aucun mot de passe LAPS pour cet appareil&#xa0;: Windows LAPS n’y est pas activé, ou il n’en a pas encore sauvegardé.</translation>
    </message>
    <message>
        <source>Your Entra role may not read LAPS passwords (Helpdesk Administrator sees only when the password was backed up). Ask for Cloud Device Administrator, Intune Administrator, or a custom role with microsoft.directory/deviceLocalCredentials/password/read, and the permission %1.</source>
        <translation>Votre rôle Entra ne permet pas de lire les mots de passe LAPS (Helpdesk Administrator voit seulement quand le mot de passe a été sauvegardé). Demandez Cloud Device Administrator, Intune Administrator ou un rôle personnalisé avec microsoft.directory/deviceLocalCredentials/password/read, ainsi que l’autorisation %1.</translation>
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
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Reload the device list (%1)</source>
        <translation>Recharger la liste des appareils (%1)</translation>
    </message>
    <message>
        <source>&amp;Find device</source>
        <translation>&amp;Rechercher un appareil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation>Actions d’appareil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Appareil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation>Actions à distance</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Chargement des appareils…</translation>
    </message>
    <message>
        <source>Loading devices… %L1 so far</source>
        <translation>Chargement des appareils… %L1 pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded · tenant %1 · last refresh %2</source>
        <translation>
            <numerusform>%n appareil chargé · locataire %1 · dernière actualisation %2</numerusform>
            <numerusform>%n appareils chargés · locataire %1 · dernière actualisation %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation>Sélectionnez d’abord un appareil.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s)</source>
        <translation>
            <numerusform>%1 sur %n appareil</numerusform>
            <numerusform>%1 sur %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Already running on the selected device; wait for its result.</source>
        <translation>Déjà en cours sur l’appareil sélectionné&#xa0;; attendez son résultat.</translation>
    </message>
    <message>
        <source>None of the selected devices supports this action.</source>
        <translation>Aucun des appareils sélectionnés ne prend en charge cette action.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the passcode of %1?</source>
        <translation>Supprimer le code secret de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Reset the passcode of %1?</source>
        <translation>Réinitialiser le code secret de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Once the passcode is reset, anyone with physical access to the device can reach most of the personal and company data on it. Do not go ahead if the device is not in the user&apos;s hands.</source>
        <translation>Une fois le code secret réinitialisé, toute personne ayant physiquement accès à l’appareil peut accéder à la plupart des données personnelles et professionnelles qu’il contient. Ne continuez pas si l’appareil n’est pas entre les mains de l’utilisateur.</translation>
    </message>
    <message>
        <source>On iOS and iPadOS the passcode is removed and no temporary passcode is created.</source>
        <translation>Sur iOS et iPadOS, le code secret est supprimé et aucun code secret temporaire n’est créé.</translation>
    </message>
    <message>
        <source>A temporary passcode is generated and shown here for seven days.</source>
        <translation>Un code secret temporaire est généré et affiché ici pendant sept jours.</translation>
    </message>
    <message>
        <source>Lock %1 remotely?</source>
        <translation>Verrouiller %1 à distance&#xa0;?</translation>
    </message>
    <message>
        <source>The device locks at once; the user unlocks it with their passcode.</source>
        <translation>L’appareil se verrouille immédiatement&#xa0;; l’utilisateur le déverrouille avec son code secret.</translation>
    </message>
    <message>
        <source>A Mac locks with a six-digit recovery PIN, shown here once the lock is done.</source>
        <translation>Un Mac se verrouille avec un code PIN de récupération à six chiffres, affiché ici une fois le verrouillage effectué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Signed out. Passcodes shown in this session were dropped.</source>
        <translation>Déconnecté. Les codes secrets affichés pendant cette session ont été effacés.</translation>
    </message>
    <message>
        <source>The demo tenant is not running.</source>
        <translation>Le locataire de démonstration n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>Cannot use the profile “%1”: %2</source>
        <translation>Impossible d’utiliser le profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Profil de locataire</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Tenant profiles…</source>
        <translation>&amp;Profils de locataire…</translation>
    </message>
    <message numerus="yes">
        <source>%n device record(s) could not be read and are not listed (%1).</source>
        <translation>
            <numerusform>%n enregistrement d’appareil n’a pas pu être lu et ne figure pas dans la liste (%1).</numerusform>
            <numerusform>%n enregistrements d’appareils n’ont pas pu être lus et ne figurent pas dans la liste (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>A previous “%1” sent %2 is still pending on “%3”. Send another one?</source>
        <translation>Une action «&#xa0;%1&#xa0;» envoyée précédemment (%2) est toujours en attente sur «&#xa0;%3&#xa0;». En envoyer une autre&#xa0;?</translation>
    </message>
    <message>
        <source>The device has not picked up the previous reset yet. A second reset replaces it: any temporary passcode of the first one is no longer valid, and the user must use the new one.</source>
        <translation>L’appareil n’a pas encore récupéré la réinitialisation précédente. Une deuxième réinitialisation la remplace&#xa0;: le code secret temporaire éventuel de la première n’est plus valide, et l’utilisateur doit utiliser le nouveau.</translation>
    </message>
    <message>
        <source>The device has not picked up the previous lock yet; it locks when it next checks in. A second lock changes nothing for the user.</source>
        <translation>L’appareil n’a pas encore récupéré le verrouillage précédent&#xa0;; il se verrouillera lors de sa prochaine synchronisation. Un deuxième verrouillage ne change rien pour l’utilisateur.</translation>
    </message>
    <message>
        <source>Send another</source>
        <translation>En envoyer une autre</translation>
    </message>
    <message>
        <source>Intune reports it done but returned no temporary passcode; check Device actions.</source>
        <translation>Intune indique que c’est terminé, mais n’a renvoyé aucun code secret temporaire&#xa0;; vérifiez dans Actions d’appareil.</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>numéro de série %1</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>déjà en cours</translation>
    </message>
    <message>
        <source>not in the loaded list</source>
        <translation>absent de la liste chargée</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected device(s) cannot take this action and will be skipped:</source>
        <translation>
            <numerusform>%n appareil sélectionné ne peut pas recevoir cette action et sera ignoré&#xa0;:</numerusform>
            <numerusform>%n appareils sélectionnés ne peuvent pas recevoir cette action et seront ignorés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the device again: %1</source>
        <translation>Impossible de relire l’appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” read again from Intune.</source>
        <translation>«&#xa0;%1&#xa0;» relu depuis Intune.</translation>
    </message>
    <message>
        <source>Refresh this &amp;device</source>
        <translation>Actualiser cet &amp;appareil</translation>
    </message>
    <message>
        <source>On “%1” only the work profile passcode changes; the device&apos;s own screen lock stays as it is.</source>
        <translation>Sur «&#xa0;%1&#xa0;», seul le code secret du profil professionnel change&#xa0;; le verrouillage de l’écran de l’appareil reste tel quel.</translation>
    </message>
    <message>
        <source>The temporary passcode issued %1 for “%2” is still valid; a new reset replaces it and the user must use the new one.</source>
        <translation>Le code secret temporaire émis le %1 pour «&#xa0;%2&#xa0;» est toujours valide&#xa0;; une nouvelle réinitialisation le remplace et l’utilisateur doit utiliser le nouveau.</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Détails de l’appareil</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l’envoi</translation>
    </message>
    <message>
        <source>Devices not sent yet stay as they are; those already sent go on.</source>
        <translation>Les appareils pas encore envoyés restent tels quels&#xa0;; ceux déjà envoyés continuent.</translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1&#xa0;: %v sur %m</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s): %2 complete, %3 not sent, %4 to check in Device actions.</source>
        <translation>
            <numerusform>%1 sur %n appareil&#xa0;: %2 terminé(s), %3 non envoyé(s), %4 à vérifier dans Actions d’appareil.</numerusform>
            <numerusform>%1 sur %n appareils&#xa0;: %2 terminé(s), %3 non envoyé(s), %4 à vérifier dans Actions d’appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Device actions (%n new outcome(s))</source>
        <translation>
            <numerusform>Actions d’appareil (%n nouveau résultat)</numerusform>
            <numerusform>Actions d’appareil (%n nouveaux résultats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask %1 to check in with Intune now?</source>
        <translation>Demander à %1 de se synchroniser avec Intune maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Sync asks the device to check in now instead of at its next scheduled check-in, and to pick up what is waiting for it, such as a passcode reset or a lock. It only asks: a device that is switched off, asleep or offline checks in when it is back, which may still take a while.</source>
        <translation>La synchronisation demande à l’appareil de contacter Intune maintenant plutôt qu’à sa prochaine synchronisation planifiée, et de recevoir ce qui l’attend, par exemple une réinitialisation du code secret ou un verrouillage. Ce n’est qu’une demande&#xa0;: un appareil éteint, en veille ou hors connexion se synchronise à son retour, ce qui peut encore prendre du temps.</translation>
    </message>
    <message>
        <source>Waiting on “%1”: %2.</source>
        <translation>En attente sur «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The device has not answered the previous sync yet. Asking again does not make it answer sooner.</source>
        <translation>L’appareil n’a pas encore répondu à la synchronisation précédente. Redemander ne le fait pas répondre plus tôt.</translation>
    </message>
    <message>
        <source>A “%1” was sent %2 ago and is still pending.</source>
        <translation>Une action «&#xa0;%1&#xa0;» a été envoyée il y a %2 et est toujours en attente.</translation>
    </message>
    <message>
        <source>You sent a “%1” %2 ago; it is still pending.</source>
        <translation>Vous avez envoyé une action «&#xa0;%1&#xa0;» il y a %2&#xa0;; elle est toujours en attente.</translation>
    </message>
    <message>
        <source>A “%1” was sent by %2 %3 ago and is still pending.</source>
        <translation>Une action «&#xa0;%1&#xa0;» a été envoyée par %2 il y a %3 et est toujours en attente.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>This tenant is not onboarded to the Microsoft PIN reset service: Windows PIN reset is off. File &gt; Tenant readiness says how to fix it.</source>
        <translation>Ce locataire n’est pas intégré au service de réinitialisation de code PIN Microsoft&#xa0;: la réinitialisation du code PIN Windows est désactivée. Fichier &gt; Préparation du locataire indique comment y remédier.</translation>
    </message>
    <message>
        <source>Tenant &amp;readiness…</source>
        <translation>P&amp;réparation du locataire…</translation>
    </message>
    <message>
        <source>“%1” was locked %2 with a recovery PIN that may not have been used yet. A Mac refuses a new lock until that PIN has unlocked it: the new lock will probably fail.</source>
        <translation>«&#xa0;%1&#xa0;» a été verrouillé le %2 avec un code PIN de récupération qui n’a peut-être pas encore été utilisé. Un Mac refuse un nouveau verrouillage tant que ce code PIN ne l’a pas déverrouillé&#xa0;: le nouveau verrouillage échouera probablement.</translation>
    </message>
    <message>
        <source>Rotate the local administrator password of %1?</source>
        <translation>Renouveler le mot de passe de l’administrateur local de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The device sets a new password for its local administrator account at its next check-in and backs it up to Entra ID. The password read here stops working then: read the new one once the rotation is done.</source>
        <translation>L’appareil définit un nouveau mot de passe pour son compte d’administrateur local à sa prochaine synchronisation et le sauvegarde dans Entra ID. Le mot de passe lu ici cesse alors de fonctionner&#xa0;: lisez le nouveau une fois le renouvellement terminé.</translation>
    </message>
    <message>
        <source>Rotate the BitLocker recovery keys of %1?</source>
        <translation>Renouveler les clés de récupération BitLocker de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The device makes new recovery keys for its volumes at its next check-in and backs them up to Entra ID. The key read here stops working then.</source>
        <translation>L’appareil crée de nouvelles clés de récupération pour ses volumes à sa prochaine synchronisation et les sauvegarde dans Entra ID. La clé lue ici cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>Rotate the FileVault recovery key of %1?</source>
        <translation>Renouveler la clé de récupération FileVault de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The Mac makes a new personal recovery key at its next check-in and Intune escrows it. The key read here stops working then.</source>
        <translation>Le Mac crée une nouvelle clé de récupération personnelle à sa prochaine synchronisation et Intune la conserve. La clé lue ici cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>The device has not picked up the previous rotation yet; it makes its new secret when it next checks in. A second request changes nothing for the user.</source>
        <translation>L’appareil n’a pas encore pris en compte le renouvellement précédent&#xa0;; il créera son nouveau secret à sa prochaine synchronisation. Une seconde demande ne change rien pour l’utilisateur.</translation>
    </message>
    <message>
        <source>Could not load the devices: %1 The list shown is from %2, with what came since.</source>
        <translation>Impossible de charger les appareils&#xa0;: %1 La liste affichée date de %2, avec ce qui est arrivé depuis.</translation>
    </message>
    <message numerus="yes">
        <source>Could not load the devices: %1 The list shown is incomplete (%Ln device(s)).</source>
        <translation>
            <numerusform>Impossible de charger les appareils&#xa0;: %1 La liste affichée est incomplète (%Ln appareil).</numerusform>
            <numerusform>Impossible de charger les appareils&#xa0;: %1 La liste affichée est incomplète (%Ln appareils).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading canceled: the list shown is incomplete (%Ln device(s)).</source>
        <translation>
            <numerusform>Chargement annulé&#xa0;: la liste affichée est incomplète (%Ln appareil).</numerusform>
            <numerusform>Chargement annulé&#xa0;: la liste affichée est incomplète (%Ln appareils).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading canceled: the list shown is from %1, with what came since.</source>
        <translation>Chargement annulé&#xa0;: la liste affichée est datée de %1, avec ce qui est arrivé depuis.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) · tenant %1 · as of %2, saved on this computer</source>
        <translation>
            <numerusform>%n appareil · locataire %1 · liste enregistrée sur cet ordinateur, datée de %2</numerusform>
            <numerusform>%n appareils · locataire %1 · liste enregistrée sur cet ordinateur, datée de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing: %L1 of about %L2 devices read · list as of %3</source>
        <translation>Actualisation&#xa0;: %L1 appareils lus sur environ %L2 · liste datée de %3</translation>
    </message>
</context>
<context>
    <name>Passdesk::PagedListJob</name>
    <message>
        <source>a page without its “value” list</source>
        <translation>une page sans sa liste «&#xa0;value&#xa0;»</translation>
    </message>
    <message>
        <source>a next-page link that is not text</source>
        <translation>un lien de page suivante qui n’est pas du texte</translation>
    </message>
    <message>
        <source>Microsoft Graph pointed the next page outside Graph; the list is incomplete and Passdesk did not follow it.</source>
        <translation>Microsoft Graph a indiqué une page suivante hors de Graph&#xa0;; la liste est incomplète et Passdesk n’a pas suivi ce lien.</translation>
    </message>
    <message>
        <source>a next-page link that was already followed (a loop)</source>
        <translation>un lien de page suivante déjà suivi (une boucle)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s); Passdesk stopped there.</source>
        <translation>
            <numerusform>plus de %n page&#xa0;; Passdesk s’est arrêté là.</numerusform>
            <numerusform>plus de %n pages&#xa0;; Passdesk s’est arrêté là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passdesk::PasscodeCard</name>
    <message numerus="yes">
        <source>Copied; clears in %n second(s)</source>
        <translation>
            <numerusform>Copié&#xa0;; effacé dans %n seconde</numerusform>
            <numerusform>Copié&#xa0;; effacé dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery PIN</source>
        <translation>Code PIN de récupération</translation>
    </message>
    <message>
        <source>Temporary passcode</source>
        <translation>Code secret temporaire</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the passcode on screen; it hides again after a minute.</source>
        <translation>Afficher le code secret à l’écran&#xa0;; il est de nouveau masqué au bout d’une minute.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard; cleared after %n second(s).</source>
        <translation>
            <numerusform>Copier dans le Presse-papiers&#xa0;; effacé au bout de %n seconde.</numerusform>
            <numerusform>Copier dans le Presse-papiers&#xa0;; effacé au bout de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary passcode expired on %1 and is no longer available.</source>
        <translation>Le code secret temporaire a expiré le %1 et n’est plus disponible.</translation>
    </message>
    <message>
        <source>Hidden passcode</source>
        <translation>Code secret masqué</translation>
    </message>
    <message>
        <source>Hidden. Choose Reveal when the user is ready to type it.</source>
        <translation>Masqué. Choisissez Afficher quand l’utilisateur est prêt à le saisir.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
</context>
<context>
    <name>Passdesk::ProfileEditor</name>
    <message>
        <source>New tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Profils de locataire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>&amp;Cloud&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>ID d’&amp;application (client)&#xa0;:</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com ou l’ID du locataire</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Read Intune&apos;s a&amp;udit log for device history
(DeviceManagementApps.Read.All)</source>
        <translation>Lire le journal d’a&amp;udit d’Intune pour l’historique des appareils
(DeviceManagementApps.Read.All)</translation>
    </message>
    <message>
        <source>Shows who sent each remote action, from Intune&apos;s audit log. The app registration needs this delegated permission, and the operator an Intune role that may read audit data.</source>
        <translation>Affiche qui a envoyé chaque action à distance, d’après le journal d’audit d’Intune. L’inscription d’application a besoin de cette autorisation déléguée, et l’opérateur d’un rôle Intune autorisé à lire les données d’audit.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s read&amp;iness for Windows PIN reset
(Application.Read.All, DeviceManagementConfiguration.Read.All)</source>
        <translation>Vérifier la p&amp;réparation du locataire pour la réinitialisation du code PIN Windows
(Application.Read.All, DeviceManagementConfiguration.Read.All)</translation>
    </message>
    <message>
        <source>Lets File &gt; Tenant readiness read the PIN reset service&apos;s enterprise applications and the EnablePinRecovery policy. Without it those checks say they cannot tell.</source>
        <translation>Permet à Fichier &gt; Préparation du locataire de lire les applications d’entreprise du service de réinitialisation de code PIN et la stratégie EnablePinRecovery. Sans cette autorisation, ces vérifications indiquent «&#xa0;Impossible à dire&#xa0;».</translation>
    </message>
    <message>
        <source>Your organization registers Passdesk once in Entra ID (App registrations) as a public client with the redirect URI http://localhost and the delegated permissions DeviceManagementManagedDevices.Read.All and DeviceManagementManagedDevices.PrivilegedOperations.All. Copy its application (client) ID here. Reading Windows LAPS passwords and BitLocker keys also needs DeviceLocalCredential.Read.All and BitlockerKey.Read.All (admin consent): Passdesk asks for them the first time an operator reveals one.</source>
        <translation>Votre organisation inscrit Passdesk une fois dans Entra ID (Inscriptions d’applications) comme client public, avec l’URI de redirection http://localhost et les autorisations déléguées DeviceManagementManagedDevices.Read.All et DeviceManagementManagedDevices.PrivilegedOperations.All. Copiez ici son ID d’application (client). La lecture des mots de passe Windows LAPS et des clés BitLocker demande aussi DeviceLocalCredential.Read.All et BitlockerKey.Read.All (consentement administrateur)&#xa0;: Passdesk les demande la première fois qu’un opérateur en affiche un.</translation>
    </message>
</context>
<context>
    <name>Passdesk::ReadinessDialog</name>
    <message>
        <source>Tenant readiness</source>
        <translation>Préparation du locataire</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking what Microsoft Graph can tell about the tenant…</source>
        <translation>Vérification de ce que Microsoft Graph peut indiquer sur le locataire…</translation>
    </message>
    <message>
        <source>What Microsoft Graph can tell about tenant %1 before an action fails. Windows PIN reset needs the Microsoft PIN reset service (its two enterprise applications) and the EnablePinRecovery policy.</source>
        <translation>Ce que Microsoft Graph peut indiquer sur le locataire %1 avant qu’une action échoue. La réinitialisation du code PIN Windows nécessite le service de réinitialisation de code PIN Microsoft (ses deux applications d’entreprise) et la stratégie EnablePinRecovery.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non prêt</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Impossible à dire</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>Pour corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consent page (tenant administrator)</source>
        <translation>Page de consentement (administrateur du locataire)</translation>
    </message>
    <message>
        <source>Microsoft documentation</source>
        <translation>Documentation Microsoft</translation>
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
        <translation>Application d’entreprise «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A global administrator opens the consent page, signs in and accepts; do it for both PIN reset applications (the service first, then the client).</source>
        <translation>Un administrateur général ouvre la page de consentement, se connecte et accepte&#xa0;; faites-le pour les deux applications de réinitialisation de code PIN (d’abord le service, puis le client).</translation>
    </message>
    <message>
        <source>Cannot tell: reading enterprise applications needs the permission %1, which this sign-in does not have.</source>
        <translation>Impossible à dire&#xa0;: la lecture des applications d’entreprise nécessite l’autorisation %1, dont cette connexion ne dispose pas.</translation>
    </message>
    <message>
        <source>Cannot tell: %1</source>
        <translation>Impossible à dire&#xa0;: %1</translation>
    </message>
    <message>
        <source>no “value” list</source>
        <translation>pas de liste «&#xa0;value&#xa0;»</translation>
    </message>
    <message>
        <source>Consented: the application is in the tenant.</source>
        <translation>Consentement donné&#xa0;: l’application est présente dans le locataire.</translation>
    </message>
    <message>
        <source>The application is in the tenant but disabled (sign-in not allowed).</source>
        <translation>L’application est présente dans le locataire, mais désactivée (connexion non autorisée).</translation>
    </message>
    <message>
        <source>Enable it in Entra ID, Enterprise applications, Properties.</source>
        <translation>Activez-la dans Entra ID, Applications d’entreprise, Propriétés.</translation>
    </message>
    <message>
        <source>Not consented: the application is not in the tenant.</source>
        <translation>Consentement non donné&#xa0;: l’application n’est pas présente dans le locataire.</translation>
    </message>
    <message>
        <source>PIN recovery on Windows devices (EnablePinRecovery)</source>
        <translation>Récupération du code PIN sur les appareils Windows (EnablePinRecovery)</translation>
    </message>
    <message>
        <source>Assign a custom Windows 10 configuration that sets ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True.</source>
        <translation>Affectez une configuration personnalisée Windows 10 qui définit ./Device/Vendor/MSFT/PassportForWork/&lt;ID_locataire&gt;/Policies/EnablePinRecovery sur True.</translation>
    </message>
    <message>
        <source>Cannot tell: reading device configurations needs the permission %1, which this sign-in does not have.</source>
        <translation>Impossible à dire&#xa0;: la lecture des configurations d’appareil nécessite l’autorisation %1, dont cette connexion ne dispose pas.</translation>
    </message>
    <message>
        <source>Set to True by the policy “%1”.</source>
        <translation>Défini sur True par la stratégie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Set to False by the policy “%1”.</source>
        <translation>Défini sur False par la stratégie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot tell: no custom policy sets it. It may be set in the settings catalog, which Passdesk does not read.</source>
        <translation>Impossible à dire&#xa0;: aucune stratégie personnalisée ne le définit. Il est peut-être défini dans le catalogue des paramètres, que Passdesk ne lit pas.</translation>
    </message>
    <message>
        <source>Permission for remote actions (reset, lock, sync)</source>
        <translation>Autorisation pour les actions à distance (réinitialisation, verrouillage, synchronisation)</translation>
    </message>
    <message>
        <source>Permission to read devices</source>
        <translation>Autorisation de lire les appareils</translation>
    </message>
    <message>
        <source>Permission to read Intune&apos;s audit log</source>
        <translation>Autorisation de lire le journal d’audit d’Intune</translation>
    </message>
    <message>
        <source>Cannot tell: the access token was given to Passdesk as it is, without its permissions. It needs %1.</source>
        <translation>Impossible à dire&#xa0;: le jeton d’accès a été fourni tel quel à Passdesk, sans ses autorisations. Il lui faut %1.</translation>
    </message>
    <message>
        <source>Granted: %1.</source>
        <translation>Accordée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not granted: %1.</source>
        <translation>Non accordée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>An administrator adds the delegated permission %1 to the app registration of this tenant profile and grants admin consent.</source>
        <translation>Un administrateur ajoute l’autorisation déléguée %1 à l’inscription d’application de ce profil de locataire et accorde le consentement administrateur.</translation>
    </message>
    <message>
        <source>Your Intune role</source>
        <translation>Votre rôle Intune</translation>
    </message>
    <message>
        <source>Cannot tell: Graph names the missing Intune permission only when it refuses an action. Reset, lock and sync need a role such as Help Desk Operator (Remote tasks); the audit log needs Audit data: Read.</source>
        <translation>Impossible à dire&#xa0;: Graph n’indique l’autorisation Intune manquante que lorsqu’il refuse une action. La réinitialisation, le verrouillage et la synchronisation nécessitent un rôle tel que Help Desk Operator (Tâches à distance)&#xa0;; le journal d’audit nécessite l’autorisation Données d’audit&#xa0;: Lire.</translation>
    </message>
</context>
<context>
    <name>Passdesk::RecoverySecretJob</name>
    <message>
        <source>operating system volume</source>
        <translation>volume du système d’exploitation</translation>
    </message>
    <message>
        <source>fixed data volume</source>
        <translation>volume de données fixe</translation>
    </message>
    <message>
        <source>removable data volume</source>
        <translation>volume de données amovible</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID d’appareil.</translation>
    </message>
    <message>
        <source>a device that is not the one asked for</source>
        <translation>un appareil autre que celui demandé</translation>
    </message>
    <message>
        <source>Activation Lock bypass codes exist only for iPhones and iPads.</source>
        <translation>Les codes de contournement du verrouillage d’activation n’existent que pour les iPhone et les iPad.</translation>
    </message>
    <message>
        <source>This device is not supervised: Intune keeps a bypass code only for supervised devices.</source>
        <translation>Cet appareil n’est pas supervisé&#xa0;: Intune ne conserve de code de contournement que pour les appareils supervisés.</translation>
    </message>
    <message>
        <source>Intune holds no bypass code for this device. It is gone once the device has been wiped, and Activation Lock may not be on.</source>
        <translation>Intune ne détient aucun code de contournement pour cet appareil. Ce code disparaît dès que l’appareil a été effacé, et le verrouillage d’activation n’est peut-être pas activé.</translation>
    </message>
    <message>
        <source>FileVault recovery keys exist only for Macs.</source>
        <translation>Les clés de récupération personnelles FileVault n’existent que pour les Mac.</translation>
    </message>
    <message>
        <source>Intune escrows the FileVault recovery key of corporate-owned Macs only; this one is personal.</source>
        <translation>Intune ne conserve la clé de récupération personnelle FileVault que pour les Mac appartenant à l’entreprise&#xa0;; celui-ci est un Mac personnel.</translation>
    </message>
    <message>
        <source>BitLocker recovery keys are kept in Entra ID for Windows devices joined to it; this device is not one.</source>
        <translation>Les clés de récupération BitLocker sont conservées dans Entra ID pour les appareils Windows qui y sont joints&#xa0;; ce n’est pas le cas de cet appareil.</translation>
    </message>
    <message>
        <source>Reading BitLocker recovery keys needs the permission %1, which this sign-in does not have.</source>
        <translation>La lecture des clés de récupération BitLocker nécessite l’autorisation %1, dont cette connexion ne dispose pas.</translation>
    </message>
    <message>
        <source>Intune holds no FileVault recovery key for this Mac.</source>
        <translation>Intune ne détient aucune clé de récupération personnelle FileVault pour ce Mac.</translation>
    </message>
    <message>
        <source>Intune holds no FileVault recovery key for this Mac: FileVault was not turned on by an Intune policy with key escrow, or the Mac has not sent its key yet.</source>
        <translation>Intune ne détient aucune clé de récupération personnelle FileVault pour ce Mac&#xa0;: FileVault n’a pas été activé par une stratégie Intune avec dépôt de la clé, ou le Mac n’a pas encore envoyé sa clé.</translation>
    </message>
    <message>
        <source>Your Entra role may not read BitLocker recovery keys. Cloud Device Administrator, Helpdesk Administrator, Intune Administrator and Security Administrator can, with the permission %1.</source>
        <translation>Votre rôle Entra ne permet pas de lire les clés de récupération BitLocker. Cloud Device Administrator, Helpdesk Administrator, Intune Administrator et Security Administrator le permettent, avec l’autorisation %1.</translation>
    </message>
    <message>
        <source>Entra ID holds no BitLocker recovery key for this device.</source>
        <translation>Entra ID ne détient aucune clé de récupération BitLocker pour cet appareil.</translation>
    </message>
    <message>
        <source>No recovery key of this device starts with “%1”. Its keys: %2.</source>
        <translation>Aucune clé de récupération de cet appareil ne commence par «&#xa0;%1&#xa0;». Ses clés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This device has several recovery keys: %1. Ask the user for the key ID shown on the recovery screen and give its first characters.</source>
        <translation>Cet appareil a plusieurs clés de récupération&#xa0;: %1. Demandez à l’utilisateur l’ID de clé affiché sur l’écran de récupération et indiquez-en les premiers caractères.</translation>
    </message>
    <message>
        <source>a recovery key that is not 48 digits</source>
        <translation>une clé de récupération qui ne compte pas 48 chiffres</translation>
    </message>
</context>
<context>
    <name>Passdesk::SecretsBox</name>
    <message>
        <source>Recovery secrets</source>
        <translation>Secrets de récupération</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy to the clipboard, hidden from clipboard history; cleared after 30 seconds.</source>
        <translation>Copier dans le presse-papiers, sans apparaître dans l’historique du presse-papiers&#xa0;; effacé après 30 secondes.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Windows LAPS password (local administrator)</source>
        <translation>Mot de passe Windows LAPS (administrateur local)</translation>
    </message>
    <message>
        <source>Entra ID logs this read with your name.</source>
        <translation>Entra ID journalise cette lecture avec votre nom.</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>Clé de récupération BitLocker</translation>
    </message>
    <message>
        <source>Entra ID logs this read with your name. Type the first characters of the key ID the user&apos;s recovery screen shows.</source>
        <translation>Entra ID journalise cette lecture avec votre nom. Saisissez les premiers caractères de l’ID de clé affiché sur l’écran de récupération de l’utilisateur.</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Clé de récupération personnelle FileVault</translation>
    </message>
    <message>
        <source>Activation Lock bypass code</source>
        <translation>Code de contournement du verrouillage d’activation</translation>
    </message>
    <message>
        <source>Only supervised devices have one; it is gone after a wipe.</source>
        <translation>Seuls les appareils supervisés en ont un&#xa0;; il disparaît après un effacement.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>First characters of the key ID</source>
        <translation>Premiers caractères de l’ID de clé</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Reading from Microsoft Graph…</source>
        <translation>Lecture dans Microsoft Graph…</translation>
    </message>
    <message>
        <source>Account %1 · backed up %2 · next rotation %3</source>
        <translation>Compte %1 · sauvegardé le %2 · prochaine rotation le %3</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>ID de clé %1</translation>
    </message>
    <message>
        <source>Hidden again in a minute.</source>
        <translation>Masqué à nouveau dans une minute.</translation>
    </message>
    <message>
        <source>%1 · hidden again in a minute.</source>
        <translation>%1 · masqué à nouveau dans une minute.</translation>
    </message>
    <message>
        <source>Sign in to &amp;give the permission…</source>
        <translation>Se connecter pour &amp;accorder l’autorisation…</translation>
    </message>
    <message>
        <source>Once the user is back in, ask the device for a new one: the secret read here then stops working.</source>
        <translation>Une fois l’utilisateur reconnecté, demandez-en un nouveau à l’appareil&#xa0;: le secret lu ici cessera alors de fonctionner.</translation>
    </message>
    <message>
        <source>Reading Windows LAPS passwords</source>
        <translation>La lecture des mots de passe Windows LAPS</translation>
    </message>
    <message>
        <source>Reading BitLocker recovery keys</source>
        <translation>La lecture des clés de récupération BitLocker</translation>
    </message>
    <message>
        <source>%1 needs the permission %2, which has not been given to Passdesk yet. Sign in to give it; your tenant&apos;s administrator may have to approve it.</source>
        <translation>%1 demande l’autorisation %2, qui n’a pas encore été accordée à Passdesk. Connectez-vous pour l’accorder&#xa0;; l’administrateur du locataire devra peut-être l’approuver.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>En attente de la connexion…</translation>
    </message>
</context>
<context>
    <name>Passdesk::SignInDialog</name>
    <message>
        <source>The code is valid for %1.</source>
        <translation>Le code est valable pendant %1.</translation>
    </message>
    <message>
        <source>The code has expired. Choose “Use a code instead” for a new one.</source>
        <translation>Le code a expiré. Choisissez «&#xa0;Utiliser un code à la place&#xa0;» pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code. Passdesk continues by itself once you are signed in.</source>
        <translation>En attente de la saisie du code. Passdesk continuera automatiquement une fois que vous serez connecté.</translation>
    </message>
    <message>
        <source>Passdesk has opened your browser: sign in there with your work account. If the browser cannot come back to this computer, use a code instead.</source>
        <translation>Passdesk a ouvert votre navigateur&#xa0;: connectez-vous-y avec votre compte professionnel. Si le navigateur ne parvient pas à revenir vers cet ordinateur, utilisez plutôt un code.</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter this code:</source>
        <translation>Sur n’importe quel appareil, ouvrez &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; et entrez ce code&#xa0;:</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>Copier le &amp;code</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>&amp;Use a code instead</source>
        <translation>&amp;Utiliser un code à la place</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>alfa</source>
        <translation>anatole</translation>
    </message>
    <message>
        <source>bravo</source>
        <translation>berthe</translation>
    </message>
    <message>
        <source>charlie</source>
        <translation>célestin</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>désiré</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>eugène</translation>
    </message>
    <message>
        <source>foxtrot</source>
        <translation>françois</translation>
    </message>
    <message>
        <source>golf</source>
        <translation>gaston</translation>
    </message>
    <message>
        <source>hotel</source>
        <translation>henri</translation>
    </message>
    <message>
        <source>india</source>
        <translation>irma</translation>
    </message>
    <message>
        <source>juliett</source>
        <translation>joseph</translation>
    </message>
    <message>
        <source>kilo</source>
        <translation>kléber</translation>
    </message>
    <message>
        <source>lima</source>
        <translation>louis</translation>
    </message>
    <message>
        <source>mike</source>
        <translation>marcel</translation>
    </message>
    <message>
        <source>november</source>
        <translation>nicolas</translation>
    </message>
    <message>
        <source>oscar</source>
        <translation>oscar</translation>
    </message>
    <message>
        <source>papa</source>
        <translation>pierre</translation>
    </message>
    <message>
        <source>quebec</source>
        <translation>quintal</translation>
    </message>
    <message>
        <source>romeo</source>
        <translation>raoul</translation>
    </message>
    <message>
        <source>sierra</source>
        <translation>suzanne</translation>
    </message>
    <message>
        <source>tango</source>
        <translation>thérèse</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>ursule</translation>
    </message>
    <message>
        <source>victor</source>
        <translation>victor</translation>
    </message>
    <message>
        <source>whiskey</source>
        <translation>william</translation>
    </message>
    <message>
        <source>x-ray</source>
        <translation>xavier</translation>
    </message>
    <message>
        <source>yankee</source>
        <translation>yvonne</translation>
    </message>
    <message>
        <source>zulu</source>
        <translation>zoé</translation>
    </message>
    <message>
        <source>%1 (lower case)</source>
        <translation>%1 (minuscule)</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>arobase</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>dièse</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>point d’exclamation</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>point d’interrogation</translation>
    </message>
    <message>
        <source>dollar sign</source>
        <translation>dollar</translation>
    </message>
    <message>
        <source>percent sign</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>ampersand</source>
        <translation>esperluette</translation>
    </message>
    <message>
        <source>asterisk</source>
        <translation>astérisque</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>tiret</translation>
    </message>
    <message>
        <source>underscore</source>
        <translation>tiret bas</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>égal</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>point</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>deux-points</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>barre oblique</translation>
    </message>
    <message>
        <source>backslash</source>
        <translation>barre oblique inversée</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <translation>parenthèse ouvrante</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <translation>parenthèse fermante</translation>
    </message>
    <message>
        <source>opening square bracket</source>
        <translation>crochet ouvrant</translation>
    </message>
    <message>
        <source>closing square bracket</source>
        <translation>crochet fermant</translation>
    </message>
    <message>
        <source>opening brace</source>
        <translation>accolade ouvrante</translation>
    </message>
    <message>
        <source>closing brace</source>
        <translation>accolade fermante</translation>
    </message>
    <message>
        <source>less-than sign</source>
        <translation>inférieur à</translation>
    </message>
    <message>
        <source>greater-than sign</source>
        <translation>supérieur à</translation>
    </message>
    <message>
        <source>tilde</source>
        <translation>tilde</translation>
    </message>
    <message>
        <source>caret</source>
        <translation>accent circonflexe</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>apostrophe</translation>
    </message>
    <message>
        <source>double quotation mark</source>
        <translation>guillemet droit</translation>
    </message>
    <message>
        <source>backtick</source>
        <translation>accent grave</translation>
    </message>
    <message>
        <source>euro sign</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>pound sign</source>
        <translation>livre sterling</translation>
    </message>
    <message>
        <source>%1 (accented letter)</source>
        <translation>%1 (lettre accentuée)</translation>
    </message>
</context>
<context>
    <name>SupportMatrix</name>
    <message>
        <source>Android 7.0 and later no longer let a device administrator reset the passcode. If the user cannot remember it, the device must be reset to factory settings.</source>
        <translation>Android 7.0 et versions ultérieures ne permettent plus à un administrateur d’appareil de réinitialiser le code secret. Si l’utilisateur ne s’en souvient plus, l’appareil doit être réinitialisé aux paramètres d’usine.</translation>
    </message>
    <message>
        <source>Work profile passcodes can be reset from Android 7.0 onwards; this device runs an earlier version.</source>
        <translation>Le code secret du profil professionnel ne peut être réinitialisé qu’à partir d’Android 7.0&#xa0;; cet appareil exécute une version antérieure.</translation>
    </message>
    <message>
        <source>Intune does not remote lock personally-owned work profile devices: the device belongs to the user.</source>
        <translation>Intune ne verrouille pas à distance les appareils avec profil professionnel personnel&#xa0;: l’appareil appartient à l’utilisateur.</translation>
    </message>
    <message>
        <source>Windows 10 Mobile needs the Creators Update (build 15063) or later for a passcode reset. Ask the user to update the device.</source>
        <translation>Pour réinitialiser le code secret, Windows 10 Mobile doit exécuter Creators Update (build 15063) ou une version ultérieure. Demandez à l’utilisateur de mettre à jour l’appareil.</translation>
    </message>
    <message>
        <source>The passcode of Windows 10 Mobile can be reset only on devices joined to Azure AD; this device is not.</source>
        <translation>Le code secret de Windows 10 Mobile ne peut être réinitialisé que sur les appareils joints à Azure AD&#xa0;; ce n’est pas le cas de cet appareil.</translation>
    </message>
    <message>
        <source>Windows Phone 8.0 has no passcode reset; only Windows Phone 8.1 gets a temporary passcode.</source>
        <translation>Windows Phone 8.0 ne permet pas de réinitialiser le code secret&#xa0;; seul Windows Phone 8.1 reçoit un code secret temporaire.</translation>
    </message>
    <message>
        <source>Passcode reset is not supported on Windows RT 8.1 and Windows 8.1.</source>
        <translation>La réinitialisation du code secret n’est pas prise en charge sur Windows RT 8.1 et Windows 8.1.</translation>
    </message>
    <message>
        <source>Remote lock works on Windows RT 8.1 and Windows 8.1 only when the person signed in is the one who enrolled the device; someone else is signed in now.</source>
        <translation>Sur Windows RT 8.1 et Windows 8.1, le verrouillage à distance ne fonctionne que si la personne connectée est celle qui a inscrit l’appareil&#xa0;; une autre personne est actuellement connectée.</translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on Windows PCs. The user can reset their Windows Hello PIN from the sign-in screen.</source>
        <translation>Intune ne réinitialise pas le code secret des PC Windows. L’utilisateur peut réinitialiser son code PIN Windows Hello depuis l’écran de connexion.</translation>
    </message>
    <message>
        <source>Intune no longer offers remote lock for Windows PCs.</source>
        <translation>Intune ne propose plus le verrouillage à distance pour les PC Windows.</translation>
    </message>
    <message>
        <source>Remote lock and passcode reset are not supported on PCs managed with the Intune client software.</source>
        <translation>Le verrouillage à distance et la réinitialisation du code secret ne sont pas pris en charge sur les PC gérés par le logiciel client Intune.</translation>
    </message>
    <message>
        <source>Intune does not reset passcodes on macOS. Use remote lock with a recovery PIN instead.</source>
        <translation>Intune ne réinitialise pas le code secret sous macOS. Utilisez plutôt le verrouillage à distance avec un code PIN de récupération.</translation>
    </message>
    <message>
        <source>This device is known only through Exchange ActiveSync and is not enrolled in Intune, so Intune cannot run remote actions on it.</source>
        <translation>Cet appareil n’est connu que par Exchange ActiveSync et n’est pas inscrit dans Intune&#xa0;: Intune ne peut donc pas y exécuter d’actions à distance.</translation>
    </message>
    <message>
        <source>Passdesk cannot tell which platform this device runs, so it offers no remote action.</source>
        <translation>Passdesk ne parvient pas à déterminer la plateforme de cet appareil et ne propose donc aucune action à distance.</translation>
    </message>
    <message>
        <source>The passcode has been removed; no temporary passcode is created. If a passcode policy applies, the device asks the user to set a new passcode in Settings. If the user unlocks with Touch ID, they must set it up again.</source>
        <translation>Le code secret a été supprimé&#xa0;; aucun code secret temporaire n’est créé. Si une stratégie de code secret s’applique, l’appareil invite l’utilisateur à définir un nouveau code secret dans Réglages. Si l’utilisateur déverrouille l’appareil avec Touch ID, il doit le configurer de nouveau.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the device with it, then change it in Settings.</source>
        <translation>Lisez le code secret temporaire (lettres et chiffres) à l’utilisateur. Il déverrouille l’appareil avec ce code, puis le modifie dans Paramètres.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user. They unlock the work profile with it, then change it in Settings.</source>
        <translation>Lisez le code secret temporaire (lettres et chiffres) à l’utilisateur. Il déverrouille le profil professionnel avec ce code, puis le modifie dans Paramètres.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (letters and digits) to the user, then have them change it in Settings. Windows Hello face recognition keeps working.</source>
        <translation>Lisez le code secret temporaire (lettres et chiffres) à l’utilisateur, puis demandez-lui de le modifier dans Paramètres. La reconnaissance faciale Windows Hello continue de fonctionner.</translation>
    </message>
    <message>
        <source>Read the temporary passcode (digits only) to the user, then have them change it in Settings.</source>
        <translation>Lisez le code secret temporaire (chiffres uniquement) à l’utilisateur, puis demandez-lui de le modifier dans Paramètres.</translation>
    </message>
    <message>
        <source>The device is locked. The user unlocks it with their usual passcode.</source>
        <translation>L’appareil est verrouillé. L’utilisateur le déverrouille avec son code secret habituel.</translation>
    </message>
    <message>
        <source>The Mac is locked. It opens only with the six-digit recovery PIN shown here: read it to the user only when they have the Mac in front of them.</source>
        <translation>Le Mac est verrouillé. Il ne se déverrouille qu’avec le code PIN de récupération à six chiffres affiché ici&#xa0;: ne le lisez à l’utilisateur que lorsqu’il a le Mac devant lui.</translation>
    </message>
    <message>
        <source>The user has probably never activated the passcode reset token. After enrollment Android shows a notification asking for the work profile passcode: ask the user to open it and enter the passcode, then try again.</source>
        <translation>L’utilisateur n’a probablement jamais activé le jeton de réinitialisation du code secret. Après l’inscription, Android affiche une notification qui demande le code secret du profil professionnel&#xa0;: demandez à l’utilisateur de l’ouvrir et d’entrer le code secret, puis réessayez.</translation>
    </message>
    <message>
        <source>The device probably lacks PIN recovery: assign a custom policy setting ./Device/Vendor/MSFT/PassportForWork/&lt;tenant ID&gt;/Policies/EnablePinRecovery to True, and check that the Microsoft PIN Reset Service is connected to the tenant. Let the device sync, then try again.</source>
        <translation>La récupération du code PIN n’est probablement pas activée sur l’appareil&#xa0;: affectez une stratégie personnalisée qui définit ./Device/Vendor/MSFT/PassportForWork/&lt;ID_locataire&gt;/Policies/EnablePinRecovery sur True, et vérifiez que le service de réinitialisation de code PIN Microsoft est connecté au locataire. Laissez l’appareil se synchroniser, puis réessayez.</translation>
    </message>
    <message>
        <source>Check that a device configuration policy requires a passcode on this device: without one the reset fails.</source>
        <translation>Vérifiez qu’une stratégie de configuration d’appareil exige un code secret sur cet appareil&#xa0;: sinon, la réinitialisation échoue.</translation>
    </message>
    <message>
        <source>Intune may hold a wrong unlock token for this device. If the user still cannot get in, the device has to be wiped.</source>
        <translation>Intune détient peut-être un jeton de déverrouillage incorrect pour cet appareil. Si l’utilisateur ne parvient toujours pas à y accéder, l’appareil doit être effacé.</translation>
    </message>
    <message>
        <source>Remote lock works only when the person signed in on the device is the one who enrolled it.</source>
        <translation>Le verrouillage à distance ne fonctionne que si la personne connectée sur l’appareil est celle qui l’a inscrit.</translation>
    </message>
    <message>
        <source>A previous lock&apos;s recovery PIN has probably not been used yet. Do not send remote lock again until the Mac has been unlocked with that PIN.</source>
        <translation>Le code PIN de récupération d’un verrouillage précédent n’a probablement pas encore été utilisé. N’envoyez pas de nouveau verrouillage à distance tant que le Mac n’a pas été déverrouillé avec ce code PIN.</translation>
    </message>
    <message>
        <source>The device reported a failure. Check that it is switched on and connected, wait for it to check in, then try again.</source>
        <translation>L’appareil a signalé un échec. Vérifiez qu’il est allumé et connecté, attendez qu’il se synchronise, puis réessayez.</translation>
    </message>
    <message>
        <source>The device answered that it does not support this action.</source>
        <translation>L’appareil a répondu qu’il ne prend pas en charge cette action.</translation>
    </message>
    <message>
        <source>Remote lock</source>
        <translation>Verrouiller à distance</translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation>Supprimer le code secret</translation>
    </message>
    <message>
        <source>Reset passcode</source>
        <translation>Réinitialiser le code secret</translation>
    </message>
    <message>
        <source>Intune offers Sync for Android, iOS/iPadOS, macOS and Windows 10 or later; this device checks in on its own schedule.</source>
        <translation>Intune propose la synchronisation pour Android, iOS/iPadOS, macOS et Windows 10 ou version ultérieure&#xa0;; cet appareil se synchronise selon son propre calendrier.</translation>
    </message>
    <message>
        <source>The device has checked in and received what was waiting for it, remote actions included.</source>
        <translation>L’appareil s’est synchronisé et a reçu ce qui l’attendait, actions à distance comprises.</translation>
    </message>
    <message>
        <source>The device did not check in. It may be switched off, asleep or offline; what is pending stays pending until its next check-in.</source>
        <translation>L’appareil ne s’est pas synchronisé. Il est peut-être éteint, en veille ou hors connexion&#xa0;; ce qui est en attente le reste jusqu’à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>The tenant is not onboarded to the Microsoft PIN reset service: its two enterprise applications, Microsoft Pin Reset Service Production and Microsoft Pin Reset Client Production, have not been consented, so Intune cannot reset the PIN of Windows devices. File &gt; Tenant readiness says how to fix it.</source>
        <translation>Le locataire n’est pas intégré au service de réinitialisation de code PIN Microsoft&#xa0;: ses deux applications d’entreprise, Microsoft Pin Reset Service Production et Microsoft Pin Reset Client Production, n’ont pas reçu de consentement, donc Intune ne peut pas réinitialiser le code PIN des appareils Windows. Fichier &gt; Préparation du locataire indique comment y remédier.</translation>
    </message>
    <message>
        <source>Windows LAPS passwords and BitLocker recovery keys are kept in Entra ID for Windows 10 and later devices joined to it.</source>
        <translation>Entra ID conserve les mots de passe Windows LAPS et les clés de récupération BitLocker des appareils Windows 10 et versions ultérieures qui y sont joints.</translation>
    </message>
    <message>
        <source>This PC is managed by the Intune client software, not enrolled in Intune: its LAPS password and BitLocker keys are not in Entra ID.</source>
        <translation>Ce PC est géré par le logiciel client Intune, il n’est pas inscrit dans Intune&#xa0;: son mot de passe LAPS et ses clés BitLocker ne sont pas dans Entra ID.</translation>
    </message>
    <message>
        <source>Intune escrows the FileVault recovery key of corporate-owned Macs only; this Mac is personal.</source>
        <translation>Intune ne dépose la clé de récupération FileVault que pour les Mac appartenant à l’entreprise&#xa0;; ce Mac est personnel.</translation>
    </message>
    <message>
        <source>This device is not supervised: Intune keeps an Activation Lock bypass code only for supervised iPhones and iPads.</source>
        <translation>Cet appareil n’est pas supervisé&#xa0;: Intune ne conserve un code de contournement du verrouillage d’activation que pour les iPhone et iPad supervisés.</translation>
    </message>
    <message>
        <source>This device has no such recovery secret in Intune or Entra ID to rotate.</source>
        <translation>Cet appareil n’a pas de tel secret de récupération dans Intune ou Entra ID à renouveler.</translation>
    </message>
    <message>
        <source>The device has made its new secret and backed it up; the one read before no longer works. Reveal reads the new one.</source>
        <translation>L’appareil a créé son nouveau secret et l’a sauvegardé&#xa0;; celui lu auparavant ne fonctionne plus. «&#xa0;Afficher&#xa0;» lit le nouveau.</translation>
    </message>
    <message>
        <source>The device rotates its password only under a Windows LAPS policy from Intune that backs the password up to Entra ID.</source>
        <translation>L’appareil ne renouvelle son mot de passe que sous une stratégie Windows LAPS d’Intune qui le sauvegarde dans Entra ID.</translation>
    </message>
    <message>
        <source>Key rotation needs Windows 10 version 1909 or later and the BitLocker policy setting “Client-driven recovery password rotation” turned on; the recovery keys must already be backed up to Entra ID.</source>
        <translation>Le renouvellement des clés demande Windows 10 version 1909 ou ultérieure et le paramètre de stratégie BitLocker «&#xa0;Rotation du mot de passe de récupération pilotée par le client&#xa0;» activé&#xa0;; les clés de récupération doivent déjà être sauvegardées dans Entra ID.</translation>
    </message>
    <message>
        <source>The Mac makes a new key only under an Intune FileVault policy that escrows its personal recovery key.</source>
        <translation>Le Mac ne crée une nouvelle clé que sous une stratégie FileVault d’Intune qui conserve sa clé de récupération personnelle.</translation>
    </message>
    <message>
        <source>Rotate LAPS password</source>
        <translation>Renouveler le mot de passe LAPS</translation>
    </message>
    <message>
        <source>Rotate BitLocker keys</source>
        <translation>Renouveler les clés BitLocker</translation>
    </message>
    <message>
        <source>Rotate FileVault key</source>
        <translation>Renouveler la clé FileVault</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>The tenant is its ID (a GUID) or one of its domains, such as contoso.onmicrosoft.com.</source>
        <translation>Le locataire est son ID (un GUID) ou l’un de ses domaines, par exemple contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The application (client) ID is a GUID, shown on the app registration&apos;s Overview page in Entra ID.</source>
        <translation>L’ID d’application (client) est un GUID, affiché dans la page Vue d’ensemble de l’inscription d’application dans Entra ID.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Use the embedded demo tenant.</source>
        <translation>Utiliser le locataire de démonstration intégré.</translation>
    </message>
    <message>
        <source>Microsoft Graph base URL, e.g. https://graph.microsoft.com/beta.</source>
        <translation>URL de base de Microsoft Graph, par exemple https://graph.microsoft.com/beta.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>Confirm a remote action.</source>
        <translation>Confirmer une action à distance.</translation>
    </message>
    <message>
        <source>Filter devices.</source>
        <translation>Filtrer les appareils.</translation>
    </message>
    <message>
        <source>Demo tenant: how long devices take to check in.</source>
        <translation>Locataire de démonstration&#xa0;: délai de synchronisation des appareils.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Action à effectuer.</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>aucune commande indiquée&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>“%1” needs a device id.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un ID d’appareil.</translation>
    </message>
    <message>
        <source>“%1” acts on a real device: add --yes to confirm.</source>
        <translation>«&#xa0;%1&#xa0;» agit sur un appareil réel&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>set PASSDESK_ACCESS_TOKEN to an access token for Microsoft Graph.</source>
        <translation>définissez PASSDESK_ACCESS_TOKEN avec un jeton d’accès pour Microsoft Graph.</translation>
    </message>
    <message>
        <source>Tenant profile to use.</source>
        <translation>Profil de locataire à utiliser.</translation>
    </message>
    <message>
        <source>login: sign in through a browser instead of a code.</source>
        <translation>login&#xa0;: se connecter dans un navigateur plutôt qu’avec un code.</translation>
    </message>
    <message>
        <source>give one of --demo, --profile NAME or --graph-url URL.</source>
        <translation>indiquez --demo, --profile NAME ou --graph-url URL.</translation>
    </message>
    <message>
        <source>“%1” needs --profile or --demo.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite --profile ou --demo.</translation>
    </message>
    <message>
        <source>no profile named “%1”.</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>use --demo for the demo tenant.</source>
        <translation>utilisez --demo pour le locataire de démonstration.</translation>
    </message>
    <message>
        <source>Seconds the whole command may take (default 900).</source>
        <translation>Durée maximale de la commande entière, en secondes (900 par défaut).</translation>
    </message>
    <message>
        <source>Seconds between checks (default 3, at least 1).</source>
        <translation>Intervalle entre les vérifications, en secondes (3 par défaut, 1 au minimum).</translation>
    </message>
    <message>
        <source>Send the action even if the same one is still pending on the device.</source>
        <translation>Envoyer l’action même si la même action est toujours en attente sur l’appareil.</translation>
    </message>
    <message>
        <source>--poll takes 1 to 600 seconds.</source>
        <translation>--poll accepte une valeur de 1 à 600 secondes.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, at least 1.</source>
        <translation>--timeout accepte un nombre de secondes, au moins 1.</translation>
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
        <translation>Outil de script associé à Passdesk.

Commandes&#xa0;:
  devices [--search S]        lister les appareils gérés
  device ID                   afficher un appareil et les actions qu’il prend en charge
  reset-passcode ID… --yes    réinitialiser le code secret (ou le supprimer sous iOS) et attendre le résultat
  remote-lock ID… --yes       verrouiller le ou les appareils et attendre le résultat
  sync ID… --yes              demander au ou aux appareils de se synchroniser maintenant et attendre
  actions ID                  lister les actions à distance de l’appareil
  history ID                  qui a fait quoi sur l’appareil, d’après les audits d’Intune
  passcode ID                 afficher le code secret temporaire en cours de validité, s’il y en a un
  laps-password ID            lire le mot de passe LAPS Windows (Entra ID journalise la lecture)
  bitlocker-key ID            lire une clé de récupération BitLocker (--key-id PREFIX&#xa0;; Entra ID journalise la lecture)
  filevault-key ID            lire la clé de récupération personnelle FileVault d’un Mac appartenant à l’entreprise
  bypass-code ID              lire le code de contournement du verrouillage d’activation d’un iPhone/iPad supervisé
  unlock-pin ID               afficher le code PIN de récupération en cours de validité d’un Mac verrouillé
  login [--browser]           se connecter au profil (par code d’appareil ou dans le navigateur)
  logout                      se déconnecter et oublier la connexion enregistrée

Choisissez le locataire avec --demo, --profile NAME (les profils sont partagés avec la console)
ou --graph-url URL avec un jeton d’accès dans PASSDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>bitlocker-key: the first characters of the key ID on the recovery screen.</source>
        <translation>bitlocker-key&#xa0;: les premiers caractères de l’ID de clé affiché sur l’écran de récupération.</translation>
    </message>
    <message>
        <source>login: also ask for this Graph permission (comma-separated), such as DeviceLocalCredential.Read.All.</source>
        <translation>login&#xa0;: demander aussi cette autorisation Graph (séparées par des virgules), par exemple DeviceLocalCredential.Read.All.</translation>
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
