
use builtin;
use str;

set edit:completion:arg-completer[lockctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'lockctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'lockctl'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand profile 'Manage profiles (cloud endpoint, app key, signing)'
            cand login 'Log in to the cloud and store the session'
            cand logout 'Drop the stored session'
            cand device 'List and inspect devices'
            cand api 'Call any action directly'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;profile'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt'
            cand list 'List profiles'
            cand show 'Show one profile (secrets are never shown)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its stored secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;profile;add'= {
            cand --endpoint 'Gateway base URL (https://, or http:// on loopback only)'
            cand --region 'Tuya region'
            cand --client-id 'The app key (clientId)'
            cand --sign 'How the app key signs requests'
            cand --cert-sign 'App certificate SHA-256 (`AA:BB:...`) or `A` (hmac mode)'
            cand --country-code 'countryCode sent at login (default: the region''s code, or EU)'
            cand --default-kind 'Lock kind assumed when the cloud does not tell'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;list'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;show'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;use'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;remove'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;help'= {
            cand add 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt'
            cand list 'List profiles'
            cand show 'Show one profile (secrets are never shown)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its stored secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;profile;help;add'= {
        }
        &'lockctl;profile;help;list'= {
        }
        &'lockctl;profile;help;show'= {
        }
        &'lockctl;profile;help;use'= {
        }
        &'lockctl;profile;help;remove'= {
        }
        &'lockctl;profile;help;help'= {
        }
        &'lockctl;login'= {
            cand --email 'Log in with an email account'
            cand --phone 'Log in with a phone account'
            cand --country-code 'countryCode: region code (EU, AZ, AY, IN) for email, phone code (1, 49) for phone'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --remember-password 'Keep the password (0600 credentials file) so lockctl can log in again when the session expires'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;logout'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List homes and their devices: id, name, kind, online'
            cand show 'Show one device (--dev), including its kind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;device;list'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;show'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;help'= {
            cand list 'List homes and their devices: id, name, kind, online'
            cand show 'Show one device (--dev), including its kind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;device;help;list'= {
        }
        &'lockctl;device;help;show'= {
        }
        &'lockctl;device;help;help'= {
        }
        &'lockctl;api'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand call 'Call any action, signed, and print its `result`'
            cand list 'List the actions and versions lockctl knows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;api;call'= {
            cand --version 'Action version (default: from the catalogue for the lock''s kind, else 1.0)'
            cand --data 'postData: a JSON object, @FILE, or - for stdin. With --dev and no devId, devId is added'
            cand --gid 'Home id, sent as the unsigned gid URL parameter'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;api;list'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;api;help'= {
            cand call 'Call any action, signed, and print its `result`'
            cand list 'List the actions and versions lockctl knows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;api;help;call'= {
        }
        &'lockctl;api;help;list'= {
        }
        &'lockctl;api;help;help'= {
        }
        &'lockctl;completions'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --dev 'Device (lock) id [env: LOCKCTL_DEV]'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --color 'When to colour output'
            cand --json 'Print the action''s result as one JSON document'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;help'= {
            cand profile 'Manage profiles (cloud endpoint, app key, signing)'
            cand login 'Log in to the cloud and store the session'
            cand logout 'Drop the stored session'
            cand device 'List and inspect devices'
            cand api 'Call any action directly'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;help;profile'= {
            cand add 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt'
            cand list 'List profiles'
            cand show 'Show one profile (secrets are never shown)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its stored secrets'
        }
        &'lockctl;help;profile;add'= {
        }
        &'lockctl;help;profile;list'= {
        }
        &'lockctl;help;profile;show'= {
        }
        &'lockctl;help;profile;use'= {
        }
        &'lockctl;help;profile;remove'= {
        }
        &'lockctl;help;login'= {
        }
        &'lockctl;help;logout'= {
        }
        &'lockctl;help;device'= {
            cand list 'List homes and their devices: id, name, kind, online'
            cand show 'Show one device (--dev), including its kind'
        }
        &'lockctl;help;device;list'= {
        }
        &'lockctl;help;device;show'= {
        }
        &'lockctl;help;api'= {
            cand call 'Call any action, signed, and print its `result`'
            cand list 'List the actions and versions lockctl knows'
        }
        &'lockctl;help;api;call'= {
        }
        &'lockctl;help;api;list'= {
        }
        &'lockctl;help;completions'= {
        }
        &'lockctl;help;help'= {
        }
    ]
    $completions[$command]
}
