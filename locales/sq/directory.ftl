# Sportello — Albanian (shqip) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Albanian reviewer.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory). — Kërkimi i zyrave, faqet e zyrave dhe oraret

# unreviewed
# URP = Ufficio Relazioni con il Pubblico, the comune's public information office.
finder-intro = Gjeni zyrën e duhur: afër jush, që flet gjuhën tuaj, e hapur tani. Këtu gjeni qendrat tematike, zyrat e specializuara për të huajt dhe pikat e kontaktit të parë (URP – zyrat e informacionit për publikun, zyrat sociale).
# unreviewed
finder-near-label = Afër (komuna)
# unreviewed
finder-near-hint = Shkruani emrin e komunës (comune), për shembull Bologna.
# unreviewed
finder-use-position = Përdorni vendndodhjen time
# unreviewed
finder-language-label = Gjuha që flitet
# unreviewed
finder-any-language = Çdo gjuhë
# unreviewed
finder-open-now-label = Vetëm zyrat e hapura tani
# unreviewed
finder-more-filters = Filtra të tjerë
# unreviewed
finder-theme-label = Tema
# unreviewed
finder-any-theme = Të gjitha temat
# unreviewed
finder-level-label = Lloji i zyrës
# unreviewed
finder-any-level = Të gjitha llojet
# unreviewed
finder-channel-label = Si ta kontaktoni
# unreviewed
finder-any-channel = Të gjitha mënyrat
# unreviewed
finder-province-label = Provinca
# unreviewed
finder-any-province = Të gjitha provincat
# unreviewed
finder-submit = Kërkoni
# unreviewed
finder-sorted-by-distance = Nga më e afërta te më e largëta.
# unreviewed
finder-no-results = Asnjë zyrë nuk përputhet me kërkimin. Provoni të hiqni disa filtra.
# unreviewed
finder-map-label = Harta e zyrave të gjetura
# unreviewed
finder-map-attribution = © kontribuuesit e OpenStreetMap
# unreviewed
finder-geojson-link = Shkarkoni zyrat publike (GeoJSON, të dhëna të hapura)
# unreviewed
finder-error-theme = Kjo temë nuk ekziston: zgjidhni një nga lista.
# unreviewed
finder-error-level = Ky lloj zyre nuk ekziston: zgjidhni një nga lista.
# unreviewed
finder-error-language = Kjo gjuhë nuk është e vlefshme: zgjidhni një nga lista.
# unreviewed
finder-error-channel = Kjo mënyrë kontakti nuk ekziston: zgjidhni një nga lista.
# unreviewed
finder-error-page = Numri i faqes nuk është i vlefshëm: po ju tregojmë faqen e parë.
# unreviewed
finder-error-position = Vendndodhja nuk është e vlefshme. Shkruani më mirë emrin e komunës.
# unreviewed
finder-error-comune = Nuk e gjejmë komunën «{ $name }» midis atyre që kanë një zyrë. Provoni me: { $suggestions }.

# unreviewed
desk-open = E hapur tani
# unreviewed
desk-open-until = E hapur tani, mbyllet në orën { $time }
# unreviewed
desk-closed = E mbyllur
# unreviewed
desk-closed-opens-today = E mbyllur tani, hapet sot në orën { $time }
# unreviewed
# { $day } is a weekday name in the nominative ("e hënë"); the colon avoids having to inflect it ("të hënën").
desk-closed-opens-on = E mbyllur tani. Hapet: { $day }, në orën { $time }
# unreviewed
desk-hours-unknown = Orari nuk është i disponueshëm: kontaktoni zyrën.
# unreviewed
desk-distance = { $km } km larg
# unreviewed
desk-address-reserved = Adresa nuk është publike (në { $comune }): kontaktoni zyrën.
# unreviewed
desk-languages-label = Gjuhët që fliten:
# unreviewed
desk-where-heading = Ku ndodhet
# unreviewed
desk-open-map = Shihni në hartën e OpenStreetMap
# unreviewed
desk-accessibility-label = Aksesueshmëria:
# unreviewed
desk-hours-heading = Orari
# unreviewed
desk-week-caption = Orari i kësaj jave (ora e Italisë)
# unreviewed
desk-week-day = Dita
# unreviewed
desk-week-hours = Orari
# unreviewed
desk-week-languages = Gjuhët që fliten
# unreviewed
desk-today = sot
# unreviewed
desk-day-closed = E mbyllur
# unreviewed
desk-contact-heading = Kontaktet
# unreviewed
desk-phone-label = Telefoni:
# unreviewed
desk-channels-label = Si ta kontaktoni:
# unreviewed
desk-updated-on = Përditësimi i fundit: { $date }.
# unreviewed
breadcrumb-label = Ju jeni këtu

