# Sportello — Bengali translation (machine draft, unreviewed). বাংলা অনুবাদের খসড়া: প্রতিটি বার্তা মেশিনে তৈরি খসড়া, বাংলা ভালো জানেন এমন একজন পর্যালোচকের যাচাইয়ের অপেক্ষায়। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Portal: the home page.

## Home

# unreviewed
home-title = বিদেশি বাসিন্দাদের জন্য তথ্য
# unreviewed
home-intro = কাগজপত্র, স্বাস্থ্য, স্কুল, কাজ ও বাসস্থান সম্পর্কে পরিষ্কার তথ্য খুঁজুন, আর আপনার সবচেয়ে কাছের তথ্যকেন্দ্রটি খুঁজে নিন।
# unreviewed
home-themes-heading = বিষয়সমূহ
# unreviewed
home-hubs-heading = নেটওয়ার্কের বিষয়ভিত্তিক কেন্দ্র
# unreviewed
home-hubs-intro = বিষয়ভিত্তিক কেন্দ্রগুলো পুরো নেটওয়ার্কের জন্য প্রতিটি বিষয়ের তথ্য তৈরি ও হালনাগাদ করে।
# unreviewed
home-desks-heading = বিদেশি বাসিন্দাদের জন্য তথ্যকেন্দ্র
# unreviewed
# Bengali [one] is CLDR i = 0 or n = 1; the page shows this link only when count ≥ 1.
home-all-desks = { $count ->
    [one] নেটওয়ার্কের একমাত্র তথ্যকেন্দ্রটি দেখুন
   *[other] নেটওয়ার্কের সব { $count }টি তথ্যকেন্দ্র দেখুন
}
# unreviewed
home-no-desks = এখনও কোনো তথ্যকেন্দ্র নিবন্ধিত হয়নি।

# unreviewed
home-open-desks-link = এখন খোলা আছে এবং { $language } ভাষায় কথা বলে এমন তথ্যকেন্দ্র
