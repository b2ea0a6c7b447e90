//! Each calculator view's context section: what lies behind its figures (the jobs market, the
//! council's staff, how a provider compares), chosen by the model's sheet ([`Context`]).

use care_workforce::data::{self, Postings};
use care_workforce::format::{grouped, round_count};
use care_workforce::model::{Comparison, Context};
use care_workforce::svg::write::Coord;
use leptos::prelude::*;

/// The context section a view's sheet asks for (a view's is always the same kind; a provider's
/// comparison follows its assumptions).
pub fn context_section(context: Memo<Context>) -> AnyView {
    match context.get_untracked() {
        Context::JobsMarket => view! { <AdultContext/> }.into_any(),
        Context::CouncilChildren => view! { <ChildrenContext/> }.into_any(),
        Context::HowYouCompare(_) => {
            let comparison = Memo::new(move |_| {
                context.with(|c| match c {
                    Context::HowYouCompare(c) => c.clone(),
                    _ => Comparison::default(),
                })
            });
            view! { <ProviderContext comparison=comparison/> }.into_any()
        }
    }
}

/// A horizontal bar drawn in SVG (no inline styles, so a strict Content-Security-Policy holds).
#[component]
fn Bar(
    /// The bar's length as a percentage of the cell.
    percent: f64,
) -> impl IntoView {
    let width = Coord(percent.clamp(0.5, 100.0)).to_string();
    view! {
        // figure-scan: not a figure (the bar's coordinates, in percent of the cell)
        <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none">
            <rect width=width height="1"></rect>
        </svg>
    }
}

