### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

# unreviewed
code-attempts-exhausted = অনেকবার ভুল কোড দেওয়া হয়েছে: নিরাপত্তার জন্য সাইন-ইন বাতিল করা হয়েছে। আপনার ইমেল ও পাসওয়ার্ড আবার লিখুন।
