### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = Translations
# unreviewed
translation-intro = Translations to review are drafts, made by machine or by someone who is not a native speaker. Read them beside the Italian text: confirm them as they are or correct them. A review applies to the whole site at once.
# unreviewed
translation-languages-heading = Languages you can review
# unreviewed
translation-none = You have no languages to review: ask the network's coordinators.
# unreviewed
translation-language-count = { $count ->
    [one] { $count } message to review
   *[other] { $count } messages to review
}
# unreviewed
translation-queue-title = Translations to review: { $language }
# unreviewed
translation-queue-empty = No messages to review in this language.
# unreviewed
translation-back = All languages
# unreviewed
translation-source = Italian text
# unreviewed
translation-current = Translation
# unreviewed
translation-help = Keep the placeholders that start with $ and the words in square brackets of plural forms as they are.
# unreviewed
translation-stale = An earlier correction of yours, no longer used because the text changed:
# unreviewed
translation-confirm = Confirm as it is
# unreviewed
translation-correct = Save the correction
# unreviewed
translation-saved = Review saved.
# unreviewed
translation-error-syntax = The text is not valid: check the curly braces and the plural forms.
# unreviewed
translation-error-variables = The text must use exactly the same placeholders as the Italian text.
# unreviewed
translation-error-plural = The text uses a plural form this language does not have.
# unreviewed
translation-error-empty = The correction cannot be empty.
# unreviewed
translation-error-unknown = This message no longer exists.
# unreviewed
workspace-nav-translations = Translations
