//! The sources section: each baseline figure a view uses, with the appendix's footnote.

use care_workforce::data::Figure;
use leptos::prelude::*;

/// The figures a view uses, each with its source (the appendix's footnote where it has one),
/// folded under the heading until asked for.
#[component]
pub fn Sources(
    /// The figures to list.
    figures: Vec<Figure>,
) -> impl IntoView {
    // Why an attribution is ours, said once for all the figures it covers.
    let mut reasons: Vec<&'static str> = Vec::new();
    for why in figures.iter().filter_map(|f| f.source.inferred) {
        if !reasons.contains(&why) {
            reasons.push(why);
        }
    }
    let reasons = reasons
        .into_iter()
        .map(|why| view! { <p>"Our attribution: "{why}"."</p> })
        .collect_view();
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources of the baseline figures"</h2>
            <details class="more">
            <summary>"Show where each figure comes from"</summary>
            <ul class="sources__list">
                {figures
                    .into_iter()
                    .map(|f| {
                        view! {
                            <li>
                                <strong>{f.label}": "{f.shown}</strong>
                                " – "{f.source.describe()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {reasons}
            <p>"All figures are from the Staffordshire Social Care Workforce Strategy 2022-2027 data appendix."</p>
            </details>
        </section>
    }
}
