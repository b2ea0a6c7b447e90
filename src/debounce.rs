//! Several debounced tasks sharing one timer: each task runs once its own delay has passed since
//! it was last armed. Arming a task that is already waiting only moves its deadline (no timer is
//! cleared or set); when the timer fires, the tasks that are due run and the timer is set again
//! for the earliest deadline left. The browser side (`browser::Debounced` in the app) keeps the
//! timer and the tasks; this is its bookkeeping, in milliseconds of any one clock.

/// A task that fires up to this much before its deadline runs then (timers and clocks differ
/// by a fraction of a millisecond).
pub const EARLY_MS: f64 = 1.0;

/// The deadlines of tasks keyed by `K`, and when the timers set (usually one) are to fire.
#[derive(Clone, Debug)]
pub struct Deadlines<K> {
    due: Vec<(K, f64)>,
    timers: Vec<f64>,
}

impl<K> Default for Deadlines<K> {
    fn default() -> Self {
        Deadlines {
            due: Vec::new(),
            timers: Vec::new(),
        }
    }
}

impl<K: Copy + PartialEq> Deadlines<K> {
    /// Task `key` is to run `delay` after `now` (instead of at any earlier deadline). Returns the
    /// delay to set a timer for, if the timer is not already set to fire by then.
    pub fn arm(&mut self, key: K, now: f64, delay: f64) -> Option<f64> {
        let at = now + delay;
        match self.due.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = at,
            None => self.due.push((key, at)),
        }
        self.set_timer(at, delay)
    }

    /// A timer for `at`, `delay` from now, unless one is set to fire by then (when it fires, it
    /// sets the next).
    fn set_timer(&mut self, at: f64, delay: f64) -> Option<f64> {
        if self.timers.iter().any(|&t| t <= at) {
            return None;
        }
        self.timers.push(at);
        Some(delay)
    }

    /// Task `key` is no longer to run.
    pub fn cancel(&mut self, key: K) {
        self.due.retain(|(k, _)| *k != key);
    }

    /// Whether task `key` is waiting to run.
    pub fn is_waiting(&self, key: K) -> bool {
        self.due.iter().any(|(k, _)| *k == key)
    }

    /// A timer fired at `now`: the tasks that are due (no longer waiting), and the delay to set
    /// the timer for again, if tasks are left and no timer is set to fire in time for them.
    pub fn fired(&mut self, now: f64) -> (Vec<K>, Option<f64>) {
        self.timers.retain(|&t| t > now + EARLY_MS);
        let mut ready = Vec::new();
        self.due.retain(|&(k, at)| {
            let is_due = at <= now + EARLY_MS;
            if is_due {
                ready.push(k);
            }
            !is_due
        });
        let next = self.due.iter().map(|&(_, at)| at).reduce(f64::min);
        let again = next.and_then(|at| self.set_timer(at, at - now));
        (ready, again)
    }
}

#[cfg(test)]
mod tests {
    use super::Deadlines;

    #[test]
    fn a_burst_sets_one_timer_and_the_task_runs_once_its_delay_has_passed_since_the_last_arm() {
        let mut d = Deadlines::default();
        assert_eq!(d.arm('u', 0.0, 200.0), Some(200.0));
        assert_eq!(d.arm('u', 50.0, 200.0), None, "the timer is set already");
        assert_eq!(d.arm('u', 120.0, 200.0), None);
        // The timer fires at 200: not yet quiet for 200 ms, so it is set again for 320.
        assert_eq!(d.fired(200.0), (vec![], Some(120.0)));
        assert!(d.is_waiting('u'));
        assert_eq!(d.fired(320.0), (vec!['u'], None));
        assert!(!d.is_waiting('u'));
        assert_eq!(d.fired(400.0), (vec![], None), "a stray timer runs nothing");
    }

    #[test]
    fn tasks_share_the_timer_and_a_shorter_delay_sets_an_earlier_one() {
        let mut d = Deadlines::default();
        assert_eq!(d.arm('h', 0.0, 900.0), Some(900.0));
        assert_eq!(
            d.arm('s', 0.0, 120.0),
            Some(120.0),
            "due before the timer fires"
        );
        assert_eq!(d.arm('u', 0.0, 200.0), None);
        assert_eq!(d.fired(120.0), (vec!['s'], Some(80.0)));
        assert_eq!(
            d.fired(200.0),
            (vec!['u'], None),
            "the 900 ms timer is still set"
        );
        d.arm('s', 500.0, 120.0);
        assert_eq!(d.fired(620.5), (vec!['s'], None));
        assert_eq!(
            d.fired(899.5),
            (vec!['h'], None),
            "a timer a little early still runs it"
        );
    }

    #[test]
    fn a_cancelled_task_does_not_run() {
        let mut d = Deadlines::default();
        d.arm(1, 0.0, 100.0);
        d.arm(2, 0.0, 100.0);
        d.cancel(1);
        assert_eq!(d.fired(100.0), (vec![2], None));
    }
}
