# Sportello — Tagalog/Filipino translation (machine draft, unreviewed). Draft na salin sa Tagalog: bawat mensahe ay draft na hinihintay pang suriin ng isang taong matatas sa wika. Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

# unreviewed
finder-intro = Hanapin ang tamang tanggapan: malapit sa inyo, nagsasalita ng inyong wika, bukas ngayon. Kasama rito ang mga sentrong pampaksa, ang mga espesyal na tanggapan para sa mga dayuhan at ang mga tanggapan ng unang ugnayan (URP, ang tanggapan para sa publiko, at mga tanggapan ng serbisyong panlipunan).
# unreviewed
finder-near-label = Malapit sa (bayan, comune)
# unreviewed
finder-near-hint = Isulat ang pangalan ng bayan (comune), halimbawa Bologna.
# unreviewed
finder-use-position = Gamitin ang aking lokasyon
# unreviewed
finder-language-label = Wikang ginagamit
# unreviewed
finder-any-language = Kahit anong wika
# unreviewed
finder-open-now-label = Mga tanggapang bukas ngayon lamang
# unreviewed
finder-more-filters = Iba pang filter
# unreviewed
finder-theme-label = Paksa
# unreviewed
finder-any-theme = Lahat ng paksa
# unreviewed
finder-level-label = Uri ng tanggapan
# unreviewed
finder-any-level = Lahat ng uri
# unreviewed
finder-channel-label = Paano makikipag-ugnayan
# unreviewed
finder-any-channel = Kahit anong paraan
# unreviewed
finder-province-label = Probinsya (provincia)
# unreviewed
finder-any-province = Lahat ng probinsya
# unreviewed
finder-submit = Maghanap
# unreviewed
finder-sorted-by-distance = Nauuna ang pinakamalapit.
# unreviewed
finder-no-results = Walang tanggapang tugma sa inyong hinahanap. Subukang alisin ang ilang filter.
# unreviewed
finder-map-label = Mapa ng mga nahanap na tanggapan
# unreviewed
finder-map-attribution = © mga contributor ng OpenStreetMap
# unreviewed
finder-geojson-link = I-download ang mga pampublikong tanggapan (GeoJSON, open data)
# unreviewed
finder-error-theme = Walang ganitong paksa: pumili ng isa mula sa listahan.
# unreviewed
finder-error-level = Walang ganitong uri ng tanggapan: pumili ng isa mula sa listahan.
# unreviewed
finder-error-language = Hindi wasto ang wikang ito: pumili ng isa mula sa listahan.
# unreviewed
finder-error-channel = Walang ganitong paraan ng pakikipag-ugnayan: pumili ng isa mula sa listahan.
# unreviewed
finder-error-page = Hindi wasto ang numero ng pahina: ipinapakita namin ang unang pahina.
# unreviewed
finder-error-position = Hindi wasto ang lokasyon. Isulat na lang ang pangalan ng bayan (comune).
# unreviewed
finder-error-comune = Hindi namin mahanap ang bayang «{ $name }» sa mga may tanggapan. Subukan ang: { $suggestions }.

# unreviewed
desk-open = Bukas ngayon
# unreviewed
desk-open-until = Bukas ngayon, magsasara nang { $time }
# unreviewed
desk-closed = Sarado
# unreviewed
desk-closed-opens-today = Sarado ngayon, magbubukas ngayong araw nang { $time }
# unreviewed
# { $day } is a weekday name (weekday-1 … weekday-7).
desk-closed-opens-on = Sarado ngayon, magbubukas sa { $day } nang { $time }
# unreviewed
desk-hours-unknown = Walang impormasyon tungkol sa oras: makipag-ugnayan sa tanggapan.
# unreviewed
desk-distance = { $km } km ang layo
# unreviewed
desk-address-reserved = Hindi pampubliko ang address (sa { $comune }): makipag-ugnayan sa tanggapan.
# unreviewed
desk-languages-label = Mga wikang ginagamit:
# unreviewed
desk-where-heading = Saan ito matatagpuan
# unreviewed
desk-open-map = Tingnan sa mapa ng OpenStreetMap
# unreviewed
desk-accessibility-label = Para sa may kapansanan (accessibility):
# unreviewed
desk-hours-heading = Oras ng bukas
# unreviewed
desk-week-caption = Oras ng bukas ngayong linggo (oras sa Italya)
# unreviewed
desk-week-day = Araw
# unreviewed
desk-week-hours = Oras
# unreviewed
desk-week-languages = Mga wikang ginagamit
# unreviewed
desk-today = ngayon
# unreviewed
desk-day-closed = Sarado
# unreviewed
desk-contact-heading = Mga contact
# unreviewed
desk-phone-label = Telepono:
# unreviewed
desk-channels-label = Paano makikipag-ugnayan:
# unreviewed
desk-updated-on = Huling update: { $date }.
# unreviewed
breadcrumb-label = Nandito kayo

