# Sportello — Tagalog/Filipino translation (machine draft, unreviewed). Draft na salin sa Tagalog: bawat mensahe ay draft na hinihintay pang suriin ng isang taong matatas sa wika. Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell

# unreviewed
site-name = Tanggapan ng impormasyon para sa mga dayuhang residente
# unreviewed
site-tagline = Impormasyon at serbisyo para sa mga dayuhang residente
# unreviewed
skip-link = Lumaktaw sa pangunahing nilalaman
# unreviewed
nav-main-label = Pangunahing menu
# unreviewed
nav-home = Pangunahing pahina
# unreviewed
nav-desks = Mga tanggapan
# unreviewed
nav-services = Mga online na serbisyo
# unreviewed
language-switcher-summary = Wika
# unreviewed
language-switcher-label = Piliin ang wika
# unreviewed
translation-incomplete = May ilang bahagi ng pahinang ito na hindi pa naisasalin. Ipinapakita ang mga ito sa Italyano.
# unreviewed
translation-draft = Draft pa lamang ang saling ito: hindi pa ito nasusuri ng isang katutubong nagsasalita ng wika.
# unreviewed
footer-about = Isang serbisyo ng rehiyonal na network ng mga tanggapan ng impormasyon para sa mga dayuhang residente.
# unreviewed
footer-demo = Halimbawang datos: imbento ang mga address, numero ng telepono at iba pang detalyeng may markang «halimbawang datos».
# unreviewed
invented-marker = halimbawang datos

## Themes: the name, and a one-line description

# unreviewed
theme-permesso-di-soggiorno = Permit sa paninirahan (permesso di soggiorno)
    .description = Pag-aplay, pag-renew at pagpapalit ng uri ng permesso di soggiorno.
# unreviewed
theme-cittadinanza = Pagkamamamayan (cittadinanza)
    .description = Paano mag-aplay para sa pagkamamamayang Italyano at paano subaybayan ang inyong aplikasyon.
# unreviewed
theme-ricongiungimento-familiare = Pagdadala ng pamilya sa Italya (ricongiungimento familiare)
    .description = Pagpapapunta sa Italya ng mga kapamilya: mga kailangan at dokumento.
# unreviewed
theme-residenza-anagrafe = Paninirahan (residenza) at talaan ng populasyon (anagrafe)
    .description = Pagpapatala sa anagrafe ng comune, pagpapalit ng tirahan, at mga sertipiko.
# unreviewed
theme-salute = Kalusugan
    .description = Pagpapatala sa pambansang serbisyong pangkalusugan (Servizio sanitario nazionale), family doctor (medico di base), pagpapa-appointment.
# unreviewed
theme-scuola = Paaralan
    .description = Pagpapa-enroll sa paaralan at sa mga serbisyo para sa maliliit na bata (tulad ng nursery).
# unreviewed
theme-lavoro-formazione = Trabaho at pagsasanay
    .description = Paghahanap ng trabaho, mga kontrata, mga kurso sa pagsasanay.
# unreviewed
theme-casa = Pabahay
    .description = Pag-upa ng bahay, pabahay ng gobyerno (case popolari), sertipiko na angkop ang tirahan (idoneità alloggiativa).
# unreviewed
theme-prestazioni-sociali = Mga benepisyong panlipunan
    .description = Mga allowance, bonus at tulong pinansyal: sino ang puwedeng mag-aplay.
# unreviewed
theme-lingua-italiana = Wikang Italyano
    .description = Mga kurso sa Italyano at mga pagsusulit sa wika.

## Desks

# unreviewed
desk-level-l1 = Tanggapan ng unang ugnayan
# unreviewed
desk-level-l2 = Espesyal na tanggapan para sa mga dayuhan
# unreviewed
desk-level-hub = Sentrong pampaksa
# unreviewed
desk-themes-label = Mga paksa:
# unreviewed
desk-address-label = Address:

## Errors

# unreviewed
error-request-id = Code ng kahilingan: { $id }
# unreviewed
error-request-id-help = Kung hihingi kayo ng tulong, ibigay po ang code na ito.
# unreviewed
error-go-home = Pumunta sa pangunahing pahina
# unreviewed
error-other-languages = Ang pahinang ito sa ibang wika
# unreviewed
error-400-title = Hindi wastong kahilingan
# unreviewed
error-400-body = Hindi wasto ang web address o ang ipinadalang datos. Suriin ang address at subukan muli.
# unreviewed
error-403-title = Hindi pinapayagang pumasok
# unreviewed
error-403-body = Wala kayong pahintulot na makita ang pahinang ito.
# unreviewed
error-404-title = Hindi nahanap ang pahina
# unreviewed
error-404-body = Wala ang pahinang hinahanap ninyo, o inilipat na ito.
# unreviewed
error-405-title = Hindi pinapayagan ang gawaing ito
# unreviewed
error-405-body = Hindi tumatanggap ang pahinang ito ng ganitong uri ng kahilingan.
# unreviewed
error-408-title = Naubos ang oras
# unreviewed
error-408-body = Masyadong natagalan ang kahilingan. Subukan po ulit maya-maya.
# unreviewed
error-413-title = Masyadong malaki ang datos
# unreviewed
error-413-body = Lampas ang ipinadalang datos sa pinakamalaking sukat na pinapayagan.
# unreviewed
error-429-title = Masyadong maraming kahilingan
# unreviewed
error-429-body = Masyadong marami kayong kahilingan sa maikling oras. Maghintay po sandali at subukan muli.
# unreviewed
error-500-title = Nagkaroon ng error
# unreviewed
error-500-body = May hindi gumana sa aming panig. Subukan po ulit maya-maya.
# unreviewed
error-503-title = Hindi available ang serbisyo
# unreviewed
error-503-body = Pansamantalang hindi available ang serbisyo. Subukan po ulit maya-maya.

