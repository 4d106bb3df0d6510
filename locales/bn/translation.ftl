# Sportello — Bengali translation (machine draft, unreviewed). বাংলা অনুবাদের খসড়া: প্রতিটি বার্তা মেশিনে তৈরি খসড়া, বাংলা ভালো জানেন এমন একজন পর্যালোচকের যাচাইয়ের অপেক্ষায়। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = অনুবাদ
# unreviewed
translation-intro = যে অনুবাদগুলো পর্যালোচনা করতে হবে সেগুলো খসড়া: মেশিনে করা, অথবা এমন কারও করা যার মাতৃভাষা এটি নয়। ইতালীয় লেখার পাশে রেখে পড়ুন: যেমন আছে তেমনই নিশ্চিত করুন, অথবা সংশোধন করুন। একটি পর্যালোচনা সঙ্গে সঙ্গে পুরো সাইটে কার্যকর হয়।
# unreviewed
translation-languages-heading = যে ভাষাগুলো আপনি পর্যালোচনা করতে পারেন
# unreviewed
translation-none = পর্যালোচনার জন্য আপনার কোনো ভাষা নেই: নেটওয়ার্কের সমন্বয়কদের কাছে চেয়ে নিন।
# unreviewed
translation-language-count = { $count ->
    [one] পর্যালোচনার জন্য { $count }টি বার্তা
   *[other] পর্যালোচনার জন্য { $count }টি বার্তা
}
# unreviewed
translation-queue-title = পর্যালোচনার অপেক্ষায় অনুবাদ: { $language }
# unreviewed
translation-queue-empty = এই ভাষায় পর্যালোচনার জন্য কোনো বার্তা নেই।
# unreviewed
translation-back = সব ভাষা
# unreviewed
translation-source = ইতালীয় লেখা
# unreviewed
translation-current = অনুবাদ
# unreviewed
translation-help = $ দিয়ে শুরু হওয়া স্থানধারকগুলো (placeholder) এবং বহুবচন রূপের বর্গাকার বন্ধনীর ভেতরের শব্দগুলো যেমন আছে তেমনই রাখুন।
# unreviewed
translation-stale = আপনার আগের একটি সংশোধন, যা এখন আর ব্যবহার হয় না কারণ লেখাটি বদলে গেছে:
# unreviewed
translation-confirm = যেমন আছে তেমনই নিশ্চিত করছি
# unreviewed
translation-correct = সংশোধন সংরক্ষণ করুন
# unreviewed
translation-saved = পর্যালোচনা সংরক্ষণ করা হয়েছে।
# unreviewed
translation-error-syntax = লেখাটি সঠিক নয়: কোঁকড়া বন্ধনী এবং বহুবচন রূপগুলো দেখুন।
# unreviewed
translation-error-variables = লেখাটিতে ইতালীয় লেখার ঠিক একই স্থানধারক (placeholder) থাকতে হবে।
# unreviewed
translation-error-plural = লেখাটিতে এমন একটি বহুবচন রূপ আছে যা এই ভাষায় নেই।
# unreviewed
translation-error-empty = সংশোধন খালি রাখা যাবে না।
# unreviewed
translation-error-unknown = এই বার্তাটি আর নেই।
# unreviewed
workspace-nav-translations = অনুবাদ
