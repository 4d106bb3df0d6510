### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Opérateurs : connexion et espace de travail

# unreviewed
login-title = Connexion des opérateurs
# unreviewed
login-intro = Espace réservé aux opérateurs du réseau des guichets.
# unreviewed
login-email = Adresse e-mail
# unreviewed
login-password = Mot de passe
# unreviewed
login-submit = Se connecter
# unreviewed
login-refused = Adresse e-mail ou mot de passe incorrect, ou compte désactivé.
# unreviewed
login-throttled = Trop de tentatives infructueuses. Réessayez dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
# unreviewed
workspace-welcome = Bienvenue, { $name }.
# unreviewed
workspace-roles-heading = Vos rôles
# unreviewed
workspace-no-roles = Aucun rôle ne vous a encore été attribué : adressez-vous à la coordination du réseau.
# unreviewed
workspace-nav-profile = Profil
# unreviewed
workspace-nav-audit = Journal d'activité
# unreviewed
profile-title = Votre profil
# unreviewed
profile-email = E-mail :
# unreviewed
profile-password-heading = Changer le mot de passe
# unreviewed
profile-current-password = Mot de passe actuel
# unreviewed
profile-new-password = Nouveau mot de passe (au moins 12 caractères)
# unreviewed
profile-confirm-password = Répétez le nouveau mot de passe
# unreviewed
profile-password-submit = Changer le mot de passe
# unreviewed
profile-password-changed = Mot de passe changé. Les autres sessions ouvertes ont été fermées.
# unreviewed
profile-password-wrong = Le mot de passe actuel n'est pas correct.
# unreviewed
profile-password-mismatch = Les deux nouveaux mots de passe ne correspondent pas.
# unreviewed
profile-password-too-short = Le nouveau mot de passe doit comporter au moins 12 caractères.
# unreviewed
role-admin = Administration
# unreviewed
role-coordinator = Coordination régionale
# unreviewed
role-hub_editor = Rédaction de centre thématique
# unreviewed
role-l2_operator = Opérateur de guichet spécialisé
# unreviewed
role-l1_operator = Opérateur de guichet de premier accueil
# unreviewed
role-translator = Traduction
# unreviewed
role-trainer = Formation
# unreviewed
role-viewer = Consultation seule
# unreviewed
scope-network = tout le réseau
# unreviewed
scope-organisation = organisme { $target }
# unreviewed
scope-desk = guichet { $target }
# unreviewed
scope-theme = thème { $target }
# unreviewed
scope-language = langue { $target }

## Vérification en deux étapes

# unreviewed
workspace-nav-twofa = Vérification en deux étapes
# unreviewed
code-title = Code de vérification
# unreviewed
code-intro = Ouvrez l'application d'authentification sur votre téléphone et saisissez le code à 6 chiffres. Si vous n'avez pas votre téléphone, utilisez l'un de vos codes de récupération.
# unreviewed
code-label = Code
# unreviewed
code-submit = Vérifier
# unreviewed
code-refused = Code non valide ou déjà utilisé. Réessayez avec le nouveau code.
# unreviewed
code-attempts-exhausted = Trop de codes erronés : par sécurité, la connexion a été annulée. Saisissez de nouveau votre adresse e-mail et votre mot de passe.
# unreviewed
twofa-title = Vérification en deux étapes
# unreviewed
twofa-intro = Avec la vérification en deux étapes, pour vous connecter, il vous faut votre mot de passe et un code qui change toutes les 30 secondes, créé par une application sur votre téléphone.
# unreviewed
twofa-required = Votre rôle exige la vérification en deux étapes : activez-la pour utiliser l'espace des opérateurs.
# unreviewed
twofa-start = Activer la vérification en deux étapes
# unreviewed
twofa-step-scan = Scannez ce code QR avec l'application d'authentification.
# unreviewed
twofa-qr-label = Code QR pour l'application d'authentification
# unreviewed
twofa-step-link = Sur votre téléphone, vous pouvez aussi ouvrir ce lien :
# unreviewed
twofa-step-key = Ou saisissez cette clé dans l'application :
# unreviewed
twofa-step-confirm = Saisissez le code que l'application affiche maintenant.
# unreviewed
twofa-confirm-submit = Confirmer et activer
# unreviewed
twofa-enabled-now = Vérification en deux étapes activée.
# unreviewed
twofa-recovery-heading = Codes de récupération
# unreviewed
twofa-recovery-intro = Conservez ces codes en lieu sûr : ils vous serviront si vous perdez votre téléphone, et chacun n'est valable qu'une seule fois. Vous ne les verrez plus.
# unreviewed
twofa-active = La vérification en deux étapes est activée.

## Réinitialisation du mot de passe et e-mails

# unreviewed
login-forgot = Mot de passe oublié ?
# unreviewed
reset-title = Réinitialiser le mot de passe
# unreviewed
reset-intro = Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
# unreviewed
reset-submit = Envoyer le lien
# unreviewed
reset-sent = Si l'adresse correspond à un compte actif, vous recevrez bientôt un e-mail contenant le lien. Le lien est valable 30 minutes, une seule fois.
# unreviewed
reset-new-title = Choisissez un nouveau mot de passe
# unreviewed
reset-new-submit = Enregistrer le nouveau mot de passe
# unreviewed
reset-done = Mot de passe changé. Vous pouvez maintenant vous connecter avec le nouveau mot de passe.
# unreviewed
reset-link-invalid = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.
# unreviewed
mail-reset-subject = Réinitialisation de votre mot de passe du Guichet d'information pour les personnes étrangères
# unreviewed
mail-reset-body = Bonjour,
    Nous avons reçu une demande de réinitialisation du mot de passe de votre compte.
    Pour choisir un nouveau mot de passe, ouvrez ce lien dans un délai de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } :
    { $link }
    Si vous n'avez pas demandé à réinitialiser votre mot de passe, ignorez ce message : votre mot de passe reste le même.

## Administration des comptes

# unreviewed
workspace-nav-users = Utilisateurs et rôles
# unreviewed
users-title = Utilisateurs et rôles
# unreviewed
users-intro = Attribuez à chaque personne les rôles dont elle a besoin, avec le bon périmètre. Chaque modification ferme les sessions ouvertes de cette personne et est enregistrée.
# unreviewed
users-col-roles = Rôles
# unreviewed
users-disabled = compte désactivé
# unreviewed
users-role = Rôle
# unreviewed
users-scope-kind = Périmètre
# unreviewed
users-scope-target = Lequel (identifiant court)
# unreviewed
users-grant-submit = Ajouter le rôle
# unreviewed
users-revoke-submit = Retirer
# unreviewed
users-disable-submit = Désactiver le compte
# unreviewed
users-saved = Modification enregistrée.
# unreviewed
users-error = La modification n'a pas été enregistrée : { $reason }
# unreviewed
scope-kind-network = Tout le réseau
# unreviewed
scope-kind-organisation = Organisme
# unreviewed
scope-kind-desk = Guichet
# unreviewed
scope-kind-theme = Thème
# unreviewed
scope-kind-language = Langue

## Workspace menu: desks, services and organisations

# unreviewed
workspace-nav-desks = Mes guichets

# unreviewed
workspace-nav-services = Services
# unreviewed
workspace-nav-organisations = Organismes
