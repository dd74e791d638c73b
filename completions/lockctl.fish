# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lockctl_global_optspecs
    string join \n profile= d/dev= home= all-locks concurrency= rate= kind= json= jq= raw v/verbose trace= q/quiet no-input y/yes tz= color= h/help V/version
end

function __fish_lockctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lockctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lockctl_using_subcommand
    set -l cmd (__fish_lockctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lockctl -n "__fish_lockctl_needs_command" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_needs_command" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_needs_command" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_needs_command" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_needs_command" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_needs_command" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_needs_command" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_needs_command" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_needs_command" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_needs_command" -s V -l version -d 'Print version'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "profile" -d 'Manage profiles (cloud endpoint, app key, signing)'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "login" -d 'Log in to the cloud and store the session'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "logout" -d 'Drop the stored session'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "device" -d 'List and inspect devices'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "member" -d 'Lock members: family and panel members'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "opmode" -d 'Unlock methods: fingerprints, cards, PINs, faces'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "temppwd" -d 'Online temporary passwords and dynamic passwords'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "offlinepwd" -d 'Offline passwords computed by the cloud, and their clear codes'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "history" -d 'Open-door history'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "alarm" -d 'Alarms: duress, wrong attempts, low battery, tamper'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "voice" -d 'The voice-assistant password'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "remote" -d 'Remote unlock through the lock\'s gateway'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "plan" -d 'Show what a plan file (access.toml) would create, change and remove on its locks'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "apply" -d 'Make the locks hold what a plan file says (asks first; --yes skips)'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "booking" -d 'Temporary passwords from a booking calendar (iCalendar feed)'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "watch" -d 'Watch locks for events (unlocks, alarms, first use of a password, offline/online) and print each once; run a command or post a signed webhook per event'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "status" -d 'What needs attention on each lock, worst first: offline, battery, refused or pending writes, expiring and expired entries, alarms, inactivity (--check for monitoring)'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "doctor" -d 'Check this set-up, one check at a time: files, profile, endpoint, clock, signing mode, session, devices, cache and proxy (exit 1 when one fails)'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "api" -d 'Call any action directly'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "trace" -d 'Read a trace that --trace wrote (for bug reports)'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -f -a "add" -d 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -f -a "list" -d 'List profiles'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -f -a "show" -d 'Show one profile (secrets are never shown)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -f -a "use" -d 'Make a profile the default'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -f -a "remove" -d 'Remove a profile and its stored secrets'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -f -a "migrate-secrets" -d 'Move secrets kept in the plain-text credentials file into the system keyring'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove migrate-secrets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l endpoint -d 'Gateway base URL (https://, or http:// on loopback only)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l region -d 'Tuya region' -r -f -a "eu\t''
us\t''
cn\t''
in\t''
us-e\t''
eu-w\t''
sg\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-id -d 'The app key (clientId) (mobile backend)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l sign -d 'How the app key signs requests (thing: today\'s apps, et=3)' -r -f -a "md5\t''
hmac\t''
thing\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l cert-sign -d 'App certificate SHA-256 (`AA:BB:...`, or 64 hex with --sign thing) or `A` (hmac mode)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l package -d 'The app\'s Android package name (--sign thing), e.g. com.tuya.smartlife' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l country-code -d 'countryCode sent at login (default: the region\'s code, or EU)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l default-kind -d 'Lock kind assumed when the cloud does not tell' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l backend -d 'Which cloud API the profile speaks (openapi: a Tuya developer project, no login)' -r -f -a "mobile\t''
openapi\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l access-id -d 'The cloud project\'s Access ID (openapi backend); the secret comes from LOCKCTL_ACCESS_SECRET or a hidden prompt' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l insecure-storage -d 'Keep the secrets in the plain-text credentials file (0600) instead of the system keyring'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l all -d 'Every profile whose secrets are in the file (default: the profile in force, --profile)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from migrate-secrets" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile (secrets are never shown)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile and its stored secrets'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "migrate-secrets" -d 'Move secrets kept in the plain-text credentials file into the system keyring'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l email -d 'Log in with an email account' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l phone -d 'Log in with a phone account' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l country-code -d 'countryCode: region code (EU, AZ, AY, IN) for email, phone code (1, 49) for phone' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l remember-password -d 'Keep the password\'s MD5, all the login needs (with the profile\'s secrets), so lockctl can log in again when the session expires'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l insecure-storage -d 'Keep the profile\'s secrets and session in the plain-text credentials file (0600) instead of the system keyring'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -f -a "list" -d 'List homes and their devices: id, name, kind, online, battery (always asks the cloud)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -f -a "show" -d 'Show one device (--dev): kind, online, battery, last activity'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -f -a "use" -d 'Set the profile\'s default lock, used when neither --dev nor LOCKCTL_DEV names one'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -f -a "active-date" -d 'When the lock was activated (joined the network) (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -f -a "active-period" -d 'How many days since the lock was activated (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -f -a "sync" -d 'Get the check string to sync the lock\'s unlock methods with the cloud (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show use active-date active-period sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l activity -d 'Also read each lock\'s last activity (its newest history or alarm record): two requests per lock, --concurrency locks at once, within --rate'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l clear -d 'Forget the default lock'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-date" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from active-period" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l type -d 'Only these unlock types (default: all), e.g. fingerprint,card' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'List homes and their devices: id, name, kind, online, battery (always asks the cloud)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one device (--dev): kind, online, battery, last activity'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "use" -d 'Set the profile\'s default lock, used when neither --dev nor LOCKCTL_DEV names one'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "active-date" -d 'When the lock was activated (joined the network) (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "active-period" -d 'How many days since the lock was activated (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Get the check string to sync the lock\'s unlock methods with the cloud (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "list" -d 'List family members, or panel members with --panel'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "count" -d 'Count family and panel members'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "me" -d 'Show the logged-in account\'s own membership (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "show" -d 'Show one member and their unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "add" -d 'Add a member (prompts for what is missing on a terminal)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "update" -d 'Change a member\'s name, permissions or validity (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "remove" -d 'Remove a member and their unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "prune" -d 'Remove panel members whose window is over (never the administrator or family); asks first'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "upgrade" -d 'Turn a panel member into a family member (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "lock-id" -d 'Show the member\'s id inside the lock (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "share" -d 'Bind a panel member to an app account (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "unshare" -d 'Unbind a panel member from its account (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "freeze" -d 'Freeze a member\'s unlock methods (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "unfreeze" -d 'Unfreeze a member\'s unlock methods (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and not __fish_seen_subcommand_from list count me show add update remove prune upgrade lock-id share unshare freeze unfreeze help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l limit -d 'Panel members per page (1-500)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l offset -d 'First panel member to fetch' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l status -d 'Only members in this state (the STATUS column, the `validity` of `--json`)' -r -f -a "upcoming\t'Its window has not begun'
active\t'Usable now'
expired\t'Its window has ended, or it was used up or cleared'
frozen\t'Suspended by an administrator'"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l family -d 'Only family members (with an app account) and the administrator'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l panel -d 'Only panel members (people known only to the lock)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page of panel members'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from me" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l name -d 'The member\'s name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l from -d 'Valid from (in the lock\'s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l to -d 'Valid until (same forms as --from; a length such as `+3d` counts from --from)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l weekdays -d 'Recurring: on these days (`mon-fri`, `sat,sun`, `daily`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l daily -d 'Recurring: at these times of day (`09:00-18:00`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l allow -d 'Unlock types this member may use (Bluetooth and Zigbee): e.g. fingerprint,card,password' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l wait -d 'Wait until the lock confirms it has the member (`--wait` 60 s, `--wait=5m`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l permanent -d 'Valid forever'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l allow-duplicate-name -d 'Add the member even when a live member of the lock has this name'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l name -d 'The member\'s name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l from -d 'Valid from (in the lock\'s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l to -d 'Valid until (same forms as --from; a length such as `+3d` counts from --from)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l weekdays -d 'Recurring: on these days (`mon-fri`, `sat,sun`, `daily`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l daily -d 'Recurring: at these times of day (`09:00-18:00`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l allow -d 'Unlock types this member may use (Bluetooth and Zigbee): e.g. fingerprint,card,password' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l permanent -d 'Valid forever'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l expired -d 'Remove panel members whose validity window is over (required: what to prune)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l dry-run -d 'List what would be removed, and send nothing'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from lock-id" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l user -d 'Member (a panel member): id or name' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l account -d 'The app account to bind: email or phone number' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l country-code -d 'Country code of the account (e.g. 49)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from freeze" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from unfreeze" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List family members, or panel members with --panel'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "count" -d 'Count family and panel members'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "me" -d 'Show the logged-in account\'s own membership (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one member and their unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member (prompts for what is missing on a terminal)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a member\'s name, permissions or validity (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a member and their unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove panel members whose window is over (never the administrator or family); asks first'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Turn a panel member into a family member (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "lock-id" -d 'Show the member\'s id inside the lock (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "share" -d 'Bind a panel member to an app account (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "unshare" -d 'Unbind a panel member from its account (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "freeze" -d 'Freeze a member\'s unlock methods (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "unfreeze" -d 'Unfreeze a member\'s unlock methods (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "list" -d 'List a member\'s unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "show" -d 'Show a member\'s permissions and time setting (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "count" -d 'Count a member\'s unlock methods per type (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "add" -d 'Attach an unlock method (DP-N) to a member'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "rename" -d 'Rename an unlock method'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "remove" -d 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "unassigned" -d 'List methods enrolled at the lock that belong to nobody (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "pending" -d 'Say whether any enrolled method waits to be assigned (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "assign" -d 'Give unassigned methods to a member (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "bind-records" -d 'Rewrite past history records of these methods to a member (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "hijack" -d 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and not __fish_seen_subcommand_from list show count add rename remove unassigned pending assign bind-records hijack help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l user -d 'Member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l user -d 'The member who gets the method: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l unlock-id -d 'The method, DP-N (e.g. 12-2)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l name -d 'A name for it (default: DP_count)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l wait -d 'Wait until the lock confirms it (`--wait` 60 s, `--wait=5m`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l id -d 'The method\'s opmode id (OPMODE ID in `opmode list`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l name -d 'The new name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l unlock-id -d 'Wi-Fi: the method, DP-N' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l user -d 'Bluetooth: the member (id or name)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l id -d 'Bluetooth: the method\'s opmode id' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from unassigned" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l user -d 'The member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l unlock-id -d 'Methods, DP-N, comma separated or repeated' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l user -d 'The member: id or name (case-insensitive, or a unique prefix)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l unlock-id -d 'Methods, DP-N, comma separated or repeated' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from bind-records" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -f -a "set" -d 'Mark the method as duress'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -f -a "unset" -d 'Clear the duress mark'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from hijack" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a member\'s unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a member\'s permissions and time setting (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "count" -d 'Count a member\'s unlock methods per type (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "add" -d 'Attach an unlock method (DP-N) to a member'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an unlock method'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "unassigned" -d 'List methods enrolled at the lock that belong to nobody (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "pending" -d 'Say whether any enrolled method waits to be assigned (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give unassigned methods to a member (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "bind-records" -d 'Rewrite past history records of these methods to a member (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "hijack" -d 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand opmode; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "list" -d 'List temporary passwords with their status, window, schedule and use count'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "show" -d 'Show one temporary password: whether it opens the door right now, and when it does next'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "create" -d 'Create a temporary password (walks through the details on a terminal)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "validate" -d 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "update" -d 'Change a temporary password (Bluetooth, Zigbee); only the fields given change'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "rename" -d 'Rename a temporary password'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "remove" -d 'Remove a temporary password'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "prune" -d 'Remove expired temporary passwords (and used one-time ones with --used); asks first'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "dynamic" -d 'Get a dynamic password (valid about 5 minutes)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and not __fish_seen_subcommand_from list show create validate update rename remove prune dynamic help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l status -d 'Only passwords in this state (the `validity` of `--json`)' -r -f -a "upcoming\t'Its window has not begun'
active\t'Usable now'
expired\t'Its window has ended, or it was used up or cleared'
frozen\t'Suspended by an administrator'"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l id -d 'The password\'s id (ID in `temppwd list`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l name -d 'Password name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l from -d 'Valid from (lock\'s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l to -d 'Valid until (same forms; a length such as `+3d` counts from --from, not from now)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l schedule -d 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l phone -d 'Phone number to notify' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l country-code -d 'Country code of --phone (e.g. 49)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the lock confirms it has the password (`--wait` 60 s, `--wait=5m`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l fallback -d '`offline`: when the lock is offline, issue an offline password for the same window instead' -r -f -a "offline\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l pin-stdin -d 'Read the PIN from the first line of stdin'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l generate -d 'Generate a random PIN of the lock\'s length (printed once on stdout)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l once -d 'One use only'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l permanent -d 'Any number of uses within the window (the default)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l allow-duplicate-name -d 'Create it even when a live temporary password on the lock has this name'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l name -d 'Password name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l from -d 'Valid from (lock\'s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l to -d 'Valid until (same forms; a length such as `+3d` counts from --from, not from now)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l schedule -d 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l phone -d 'Phone number to notify' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l country-code -d 'Country code of --phone (e.g. 49)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l pin-stdin -d 'Read the PIN from the first line of stdin'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l generate -d 'Generate a random PIN of the lock\'s length (printed once on stdout)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l once -d 'One use only'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l permanent -d 'Any number of uses within the window (the default)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l id -d 'The password\'s id (ID in `temppwd list`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l name -d 'Password name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l from -d 'Valid from (lock\'s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l to -d 'Valid until (same forms; a length such as `+3d` counts from --from, not from now)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l schedule -d 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l phone -d 'Phone number to notify' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l country-code -d 'Country code of --phone (e.g. 49)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l pin-stdin -d 'Read the PIN from the first line of stdin'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l generate -d 'Generate a random PIN of the lock\'s length (printed once on stdout)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l once -d 'One use only'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l permanent -d 'Any number of uses within the window (the default)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l id -d 'The password\'s id (ID in `temppwd list`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l name -d 'The new name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l id -d 'The password\'s id (ID in `temppwd list`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l used -d 'Also remove one-time passwords already used (their window not over yet)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l dry-run -d 'List what would be removed, and send nothing'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from dynamic" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "list" -d 'List temporary passwords with their status, window, schedule and use count'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one temporary password: whether it opens the door right now, and when it does next'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a temporary password (walks through the details on a terminal)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a temporary password (Bluetooth, Zigbee); only the fields given change'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a temporary password'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a temporary password'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove expired temporary passwords (and used one-time ones with --used); asks first'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "dynamic" -d 'Get a dynamic password (valid about 5 minutes)'
complete -c lockctl -n "__fish_lockctl_using_subcommand temppwd; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -f -a "available" -d 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -f -a "create" -d 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -f -a "list" -d 'List offline codes (not the codes themselves: the cloud shows them once)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -f -a "rename" -d 'Rename an offline code'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -f -a "revoke" -d 'Get the clear code that ends one `multiple` code when typed at the lock'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -f -a "revocable" -d 'List `multiple` codes that can still get a clear code'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and not __fish_seen_subcommand_from available create list rename revoke revocable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l type -d 'The type of code to ask about' -r -f -a "multiple\t'Many uses within a window'
once\t'One use within 6 hours'
clear-one\t'Ends one multiple code (only through `revoke`)'
clear-all\t'Ends every offline code issued before it'"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from available" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l type -d 'The type of code' -r -f -a "multiple\t'Many uses within a window'
once\t'One use within 6 hours'
clear-one\t'Ends one multiple code (only through `revoke`)'
clear-all\t'Ends every offline code issued before it'"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l from -d 'Start of a multiple code\'s window (lock\'s zone or --tz)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l to -d 'End of a multiple code\'s window' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l name -d 'A name for the code (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l phone -d 'Phone to send the code to (Wi-Fi)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l country-code -d 'Country code of --phone (e.g. 49)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l allow-duplicate-name -d 'Issue it even when a live offline code on the lock has this name'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l type -d 'Only this type (default: all)' -r -f -a "multiple\t'Many uses within a window'
once\t'One use within 6 hours'
clear-one\t'Ends one multiple code (only through `revoke`)'
clear-all\t'Ends every offline code issued before it'"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l status -d 'Only codes in this state (the `validity` of `--json`)' -r -f -a "upcoming\t'Its window has not begun'
active\t'Usable now'
expired\t'Its window has ended, or it was used up or cleared'
frozen\t'Suspended by an administrator'"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l limit -d 'Codes per page (1-500)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l valid -d 'Only codes the cloud still counts as valid'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l id -d 'The code\'s id (ID in `offlinepwd list`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l name -d 'The new name (1-32 characters)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l id -d 'The `multiple` code\'s id (ID in `offlinepwd list` or `offlinepwd revocable`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from revocable" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from help" -f -a "available" -d 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from help" -f -a "create" -d 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from help" -f -a "list" -d 'List offline codes (not the codes themselves: the cloud shows them once)'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an offline code'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Get the clear code that ends one `multiple` code when typed at the lock'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from help" -f -a "revocable" -d 'List `multiple` codes that can still get a clear code'
complete -c lockctl -n "__fish_lockctl_using_subcommand offlinepwd; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -f -a "list" -d 'List open-door records: who, how, when'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -f -a "follow" -d 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -f -a "stats" -d 'Count openings per day, per hour of the day, per member and per method (one pass over the history; several locks with -d A,B, --home or --all-locks)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and not __fish_seen_subcommand_from list follow stats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l since -d 'Records at or after this time (lock\'s zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a bare length (`30d`, `2h`) means that long ago' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l until -d 'Records at or before this time (same forms as --since)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l user -d 'Only records of this member (id or name)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records (that pass the filters; pages are read until there are that many or the history ends)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l page-size -d 'Records asked of the cloud per page (1-500)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l format -d 'Output format (--json is --format json; not with --json FIELDS, --jq or --raw)' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l type -d 'Only these kinds: fingerprint, password, temp-password, dynamic, card, face, key, remote, offline-password' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l all -d 'Every record, not just the first --limit'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l type -d 'Only these kinds, comma separated (the words of `list --type`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l user -d 'Only records of this member (id or name)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l since -d 'Also print the records already there from this time on (lock\'s zone or --tz), e.g. `-1h`' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l interval -d 'Time between reads: `5s`, `500ms`, `1m` or seconds (at least 200ms). Quiet reads stretch it up to twice; failures back off up to 5 minutes' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l page-size -d 'Records asked of the cloud per page (1-500)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from follow" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l since -d 'Count from this time (lock\'s zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a bare length (`30d`, `12h`) means that long ago' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l until -d 'Count up to this time (same forms as --since; default now)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l page-size -d 'Records asked of the cloud per page (1-500)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l type -d 'Only these kinds: fingerprint, password, temp-password, dynamic, card, face, key, remote, offline-password' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "list" -d 'List open-door records: who, how, when'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "follow" -d 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Count openings per day, per hour of the day, per member and per method (one pass over the history; several locks with -d A,B, --home or --all-locks)'
complete -c lockctl -n "__fish_lockctl_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -f -a "list" -d 'List alarms: duress, wrong fingerprint, low battery, tamper...'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -f -a "unread" -d 'Count unread alarms (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -f -a "follow" -d 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and not __fish_seen_subcommand_from list unread follow help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l since -d 'Records at or after this time (lock\'s zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a bare length (`30d`, `2h`) means that long ago' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l until -d 'Records at or before this time (same forms as --since)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l user -d 'Only records of this member (id or name)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l limit -d 'At most this many records (that pass the filters; pages are read until there are that many or the history ends)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l page-size -d 'Records asked of the cloud per page (1-500)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l format -d 'Output format (--json is --format json; not with --json FIELDS, --jq or --raw)' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l type -d 'Only these kinds: wrong-finger, wrong-password, wrong-card, wrong-face, low-battery, tamper, key-in, duress' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l all -d 'Every record, not just the first --limit'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from unread" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l type -d 'Only these kinds, comma separated (the words of `list --type`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l user -d 'Only records of this member (id or name)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l since -d 'Also print the records already there from this time on (lock\'s zone or --tz), e.g. `-1h`' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l interval -d 'Time between reads: `5s`, `500ms`, `1m` or seconds (at least 200ms). Quiet reads stretch it up to twice; failures back off up to 5 minutes' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l page-size -d 'Records asked of the cloud per page (1-500)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from follow" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List alarms: duress, wrong fingerprint, low battery, tamper...'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "unread" -d 'Count unread alarms (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "follow" -d 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)'
complete -c lockctl -n "__fish_lockctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -f -a "status" -d 'Say whether the voice password is on'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -f -a "enable" -d 'Turn the voice password on (asks for the PIN, hidden)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -f -a "disable" -d 'Turn the voice password off'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and not __fish_seen_subcommand_from status enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l pin-stdin -d 'Read the PIN from the first line of stdin'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from help" -f -a "status" -d 'Say whether the voice password is on'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn the voice password on (asks for the PIN, hidden)'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn the voice password off'
complete -c lockctl -n "__fish_lockctl_using_subcommand voice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -f -a "status" -d 'Say whether remote unlock is switched on'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -f -a "unlock" -d 'Open the lock now (asks first unless --yes)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -f -a "lock" -d 'Lock it now'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and not __fish_seen_subcommand_from status unlock lock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "status" -d 'Say whether remote unlock is switched on'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Open the lock now (asks first unless --yes)'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Lock it now'
complete -c lockctl -n "__fish_lockctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -s f -l file -d 'The plan file (TOML; see docs/plan.md)' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l exit-code -d 'Exit 3 when changes are pending, 0 when there are none (errors stay 1, 2 or 4): for cron'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand plan" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -s f -l file -d 'The plan file (TOML; see docs/plan.md)' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -f -a "sync" -d 'Make one temporary password per booking of a calendar feed, and keep them in step'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -f -a "status" -d 'Each current or next booking of a feed: its code (name and id, never the PIN), whether the lock has it, and its first use'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and not __fish_seen_subcommand_from sync status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l ical -d 'The calendar feed: an https address or a file' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l before -d 'The password opens this long before check-in (`1h`, `30m`, `0`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l after -d 'The password still opens this long after check-out' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l check-in -d 'Check-in time of all-day bookings, in the lock\'s zone' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l check-out -d 'Check-out time of all-day bookings, in the lock\'s zone' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l name -d 'The password\'s name: {summary}, {code} (the booking code, else part of the UID), {uid}, {checkin}, {checkout}' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l pin-from -d 'Where the PIN\'s digits come from (default: all generated)' -r -f -a "phone\t'The last four digits of the guest\'s phone end the PIN (the rest is generated)'"
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l dry-run -d 'Show what would change; change nothing'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l ical -d 'The calendar feed: an https address or a file' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l before -d 'The password opens this long before check-in (`1h`, `30m`, `0`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l after -d 'The password still opens this long after check-out' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l check-in -d 'Check-in time of all-day bookings, in the lock\'s zone' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l check-out -d 'Check-out time of all-day bookings, in the lock\'s zone' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l name -d 'The password\'s name: {summary}, {code} (the booking code, else part of the UID), {uid}, {checkin}, {checkout}' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Make one temporary password per booking of a calendar feed, and keep them in step'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "status" -d 'Each current or next booking of a feed: its code (name and id, never the PIN), whether the lock has it, and its first use'
complete -c lockctl -n "__fish_lockctl_using_subcommand booking; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l interval -d 'Time between reads of each lock: `30s`, `500ms`, `2m` or seconds (200ms to 1h). A lock that keeps failing waits longer (up to 5 minutes), alone. Every request stays within --rate (5 a second unless given)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l exec -d 'Run this command for each event (as `sh -c CMD`), the event\'s JSON on its stdin and LOCKCTL_EVENT_ID, _KIND, _LOCK, _LOCK_NAME, _TIME in its environment. Its output goes to stderr; a failure is a warning, never the end of the watch' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l exec-concurrency -d 'Hooks running at once at most (1-64)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l exec-timeout -d 'A hook still running after this long is killed (200ms to 1h)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l webhook -d 'POST each event here, signed with HMAC-SHA256 of LOCKCTL_WEBHOOK_SECRET (X-Lockctl-Signature-256). https, or http to this machine only' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l webhook-retries -d 'Tries after the first before an event goes to the dead letters (0-5; waits 1s, 5s, 30s, 2m, 10m)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l dead-letter -d 'Where events the webhook did not take are kept (JSON lines, 0600); default: beside the watch\'s state in the data directory' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand watch" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l fail-on -d 'The severity that fails --check' -r -f -a "info\t''
warning\t''
critical\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l within -d 'Passwords and members whose window ends within this length are reported (`7d`, `12h`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l since -d 'Alarms raised within this length before now are reported (`24h`, `3d`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l inactive -d 'A lock with no record for this long is reported as inactive (`30d`)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l check -d 'Exit 1 when any finding reaches --fail-on (for cron and monitoring); else exit 0'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand status" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -f -a "call" -d 'Call any action, signed, and print its `result`'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -f -a "list" -d 'List the actions and versions lockctl knows'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l version -d 'Action version (default: from the catalogue for the lock\'s kind, else 1.0)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l data -d 'postData: a JSON object, @FILE, or - for stdin. With --dev and no devId, devId is added' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l gid -d 'Home id, sent as the unsigned gid URL parameter' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "call" -d 'Call any action, signed, and print its `result`'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the actions and versions lockctl knows'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print a trace readably: one block per request (time, duration, status, action), then its redacted parameters, body and answer. Record one with `lockctl --trace FILE VERB ...`'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print a trace readably: one block per request (time, duration, status, action), then its redacted parameters, body and answer. Record one with `lockctl --trace FILE VERB ...`'
complete -c lockctl -n "__fish_lockctl_using_subcommand trace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s d -l dev -d 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l home -d 'Every lock of this home (repeatable; with -d, the union)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l concurrency -d 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l rate -d 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l json -d 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l jq -d 'Filter the JSON through a jq expression (implies --json); prints what jq prints' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l trace -d 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]' -r -F
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l tz -d 'Time zone for reading and showing times (default: the lock\'s own)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l all-locks -d 'Every lock of the account'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l raw -d 'Print the cloud\'s wire result unchanged (a list of page results when several pages were read)'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l no-input -d 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "profile" -d 'Manage profiles (cloud endpoint, app key, signing)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "login" -d 'Log in to the cloud and store the session'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "logout" -d 'Drop the stored session'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "device" -d 'List and inspect devices'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "member" -d 'Lock members: family and panel members'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "opmode" -d 'Unlock methods: fingerprints, cards, PINs, faces'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "temppwd" -d 'Online temporary passwords and dynamic passwords'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "offlinepwd" -d 'Offline passwords computed by the cloud, and their clear codes'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "history" -d 'Open-door history'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "alarm" -d 'Alarms: duress, wrong attempts, low battery, tamper'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "voice" -d 'The voice-assistant password'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "remote" -d 'Remote unlock through the lock\'s gateway'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "plan" -d 'Show what a plan file (access.toml) would create, change and remove on its locks'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "apply" -d 'Make the locks hold what a plan file says (asks first; --yes skips)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "booking" -d 'Temporary passwords from a booking calendar (iCalendar feed)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "watch" -d 'Watch locks for events (unlocks, alarms, first use of a password, offline/online) and print each once; run a command or post a signed webhook per event'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "status" -d 'What needs attention on each lock, worst first: offline, battery, refused or pending writes, expiring and expired entries, alarms, inactivity (--check for monitoring)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "doctor" -d 'Check this set-up, one check at a time: files, profile, endpoint, clock, signing mode, session, devices, cache and proxy (exit 1 when one fails)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "api" -d 'Call any action directly'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "trace" -d 'Read a trace that --trace wrote (for bug reports)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device member opmode temppwd offlinepwd history alarm voice remote plan apply booking watch status doctor api trace completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show one profile (secrets are never shown)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile and its stored secrets'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "migrate-secrets" -d 'Move secrets kept in the plain-text credentials file into the system keyring'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'List homes and their devices: id, name, kind, online, battery (always asks the cloud)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "show" -d 'Show one device (--dev): kind, online, battery, last activity'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "use" -d 'Set the profile\'s default lock, used when neither --dev nor LOCKCTL_DEV names one'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "active-date" -d 'When the lock was activated (joined the network) (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "active-period" -d 'How many days since the lock was activated (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "sync" -d 'Get the check string to sync the lock\'s unlock methods with the cloud (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List family members, or panel members with --panel'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "count" -d 'Count family and panel members'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "me" -d 'Show the logged-in account\'s own membership (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "show" -d 'Show one member and their unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add a member (prompts for what is missing on a terminal)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "update" -d 'Change a member\'s name, permissions or validity (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member and their unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "prune" -d 'Remove panel members whose window is over (never the administrator or family); asks first'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "upgrade" -d 'Turn a panel member into a family member (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "lock-id" -d 'Show the member\'s id inside the lock (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "share" -d 'Bind a panel member to an app account (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "unshare" -d 'Unbind a panel member from its account (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "freeze" -d 'Freeze a member\'s unlock methods (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "unfreeze" -d 'Unfreeze a member\'s unlock methods (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "list" -d 'List a member\'s unlock methods'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "show" -d 'Show a member\'s permissions and time setting (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "count" -d 'Count a member\'s unlock methods per type (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "add" -d 'Attach an unlock method (DP-N) to a member'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "rename" -d 'Rename an unlock method'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "remove" -d 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "unassigned" -d 'List methods enrolled at the lock that belong to nobody (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "pending" -d 'Say whether any enrolled method waits to be assigned (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "assign" -d 'Give unassigned methods to a member (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "bind-records" -d 'Rewrite past history records of these methods to a member (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from opmode" -f -a "hijack" -d 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "list" -d 'List temporary passwords with their status, window, schedule and use count'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "show" -d 'Show one temporary password: whether it opens the door right now, and when it does next'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "create" -d 'Create a temporary password (walks through the details on a terminal)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "validate" -d 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "update" -d 'Change a temporary password (Bluetooth, Zigbee); only the fields given change'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "rename" -d 'Rename a temporary password'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "remove" -d 'Remove a temporary password'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "prune" -d 'Remove expired temporary passwords (and used one-time ones with --used); asks first'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from temppwd" -f -a "dynamic" -d 'Get a dynamic password (valid about 5 minutes)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from offlinepwd" -f -a "available" -d 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from offlinepwd" -f -a "create" -d 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from offlinepwd" -f -a "list" -d 'List offline codes (not the codes themselves: the cloud shows them once)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from offlinepwd" -f -a "rename" -d 'Rename an offline code'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from offlinepwd" -f -a "revoke" -d 'Get the clear code that ends one `multiple` code when typed at the lock'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from offlinepwd" -f -a "revocable" -d 'List `multiple` codes that can still get a clear code'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "list" -d 'List open-door records: who, how, when'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "follow" -d 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "stats" -d 'Count openings per day, per hour of the day, per member and per method (one pass over the history; several locks with -d A,B, --home or --all-locks)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "list" -d 'List alarms: duress, wrong fingerprint, low battery, tamper...'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "unread" -d 'Count unread alarms (Wi-Fi)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "follow" -d 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from voice" -f -a "status" -d 'Say whether the voice password is on'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from voice" -f -a "enable" -d 'Turn the voice password on (asks for the PIN, hidden)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from voice" -f -a "disable" -d 'Turn the voice password off'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "status" -d 'Say whether remote unlock is switched on'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "unlock" -d 'Open the lock now (asks first unless --yes)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "lock" -d 'Lock it now'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from booking" -f -a "sync" -d 'Make one temporary password per booking of a calendar feed, and keep them in step'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from booking" -f -a "status" -d 'Each current or next booking of a feed: its code (name and id, never the PIN), whether the lock has it, and its first use'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "call" -d 'Call any action, signed, and print its `result`'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "list" -d 'List the actions and versions lockctl knows'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from trace" -f -a "show" -d 'Print a trace readably: one block per request (time, duration, status, action), then its redacted parameters, body and answer. Record one with `lockctl --trace FILE VERB ...`'
