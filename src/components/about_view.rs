//! The About page: the method, every formula and source, the calibration against the published
//! tables, what the model leaves out, and the accessibility statement.

use care_workforce::about::AboutProse;
use care_workforce::calibration::{adult_residuals, children_residuals, Residual};
use care_workforce::data;
use care_workforce::format::{grouped, grouped_decimal};
use leptos::prelude::*;

fn residual_table(caption: &'static str, rows: Vec<Residual>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|r| {
            let shown = if r.rounds_as_printed() { "yes" } else { "no" };
            view! {
                <tr>
                    <th scope="row">{r.measure}", "{r.year}</th>
                    <td>{grouped(r.published as i64)}</td>
                    <td>{grouped_decimal(r.ours, 1)}</td>
                    <td>{shown}</td>
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
                        <th scope="col">"Printed in the appendix"</th>
                        <th scope="col">"Calculator, before rounding"</th>
                        <th scope="col">"Rounds to the printed figure"</th>
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
                    let note = match (f.source.footnote, f.source.inferred) {
                        (Some(n), Some(why)) => format!("{n} (our attribution: {why})"),
                        (Some(n), None) => n.to_string(),
                        (None, Some(why)) => format!("\u{2013} (our attribution: {why})"),
                        (None, None) => "\u{2013}".to_string(),
                    };
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
        .map(|c| {
            view! {
                <dt>{c.label}": "{c.shown}</dt>
                <dd>
                    <p>{c.derivation}</p>
                    <p><strong>"Other readings that fit as well: "</strong>{c.alternatives}</p>
                </dd>
            }
        })
        .collect_view();
    let p = AboutProse::new();
    view! {
        <h1>"About the figures"</h1>
        <p class="lead">
            "This calculator turns the data appendix of Staffordshire County Council's Social Care Workforce Strategy 2022-2027 into a tool anyone can use. With the appendix's figures and a few assumptions fitted to its tables, it shows those tables as printed. Change an assumption and it shows what follows."
        </p>

        <h2 id="method">"How the figures are worked out"</h2>
        <p>{p.tables}</p>

        <h3>"Adult social care"</h3>
        <ol class="method">
            <li><strong>"Workforce required. "</strong>{p.workforce}</li>
            <li><strong>"Demand and older people. "</strong>{p.demand}</li>
            <li><strong>"Extra staff for demand"</strong>{p.extra}</li>
            <li><strong>"Leavers replaced"</strong>" in a year = staff in post at the start of the year \u{d7} the share lost to social care each year. That share is turnover \u{d7} (100% \u{2212} the share of leavers who stay in social care). People who move to another care employer are not lost to the sector."</li>
            <li><strong>"New staff in a year"</strong>" = the change in staff in post + leavers replaced. If demand falls faster than staff leave, nobody is recruited that year and posts go as people leave: nobody is made redundant."</li>
            <li><strong>"Total new staff"</strong>{p.total}</li>
            <li><strong>"Filling today's vacancies (an option). "</strong>{p.vacancies}</li>
            <li><strong>"The 2023 reforms (an option). "</strong>{p.reforms}</li>
        </ol>

        <h3>"Children's social care"</h3>
        <ol class="method">
            <li>{p.children}</li>
            <li>"Its table \u{201c}shows the impact of an estimated new demand of 2%, but this assumption is heavily caveated\u{201d}. The appendix explains that children's needs and national policy drive the workforce more than the number of children do. It does not say how the 2% enters the figures."</li>
            <li><strong>"The calculator's reading. "</strong>{p.children_reading}</li>
        </ol>

        <h3>"The two adult scenarios"</h3>
        <p>{p.scenarios}</p>

        <h2 id="calibration">"What the calculator assumes"</h2>
        <p>"The appendix does not state everything its tables need. The calculator fitted each of these to the tables, and each has other readings that fit as well. Because they were chosen to fit, matching the 21 published figures is no evidence that the council used them:"</p>
        <dl class="calibrated">{calibrated}</dl>
        <h3>"How close the calculator is to the published tables"</h3>
        <p>{p.printed}</p>
        <details class="about__more">
            <summary>{p.residuals}</summary>
            {residual_table("Adult social care: the calculator on the appendix's assumptions against the appendix", adult_residuals())}
            {residual_table("Children's social care: the calculator on the appendix's assumptions against the appendix", children_residuals())}
        </details>

        <h2 id="leaves-out">"What the model leaves out"</h2>
        <ul>
            <li>"Changes in the mix of roles, hours or productivity, and the use of agency staff."</li>
            <li>"Turnover and the share of leavers staying are held constant every year; in practice they move with pay and the jobs market."</li>
            <li>"Children's social care needs depend on children's needs and national policy more than on population, as the appendix warns."</li>
            <li>"Figures are rounded to whole people only when shown; headlines round further and say \u{201c}about\u{201d}."</li>
        </ul>

        <h2 id="sources">"Every source"</h2>
        <p>"Every figure the calculator uses, with the appendix's footnote. Where the attribution is ours, it says so."</p>
        <details class="about__more">
            <summary>"Show every figure and its source"</summary>
            {groups}
        </details>

        <h2 id="privacy">"Privacy"</h2>
        <p>"The calculator works everything out in your browser. It sets no cookies and stores nothing on your device. Your assumptions are kept in the page address, so that you can share or bookmark them. That means they reach the web server, and may be kept in its logs, when the page is opened or reloaded, as every page address does. Nothing else you enter is sent anywhere."</p>

        <h2 id="accessibility">"Accessibility statement"</h2>
        <p>"We want as many people as possible to be able to use this calculator. You should be able to:"</p>
        <ul>
            <li>"use it with a keyboard alone, with a visible focus on every control;"</li>
            <li>"zoom to 400% and use it on a screen 320 pixels wide without scrolling sideways, except within wide tables;"</li>
            <li>"use it with a screen reader: every chart has a text description and the same figures are in a table;"</li>
            <li>"tell chart parts apart without colour, by their patterns and labels."</li>
        </ul>
        <p>
            "This calculator aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. It is tested with automated accessibility checks on every view and on error states, and by keyboard. If you find a problem, or need the figures in another format, tell the team that published this page, through the website you found it on. If you are not happy with the response, contact the Equality Advisory and Support Service (EASS)."
        </p>
        <p>"Known limitations: the charts are images with text descriptions; their exact values are in the results tables."</p>
    }
}