## Operators: sign-in and workspace

# unreviewed
nav-workspace = Bahagi ng mga kawani
# unreviewed
logout-submit = Mag-log out
# unreviewed
workspace-title = Bahagi ng mga kawani
# unreviewed
workspace-nav-label = Menu ng bahagi ng mga kawani
# unreviewed
error-401-title = Kailangang mag-log in
# unreviewed
error-401-body = Kailangan ninyong mag-log in para makita ang pahinang ito.
# unreviewed
error-code-csrf-invalid = Nag-expire na o hindi wasto ang form. Bumalik, i-reload ang pahina at subukan muli.

## Password reset and mail

# unreviewed
dev-mail-title = Ipinadalang mail (development)
# unreviewed
dev-mail-empty = Walang mensahe.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = Maghanap ng tanggapan

# unreviewed
desk-by-appointment = Sa appointment lamang
# unreviewed
desk-email-label = Email:
# unreviewed
desk-verified-on = Sinuri ang impormasyon noong { $date }.

# unreviewed
channel-in_person = Nang personal
# unreviewed
channel-phone = Sa telepono
# unreviewed
channel-online = Online
# unreviewed
channel-video = Sa video call

# unreviewed
language-name-it = Italyano
# unreviewed
language-name-ar = Arabe
# unreviewed
language-name-en = Ingles
# unreviewed
language-name-fr = Pranses
# unreviewed
language-name-es = Espanyol
# unreviewed
language-name-zh = Tsino
# unreviewed
language-name-sq = Albanian
# unreviewed
language-name-ro = Romanian
# unreviewed
language-name-uk = Ukrainian
# unreviewed
language-name-ur = Urdu
# unreviewed
language-name-bn = Bengali
# unreviewed
language-name-fa = Persyano
# unreviewed
language-name-ru = Ruso
# unreviewed
language-name-pt = Portuges
# unreviewed
language-name-wo = Wolof
# unreviewed
language-name-pa = Punjabi
# unreviewed
language-name-tl = Tagalog

# unreviewed
desk-edit-has-errors = May ilang field na kailangang ayusin; walang na-save:
# unreviewed
desk-edit-description = Paglalarawan
# unreviewed
desk-edit-verified = Sinuri ko ngayong araw na tama ang impormasyong ito
# unreviewed
desk-edit-submit = I-save ang mga pagbabago
# unreviewed
desk-edit-saved = Na-save ang mga pagbabago. Makikita ang mga ito sa pampublikong portal sa loob ng ilang segundo.
# unreviewed
desk-public-page = Tingnan ang pampublikong pahina
# unreviewed
desk-verify-due = Kailangang suriin: hindi nakumpirma ang impormasyong ito nitong mga nakaraang buwan.
# unreviewed
desk-history-heading = Kasaysayan ng mga pagbabago
# unreviewed
desk-history-empty = Walang naitalang pagbabago.
# unreviewed
desk-history-when = Kailan (UTC)
# unreviewed
desk-history-who = Sino
# unreviewed
desk-history-field = Field
# unreviewed
desk-history-before = Dati
# unreviewed
desk-history-after = Pagkatapos
# unreviewed
desk-field-name = Pangalan
# unreviewed
desk-field-description = Paglalarawan
# unreviewed
desk-field-channels = Mga paraan ng pakikipag-ugnayan
# unreviewed
desk-field-by_appointment = Sa appointment lamang
# unreviewed
desk-field-email = Email
# unreviewed
# The field holds the date on which the information was last checked.
desk-field-verified_on = Petsa ng pagsusuri
# unreviewed
desk-edit-error-email = Hindi wasto ang email address.
# unreviewed
desk-edit-error-too-long = Masyadong mahaba ang teksto (hanggang 2000 character lamang).

## Dates in full (service pages and desk pages).

# unreviewed
date-full-1 = Enero { $day }, { $year }
# unreviewed
date-full-2 = Pebrero { $day }, { $year }
# unreviewed
date-full-3 = Marso { $day }, { $year }
# unreviewed
date-full-4 = Abril { $day }, { $year }
# unreviewed
date-full-5 = Mayo { $day }, { $year }
# unreviewed
date-full-6 = Hunyo { $day }, { $year }
# unreviewed
date-full-7 = Hulyo { $day }, { $year }
# unreviewed
date-full-8 = Agosto { $day }, { $year }
# unreviewed
date-full-9 = Setyembre { $day }, { $year }
# unreviewed
date-full-10 = Oktubre { $day }, { $year }
# unreviewed
date-full-11 = Nobyembre { $day }, { $year }
# unreviewed
date-full-12 = Disyembre { $day }, { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = Nagsisimula sa https:// (o http://).

# unreviewed
edit-error-url = Dapat magsimula ang web address sa https:// o http:// at walang espasyo.
