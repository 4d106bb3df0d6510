### Audit: the audit log page.

## الموظفون: تسجيل الدخول ومساحة العمل (Operators: sign-in and workspace)

# unreviewed
audit-title = سجل الأنشطة
# unreviewed
audit-filter-action = الإجراء (يبدأ بـ)
# unreviewed
audit-filter-actor = مَن (البريد الإلكتروني)
# unreviewed
audit-filter-submit = تصفية
# unreviewed
audit-col-when = متى
# unreviewed
audit-col-who = مَن
# unreviewed
audit-col-action = الإجراء
# unreviewed
audit-col-object = العنصر
# unreviewed
audit-col-ip = عنوان IP
# unreviewed
audit-empty = لا توجد أنشطة مسجَّلة تطابق عوامل التصفية هذه.
