# Sportello — Albanian (shqip) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Albanian reviewer.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell — Struktura e faqes

# unreviewed
site-name = Zyra e informacionit për banorët e huaj
# unreviewed
site-tagline = Informacion dhe shërbime për banorët e huaj
# unreviewed
skip-link = Kalo te përmbajtja kryesore
# unreviewed
nav-main-label = Menyja kryesore
# unreviewed
nav-home = Faqja kryesore
# unreviewed
nav-desks = Zyrat
# unreviewed
nav-services = Shërbime online
# unreviewed
language-switcher-summary = Gjuha
# unreviewed
language-switcher-label = Zgjidhni gjuhën
# unreviewed
translation-incomplete = Disa pjesë të kësaj faqeje nuk janë përkthyer ende. Ato shfaqen në italisht.
# unreviewed
translation-draft = Ky përkthim është draft: ende nuk e ka rishikuar një folës amtar i kësaj gjuhe.
# unreviewed
footer-about = Një shërbim i rrjetit rajonal të zyrave të informacionit për banorët e huaj.
# unreviewed
footer-demo = Të dhëna demonstruese: adresat, numrat e telefonit dhe të dhënat e tjera të shënuara si «të dhëna shembull» janë të shpikura.
# unreviewed
invented-marker = të dhëna shembull

## Themes: the name, and a one-line description — Temat: emri dhe një përshkrim i shkurtër

# unreviewed
# The Italian terms in brackets are the words used at Italian offices (Questura, comune) and on the forms.
theme-permesso-di-soggiorno = Leja e qëndrimit (permesso di soggiorno)
    .description = Kërkesa, rinovimi dhe konvertimi i lejes së qëndrimit.
# unreviewed
theme-cittadinanza = Shtetësia
    .description = Si të kërkoni shtetësinë italiane dhe si të ndiqni kërkesën.
# unreviewed
theme-ricongiungimento-familiare = Bashkimi familjar (ricongiungimento familiare)
    .description = Si të sillni familjarët në Itali: kushtet dhe dokumentet.
# unreviewed
# anagrafe = the comune's population register.
theme-residenza-anagrafe = Rezidenca dhe gjendja civile (anagrafe)
    .description = Regjistrimi në anagrafe (regjistri i popullsisë së komunës), ndryshimi i rezidencës dhe certifikatat.
# unreviewed
theme-salute = Shëndetësia
    .description = Regjistrimi në Shërbimin Shëndetësor Kombëtar (Servizio sanitario), mjeku i familjes (medico di base), rezervimet.
# unreviewed
theme-scuola = Shkolla
    .description = Regjistrimi në shkollë dhe në shërbimet për fëmijët e vegjël.
# unreviewed
theme-lavoro-formazione = Puna dhe formimi
    .description = Kërkimi i punës, kontratat, kurset e formimit profesional.
# unreviewed
theme-casa = Banesa
    .description = Qiraja, banesat sociale (case popolari), vërtetimi që banesa është e përshtatshme (idoneità alloggiativa).
# unreviewed
theme-prestazioni-sociali = Ndihmat sociale
    .description = Shtesat, bonuset dhe ndihmat financiare: kush mund t'i kërkojë.
# unreviewed
theme-lingua-italiana = Gjuha italiane
    .description = Kurset e gjuhës italiane dhe testet e gjuhës.

## Desks — Zyrat

# unreviewed
desk-level-l1 = Zyrë e kontaktit të parë
# unreviewed
desk-level-l2 = Zyrë e specializuar për të huajt
# unreviewed
desk-level-hub = Qendër tematike
# unreviewed
desk-themes-label = Temat:
# unreviewed
desk-address-label = Adresa:

## Errors — Gabimet

# unreviewed
error-request-id = Kodi i kërkesës: { $id }
# unreviewed
error-request-id-help = Nëse kërkoni ndihmë, jepni këtë kod.
# unreviewed
error-go-home = Shkoni te faqja kryesore
# unreviewed
error-other-languages = Kjo faqe në gjuhë të tjera
# unreviewed
error-400-title = Kërkesë e pavlefshme
# unreviewed
error-400-body = Adresa ose të dhënat e dërguara nuk janë të vlefshme. Kontrolloni adresën dhe provoni përsëri.
# unreviewed
error-403-title = Hyrja nuk lejohet
# unreviewed
error-403-body = Nuk keni leje ta shihni këtë faqe.
# unreviewed
error-404-title = Faqja nuk u gjet
# unreviewed
error-404-body = Faqja që kërkoni nuk ekziston ose është zhvendosur.
# unreviewed
error-405-title = Veprimi nuk lejohet
# unreviewed
error-405-body = Kjo faqe nuk e pranon këtë lloj kërkese.
# unreviewed
error-408-title = Koha mbaroi
# unreviewed
error-408-body = Kërkesa zgjati shumë. Provoni përsëri pas pak.
# unreviewed
error-413-title = Të dhënat janë shumë të mëdha
# unreviewed
error-413-body = Të dhënat e dërguara e kalojnë madhësinë maksimale të lejuar.
# unreviewed
error-429-title = Shumë kërkesa
# unreviewed
error-429-body = Keni bërë shumë kërkesa në pak kohë. Prisni pak dhe provoni përsëri.
# unreviewed
error-500-title = Ndodhi një gabim
# unreviewed
error-500-body = Diçka nuk funksionoi nga ana jonë. Provoni përsëri pas pak.
# unreviewed
error-503-title = Shërbimi nuk është i disponueshëm
# unreviewed
error-503-body = Shërbimi përkohësisht nuk është i disponueshëm. Provoni përsëri pas pak.