# unreviewed
weekday-1 = Lunes
# unreviewed
weekday-2 = Martes
# unreviewed
weekday-3 = Miyerkules
# unreviewed
weekday-4 = Huwebes
# unreviewed
weekday-5 = Biyernes
# unreviewed
weekday-6 = Sabado
# unreviewed
weekday-7 = Linggo
# unreviewed
month-1 = Enero
# unreviewed
month-2 = Pebrero
# unreviewed
month-3 = Marso
# unreviewed
month-4 = Abril
# unreviewed
month-5 = Mayo
# unreviewed
month-6 = Hunyo
# unreviewed
month-7 = Hulyo
# unreviewed
month-8 = Agosto
# unreviewed
month-9 = Setyembre
# unreviewed
month-10 = Oktubre
# unreviewed
month-11 = Nobyembre
# unreviewed
month-12 = Disyembre
# unreviewed
date-day-month = { $month } { $day }

# unreviewed
desk-edit-title = I-edit ang tanggapan
# unreviewed
desk-edit-back = Bumalik sa tanggapan
# unreviewed
desk-edit-name = Pangalan ng tanggapan
# unreviewed
desk-edit-hours = Oras ng bukas
# unreviewed
# The OpenStreetMap codes (Mo-Fr, PH off, Aug off …) are typed as they are: do not translate them.
desk-edit-hours-hint = Format ng OpenStreetMap, halimbawa: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = mga pista opisyal). Pagsasara: Aug off o 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = Mga wikang ginagamit
# unreviewed
desk-edit-languages-hint = Mga ISO code na pinaghihiwalay ng kuwit, halimbawa: it, ar, en, zh.
# unreviewed
desk-edit-link = I-edit ang mga detalye ng tanggapan
# unreviewed
desk-field-opening_hours = Oras ng bukas
# unreviewed
desk-field-languages = Mga wika
# unreviewed
desk-field-phone = Telepono
# unreviewed
desk-field-accessibility = Accessibility
# unreviewed
desk-edit-error-name = Isulat ang pangalan ng tanggapan (hanggang 200 character).
# unreviewed
desk-edit-error-hours = Wala sa format ng OpenStreetMap ang oras ng bukas.
# unreviewed
desk-edit-error-hours-at = Wala sa format ng OpenStreetMap ang oras ng bukas: suriin mula sa character { $column }.
# unreviewed
desk-edit-error-languages = Isulat ang mga wika bilang ISO code na may 2 o 3 titik, pinaghihiwalay ng kuwit.
# unreviewed
desk-edit-error-phone = Mga numero, espasyo at + - / . ( ) lamang ang puwede sa numero ng telepono.
# unreviewed
desk-edit-error-channels = Pumili ng kahit isang paraan para makipag-ugnayan sa tanggapan.

