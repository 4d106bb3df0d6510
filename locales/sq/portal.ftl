# Sportello — Albanian (shqip) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Albanian reviewer.

### Portal: the home page.

## Home — Faqja kryesore

# unreviewed
home-title = Informacion për banorët e huaj
# unreviewed
home-intro = Gjeni informacion të qartë për dokumentet, shëndetin, shkollën, punën dhe strehimin, si dhe zyrën më të afërt me ju.
# unreviewed
home-themes-heading = Temat
# unreviewed
home-hubs-heading = Qendrat tematike të rrjetit
# unreviewed
home-hubs-intro = Qendrat tematike përgatitin informacionin e secilës temë për gjithë rrjetin.
# unreviewed
home-desks-heading = Zyrat për banorët e huaj
# unreviewed
home-all-desks = { $count ->
    [one] Shihni zyrën e vetme të rrjetit
   *[other] Shihni të gjitha { $count } zyrat e rrjetit
}
# unreviewed
home-no-desks = Ende nuk është regjistruar asnjë zyrë.

# unreviewed
# { $language } is the reader's own language name (language-name-sq = "shqip").
home-open-desks-link = Zyra të hapura tani që flasin { $language }
