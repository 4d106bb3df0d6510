### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = Traduceri
# unreviewed
translation-intro = Traducerile de revizuit sunt ciorne, făcute automat sau de cineva care nu este vorbitor nativ. Citiți-le alături de textul în italiană: confirmați-le așa cum sunt sau corectați-le. O revizuire se aplică imediat pe tot site-ul.
# unreviewed
translation-languages-heading = Limbi pe care le puteți revizui
# unreviewed
translation-none = Nu aveți limbi de revizuit: întrebați coordonatorii rețelei.
# unreviewed
translation-language-count = { $count ->
    [one] { $count } mesaj de revizuit
    [few] { $count } mesaje de revizuit
   *[other] { $count } de mesaje de revizuit
}
# unreviewed
translation-queue-title = Traduceri de revizuit: { $language }
# unreviewed
translation-queue-empty = Niciun mesaj de revizuit în această limbă.
# unreviewed
translation-back = Toate limbile
# unreviewed
translation-source = Textul în italiană
# unreviewed
translation-current = Traducere
# unreviewed
translation-help = Lăsați neschimbați substituenții care încep cu $ și cuvintele dintre paranteze drepte ale formelor de plural.
# unreviewed
translation-stale = O corectură anterioară a dumneavoastră, care nu mai este folosită pentru că textul s-a schimbat:
# unreviewed
translation-confirm = Confirmați așa cum este
# unreviewed
translation-correct = Salvați corectura
# unreviewed
translation-saved = Revizuirea a fost salvată.
# unreviewed
translation-error-syntax = Textul nu este valid: verificați acoladele și formele de plural.
# unreviewed
translation-error-variables = Textul trebuie să folosească exact aceiași substituenți ca textul în italiană.
# unreviewed
translation-error-plural = Textul folosește o formă de plural pe care această limbă nu o are.
# unreviewed
translation-error-empty = Corectura nu poate fi goală.
# unreviewed
translation-error-unknown = Acest mesaj nu mai există.
# unreviewed
workspace-nav-translations = Traduceri