/// A table of job postings with a bar for each line's unique postings.
fn postings_table(
    caption: String,
    first: &'static str,
    rows: &[Postings],
    source: String,
) -> impl IntoView {
    let label = caption.clone();
    let max = rows.iter().map(|p| p.unique).max().unwrap_or(1).max(1);
    let body = rows
        .iter()
        .map(|p| {
            let width = 100.0 * f64::from(p.unique) / f64::from(max);
            view! {
                <tr>
                    <th scope="row">{p.name}</th>
                    <td>{grouped(i64::from(p.unique))}</td>
                    <td class="bar-cell" aria-hidden="true"><Bar percent=width/></td>
                    <td>{grouped(i64::from(p.total))}</td>
                    <td>{p.median_days}" days"</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" aria-label=label tabindex="0">
            <table class="table table--numbers">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col">"Unique postings"</th>
                        <th scope="col"><span class="visually-hidden">"Bar"</span></th>
                        <th scope="col">"All postings"</th>
                        <th scope="col">"Median time advertised"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="source">"Source: "{source}</p>
    }
}

fn source_text(s: data::Source) -> String {
    match s.footnote {
        Some(n) => format!("{} (appendix footnote {n}).", s.text),
        None => format!("{}.", s.text),
    }
}

/// Where vacancies are advertised, the roles most in demand and pay, for the adult view, folded
/// under the heading until asked for.
#[component]
fn AdultContext() -> impl IntoView {
    let (role_source, roles) = data::POSTINGS_BY_ROLE;
    let (town_source, towns) = data::POSTINGS_BY_TOWN;
    let max_pay = data::PAY[..3].iter().map(|f| f.value).fold(0.0, f64::max);
    let pay = data::PAY[..3]
        .iter()
        .map(|f| {
            let width = 100.0 * f.value / max_pay;
            view! {
                <tr>
                    <th scope="row">{f.label}</th>
                    <td>{f.shown}</td>
                    <td class="bar-cell" aria-hidden="true"><Bar percent=width/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="context" aria-labelledby="context-heading">
            <h2 id="context-heading">"The jobs market behind these figures"</h2>
            <details class="more">
            <summary>"Show where vacancies are advertised, the roles most in demand and pay"</summary>
            <h3>"Where social care vacancies are advertised"</h3>
            {postings_table(format!("Social care job postings by town, {}", data::POSTINGS_PERIOD), "Town", &towns, source_text(town_source))}
            <h3>"The roles most in demand"</h3>
            {postings_table(format!("Social care job postings by job title, {}", data::POSTINGS_PERIOD), "Job title", &roles, source_text(role_source))}
            <h3>"Pay compared with all sectors"</h3>
            <div class="table-wrap" role="region" aria-label="Hourly pay" tabindex="0">
                <table class="table">
                    <caption>"Average hourly pay"</caption>
                    <thead><tr><th scope="col">"Who"</th><th scope="col">"Per hour"</th><th scope="col"><span class="visually-hidden">"Bar"</span></th></tr></thead>
                    <tbody>{pay}</tbody>
                </table>
            </div>
            <p>
                "Social care paid "{data::PAY[3].shown}" a year on average in 2021, against "
                {data::PAY[4].shown}" nationally and "{data::PAY[5].shown}
                " for full-time work in all sectors in Staffordshire."
            </p>
            <p class="source">"Sources: appendix footnotes 9 to 12 (ASHE; Skills for Care "{data::FIGURES_YEAR}"; EMSI staffing patterns)."</p>
            </details>
        </section>
    }
}

/// The council's children's staff and the 0-17 population, for the children's view, folded
/// under the heading until asked for.
#[component]
fn ChildrenContext() -> impl IntoView {
    let roles = data::COUNCIL_CHILDREN_ROLES
        .iter()
        .map(|f| view! { <tr><th scope="row">{f.label}</th><td>{f.shown}</td></tr> })
        .collect_view();
    // The roles the appendix lists add up to fewer than its total: the rest it does not name.
    let listed: f64 = data::COUNCIL_CHILDREN_ROLES.iter().map(|f| f.value).sum();
    let unlisted = grouped(round_count(data::COUNCIL_CHILDREN_STAFF.value - listed));
    let social_workers = data::COUNCIL_CHILDREN_ROLES
        .iter()
        .find(|f| f.label.starts_with("Social workers"))
        .map_or("", |f| f.shown);
    let population = data::POPULATION_0_17
        .iter()
        .zip(data::PATH_0_17.points.iter().map(|&(year, _)| year))
        .map(|(f, y)| view! { <tr><th scope="row">{y}</th><td>{f.shown}</td></tr> })
        .collect_view();
    view! {
        <section class="context" aria-labelledby="context-heading">
            <h2 id="context-heading">"Behind these figures"</h2>
            <details class="more">
            <summary>"Show the council's children's staff and the number of children"</summary>
            <p>
                "The council employs "{data::COUNCIL_CHILDREN_STAFF.shown}
                " staff in children and families' services. Staff turnover was "
                {data::COUNCIL_CHILDREN_TURNOVER.shown}" in "{data::FIGURES_YEAR}". The "{data::CHILDREN_SURVEY_PROVIDERS}
                " independent children's providers that answered a local survey reported "
                {data::CHILDREN_PROVIDER_TURNOVER.shown}" turnover and a "{data::CHILDREN_PROVIDER_VACANCIES.shown}
                " vacancy rate. The appendix warns that their answers \u{201c}may therefore not be typical of all providers in Staffordshire\u{201d}."
            </p>
            <p>
                "The appendix counts around "{social_workers}" social workers or senior practitioners, and "
                {data::CHILDREN_STAFFING[0].shown}" qualified social work roles in its projection table. It does not explain the difference; the calculator uses the "
                {data::CHILDREN_STAFFING[0].shown}"."
            </p>
            <p>
                "The appendix warns that the need for children's social care staff depends less on the number of children than on their needs and on national policy. It calls its table's new-demand assumption \u{201c}heavily caveated\u{201d}."
            </p>
            <div class="context__grid">
                <div class="table-wrap" role="region" aria-label="Council children's staff by role" tabindex="0">
                    <table class="table table--numbers">
                        <caption>"Council children's staff by role (approximate)"</caption>
                        <thead><tr><th scope="col">"Role"</th><th scope="col">"Staff"</th></tr></thead>
                        <tbody>
                            {roles}
                            <tr><th scope="row">"Not given by role"</th><td>{unlisted}</td></tr>
                            <tr><th scope="row">"All staff"</th><td>{data::COUNCIL_CHILDREN_STAFF.shown}</td></tr>
                        </tbody>
                    </table>
                </div>
                <div class="table-wrap" role="region" aria-label="Children aged 0 to 17" tabindex="0">
                    <table class="table table--numbers">
                        <caption>"Staffordshire population aged 0-17 (ONS 2018-based projection)"</caption>
                        <thead><tr><th scope="col">"Year"</th><th scope="col">"People"</th></tr></thead>
                        <tbody>{population}</tbody>
                    </table>
                </div>
            </div>
            </details>
        </section>
    }
}

/// A provider's turnover and vacancy rate set against the county's and, one click away, the
/// region's.
#[component]
fn ProviderContext(
    /// The provider's turnover and vacancy rate beside the county's, from the provider model.
    #[prop(into)]
    comparison: Signal<Comparison>,
) -> impl IntoView {
    let regional = data::REGIONAL_VACANCIES
        .iter()
        .map(|f| view! { <tr><th scope="row">{f.label}</th><td>{f.shown}</td></tr> })
        .collect_view();
    view! {
        <section class="context" aria-labelledby="context-heading">
            <h2 id="context-heading">"How you compare"</h2>
            <p>{move || comparison.with(|c| c.turnover.clone())}</p>
            <p>"Your vacancy rate is "{move || comparison.with(|c| c.vacancy_rate.clone())}" of posts."</p>
            <details class="more">
            <summary>"Show other turnover rates and the region's vacancy rates"</summary>
            <p>
                "Other published turnover rates: independent children's providers "
                {data::CHILDREN_PROVIDER_TURNOVER.shown}", the council's children's services "
                {data::COUNCIL_CHILDREN_TURNOVER.shown}"."
            </p>
            <div class="table-wrap" role="region" aria-label="West Midlands vacancy rates" tabindex="0">
                <table class="table table--numbers">
                    <caption>"West Midlands adult social care vacancy rates by role, "{data::REGIONAL_DATE}" (as the appendix gives them; it names no source)"</caption>
                    <thead><tr><th scope="col">"Role"</th><th scope="col">"Vacancy rate"</th></tr></thead>
                    <tbody>{regional}</tbody>
                </table>
            </div>
            </details>
        </section>
    }
}
