# Sportello — Romanian (română) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Romanian reviewer.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace — Operatori: autentificare și zona de lucru

# unreviewed
login-title = Autentificare operatori
# unreviewed
login-intro = Zonă rezervată operatorilor din rețeaua de ghișee.
# unreviewed
login-email = Adresa de e-mail
# unreviewed
login-password = Parola
# unreviewed
login-submit = Conectați-vă
# unreviewed
login-refused = E-mail sau parolă greșită, sau cont dezactivat.
# unreviewed
login-throttled = Prea multe încercări nereușite. Încercați din nou peste { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}.
# unreviewed
workspace-welcome = Bine ați venit, { $name }.
# unreviewed
workspace-roles-heading = Rolurile dumneavoastră
# unreviewed
workspace-no-roles = Încă nu aveți roluri atribuite: întrebați coordonatorii rețelei.
# unreviewed
workspace-nav-profile = Profil
# unreviewed
workspace-nav-audit = Registrul activităților
# unreviewed
profile-title = Profilul dumneavoastră
# unreviewed
profile-email = E-mail:
# unreviewed
profile-password-heading = Schimbați parola
# unreviewed
profile-current-password = Parola actuală
# unreviewed
profile-new-password = Parola nouă (cel puțin 12 caractere)
# unreviewed
profile-confirm-password = Repetați parola nouă
# unreviewed
profile-password-submit = Schimbați parola
# unreviewed
profile-password-changed = Parola a fost schimbată. Celelalte sesiuni deschise au fost închise.
# unreviewed
profile-password-wrong = Parola actuală nu este corectă.
# unreviewed
profile-password-mismatch = Cele două parole noi nu coincid.
# unreviewed
profile-password-too-short = Parola nouă trebuie să aibă cel puțin 12 caractere.
# unreviewed
role-admin = Administrare
# unreviewed
role-coordinator = Coordonare regională
# unreviewed
role-hub_editor = Redactor de centru tematic
# unreviewed
role-l2_operator = Operator de ghișeu specializat
# unreviewed
role-l1_operator = Operator de ghișeu de prim contact
# unreviewed
role-translator = Traducere
# unreviewed
role-trainer = Formare
# unreviewed
role-viewer = Doar consultare
# unreviewed
scope-network = toată rețeaua
# unreviewed
scope-organisation = organizația { $target }
# unreviewed
scope-desk = ghișeul { $target }
# unreviewed
scope-theme = tema { $target }
# unreviewed
scope-language = limba { $target }

## Two-factor authentication — Verificare în doi pași

# unreviewed
workspace-nav-twofa = Verificare în doi pași
# unreviewed
code-title = Cod de verificare
# unreviewed
code-intro = Deschideți aplicația de autentificare de pe telefon și scrieți codul de 6 cifre. Dacă nu aveți telefonul, folosiți unul dintre codurile de recuperare.
# unreviewed
code-label = Cod
# unreviewed
code-submit = Verificați
# unreviewed
code-refused = Cod nevalid sau deja folosit. Încercați din nou cu codul nou.
# unreviewed
code-attempts-exhausted = Prea multe coduri greșite: din motive de securitate, autentificarea a fost anulată. Introduceți din nou adresa de e-mail și parola.
# unreviewed
twofa-title = Verificare în doi pași
# unreviewed
twofa-intro = Cu verificarea în doi pași, pentru a intra aveți nevoie de parolă și de un cod care se schimbă la fiecare 30 de secunde, creat de o aplicație de pe telefon.
# unreviewed
twofa-required = Rolul dumneavoastră cere verificarea în doi pași: activați-o pentru a folosi zona operatorilor.
# unreviewed
twofa-start = Activați verificarea în doi pași
# unreviewed
twofa-step-scan = Scanați acest cod QR cu aplicația de autentificare.
# unreviewed
twofa-qr-label = Cod QR pentru aplicația de autentificare
# unreviewed
twofa-step-link = Pe telefon puteți deschide și acest link:
# unreviewed
twofa-step-key = Sau scrieți această cheie în aplicație:
# unreviewed
twofa-step-confirm = Scrieți codul pe care îl arată acum aplicația.
# unreviewed
twofa-confirm-submit = Confirmați și activați
# unreviewed
twofa-enabled-now = Verificarea în doi pași a fost activată.
# unreviewed
twofa-recovery-heading = Coduri de recuperare
# unreviewed
twofa-recovery-intro = Păstrați aceste coduri într-un loc sigur: vă ajută dacă pierdeți telefonul, iar fiecare este valabil o singură dată. Nu le veți mai vedea.
# unreviewed
twofa-active = Verificarea în doi pași este activă.

## Password reset and mail — Resetarea parolei și e-mailuri

# unreviewed
login-forgot = Ați uitat parola?
# unreviewed
reset-title = Resetați parola
# unreviewed
reset-intro = Scrieți adresa de e-mail a contului dumneavoastră: vă trimitem un link pentru a alege o parolă nouă.
# unreviewed
reset-submit = Trimiteți linkul
# unreviewed
reset-sent = Dacă adresa aparține unui cont activ, veți primi în curând un e-mail cu linkul. Linkul este valabil 30 de minute și o singură dată.
# unreviewed
reset-new-title = Alegeți o parolă nouă
# unreviewed
reset-new-submit = Salvați parola nouă
# unreviewed
reset-done = Parola a fost schimbată. Acum vă puteți conecta cu parola nouă.
# unreviewed
reset-link-invalid = Acest link a expirat sau a fost deja folosit. Cereți unul nou.
# unreviewed
mail-reset-subject = Resetarea parolei – Ghișeu de informare pentru rezidenții străini
# unreviewed
mail-reset-body = Bună ziua,
    am primit o cerere de resetare a parolei contului dumneavoastră.
    Pentru a alege o parolă nouă, deschideți acest link în cel mult { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }:
    { $link }
    Dacă nu ați cerut dumneavoastră resetarea parolei, ignorați acest mesaj: parola rămâne cea de dinainte.

## Accounts administration — Administrarea conturilor

# unreviewed
workspace-nav-users = Utilizatori și roluri
# unreviewed
users-title = Utilizatori și roluri
# unreviewed
users-intro = Atribuiți fiecărei persoane rolurile de care are nevoie, în domeniul potrivit. Fiecare modificare închide sesiunile deschise ale acelei persoane și este înregistrată.
# unreviewed
users-col-roles = Roluri
# unreviewed
users-disabled = cont dezactivat
# unreviewed
users-role = Rol
# unreviewed
users-scope-kind = Domeniu
# unreviewed
users-scope-target = Care (cod scurt)
# unreviewed
users-grant-submit = Adăugați rolul
# unreviewed
users-revoke-submit = Eliminați
# unreviewed
users-disable-submit = Dezactivați contul
# unreviewed
users-saved = Modificarea a fost salvată.
# unreviewed
users-error = Modificarea nu a fost salvată: { $reason }
# unreviewed
scope-kind-network = Toată rețeaua
# unreviewed
scope-kind-organisation = Organizație
# unreviewed
scope-kind-desk = Ghișeu
# unreviewed
scope-kind-theme = Temă
# unreviewed
scope-kind-language = Limbă

## Workspace menu: desks, services and organisations — Meniul zonei de lucru

# unreviewed
workspace-nav-desks = Ghișeele mele

# unreviewed
workspace-nav-services = Servicii
# unreviewed
workspace-nav-organisations = Organizații
