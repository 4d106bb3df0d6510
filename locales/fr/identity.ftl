### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Opérateurs : connexion et espace de travail

login-title = Connexion des opérateurs
login-intro = Espace réservé aux opérateurs du réseau des guichets.
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-refused = Adresse e-mail ou mot de passe incorrect, ou compte désactivé.
login-throttled = Trop de tentatives infructueuses. Réessayez dans { $seconds } secondes.
workspace-welcome = Bienvenue, { $name }.
workspace-roles-heading = Vos rôles
workspace-no-roles = Aucun rôle ne vous a encore été attribué : adressez-vous à la coordination du réseau.
workspace-nav-profile = Profil
workspace-nav-audit = Journal d'activité
profile-title = Votre profil
profile-email = E-mail :
profile-password-heading = Changer le mot de passe
profile-current-password = Mot de passe actuel
profile-new-password = Nouveau mot de passe (au moins 12 caractères)
profile-confirm-password = Répétez le nouveau mot de passe
profile-password-submit = Changer le mot de passe
profile-password-changed = Mot de passe changé. Les autres sessions ouvertes ont été fermées.
profile-password-wrong = Le mot de passe actuel n'est pas correct.
profile-password-mismatch = Les deux nouveaux mots de passe ne correspondent pas.
profile-password-too-short = Le nouveau mot de passe doit comporter au moins 12 caractères.
role-admin = Administration
role-coordinator = Coordination régionale
role-hub_editor = Rédaction de centre thématique
role-l2_operator = Opérateur de guichet spécialisé
role-l1_operator = Opérateur de guichet de premier accueil
role-translator = Traduction
role-trainer = Formation
role-viewer = Consultation seule
scope-network = tout le réseau
scope-organisation = organisme { $target }
scope-desk = guichet { $target }
scope-theme = thème { $target }
scope-language = langue { $target }

## Vérification en deux étapes

workspace-nav-twofa = Vérification en deux étapes
code-title = Code de vérification
code-intro = Ouvrez l'application d'authentification sur votre téléphone et saisissez le code à 6 chiffres. Si vous n'avez pas votre téléphone, utilisez l'un de vos codes de récupération.
code-label = Code
code-submit = Vérifier
code-refused = Code non valide ou déjà utilisé. Réessayez avec le nouveau code.
# unreviewed
code-attempts-exhausted = Trop de codes erronés : par sécurité, la connexion a été annulée. Saisissez de nouveau votre adresse e-mail et votre mot de passe.
twofa-title = Vérification en deux étapes
twofa-intro = Avec la vérification en deux étapes, pour vous connecter, il vous faut votre mot de passe et un code qui change toutes les 30 secondes, créé par une application sur votre téléphone.
twofa-required = Votre rôle exige la vérification en deux étapes : activez-la pour utiliser l'espace des opérateurs.
twofa-start = Activer la vérification en deux étapes
twofa-step-scan = Scannez ce code QR avec l'application d'authentification.
twofa-qr-label = Code QR pour l'application d'authentification
twofa-step-link = Sur votre téléphone, vous pouvez aussi ouvrir ce lien :
twofa-step-key = Ou saisissez cette clé dans l'application :
twofa-step-confirm = Saisissez le code que l'application affiche maintenant.
twofa-confirm-submit = Confirmer et activer
twofa-enabled-now = Vérification en deux étapes activée.
twofa-recovery-heading = Codes de récupération
twofa-recovery-intro = Conservez ces codes en lieu sûr : ils vous serviront si vous perdez votre téléphone, et chacun n'est valable qu'une seule fois. Vous ne les verrez plus.
twofa-active = La vérification en deux étapes est activée.

## Réinitialisation du mot de passe et e-mails

login-forgot = Mot de passe oublié ?
reset-title = Réinitialiser le mot de passe
reset-intro = Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = Envoyer le lien
reset-sent = Si l'adresse correspond à un compte actif, vous recevrez bientôt un e-mail contenant le lien. Le lien est valable 30 minutes, une seule fois.
reset-new-title = Choisissez un nouveau mot de passe
reset-new-submit = Enregistrer le nouveau mot de passe
reset-done = Mot de passe changé. Vous pouvez maintenant vous connecter avec le nouveau mot de passe.
reset-link-invalid = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.
mail-reset-subject = Réinitialisation de votre mot de passe du Guichet d'information pour les personnes étrangères
mail-reset-body = Bonjour,
    Nous avons reçu une demande de réinitialisation du mot de passe de votre compte.
    Pour choisir un nouveau mot de passe, ouvrez ce lien dans un délai de { $minutes } minutes :
    { $link }
    Si vous n'avez pas demandé à réinitialiser votre mot de passe, ignorez ce message : votre mot de passe reste le même.

## Administration des comptes

workspace-nav-users = Utilisateurs et rôles
users-title = Utilisateurs et rôles
users-intro = Attribuez à chaque personne les rôles dont elle a besoin, avec le bon périmètre. Chaque modification ferme les sessions ouvertes de cette personne et est enregistrée.
users-col-roles = Rôles
users-disabled = compte désactivé
users-role = Rôle
users-scope-kind = Périmètre
users-scope-target = Lequel (identifiant court)
users-grant-submit = Ajouter le rôle
users-revoke-submit = Retirer
users-disable-submit = Désactiver le compte
users-saved = Modification enregistrée.
users-error = La modification n'a pas été enregistrée : { $reason }
scope-kind-network = Tout le réseau
scope-kind-organisation = Organisme
scope-kind-desk = Guichet
scope-kind-theme = Thème
scope-kind-language = Langue

## Workspace menu: desks, services and organisations

workspace-nav-desks = Mes guichets

workspace-nav-services = Services
workspace-nav-organisations = Organismes
