//! Numbers as each language writes them: digits, grouping and decimal separator from CLDR
//! (v46 `numbers` data of our fourteen locales), for Fluent's `NUMBER` values and for the
//! figures pages format themselves (distances, costs, dates).
//!
//! Fluent formats numbers without locale data unless the bundle is given a formatter; the
//! formatter is a plain function, so the per-locale style reaches it through the bundle's
//! memoizer, built once per locale from the bundle's language.

use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
const BENGALI: [char; 10] = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];

/// How one language writes numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberStyle {
    /// The native digits of the locale's default numbering system; `None` for 0–9.
    digits: Option<[char; 10]>,
    group: &'static str,
    decimal: &'static str,
    /// Groups of two after the first three (1,00,000: South Asian grouping).
    south_asian: bool,
    /// CLDR `minimumGroupingDigits`: 2 means 1000 stays ungrouped, 10 000 is grouped.
    minimum_grouping: usize,
}

impl NumberStyle {
    /// The style of a language subtag (`"it"`, `"fa"`); unknown ones write like English.
    pub fn of(language: &str) -> Self {
        let style = |digits, group, decimal, south_asian, minimum_grouping| Self {
            digits,
            group,
            decimal,
            south_asian,
            minimum_grouping,
        };
        match language {
            "it" | "ro" => style(None, ".", ",", false, 1),
            "es" => style(None, ".", ",", false, 2),
            "fr" => style(None, "\u{202f}", ",", false, 1),
            "uk" => style(None, "\u{a0}", ",", false, 1),
            "sq" => style(None, "\u{a0}", ",", false, 2),
            "ar" => style(Some(ARABIC_INDIC), "\u{66c}", "\u{66b}", false, 1),
            "fa" => style(Some(PERSIAN), "\u{66c}", "\u{66b}", false, 1),
            "bn" => style(Some(BENGALI), ",", ".", true, 1),
            "pa" | "ur" => style(None, ",", ".", true, 1),
            _ => style(None, ",", ".", false, 1),
        }
    }

    /// `value` with exactly `fraction_digits` decimals, grouped.
    pub fn format(&self, value: f64, fraction_digits: usize) -> String {
        self.localise(&format!("{value:.fraction_digits$}"), true)
    }

    /// ASCII digits in `text` (a year, a day, "09:30") written in the locale's digits.
    pub fn digits(&self, text: &str) -> String {
        match self.digits {
            None => text.to_owned(),
            Some(digits) => text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => digits[d as usize],
                    _ => c,
                })
                .collect(),
        }
    }

    /// A Fluent number: its own fraction options, grouped unless `useGrouping: false`.
    fn format_fluent(&self, number: &FluentNumber) -> String {
        self.localise(&number.as_string(), number.options.use_grouping)
    }

    /// `plain` is a number as Rust writes it (`-12345.5`).
    fn localise(&self, plain: &str, grouping: bool) -> String {
        let (sign, unsigned) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain),
        };
        let (int, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        if !int.bytes().all(|b| b.is_ascii_digit()) {
            // inf, NaN: nothing to group.
            return plain.to_owned();
        }
        let mut out = String::from(sign);
        let grouped = grouping && int.len() >= 3 + self.minimum_grouping;
        if grouped {
            out.push_str(&self.group_integer(int));
        } else {
            out.push_str(int);
        }
        if !fraction.is_empty() {
            out.push_str(self.decimal);
            out.push_str(fraction);
        }
        self.digits(&out)
    }

    fn group_integer(&self, int: &str) -> String {
        let (head, last3) = int.split_at(int.len() - 3);
        let size = if self.south_asian { 2 } else { 3 };
        let mut groups: Vec<&str> = Vec::new();
        let mut rest = head;
        while rest.len() > size {
            let (more, group) = rest.split_at(rest.len() - size);
            groups.push(group);
            rest = more;
        }
        if !rest.is_empty() {
            groups.push(rest);
        }
        groups.reverse();
        groups.push(last3);
        groups.join(self.group)
    }
}

impl intl_memoizer::Memoizable for NumberStyle {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, (): ()) -> Result<Self, ()> {
        Ok(Self::of(lang.language.as_str()))
    }
}

/// The bundle's formatter: numbers in the bundle's language, everything else as Fluent
/// formats it.
pub fn fluent_formatter(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    memoizer
        .with_try_get_threadsafe::<NumberStyle, _, _>((), |style| style.format_fluent(number))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_separates_like_cldr() {
        let cases = [
            ("it", 10_000.0, 0, "10.000"),
            ("it", 1_234.5, 1, "1.234,5"),
            ("en", 10_000.0, 0, "10,000"),
            ("es", 1_000.0, 0, "1000"),
            ("es", 10_000.0, 0, "10.000"),
            ("fr", 10_000.0, 2, "10\u{202f}000,00"),
            ("uk", 1_234_567.0, 0, "1\u{a0}234\u{a0}567"),
            ("ar", 10_000.0, 0, "١٠٬٠٠٠"),
            ("fa", 2.5, 1, "۲٫۵"),
            ("bn", 1_234_567.0, 0, "১২,৩৪,৫৬৭"),
            ("pa", 100_000.0, 0, "1,00,000"),
            ("zh", 999.0, 0, "999"),
            ("tl", -12_345.0, 0, "-12,345"),
        ];
        for (lang, value, fraction, expected) in cases {
            assert_eq!(
                NumberStyle::of(lang).format(value, fraction),
                expected,
                "{lang} {value}"
            );
        }
    }

    #[test]
    fn digits_are_mapped_in_free_text() {
        assert_eq!(NumberStyle::of("fa").digits("09:30"), "۰۹:۳۰");
        assert_eq!(NumberStyle::of("ar").digits("2026"), "٢٠٢٦");
        assert_eq!(NumberStyle::of("it").digits("2026"), "2026");
    }
}
