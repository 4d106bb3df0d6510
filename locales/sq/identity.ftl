# Sportello — Albanian (shqip) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Albanian reviewer.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace — Operatorët: hyrja dhe zona e punës

# unreviewed
login-title = Hyrja e operatorëve
# unreviewed
login-intro = Zonë e rezervuar për operatorët e rrjetit të zyrave.
# unreviewed
login-email = Adresa e email-it
# unreviewed
login-password = Fjalëkalimi
# unreviewed
login-submit = Hyni
# unreviewed
login-refused = Email-i ose fjalëkalimi nuk është i saktë, ose llogaria është çaktivizuar.
# unreviewed
login-throttled = Shumë përpjekje të pasuksesshme. Provoni përsëri pas { $seconds ->
    [one] { $seconds } sekonde
   *[other] { $seconds } sekondash
}.
# unreviewed
workspace-welcome = Mirë se erdhët, { $name }.
# unreviewed
workspace-roles-heading = Rolet tuaja
# unreviewed
workspace-no-roles = Ende nuk keni role të caktuara: pyesni koordinatorët e rrjetit.
# unreviewed
workspace-nav-profile = Profili
# unreviewed
workspace-nav-audit = Regjistri i aktiviteteve
# unreviewed
profile-title = Profili juaj
# unreviewed
profile-email = Email:
# unreviewed
profile-password-heading = Ndryshoni fjalëkalimin
# unreviewed
profile-current-password = Fjalëkalimi aktual
# unreviewed
profile-new-password = Fjalëkalimi i ri (të paktën 12 karaktere)
# unreviewed
profile-confirm-password = Përsëritni fjalëkalimin e ri
# unreviewed
profile-password-submit = Ndryshoni fjalëkalimin
# unreviewed
profile-password-changed = Fjalëkalimi u ndryshua. Sesionet e tjera të hapura u mbyllën.
# unreviewed
profile-password-wrong = Fjalëkalimi aktual nuk është i saktë.
# unreviewed
profile-password-mismatch = Dy fjalëkalimet e reja nuk përputhen.
# unreviewed
profile-password-too-short = Fjalëkalimi i ri duhet të ketë të paktën 12 karaktere.
# unreviewed
role-admin = Administrimi
# unreviewed
role-coordinator = Koordinimi rajonal
# unreviewed
role-hub_editor = Redaktimi i qendrës tematike
# unreviewed
role-l2_operator = Operator i zyrës së specializuar
# unreviewed
role-l1_operator = Operator i zyrës së kontaktit të parë
# unreviewed
role-translator = Përkthimi
# unreviewed
role-trainer = Trajnimi
# unreviewed
role-viewer = Vetëm lexim
# unreviewed
scope-network = gjithë rrjeti
# unreviewed
scope-organisation = organizata { $target }
# unreviewed
scope-desk = zyra { $target }
# unreviewed
scope-theme = tema { $target }
# unreviewed
scope-language = gjuha { $target }

## Two-factor authentication — Verifikimi në dy hapa

# unreviewed
workspace-nav-twofa = Verifikimi në dy hapa
# unreviewed
code-title = Kodi i verifikimit
# unreviewed
code-intro = Hapni aplikacionin e vërtetimit në telefon dhe shkruani kodin me 6 shifra. Nëse nuk e keni telefonin, përdorni një nga kodet e rikuperimit.
# unreviewed
code-label = Kodi
# unreviewed
code-submit = Verifikoni
# unreviewed
code-refused = Kodi nuk është i vlefshëm ose është përdorur tashmë. Provoni përsëri me kodin e ri.
# unreviewed
code-attempts-exhausted = Shumë kode të gabuara: për siguri, hyrja u anulua. Shkruani përsëri email-in dhe fjalëkalimin.
# unreviewed
twofa-title = Verifikimi në dy hapa
# unreviewed
twofa-intro = Me verifikimin në dy hapa, për të hyrë ju duhen fjalëkalimi dhe një kod që ndryshon çdo 30 sekonda, i krijuar nga një aplikacion në telefon.
# unreviewed
twofa-required = Roli juaj kërkon verifikimin në dy hapa: aktivizojeni për të përdorur zonën e operatorëve.
# unreviewed
twofa-start = Aktivizoni verifikimin në dy hapa
# unreviewed
twofa-step-scan = Skanoni këtë kod QR me aplikacionin e vërtetimit.
# unreviewed
twofa-qr-label = Kodi QR për aplikacionin e vërtetimit
# unreviewed
twofa-step-link = Në telefon mund ta hapni edhe këtë lidhje:
# unreviewed
twofa-step-key = Ose shkruani këtë çelës në aplikacion:
# unreviewed
twofa-step-confirm = Shkruani kodin që tregon aplikacioni tani.
# unreviewed
twofa-confirm-submit = Konfirmoni dhe aktivizoni
# unreviewed
twofa-enabled-now = Verifikimi në dy hapa u aktivizua.
# unreviewed
twofa-recovery-heading = Kodet e rikuperimit
# unreviewed
twofa-recovery-intro = Ruajini këto kode në një vend të sigurt: ju duhen nëse humbni telefonin, dhe secili vlen vetëm një herë. Nuk do t'i shihni më.
# unreviewed
twofa-active = Verifikimi në dy hapa është aktiv.

