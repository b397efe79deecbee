//! Where a year's lines go as they are computed: kept ([`Engine::year`]), dropped
//! ([`Engine::year_total`]) or handed to the caller's [`YearSink`] ([`Engine::year_into`]).

use rust_decimal::Decimal;

#[cfg(doc)]
use super::{Engine, YearFunding};
use super::{Item, Line, MissingInput, NotApplicable, Warning};

/// Receives a year's breakdown as it is computed, from [`Engine::year_into`]: what
/// [`YearFunding`] holds, without building it (a batch writes the lines into its own output,
/// and the year allocates nothing).
pub trait YearSink {
    /// One line, in breakdown order: `amount` is `None` exactly when `not_applicable` says why.
    fn line(&mut self, item: Item, amount: Option<Decimal>, not_applicable: Option<NotApplicable>);

    /// An input the computation needed but did not get (it counted as 0 €).
    fn missing_input(&mut self, input: MissingInput<'_>) {
        let _ = input;
    }

    /// Something worth a look that does not stop the computation.
    fn warning(&mut self, warning: Warning) {
        let _ = warning;
    }
}

/// What a computation does with its lines besides summing them: keep them ([`Collect`],
/// [`Engine::year`]), drop them ([`Discard`], [`Engine::year_total`]) or hand them on
/// ([`Forward`], [`Engine::year_into`]). One implementation per kind, so each path compiles
/// to code that does only its own work.
pub(super) trait Output {
    /// Whether warnings are kept (the ceiling is looked up only then).
    const WARNS: bool;
    fn line(&mut self, line: Line);
    fn missing(&mut self, input: MissingInput<'_>);
    fn warn(&mut self, warning: Warning);
}

/// What [`Engine::year`] keeps besides the total.
pub(super) struct Collect {
    pub(super) lines: Vec<Line>,
    pub(super) missing_inputs: Vec<String>,
    pub(super) warnings: Vec<Warning>,
}

impl Output for Collect {
    const WARNS: bool = true;
    #[inline(always)]
    fn line(&mut self, line: Line) {
        self.lines.push(line);
    }
    fn missing(&mut self, input: MissingInput<'_>) {
        self.missing_inputs.push(input.to_string());
    }
    fn warn(&mut self, warning: Warning) {
        self.warnings.push(warning);
    }
}

/// [`Engine::year_total`] keeps nothing but the total.
pub(super) struct Discard;

impl Output for Discard {
    const WARNS: bool = false;
    #[inline(always)]
    fn line(&mut self, _: Line) {}
    fn missing(&mut self, _: MissingInput<'_>) {}
    fn warn(&mut self, _: Warning) {}
}

/// [`Engine::year_into`] hands everything to the caller's [`YearSink`].
pub(super) struct Forward<'s, S: ?Sized>(pub(super) &'s mut S);

impl<S: YearSink + ?Sized> Output for Forward<'_, S> {
    const WARNS: bool = true;
    #[inline(always)]
    fn line(&mut self, line: Line) {
        self.0.line(line.item, line.amount, line.not_applicable);
    }
    fn missing(&mut self, input: MissingInput<'_>) {
        self.0.missing_input(input);
    }
    fn warn(&mut self, warning: Warning) {
        self.0.warning(warning);
    }
}

/// Where lines go: summed always, then to the computation's [`Output`].
pub(super) struct Sink<'o, O> {
    /// The sum of the lines so far; `None` once it overflows.
    pub(super) total: Option<Decimal>,
    pub(super) out: &'o mut O,
}

impl<O: Output> Sink<'_, O> {
    // Inlined so a line is not copied into the call (a `Line` is about 200 bytes).
    #[inline(always)]
    pub(super) fn line(&mut self, line: Line) {
        if let Some(a) = line.amount {
            self.total = self.total.and_then(|t| t.checked_add(a));
        }
        self.out.line(line);
    }

    pub(super) fn missing(&mut self, input: MissingInput<'_>) {
        self.out.missing(input);
    }

    /// Records a warning; it is only built when it is kept.
    pub(super) fn warn(&mut self, warning: impl FnOnce() -> Warning) {
        if O::WARNS {
            self.out.warn(warning());
        }
    }
}
