//! The model shape (`care_workforce::model`): each model's sheet with the published assumptions
//! shows the published figures and the page's words, in one table over the three models, read
//! through the same functions the page calls; and the parts a single model owns (the adult
//! form's revealed field, the provider's waterfall and comparison) do what they say.

use care_workforce::data::{PUBLISHED_ADULT, PUBLISHED_CHILDREN};
use care_workforce::engine::uncertainty::Fan;
use care_workforce::fields::{piece_label, Field};
use care_workforce::model::provider::comparison;
use care_workforce::model::{
    form_fields, AdultModel, Centre, ChildrenModel, Context, Model, ProviderModel, RangeRow,
};
use care_workforce::report::{provider, Row};
use care_workforce::scenario::{Form, Scenario, View};

/// What a model's view shows for a form, as the page reads it from the model.
#[derive(Debug)]
struct Shown {
    headline: String,
    /// The last row's label and running total.
    last: (String, i64),
    /// The recap's words for the running total.
    recap: String,
    titles: [String; 3],
    fields: Vec<Field>,
    presets: Vec<String>,
    sources: bool,
    uncertainty: bool,
}

fn shown<M: Model>(form: &Form) -> Shown {
    let a = M::assumptions(form);
    let sheet = M::sheet(&a);
    let t = &sheet.table;
    let last = t.last().expect("a last row");
    // The line chart is one point a row, labelled as the rows are.
    assert_eq!(sheet.line.len(), t.rows.len());
    assert!(sheet
        .line
        .iter()
        .zip(&t.rows)
        .all(|((label, _), r)| *label == r.label()));
    assert!(!M::working(&a).steps.is_empty());
    let presets = M::presets();
    assert_eq!(
        presets[0].query, "",
        "the first preset is the published one"
    );
    Shown {
        headline: sheet.headline.clone(),
        last: (last.label(), t.running_total().unwrap()),
        recap: t.recap().unwrap().what,
        titles: [
            sheet.titles.parts.clone(),
            sheet.titles.line.clone(),
            sheet.titles.when.clone(),
        ],
        fields: M::fields()
            .into_iter()
            .filter(|f| f.is_shown(form))
            .map(|f| f.field)
            .collect(),
        presets: presets.iter().map(|p| p.name.clone()).collect(),
        sources: !M::sources().is_empty(),
        uncertainty: M::UNCERTAINTY.is_some(),
    }
}