## Password reset and mail — Rivendosja e fjalëkalimit dhe posta

# unreviewed
login-forgot = Keni harruar fjalëkalimin?
# unreviewed
reset-title = Rivendosni fjalëkalimin
# unreviewed
reset-intro = Shkruani adresën e email-it të llogarisë suaj: do t'ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.
# unreviewed
reset-submit = Dërgoni lidhjen
# unreviewed
reset-sent = Nëse adresa i përket një llogarie aktive, së shpejti do të merrni një email me lidhjen. Lidhja vlen 30 minuta dhe vetëm një herë.
# unreviewed
reset-new-title = Zgjidhni një fjalëkalim të ri
# unreviewed
reset-new-submit = Ruani fjalëkalimin e ri
# unreviewed
reset-done = Fjalëkalimi u ndryshua. Tani mund të hyni me fjalëkalimin e ri.
# unreviewed
reset-link-invalid = Kjo lidhje ka skaduar ose është përdorur tashmë. Kërkoni një të re.
# unreviewed
mail-reset-subject = Rivendosja e fjalëkalimit – Zyra e informacionit për banorët e huaj
# unreviewed
mail-reset-body = Përshëndetje,
    morëm një kërkesë për të rivendosur fjalëkalimin e llogarisë suaj.
    Për të zgjedhur një fjalëkalim të ri, hapni këtë lidhje brenda { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutave
    }:
    { $link }
    Nëse nuk e keni kërkuar ju rivendosjen e fjalëkalimit, injoroni këtë mesazh: fjalëkalimi mbetet ai i mëparshmi.

## Accounts administration — Administrimi i llogarive

# unreviewed
workspace-nav-users = Përdoruesit dhe rolet
# unreviewed
users-title = Përdoruesit dhe rolet
# unreviewed
users-intro = Caktojini çdo personi rolet që i duhen, në fushën e duhur. Çdo ndryshim mbyll sesionet e hapura të atij personi dhe regjistrohet.
# unreviewed
users-col-roles = Rolet
# unreviewed
users-disabled = llogari e çaktivizuar
# unreviewed
users-role = Roli
# unreviewed
users-scope-kind = Fusha
# unreviewed
users-scope-target = Cili (kodi i shkurtër)
# unreviewed
users-grant-submit = Shtoni rolin
# unreviewed
users-revoke-submit = Hiqni
# unreviewed
users-disable-submit = Çaktivizoni llogarinë
# unreviewed
users-saved = Ndryshimi u ruajt.
# unreviewed
users-error = Ndryshimi nuk u ruajt: { $reason }
# unreviewed
scope-kind-network = Gjithë rrjeti
# unreviewed
scope-kind-organisation = Organizata
# unreviewed
scope-kind-desk = Zyra
# unreviewed
scope-kind-theme = Tema
# unreviewed
scope-kind-language = Gjuha

## Workspace menu: desks, services and organisations — Menyja e zonës së punës

# unreviewed
workspace-nav-desks = Zyrat e mia

# unreviewed
workspace-nav-services = Shërbimet
# unreviewed
workspace-nav-organisations = Organizatat
