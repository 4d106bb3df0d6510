# Sportello — Bengali translation (machine draft, unreviewed). বাংলা অনুবাদের খসড়া: প্রতিটি বার্তা মেশিনে তৈরি খসড়া, বাংলা ভালো জানেন এমন একজন পর্যালোচকের যাচাইয়ের অপেক্ষায়। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace

# unreviewed
login-title = কর্মীদের লগ ইন
# unreviewed
login-intro = শুধু তথ্যকেন্দ্র নেটওয়ার্কের কর্মীদের জন্য সংরক্ষিত এলাকা।
# unreviewed
login-email = ই-মেইল ঠিকানা
# unreviewed
login-password = পাসওয়ার্ড
# unreviewed
login-submit = লগ ইন করুন
# unreviewed
login-refused = ই-মেইল বা পাসওয়ার্ড সঠিক নয়, অথবা অ্যাকাউন্টটি বন্ধ করা হয়েছে।
# unreviewed
login-throttled = অনেকবার ভুল চেষ্টা হয়েছে। { $seconds ->
    [one] { $seconds } সেকেন্ড
   *[other] { $seconds } সেকেন্ড
} পরে আবার চেষ্টা করুন।
# unreviewed
workspace-welcome = স্বাগতম, { $name }।
# unreviewed
workspace-roles-heading = আপনার ভূমিকা
# unreviewed
workspace-no-roles = আপনাকে এখনও কোনো ভূমিকা দেওয়া হয়নি: নেটওয়ার্কের সমন্বয়কদের কাছে চেয়ে নিন।
# unreviewed
workspace-nav-profile = প্রোফাইল
# unreviewed
workspace-nav-audit = কাজের রেকর্ড
# unreviewed
profile-title = আপনার প্রোফাইল
# unreviewed
profile-email = ই-মেইল:
# unreviewed
profile-password-heading = পাসওয়ার্ড বদলান
# unreviewed
profile-current-password = বর্তমান পাসওয়ার্ড
# unreviewed
profile-new-password = নতুন পাসওয়ার্ড (কমপক্ষে ১২ অক্ষর)
# unreviewed
profile-confirm-password = নতুন পাসওয়ার্ডটি আবার লিখুন
# unreviewed
profile-password-submit = পাসওয়ার্ড বদলান
# unreviewed
profile-password-changed = পাসওয়ার্ড বদলানো হয়েছে। আপনার অন্য খোলা সেশনগুলো বন্ধ করা হয়েছে।
# unreviewed
profile-password-wrong = বর্তমান পাসওয়ার্ডটি সঠিক নয়।
# unreviewed
profile-password-mismatch = নতুন দুটি পাসওয়ার্ড মেলেনি।
# unreviewed
profile-password-too-short = নতুন পাসওয়ার্ডে কমপক্ষে ১২টি অক্ষর থাকতে হবে।
# unreviewed
role-admin = প্রশাসন
# unreviewed
role-coordinator = আঞ্চলিক সমন্বয়
# unreviewed
role-hub_editor = বিষয়ভিত্তিক কেন্দ্রের সম্পাদক
# unreviewed
role-l2_operator = বিশেষায়িত তথ্যকেন্দ্রের কর্মী
# unreviewed
role-l1_operator = প্রাথমিক যোগাযোগের তথ্যকেন্দ্রের কর্মী
# unreviewed
role-translator = অনুবাদ
# unreviewed
role-trainer = প্রশিক্ষণ
# unreviewed
role-viewer = শুধু দেখা
# unreviewed
scope-network = পুরো নেটওয়ার্ক
# unreviewed
scope-organisation = সংস্থা { $target }
# unreviewed
scope-desk = তথ্যকেন্দ্র { $target }
# unreviewed
scope-theme = বিষয় { $target }
# unreviewed
scope-language = ভাষা { $target }

## Two-factor authentication

# unreviewed
workspace-nav-twofa = দুই ধাপে যাচাই
# unreviewed
code-title = যাচাই কোড
# unreviewed
code-intro = ফোনে অথেনটিকেটর অ্যাপটি খুলুন এবং ৬ অঙ্কের কোডটি লিখুন। ফোন সাথে না থাকলে একটি রিকভারি কোড ব্যবহার করুন।
# unreviewed
code-label = কোড
# unreviewed
code-submit = যাচাই করুন
# unreviewed
code-refused = কোডটি সঠিক নয় বা আগেই ব্যবহার করা হয়েছে। নতুন কোড দিয়ে আবার চেষ্টা করুন।
# unreviewed
code-attempts-exhausted = অনেকবার ভুল কোড দেওয়া হয়েছে: নিরাপত্তার জন্য সাইন-ইন বাতিল করা হয়েছে। আপনার ইমেল ও পাসওয়ার্ড আবার লিখুন।
# unreviewed
twofa-title = দুই ধাপে যাচাই
# unreviewed
twofa-intro = দুই ধাপে যাচাই চালু থাকলে লগ ইন করতে পাসওয়ার্ড এবং একটি কোড লাগে। কোডটি ফোনের একটি অ্যাপ তৈরি করে, আর এটি প্রতি ৩০ সেকেন্ডে বদলে যায়।
# unreviewed
twofa-required = আপনার ভূমিকার জন্য দুই ধাপে যাচাই বাধ্যতামূলক: কর্মী এলাকা ব্যবহার করতে এটি চালু করুন।
# unreviewed
twofa-start = দুই ধাপে যাচাই চালু করুন
# unreviewed
twofa-step-scan = অথেনটিকেটর অ্যাপ দিয়ে এই QR কোডটি স্ক্যান করুন।
# unreviewed
twofa-qr-label = অথেনটিকেটর অ্যাপের জন্য QR কোড
# unreviewed
twofa-step-link = ফোনে আপনি এই লিংকটিও খুলতে পারেন:
# unreviewed
twofa-step-key = অথবা অ্যাপে এই কী (key) লিখুন:
# unreviewed
twofa-step-confirm = অ্যাপে এখন যে কোড দেখাচ্ছে সেটি লিখুন।
# unreviewed
twofa-confirm-submit = নিশ্চিত করুন ও চালু করুন
# unreviewed
twofa-enabled-now = দুই ধাপে যাচাই চালু হয়েছে।
# unreviewed
twofa-recovery-heading = রিকভারি কোড
# unreviewed
# Meaning as in en: use them if you lose your phone; each works only once.
twofa-recovery-intro = এই কোডগুলো নিরাপদ জায়গায় রাখুন: ফোন হারিয়ে গেলে এগুলো ব্যবহার করতে পারবেন, আর প্রতিটি কোড মাত্র একবার কাজ করে। এগুলো আর দেখতে পাবেন না।
# unreviewed
twofa-active = দুই ধাপে যাচাই চালু আছে।

