### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = Përkthimet
# unreviewed
translation-intro = Përkthimet për t'u rishikuar janë drafte, të bëra me makinë ose nga dikush që nuk e ka atë gjuhë si gjuhë amtare. Lexojini pranë tekstit në italisht: konfirmojini ashtu siç janë ose korrigjojini. Një rishikim vlen menjëherë për të gjithë faqen.
# unreviewed
translation-languages-heading = Gjuhët që mund të rishikoni
# unreviewed
translation-none = Nuk keni gjuhë për të rishikuar: pyesni koordinatorët e rrjetit.
# unreviewed
translation-language-count = { $count ->
    [one] { $count } mesazh për t'u rishikuar
   *[other] { $count } mesazhe për t'u rishikuar
}
# unreviewed
translation-queue-title = Përkthime për t'u rishikuar: { $language }
# unreviewed
translation-queue-empty = Nuk ka mesazhe për t'u rishikuar në këtë gjuhë.
# unreviewed
translation-back = Të gjitha gjuhët
# unreviewed
translation-source = Teksti në italisht
# unreviewed
translation-current = Përkthimi
# unreviewed
translation-help = Lërini të pandryshuar vendmbajtësit që fillojnë me $ dhe fjalët në kllapa katrore të formave të shumësit.
# unreviewed
translation-stale = Një korrigjim i mëparshëm i juaji, që nuk përdoret më sepse teksti ka ndryshuar:
# unreviewed
translation-confirm = Konfirmojeni ashtu siç është
# unreviewed
translation-correct = Ruani korrigjimin
# unreviewed
translation-saved = Rishikimi u ruajt.
# unreviewed
translation-error-syntax = Teksti nuk është i vlefshëm: kontrolloni kllapat gjarpërore dhe format e shumësit.
# unreviewed
translation-error-variables = Teksti duhet të përdorë saktësisht të njëjtët vendmbajtës si teksti në italisht.
# unreviewed
translation-error-plural = Teksti përdor një formë shumësi që kjo gjuhë nuk e ka.
# unreviewed
translation-error-empty = Korrigjimi nuk mund të jetë bosh.
# unreviewed
translation-error-unknown = Ky mesazh nuk ekziston më.
# unreviewed
workspace-nav-translations = Përkthimet
