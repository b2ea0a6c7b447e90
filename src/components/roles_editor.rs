//! A provider's roles: with none listed, the staff, turnover and vacancies fields as the one
//! role "All staff"; with roles, a group of fields for each (its name, staff now, turnover and
//! vacant posts, each labelled with the role's name and set against its benchmarks), a button
//! to remove it, and a way to add one, each change announced politely to screen readers.

use care_workforce::fields::Field;
use care_workforce::report::roles::benchmarks;
use care_workforce::scenario::{
    role_input_id, unused_name, RolePart, RoleProblem, RoleText, Scenario, ALL_STAFF, MAX_ROLES,
    NEW_ROLE_STAFF, SUGGESTED_ROLES,
};
use leptos::prelude::*;

use super::{FieldError, NumberField};

/// The roles of a provider's form.
#[component]
pub fn RolesEditor(
    /// The scenario whose form holds the roles.
    scenario: RwSignal<Scenario>,
) -> impl IntoView {
    let count = Memo::new(move |_| scenario.with(|s| s.form.roles().len()));
    let announced = RwSignal::new(String::new());
    let choice = RwSignal::new(SUGGESTED_ROLES[0].to_string());
    let remove = move |i: usize| {
        let mut name = String::new();
        scenario.update(|s| {
            let roles = s.form.roles_mut();
            if i < roles.len() && roles.len() > 1 {
                name = roles[i].shown_name(i);
                roles.remove(i);
            }
        });
        let left = count.get_untracked();
        announced.set(format!("Removed {name}. {left} roles left."));
        focus("role-add-choice".to_string());
    };
    let roles = move || {
        if count.get() == 0 {
            return view! {
                <NumberField scenario=scenario field=Field::Staff/>
                <NumberField scenario=scenario field=Field::ProviderTurnover/>
                <NumberField scenario=scenario field=Field::VacantPosts/>
            }
            .into_any();
        }
        (0..count.get())
            .map(|i| role_fields(scenario, i, count, remove))
            .collect_view()
            .into_any()
    };
    view! {
        <div class="roles">
            {roles}
            <div class="roles__add">
                <label class="field__label" for="role-add-choice">"Plan by role: add a role"</label>
                <p class="field__hint" id="role-add-hint">
                    "Each role has its own staff, turnover and vacant posts; growth and years ahead are for the whole organisation. You can rename a role after adding it."
                </p>
                <div class="roles__add-row">
                    <select
                        id="role-add-choice"
                        aria-describedby="role-add-hint"
                        on:change=move |ev| choice.set(event_target_value(&ev))
                    >
                        {SUGGESTED_ROLES
                            .iter()
                            .map(|r| view! { <option value=*r>{*r}</option> })
                            .collect_view()}
                    </select>
                    <button
                        type="button"
                        class="button button--secondary"
                        disabled=move || { count.get() >= MAX_ROLES }
                        on:click=move |_| add_role(scenario, choice.get_untracked(), announced)
                    >
                        "Add role"
                    </button>
                </div>
            </div>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announced.get()}</p>
        </div>
    }
}

