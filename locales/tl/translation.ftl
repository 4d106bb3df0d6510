# Sportello — Tagalog/Filipino translation (machine draft, unreviewed). Draft na salin sa Tagalog: bawat mensahe ay draft na hinihintay pang suriin ng isang taong matatas sa wika. Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = Mga salin
# unreviewed
translation-intro = Ang mga saling susuriin ay mga draft, gawa ng makina o ng taong hindi katutubong nagsasalita ng wika. Basahin ang mga ito katabi ng tekstong Italyano: kumpirmahin kung tama na, o itama. Agad na magagamit sa buong site ang bawat pagsusuri.
# unreviewed
translation-languages-heading = Mga wikang puwede ninyong suriin
# unreviewed
translation-none = Wala kayong wikang susuriin: magtanong po sa mga coordinator ng network.
# unreviewed
# CLDR [one] for Tagalog/Filipino is not only 1: keep both variants neutral.
translation-language-count = { $count ->
    [one] { $count } mensaheng susuriin
   *[other] { $count } mensaheng susuriin
}
# unreviewed
translation-queue-title = Mga saling susuriin: { $language }
# unreviewed
translation-queue-empty = Walang mensaheng susuriin sa wikang ito.
# unreviewed
translation-back = Lahat ng wika
# unreviewed
translation-source = Tekstong Italyano
# unreviewed
translation-current = Salin
# unreviewed
translation-help = Huwag baguhin ang mga placeholder na nagsisimula sa $ at ang mga salitang nasa loob ng square bracket sa mga anyo ng plural.
# unreviewed
translation-stale = Isang naunang pagtatama ninyo, na hindi na ginagamit dahil nagbago ang teksto:
# unreviewed
translation-confirm = Kumpirmahin nang walang pagbabago
# unreviewed
translation-correct = I-save ang pagtatama
# unreviewed
translation-saved = Na-save ang pagsusuri.
# unreviewed
translation-error-syntax = Hindi wasto ang teksto: suriin ang mga curly brace at ang mga anyo ng plural.
# unreviewed
translation-error-variables = Dapat gamitin ng teksto ang eksaktong parehong mga placeholder ng tekstong Italyano.
# unreviewed
translation-error-plural = Gumagamit ang teksto ng anyo ng plural na wala sa wikang ito.
# unreviewed
translation-error-empty = Hindi puwedeng walang laman ang pagtatama.
# unreviewed
translation-error-unknown = Wala na ang mensaheng ito.
# unreviewed
workspace-nav-translations = Mga salin