/// One model's expected view with the published assumptions.
struct Expected {
    view: View,
    shown: fn(&Form) -> Shown,
    headline: &'static str,
    last: (&'static str, i64),
    recap: &'static str,
    titles: [&'static str; 3],
    fields: &'static [Field],
    presets: &'static [&'static str],
    sources: bool,
    uncertainty: bool,
}

fn expected() -> [Expected; 3] {
    [
        Expected {
            view: View::Adult,
            shown: shown::<AdultModel>,
            headline: "On the appendix's assumptions, Staffordshire would need about 34,900 new adult social care staff by 2032, about 3,490 a year.",
            last: ("2032", 34_948),
            recap: "Total new staff since 2022",
            titles: [
                "New adult social care staff needed since 2022, by year, to 2032",
                "Adult social care workforce required, 2023 to 2032",
                "by 2032",
            ],
            fields: &[
                Field::Horizon,
                Field::Turnover,
                Field::Stay,
                Field::Demand,
                Field::IncludeVacancies,
                Field::IncludeReforms,
                Field::BaseYear,
                Field::InPost,
                Field::VacantThen,
            ],
            presets: &["Published strategy table", "2021/22 rates as measured"],
            sources: true,
            uncertainty: true,
        },
        Expected {
            view: View::Children,
            shown: shown::<ChildrenModel>,
            headline: "On the appendix's assumptions, the county council would need to recruit about 950 children's social care staff by 2032, about 95 a year, to keep today's capacity.",
            last: ("2032", 950),
            recap: "All roles to recruit since 2022",
            titles: [
                "Children's social care staff to recruit since 2022, by year, to 2032",
                "Children's social care roles needed, 2023 to 2032",
                "by 2032",
            ],
            fields: &[
                Field::Horizon,
                Field::SocialWorkers,
                Field::OtherRoles,
                Field::SocialWorkerTurnover,
                Field::OtherTurnover,
                Field::ChildPopulation,
            ],
            presets: &["Published strategy table"],
            sources: true,
            uncertainty: false,
        },
        Expected {
            view: View::Provider,
            shown: shown::<ProviderModel>,
            headline: "The example organisation of 40 staff would need to recruit about 80 people over the next 5 years, about 16 a year (18 in the first year). Enter your own figures below to see yours.",
            last: ("Year 5", 80),
            recap: "Recruits so far",
            titles: [
                "People to recruit so far, over 5 years",
                "Staff needed each year",
                "over 5 years",
            ],
            fields: &[
                Field::Staff,
                Field::ProviderTurnover,
                Field::VacantPosts,
                Field::Growth,
                Field::FirstYearTurnover,
                Field::Years,
                Field::RecruitCost,
            ],
            presets: &["Example: 40 staff"],
            sources: false,
            uncertainty: true,
        },
    ]
}

fn published(view: View) -> Form {
    Scenario::from_query(&format!("view={}", view.key())).form
}

#[test]
fn each_models_view_with_the_published_assumptions_shows_the_published_figures_and_words() {
    for e in expected() {
        let s = (e.shown)(&published(e.view));
        let name = e.view.key();
        assert_eq!(s.headline, e.headline, "{name}");
        assert_eq!((s.last.0.as_str(), s.last.1), e.last, "{name}");
        assert_eq!(s.recap, e.recap, "{name}");
        assert_eq!(s.titles, e.titles, "{name}");
        assert_eq!(s.fields, e.fields, "{name}");
        assert_eq!(s.presets, e.presets, "{name}");
        assert_eq!(s.sources, e.sources, "{name}");
        assert_eq!(s.uncertainty, e.uncertainty, "{name}");
    }
}

#[test]
fn every_published_total_is_in_its_models_table() {
    let adult = AdultModel::sheet(&AdultModel::assumptions(&published(View::Adult)));
    for p in &PUBLISHED_ADULT.1 {
        assert_eq!(
            adult.table.row(p.year).unwrap().total as f64,
            p.total,
            "adult {}",
            p.year
        );
    }
    let children = ChildrenModel::sheet(&ChildrenModel::assumptions(&published(View::Children)));
    for p in &PUBLISHED_CHILDREN.1 {
        assert_eq!(
            children.table.row(p.year).unwrap().total as f64,
            p.all,
            "children {}",
            p.year
        );
    }
}

/// A model's uncertainty section for a form, worked out as the page does: the fan with the
/// form's seed, the central projection and the ranges table.
fn uncertainty<M: Model>(form: &Form) -> (Fan, Centre, Vec<RangeRow>) {
    let u = M::UNCERTAINTY.expect("an uncertainty section");
    let a = M::assumptions(form);
    let r = (u.ranges)(&a, form.spread());
    let _ = (u.tornado)(&a, &r);
    (
        (u.simulate)(&(a.clone(), r.clone(), form.seed())),
        (u.centre)(&a),
        (u.rows)(&a, &r),
    )
}

#[test]
fn the_uncertainty_sections_centre_on_the_projection_and_name_their_ranges() {
    for (name, (fan, centre, rows)) in [
        ("adult", uncertainty::<AdultModel>(&published(View::Adult))),
        (
            "provider",
            uncertainty::<ProviderModel>(&published(View::Provider)),
        ),
    ] {
        let total = *centre.totals.last().unwrap();
        // The waterfall ends at the central total, which the table rounds.
        assert!(
            (centre.steps.last().unwrap().end - total).abs() < 1e-6,
            "{name}"
        );
        // Eight in ten simulated futures bracket the central total.
        let last = fan.last();
        assert!(last.p10 < total && total < last.p90, "{name}");
        assert_eq!(rows.len(), 2, "{name}");
    }
    let (_, _, rows) = uncertainty::<AdultModel>(&published(View::Adult));
    assert_eq!(rows[0].values, ["10%", "11.6%", "13.2%"]);
    assert_eq!(rows[1].values, ["80%", "100%", "120%"]);
    let (_, _, rows) = uncertainty::<ProviderModel>(&published(View::Provider));
    assert_eq!(rows[0].values, ["24.2%", "32.2%", "40.3%"]);
    assert_eq!(rows[1].values, ["0%", "2%", "4%"]);
}

#[test]
fn a_providers_waterfall_names_growth_in_its_own_staff() {
    let (_, centre, _) = uncertainty::<ProviderModel>(&published(View::Provider));
    let labels: Vec<_> = centre.steps.iter().map(|s| piece_label(s.piece)).collect();
    assert_eq!(
        labels,
        ["Growth in staff", "Replacing leavers", "Filling vacancies"]
    );
}

#[test]
fn the_adult_vacancy_rate_is_asked_for_only_when_it_counts_or_was_changed() {
    let shown = |query: &str| {
        shown::<AdultModel>(&Scenario::from_query(query).form)
            .fields
            .contains(&Field::VacancyRate)
    };
    assert!(!shown("view=adult"));
    assert!(shown("view=adult&vacancies=1"));
    assert!(shown(&format!("view=adult&{}=7", Field::VacancyRate.key())));
}

#[test]
fn every_form_field_is_one_of_its_views_fields_and_the_presets_are_valid() {
    fn check<M: Model>() {
        let fields: Vec<_> = M::fields().iter().map(|f| f.field).collect();
        assert_eq!(fields, form_fields(M::VIEW).collect::<Vec<_>>());
        for p in M::presets() {
            let s = Scenario::from_query(&format!("view={}&{}", M::VIEW.key(), p.query));
            assert!(s.form.errors(M::VIEW).is_empty(), "{}", p.name);
        }
    }
    check::<AdultModel>();
    check::<ChildrenModel>();
    check::<ProviderModel>();
}

#[test]
fn each_view_offers_the_embedded_sections_its_model_has() {
    use care_workforce::model::embed_sections_of;
    use Field::{ShowContext, ShowRanges, ShowSources, ShowTrend};
    for (view, sections) in [
        (
            View::Adult,
            &[ShowTrend, ShowRanges, ShowContext, ShowSources][..],
        ),
        (View::Children, &[ShowTrend, ShowContext, ShowSources]),
        (View::Provider, &[ShowTrend, ShowRanges, ShowContext]),
        (View::About, &[]),
    ] {
        assert_eq!(embed_sections_of(view), sections, "{}", view.key());
    }
}

#[test]
fn a_provider_compares_its_turnover_and_vacancy_rate_with_the_county() {
    let c = comparison(&provider::assumptions(&published(View::Provider)));
    assert_eq!(c.turnover, "Your turnover of 32.2% is the same as Staffordshire's adult social care turnover of 32.2% (Skills for Care 2021/22).");
    assert_eq!(c.vacancy_rate, "9.1%");
    let query = format!("view=provider&{}=40", Field::ProviderTurnover.key());
    let higher = Scenario::from_query(&query).form;
    assert!(comparison(&provider::assumptions(&higher))
        .turnover
        .contains("7.8 points above"));
}

#[test]
fn a_providers_context_is_how_it_compares_and_the_county_views_show_their_own() {
    let context = |f: &Form| ProviderModel::sheet(&ProviderModel::assumptions(f)).context;
    let form = published(View::Provider);
    assert_eq!(
        context(&form),
        Context::HowYouCompare(comparison(&provider::assumptions(&form)))
    );
    let adult = AdultModel::sheet(&AdultModel::assumptions(&published(View::Adult)));
    assert_eq!(adult.context, Context::JobsMarket);
    let children = ChildrenModel::sheet(&ChildrenModel::assumptions(&published(View::Children)));
    assert_eq!(children.context, Context::CouncilChildren);
}
