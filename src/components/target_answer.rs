use care_workforce::scenario::{Scenario, View};
use care_workforce::target::answer;
use leptos::prelude::*;

use super::NumberField;

/// "What would it take?": a field for the most new staff a year that can be recruited, and the
/// answer: the turnover (for children's services, both refill rates in proportion) at which the
/// need is no more than that, with a link that opens that scenario. The answer is worked out by
/// `care_workforce::target` from the scenario the results show, so while a field is invalid it
/// stays as it was for the last valid values. Nothing is shown until a target is entered.
#[component]
pub fn TargetAnswer(
    /// The scenario whose form holds the target.
    scenario: RwSignal<Scenario>,
    /// The scenario as the results show it (the last valid one).
    #[prop(into)]
    shown: Signal<Scenario>,
    /// The view this section belongs to (it decides the field).
    view: View,
    /// The hint under the field: what the figure means in this view.
    #[prop(into)]
    hint: String,
) -> impl IntoView {
    let answer = Memo::new(move |_| shown.with(answer));
    view.target_field().map(|field| {
        view! {
            <section class="target" aria-labelledby="target-heading">
                <h2 id="target-heading">"What would it take?"</h2>
                <NumberField scenario=scenario field=field suffix="new staff a year" hint=hint/>
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
            </section>
        }
    })
}
