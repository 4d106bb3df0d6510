# Sportello — Tagalog/Filipino translation (machine draft, unreviewed). Draft na salin sa Tagalog: bawat mensahe ay draft na hinihintay pang suriin ng isang taong matatas sa wika. Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Portal: the home page.

## Home

# unreviewed
home-title = Impormasyon para sa mga dayuhang residente
# unreviewed
home-intro = Maghanap ng malinaw na impormasyon tungkol sa mga dokumento, kalusugan, paaralan, trabaho at pabahay, at hanapin ang tanggapang pinakamalapit sa inyo.
# unreviewed
home-themes-heading = Mga paksa
# unreviewed
home-hubs-heading = Mga sentrong pampaksa ng network
# unreviewed
home-hubs-intro = Ang mga sentrong pampaksa ang naghahanda ng impormasyon sa bawat paksa para sa buong network.
# unreviewed
home-desks-heading = Mga tanggapan para sa mga dayuhang residente
# unreviewed
# CLDR [one] for Tagalog/Filipino covers 1, 2, 3, 5, 7, 8, 10 … (not only 1), so both
# variants are the same and must not say "the only desk".
home-all-desks = { $count ->
    [one] Tingnan ang listahan ng mga tanggapan ng network ({ $count })
   *[other] Tingnan ang listahan ng mga tanggapan ng network ({ $count })
}
# unreviewed
home-no-desks = Wala pang nakarehistrong tanggapan.

# unreviewed
home-open-desks-link = Mga tanggapang bukas ngayon na nagsasalita ng { $language }
