
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
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
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
            cand member 'Lock members: family and panel members'
            cand opmode 'Unlock methods: fingerprints, cards, PINs, faces'
            cand temppwd 'Online temporary passwords and dynamic passwords'
            cand offlinepwd 'Offline passwords computed by the cloud, and their clear codes'
            cand history 'Open-door history'
            cand alarm 'Alarms: duress, wrong attempts, low battery, tamper'
            cand voice 'The voice-assistant password'
            cand remote 'Remote unlock through the lock''s gateway'
            cand plan 'Show what a plan file (access.toml) would create, change and remove on its locks'
            cand apply 'Make the locks hold what a plan file says (asks first; --yes skips)'
            cand booking 'Temporary passwords from a booking calendar (iCalendar feed)'
            cand api 'Call any action directly'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;profile'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt'
            cand list 'List profiles'
            cand show 'Show one profile (secrets are never shown)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its stored secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;profile;add'= {
            cand --endpoint 'Gateway base URL (https://, or http:// on loopback only)'
            cand --region 'Tuya region'
            cand --client-id 'The app key (clientId) (mobile backend)'
            cand --sign 'How the app key signs requests (thing: today''s apps, et=3)'
            cand --cert-sign 'App certificate SHA-256 (`AA:BB:...`, or 64 hex with --sign thing) or `A` (hmac mode)'
            cand --package 'The app''s Android package name (--sign thing), e.g. com.tuya.smartlife'
            cand --country-code 'countryCode sent at login (default: the region''s code, or EU)'
            cand --default-kind 'Lock kind assumed when the cloud does not tell'
            cand --backend 'Which cloud API the profile speaks (openapi: a Tuya developer project, no login)'
            cand --access-id 'The cloud project''s Access ID (openapi backend); the secret comes from LOCKCTL_ACCESS_SECRET or a hidden prompt'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;list'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;show'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;use'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;remove'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;profile;help'= {
            cand add 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt'
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
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --remember-password 'Keep the password''s MD5, all the login needs (0600 credentials file), so lockctl can log in again when the session expires'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;logout'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List homes and their devices: id, name, kind, online (always asks the cloud)'
            cand show 'Show one device (--dev), including its kind'
            cand use 'Set the profile''s default lock, used when neither --dev nor LOCKCTL_DEV names one'
            cand active-date 'When the lock was activated (joined the network) (Bluetooth, Zigbee)'
            cand active-period 'How many days since the lock was activated (Wi-Fi)'
            cand sync 'Get the check string to sync the lock''s unlock methods with the cloud (Bluetooth, Zigbee)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;device;list'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;show'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;use'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --clear 'Forget the default lock'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;active-date'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;active-period'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;sync'= {
            cand --type 'Only these unlock types (default: all), e.g. fingerprint,card'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;device;help'= {
            cand list 'List homes and their devices: id, name, kind, online (always asks the cloud)'
            cand show 'Show one device (--dev), including its kind'
            cand use 'Set the profile''s default lock, used when neither --dev nor LOCKCTL_DEV names one'
            cand active-date 'When the lock was activated (joined the network) (Bluetooth, Zigbee)'
            cand active-period 'How many days since the lock was activated (Wi-Fi)'
            cand sync 'Get the check string to sync the lock''s unlock methods with the cloud (Bluetooth, Zigbee)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;device;help;list'= {
        }
        &'lockctl;device;help;show'= {
        }
        &'lockctl;device;help;use'= {
        }
        &'lockctl;device;help;active-date'= {
        }
        &'lockctl;device;help;active-period'= {
        }
        &'lockctl;device;help;sync'= {
        }
        &'lockctl;device;help;help'= {
        }
        &'lockctl;member'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List family members, or panel members with --panel'
            cand count 'Count family and panel members'
            cand me 'Show the logged-in account''s own membership (Bluetooth, Zigbee)'
            cand show 'Show one member and their unlock methods'
            cand add 'Add a member (prompts for what is missing on a terminal)'
            cand update 'Change a member''s name, permissions or validity (Bluetooth, Zigbee)'
            cand remove 'Remove a member and their unlock methods'
            cand upgrade 'Turn a panel member into a family member (Bluetooth, Zigbee)'
            cand lock-id 'Show the member''s id inside the lock (Bluetooth, Zigbee)'
            cand share 'Bind a panel member to an app account (Bluetooth, Zigbee)'
            cand unshare 'Unbind a panel member from its account (Bluetooth, Zigbee)'
            cand freeze 'Freeze a member''s unlock methods (Bluetooth, Zigbee)'
            cand unfreeze 'Unfreeze a member''s unlock methods (Bluetooth, Zigbee)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;member;list'= {
            cand --limit 'Panel members per page (1-500)'
            cand --offset 'First panel member to fetch'
            cand --status 'Only members whose validity is this'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --panel 'Panel members (people known only to the lock) instead of family members'
            cand --all 'Fetch every page of panel members'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;count'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;me'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;show'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;add'= {
            cand --name 'The member''s name (1-32 characters)'
            cand --from 'Valid from (in the lock''s zone or --tz): `2026-12-01 14:00`, RFC 3339, `now`, `+3d`'
            cand --to 'Valid until (same forms as --from)'
            cand --weekdays 'Recurring: on these days (`mon-fri`, `sat,sun`, `daily`)'
            cand --daily 'Recurring: at these times of day (`09:00-18:00`)'
            cand --allow 'Unlock types this member may use (Bluetooth and Zigbee): e.g. fingerprint,card,password'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --permanent 'Valid forever'
            cand --allow-duplicate-name 'Add the member even when a live member of the lock has this name'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;update'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --name 'The member''s name (1-32 characters)'
            cand --from 'Valid from (in the lock''s zone or --tz): `2026-12-01 14:00`, RFC 3339, `now`, `+3d`'
            cand --to 'Valid until (same forms as --from)'
            cand --weekdays 'Recurring: on these days (`mon-fri`, `sat,sun`, `daily`)'
            cand --daily 'Recurring: at these times of day (`09:00-18:00`)'
            cand --allow 'Unlock types this member may use (Bluetooth and Zigbee): e.g. fingerprint,card,password'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --permanent 'Valid forever'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;remove'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;upgrade'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;lock-id'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;share'= {
            cand --user 'Member (a panel member): id or name'
            cand --account 'The app account to bind: email or phone number'
            cand --country-code 'Country code of the account (e.g. 49)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;unshare'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;freeze'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;unfreeze'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;member;help'= {
            cand list 'List family members, or panel members with --panel'
            cand count 'Count family and panel members'
            cand me 'Show the logged-in account''s own membership (Bluetooth, Zigbee)'
            cand show 'Show one member and their unlock methods'
            cand add 'Add a member (prompts for what is missing on a terminal)'
            cand update 'Change a member''s name, permissions or validity (Bluetooth, Zigbee)'
            cand remove 'Remove a member and their unlock methods'
            cand upgrade 'Turn a panel member into a family member (Bluetooth, Zigbee)'
            cand lock-id 'Show the member''s id inside the lock (Bluetooth, Zigbee)'
            cand share 'Bind a panel member to an app account (Bluetooth, Zigbee)'
            cand unshare 'Unbind a panel member from its account (Bluetooth, Zigbee)'
            cand freeze 'Freeze a member''s unlock methods (Bluetooth, Zigbee)'
            cand unfreeze 'Unfreeze a member''s unlock methods (Bluetooth, Zigbee)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;member;help;list'= {
        }
        &'lockctl;member;help;count'= {
        }
        &'lockctl;member;help;me'= {
        }
        &'lockctl;member;help;show'= {
        }
        &'lockctl;member;help;add'= {
        }
        &'lockctl;member;help;update'= {
        }
        &'lockctl;member;help;remove'= {
        }
        &'lockctl;member;help;upgrade'= {
        }
        &'lockctl;member;help;lock-id'= {
        }
        &'lockctl;member;help;share'= {
        }
        &'lockctl;member;help;unshare'= {
        }
        &'lockctl;member;help;freeze'= {
        }
        &'lockctl;member;help;unfreeze'= {
        }
        &'lockctl;member;help;help'= {
        }
        &'lockctl;opmode'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List a member''s unlock methods'
            cand show 'Show a member''s permissions and time setting (Bluetooth, Zigbee)'
            cand count 'Count a member''s unlock methods per type (Bluetooth, Zigbee)'
            cand add 'Attach an unlock method (DP-N) to a member'
            cand rename 'Rename an unlock method'
            cand remove 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)'
            cand unassigned 'List methods enrolled at the lock that belong to nobody (Wi-Fi)'
            cand pending 'Say whether any enrolled method waits to be assigned (Wi-Fi)'
            cand assign 'Give unassigned methods to a member (Wi-Fi)'
            cand bind-records 'Rewrite past history records of these methods to a member (Wi-Fi)'
            cand hijack 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;opmode;list'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;show'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;count'= {
            cand --user 'Member: id or name (case-insensitive, or a unique prefix)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;add'= {
            cand --user 'The member who gets the method: id or name (case-insensitive, or a unique prefix)'
            cand --unlock-id 'The method, DP-N (e.g. 12-2)'
            cand --name 'A name for it (default: DP_count)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;rename'= {
            cand --id 'The method''s opmode id (OPMODE ID in `opmode list`)'
            cand --name 'The new name (1-32 characters)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;remove'= {
            cand --unlock-id 'Wi-Fi: the method, DP-N'
            cand --user 'Bluetooth: the member (id or name)'
            cand --id 'Bluetooth: the method''s opmode id'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;unassigned'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;pending'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;assign'= {
            cand --user 'The member: id or name (case-insensitive, or a unique prefix)'
            cand --unlock-id 'Methods, DP-N, comma separated or repeated'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;bind-records'= {
            cand --user 'The member: id or name (case-insensitive, or a unique prefix)'
            cand --unlock-id 'Methods, DP-N, comma separated or repeated'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;hijack'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Mark the method as duress'
            cand unset 'Clear the duress mark'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;opmode;hijack;set'= {
            cand --unlock-id 'The method, DP-N (e.g. 12-2)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;hijack;unset'= {
            cand --unlock-id 'The method, DP-N (e.g. 12-2)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;opmode;hijack;help'= {
            cand set 'Mark the method as duress'
            cand unset 'Clear the duress mark'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;opmode;hijack;help;set'= {
        }
        &'lockctl;opmode;hijack;help;unset'= {
        }
        &'lockctl;opmode;hijack;help;help'= {
        }
        &'lockctl;opmode;help'= {
            cand list 'List a member''s unlock methods'
            cand show 'Show a member''s permissions and time setting (Bluetooth, Zigbee)'
            cand count 'Count a member''s unlock methods per type (Bluetooth, Zigbee)'
            cand add 'Attach an unlock method (DP-N) to a member'
            cand rename 'Rename an unlock method'
            cand remove 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)'
            cand unassigned 'List methods enrolled at the lock that belong to nobody (Wi-Fi)'
            cand pending 'Say whether any enrolled method waits to be assigned (Wi-Fi)'
            cand assign 'Give unassigned methods to a member (Wi-Fi)'
            cand bind-records 'Rewrite past history records of these methods to a member (Wi-Fi)'
            cand hijack 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;opmode;help;list'= {
        }
        &'lockctl;opmode;help;show'= {
        }
        &'lockctl;opmode;help;count'= {
        }
        &'lockctl;opmode;help;add'= {
        }
        &'lockctl;opmode;help;rename'= {
        }
        &'lockctl;opmode;help;remove'= {
        }
        &'lockctl;opmode;help;unassigned'= {
        }
        &'lockctl;opmode;help;pending'= {
        }
        &'lockctl;opmode;help;assign'= {
        }
        &'lockctl;opmode;help;bind-records'= {
        }
        &'lockctl;opmode;help;hijack'= {
            cand set 'Mark the method as duress'
            cand unset 'Clear the duress mark'
        }
        &'lockctl;opmode;help;hijack;set'= {
        }
        &'lockctl;opmode;help;hijack;unset'= {
        }
        &'lockctl;opmode;help;help'= {
        }
        &'lockctl;temppwd'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List temporary passwords with their status, window, schedule and use count'
            cand show 'Show one temporary password: whether it opens the door right now, and when it does next'
            cand create 'Create a temporary password (walks through the details on a terminal)'
            cand validate 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)'
            cand update 'Change a temporary password (Bluetooth, Zigbee); only the fields given change'
            cand rename 'Rename a temporary password'
            cand remove 'Remove a temporary password'
            cand dynamic 'Get a dynamic password (valid about 5 minutes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;temppwd;list'= {
            cand --status 'Only passwords in this state (the `validity` of `--json`)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'lockctl;temppwd;show'= {
            cand --id 'The password''s id (ID in `temppwd list`)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;temppwd;create'= {
            cand --name 'Password name (1-32 characters)'
            cand --from 'Valid from (lock''s zone or --tz): `2026-12-01 14:00`, RFC 3339, `now`, `+3d`'
            cand --to 'Valid until (same forms)'
            cand --schedule 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable'
            cand --phone 'Phone number to notify'
            cand --country-code 'Country code of --phone (e.g. 49)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --pin-stdin 'Read the PIN from the first line of stdin'
            cand --generate 'Generate a random PIN of the lock''s length (printed once on stdout)'
            cand --once 'One use only'
            cand --permanent 'Any number of uses within the window (the default)'
            cand --allow-duplicate-name 'Create it even when a live temporary password on the lock has this name'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;temppwd;validate'= {
            cand --name 'Password name (1-32 characters)'
            cand --from 'Valid from (lock''s zone or --tz): `2026-12-01 14:00`, RFC 3339, `now`, `+3d`'
            cand --to 'Valid until (same forms)'
            cand --schedule 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable'
            cand --phone 'Phone number to notify'
            cand --country-code 'Country code of --phone (e.g. 49)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --pin-stdin 'Read the PIN from the first line of stdin'
            cand --generate 'Generate a random PIN of the lock''s length (printed once on stdout)'
            cand --once 'One use only'
            cand --permanent 'Any number of uses within the window (the default)'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;temppwd;update'= {
            cand --id 'The password''s id (ID in `temppwd list`)'
            cand --name 'Password name (1-32 characters)'
            cand --from 'Valid from (lock''s zone or --tz): `2026-12-01 14:00`, RFC 3339, `now`, `+3d`'
            cand --to 'Valid until (same forms)'
            cand --schedule 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable'
            cand --phone 'Phone number to notify'
            cand --country-code 'Country code of --phone (e.g. 49)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --pin-stdin 'Read the PIN from the first line of stdin'
            cand --generate 'Generate a random PIN of the lock''s length (printed once on stdout)'
            cand --once 'One use only'
            cand --permanent 'Any number of uses within the window (the default)'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;temppwd;rename'= {
            cand --id 'The password''s id (ID in `temppwd list`)'
            cand --name 'The new name (1-32 characters)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;temppwd;remove'= {
            cand --id 'The password''s id (ID in `temppwd list`)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;temppwd;dynamic'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;temppwd;help'= {
            cand list 'List temporary passwords with their status, window, schedule and use count'
            cand show 'Show one temporary password: whether it opens the door right now, and when it does next'
            cand create 'Create a temporary password (walks through the details on a terminal)'
            cand validate 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)'
            cand update 'Change a temporary password (Bluetooth, Zigbee); only the fields given change'
            cand rename 'Rename a temporary password'
            cand remove 'Remove a temporary password'
            cand dynamic 'Get a dynamic password (valid about 5 minutes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;temppwd;help;list'= {
        }
        &'lockctl;temppwd;help;show'= {
        }
        &'lockctl;temppwd;help;create'= {
        }
        &'lockctl;temppwd;help;validate'= {
        }
        &'lockctl;temppwd;help;update'= {
        }
        &'lockctl;temppwd;help;rename'= {
        }
        &'lockctl;temppwd;help;remove'= {
        }
        &'lockctl;temppwd;help;dynamic'= {
        }
        &'lockctl;temppwd;help;help'= {
        }
        &'lockctl;offlinepwd'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand available 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)'
            cand create 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`'
            cand list 'List offline codes (not the codes themselves: the cloud shows them once)'
            cand rename 'Rename an offline code'
            cand revoke 'Get the clear code that ends one `multiple` code when typed at the lock'
            cand revocable 'List `multiple` codes that can still get a clear code'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;offlinepwd;available'= {
            cand --type 'The type of code to ask about'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'lockctl;offlinepwd;create'= {
            cand --type 'The type of code'
            cand --from 'Start of a multiple code''s window (lock''s zone or --tz)'
            cand --to 'End of a multiple code''s window'
            cand --name 'A name for the code (1-32 characters)'
            cand --phone 'Phone to send the code to (Wi-Fi)'
            cand --country-code 'Country code of --phone (e.g. 49)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --allow-duplicate-name 'Issue it even when a live offline code on the lock has this name'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'lockctl;offlinepwd;list'= {
            cand --type 'Only this type (default: all)'
            cand --status 'Only codes in this state (the `validity` of `--json`)'
            cand --limit 'Codes per page (1-500)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --valid 'Only codes the cloud still counts as valid'
            cand --all 'Fetch every page'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'lockctl;offlinepwd;rename'= {
            cand --id 'The code''s id (ID in `offlinepwd list`)'
            cand --name 'The new name (1-32 characters)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;offlinepwd;revoke'= {
            cand --id 'The `multiple` code''s id (ID in `offlinepwd list` or `offlinepwd revocable`)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;offlinepwd;revocable'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;offlinepwd;help'= {
            cand available 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)'
            cand create 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`'
            cand list 'List offline codes (not the codes themselves: the cloud shows them once)'
            cand rename 'Rename an offline code'
            cand revoke 'Get the clear code that ends one `multiple` code when typed at the lock'
            cand revocable 'List `multiple` codes that can still get a clear code'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;offlinepwd;help;available'= {
        }
        &'lockctl;offlinepwd;help;create'= {
        }
        &'lockctl;offlinepwd;help;list'= {
        }
        &'lockctl;offlinepwd;help;rename'= {
        }
        &'lockctl;offlinepwd;help;revoke'= {
        }
        &'lockctl;offlinepwd;help;revocable'= {
        }
        &'lockctl;offlinepwd;help;help'= {
        }
        &'lockctl;history'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List open-door records: who, how, when'
            cand follow 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;history;list'= {
            cand --since 'Records at or after this time (lock''s zone or --tz): `2026-11-01`, `-7d`, RFC 3339...'
            cand --until 'Records at or before this time'
            cand --user 'Only records of this member (id or name)'
            cand --limit 'At most this many records (that pass the filters; pages are read until there are that many or the history ends)'
            cand --page-size 'Records asked of the cloud per page (1-500)'
            cand --format 'Output format (--json is --format json; not with --json FIELDS, --jq or --raw)'
            cand --concurrency 'Pages fetched ahead at most at once (1-16); the window grows while pages come back full'
            cand --type 'Only these kinds: fingerprint, password, temp-password, dynamic, card, face, key, remote, offline-password'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --all 'Every record, not just the first --limit'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;history;follow'= {
            cand --type 'Only these kinds, comma separated (the words of `list --type`)'
            cand --user 'Only records of this member (id or name)'
            cand --since 'Also print the records already there from this time on (lock''s zone or --tz), e.g. `-1h`'
            cand --interval 'Time between reads: `5s`, `500ms`, `1m` or seconds (at least 200ms). Quiet reads stretch it up to twice; failures back off up to 5 minutes'
            cand --page-size 'Records asked of the cloud per page (1-500)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;history;help'= {
            cand list 'List open-door records: who, how, when'
            cand follow 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;history;help;list'= {
        }
        &'lockctl;history;help;follow'= {
        }
        &'lockctl;history;help;help'= {
        }
        &'lockctl;alarm'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List alarms: duress, wrong fingerprint, low battery, tamper...'
            cand unread 'Count unread alarms (Wi-Fi)'
            cand follow 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;alarm;list'= {
            cand --since 'Records at or after this time (lock''s zone or --tz): `2026-11-01`, `-7d`, RFC 3339...'
            cand --until 'Records at or before this time'
            cand --user 'Only records of this member (id or name)'
            cand --limit 'At most this many records (that pass the filters; pages are read until there are that many or the history ends)'
            cand --page-size 'Records asked of the cloud per page (1-500)'
            cand --format 'Output format (--json is --format json; not with --json FIELDS, --jq or --raw)'
            cand --concurrency 'Pages fetched ahead at most at once (1-16); the window grows while pages come back full'
            cand --type 'Only these kinds: wrong-finger, wrong-password, wrong-card, wrong-face, low-battery, tamper, key-in, duress'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --all 'Every record, not just the first --limit'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;alarm;unread'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;alarm;follow'= {
            cand --type 'Only these kinds, comma separated (the words of `list --type`)'
            cand --user 'Only records of this member (id or name)'
            cand --since 'Also print the records already there from this time on (lock''s zone or --tz), e.g. `-1h`'
            cand --interval 'Time between reads: `5s`, `500ms`, `1m` or seconds (at least 200ms). Quiet reads stretch it up to twice; failures back off up to 5 minutes'
            cand --page-size 'Records asked of the cloud per page (1-500)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;alarm;help'= {
            cand list 'List alarms: duress, wrong fingerprint, low battery, tamper...'
            cand unread 'Count unread alarms (Wi-Fi)'
            cand follow 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;alarm;help;list'= {
        }
        &'lockctl;alarm;help;unread'= {
        }
        &'lockctl;alarm;help;follow'= {
        }
        &'lockctl;alarm;help;help'= {
        }
        &'lockctl;voice'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Say whether the voice password is on'
            cand enable 'Turn the voice password on (asks for the PIN, hidden)'
            cand disable 'Turn the voice password off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;voice;status'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;voice;enable'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --pin-stdin 'Read the PIN from the first line of stdin'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;voice;disable'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;voice;help'= {
            cand status 'Say whether the voice password is on'
            cand enable 'Turn the voice password on (asks for the PIN, hidden)'
            cand disable 'Turn the voice password off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;voice;help;status'= {
        }
        &'lockctl;voice;help;enable'= {
        }
        &'lockctl;voice;help;disable'= {
        }
        &'lockctl;voice;help;help'= {
        }
        &'lockctl;remote'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Say whether remote unlock is switched on'
            cand unlock 'Open the lock now (asks first unless --yes)'
            cand lock 'Lock it now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;remote;status'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;remote;unlock'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;remote;lock'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;remote;help'= {
            cand status 'Say whether remote unlock is switched on'
            cand unlock 'Open the lock now (asks first unless --yes)'
            cand lock 'Lock it now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;remote;help;status'= {
        }
        &'lockctl;remote;help;unlock'= {
        }
        &'lockctl;remote;help;lock'= {
        }
        &'lockctl;remote;help;help'= {
        }
        &'lockctl;plan'= {
            cand -f 'The plan file (TOML; see docs/plan.md)'
            cand --file 'The plan file (TOML; see docs/plan.md)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;apply'= {
            cand -f 'The plan file (TOML; see docs/plan.md)'
            cand --file 'The plan file (TOML; see docs/plan.md)'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;booking'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand sync 'Make one temporary password per booking of a calendar feed, and keep them in step'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;booking;sync'= {
            cand --ical 'The calendar feed: an https address or a file'
            cand --before 'The password opens this long before check-in (`1h`, `30m`, `0`)'
            cand --after 'The password still opens this long after check-out'
            cand --check-in 'Check-in time of all-day bookings, in the lock''s zone'
            cand --check-out 'Check-out time of all-day bookings, in the lock''s zone'
            cand --pin-from 'Where the PIN''s digits come from (default: all generated)'
            cand --name 'The password''s name: {summary}, {code} (the booking code, else part of the UID), {uid}, {checkin}, {checkout}'
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --dry-run 'Show what would change; change nothing'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'lockctl;booking;help'= {
            cand sync 'Make one temporary password per booking of a calendar feed, and keep them in step'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;booking;help;sync'= {
        }
        &'lockctl;booking;help;help'= {
        }
        &'lockctl;api'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
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
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
            cand -y 'Skip confirmations'
            cand --yes 'Skip confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'lockctl;api;list'= {
            cand --profile 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator'
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
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
            cand -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --dev 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set'
            cand --kind 'Lock kind, overriding what the cloud reports'
            cand --json 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields'
            cand --jq 'Filter the JSON through a jq expression (implies --json); prints what jq prints'
            cand --tz 'Time zone for reading and showing times (default: the lock''s own)'
            cand --color 'When to colour output'
            cand --raw 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)'
            cand -v 'Show requests on stderr (secrets redacted)'
            cand --verbose 'Show requests on stderr (secrets redacted)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand --no-input 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
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
            cand member 'Lock members: family and panel members'
            cand opmode 'Unlock methods: fingerprints, cards, PINs, faces'
            cand temppwd 'Online temporary passwords and dynamic passwords'
            cand offlinepwd 'Offline passwords computed by the cloud, and their clear codes'
            cand history 'Open-door history'
            cand alarm 'Alarms: duress, wrong attempts, low battery, tamper'
            cand voice 'The voice-assistant password'
            cand remote 'Remote unlock through the lock''s gateway'
            cand plan 'Show what a plan file (access.toml) would create, change and remove on its locks'
            cand apply 'Make the locks hold what a plan file says (asks first; --yes skips)'
            cand booking 'Temporary passwords from a booking calendar (iCalendar feed)'
            cand api 'Call any action directly'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lockctl;help;profile'= {
            cand add 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt'
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
            cand list 'List homes and their devices: id, name, kind, online (always asks the cloud)'
            cand show 'Show one device (--dev), including its kind'
            cand use 'Set the profile''s default lock, used when neither --dev nor LOCKCTL_DEV names one'
            cand active-date 'When the lock was activated (joined the network) (Bluetooth, Zigbee)'
            cand active-period 'How many days since the lock was activated (Wi-Fi)'
            cand sync 'Get the check string to sync the lock''s unlock methods with the cloud (Bluetooth, Zigbee)'
        }
        &'lockctl;help;device;list'= {
        }
        &'lockctl;help;device;show'= {
        }
        &'lockctl;help;device;use'= {
        }
        &'lockctl;help;device;active-date'= {
        }
        &'lockctl;help;device;active-period'= {
        }
        &'lockctl;help;device;sync'= {
        }
        &'lockctl;help;member'= {
            cand list 'List family members, or panel members with --panel'
            cand count 'Count family and panel members'
            cand me 'Show the logged-in account''s own membership (Bluetooth, Zigbee)'
            cand show 'Show one member and their unlock methods'
            cand add 'Add a member (prompts for what is missing on a terminal)'
            cand update 'Change a member''s name, permissions or validity (Bluetooth, Zigbee)'
            cand remove 'Remove a member and their unlock methods'
            cand upgrade 'Turn a panel member into a family member (Bluetooth, Zigbee)'
            cand lock-id 'Show the member''s id inside the lock (Bluetooth, Zigbee)'
            cand share 'Bind a panel member to an app account (Bluetooth, Zigbee)'
            cand unshare 'Unbind a panel member from its account (Bluetooth, Zigbee)'
            cand freeze 'Freeze a member''s unlock methods (Bluetooth, Zigbee)'
            cand unfreeze 'Unfreeze a member''s unlock methods (Bluetooth, Zigbee)'
        }
        &'lockctl;help;member;list'= {
        }
        &'lockctl;help;member;count'= {
        }
        &'lockctl;help;member;me'= {
        }
        &'lockctl;help;member;show'= {
        }
        &'lockctl;help;member;add'= {
        }
        &'lockctl;help;member;update'= {
        }
        &'lockctl;help;member;remove'= {
        }
        &'lockctl;help;member;upgrade'= {
        }
        &'lockctl;help;member;lock-id'= {
        }
        &'lockctl;help;member;share'= {
        }
        &'lockctl;help;member;unshare'= {
        }
        &'lockctl;help;member;freeze'= {
        }
        &'lockctl;help;member;unfreeze'= {
        }
        &'lockctl;help;opmode'= {
            cand list 'List a member''s unlock methods'
            cand show 'Show a member''s permissions and time setting (Bluetooth, Zigbee)'
            cand count 'Count a member''s unlock methods per type (Bluetooth, Zigbee)'
            cand add 'Attach an unlock method (DP-N) to a member'
            cand rename 'Rename an unlock method'
            cand remove 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)'
            cand unassigned 'List methods enrolled at the lock that belong to nobody (Wi-Fi)'
            cand pending 'Say whether any enrolled method waits to be assigned (Wi-Fi)'
            cand assign 'Give unassigned methods to a member (Wi-Fi)'
            cand bind-records 'Rewrite past history records of these methods to a member (Wi-Fi)'
            cand hijack 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)'
        }
        &'lockctl;help;opmode;list'= {
        }
        &'lockctl;help;opmode;show'= {
        }
        &'lockctl;help;opmode;count'= {
        }
        &'lockctl;help;opmode;add'= {
        }
        &'lockctl;help;opmode;rename'= {
        }
        &'lockctl;help;opmode;remove'= {
        }
        &'lockctl;help;opmode;unassigned'= {
        }
        &'lockctl;help;opmode;pending'= {
        }
        &'lockctl;help;opmode;assign'= {
        }
        &'lockctl;help;opmode;bind-records'= {
        }
        &'lockctl;help;opmode;hijack'= {
            cand set 'Mark the method as duress'
            cand unset 'Clear the duress mark'
        }
        &'lockctl;help;opmode;hijack;set'= {
        }
        &'lockctl;help;opmode;hijack;unset'= {
        }
        &'lockctl;help;temppwd'= {
            cand list 'List temporary passwords with their status, window, schedule and use count'
            cand show 'Show one temporary password: whether it opens the door right now, and when it does next'
            cand create 'Create a temporary password (walks through the details on a terminal)'
            cand validate 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)'
            cand update 'Change a temporary password (Bluetooth, Zigbee); only the fields given change'
            cand rename 'Rename a temporary password'
            cand remove 'Remove a temporary password'
            cand dynamic 'Get a dynamic password (valid about 5 minutes)'
        }
        &'lockctl;help;temppwd;list'= {
        }
        &'lockctl;help;temppwd;show'= {
        }
        &'lockctl;help;temppwd;create'= {
        }
        &'lockctl;help;temppwd;validate'= {
        }
        &'lockctl;help;temppwd;update'= {
        }
        &'lockctl;help;temppwd;rename'= {
        }
        &'lockctl;help;temppwd;remove'= {
        }
        &'lockctl;help;temppwd;dynamic'= {
        }
        &'lockctl;help;offlinepwd'= {
            cand available 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)'
            cand create 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`'
            cand list 'List offline codes (not the codes themselves: the cloud shows them once)'
            cand rename 'Rename an offline code'
            cand revoke 'Get the clear code that ends one `multiple` code when typed at the lock'
            cand revocable 'List `multiple` codes that can still get a clear code'
        }
        &'lockctl;help;offlinepwd;available'= {
        }
        &'lockctl;help;offlinepwd;create'= {
        }
        &'lockctl;help;offlinepwd;list'= {
        }
        &'lockctl;help;offlinepwd;rename'= {
        }
        &'lockctl;help;offlinepwd;revoke'= {
        }
        &'lockctl;help;offlinepwd;revocable'= {
        }
        &'lockctl;help;history'= {
            cand list 'List open-door records: who, how, when'
            cand follow 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)'
        }
        &'lockctl;help;history;list'= {
        }
        &'lockctl;help;history;follow'= {
        }
        &'lockctl;help;alarm'= {
            cand list 'List alarms: duress, wrong fingerprint, low battery, tamper...'
            cand unread 'Count unread alarms (Wi-Fi)'
            cand follow 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)'
        }
        &'lockctl;help;alarm;list'= {
        }
        &'lockctl;help;alarm;unread'= {
        }
        &'lockctl;help;alarm;follow'= {
        }
        &'lockctl;help;voice'= {
            cand status 'Say whether the voice password is on'
            cand enable 'Turn the voice password on (asks for the PIN, hidden)'
            cand disable 'Turn the voice password off'
        }
        &'lockctl;help;voice;status'= {
        }
        &'lockctl;help;voice;enable'= {
        }
        &'lockctl;help;voice;disable'= {
        }
        &'lockctl;help;remote'= {
            cand status 'Say whether remote unlock is switched on'
            cand unlock 'Open the lock now (asks first unless --yes)'
            cand lock 'Lock it now'
        }
        &'lockctl;help;remote;status'= {
        }
        &'lockctl;help;remote;unlock'= {
        }
        &'lockctl;help;remote;lock'= {
        }
        &'lockctl;help;plan'= {
        }
        &'lockctl;help;apply'= {
        }
        &'lockctl;help;booking'= {
            cand sync 'Make one temporary password per booking of a calendar feed, and keep them in step'
        }
        &'lockctl;help;booking;sync'= {
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
