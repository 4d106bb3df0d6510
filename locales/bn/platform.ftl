# Sportello — বাংলা অনুবাদ (Bengali, আংশিক)। যে লেখাগুলোর অনুবাদ নেই, সেগুলো ইতালীয় ভাষায় দেখানো হয়।

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## সাইটের কাঠামো (Site shell)

site-name = বিদেশি বাসিন্দাদের জন্য তথ্যকেন্দ্র
site-tagline = বিদেশি বাসিন্দাদের জন্য তথ্য ও সেবা
skip-link = মূল বিষয়বস্তুতে যান
nav-main-label = প্রধান মেনু
nav-home = প্রথম পাতা
nav-desks = তথ্যকেন্দ্রসমূহ
nav-services = অনলাইন সেবা
language-switcher-summary = ভাষা
language-switcher-label = ভাষা বেছে নিন
translation-incomplete = এই পাতার কিছু অংশ এখনও অনুবাদ করা হয়নি। সেগুলো ইতালীয় ভাষায় দেখানো হচ্ছে।
