# Sportello — Tagalog/Filipino translation (machine draft, unreviewed). Draft na salin sa Tagalog: bawat mensahe ay draft na hinihintay pang suriin ng isang taong matatas sa wika. Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace

# unreviewed
login-title = Pag-log in ng mga kawani
# unreviewed
login-intro = Bahaging para lamang sa mga kawani ng network ng mga tanggapan.
# unreviewed
login-email = Email address
# unreviewed
login-password = Password
# unreviewed
login-submit = Mag-log in
# unreviewed
login-refused = Mali ang email o password, o naka-deactivate ang account.
# unreviewed
login-throttled = Masyadong maraming maling subok. Subukan po ulit pagkalipas ng { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundo
}.
# unreviewed
workspace-welcome = Maligayang pagdating, { $name }.
# unreviewed
workspace-roles-heading = Ang inyong mga tungkulin
# unreviewed
workspace-no-roles = Wala pa kayong nakatalagang tungkulin: magtanong po sa mga coordinator ng network.
# unreviewed
workspace-nav-profile = Profile
# unreviewed
workspace-nav-audit = Talaan ng mga aktibidad
# unreviewed
profile-title = Ang inyong profile
# unreviewed
profile-email = Email:
# unreviewed
profile-password-heading = Palitan ang password
# unreviewed
profile-current-password = Kasalukuyang password
# unreviewed
profile-new-password = Bagong password (hindi bababa sa 12 character)
# unreviewed
profile-confirm-password = Ulitin ang bagong password
# unreviewed
profile-password-submit = Palitan ang password
# unreviewed
profile-password-changed = Napalitan na ang password. Isinara na ang iba ninyong bukas na session.
# unreviewed
profile-password-wrong = Mali ang kasalukuyang password.
# unreviewed
profile-password-mismatch = Hindi magkapareho ang dalawang bagong password.
# unreviewed
profile-password-too-short = Dapat may hindi bababa sa 12 character ang bagong password.
# unreviewed
role-admin = Administrasyon
# unreviewed
role-coordinator = Koordinasyong panrehiyon
# unreviewed
role-hub_editor = Editor ng sentrong pampaksa
# unreviewed
role-l2_operator = Kawani ng espesyal na tanggapan
# unreviewed
role-l1_operator = Kawani ng tanggapan ng unang ugnayan
# unreviewed
role-translator = Pagsasalin
# unreviewed
role-trainer = Pagsasanay
# unreviewed
role-viewer = Pagtingin lamang
# unreviewed
scope-network = buong network
# unreviewed
scope-organisation = organisasyon { $target }
# unreviewed
scope-desk = tanggapan { $target }
# unreviewed
scope-theme = paksa { $target }
# unreviewed
scope-language = wika { $target }

## Two-factor authentication

# unreviewed
workspace-nav-twofa = Beripikasyon sa dalawang hakbang
# unreviewed
code-title = Code ng beripikasyon
# unreviewed
code-intro = Buksan ang authenticator app sa inyong telepono at isulat ang 6 na digit na code. Kung wala sa inyo ang telepono, gumamit ng isa sa inyong mga recovery code.
# unreviewed
code-label = Code
# unreviewed
code-submit = I-verify
# unreviewed
code-refused = Hindi wasto o nagamit na ang code. Subukan muli gamit ang bagong code.
# unreviewed
code-attempts-exhausted = Masyadong maraming maling code: para sa seguridad, kinansela ang pag-sign in. Ilagay muli ang inyong email at password.
# unreviewed
twofa-title = Beripikasyon sa dalawang hakbang
# unreviewed
twofa-intro = Sa beripikasyon sa dalawang hakbang, kailangan ninyo ang password at isang code para makapag-log in. Ginagawa ang code ng isang app sa inyong telepono at nagbabago ito bawat 30 segundo.
# unreviewed
twofa-required = Kailangan ng inyong tungkulin ang beripikasyon sa dalawang hakbang: i-on ito para magamit ang bahagi ng mga kawani.
# unreviewed
twofa-start = I-on ang beripikasyon sa dalawang hakbang
# unreviewed
twofa-step-scan = I-scan ang QR code na ito gamit ang authenticator app.
# unreviewed
twofa-qr-label = QR code para sa authenticator app
# unreviewed
twofa-step-link = Sa telepono, puwede rin ninyong buksan ang link na ito:
# unreviewed
twofa-step-key = O isulat ang key na ito sa app:
# unreviewed
twofa-step-confirm = Isulat ang code na ipinapakita ngayon ng app.
# unreviewed
twofa-confirm-submit = Kumpirmahin at i-on
# unreviewed
twofa-enabled-now = Naka-on na ang beripikasyon sa dalawang hakbang.
# unreviewed
twofa-recovery-heading = Mga recovery code
# unreviewed
# Meaning as in en: use them if you lose your phone; each works only once.
twofa-recovery-intro = Itago ang mga code na ito sa ligtas na lugar: magagamit ninyo ang mga ito kung mawala ang inyong telepono, at isang beses lang gumagana ang bawat isa. Hindi na ninyo makikita ulit ang mga ito.
# unreviewed
twofa-active = Naka-on ang beripikasyon sa dalawang hakbang.

