### Audit: the audit log page.

## الموظفون: تسجيل الدخول ومساحة العمل (Operators: sign-in and workspace)

audit-title = سجل الأنشطة
audit-filter-action = الإجراء (يبدأ بـ)
audit-filter-actor = مَن (البريد الإلكتروني)
audit-filter-submit = تصفية
audit-col-when = متى
audit-col-who = مَن
audit-col-action = الإجراء
audit-col-object = العنصر
audit-col-ip = عنوان IP
audit-empty = لا توجد أنشطة مسجَّلة تطابق عوامل التصفية هذه.