## Password reset and mail

# unreviewed
login-forgot = পাসওয়ার্ড ভুলে গেছেন?
# unreviewed
reset-title = পাসওয়ার্ড রিসেট করুন
# unreviewed
reset-intro = আপনার অ্যাকাউন্টের ই-মেইল ঠিকানা লিখুন: নতুন পাসওয়ার্ড বেছে নেওয়ার জন্য আমরা আপনাকে একটি লিংক পাঠাব।
# unreviewed
reset-submit = লিংক পাঠান
# unreviewed
reset-sent = ঠিকানাটি কোনো চালু অ্যাকাউন্টের হলে শিগগিরই লিংকসহ একটি ই-মেইল পাবেন। লিংকটি ৩০ মিনিট কাজ করবে এবং মাত্র একবার ব্যবহার করা যাবে।
# unreviewed
reset-new-title = নতুন পাসওয়ার্ড বেছে নিন
# unreviewed
reset-new-submit = নতুন পাসওয়ার্ড সংরক্ষণ করুন
# unreviewed
reset-done = পাসওয়ার্ড বদলানো হয়েছে। এখন নতুন পাসওয়ার্ড দিয়ে লগ ইন করতে পারেন।
# unreviewed
reset-link-invalid = এই লিংকের মেয়াদ শেষ হয়ে গেছে বা এটি আগেই ব্যবহার করা হয়েছে। নতুন একটি লিংক চেয়ে নিন।
# unreviewed
mail-reset-subject = বিদেশি বাসিন্দাদের জন্য তথ্যকেন্দ্র (Sportello stranieri): পাসওয়ার্ড রিসেট
# unreviewed
mail-reset-body = শুভেচ্ছা,
    আপনার অ্যাকাউন্টের পাসওয়ার্ড রিসেট করার একটি অনুরোধ আমরা পেয়েছি।
    নতুন পাসওয়ার্ড বেছে নিতে { $minutes ->
        [one] { $minutes } মিনিটের
       *[other] { $minutes } মিনিটের
    } মধ্যে এই লিংকটি খুলুন:
    { $link }
    আপনি নিজে পাসওয়ার্ড রিসেট করতে না চাইলে এই বার্তাটি উপেক্ষা করুন: আপনার পাসওয়ার্ড আগের মতোই থাকবে।

## Accounts administration

# unreviewed
workspace-nav-users = ব্যবহারকারী ও ভূমিকা
# unreviewed
users-title = ব্যবহারকারী ও ভূমিকা
# unreviewed
users-intro = প্রত্যেক ব্যক্তিকে তার প্রয়োজনীয় ভূমিকা দিন, সঠিক পরিসরে। প্রতিটি পরিবর্তনে ওই ব্যক্তির খোলা সেশনগুলো বন্ধ হয়ে যায়, এবং পরিবর্তনটি রেকর্ড করা হয়।
# unreviewed
users-col-roles = ভূমিকা
# unreviewed
users-disabled = অ্যাকাউন্ট বন্ধ
# unreviewed
users-role = ভূমিকা
# unreviewed
users-scope-kind = পরিসর
# unreviewed
users-scope-target = কোনটি (সংক্ষিপ্ত কোড)
# unreviewed
users-grant-submit = ভূমিকা যোগ করুন
# unreviewed
users-revoke-submit = সরান
# unreviewed
users-disable-submit = অ্যাকাউন্ট বন্ধ করুন
# unreviewed
users-saved = পরিবর্তন সংরক্ষণ করা হয়েছে।
# unreviewed
users-error = পরিবর্তন সংরক্ষণ করা হয়নি: { $reason }
# unreviewed
scope-kind-network = পুরো নেটওয়ার্ক
# unreviewed
scope-kind-organisation = সংস্থা
# unreviewed
scope-kind-desk = তথ্যকেন্দ্র
# unreviewed
scope-kind-theme = বিষয়
# unreviewed
scope-kind-language = ভাষা

## Workspace menu: desks, services and organisations

# unreviewed
workspace-nav-desks = আমার তথ্যকেন্দ্রগুলো

# unreviewed
workspace-nav-services = সেবা
# unreviewed
workspace-nav-organisations = সংস্থা