## Password reset and mail

# unreviewed
login-forgot = Nakalimutan ang password?
# unreviewed
reset-title = I-reset ang password
# unreviewed
reset-intro = Isulat ang email address ng inyong account: padadalhan namin kayo ng link para makapili ng bagong password.
# unreviewed
reset-submit = Ipadala ang link
# unreviewed
reset-sent = Kung ang address ay sa isang aktibong account, makakatanggap kayo agad ng email na may link. Gumagana ang link nang 30 minuto at isang beses lamang.
# unreviewed
reset-new-title = Pumili ng bagong password
# unreviewed
reset-new-submit = I-save ang bagong password
# unreviewed
reset-done = Napalitan na ang password. Puwede na kayong mag-log in gamit ang bagong password.
# unreviewed
reset-link-invalid = Nag-expire na o nagamit na ang link na ito. Humingi po ng bago.
# unreviewed
mail-reset-subject = I-reset ang inyong password sa Tanggapan ng impormasyon para sa mga dayuhang residente (Sportello stranieri)
# unreviewed
mail-reset-body = Magandang araw po,
    Nakatanggap kami ng kahilingang i-reset ang password ng inyong account.
    Para pumili ng bagong password, buksan ang link na ito sa loob ng { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuto
    }:
    { $link }
    Kung hindi kayo ang humiling na i-reset ang password, huwag pansinin ang mensaheng ito: mananatili ang dati ninyong password.

## Accounts administration

# unreviewed
workspace-nav-users = Mga user at tungkulin
# unreviewed
users-title = Mga user at tungkulin
# unreviewed
users-intro = Ibigay sa bawat tao ang mga tungkuling kailangan niya, sa tamang saklaw. Sa bawat pagbabago, isinasara ang mga bukas na session ng taong iyon at itinatala ang pagbabago.
# unreviewed
users-col-roles = Mga tungkulin
# unreviewed
users-disabled = naka-deactivate ang account
# unreviewed
users-role = Tungkulin
# unreviewed
users-scope-kind = Saklaw
# unreviewed
users-scope-target = Alin (daglat)
# unreviewed
users-grant-submit = Idagdag ang tungkulin
# unreviewed
users-revoke-submit = Alisin
# unreviewed
users-disable-submit = I-deactivate ang account
# unreviewed
users-saved = Na-save ang pagbabago.
# unreviewed
users-error = Hindi na-save ang pagbabago: { $reason }
# unreviewed
scope-kind-network = Buong network
# unreviewed
scope-kind-organisation = Organisasyon
# unreviewed
scope-kind-desk = Tanggapan
# unreviewed
scope-kind-theme = Paksa
# unreviewed
scope-kind-language = Wika

## Workspace menu: desks, services and organisations

# unreviewed
workspace-nav-desks = Aking mga tanggapan

# unreviewed
workspace-nav-services = Mga serbisyo
# unreviewed
workspace-nav-organisations = Mga organisasyon
