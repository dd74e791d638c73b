# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lockctl_global_optspecs
    string join \n profile= d/dev= kind= json v/verbose q/quiet no-input y/yes color= h/help V/version
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
complete -c lockctl -n "__fish_lockctl_needs_command" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_needs_command" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_needs_command" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_needs_command" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_needs_command" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_needs_command" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_needs_command" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_needs_command" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lockctl -n "__fish_lockctl_needs_command" -s V -l version -d 'Print version'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "profile" -d 'Manage profiles (cloud endpoint, app key, signing)'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "login" -d 'Log in to the cloud and store the session'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "logout" -d 'Drop the stored session'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "device" -d 'List and inspect devices'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "api" -d 'Call any action directly'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c lockctl -n "__fish_lockctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "add" -d 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "list" -d 'List profiles'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "show" -d 'Show one profile (secrets are never shown)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "use" -d 'Make a profile the default'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "remove" -d 'Remove a profile and its stored secrets'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l endpoint -d 'Gateway base URL (https://, or http:// on loopback only)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l region -d 'Tuya region' -r -f -a "eu\t''
us\t''
cn\t''
in\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-id -d 'The app key (clientId)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l sign -d 'How the app key signs requests' -r -f -a "md5\t''
hmac\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l cert-sign -d 'App certificate SHA-256 (`AA:BB:...`) or `A` (hmac mode)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l country-code -d 'countryCode sent at login (default: the region\'s code, or EU)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l default-kind -d 'Lock kind assumed when the cloud does not tell' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile (secrets are never shown)'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile and its stored secrets'
complete -c lockctl -n "__fish_lockctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l email -d 'Log in with an email account' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l phone -d 'Log in with a phone account' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l country-code -d 'countryCode: region code (EU, AZ, AY, IN) for email, phone code (1, 49) for phone' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l remember-password -d 'Keep the password (0600 credentials file) so lockctl can log in again when the session expires'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand login" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand logout" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List homes and their devices: id, name, kind, online'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one device (--dev), including its kind'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'List homes and their devices: id, name, kind, online'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one device (--dev), including its kind'
complete -c lockctl -n "__fish_lockctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -f -a "call" -d 'Call any action, signed, and print its `result`'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -f -a "list" -d 'List the actions and versions lockctl knows'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and not __fish_seen_subcommand_from call list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l version -d 'Action version (default: from the catalogue for the lock\'s kind, else 1.0)' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l data -d 'postData: a JSON object, @FILE, or - for stdin. With --dev and no devId, devId is added' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l gid -d 'Home id, sent as the unsigned gid URL parameter' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from call" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "call" -d 'Call any action, signed, and print its `result`'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the actions and versions lockctl knows'
complete -c lockctl -n "__fish_lockctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l profile -d 'Profile to use [env: LOCKCTL_PROFILE]; `demo` runs against the bundled emulator' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s d -l dev -d 'Device (lock) id [env: LOCKCTL_DEV]' -r
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l kind -d 'Lock kind, overriding what the cloud reports' -r -f -a "wifi\t''
ble\t''
zigbee\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l json -d 'Print the action\'s result as one JSON document'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s v -l verbose -d 'Show requests on stderr (secrets redacted)'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s q -l quiet -d 'Print nothing but data and errors'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -l no-input -d 'Never prompt; fail naming the missing flags instead'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s y -l yes -d 'Skip confirmations'
complete -c lockctl -n "__fish_lockctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device api completions help" -f -a "profile" -d 'Manage profiles (cloud endpoint, app key, signing)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device api completions help" -f -a "login" -d 'Log in to the cloud and store the session'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device api completions help" -f -a "logout" -d 'Drop the stored session'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device api completions help" -f -a "device" -d 'List and inspect devices'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device api completions help" -f -a "api" -d 'Call any action directly'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device api completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and not __fish_seen_subcommand_from profile login logout device api completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add or replace a profile. Secrets come from LOCKCTL_APP_SECRET / LOCKCTL_BMP_SECRET or a hidden prompt'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show one profile (secrets are never shown)'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile and its stored secrets'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'List homes and their devices: id, name, kind, online'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "show" -d 'Show one device (--dev), including its kind'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "call" -d 'Call any action, signed, and print its `result`'
complete -c lockctl -n "__fish_lockctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "list" -d 'List the actions and versions lockctl knows'
