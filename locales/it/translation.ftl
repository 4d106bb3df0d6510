### Translation: reviewing the interface translations in the workspace.

translation-title = Traduzioni
translation-intro = Le traduzioni da rivedere sono bozze, fatte a macchina o da chi non è madrelingua. Leggile accanto al testo italiano: confermale così come sono oppure correggile. Una revisione vale subito per tutto il sito.
translation-languages-heading = Lingue che puoi rivedere
translation-none = Non hai lingue da rivedere: chiedi a chi coordina la rete.
translation-language-count = { $count ->
    [one] { $count } messaggio da rivedere
   *[other] { $count } messaggi da rivedere
}
translation-queue-title = Traduzioni da rivedere: { $language }
translation-queue-empty = Nessun messaggio da rivedere in questa lingua.
translation-back = Tutte le lingue
translation-source = Testo italiano
translation-current = Traduzione
translation-help = Lascia invariati i segnaposto che iniziano con $ e le parole tra parentesi quadre delle forme del plurale.
translation-stale = Una tua correzione precedente, non più in uso perché il testo è cambiato:
translation-confirm = Confermo così com'è
translation-correct = Salva la correzione
translation-saved = Revisione salvata.
translation-error-syntax = Il testo non è valido: controlla le parentesi graffe e le forme del plurale.
translation-error-variables = Il testo deve usare esattamente gli stessi segnaposto del testo italiano.
translation-error-plural = Il testo usa una forma del plurale che questa lingua non ha.
translation-error-empty = La correzione non può essere vuota.
translation-error-unknown = Questo messaggio non esiste più.
workspace-nav-translations = Traduzioni
