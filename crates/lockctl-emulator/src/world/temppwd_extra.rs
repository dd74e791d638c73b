//! More of a temporary password's life: frozen (the lock refuses it until unfrozen), removed in
//! bulk, and purged (a removed password is kept, listed as deleted, until purged).

use super::{invalid, Access, World, WorldError, WorldResult};

impl World {
    /// Freeze or unfreeze a live temporary password.
    pub fn set_temp_password_frozen(
        &mut self,
        dev_id: &str,
        uid: &str,
        id: i64,
        frozen: bool,
    ) -> WorldResult<()> {
        let l = self.lock_as_mut(dev_id, uid, Access::Admin)?;
        let p = l
            .temp_passwords
            .iter_mut()
            .find(|p| p.id == id && !p.removed)
            .ok_or_else(|| WorldError::NotFound(format!("no temporary password {id}")))?;
        p.frozen = frozen;
        Ok(())
    }

    /// Remove every live temporary password of a lock; answers how many.
    pub fn remove_all_temp_passwords(&mut self, dev_id: &str, uid: &str) -> WorldResult<usize> {
        let l = self.lock_as_mut(dev_id, uid, Access::Admin)?;
        let mut n = 0;
        for p in l.temp_passwords.iter_mut().filter(|p| !p.removed) {
            p.removed = true;
            n += 1;
        }
        Ok(n)
    }

    /// Forget a removed temporary password for good.
    pub fn purge_temp_password(&mut self, dev_id: &str, uid: &str, id: i64) -> WorldResult<()> {
        let l = self.lock_as_mut(dev_id, uid, Access::Admin)?;
        let p = l
            .temp_passwords
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| WorldError::NotFound(format!("no temporary password {id}")))?;
        if !p.removed {
            return invalid("only a deleted temporary password can be purged");
        }
        l.temp_passwords.retain(|p| p.id != id);
        Ok(())
    }
}
