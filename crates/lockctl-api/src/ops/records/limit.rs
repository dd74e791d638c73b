//! A listing cut at a number of matching records: pages are asked of the backend's pager only
//! while matches are missing, the page that fills the limit is trimmed, and whether anything was
//! left out is worked out from what the pager saw (nothing more is fetched to find out).

use async_trait::async_trait;

use super::{Cut, Page, Pages, Tally};
use crate::error::Result;

/// Pages of `inner`, at most `limit` records in all (None: every record).
pub struct Limited<T> {
    inner: Box<dyn Pages<T>>,
    limit: Option<u64>,
    page_size: u64,
    /// The cloud's count is the count of the records asked for (no filter applied here).
    exact_total: bool,
    given: u64,
    /// Records the last page held on the wire (before the filters).
    last_page_len: u64,
    ended: bool,
    cut: Option<Cut>,
}

impl<T: Send + 'static> Limited<T> {
    pub fn new(
        inner: Box<dyn Pages<T>>,
        limit: Option<u64>,
        page_size: u32,
        exact_total: bool,
    ) -> Limited<T> {
        Limited {
            inner,
            limit,
            page_size: u64::from(page_size),
            exact_total,
            given: 0,
            last_page_len: 0,
            ended: false,
            cut: None,
        }
    }

    /// The limit is reached: was anything left out? Certainly when the last page had matches
    /// beyond it; else when the cloud counted more than was received; with no count, when the
    /// last page was full (the same guess the pager makes about a next page).
    fn judge(&mut self, trimmed: bool) {
        let t = self.inner.tally();
        let more = trimmed
            || match t.total {
                Some(total) => t.received < total,
                None => self.last_page_len >= self.page_size,
            };
        if more {
            self.cut = Some(Cut {
                shown: self.given,
                total: t.total.filter(|_| self.exact_total),
            });
        }
    }
}

#[async_trait]
impl<T: Send + 'static> Pages<T> for Limited<T> {
    async fn next(&mut self) -> Result<Option<Page<T>>> {
        if self.ended {
            return Ok(None);
        }
        let before = seen(self.inner.tally());
        let Some(mut page) = self.inner.next().await? else {
            self.ended = true;
            return Ok(None);
        };
        self.last_page_len = seen(self.inner.tally()) - before;
        let Some(limit) = self.limit else {
            return Ok(Some(page));
        };
        let room = (limit - self.given) as usize;
        let trimmed = page.items.len() > room;
        page.items.truncate(room);
        self.given += page.items.len() as u64;
        if self.given >= limit {
            self.ended = true;
            self.judge(trimmed);
        }
        Ok(Some(page))
    }

    fn tally(&self) -> Tally {
        self.inner.tally()
    }

    fn cut(&self) -> Option<Cut> {
        self.cut
    }
}

/// Records the pager has seen, counting those sent twice.
fn seen(t: Tally) -> u64 {
    t.received + t.repeated
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::value::RawValue;

    /// Pages of numbers, `per_page` on the wire each, keeping the even ones.
    struct Numbers {
        pages: Vec<Vec<u32>>,
        tally: Tally,
        count: bool,
    }

    #[async_trait]
    impl Pages<u32> for Numbers {
        async fn next(&mut self) -> Result<Option<Page<u32>>> {
            if self.pages.is_empty() {
                return Ok(None);
            }
            let p = self.pages.remove(0);
            self.tally.received += p.len() as u64;
            let items = p.into_iter().filter(|n| n % 2 == 0).collect();
            let raw = RawValue::from_string("null".into()).unwrap();
            Ok(Some(Page { items, raw }))
        }
        fn tally(&self) -> Tally {
            Tally {
                total: self.count.then_some(8),
                ..self.tally
            }
        }
    }

    fn numbers(count: bool) -> Box<dyn Pages<u32>> {
        Box::new(Numbers {
            pages: vec![vec![1, 2, 3, 4], vec![5, 6, 7, 8]],
            tally: Tally::default(),
            count,
        })
    }

    async fn all(mut p: Limited<u32>) -> (Vec<u32>, Option<Cut>) {
        let mut got = vec![];
        while let Some(page) = p.next().await.unwrap() {
            got.extend(page.items);
        }
        (got, p.cut())
    }

    #[tokio::test]
    async fn reads_on_until_the_limit_is_filled() {
        let (got, cut) = all(Limited::new(numbers(true), Some(3), 4, false)).await;
        assert_eq!(got, [2, 4, 6]);
        assert_eq!(
            cut,
            Some(Cut {
                shown: 3,
                total: None
            })
        );
    }

    #[tokio::test]
    async fn the_end_of_the_history_is_not_a_cut() {
        let (got, cut) = all(Limited::new(numbers(true), Some(4), 4, true)).await;
        assert_eq!((got, cut), (vec![2, 4, 6, 8], None));
        let (got, cut) = all(Limited::new(numbers(false), Some(9), 4, false)).await;
        assert_eq!((got.len(), cut), (4, None));
    }

    #[tokio::test]
    async fn an_exact_count_is_given_and_a_full_page_without_one_is_a_cut() {
        let (_, cut) = all(Limited::new(numbers(true), Some(2), 4, true)).await;
        assert_eq!(
            cut,
            Some(Cut {
                shown: 2,
                total: Some(8)
            })
        );
        let (_, cut) = all(Limited::new(numbers(false), Some(2), 4, true)).await;
        assert_eq!(
            cut,
            Some(Cut {
                shown: 2,
                total: None
            })
        );
        let (got, cut) = all(Limited::new(numbers(false), None, 4, true)).await;
        assert_eq!((got.len(), cut), (4, None));
    }
}
