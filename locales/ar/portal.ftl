### Portal: the home page.

## الصفحة الرئيسية (Home)

# unreviewed
home-title = معلومات للمقيمين الأجانب
# unreviewed
home-intro = ابحث عن معلومات واضحة عن الوثائق والصحة والمدرسة والعمل والسكن، وعن أقرب مكتب إليك.
# unreviewed
home-themes-heading = المواضيع
# unreviewed
home-hubs-heading = مراكز الشبكة المتخصصة في المواضيع
# unreviewed
home-hubs-intro = تُعِدّ المراكز المتخصصة المعلومات الخاصة بكل موضوع للشبكة كلها.
# unreviewed
home-desks-heading = مكاتب المقيمين الأجانب
# unreviewed
home-all-desks = { $count ->
    [zero] اعرض مكاتب الشبكة
    [one] اعرض المكتب الوحيد في الشبكة
    [two] اعرض مكتبَي الشبكة
    [few] اعرض كل مكاتب الشبكة ({ $count } مكاتب)
    [many] اعرض كل مكاتب الشبكة ({ $count } مكتبًا)
   *[other] اعرض كل مكاتب الشبكة ({ $count } مكتب)
}
# unreviewed
home-no-desks = لا يوجد أي مكتب مسجَّل حتى الآن.

# unreviewed
home-open-desks-link = مكاتب مفتوحة الآن تتحدث { $language }
