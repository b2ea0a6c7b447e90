//! "What would it take?": the target field and the model's answer to it.

use care_workforce::fields::Field;
use care_workforce::scenario::{Scenario, View};
use care_workforce::target::Answer;
use leptos::prelude::*;
use std::time::Duration;

use crate::pause::Pause;

use super::NumberField;

/// "What would it take?": a field for the most new staff a year that can be recruited, and the
/// answer: the turnover (for children's services, both refill rates in proportion) at which the
/// need is no more than that, with a link that opens that scenario. The answer is worked out by
/// the view's model (`Model::answer`) from the scenario the results show, so while a field is
/// invalid it stays as it was for the last valid values. Nothing is shown until a target is entered. In the
/// compact embedded layout the section appears only when the link sets a target.
#[component]
pub fn TargetAnswer(
    /// The scenario whose form holds the target.
    scenario: RwSignal<Scenario>,
    /// The scenario as the results show it (the last valid one).
    #[prop(into)]
    shown: Signal<Scenario>,
    /// The view this section belongs to (it decides the field, whose hint says what the figure
    /// means in this view).
    view: View,
    /// The view's answer to a scenario's target (`model::answer_of` of its model).
    answer: fn(&Scenario) -> Option<Answer>,
) -> impl IntoView {
    view.target_field().map(|field| {
        // Whether the scenario the results show may have a target set, worked out without that
        // scenario (which is then neither copied nor solved for on every edit while there is
        // none): it has one while the field has text, and keeps one while a field is invalid.
        let may_have_target = Memo::new(move |previous: Option<&bool>| {
            scenario.with(|s| {
                !s.form.get(field).is_empty()
                    || (previous == Some(&true) && s.form.has_errors(view))
            })
        });
        let answered = Memo::new(move |_| {
            if may_have_target.get() {
                shown.with(answer)
            } else {
                None
            }
        });
        target_section(scenario, shown, field, answered)
    })
}

/// The section for a view's target `field`.
fn target_section(
    scenario: RwSignal<Scenario>,
    shown: Signal<Scenario>,
    field: Field,
    answer: Memo<Option<Answer>>,
) -> impl IntoView {
    // When the target is changed, the answer is also announced to screen readers once typing
    // pauses (changes of the other assumptions are announced by the headline).
    let announced = RwSignal::new(String::new());
    let message = StoredValue::new(None::<String>);
    let announce = Pause::new(Duration::from_millis(900), move || {
        if let Some(text) = message.try_update_value(Option::take).flatten() {
            announced.set(text);
        }
    });
    let last_target = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let text = answer.with(|a| a.as_ref().map(|a| a.text.clone()).unwrap_or_default());
        let target = shown.with_untracked(|s| s.form.get(field).to_string());
        let changed = last_target.get_value().is_some_and(|t| t != target);
        last_target.set_value(Some(target));
        if changed && !text.is_empty() {
            message.set_value(Some(text));
            announce.arm();
        } else {
            announce.cancel();
        }
    });
    // The compact embedded layout leaves the section out unless the partner set a target.
    let shown_here = move || scenario.with(|s| !s.embed || !s.form.get(field).is_empty());
    view! {
        <section class="target" aria-labelledby="target-heading" hidden=move || !shown_here()>
            <h2 id="target-heading">"What would it take?"</h2>
            <NumberField scenario=scenario field=field/>
            {move || {
                answer
                    .get()
                    .map(|a| {
                        view! {
                            <p class="target__answer" id="target-answer">
                                {a.text}
                                {a.query.map(|q| view! { " " <a href=q>"See that scenario"</a> "." })}
                            </p>
                        }
                    })
            }}
            <p class="visually-hidden" role="status">{move || announced.get()}</p>
        </section>
    }
}
