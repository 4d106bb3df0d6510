# Sportello — Bengali translation (machine draft, unreviewed). বাংলা অনুবাদের খসড়া: প্রতিটি বার্তা মেশিনে তৈরি খসড়া, বাংলা ভালো জানেন এমন একজন পর্যালোচকের যাচাইয়ের অপেক্ষায়। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Audit: the audit log page.

## Operators: sign-in and workspace

# unreviewed
audit-title = কাজের রেকর্ড
# unreviewed
audit-filter-action = কাজ (শুরুর অংশ)
# unreviewed
audit-filter-actor = কে (ই-মেইল)
# unreviewed
audit-filter-submit = ফিল্টার করুন
# unreviewed
audit-col-when = কখন
# unreviewed
audit-col-who = কে
# unreviewed
audit-col-action = কাজ
# unreviewed
audit-col-object = কীসের ওপর
# unreviewed
audit-col-ip = IP ঠিকানা
# unreviewed
audit-empty = এই ফিল্টারে কোনো কাজ রেকর্ড করা নেই।
