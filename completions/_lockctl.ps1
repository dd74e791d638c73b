
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
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
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
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action directly')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (secrets are never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;profile;add' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Gateway base URL (https://, or http:// on loopback only)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Tuya region')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app key (clientId)')
            [CompletionResult]::new('--sign', '--sign', [CompletionResultType]::ParameterName, 'How the app key signs requests')
            [CompletionResult]::new('--cert-sign', '--cert-sign', [CompletionResultType]::ParameterName, 'App certificate SHA-256 (`AA:BB:...`) or `A` (hmac mode)')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'countryCode sent at login (default: the region''s code, or EU)')
            [CompletionResult]::new('--default-kind', '--default-kind', [CompletionResultType]::ParameterName, 'Lock kind assumed when the cloud does not tell')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (secrets are never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored secrets')
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
        'lockctl;profile;help;help' {
            break
        }
        'lockctl;login' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Log in with an email account')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Log in with a phone account')
            [CompletionResult]::new('--country-code', '--country-code', [CompletionResultType]::ParameterName, 'countryCode: region code (EU, AZ, AY, IN) for email, phone code (1, 49) for phone')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--remember-password', '--remember-password', [CompletionResultType]::ParameterName, 'Keep the password (0600 credentials file) so lockctl can log in again when the session expires')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List homes and their devices: id, name, kind, online')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device (--dev), including its kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;device;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;device;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List homes and their devices: id, name, kind, online')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device (--dev), including its kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;device;help;list' {
            break
        }
        'lockctl;device;help;show' {
            break
        }
        'lockctl;device;help;help' {
            break
        }
        'lockctl;api' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
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
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lockctl;api;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
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
        'lockctl;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device (lock) id [env: LOCKCTL_DEV]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Lock kind, overriding what the cloud reports')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the action''s result as one JSON document')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flags instead')
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
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action directly')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lockctl;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (secrets are never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored secrets')
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
        'lockctl;help;login' {
            break
        }
        'lockctl;help;logout' {
            break
        }
        'lockctl;help;device' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List homes and their devices: id, name, kind, online')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device (--dev), including its kind')
            break
        }
        'lockctl;help;device;list' {
            break
        }
        'lockctl;help;device;show' {
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
