### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = Traductions
# unreviewed
translation-intro = Les traductions à relire sont des brouillons, faits par une machine ou par une personne dont ce n'est pas la langue maternelle. Lisez-les à côté du texte italien : confirmez-les telles quelles ou corrigez-les. Une relecture s'applique immédiatement à tout le site.
# unreviewed
translation-languages-heading = Langues que vous pouvez relire
# unreviewed
translation-none = Vous n'avez aucune langue à relire : adressez-vous à la coordination du réseau.
# unreviewed
translation-language-count = { $count ->
    [one] { $count } message à relire
   *[other] { $count } messages à relire
}
# unreviewed
translation-queue-title = Traductions à relire : { $language }
# unreviewed
translation-queue-empty = Aucun message à relire dans cette langue.
# unreviewed
translation-back = Toutes les langues
# unreviewed
translation-source = Texte italien
# unreviewed
translation-current = Traduction
# unreviewed
translation-help = Laissez tels quels les espaces réservés qui commencent par $ et les mots entre crochets des formes du pluriel.
# unreviewed
translation-stale = Une correction que vous aviez faite, qui n'est plus utilisée parce que le texte a changé :
# unreviewed
translation-confirm = Confirmer tel quel
# unreviewed
translation-correct = Enregistrer la correction
# unreviewed
translation-saved = Relecture enregistrée.
# unreviewed
translation-error-syntax = Le texte n'est pas valide : vérifiez les accolades et les formes du pluriel.
# unreviewed
translation-error-variables = Le texte doit utiliser exactement les mêmes espaces réservés que le texte italien.
# unreviewed
translation-error-plural = Le texte utilise une forme du pluriel que cette langue n'a pas.
# unreviewed
translation-error-empty = La correction ne peut pas être vide.
# unreviewed
translation-error-unknown = Ce message n'existe plus.
# unreviewed
workspace-nav-translations = Traductions
