//! Identity in the workspace: signing in and out, the authenticator code, two-factor set-up,
//! password reset, the home page and profile, and the accounts administration.

pub mod accounts;
pub mod profile;
pub mod reset;
pub mod sign_in;
pub mod two_factor;

use crate::platform::routes::{Allowed, Routes};

/// The identity area's routes and who may use them.
pub fn routes() -> Routes {
    use Allowed::{Admins, AnyOperator, AwaitingCode, Public};
    Routes::new()
        .get("/{lang}/accesso", Public, sign_in::login_form)
        .post("/{lang}/accesso", Public, sign_in::login_submit)
        .get("/{lang}/accesso/codice", AwaitingCode, sign_in::code_form)
        .post("/{lang}/accesso/codice", AwaitingCode, sign_in::code_submit)
        .post("/{lang}/uscita", AnyOperator, sign_in::logout)
        .get("/{lang}/accesso/recupero", Public, reset::reset_form)
        .post("/{lang}/accesso/recupero", Public, reset::reset_request)
        .get(
            "/{lang}/accesso/recupero/{token}",
            Public,
            reset::reset_link,
        )
        .post(
            "/{lang}/accesso/recupero/{token}",
            Public,
            reset::reset_submit,
        )
        .get("/{lang}/workspace", AnyOperator, profile::home)
        .get("/{lang}/workspace/profilo", AnyOperator, profile::profile)
        .post(
            "/{lang}/workspace/profilo/password",
            AnyOperator,
            profile::change_password,
        )
        .get("/{lang}/workspace/2fa", AnyOperator, two_factor::two_factor)
        .post(
            "/{lang}/workspace/2fa",
            AnyOperator,
            two_factor::two_factor_begin,
        )
        .post(
            "/{lang}/workspace/2fa/conferma",
            AnyOperator,
            two_factor::two_factor_confirm,
        )
        .get("/{lang}/workspace/utenti", Admins, accounts::users)
        .post(
            "/{lang}/workspace/utenti/{change}",
            Admins,
            accounts::users_change,
        )
}