# unreviewed
desk-services-heading = Mga serbisyong iniaalok dito
# unreviewed
desk-services-none = Walang nakatalang serbisyo para sa tanggapang ito: magtanong sa tanggapan.
# unreviewed
desk-how-to-book = Para pumunta sa tanggapang ito, magpa-appointment muna: tumawag o sumulat sa mga contact sa ibaba.
# unreviewed
desk-hubs-heading = Mga kaugnay na sentrong pampaksa
# unreviewed
desk-hubs-intro = Para sa pinakamahihirap na tanong tungkol sa mga paksang ito, lumalapit ang tanggapan sa mga sentrong pampaksa ng network.
# unreviewed
desk-edit-address = Address
# unreviewed
desk-edit-postcode = Postal code (CAP)
# unreviewed
desk-edit-comune = Bayan (comune)
# unreviewed
desk-edit-province = Probinsya (daglat, halimbawa BO)
# unreviewed
desk-edit-latitude = Latitude
# unreviewed
desk-edit-longitude = Longitude
# unreviewed
desk-edit-position-hint = Sa decimal degrees, halimbawa 44.4939 at 11.3426 (makikita ang mga ito sa OpenStreetMap).
# unreviewed
desk-edit-sensitive = Hindi pampublikong address
# unreviewed
desk-edit-sensitive-hint = Para sa mga protektadong lugar (tulad ng shelter): hindi kailanman lumalabas ang address at lokasyon sa portal, sa mapa o sa open data.
# unreviewed
desk-edit-error-address = Isulat ang address (hanggang 200 character).
# unreviewed
desk-edit-error-sensitive = Ang mga coordinator lamang ng network ang maaaring magbago kung kumpidensyal ang address.
# unreviewed
desk-edit-error-comune = Isulat ang bayan o comune (hanggang 100 character).
# unreviewed
desk-edit-error-postcode = Masyadong mahaba ang postal code (CAP).
# unreviewed
desk-edit-error-province = Isulat ang probinsya gamit ang daglat na may dalawang titik, halimbawa BO.
# unreviewed
desk-edit-error-position = Isulat ang latitude at longitude sa decimal degrees: latitude mula -90 hanggang 90, longitude mula -180 hanggang 180.
# unreviewed
desk-field-address = Address
# unreviewed
desk-field-postcode = Postal code (CAP)
# unreviewed
desk-field-comune = Bayan (comune)
# unreviewed
desk-field-province = Probinsya
# unreviewed
desk-field-position = Lokasyon
# unreviewed
desk-field-sensitive = Hindi pampublikong address
# unreviewed
desk-edit-language-hours = Mga wikang ginagamit lamang sa ilang oras
# unreviewed
desk-edit-language-hours-hint = Isang linya bawat wika: code at oras sa format ng OpenStreetMap, halimbawa «ar Mo,We,Fr 09:00-13:00». Ang mga wikang wala rito ay ginagamit sa buong oras ng bukas.
# unreviewed
desk-edit-error-slot = Sa bawat linya, kailangan ang code ng isang wikang ginagamit sa tanggapan at ang oras nito sa format ng OpenStreetMap, halimbawa: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = Mga wika sa ilang oras

## Desks

# unreviewed
desks-title = Mga tanggapan ng network
# unreviewed
desks-intro = Lahat ng tanggapan ng network: ang mga sentrong pampaksa, ang mga espesyal na tanggapan para sa mga dayuhan at ang mga tanggapan ng unang ugnayan (URP, ang tanggapan para sa publiko, at mga tanggapan ng serbisyong panlipunan).
# unreviewed
# CLDR [one] for Tagalog/Filipino is not only 1; Tagalog nouns do not change with the number anyway.
desks-count = { $count ->
    [one] { $count } tanggapan
   *[other] { $count } tanggapan
}
# unreviewed
pagination-label = Mga pahina
# unreviewed
pagination-previous = Nakaraang pahina
# unreviewed
pagination-next = Susunod na pahina
# unreviewed
pagination-status = Pahina { $page } ng { $pages }

## Workspace: desks

# unreviewed
ws-desks-title = Aking mga tanggapan
# unreviewed
ws-desks-intro = Ang mga tanggapan kung saan may tungkulin kayo.
# unreviewed
ws-desks-empty = Walang tanggapang sakop ng inyong mga tungkulin.

## Editing organisations in the workspace.

# unreviewed
ws-orgs-title = Mga organisasyon
# unreviewed
ws-orgs-intro = Ang mga organisasyong puwede ninyong i-edit ang detalye: kung saan may tungkulin kayong administrator o coordinator, kasama ang mga organisasyong bahagi ng mga ito.
# unreviewed
ws-orgs-empty = Walang organisasyong sakop ng inyong mga tungkulin.

# unreviewed
org-edit-title = I-edit ang organisasyon
# unreviewed
org-edit-back = Bumalik sa mga organisasyon
# unreviewed
org-edit-link = I-edit ang mga detalye ng organisasyon
# unreviewed
org-edit-name = Pangalan ng organisasyon
# unreviewed
org-edit-alternate-name = Ibang pangalan o daglat
# unreviewed
org-edit-website = Website
# unreviewed
org-edit-error-name = Isulat ang pangalan ng organisasyon (hanggang 200 character).
# unreviewed
org-edit-error-alternate-name = Hanggang 200 character lamang ang ibang pangalan.

# unreviewed
edit-field-alternate_name = Ibang pangalan
# unreviewed
edit-field-website = Website
