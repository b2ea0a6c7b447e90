//! How demand for staff changes over time: a published population path, or a constant yearly rate.

use super::units::Rate;

/// A path of cumulative change since its first year, the base year (of a population, or of a
/// workforce requirement), at some years, joined by straight lines. Beyond the last year the
/// trend since `trend_from` is continued (and rows say they are extrapolated).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PopulationPath {
    /// `(year, change since the base year as a fraction)`, sorted by year, starting at the base year with 0.
    pub points: &'static [(u16, f64)],
    /// The year from which the trend to the last point is continued beyond it (for example the
    /// last published year before it, 2027 for a path published to 2032).
    pub trend_from: u16,
}

impl PopulationPath {
    /// Cumulative change since the base year at `year`, as a fraction.
    pub fn change_at(&self, year: u16) -> f64 {
        let pts = self.points;
        let n = pts.len();
        if n == 0 {
            return 0.0;
        }
        if n == 1 || year <= pts[0].0 {
            return pts[0].1;
        }
        let (last_year, last) = pts[n - 1];
        if year > last_year {
            let from = self.trend_from.clamp(pts[0].0, last_year - 1);
            let slope = (last - self.change_at(from)) / f64::from(last_year - from);
            return last + slope * f64::from(year - last_year);
        }
        // The segment that contains the year.
        let i = pts.windows(2).position(|w| year <= w[1].0).unwrap_or(n - 2);
        let (y0, c0) = pts[i];
        let (y1, c1) = pts[i + 1];
        c0 + (c1 - c0) * f64::from(year - y0) / f64::from(y1 - y0)
    }

    /// The year the path starts from (its first point), 0 for an empty path.
    pub fn base_year(&self) -> u16 {
        self.points.first().map_or(0, |p| p.0)
    }

    /// The last year with a published figure.
    pub fn last_published_year(&self) -> u16 {
        self.points.last().map_or(0, |p| p.0)
    }
}

/// What drives the number of staff required.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Demand {
    /// Staff required change with a population: `1 + elasticity × change(year)`, the years
    /// counted from the path's own base year.
    Population {
        /// The population path.
        path: PopulationPath,
        /// Percentage change in staff for each 1% change in the population.
        elasticity: f64,
    },
    /// The same population path seen from a later base year `from`: staff required change by
    /// the path's growth ratio since then, `(1 + elasticity × change(year)) / (1 + elasticity ×
    /// change(from))`, the years counted from `from`. At the path's own base year it is
    /// [`Demand::Population`].
    PopulationFrom {
        /// The population path.
        path: PopulationPath,
        /// Percentage change in staff for each 1% change in the population.
        elasticity: f64,
        /// The base year the projection starts from (a year of the path or after it).
        from: u16,
    },
    /// Staff required grow (or shrink) by a constant rate each year, compounding.
    Constant(Rate),
}

impl Demand {
    /// Staff required at `steps` years after the base, relative to the base (1.0 = no change).
    pub fn factor(&self, steps: u16) -> f64 {
        let f = match *self {
            Demand::Population { path, elasticity } => {
                1.0 + elasticity * path.change_at(path.base_year() + steps)
            }
            Demand::PopulationFrom {
                path,
                elasticity,
                from,
            } => {
                let at_base = 1.0 + elasticity * path.change_at(from);
                if at_base <= 0.0 {
                    return 0.0;
                }
                (1.0 + elasticity * path.change_at(from + steps)) / at_base
            }
            Demand::Constant(rate) => (1.0 + rate.fraction()).powi(i32::from(steps)),
        };
        f.max(0.0)
    }

    /// Whether the figure for `steps` years after the base goes beyond the published path.
    pub fn is_extrapolated(&self, steps: u16) -> bool {
        match self {
            Demand::Population { path, .. } => {
                path.base_year() + steps > path.last_published_year()
            }
            Demand::PopulationFrom { path, from, .. } => from + steps > path.last_published_year(),
            Demand::Constant(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATH: PopulationPath = PopulationPath {
        points: &[(2022, 0.0), (2024, 0.031), (2027, 0.085), (2032, 0.184)],
        trend_from: 2027,
    };

    #[test]
    fn the_trend_continues_from_its_own_year_not_the_last_segment() {
        const YEARLY: PopulationPath = PopulationPath {
            points: &[(2022, 0.0), (2023, 0.5), (2024, 0.6)],
            trend_from: 2022,
        };
        assert!((YEARLY.change_at(2026) - (0.6 + 2.0 * 0.3)).abs() < 1e-12);
    }

    #[test]
    fn published_points_are_returned_exactly() {
        for &(year, change) in PATH.points {
            assert!((PATH.change_at(year) - change).abs() < 1e-12, "{year}");
        }
    }

    #[test]
    fn between_points_is_linear_and_beyond_continues_the_last_slope() {
        assert!((PATH.change_at(2023) - 0.0155).abs() < 1e-12);
        let slope = (0.184 - 0.085) / 5.0;
        assert!((PATH.change_at(2035) - (0.184 + 3.0 * slope)).abs() < 1e-12);
    }

    #[test]
    fn a_later_base_follows_the_paths_growth_ratio_from_there() {
        let from = |from| Demand::PopulationFrom {
            path: PATH,
            elasticity: 1.0,
            from,
        };
        let own = Demand::Population {
            path: PATH,
            elasticity: 1.0,
        };
        for steps in 0..15 {
            assert!((from(2022).factor(steps) - own.factor(steps)).abs() < 1e-12);
            assert_eq!(
                from(2022).is_extrapolated(steps),
                own.is_extrapolated(steps)
            );
        }
        // From 2024 (change 3.1%) to 2027 (8.5%): 1.085 / 1.031.
        assert!((from(2024).factor(0) - 1.0).abs() < 1e-12);
        assert!((from(2024).factor(3) - 1.085 / 1.031).abs() < 1e-12);
        assert!(!from(2024).is_extrapolated(8) && from(2024).is_extrapolated(9));
    }

    #[test]
    fn constant_growth_compounds() {
        let d = Demand::Constant(Rate::from_fraction(0.1));
        assert!((d.factor(2) - 1.21).abs() < 1e-12);
        assert!(!d.is_extrapolated(30));
    }
}
