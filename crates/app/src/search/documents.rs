//! What the index holds, made from what the public pages show: desks from the directory's
//! snapshot (a sensitive desk's address and position are not in it, so they cannot reach
//! the index), active services, published articles in Italian and in each translation.
//! Nothing of a person is indexed.

use chrono::{DateTime, Utc};
use sportello_core::kb::{ArticleContent, ArticleKind};
use sportello_core::Locale;
use sportello_search::{Document, ItemKey, Kind};
use sportello_store::{ArticleRecord, SearchService};

use crate::directory::PublicDesk;
use crate::hsds::slugify;
use crate::kb::markdown;
use crate::{App, Result};

fn place(comune: &str) -> Option<(String, String)> {
    let slug = slugify(comune);
    (!slug.is_empty()).then(|| (slug, comune.to_owned()))
}

fn join(parts: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let mut out = String::new();
    for p in parts {
        let p = p.as_ref().trim();
        if !p.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(p);
        }
    }
    out
}

fn document(item: ItemKey, title: String, body: String, path: String) -> Document {
    Document {
        item,
        lang: Locale::It,
        title,
        body,
        original: None,
        translated_into: Vec::new(),
        path,
        themes: Vec::new(),
        places: Vec::new(),
        position: None,
        updated: None,
    }
}

/// A desk's document.
pub fn desk(d: &PublicDesk) -> Document {
    let c = &d.card;
    let languages: Vec<&str> = c.languages.iter().map(|(l, _)| l.as_str()).collect();
    let body = join([
        c.description.as_deref().unwrap_or_default(),
        c.organisation_name.as_str(),
        c.address.as_deref().unwrap_or_default(),
        c.comune.as_str(),
        &languages.join(" "),
    ]);
    let mut doc = document(
        ItemKey::new(Kind::Desk, &c.id),
        c.name.clone(),
        body,
        format!("/sportelli/{}", c.slug),
    );
    doc.themes = c.themes.iter().map(|t| t.slug().to_owned()).collect();
    doc.places = place(&c.comune).into_iter().collect();
    doc.position = c.point.map(|p| (p.latitude, p.longitude));
    doc.updated = Some(c.updated_at.timestamp());
    doc
}

/// A service's document: an online service when the catalogue lists it.
pub fn service(s: &SearchService) -> Document {
    let kind = if s.online {
        Kind::OnlineService
    } else {
        Kind::Service
    };
    let body = join([
        s.alternate_name.as_deref().unwrap_or_default(),
        s.description.as_deref().unwrap_or_default(),
        s.eligibility_description.as_deref().unwrap_or_default(),
        s.plain_note.as_deref().unwrap_or_default(),
        s.organisation_name.as_str(),
    ]);
    let mut doc = document(
        ItemKey::new(kind, &s.id),
        s.name.clone(),
        body,
        format!("/servizi/{}", s.slug),
    );
    doc.themes.clone_from(&s.themes);
    doc.places = s.comuni.iter().filter_map(|c| place(c)).collect();
    doc.updated = Some(s.updated_at.timestamp());
    doc
}

/// Both keys a service may have been indexed under.
pub fn service_keys(id: &str) -> [ItemKey; 2] {
    [
        ItemKey::new(Kind::Service, id),
        ItemKey::new(Kind::OnlineService, id),
    ]
}

/// The four keys an article may have been indexed under.
pub fn article_keys(id: &str) -> [ItemKey; 4] {
    [Kind::Sheet, Kind::Faq, Kind::Guide, Kind::News].map(|k| ItemKey::new(k, id))
}

fn article_kind(kind: &str) -> Kind {
    match ArticleKind::from_slug(kind) {
        Ok(ArticleKind::Faq) => Kind::Faq,
        Ok(ArticleKind::Guide) => Kind::Guide,
        Ok(ArticleKind::News) => Kind::News,
        _ => Kind::Sheet,
    }
}

/// An article's words as a reader meets them, Markdown read as text.
fn text_of(content: &ArticleContent) -> (String, String) {
    let body = join(
        content
            .parts()
            .into_iter()
            .filter(|p| p.key != "title")
            .map(|p| markdown::to_text(&p.text))
            .chain(content.tags.iter().cloned()),
    );
    (content.title.clone(), body)
}

/// An article's documents: the Italian one and one per translation; none when the public
/// cannot see it at `now` (not published yet, or archived).
pub async fn article(
    app: &App,
    record: &ArticleRecord,
    now: DateTime<Utc>,
) -> Result<Vec<Document>> {
    let Some(public) = record.public_version(now) else {
        return Ok(Vec::new());
    };
    if record.status == "archived" {
        return Ok(Vec::new());
    }
    let store = app.store();
    let Some(version) = store.article_version(&record.id, public).await? else {
        return Ok(Vec::new());
    };
    let Ok(content) = serde_json::from_str::<ArticleContent>(&version.content) else {
        return Ok(Vec::new());
    };
    let kind = article_kind(&record.kind);
    let path = format!("/{}/{}", record.theme, record.slug);
    let (title, body) = text_of(&content);
    let mut translations = Vec::new();
    for t in store.article_translations(&record.id).await? {
        let (Ok(locale), Ok(c)) = (
            Locale::from_tag(&t.locale),
            serde_json::from_str::<ArticleContent>(&t.content),
        ) else {
            continue;
        };
        if locale == Locale::It {
            continue;
        }
        let (t_title, t_body) = text_of(&c);
        let mut doc = document(
            ItemKey::new(kind, &record.id),
            t_title,
            t_body,
            path.clone(),
        );
        doc.lang = locale;
        doc.original = Some((title.clone(), body.clone()));
        translations.push(doc);
    }
    let mut italian = document(ItemKey::new(kind, &record.id), title, body, path);
    italian.translated_into = translations.iter().map(|d| d.lang).collect();
    let mut out = vec![italian];
    out.extend(translations);
    for d in &mut out {
        d.themes = vec![record.theme.clone()];
        d.updated = Some(version.created_at.timestamp());
    }
    Ok(out)
}
