//! The text of every field as typed ([`Form`]), and the assumptions each model reads from it,
//! with any invalid field at its published default.

use super::{value, View};
use crate::calibration::{published_adult, published_children};
use crate::engine::{AdultAssumptions, ChildrenAssumptions, Count, ProviderAssumptions, Rate};
use crate::fields::{Field, InputError};

/// The longest text kept for a field; longer input is cut (it could never be a valid number).
pub const MAX_TEXT: usize = 40;

/// The text of every field, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    text: [String; Field::ALL.len()],
}

impl Default for Form {
    fn default() -> Self {
        Form {
            text: Field::ALL.map(|f| f.default_text().into_owned()),
        }
    }
}

impl Form {
    /// The text of a field.
    pub fn get(&self, field: Field) -> &str {
        &self.text[field as usize]
    }

    /// Sets the text of a field (cut to [`MAX_TEXT`] characters).
    pub fn set(&mut self, field: Field, text: &str) {
        self.text[field as usize] = text.chars().take(MAX_TEXT).collect();
    }

    /// Puts a view's assumptions back to the published values (keeping its target).
    pub fn reset(&mut self, view: View) {
        for f in view.preset_fields() {
            self.set(f, &f.default_text());
        }
    }

    /// The errors in a view's fields, in form order.
    pub fn errors(&self, view: View) -> Vec<InputError> {
        view.fields()
            .filter_map(|f| value(f, self.get(f)).err())
            .collect()
    }

    /// The value of a field, or its published default if what was typed is not valid.
    fn value_or_default(&self, field: Field) -> Option<f64> {
        value(field, self.get(field))
            .unwrap_or_else(|_| value(field, &field.default_text()).unwrap_or(None))
    }

    /// A number field's value (or default), for fields that are never optional.
    fn number(&self, field: Field) -> f64 {
        self.value_or_default(field).unwrap_or(field.spec().min)
    }

    /// The adult assumptions, with any invalid field at its default.
    pub fn adult(&self) -> AdultAssumptions {
        let d = published_adult();
        AdultAssumptions {
            horizon: Field::Horizon
                .year(self.number(Field::Horizon))
                .unwrap_or(d.horizon),
            turnover: Field::Turnover
                .rate(self.number(Field::Turnover))
                .unwrap_or(d.turnover),
            stay: Field::Stay
                .share(self.number(Field::Stay))
                .unwrap_or(d.stay),
            demand: self
                .value_or_default(Field::Demand)
                .and_then(|v| Field::Demand.rate(v).ok()),
            fill_vacancies: self.number(Field::IncludeVacancies) == 1.0,
            vacancy_rate: Field::VacancyRate
                .share(self.number(Field::VacancyRate))
                .unwrap_or(d.vacancy_rate),
            add_reforms: self.number(Field::IncludeReforms) == 1.0,
        }
    }

    /// The children's assumptions, with any invalid field at its default.
    pub fn children(&self) -> ChildrenAssumptions {
        let d = published_children();
        let count = |f: Field, fallback: Count| f.count(self.number(f)).unwrap_or(fallback);
        let rate = |f: Field, fallback: Rate| f.rate(self.number(f)).unwrap_or(fallback);
        ChildrenAssumptions {
            horizon: Field::Horizon
                .year(self.number(Field::Horizon))
                .unwrap_or(d.horizon),
            social_workers: count(Field::SocialWorkers, d.social_workers),
            other_roles: count(Field::OtherRoles, d.other_roles),
            social_worker_rate: rate(Field::SocialWorkerTurnover, d.social_worker_rate),
            other_rate: rate(Field::OtherTurnover, d.other_rate),
            population: self
                .value_or_default(Field::ChildPopulation)
                .and_then(|v| Field::ChildPopulation.rate(v).ok()),
        }
    }

    /// The seed of the uncertainty draws, or its default.
    pub fn seed(&self) -> u64 {
        self.number(Field::Seed) as u64
    }

    /// The most new staff a year `view` can recruit, if a valid target is set (empty = none).
    pub fn target(&self, view: View) -> Option<Count> {
        let field = view.target_field()?;
        let v = value(field, self.get(field)).ok()??;
        field.count(v).ok()
    }

    /// How wide the uncertainty ranges are, as a factor of the defaults (1.0 = as documented).
    pub fn spread(&self) -> f64 {
        self.number(Field::Spread) / 100.0
    }

    /// The provider assumptions, with any invalid field at its default.
    pub fn provider(&self) -> ProviderAssumptions {
        let count = |f: Field| f.count(self.number(f)).unwrap_or_default();
        let rate = |f: Field| f.rate(self.number(f)).unwrap_or_default();
        ProviderAssumptions {
            staff: count(Field::Staff),
            turnover: rate(Field::ProviderTurnover),
            vacant_posts: count(Field::VacantPosts),
            growth: rate(Field::Growth),
            years: Field::Years
                .years_ahead(self.number(Field::Years))
                .unwrap_or_else(|_| Field::Years.years_ahead(5.0).expect("5 years is allowed")),
        }
    }
}
