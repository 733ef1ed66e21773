//! The "What changed since REV" page of `build --since REV`: the same
//! comparison `touchmap diff` prints, with links to the pages of everything
//! that is still on the map.

use super::value::{Value, tv};
use super::{Ctx, PageSpec};
use crate::diff::{Changes, Item, Mark};
use crate::site::Section;

pub fn changes(ctx: &Ctx, changes: &Changes) -> PageSpec {
    let since = changes.from.as_ref();
    let name = since.map_or("", |r| r.name.as_str());
    let sections: Vec<Value> = changes
        .diff
        .sections
        .iter()
        .map(|s| {
            tv!({
                "key": s.key,
                "title": s.title,
                "count": s.count,
                "items": s.items.iter().map(|i| item(ctx, i)).collect::<Vec<_>>(),
            })
        })
        .collect();
    PageSpec {
        path: super::Page::Changes.path(ctx.model),
        template: "changes.html",
        title: {
            let mut args = crate::i18n::Args::new();
            args.set("since", name.to_string());
            ctx.model.words.args("title-changes", &args)
        },
        crumbs: vec![],
        section: Some(Section::Changes),
        data: tv!({
            "since": {
                "name": name,
                "commit": since.map(|r| r.commit.as_str()),
                "label": since.map(|r| r.label()),
            },
            "summary": changes.diff.summary(),
            "empty": changes.diff.is_empty(),
            "sections": sections,
        }),
    }
}

fn item(ctx: &Ctx, i: &Item) -> Value {
    // A removed entity has no page any more.
    let url = (i.mark != Mark::Removed).then(|| match i.kind {
        "notes" => ctx.urls.note(&i.id),
        "benefits" => ctx.urls.to(&format!("benefits/#{}", i.id)),
        kind => ctx.urls.entity(kind, &i.id),
    });
    tv!({
        "kind": i.kind,
        "id": i.id,
        "name": i.name,
        "mark": i.mark,
        "symbol": i.mark.symbol(),
        "url": url,
        "summary": i.summary,
        "details": i.details,
    })
}