## Operators: sign-in and workspace — Operatorët: hyrja dhe zona e punës

# unreviewed
nav-workspace = Zona e operatorëve
# unreviewed
logout-submit = Dilni
# unreviewed
workspace-title = Zona e operatorëve
# unreviewed
workspace-nav-label = Menyja e zonës së operatorëve
# unreviewed
error-401-title = Duhet të hyni
# unreviewed
error-401-body = Për ta parë këtë faqe duhet të hyni në llogarinë tuaj.
# unreviewed
error-code-csrf-invalid = Formulari ka skaduar ose nuk është i vlefshëm. Kthehuni mbrapa, ringarkoni faqen dhe provoni përsëri.

## Password reset and mail — Rivendosja e fjalëkalimit dhe posta

# unreviewed
dev-mail-title = Posta e dërguar (zhvillim)
# unreviewed
dev-mail-empty = Asnjë mesazh.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history. — Të përbashkëta për disa pjesë të faqes

# unreviewed
finder-heading = Kërkoni një zyrë

# unreviewed
desk-by-appointment = Vetëm me takim
# unreviewed
desk-email-label = Email:
# unreviewed
desk-verified-on = Informacioni u verifikua më { $date }.

# unreviewed
channel-in_person = Personalisht
# unreviewed
channel-phone = Me telefon
# unreviewed
channel-online = Online
# unreviewed
channel-video = Me videotelefonatë

# unreviewed
language-name-it = italisht
# unreviewed
language-name-ar = arabisht
# unreviewed
language-name-en = anglisht
# unreviewed
language-name-fr = frëngjisht
# unreviewed
language-name-es = spanjisht
# unreviewed
language-name-zh = kinezisht
# unreviewed
language-name-sq = shqip
# unreviewed
language-name-ro = rumanisht
# unreviewed
language-name-uk = ukrainisht
# unreviewed
language-name-ur = urdu
# unreviewed
language-name-bn = bengalisht
# unreviewed
language-name-fa = persisht
# unreviewed
language-name-ru = rusisht
# unreviewed
language-name-pt = portugalisht
# unreviewed
language-name-wo = wolof
# unreviewed
language-name-pa = panxhabisht
# unreviewed
language-name-tl = tagalog

# unreviewed
desk-edit-has-errors = Disa fusha duhen korrigjuar; asgjë nuk u ruajt:
# unreviewed
desk-edit-description = Përshkrimi
# unreviewed
desk-edit-verified = Sot kam verifikuar që këto informacione janë të sakta
# unreviewed
desk-edit-submit = Ruani ndryshimet
# unreviewed
desk-edit-saved = Ndryshimet u ruajtën. Portali publik i shfaq brenda pak sekondash.
# unreviewed
desk-public-page = Shihni faqen publike
# unreviewed
desk-verify-due = Për t'u verifikuar: informacioni nuk është konfirmuar gjatë muajve të fundit.
# unreviewed
desk-history-heading = Historiku i ndryshimeve
# unreviewed
desk-history-empty = Nuk ka ndryshime të regjistruara.
# unreviewed
desk-history-when = Kur (UTC)
# unreviewed
desk-history-who = Kush
# unreviewed
desk-history-field = Fusha
# unreviewed
desk-history-before = Më parë
# unreviewed
desk-history-after = Më pas
# unreviewed
desk-field-name = Emri
# unreviewed
desk-field-description = Përshkrimi
# unreviewed
desk-field-channels = Mënyrat e kontaktit
# unreviewed
desk-field-by_appointment = Vetëm me takim
# unreviewed
desk-field-email = Email
# unreviewed
desk-field-verified_on = Verifikimi
# unreviewed
desk-edit-error-email = Adresa e email-it nuk është e vlefshme.
# unreviewed
desk-edit-error-too-long = Teksti është shumë i gjatë (maksimumi 2000 karaktere).

## Dates in full (service pages and desk pages). — Datat e plota

# unreviewed
date-full-1 = { $day } janar { $year }
# unreviewed
date-full-2 = { $day } shkurt { $year }
# unreviewed
date-full-3 = { $day } mars { $year }
# unreviewed
date-full-4 = { $day } prill { $year }
# unreviewed
date-full-5 = { $day } maj { $year }
# unreviewed
date-full-6 = { $day } qershor { $year }
# unreviewed
date-full-7 = { $day } korrik { $year }
# unreviewed
date-full-8 = { $day } gusht { $year }
# unreviewed
date-full-9 = { $day } shtator { $year }
# unreviewed
date-full-10 = { $day } tetor { $year }
# unreviewed
date-full-11 = { $day } nëntor { $year }
# unreviewed
date-full-12 = { $day } dhjetor { $year }

## Web addresses in the editing forms (services and organisations). — Adresat e internetit në formularë

# unreviewed
edit-url-hint = Fillon me https:// (ose http://).

# unreviewed
edit-error-url = Adresa e internetit duhet të fillojë me https:// ose http:// dhe të mos ketë hapësira.