/// The fields of role `i`.
fn role_fields(
    scenario: RwSignal<Scenario>,
    i: usize,
    count: Memo<usize>,
    remove: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let role =
        Memo::new(move |_| scenario.with(|s| s.form.roles().get(i).cloned().unwrap_or_default()));
    let name = Memo::new(move |_| role.with(|r| r.shown_name(i)));
    let problems = Memo::new(move |_| {
        scenario.with(|s| {
            s.form
                .role_problems(s.view)
                .into_iter()
                .filter(|p| p.role == i)
                .collect::<Vec<RoleProblem>>()
        })
    });
    let hints = Memo::new(move |_| {
        role.with(|r| {
            benchmarks(
                &r.shown_name(i),
                r.number(RolePart::Staff),
                r.number(RolePart::Vacancies),
            )
        })
    });
    let part = move |part: RolePart| {
        let id = role_input_id(i, part);
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let error = Memo::new(move |_| {
            problems.with(|ps| {
                let messages: Vec<String> = ps
                    .iter()
                    .filter(|p| p.part == part)
                    .map(|p| p.message.clone())
                    .collect();
                (!messages.is_empty()).then(|| messages.join(". "))
            })
        });
        let text = Memo::new(move |_| role.with(|r| r.get(part).to_string()));
        let label = move || match part {
            RolePart::Name => format!("Name of role {}", i + 1),
            _ => format!("{}: {}", name.get(), part.label()),
        };
        let hint = move || match part {
            RolePart::Name => "What you call the role.".to_string(),
            RolePart::Staff => part
                .field()
                .map(|f| f.hint(scenario.with_untracked(|s| s.view)))
                .unwrap_or_default(),
            RolePart::Turnover => hints.with(|h| h.turnover.clone()),
            RolePart::Vacancies => hints.with(|h| h.vacancies.clone()),
        };
        let suffix = part.field().map_or("", |f| f.spec().suffix);
        let described = {
            let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
            move || match error.get() {
                Some(_) => format!("{hint_id} {error_id}"),
                None => hint_id.clone(),
            }
        };
        let initial = text.get_untracked();
        let numeric = part != RolePart::Name;
        view! {
            <div class="field" class:field--error=move || error.get().is_some()>
                <label class="field__label" for=id.clone()>{label}</label>
                <p class="field__hint" id=hint_id.clone()>{hint}</p>
                <FieldError id=error_id.clone() message=Signal::derive(move || error.get().map(|e| e.to_string()))/>
                <div class="field__input">
                    <input
                        id=id.clone()
                        name=id.clone()
                        class=(!numeric).then_some("field__name")
                        type="text"
                        inputmode=numeric.then_some("decimal")
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby=described
                        aria-invalid=move || error.get().is_some().then_some("true")
                        value=initial
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            let t = event_target_value(&ev);
                            scenario
                                .update(|s| {
                                    if let Some(r) = s.form.roles_mut().get_mut(i) {
                                        r.set(part, &t);
                                    }
                                })
                        }
                    />
                    <span class="field__suffix" aria-hidden="true">{suffix}</span>
                </div>
            </div>
        }
    };
    view! {
        <fieldset class="role" data-role=i + 1>
            <legend class="role__legend">{move || name.get()}</legend>
            {part(RolePart::Name)}
            {part(RolePart::Staff)}
            {part(RolePart::Turnover)}
            {part(RolePart::Vacancies)}
            <Show when=move || { count.get() > 1 }>
                <button type="button" class="button button--secondary role__remove" on:click=move |_| remove(i)>
                    {move || format!("Remove {}", name.get())}
                </button>
            </Show>
        </fieldset>
    }
}

/// Focuses the input `id` once the page has drawn it.
fn focus(id: String) {
    request_animation_frame(move || {
        if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

// Called only from a click handler, which a native build leaves out.
/// Adds a role named `name` (with none listed yet, the one role "All staff" first, keeping its
/// figures), announces it and moves the focus to its staff.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn add_role(scenario: RwSignal<Scenario>, name: String, announced: RwSignal<String>) {
    let (mut added, mut name) = (0, name);
    scenario.update(|s| {
        let form = &mut s.form;
        if form.roles().is_empty() {
            let first = RoleText::new(
                ALL_STAFF,
                form.get(Field::Staff),
                form.get(Field::ProviderTurnover),
                form.get(Field::VacantPosts),
            );
            form.roles_mut().push(first);
        }
        if form.roles().len() < MAX_ROLES {
            name = unused_name(form.roles(), &name);
            let turnover = Field::ProviderTurnover.default_text();
            form.roles_mut()
                .push(RoleText::new(&name, NEW_ROLE_STAFF, &turnover, "0"));
        }
        added = form.roles().len();
    });
    announced.set(format!(
        "Added {name}, role {added} of {added}. Its fields follow."
    ));
    focus(role_input_id(added - 1, RolePart::Staff));
}
