//! The About page: the method, every formula and source, the calibration against the published
//! tables, what the model leaves out, and the accessibility statement.

use care_workforce::about::AboutFigures;
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
                    <td>{grouped_decimal(r.ours, 2)}</td>
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
    let m = AboutFigures::new();
    view! {
        <h1>"About the figures"</h1>
        <p class="lead">
            "This calculator turns the data appendix of Staffordshire County Council's Social Care Workforce Strategy 2022-2027 into a tool anyone can use. With its published assumptions it reproduces the appendix's projection tables; change an assumption and it shows what follows."
        </p>

        <h2 id="method">"How the figures are worked out"</h2>
        <p>"The appendix publishes two projection tables: new adult social care staff needed by "{m.published_years.clone()}", and new staff for the council's children's social care. With its published assumptions this calculator shows every figure of both tables exactly as printed. Below: what the appendix states, what the calculator had to assume to reproduce its tables, and the other readings that fit them as well. Years between the published ones are the calculator's own."</p>

        <h3>"Adult social care"</h3>
        <ol class="method">
            <li><strong>"Workforce required. "</strong>"The appendix's table gives "{m.requirement.clone()}", each from the same "{m.base.clone()}" in "{m.base_year.clone()}" (each row's requirement less its extra staff). The calculator follows that path; between the published years see \u{201c}What the calculator assumes\u{201d} below; after "{m.horizon.clone()}" the "{m.trend.clone()}" trend continues and those rows are marked as extrapolated. You can enter your own yearly growth in demand instead."</li>
            <li><strong>"Demand and older people. "</strong>"The appendix says demand grows \u{201c}broadly in line with\u{201d} the population aged 65 and over (up "{m.growth_65.clone()}"). Its table's requirement grows faster: "{m.ratio.clone()}" times as fast in each published year. The appendix does not say why; the calculator follows the table."</li>
            <li><strong>"Extra staff for demand"</strong>" = workforce required in the year \u{2212} workforce required in "{m.base_year.clone()}"."</li>
            <li><strong>"Leavers replaced"</strong>" in a year = staff in post at the start of the year \u{d7} the share lost to social care each year, which is turnover \u{d7} (100% \u{2212} the share of leavers who stay in social care). People who move to another care employer are not lost to the sector."</li>
            <li><strong>"New staff in a year"</strong>" = the change in staff in post + leavers replaced. If demand falls faster than staff leave, nobody is recruited that year and posts go as people leave: nobody is made redundant."</li>
            <li><strong>"Total new staff"</strong>" = the sum of each year's new staff = extra for demand + leavers replaced + vacancies filled + reform posts. The parts always add up; the results table rounds them so that they add up there too, except in the published years under the published assumptions, where it shows the appendix's own figures ("{m.printed_row.clone()}", because it rounds each figure separately)."</li>
            <li><strong>"Filling today's vacancies (an option). "</strong>"The "{m.base.clone()}" the table starts from is probably posts, filled or vacant: less the "{m.vacancy_rate.clone()}" vacancy rate it is "{m.in_post.clone()}", close to the approximately "{m.people.clone()}" people Skills for Care counts. The published table treats every one of those posts as filled in "{m.base_year.clone()}". The option instead starts from the staff in post and fills the "{m.vacant.clone()}" vacant posts in "{m.first_year.clone()}"; because empty posts have no leavers, it adds "{m.vacancy_effect.clone()}" by "{m.horizon.clone()}" rather than "{m.vacant.clone()}". (Before November 2026 this option added the vacancies on top of the "{m.base.clone()}", which counted them twice.)"</li>
            <li><strong>"The 2023 reforms (an option). "</strong>"The appendix expects a \u{201c}short-term increase\u{201d} whose impact \u{201c}is not yet fully known\u{201d}, with mid-range estimates of "{m.reforms.clone()}". The option adds these "{m.reform_posts.clone()}" posts in 2023 and keeps them, so their leavers are replaced too (about "{m.reform_leavers.clone()}" a year); if the posts are temporary, later years are that much too high."</li>
        </ol>

        <h3>"Children's social care"</h3>
        <ol class="method">
            <li>"The appendix gives "{m.children_staffing.clone()}" in the council's children and families' services, and the 0-17 population changing by "{m.population_0_17.clone()}"."</li>
            <li>"Its table \u{201c}shows the impact of an estimated new demand of 2%, but this assumption is heavily caveated\u{201d}: the appendix explains that the workforce is driven by children's needs and national policy more than by the number of children. It does not say how the 2% enters the figures."</li>
            <li><strong>"The calculator's reading. "</strong>"Recruitment by a year = the roles needed that year \u{d7} a yearly refill rate \u{d7} the years since "{m.base_year.clone()}", with social work roles changing with the 0-17 population and other roles not. This reproduces all nine published figures to the person, with refill rates of "{data::SOCIAL_WORK_RATE.shown}" and "{data::OTHER_ROLES_RATE.shown}" a year; the 2% new demand may be inside those rates. A year-by-year model that refills each year's leavers comes within one person of every figure but cannot match all nine."</li>
        </ol>

        <h3>"The two adult scenarios"</h3>
        <p>"\u{201c}Published strategy table\u{201d} uses the published "{m.turnover.clone()}" turnover with "{m.stay_assumed.clone()}" of leavers staying in social care: an assumption that reproduces the table (see below). \u{201c}"{m.figures_year.clone()}" rates as measured\u{201d} uses the measured "{m.stay_measured.clone()}" staying, applied to every post of the requirement: "{m.loss_measured.clone()}" lost a year rather than "{m.loss_published.clone()}". It shows what the measured rates would mean if they applied to every post. The difference between the two is a difference in how the table is read, not evidence that the published table is too low."</p>

        <h2 id="calibration">"What the calculator assumes"</h2>
        <p>"The appendix does not state everything its tables need. Each of these was worked out from the tables, and each has other readings that fit as well:"</p>
        <dl class="calibrated">{calibrated}</dl>
        <h3>"How close the calculator is to the published tables"</h3>
        <p>"The appendix prints whole numbers, so "{m.printed_interval.clone()}". With the published assumptions, every unrounded figure of the calculator rounds to the printed one:"</p>
        <details class="about__more">
            <summary>"Show the "{m.published_figures.clone()}" figures, printed and unrounded"</summary>
            {residual_table("Adult social care: the calculator under the published assumptions against the appendix", adult_residuals())}
            {residual_table("Children's social care: the calculator under the published assumptions against the appendix", children_residuals())}
        </details>

        <h2 id="leaves-out">"What the model leaves out"</h2>
        <ul>
            <li>"Changes in the mix of roles, hours or productivity, and the use of agency staff."</li>
            <li>"Turnover and the share of leavers staying are held constant every year; in practice they move with pay and the jobs market."</li>
            <li>"Children's social care needs depend on children's needs and national policy more than on population, as the appendix warns."</li>
            <li>"Figures are rounded to whole people only when shown; headlines round further and say \u{201c}about\u{201d}."</li>
        </ul>

        <h2 id="sources">"Every source"</h2>
        <p>"Every figure the calculator uses, with the appendix's footnote; where the attribution is ours, it says so."</p>
        <details class="about__more">
            <summary>"Show every figure and its source"</summary>
            {groups}
        </details>

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
