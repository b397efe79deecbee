pub fn html(_r: &[super::data::Report]) -> String {
    String::new()
}
