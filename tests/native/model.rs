//! The model shape (`care_workforce::model`): each model's view-model with the published
//! assumptions shows the published figures and the page's words, in one table over the three
//! models; and the parts a single model owns (the adult form's revealed field, the provider's
//! waterfall and comparison) do what they say.

use care_workforce::data::{PUBLISHED_ADULT, PUBLISHED_CHILDREN};
use care_workforce::fields::{piece_label, Field};
use care_workforce::model::provider::comparison;
use care_workforce::model::{
    form_fields, AdultModel, ChildrenModel, Model, ProviderModel, ViewModel,
};
use care_workforce::scenario::{Scenario, View};

/// One model's expected view with the published assumptions.
struct Expected {
    view: View,
    model: fn(&care_workforce::scenario::Form) -> ViewModel,
    headline: &'static str,
    /// The last row's label, and its cell under `column`.
    last: (&'static str, &'static str, i64),
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
            model: ViewModel::of::<AdultModel>,
            headline: "Staffordshire needs about 34,900 new adult social care staff by 2032, about 3,500 a year.",
            last: ("2032", "Total new staff since 2022", 34_948),
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
            ],
            presets: &["Published strategy table", "2021/22 rates as measured"],
            sources: true,
            uncertainty: true,
        },
        Expected {
            view: View::Children,
            model: ViewModel::of::<ChildrenModel>,
            headline: "Staffordshire County Council needs to recruit about 950 children's social care staff by 2032, about 95 a year, to keep today's capacity.",
            last: ("2032", "All roles to recruit since 2022", 950),
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
            model: ViewModel::of::<ProviderModel>,
            headline: "You will need to recruit about 80 people over the next 5 years, about 16 a year (18 in the first year).",
            last: ("Year 5", "Recruits so far", 80),
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
                Field::Years,
            ],
            presets: &["Example: 40 staff"],
            sources: false,
            uncertainty: true,
        },
    ]
}

fn published(view: View) -> care_workforce::scenario::Form {
    Scenario::from_query(&format!("view={}", view.key())).form
}

#[test]
fn each_models_view_with_the_published_assumptions_shows_the_published_figures_and_words() {
    for e in expected() {
        let vm = (e.model)(&published(e.view));
        let name = e.view.key();
        assert_eq!(vm.headline, e.headline, "{name}");
        let last = vm.table.last().expect("a last row");
        assert_eq!(last.label, e.last.0, "{name}");
        assert_eq!(vm.table.last_cell(e.last.1), Some(e.last.2), "{name}");
        assert_eq!(
            [&vm.titles.parts, &vm.titles.line, &vm.titles.when],
            e.titles,
            "{name}"
        );
        assert_eq!(vm.fields, e.fields, "{name}");
        let presets: Vec<_> = vm.presets.iter().map(|p| p.name).collect();
        assert_eq!(presets, e.presets, "{name}");
        assert_eq!(
            vm.presets[0].query, "",
            "{name}: the first preset is the published one"
        );
        assert_eq!(!vm.sources.is_empty(), e.sources, "{name}");
        assert_eq!(vm.uncertainty.is_some(), e.uncertainty, "{name}");
        // The line chart is the table's first column, one point a row.
        assert_eq!(vm.line.len(), vm.table.rows.len(), "{name}");
        assert!(vm
            .line
            .iter()
            .zip(&vm.table.rows)
            .all(|((label, v), r)| *label == r.label && *v == r.cells[0]));
        assert!(!vm.working.steps.is_empty(), "{name}");
    }
}

#[test]
fn every_published_total_is_in_its_models_table() {
    let adult = ViewModel::of::<AdultModel>(&published(View::Adult));
    for p in &PUBLISHED_ADULT.1 {
        let row = adult.table.rows.iter().find(|r| r.key == p.year).unwrap();
        assert_eq!(row.cells[3] as f64, p.total, "adult {}", p.year);
    }
    let children = ViewModel::of::<ChildrenModel>(&published(View::Children));
    for p in &PUBLISHED_CHILDREN.1 {
        let row = children
            .table
            .rows
            .iter()
            .find(|r| r.key == p.year)
            .unwrap();
        assert_eq!(row.cells[3] as f64, p.all, "children {}", p.year);
    }
}

#[test]
fn the_uncertainty_sections_centre_on_the_projection_and_name_their_ranges() {
    for (name, vm) in [
        (
            "adult",
            ViewModel::of::<AdultModel>(&published(View::Adult)),
        ),
        (
            "provider",
            ViewModel::of::<ProviderModel>(&published(View::Provider)),
        ),
    ] {
        let u = vm.uncertainty.expect("an uncertainty section");
        let total = *u.central.last().unwrap();
        // The waterfall ends at the central total, which the table rounds.
        assert!((u.steps.last().unwrap().end - total).abs() < 1e-6, "{name}");
        // Eight in ten simulated futures bracket the central total.
        let fan = u.fan.last();
        assert!(fan.p10 < total && total < fan.p90, "{name}");
        assert_eq!(u.rows.len(), 2, "{name}");
    }
    let adult = ViewModel::of::<AdultModel>(&published(View::Adult));
    let rows = adult.uncertainty.unwrap().rows;
    assert_eq!(rows[0].values, ["10%", "11.6%", "13.2%"]);
    assert_eq!(rows[1].values, ["80%", "100%", "120%"]);
    let provider = ViewModel::of::<ProviderModel>(&published(View::Provider));
    let rows = provider.uncertainty.unwrap().rows;
    assert_eq!(rows[0].values, ["24.15%", "32.2%", "40.25%"]);
    assert_eq!(rows[1].values, ["0%", "2%", "4%"]);
}

#[test]
fn a_providers_waterfall_names_growth_in_its_own_staff() {
    let vm = ViewModel::of::<ProviderModel>(&published(View::Provider));
    let labels: Vec<_> = vm
        .uncertainty
        .unwrap()
        .steps
        .iter()
        .map(|s| piece_label(s.piece))
        .collect();
    assert_eq!(
        labels,
        ["Growth in staff", "Replacing leavers", "Filling vacancies"]
    );
}

#[test]
fn the_adult_vacancy_rate_is_asked_for_only_when_it_counts_or_was_changed() {
    let shown = |query: &str| {
        ViewModel::of::<AdultModel>(&Scenario::from_query(query).form)
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
    let c = comparison(&published(View::Provider).provider());
    assert_eq!(c.turnover, "Your turnover of 32.2% is the same as Staffordshire's adult social care turnover of 32.2% (Skills for Care 2021/22).");
    assert_eq!(c.vacancy_rate, "9.1%");
    let query = format!("view=provider&{}=40", Field::ProviderTurnover.key());
    let higher = Scenario::from_query(&query).form;
    assert!(comparison(&higher.provider())
        .turnover
        .contains("7.8 points above"));
}
