//! The checklist's entries: ids unique and well-formed, texts within bounds, due dates real
//! dates.

use super::limits::{
    MAX_CHECKLIST_ENTRIES as MAX_ENTRIES, MAX_CHECKLIST_NOTE_CHARS, MAX_CHECKLIST_OWNER_CHARS,
    MAX_CHECKLIST_TITLE_CHARS,
};
use crate::{
    error::EngineError,
    model::{
        calendar::parse_date,
        checklist::{ChecklistEntry, TEMPLATES},
    },
};

/// Problems with the checklist entries (field paths `checklist[i].…`).
pub fn validate(entries: &[ChecklistEntry], errors: &mut Vec<EngineError>) {
    let mut ids = std::collections::HashSet::new();
    if entries.len() > MAX_ENTRIES {
        errors.push(EngineError::TooMany {
            field: "checklist".into(),
            max: MAX_ENTRIES,
        });
    }
    for (i, e) in entries.iter().enumerate() {
        let f = |name: &str| format!("checklist[{i}].{name}");
        if !ids.insert(e.id.as_str()) {
            errors.push(EngineError::DuplicateId {
                field: f("id"),
                id: e.id.clone(),
            });
        }
        match &e.template_id {
            Some(t) if !TEMPLATES.iter().any(|x| x.id == t) => {
                errors.push(EngineError::Required { field: f("title") });
            }
            None if e.title.trim().is_empty() => {
                errors.push(EngineError::Required { field: f("title") });
            }
            _ => {}
        }
        for (name, text, max, lines) in [
            ("title", &e.title, MAX_CHECKLIST_TITLE_CHARS, false),
            ("owner", &e.owner, MAX_CHECKLIST_OWNER_CHARS, false),
            ("note", &e.note, MAX_CHECKLIST_NOTE_CHARS, true),
        ] {
            if text.chars().count() > max {
                errors.push(EngineError::TooLong {
                    field: f(name),
                    max,
                });
            }
            errors.extend(super::checker::hidden_character(&f(name), text, lines));
        }
        if !e.due.trim().is_empty() {
            if let Err(err) = parse_date(&f("due"), &e.due) {
                errors.push(err);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checklist::default_checklist;

    #[test]
    fn entries_are_checked() {
        let mut list = default_checklist();
        let mut errors = Vec::new();
        validate(&list, &mut errors);
        assert!(errors.is_empty());
        list.push(ChecklistEntry {
            template_id: None,
            id: "own-1".into(),
            ..list[0].clone()
        });
        list[0].due = "31.12.2027".into();
        list[1].id = list[2].id.clone();
        validate(&list, &mut errors);
        let fields: Vec<_> = errors.iter().filter_map(|e| e.field()).collect();
        assert!(fields.contains(&"checklist[0].due"), "{fields:?}");
        assert!(fields.contains(&"checklist[2].id"), "{fields:?}");
        assert!(
            fields.contains(&format!("checklist[{}].title", list.len() - 1).as_str()),
            "{fields:?}"
        );
    }
}
