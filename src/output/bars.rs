//! Counts drawn for people: a sparkline (one character a value, eight heights) and horizontal
//! bars in eighths of a character. Plain functions of numbers; the caller prints their lines
//! with [`super::Output::picture`] or puts them in table cells.

/// The eight heights of a sparkline, lowest first.
const HEIGHTS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The partial blocks of a bar, one to seven eighths.
const EIGHTHS: [char; 7] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// One character a value, its height against the largest; a zero is a blank, so a quiet day
/// shows as a gap and the smallest count still shows as `▁`.
pub fn spark(values: &[u64]) -> String {
    let max = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|&v| match v {
            0 => ' ',
            v => {
                // 1..=8 eighths of the largest, rounded up so any count shows.
                let level = (v * 8).div_ceil(max.max(1)).clamp(1, 8);
                HEIGHTS[(level - 1) as usize]
            }
        })
        .collect()
}

/// `values` summed in runs of `per` (the last run may be shorter), so a long series fits in
/// `room` characters: the run length chosen is the smallest that fits.
pub fn fold(values: &[u64], room: usize) -> (Vec<u64>, usize) {
    let per = values.len().div_ceil(room.max(1)).max(1);
    (values.chunks(per).map(|c| c.iter().sum()).collect(), per)
}

/// A bar `width` characters long for the largest value, drawn to an eighth of a character;
/// empty for zero.
pub fn bar(value: u64, max: u64, width: usize) -> String {
    if value == 0 || max == 0 {
        return String::new();
    }
    let eighths = ((value as u128 * width as u128 * 8).div_ceil(max as u128)) as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(EIGHTHS[eighths % 8 - 1]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparks_bars_and_folds() {
        assert_eq!(spark(&[0, 1, 4, 8]), " ▁▄█");
        assert_eq!(spark(&[]), "");
        assert_eq!(spark(&[0, 0]), "  ");
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 10, 4), "▌");
        assert_eq!(bar(0, 10, 4), "");
        assert_eq!(fold(&[1, 2, 3, 4, 5], 2), (vec![6, 9], 3));
        assert_eq!(fold(&[1, 2, 3], 10), (vec![1, 2, 3], 1));
    }
}
