//! Property tests of the core invariants.
