
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'lockctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'lockctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'lockctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (cloud endpoint, app key, signing)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to the cloud and store the session')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Drop the stored session')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'List and inspect devices')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Lock members: family and panel members')
            [CompletionResult]::new('opmode', 'opmode', [CompletionResultType]::ParameterValue, 'Unlock methods: fingerprints, cards, PINs, faces')
            [CompletionResult]::new('temppwd', 'temppwd', [CompletionResultType]::ParameterValue, 'Online temporary passwords and dynamic passwords')
            [CompletionResult]::new('offlinepwd', 'offlinepwd', [CompletionResultType]::ParameterValue, 'Offline passwords computed by the cloud, and their clear codes')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Open-door history')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'Alarms: duress, wrong attempts, low battery, tamper')
            [CompletionResult]::new('voice', 'voice', [CompletionResultType]::ParameterValue, 'The voice-assistant password')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'Remote unlock through the lock''s gateway')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what a plan file (access.toml) would create, change and remove on its locks')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the locks hold what a plan file says (asks first; --yes skips)')
            [CompletionResult]::new('booking', 'booking', [CompletionResultType]::ParameterValue, 'Temporary passwords from a booking calendar (iCalendar feed)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch locks for events (unlocks, alarms, first use of a password, offline/online) and print each once; run a command or post a signed webhook per event')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What needs attention on each lock, worst first: offline, battery, refused or pending writes, expiring and expired entries, alarms, inactivity (--check for monitoring)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check this set-up, one check at a time: files, profile, endpoint, clock, signing mode, session, devices, cache and proxy (exit 1 when one fails)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action directly')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Read a trace that --trace wrote (for bug reports)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (secrets are never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored secrets')
            [CompletionResult]::new('migrate-secrets', 'migrate-secrets', [CompletionResultType]::ParameterValue, 'Move secrets kept in the plain-text credentials file into the system keyring')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;profile;add' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Gateway base URL (https://, or http:// on loopback only)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Tuya region')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app key (clientId) (mobile backend)')
            [CompletionResult]::new('--sign', '--sign', [CompletionResultType]::ParameterName, 'How the app key signs requests (thing: today''s apps, et=3)')
            [CompletionResult]::new('--cert-sign', '--cert-sign', [CompletionResultType]::ParameterName, 'App certificate SHA-256 (`AA:BB:...`, or 64 hex with --sign thing) or `A` (hmac mode)')
            [CompletionResult]::new('--package', '--package', [CompletionResultType]::ParameterName, 'The app''s Android package name (--sign thing), e.g. com.tuya.smartlife')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'countryCode sent at login (default: the region''s code, or EU)')
            [CompletionResult]::new('--default-kind', '--default-kind', [CompletionResultType]::ParameterName, 'Lock kind assumed when the cloud does not tell')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Which cloud API the profile speaks (openapi: a Tuya developer project, no login)')
            [CompletionResult]::new('--access-id', '--access-id', [CompletionResultType]::ParameterName, 'The cloud project''s Access ID (openapi backend); the secret comes from LOCKCTL_ACCESS_SECRET or a hidden prompt')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep the secrets in the plain-text credentials file (0600) instead of the system keyring')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;migrate-secrets' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every profile whose secrets are in the file (default: the profile in force, --profile)')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (secrets are never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored secrets')
            [CompletionResult]::new('migrate-secrets', 'migrate-secrets', [CompletionResultType]::ParameterValue, 'Move secrets kept in the plain-text credentials file into the system keyring')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;profile;help;add' {
            break
        }
        'lockctl;profile;help;list' {
            break
        }
        'lockctl;profile;help;show' {
            break
        }
        'lockctl;profile;help;use' {
            break
        }
        'lockctl;profile;help;remove' {
            break
        }
        'lockctl;profile;help;migrate-secrets' {
            break
        }
        'lockctl;profile;help;help' {
            break
        }
        'lockctl;login' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Log in with an email account')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Log in with a phone account')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'countryCode: region code (EU, AZ, AY, IN) for email, phone code (1, 49) for phone')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--remember-password', '--remember-password', [CompletionResultType]::ParameterName, 'Keep the password''s MD5, all the login needs (with the profile''s secrets), so lockctl can log in again when the session expires')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep the profile''s secrets and session in the plain-text credentials file (0600) instead of the system keyring')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List homes and their devices: id, name, kind, online, battery (always asks the cloud)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device (--dev): kind, online, battery, last activity')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Set the profile''s default lock, used when neither --dev nor LOCKCTL_DEV names one')
            [CompletionResult]::new('active-date', 'active-date', [CompletionResultType]::ParameterValue, 'When the lock was activated (joined the network) (Bluetooth, Zigbee)')
            [CompletionResult]::new('active-period', 'active-period', [CompletionResultType]::ParameterValue, 'How many days since the lock was activated (Wi-Fi)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Get the check string to sync the lock''s unlock methods with the cloud (Bluetooth, Zigbee)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;device;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Also read each lock''s last activity (its newest history or alarm record): two requests per lock, --concurrency locks at once, within --rate')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Forget the default lock')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;active-date' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;active-period' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;sync' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these unlock types (default: all), e.g. fingerprint,card')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List homes and their devices: id, name, kind, online, battery (always asks the cloud)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device (--dev): kind, online, battery, last activity')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Set the profile''s default lock, used when neither --dev nor LOCKCTL_DEV names one')
            [CompletionResult]::new('active-date', 'active-date', [CompletionResultType]::ParameterValue, 'When the lock was activated (joined the network) (Bluetooth, Zigbee)')
            [CompletionResult]::new('active-period', 'active-period', [CompletionResultType]::ParameterValue, 'How many days since the lock was activated (Wi-Fi)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Get the check string to sync the lock''s unlock methods with the cloud (Bluetooth, Zigbee)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;device;help;list' {
            break
        }
        'lockctl;device;help;show' {
            break
        }
        'lockctl;device;help;use' {
            break
        }
        'lockctl;device;help;active-date' {
            break
        }
        'lockctl;device;help;active-period' {
            break
        }
        'lockctl;device;help;sync' {
            break
        }
        'lockctl;device;help;help' {
            break
        }
        'lockctl;member' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List family members, or panel members with --panel')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count family and panel members')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Show the logged-in account''s own membership (Bluetooth, Zigbee)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one member and their unlock methods')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (prompts for what is missing on a terminal)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s name, permissions or validity (Bluetooth, Zigbee)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member and their unlock methods')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove panel members whose window is over (never the administrator or family); asks first')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Turn a panel member into a family member (Bluetooth, Zigbee)')
            [CompletionResult]::new('lock-id', 'lock-id', [CompletionResultType]::ParameterValue, 'Show the member''s id inside the lock (Bluetooth, Zigbee)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Bind a panel member to an app account (Bluetooth, Zigbee)')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Unbind a panel member from its account (Bluetooth, Zigbee)')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Freeze a member''s unlock methods (Bluetooth, Zigbee)')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Unfreeze a member''s unlock methods (Bluetooth, Zigbee)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;member;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Panel members per page (1-500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'First panel member to fetch')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only members in this state (the STATUS column, the `validity` of `--json`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only family members (with an app account) and the administrator')
            [CompletionResult]::new('--panel', '--panel', [CompletionResultType]::ParameterName, 'Only panel members (people known only to the lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page of panel members')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lockctl;member;count' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;me' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;show' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The member''s name (1-32 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Valid from (in the lock''s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Valid until (same forms as --from; a length such as `+3d` counts from --from)')
            [CompletionResult]::new('--weekdays', '--weekdays', [CompletionResultType]::ParameterName, 'Recurring: on these days (`mon-fri`, `sat,sun`, `daily`)')
            [CompletionResult]::new('--daily', '--daily', [CompletionResultType]::ParameterName, 'Recurring: at these times of day (`09:00-18:00`)')
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Unlock types this member may use (Bluetooth and Zigbee): e.g. fingerprint,card,password')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the lock confirms it has the member (`--wait` 60 s, `--wait=5m`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Valid forever')
            [CompletionResult]::new('--allow-duplicate-name', '--allow-duplicate-name', [CompletionResultType]::ParameterName, 'Add the member even when a live member of the lock has this name')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;update' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The member''s name (1-32 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Valid from (in the lock''s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Valid until (same forms as --from; a length such as `+3d` counts from --from)')
            [CompletionResult]::new('--weekdays', '--weekdays', [CompletionResultType]::ParameterName, 'Recurring: on these days (`mon-fri`, `sat,sun`, `daily`)')
            [CompletionResult]::new('--daily', '--daily', [CompletionResultType]::ParameterName, 'Recurring: at these times of day (`09:00-18:00`)')
            [CompletionResult]::new('--allow', '--allow', [CompletionResultType]::ParameterName, 'Unlock types this member may use (Bluetooth and Zigbee): e.g. fingerprint,card,password')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Valid forever')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;remove' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;prune' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Remove panel members whose validity window is over (required: what to prune)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be removed, and send nothing')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;upgrade' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;lock-id' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;share' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member (a panel member): id or name')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The app account to bind: email or phone number')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'Country code of the account (e.g. 49)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;unshare' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;freeze' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;unfreeze' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List family members, or panel members with --panel')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count family and panel members')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Show the logged-in account''s own membership (Bluetooth, Zigbee)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one member and their unlock methods')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (prompts for what is missing on a terminal)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s name, permissions or validity (Bluetooth, Zigbee)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member and their unlock methods')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove panel members whose window is over (never the administrator or family); asks first')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Turn a panel member into a family member (Bluetooth, Zigbee)')
            [CompletionResult]::new('lock-id', 'lock-id', [CompletionResultType]::ParameterValue, 'Show the member''s id inside the lock (Bluetooth, Zigbee)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Bind a panel member to an app account (Bluetooth, Zigbee)')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Unbind a panel member from its account (Bluetooth, Zigbee)')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Freeze a member''s unlock methods (Bluetooth, Zigbee)')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Unfreeze a member''s unlock methods (Bluetooth, Zigbee)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;member;help;list' {
            break
        }
        'lockctl;member;help;count' {
            break
        }
        'lockctl;member;help;me' {
            break
        }
        'lockctl;member;help;show' {
            break
        }
        'lockctl;member;help;add' {
            break
        }
        'lockctl;member;help;update' {
            break
        }
        'lockctl;member;help;remove' {
            break
        }
        'lockctl;member;help;prune' {
            break
        }
        'lockctl;member;help;upgrade' {
            break
        }
        'lockctl;member;help;lock-id' {
            break
        }
        'lockctl;member;help;share' {
            break
        }
        'lockctl;member;help;unshare' {
            break
        }
        'lockctl;member;help;freeze' {
            break
        }
        'lockctl;member;help;unfreeze' {
            break
        }
        'lockctl;member;help;help' {
            break
        }
        'lockctl;opmode' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a member''s unlock methods')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a member''s permissions and time setting (Bluetooth, Zigbee)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count a member''s unlock methods per type (Bluetooth, Zigbee)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach an unlock method (DP-N) to a member')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an unlock method')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)')
            [CompletionResult]::new('unassigned', 'unassigned', [CompletionResultType]::ParameterValue, 'List methods enrolled at the lock that belong to nobody (Wi-Fi)')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Say whether any enrolled method waits to be assigned (Wi-Fi)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give unassigned methods to a member (Wi-Fi)')
            [CompletionResult]::new('bind-records', 'bind-records', [CompletionResultType]::ParameterValue, 'Rewrite past history records of these methods to a member (Wi-Fi)')
            [CompletionResult]::new('hijack', 'hijack', [CompletionResultType]::ParameterValue, 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;opmode;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;show' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;count' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;add' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The member who gets the method: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--unlock-id', '--unlock-id', [CompletionResultType]::ParameterName, 'The method, DP-N (e.g. 12-2)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for it (default: DP_count)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the lock confirms it (`--wait` 60 s, `--wait=5m`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;rename' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The method''s opmode id (OPMODE ID in `opmode list`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name (1-32 characters)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;remove' {
            [CompletionResult]::new('--unlock-id', '--unlock-id', [CompletionResultType]::ParameterName, 'Wi-Fi: the method, DP-N')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Bluetooth: the member (id or name)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Bluetooth: the method''s opmode id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;unassigned' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;pending' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;assign' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--unlock-id', '--unlock-id', [CompletionResultType]::ParameterName, 'Methods, DP-N, comma separated or repeated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;bind-records' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The member: id or name (case-insensitive, or a unique prefix)')
            [CompletionResult]::new('--unlock-id', '--unlock-id', [CompletionResultType]::ParameterName, 'Methods, DP-N, comma separated or repeated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;hijack' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mark the method as duress')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Clear the duress mark')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;opmode;hijack;set' {
            [CompletionResult]::new('--unlock-id', '--unlock-id', [CompletionResultType]::ParameterName, 'The method, DP-N (e.g. 12-2)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;hijack;unset' {
            [CompletionResult]::new('--unlock-id', '--unlock-id', [CompletionResultType]::ParameterName, 'The method, DP-N (e.g. 12-2)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;opmode;hijack;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mark the method as duress')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Clear the duress mark')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;opmode;hijack;help;set' {
            break
        }
        'lockctl;opmode;hijack;help;unset' {
            break
        }
        'lockctl;opmode;hijack;help;help' {
            break
        }
        'lockctl;opmode;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a member''s unlock methods')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a member''s permissions and time setting (Bluetooth, Zigbee)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count a member''s unlock methods per type (Bluetooth, Zigbee)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach an unlock method (DP-N) to a member')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an unlock method')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)')
            [CompletionResult]::new('unassigned', 'unassigned', [CompletionResultType]::ParameterValue, 'List methods enrolled at the lock that belong to nobody (Wi-Fi)')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Say whether any enrolled method waits to be assigned (Wi-Fi)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give unassigned methods to a member (Wi-Fi)')
            [CompletionResult]::new('bind-records', 'bind-records', [CompletionResultType]::ParameterValue, 'Rewrite past history records of these methods to a member (Wi-Fi)')
            [CompletionResult]::new('hijack', 'hijack', [CompletionResultType]::ParameterValue, 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;opmode;help;list' {
            break
        }
        'lockctl;opmode;help;show' {
            break
        }
        'lockctl;opmode;help;count' {
            break
        }
        'lockctl;opmode;help;add' {
            break
        }
        'lockctl;opmode;help;rename' {
            break
        }
        'lockctl;opmode;help;remove' {
            break
        }
        'lockctl;opmode;help;unassigned' {
            break
        }
        'lockctl;opmode;help;pending' {
            break
        }
        'lockctl;opmode;help;assign' {
            break
        }
        'lockctl;opmode;help;bind-records' {
            break
        }
        'lockctl;opmode;help;hijack' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mark the method as duress')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Clear the duress mark')
            break
        }
        'lockctl;opmode;help;hijack;set' {
            break
        }
        'lockctl;opmode;help;hijack;unset' {
            break
        }
        'lockctl;opmode;help;help' {
            break
        }
        'lockctl;temppwd' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List temporary passwords with their status, window, schedule and use count')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one temporary password: whether it opens the door right now, and when it does next')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a temporary password (walks through the details on a terminal)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a temporary password (Bluetooth, Zigbee); only the fields given change')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a temporary password')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a temporary password')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove expired temporary passwords (and used one-time ones with --used); asks first')
            [CompletionResult]::new('dynamic', 'dynamic', [CompletionResultType]::ParameterValue, 'Get a dynamic password (valid about 5 minutes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;temppwd;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only passwords in this state (the `validity` of `--json`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lockctl;temppwd;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The password''s id (ID in `temppwd list`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Password name (1-32 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Valid from (lock''s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Valid until (same forms; a length such as `+3d` counts from --from, not from now)')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number to notify')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'Country code of --phone (e.g. 49)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the lock confirms it has the password (`--wait` 60 s, `--wait=5m`)')
            [CompletionResult]::new('--fallback', '--fallback', [CompletionResultType]::ParameterName, '`offline`: when the lock is offline, issue an offline password for the same window instead')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--pin-stdin', '--pin-stdin', [CompletionResultType]::ParameterName, 'Read the PIN from the first line of stdin')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random PIN of the lock''s length (printed once on stdout)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'One use only')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Any number of uses within the window (the default)')
            [CompletionResult]::new('--allow-duplicate-name', '--allow-duplicate-name', [CompletionResultType]::ParameterName, 'Create it even when a live temporary password on the lock has this name')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;validate' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Password name (1-32 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Valid from (lock''s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Valid until (same forms; a length such as `+3d` counts from --from, not from now)')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number to notify')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'Country code of --phone (e.g. 49)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--pin-stdin', '--pin-stdin', [CompletionResultType]::ParameterName, 'Read the PIN from the first line of stdin')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random PIN of the lock''s length (printed once on stdout)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'One use only')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Any number of uses within the window (the default)')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;update' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The password''s id (ID in `temppwd list`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Password name (1-32 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Valid from (lock''s zone or --tz): `YYYY-MM-DD HH:MM`, RFC 3339, `now`, `+3d`')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Valid until (same forms; a length such as `+3d` counts from --from, not from now)')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When in the window it opens: `mon-fri 09:00-18:00`, `sat,sun all-day`. Repeatable')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number to notify')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'Country code of --phone (e.g. 49)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--pin-stdin', '--pin-stdin', [CompletionResultType]::ParameterName, 'Read the PIN from the first line of stdin')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random PIN of the lock''s length (printed once on stdout)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'One use only')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Any number of uses within the window (the default)')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;rename' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The password''s id (ID in `temppwd list`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name (1-32 characters)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;remove' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The password''s id (ID in `temppwd list`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;prune' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--used', '--used', [CompletionResultType]::ParameterName, 'Also remove one-time passwords already used (their window not over yet)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be removed, and send nothing')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;dynamic' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;temppwd;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List temporary passwords with their status, window, schedule and use count')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one temporary password: whether it opens the door right now, and when it does next')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a temporary password (walks through the details on a terminal)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a temporary password (Bluetooth, Zigbee); only the fields given change')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a temporary password')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a temporary password')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove expired temporary passwords (and used one-time ones with --used); asks first')
            [CompletionResult]::new('dynamic', 'dynamic', [CompletionResultType]::ParameterValue, 'Get a dynamic password (valid about 5 minutes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;temppwd;help;list' {
            break
        }
        'lockctl;temppwd;help;show' {
            break
        }
        'lockctl;temppwd;help;create' {
            break
        }
        'lockctl;temppwd;help;validate' {
            break
        }
        'lockctl;temppwd;help;update' {
            break
        }
        'lockctl;temppwd;help;rename' {
            break
        }
        'lockctl;temppwd;help;remove' {
            break
        }
        'lockctl;temppwd;help;prune' {
            break
        }
        'lockctl;temppwd;help;dynamic' {
            break
        }
        'lockctl;temppwd;help;help' {
            break
        }
        'lockctl;offlinepwd' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('available', 'available', [CompletionResultType]::ParameterValue, 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offline codes (not the codes themselves: the cloud shows them once)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an offline code')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Get the clear code that ends one `multiple` code when typed at the lock')
            [CompletionResult]::new('revocable', 'revocable', [CompletionResultType]::ParameterValue, 'List `multiple` codes that can still get a clear code')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;offlinepwd;available' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The type of code to ask about')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lockctl;offlinepwd;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The type of code')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of a multiple code''s window (lock''s zone or --tz)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of a multiple code''s window')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the code (1-32 characters)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone to send the code to (Wi-Fi)')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'Country code of --phone (e.g. 49)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--allow-duplicate-name', '--allow-duplicate-name', [CompletionResultType]::ParameterName, 'Issue it even when a live offline code on the lock has this name')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lockctl;offlinepwd;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type (default: all)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only codes in this state (the `validity` of `--json`)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Codes per page (1-500)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--valid', '--valid', [CompletionResultType]::ParameterName, 'Only codes the cloud still counts as valid')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lockctl;offlinepwd;rename' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The code''s id (ID in `offlinepwd list`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name (1-32 characters)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;offlinepwd;revoke' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The `multiple` code''s id (ID in `offlinepwd list` or `offlinepwd revocable`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;offlinepwd;revocable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;offlinepwd;help' {
            [CompletionResult]::new('available', 'available', [CompletionResultType]::ParameterValue, 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offline codes (not the codes themselves: the cloud shows them once)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an offline code')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Get the clear code that ends one `multiple` code when typed at the lock')
            [CompletionResult]::new('revocable', 'revocable', [CompletionResultType]::ParameterValue, 'List `multiple` codes that can still get a clear code')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;offlinepwd;help;available' {
            break
        }
        'lockctl;offlinepwd;help;create' {
            break
        }
        'lockctl;offlinepwd;help;list' {
            break
        }
        'lockctl;offlinepwd;help;rename' {
            break
        }
        'lockctl;offlinepwd;help;revoke' {
            break
        }
        'lockctl;offlinepwd;help;revocable' {
            break
        }
        'lockctl;offlinepwd;help;help' {
            break
        }
        'lockctl;history' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List open-door records: who, how, when')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Count openings per day, per hour of the day, per member and per method (one pass over the history; several locks with -d A,B, --home or --all-locks)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;history;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Records at or after this time (lock''s zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a bare length (`30d`, `2h`) means that long ago')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Records at or before this time (same forms as --since)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only records of this member (id or name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records (that pass the filters; pages are read until there are that many or the history ends)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Records asked of the cloud per page (1-500)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json is --format json; not with --json FIELDS, --jq or --raw)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these kinds: fingerprint, password, temp-password, dynamic, card, face, key, remote, offline-password')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every record, not just the first --limit')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;history;follow' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these kinds, comma separated (the words of `list --type`)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only records of this member (id or name)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Also print the records already there from this time on (lock''s zone or --tz), e.g. `-1h`')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between reads: `5s`, `500ms`, `1m` or seconds (at least 200ms). Quiet reads stretch it up to twice; failures back off up to 5 minutes')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Records asked of the cloud per page (1-500)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;history;stats' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Count from this time (lock''s zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a bare length (`30d`, `12h`) means that long ago')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Count up to this time (same forms as --since; default now)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Records asked of the cloud per page (1-500)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these kinds: fingerprint, password, temp-password, dynamic, card, face, key, remote, offline-password')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;history;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List open-door records: who, how, when')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Count openings per day, per hour of the day, per member and per method (one pass over the history; several locks with -d A,B, --home or --all-locks)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;history;help;list' {
            break
        }
        'lockctl;history;help;follow' {
            break
        }
        'lockctl;history;help;stats' {
            break
        }
        'lockctl;history;help;help' {
            break
        }
        'lockctl;alarm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alarms: duress, wrong fingerprint, low battery, tamper...')
            [CompletionResult]::new('unread', 'unread', [CompletionResultType]::ParameterValue, 'Count unread alarms (Wi-Fi)')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;alarm;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Records at or after this time (lock''s zone or --tz): `YYYY-MM-DD`, `-7d`, RFC 3339...; a bare length (`30d`, `2h`) means that long ago')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Records at or before this time (same forms as --since)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only records of this member (id or name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records (that pass the filters; pages are read until there are that many or the history ends)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Records asked of the cloud per page (1-500)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json is --format json; not with --json FIELDS, --jq or --raw)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these kinds: wrong-finger, wrong-password, wrong-card, wrong-face, low-battery, tamper, key-in, duress')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every record, not just the first --limit')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;alarm;unread' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;alarm;follow' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these kinds, comma separated (the words of `list --type`)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only records of this member (id or name)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Also print the records already there from this time on (lock''s zone or --tz), e.g. `-1h`')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between reads: `5s`, `500ms`, `1m` or seconds (at least 200ms). Quiet reads stretch it up to twice; failures back off up to 5 minutes')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Records asked of the cloud per page (1-500)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;alarm;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alarms: duress, wrong fingerprint, low battery, tamper...')
            [CompletionResult]::new('unread', 'unread', [CompletionResultType]::ParameterValue, 'Count unread alarms (Wi-Fi)')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;alarm;help;list' {
            break
        }
        'lockctl;alarm;help;unread' {
            break
        }
        'lockctl;alarm;help;follow' {
            break
        }
        'lockctl;alarm;help;help' {
            break
        }
        'lockctl;voice' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether the voice password is on')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn the voice password on (asks for the PIN, hidden)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn the voice password off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;voice;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;voice;enable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--pin-stdin', '--pin-stdin', [CompletionResultType]::ParameterName, 'Read the PIN from the first line of stdin')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;voice;disable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;voice;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether the voice password is on')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn the voice password on (asks for the PIN, hidden)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn the voice password off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;voice;help;status' {
            break
        }
        'lockctl;voice;help;enable' {
            break
        }
        'lockctl;voice;help;disable' {
            break
        }
        'lockctl;voice;help;help' {
            break
        }
        'lockctl;remote' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether remote unlock is switched on')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Open the lock now (asks first unless --yes)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock it now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;remote;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;remote;unlock' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;remote;lock' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;remote;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether remote unlock is switched on')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Open the lock now (asks first unless --yes)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock it now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;remote;help;status' {
            break
        }
        'lockctl;remote;help;unlock' {
            break
        }
        'lockctl;remote;help;lock' {
            break
        }
        'lockctl;remote;help;help' {
            break
        }
        'lockctl;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The plan file (TOML; see docs/plan.md)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The plan file (TOML; see docs/plan.md)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 3 when changes are pending, 0 when there are none (errors stay 1, 2 or 4): for cron')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The plan file (TOML; see docs/plan.md)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The plan file (TOML; see docs/plan.md)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;booking' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make one temporary password per booking of a calendar feed, and keep them in step')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each current or next booking of a feed: its code (name and id, never the PIN), whether the lock has it, and its first use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;booking;sync' {
            [CompletionResult]::new('--ical', '--ical', [CompletionResultType]::ParameterName, 'The calendar feed: an https address or a file')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'The password opens this long before check-in (`1h`, `30m`, `0`)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'The password still opens this long after check-out')
            [CompletionResult]::new('--check-in', '--check-in', [CompletionResultType]::ParameterName, 'Check-in time of all-day bookings, in the lock''s zone')
            [CompletionResult]::new('--check-out', '--check-out', [CompletionResultType]::ParameterName, 'Check-out time of all-day bookings, in the lock''s zone')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The password''s name: {summary}, {code} (the booking code, else part of the UID), {uid}, {checkin}, {checkout}')
            [CompletionResult]::new('--pin-from', '--pin-from', [CompletionResultType]::ParameterName, 'Where the PIN''s digits come from (default: all generated)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change; change nothing')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lockctl;booking;status' {
            [CompletionResult]::new('--ical', '--ical', [CompletionResultType]::ParameterName, 'The calendar feed: an https address or a file')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'The password opens this long before check-in (`1h`, `30m`, `0`)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'The password still opens this long after check-out')
            [CompletionResult]::new('--check-in', '--check-in', [CompletionResultType]::ParameterName, 'Check-in time of all-day bookings, in the lock''s zone')
            [CompletionResult]::new('--check-out', '--check-out', [CompletionResultType]::ParameterName, 'Check-out time of all-day bookings, in the lock''s zone')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The password''s name: {summary}, {code} (the booking code, else part of the UID), {uid}, {checkin}, {checkout}')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;booking;help' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make one temporary password per booking of a calendar feed, and keep them in step')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each current or next booking of a feed: its code (name and id, never the PIN), whether the lock has it, and its first use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;booking;help;sync' {
            break
        }
        'lockctl;booking;help;status' {
            break
        }
        'lockctl;booking;help;help' {
            break
        }
        'lockctl;watch' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between reads of each lock: `30s`, `500ms`, `2m` or seconds (200ms to 1h). A lock that keeps failing waits longer (up to 5 minutes), alone. Every request stays within --rate (5 a second unless given)')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run this command for each event (as `sh -c CMD`), the event''s JSON on its stdin and LOCKCTL_EVENT_ID, _KIND, _LOCK, _LOCK_NAME, _TIME in its environment. Its output goes to stderr; a failure is a warning, never the end of the watch')
            [CompletionResult]::new('--exec-concurrency', '--exec-concurrency', [CompletionResultType]::ParameterName, 'Hooks running at once at most (1-64)')
            [CompletionResult]::new('--exec-timeout', '--exec-timeout', [CompletionResultType]::ParameterName, 'A hook still running after this long is killed (200ms to 1h)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'POST each event here, signed with HMAC-SHA256 of LOCKCTL_WEBHOOK_SECRET (X-Lockctl-Signature-256). https, or http to this machine only')
            [CompletionResult]::new('--webhook-retries', '--webhook-retries', [CompletionResultType]::ParameterName, 'Tries after the first before an event goes to the dead letters (0-5; waits 1s, 5s, 30s, 2m, 10m)')
            [CompletionResult]::new('--dead-letter', '--dead-letter', [CompletionResultType]::ParameterName, 'Where events the webhook did not take are kept (JSON lines, 0600); default: beside the watch''s state in the data directory')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;status' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'The severity that fails --check')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Passwords and members whose window ends within this length are reported (`7d`, `12h`)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Alarms raised within this length before now are reported (`24h`, `3d`)')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'A lock with no record for this long is reported as inactive (`30d`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 1 when any finding reaches --fail-on (for cron and monitoring); else exit 0')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;doctor' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;api' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any action, signed, and print its `result`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the actions and versions lockctl knows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;api;call' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Action version (default: from the catalogue for the lock''s kind, else 1.0)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'postData: a JSON object, @FILE, or - for stdin. With --dev and no devId, devId is added')
            [CompletionResult]::new('--gid', '--gid', [CompletionResultType]::ParameterName, 'Home id, sent as the unsigned gid URL parameter')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;api;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;api;help' {
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any action, signed, and print its `result`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the actions and versions lockctl knows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;api;help;call' {
            break
        }
        'lockctl;api;help;list' {
            break
        }
        'lockctl;api;help;help' {
            break
        }
        'lockctl;trace' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a trace readably: one block per request (time, duration, status, action), then its redacted parameters, body and answer. Record one with `lockctl --trace FILE VERB ...`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;trace;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;trace;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a trace readably: one block per request (time, duration, status, action), then its redacted parameters, body and answer. Record one with `lockctl --trace FILE VERB ...`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;trace;help;show' {
            break
        }
        'lockctl;trace;help;help' {
            break
        }
        'lockctl;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Lock: its name (case-insensitive, or a unique prefix) or id [env: LOCKCTL_DEV]; default: the one `device use` set. Several: `-d A,B` or -d repeated (a name holding a comma: give its id)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Every lock of this home (repeatable; with -d, the union)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, for the whole run (default 8; `history list`: pages fetched ahead, 1-16)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests a second at most, for the whole run (default 200; it slows down by itself when the cloud throttles)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the typed result as one JSON document; after the verb, `--json id,name` selects fields')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON through a jq expression (implies --json); prints what jq prints')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every request and answer of the run in FILE, as JSON lines, secrets redacted (for bug reports; read it with `lockctl trace show FILE`) [env: LOCKCTL_TRACE]')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for reading and showing times (default: the lock''s own)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all-locks', '--all-locks', [CompletionResultType]::ParameterName, 'Every lock of the account')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the cloud''s wire result unchanged (a list of page results when several pages were read)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead [env: LOCKCTL_NO_INPUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;help' {
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (cloud endpoint, app key, signing)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to the cloud and store the session')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Drop the stored session')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'List and inspect devices')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Lock members: family and panel members')
            [CompletionResult]::new('opmode', 'opmode', [CompletionResultType]::ParameterValue, 'Unlock methods: fingerprints, cards, PINs, faces')
            [CompletionResult]::new('temppwd', 'temppwd', [CompletionResultType]::ParameterValue, 'Online temporary passwords and dynamic passwords')
            [CompletionResult]::new('offlinepwd', 'offlinepwd', [CompletionResultType]::ParameterValue, 'Offline passwords computed by the cloud, and their clear codes')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Open-door history')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'Alarms: duress, wrong attempts, low battery, tamper')
            [CompletionResult]::new('voice', 'voice', [CompletionResultType]::ParameterValue, 'The voice-assistant password')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'Remote unlock through the lock''s gateway')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what a plan file (access.toml) would create, change and remove on its locks')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the locks hold what a plan file says (asks first; --yes skips)')
            [CompletionResult]::new('booking', 'booking', [CompletionResultType]::ParameterValue, 'Temporary passwords from a booking calendar (iCalendar feed)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch locks for events (unlocks, alarms, first use of a password, offline/online) and print each once; run a command or post a signed webhook per event')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What needs attention on each lock, worst first: offline, battery, refused or pending writes, expiring and expired entries, alarms, inactivity (--check for monitoring)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check this set-up, one check at a time: files, profile, endpoint, clock, signing mode, session, devices, cache and proxy (exit 1 when one fails)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action directly')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Read a trace that --trace wrote (for bug reports)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET (LOCKCTL_ACCESS_SECRET for openapi) or a hidden prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (secrets are never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored secrets')
            [CompletionResult]::new('migrate-secrets', 'migrate-secrets', [CompletionResultType]::ParameterValue, 'Move secrets kept in the plain-text credentials file into the system keyring')
            break
        }
        'lockctl;help;profile;add' {
            break
        }
        'lockctl;help;profile;list' {
            break
        }
        'lockctl;help;profile;show' {
            break
        }
        'lockctl;help;profile;use' {
            break
        }
        'lockctl;help;profile;remove' {
            break
        }
        'lockctl;help;profile;migrate-secrets' {
            break
        }
        'lockctl;help;login' {
            break
        }
        'lockctl;help;logout' {
            break
        }
        'lockctl;help;device' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List homes and their devices: id, name, kind, online, battery (always asks the cloud)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device (--dev): kind, online, battery, last activity')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Set the profile''s default lock, used when neither --dev nor LOCKCTL_DEV names one')
            [CompletionResult]::new('active-date', 'active-date', [CompletionResultType]::ParameterValue, 'When the lock was activated (joined the network) (Bluetooth, Zigbee)')
            [CompletionResult]::new('active-period', 'active-period', [CompletionResultType]::ParameterValue, 'How many days since the lock was activated (Wi-Fi)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Get the check string to sync the lock''s unlock methods with the cloud (Bluetooth, Zigbee)')
            break
        }
        'lockctl;help;device;list' {
            break
        }
        'lockctl;help;device;show' {
            break
        }
        'lockctl;help;device;use' {
            break
        }
        'lockctl;help;device;active-date' {
            break
        }
        'lockctl;help;device;active-period' {
            break
        }
        'lockctl;help;device;sync' {
            break
        }
        'lockctl;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List family members, or panel members with --panel')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count family and panel members')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Show the logged-in account''s own membership (Bluetooth, Zigbee)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one member and their unlock methods')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (prompts for what is missing on a terminal)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s name, permissions or validity (Bluetooth, Zigbee)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member and their unlock methods')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove panel members whose window is over (never the administrator or family); asks first')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Turn a panel member into a family member (Bluetooth, Zigbee)')
            [CompletionResult]::new('lock-id', 'lock-id', [CompletionResultType]::ParameterValue, 'Show the member''s id inside the lock (Bluetooth, Zigbee)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Bind a panel member to an app account (Bluetooth, Zigbee)')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Unbind a panel member from its account (Bluetooth, Zigbee)')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Freeze a member''s unlock methods (Bluetooth, Zigbee)')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Unfreeze a member''s unlock methods (Bluetooth, Zigbee)')
            break
        }
        'lockctl;help;member;list' {
            break
        }
        'lockctl;help;member;count' {
            break
        }
        'lockctl;help;member;me' {
            break
        }
        'lockctl;help;member;show' {
            break
        }
        'lockctl;help;member;add' {
            break
        }
        'lockctl;help;member;update' {
            break
        }
        'lockctl;help;member;remove' {
            break
        }
        'lockctl;help;member;prune' {
            break
        }
        'lockctl;help;member;upgrade' {
            break
        }
        'lockctl;help;member;lock-id' {
            break
        }
        'lockctl;help;member;share' {
            break
        }
        'lockctl;help;member;unshare' {
            break
        }
        'lockctl;help;member;freeze' {
            break
        }
        'lockctl;help;member;unfreeze' {
            break
        }
        'lockctl;help;opmode' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a member''s unlock methods')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a member''s permissions and time setting (Bluetooth, Zigbee)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count a member''s unlock methods per type (Bluetooth, Zigbee)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach an unlock method (DP-N) to a member')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an unlock method')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an unlock method (Wi-Fi: --unlock-id; Bluetooth: --user and --id)')
            [CompletionResult]::new('unassigned', 'unassigned', [CompletionResultType]::ParameterValue, 'List methods enrolled at the lock that belong to nobody (Wi-Fi)')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Say whether any enrolled method waits to be assigned (Wi-Fi)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give unassigned methods to a member (Wi-Fi)')
            [CompletionResult]::new('bind-records', 'bind-records', [CompletionResultType]::ParameterValue, 'Rewrite past history records of these methods to a member (Wi-Fi)')
            [CompletionResult]::new('hijack', 'hijack', [CompletionResultType]::ParameterValue, 'Mark a method as duress (opening with it raises a hijack alarm), or unmark it (Wi-Fi)')
            break
        }
        'lockctl;help;opmode;list' {
            break
        }
        'lockctl;help;opmode;show' {
            break
        }
        'lockctl;help;opmode;count' {
            break
        }
        'lockctl;help;opmode;add' {
            break
        }
        'lockctl;help;opmode;rename' {
            break
        }
        'lockctl;help;opmode;remove' {
            break
        }
        'lockctl;help;opmode;unassigned' {
            break
        }
        'lockctl;help;opmode;pending' {
            break
        }
        'lockctl;help;opmode;assign' {
            break
        }
        'lockctl;help;opmode;bind-records' {
            break
        }
        'lockctl;help;opmode;hijack' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mark the method as duress')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Clear the duress mark')
            break
        }
        'lockctl;help;opmode;hijack;set' {
            break
        }
        'lockctl;help;opmode;hijack;unset' {
            break
        }
        'lockctl;help;temppwd' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List temporary passwords with their status, window, schedule and use count')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one temporary password: whether it opens the door right now, and when it does next')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a temporary password (walks through the details on a terminal)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the lock whether it would accept a password, without creating it (Bluetooth, Zigbee)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a temporary password (Bluetooth, Zigbee); only the fields given change')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a temporary password')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a temporary password')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove expired temporary passwords (and used one-time ones with --used); asks first')
            [CompletionResult]::new('dynamic', 'dynamic', [CompletionResultType]::ParameterValue, 'Get a dynamic password (valid about 5 minutes)')
            break
        }
        'lockctl;help;temppwd;list' {
            break
        }
        'lockctl;help;temppwd;show' {
            break
        }
        'lockctl;help;temppwd;create' {
            break
        }
        'lockctl;help;temppwd;validate' {
            break
        }
        'lockctl;help;temppwd;update' {
            break
        }
        'lockctl;help;temppwd;rename' {
            break
        }
        'lockctl;help;temppwd;remove' {
            break
        }
        'lockctl;help;temppwd;prune' {
            break
        }
        'lockctl;help;temppwd;dynamic' {
            break
        }
        'lockctl;help;offlinepwd' {
            [CompletionResult]::new('available', 'available', [CompletionResultType]::ParameterValue, 'Say whether a code of this type can be issued now (one-time and clear codes: about 10 an hour)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Get an offline code: `multiple` (a window), `once` (one use within 6 hours) or `clear-all`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offline codes (not the codes themselves: the cloud shows them once)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an offline code')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Get the clear code that ends one `multiple` code when typed at the lock')
            [CompletionResult]::new('revocable', 'revocable', [CompletionResultType]::ParameterValue, 'List `multiple` codes that can still get a clear code')
            break
        }
        'lockctl;help;offlinepwd;available' {
            break
        }
        'lockctl;help;offlinepwd;create' {
            break
        }
        'lockctl;help;offlinepwd;list' {
            break
        }
        'lockctl;help;offlinepwd;rename' {
            break
        }
        'lockctl;help;offlinepwd;revoke' {
            break
        }
        'lockctl;help;offlinepwd;revocable' {
            break
        }
        'lockctl;help;history' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List open-door records: who, how, when')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print open-door records as they arrive, until Ctrl-C (which exits 0 here)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Count openings per day, per hour of the day, per member and per method (one pass over the history; several locks with -d A,B, --home or --all-locks)')
            break
        }
        'lockctl;help;history;list' {
            break
        }
        'lockctl;help;history;follow' {
            break
        }
        'lockctl;help;history;stats' {
            break
        }
        'lockctl;help;alarm' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alarms: duress, wrong fingerprint, low battery, tamper...')
            [CompletionResult]::new('unread', 'unread', [CompletionResultType]::ParameterValue, 'Count unread alarms (Wi-Fi)')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Print alarms as they are raised, until Ctrl-C (which exits 0 here)')
            break
        }
        'lockctl;help;alarm;list' {
            break
        }
        'lockctl;help;alarm;unread' {
            break
        }
        'lockctl;help;alarm;follow' {
            break
        }
        'lockctl;help;voice' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether the voice password is on')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn the voice password on (asks for the PIN, hidden)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn the voice password off')
            break
        }
        'lockctl;help;voice;status' {
            break
        }
        'lockctl;help;voice;enable' {
            break
        }
        'lockctl;help;voice;disable' {
            break
        }
        'lockctl;help;remote' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether remote unlock is switched on')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Open the lock now (asks first unless --yes)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock it now')
            break
        }
        'lockctl;help;remote;status' {
            break
        }
        'lockctl;help;remote;unlock' {
            break
        }
        'lockctl;help;remote;lock' {
            break
        }
        'lockctl;help;plan' {
            break
        }
        'lockctl;help;apply' {
            break
        }
        'lockctl;help;booking' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make one temporary password per booking of a calendar feed, and keep them in step')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each current or next booking of a feed: its code (name and id, never the PIN), whether the lock has it, and its first use')
            break
        }
        'lockctl;help;booking;sync' {
            break
        }
        'lockctl;help;booking;status' {
            break
        }
        'lockctl;help;watch' {
            break
        }
        'lockctl;help;status' {
            break
        }
        'lockctl;help;doctor' {
            break
        }
        'lockctl;help;api' {
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any action, signed, and print its `result`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the actions and versions lockctl knows')
            break
        }
        'lockctl;help;api;call' {
            break
        }
        'lockctl;help;api;list' {
            break
        }
        'lockctl;help;trace' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a trace readably: one block per request (time, duration, status, action), then its redacted parameters, body and answer. Record one with `lockctl --trace FILE VERB ...`')
            break
        }
        'lockctl;help;trace;show' {
            break
        }
        'lockctl;help;completions' {
            break
        }
        'lockctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