# unreviewed
weekday-1 = e hënë
# unreviewed
weekday-2 = e martë
# unreviewed
weekday-3 = e mërkurë
# unreviewed
weekday-4 = e enjte
# unreviewed
weekday-5 = e premte
# unreviewed
weekday-6 = e shtunë
# unreviewed
weekday-7 = e diel
# unreviewed
month-1 = janar
# unreviewed
month-2 = shkurt
# unreviewed
month-3 = mars
# unreviewed
month-4 = prill
# unreviewed
month-5 = maj
# unreviewed
month-6 = qershor
# unreviewed
month-7 = korrik
# unreviewed
month-8 = gusht
# unreviewed
month-9 = shtator
# unreviewed
month-10 = tetor
# unreviewed
month-11 = nëntor
# unreviewed
month-12 = dhjetor
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = Ndryshoni zyrën
# unreviewed
desk-edit-back = Kthehuni te zyra
# unreviewed
desk-edit-name = Emri i zyrës
# unreviewed
desk-edit-hours = Orari i hapjes
# unreviewed
# The OpenStreetMap codes (Mo-Fr, PH off, Aug off, Dec) must stay in English.
desk-edit-hours-hint = Formati OpenStreetMap, për shembull: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = ditët e festave). Mbylljet: Aug off ose 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = Gjuhët që fliten
# unreviewed
desk-edit-languages-hint = Kode ISO të ndara me presje, për shembull: it, ar, en, zh.
# unreviewed
desk-edit-link = Ndryshoni të dhënat e zyrës
# unreviewed
desk-field-opening_hours = Orari
# unreviewed
desk-field-languages = Gjuhët
# unreviewed
desk-field-phone = Telefoni
# unreviewed
desk-field-accessibility = Aksesueshmëria
# unreviewed
desk-edit-error-name = Shkruani emrin e zyrës (maksimumi 200 karaktere).
# unreviewed
desk-edit-error-hours = Orari nuk është në formatin OpenStreetMap.
# unreviewed
desk-edit-error-hours-at = Orari nuk është në formatin OpenStreetMap: kontrolloni duke filluar nga karakteri { $column }.
# unreviewed
desk-edit-error-languages = Gjuhët duhen shkruar si kode ISO me 2 ose 3 shkronja, të ndara me presje.
# unreviewed
desk-edit-error-phone = Telefoni mund të përmbajë vetëm shifra, hapësira dhe + - / . ( ).
# unreviewed
desk-edit-error-channels = Zgjidhni të paktën një mënyrë për të kontaktuar zyrën.

