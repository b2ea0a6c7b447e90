use care_workforce::calibration::{adult_residuals, children_residuals, Residual};
use care_workforce::data;
use care_workforce::format::{count, grouped, round_count, trim};
use leptos::prelude::*;

fn residual_table(caption: &'static str, rows: Vec<Residual>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|r| {
            let diff = round_count(r.difference());
            let relative = format!("{}%", trim(100.0 * r.relative(), 2));
            view! {
                <tr>
                    <th scope="row">{r.measure}", "{r.year}</th>
                    <td>{count(r.ours)}</td>
                    <td>{grouped(r.published as i64)}</td>
                    <td>{grouped(diff)}</td>
                    <td>{relative}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" aria-label=caption tabindex="0">
            <table class="table table--numbers">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Figure"</th>
                        <th scope="col">"Ours"</th>
                        <th scope="col">"Published"</th>
                        <th scope="col">"Difference"</th>
                        <th scope="col">"Difference %"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// Method, formulas, every source, the calibration against the published tables, what the
/// model leaves out, and the accessibility statement.
#[component]
pub fn AboutView() -> impl IntoView {
    let groups = data::all_figures()
        .into_iter()
        .map(|(title, figures)| {
            let rows = figures
                .into_iter()
                .map(|f| {
                    let note = f
                        .source
                        .footnote
                        .map_or_else(|| "–".to_string(), |n| n.to_string());
                    view! {
                        <tr>
                            <th scope="row">{f.label}</th>
                            <td>{f.shown}</td>
                            <td>{f.source.text}</td>
                            <td>{note}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-wrap" role="region" aria-label=title tabindex="0">
                    <table class="table">
                        <caption>{title}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Figure"</th>
                                <th scope="col">"Value"</th>
                                <th scope="col">"Source"</th>
                                <th scope="col">"Footnote"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
        .collect_view();
    let calibrated = data::CALIBRATED
        .iter()
        .map(|c| view! { <dt>{c.label}": "{c.shown}</dt><dd>{c.derivation}</dd> })
        .collect_view();
    view! {
        <h1>"About the figures"</h1>
        <p class="lead">
            "This calculator turns the data appendix of Staffordshire County Council's Social Care Workforce Strategy 2022-2027 into a tool anyone can use. With its published assumptions it reproduces the appendix's projection tables; change an assumption and it shows what follows."
        </p>

        <h2 id="method">"How the figures are worked out"</h2>
        <p>"Every view uses one model, worked out a year at a time from 2022:"</p>
        <ol class="method">
            <li><strong>"Workforce required"</strong>" in a year = the 2022 workforce × how much demand has grown. For adult social care, demand grows "{data::ADULT_ELASTICITY.shown}" for every 1% growth in people aged 65 and over (the published table implies this); or by your own yearly rate."</li>
            <li><strong>"Extra staff for demand"</strong>" = workforce required in the year − workforce in 2022."</li>
            <li><strong>"Leavers to replace"</strong>" in a year = staff at the start of the year × the share lost each year. For the county, that is turnover × (1 − the share of leavers who stay in social care): people who move to another care employer are not lost to the sector. A provider must replace every leaver."</li>
            <li><strong>"New staff in a year"</strong>" = the change in staffed posts + leavers replaced (never below zero: posts no longer needed are lost by not replacing leavers)."</li>
            <li><strong>"Total new staff"</strong>" = the sum of each year's new staff since 2022 = extra for demand + leavers replaced + vacancies filled + new posts."</li>
            <li>"Filling vacancies adds 2022's vacancy rate × the 2022 workforce in 2023; the 2023 reforms add 215 posts in 2023. Both are off in the published strategy, and the staff in them then leave and are replaced like everyone else."</li>
            <li>"Between the published years the population projections are joined by straight lines; after 2032 the 2027-2032 trend continues, and those rows are marked as extrapolated."</li>
        </ol>

        <h2 id="calibration">"How close we are to the published tables"</h2>
        <p>"The appendix does not state every parameter. These were derived from its tables:"</p>
        <dl class="calibrated">{calibrated}</dl>
        {residual_table("Adult social care: our figures under the published strategy against the appendix", adult_residuals())}
        {residual_table("Children's social care: our figures under the published strategy against the appendix", children_residuals())}

        <h2 id="leaves-out">"What the model leaves out"</h2>
        <ul>
            <li>"Changes in the mix of roles, hours or productivity, and the use of agency staff."</li>
            <li>"Turnover and the share of leavers staying are held constant every year; in practice they move with pay and the jobs market."</li>
            <li>"The adult baseline (23,063) is implied by the published table and is about 10% above the 21,000 people Skills for Care counts; it may count posts rather than people."</li>
            <li>"Children's social care needs depend on children's needs and national policy more than on population, as the appendix warns."</li>
            <li>"Figures are rounded to whole people only when shown; headlines round further and say \u{201c}about\u{201d}."</li>
        </ul>

        <h2 id="sources">"Every source"</h2>
        {groups}

        <h2 id="privacy">"Privacy"</h2>
        <p>"The calculator runs entirely in your browser. It sets no cookies, stores nothing on your device and sends nothing anywhere: your assumptions live only in the page address, so you can share or bookmark them."</p>

        <h2 id="accessibility">"Accessibility statement"</h2>
        <p>"We want as many people as possible to be able to use this calculator. You should be able to:"</p>
        <ul>
            <li>"use it with a keyboard alone, with a visible focus on every control;"</li>
            <li>"zoom to 400% and use it on a screen 320 pixels wide without scrolling sideways, except within wide tables;"</li>
            <li>"use it with a screen reader: every chart has a text description and the same figures are in a table;"</li>
            <li>"tell chart parts apart without colour, by their patterns and labels."</li>
        </ul>
        <p>
            "This calculator aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. It is tested with automated checks (axe-core) on every view and on error states, and by keyboard. If you find a problem, or need the figures in another format, contact Staffordshire County Council. If you are not happy with the response, contact the Equality Advisory and Support Service (EASS)."
        </p>
        <p>"Known limitations: the charts are images with text descriptions; their exact values are in the results tables."</p>
    }
}