# unreviewed
desk-services-heading = Shërbimet që ofrohen këtu
# unreviewed
desk-services-none = Nuk ka shërbime të regjistruara për këtë zyrë: pyesni në zyrë.
# unreviewed
desk-how-to-book = Për të shkuar në zyrë, lini një takim: telefononi ose shkruani te kontaktet më poshtë.
# unreviewed
desk-hubs-heading = Qendrat tematike të referimit
# unreviewed
desk-hubs-intro = Për pyetjet më të vështira për këto tema, zyra u drejtohet qendrave tematike të rrjetit.
# unreviewed
desk-edit-address = Adresa
# unreviewed
desk-edit-postcode = Kodi postar (CAP)
# unreviewed
desk-edit-comune = Komuna (comune)
# unreviewed
desk-edit-province = Provinca (shkurtimi, për shembull BO)
# unreviewed
desk-edit-latitude = Gjerësia gjeografike
# unreviewed
desk-edit-longitude = Gjatësia gjeografike
# unreviewed
desk-edit-position-hint = Në gradë dhjetore, për shembull 44.4939 dhe 11.3426 (i gjeni në OpenStreetMap).
# unreviewed
desk-edit-sensitive = Adresë jo publike
# unreviewed
desk-edit-sensitive-hint = Për strukturat e mbrojtura: adresa dhe vendndodhja nuk shfaqen kurrë në portal, në hartë ose në të dhënat e hapura.
# unreviewed
desk-edit-error-address = Shkruani adresën (maksimumi 200 karaktere).
# unreviewed
desk-edit-error-sensitive = Vetëm koordinatorët e rrjetit mund të ndryshojnë nëse adresa është konfidenciale.
# unreviewed
desk-edit-error-comune = Shkruani komunën (maksimumi 100 karaktere).
# unreviewed
desk-edit-error-postcode = Kodi postar (CAP) është shumë i gjatë.
# unreviewed
desk-edit-error-province = Provinca duhet shkruar me shkurtimin me dy shkronja, për shembull BO.
# unreviewed
desk-edit-error-position = Gjerësia dhe gjatësia gjeografike duhen shkruar në gradë dhjetore: gjerësia midis -90 dhe 90, gjatësia midis -180 dhe 180.
# unreviewed
desk-field-address = Adresa
# unreviewed
desk-field-postcode = Kodi postar (CAP)
# unreviewed
desk-field-comune = Komuna
# unreviewed
desk-field-province = Provinca
# unreviewed
desk-field-position = Vendndodhja
# unreviewed
desk-field-sensitive = Adresë jo publike
# unreviewed
desk-edit-language-hours = Gjuhë që fliten vetëm në disa orare
# unreviewed
desk-edit-language-hours-hint = Një rresht për çdo gjuhë: kodi dhe orari në formatin OpenStreetMap, për shembull «ar Mo,We,Fr 09:00-13:00». Gjuhët që nuk janë këtu fliten gjatë gjithë orarit të hapjes.
# unreviewed
desk-edit-error-slot = Çdo rresht duhet të ketë kodin e një gjuhe që flitet në zyrë dhe orarin e saj në formatin OpenStreetMap, për shembull: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = Gjuhët në disa orare

## Desks — Zyrat

# unreviewed
desks-title = Zyrat e rrjetit
# unreviewed
desks-intro = Të gjitha zyrat e rrjetit: qendrat tematike, zyrat e specializuara për të huajt dhe pikat e kontaktit të parë (URP – zyrat e informacionit për publikun, zyrat e shërbimeve sociale).
# unreviewed
desks-count = { $count ->
    [one] { $count } zyrë
   *[other] { $count } zyra
}
# unreviewed
pagination-label = Faqet
# unreviewed
pagination-previous = Faqja e mëparshme
# unreviewed
pagination-next = Faqja tjetër
# unreviewed
pagination-status = Faqja { $page } nga { $pages }

## Workspace: desks — Zona e punës: zyrat

# unreviewed
ws-desks-title = Zyrat e mia
# unreviewed
ws-desks-intro = Zyrat ku keni një rol.
# unreviewed
ws-desks-empty = Asnjë zyrë nuk hyn në rolet tuaja.

## Editing organisations in the workspace. — Ndryshimi i organizatave

# unreviewed
ws-orgs-title = Organizatat
# unreviewed
ws-orgs-intro = Organizatat të cilave mund t'u ndryshoni të dhënat: ato ku keni një rol administrimi ose koordinimi, bashkë me organizatat që bëjnë pjesë në to.
# unreviewed
ws-orgs-empty = Asnjë organizatë nuk hyn në rolet tuaja.

# unreviewed
org-edit-title = Ndryshoni organizatën
# unreviewed
org-edit-back = Kthehuni te organizatat
# unreviewed
org-edit-link = Ndryshoni të dhënat e organizatës
# unreviewed
org-edit-name = Emri i organizatës
# unreviewed
org-edit-alternate-name = Emër tjetër ose shkurtim
# unreviewed
org-edit-website = Faqja e internetit
# unreviewed
org-edit-error-name = Shkruani emrin e organizatës (maksimumi 200 karaktere).
# unreviewed
org-edit-error-alternate-name = Emri tjetër mund të ketë maksimumi 200 karaktere.

# unreviewed
edit-field-alternate_name = Emër tjetër
# unreviewed
edit-field-website = Faqja e internetit
